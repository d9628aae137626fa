//! Pieces of the crosswalk shared by the objective, target and principle pages.

use leptos::prelude::*;
use mflm_core::model::{CrosswalkBasis, CrosswalkLink};

use crate::ui::context::AppContext;

/// "Editors' mapping" (with its explanation on hover and for screen readers) or "Stated by
/// a source".
pub fn basis_badge(app: &AppContext, link: &CrosswalkLink) -> AnyView {
    let text = app.text;
    match link.basis {
        CrosswalkBasis::Editors => view! {
            <span class="badge caution basis" title=text.basis_editors_explained>
                {text.basis_editors}
            </span>
        }
        .into_any(),
        CrosswalkBasis::Source => {
            view! { <span class="badge basis">{text.basis_source}</span> }.into_any()
        }
    }
}

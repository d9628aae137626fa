//! A page per item.

use leptos::prelude::*;
use mflm_core::query::ItemRef;

use crate::ui::app::use_app;
use crate::ui::labels;

#[component]
pub fn ItemPage(item: ItemRef) -> impl IntoView {
    let app = use_app();
    let title = labels::item_title(&app, &item).unwrap_or_else(|| app.text.not_found_title.to_string());
    view! { <h1>{title}</h1> }
}

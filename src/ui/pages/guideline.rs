//! A guideline item: its text (an official guideline, or a theme in our words with a badge
//! saying so), its principle, and the practices and activities linked to it.

use leptos::prelude::*;
use mflm_core::model::{Guideline, GuidelineBasis};
use mflm_core::query::ItemRef;

use crate::ui::context::{use_app, AppContext};
use crate::ui::pages::not_found::NotFound;
use crate::ui::parts::content::content;
use crate::ui::parts::export::cite_this;
use crate::ui::parts::facts::{fact, item_link};
use crate::ui::parts::labels;
use crate::ui::parts::profiles::profile_sections;
use crate::ui::parts::source::source_section;

#[component]
pub fn GuidelinePage(id: String) -> impl IntoView {
    let app = use_app();
    match app.data.relations.guideline(&id) {
        Some(guideline) => guideline_page(&app, guideline),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn guideline_page(app: &AppContext, guideline: &Guideline) -> AnyView {
    let (text, relations) = (app.text, &app.data.relations);
    let basis = match guideline.basis {
        GuidelineBasis::Summary => view! {
            <p class="result-meta">
                <span class="badge type">{text.type_guideline}</span>
                <span class="badge caution">{text.guideline_summary_badge}</span>
            </p>
            <p class="notice caution">{text.guideline_summary_explained}</p>
        }
        .into_any(),
        GuidelineBasis::Framework => view! {
            <p class="result-meta">
                <span class="badge type">{text.type_guideline}</span>
                <span class="badge">{text.guideline_framework_badge}</span>
            </p>
        }
        .into_any(),
    };
    let principle = relations
        .principle(guideline.principle)
        .map(|p| item_link(ItemRef::Principle(p.number), labels::principle(app, p)));

    view! {
        <h1>{content(app, &guideline.text)}</h1>
        {basis}
        <dl class="item-facts">
            {guideline.number.clone().map(|number| fact(text.field_official_number, number))}
            {principle.map(|link| fact(text.field_principle, link))}
        </dl>
        {profile_sections(
            app,
            &relations.profiles_of_guideline(&guideline.id),
            text.guideline_practices_heading,
            text.guideline_activities_heading,
        )}
        {source_section(app, &guideline.source)}
        {cite_this(app, ItemRef::Guideline(guideline.id.clone()))}
    }
    .into_any()
}

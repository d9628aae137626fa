//! A sub-division of the Framework: its principles, with how sure we are of its title and of
//! which principles it holds.

use leptos::prelude::*;
use mflm_core::model::Subdivision;
use mflm_core::query::ItemRef;

use crate::ui::context::{use_app, AppContext};
use crate::ui::pages::not_found::NotFound;
use crate::ui::parts::content::{content, is_translated, marker};
use crate::ui::parts::facts::{caution_unless_high, item_link, type_badge};
use crate::ui::parts::labels;
use crate::ui::parts::source::source_section;

#[component]
pub fn SubdivisionPage(id: String) -> impl IntoView {
    let app = use_app();
    match app.data.relations.subdivision(&id) {
        Some(subdivision) => subdivision_page(&app, subdivision),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn subdivision_page(app: &AppContext, subdivision: &Subdivision) -> AnyView {
    let text = app.text;
    let principles = app
        .data
        .relations
        .principles_of_subdivision(&subdivision.id)
        .into_iter()
        .map(|p| {
            view! {
                <li>
                    {item_link(ItemRef::Principle(p.number), labels::principle(app, p))}
                    <span class="item-meta">{content(app, &p.summary)}</span>
                </li>
            }
        })
        .collect_view();

    view! {
        <h1>
            {labels::subdivision(app, subdivision)}
            {marker(app, is_translated(app, &subdivision.title))}
        </h1>
        {type_badge(text.type_subdivision)}
        {caution_unless_high(subdivision.title_confidence, text.subdivision_title_not_confirmed)}
        {caution_unless_high(subdivision.principles_confidence, text.mapping_not_confirmed)}
        <section>
            <h2>{text.principles_heading}</h2>
            <ul class="link-list">{principles}</ul>
        </section>
        {source_section(app, &subdivision.source)}
    }
    .into_any()
}

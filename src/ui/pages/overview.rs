//! The Framework's structure: sub-divisions and their principles, with how many guideline
//! items and practices each principle has.

use leptos::prelude::*;
use mflm_core::model::{Confidence, ProfileType, Subdivision};
use mflm_core::query::{ItemRef, Page};

use crate::ui::context::{use_app, AppContext};
use crate::ui::parts::content::content;
use crate::ui::parts::facts::{fact, inline_fact};
use crate::ui::parts::labels;
use crate::ui::parts::link::{ItemLink, Link};

#[component]
pub fn Overview() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let meta = &app.data.relations.framework().meta;
    let sections = app
        .data
        .relations
        .subdivisions()
        .iter()
        .map(|s| subdivision_section(&app, s))
        .collect_view();
    let about = app.now().showing(Page::About);
    view! {
        <h1>{text.overview_heading}</h1>
        <p>{text.overview_intro}</p>
        <dl class="item-facts">
            {fact(text.field_title, content(&app, &meta.title))}
            {fact(text.field_adopted, meta.year_adopted.to_string())}
            {fact(text.field_published, meta.year_published.to_string())}
        </dl>
        <p>
            <Link to=about>{text.limitations_heading}</Link>
        </p>
        {sections}
    }
}

/// One sub-division: its heading (a link to its page) and its principles.
fn subdivision_section(app: &AppContext, subdivision: &Subdivision) -> impl IntoView {
    let (text, relations) = (app.text, &app.data.relations);
    let unconfirmed = (subdivision.principles_confidence != Confidence::High)
        .then(|| view! { <p class="notice caution">{text.mapping_not_confirmed}</p> });
    let principles = relations
        .principles_of_subdivision(&subdivision.id)
        .into_iter()
        .map(|p| {
            let guidelines = relations.guidelines_of_principle(p.number).len();
            let practices = relations.count_of_principle(p.number, ProfileType::Practice);
            let title = labels::principle(app, p);
            view! {
                <li>
                    <article class="result">
                        <h3>
                            <ItemLink item=ItemRef::Principle(p.number)>{title}</ItemLink>
                        </h3>
                        <p class="result-summary">{content(app, &p.summary)}</p>
                        <dl class="facts">
                            {inline_fact(text.field_guidelines, guidelines.to_string())}
                            {inline_fact(text.field_practices, practices.to_string())}
                        </dl>
                    </article>
                </li>
            }
        })
        .collect_view();
    let heading = labels::subdivision(app, subdivision);
    view! {
        <section class="subdivision">
            <h2>
                <ItemLink item=ItemRef::Subdivision(subdivision.id.clone())>{heading}</ItemLink>
            </h2>
            {unconfirmed}
            <ol class="result-list">{principles}</ol>
        </section>
    }
}

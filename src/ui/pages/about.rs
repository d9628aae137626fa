//! About: what this compilation is, the Framework's own facts, and plainly, what the
//! compilation does not establish, how it shows certainty, and where its facts come from.

use leptos::prelude::*;
use mflm_core::query::Page;

use crate::ui::context::{format_date, use_app};
use crate::ui::load::CONTENT_LANGUAGES;
use crate::ui::parts::content::content;
use crate::ui::parts::facts::fact;
use crate::ui::parts::link::Link;
use crate::ui::parts::source::source_entry;

#[component]
pub fn About() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    let meta = &app.data.relations.framework().meta;
    let limitations = meta
        .limitations
        .iter()
        .map(|l| view! { <li>{content(&app, l)}</li> })
        .collect_view();
    let confidence = text
        .about_confidence_points()
        .into_iter()
        .map(|point| view! { <li>{point}</li> })
        .collect_view();
    let sources = app
        .data
        .relations
        .sources()
        .iter()
        .map(|s| source_entry(&app, s))
        .collect_view();
    let open_data = Signal::derive(move || state.with(|now| now.showing(Page::OpenData)));
    let isbn = (!meta.isbn.is_empty()).then(|| fact(text.field_isbn, meta.isbn.join(", ")));
    view! {
        <h1>{text.about_heading}</h1>
        <p>{content(&app, &meta.about)}</p>
        {CONTENT_LANGUAGES
            .contains(&app.lang)
            .then(|| view! { <p class="notice">{text.our_translation}</p> })}
        <p>{text.compiled_on(&format_date(app.lang, &meta.compiled))}</p>
        <p>
            <Link to=open_data>{text.about_open_data_link}</Link>
        </p>
        <section>
            <h2>{text.about_framework_heading}</h2>
            <dl class="item-facts">
                {fact(text.field_title, content(&app, &meta.title))}
                {fact(text.field_publisher, meta.publisher.clone())}
                {fact(text.field_adopted, meta.year_adopted.to_string())}
                {fact(text.field_published, meta.year_published.to_string())} {isbn}
            </dl>
        </section>
        <section>
            <h2>{text.limitations_heading}</h2>
            <ul>{limitations}</ul>
        </section>
        <section>
            <h2>{text.about_confidence_heading}</h2>
            <ul>{confidence}</ul>
        </section>
        <section>
            <h2>{text.sources_heading}</h2>
            <ul class="link-list">{sources}</ul>
        </section>
        <section>
            <h2>{text.report_heading}</h2>
            <p>{text.report_body}</p>
            <p>
                {text.about_propose} " "
                <Link to=Signal::derive(move || {
                    state.with(|now| now.showing(Page::Propose))
                })>{text.nav_propose}</Link>
            </p>
            <p>
                {text.about_own_data} " "
                <Link to=Signal::derive(move || {
                    state.with(|now| now.showing(Page::OwnData))
                })>{text.nav_own_data}</Link> "."
            </p>
        </section>
    }
}

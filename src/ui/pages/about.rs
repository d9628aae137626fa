//! About: what this compilation is, the Framework's own facts, and plainly, what the
//! compilation does not establish, how it shows certainty, and where its facts come from.

use leptos::prelude::*;

use crate::ui::context::use_app;
use crate::ui::parts::facts::fact;
use crate::ui::parts::source::source_entry;

#[component]
pub fn About() -> impl IntoView {
    let app = use_app();
    let (text, lang) = (app.text, app.lang.tag());
    let meta = &app.data.relations.framework().meta;
    let limitations = meta
        .limitations
        .iter()
        .map(|l| view! { <li>{l.get(lang).to_string()}</li> })
        .collect_view();
    let confidence = text
        .about_confidence_points
        .iter()
        .map(|&point| view! { <li>{point}</li> })
        .collect_view();
    let sources = app
        .data
        .relations
        .sources()
        .iter()
        .map(|s| source_entry(&app, s))
        .collect_view();
    let isbn = (!meta.isbn.is_empty()).then(|| fact(text.field_isbn, meta.isbn.join(", ")));
    view! {
        <h1>{text.about_heading}</h1>
        <p>{meta.about.get(lang).to_string()}</p>
        <p>{text.compiled_on(&meta.compiled)}</p>
        <section>
            <h2>{text.about_framework_heading}</h2>
            <dl class="item-facts">
                {fact(text.field_title, meta.title.get(lang).to_string())}
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
        </section>
    }
}

//! Where an item comes from, shown by the source's name (never its internal id): the
//! "Source" section of item pages, a one-line citation for cards and lists, and a source
//! document as an entry of the About page's list.

use leptos::prelude::*;
use mflm_core::model::{Citation, SourceDocument};
use mflm_core::row_facts;

use crate::ui::context::AppContext;
use crate::ui::parts::content::english_only;
use crate::ui::parts::facts::fact;

/// "ILO good practices database: …, practice 5": the document's title and the place in it.
pub fn citation_line(app: &AppContext, citation: &Citation) -> String {
    row_facts::citation_line(
        &app.data.relations,
        app.lang,
        citation,
        app.text.unknown_source,
    )
}

/// The web address a citation points to: its own, else its document's.
pub fn citation_url(app: &AppContext, citation: &Citation) -> Option<String> {
    row_facts::citation_url(&app.data.relations, citation)
}

/// The "Source" section of an item page: the document, the place in it, and its address.
pub fn source_section(app: &AppContext, citation: &Citation) -> impl IntoView {
    let text = app.text;
    let document = app.data.relations.source(&citation.document);
    let title = document.map_or(text.unknown_source, |d| d.title.get(app.lang.tag()));
    let reference = document.map(|d| fact(text.field_reference, d.citation.clone()));
    let url = citation_url(app, citation);
    view! {
        <section class="source">
            <h2>{text.field_source}</h2>
            <dl class="item-facts">
                {fact(text.field_document, view! { <cite>{title.to_string()}</cite> })} {reference}
                {fact(text.field_locator, english_only(app, citation.locator.clone()))}
                {url.map(|url| fact(text.field_address, external_link(url)))}
            </dl>
        </section>
    }
}

/// A source document as a list entry: title, reference line, address (About page).
pub fn source_entry(app: &AppContext, document: &SourceDocument) -> impl IntoView {
    view! {
        <li>
            <cite>{document.title.get(app.lang.tag()).to_string()}</cite>
            <span class="item-meta">{document.citation.clone()}</span>
            {document
                .url
                .clone()
                .map(|url| view! { <span class="item-meta">{external_link(url)}</span> })}
        </li>
    }
}

/// A web address shown as itself. Only http(s) addresses become links (the data is checked,
/// but a `javascript:` address must never be clickable); nothing is fetched automatically.
pub fn external_link(url: String) -> AnyView {
    if url.starts_with("https://") || url.starts_with("http://") {
        let href = url.clone();
        view! {
            <a href=href rel="noopener noreferrer">
                {url}
            </a>
        }
        .into_any()
    } else {
        view! { <span>{url}</span> }.into_any()
    }
}

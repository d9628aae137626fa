//! Fact rows and link lists: the `<dl>` and `<ul>` pieces item pages are made of.

use leptos::prelude::*;
use mflm_core::model::Confidence;
use mflm_core::query::ItemRef;

use crate::strings::Strings;
use crate::ui::context::AppContext;
use crate::ui::parts::content::english_only;
use crate::ui::parts::link::ItemLink;

/// One `<dt>`/`<dd>` pair of a `<dl>`.
pub fn fact(term: &'static str, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <dt>{term}</dt>
        <dd>{value}</dd>
    }
}

/// A fact of a result card's inline `<dl class="facts">`; nothing when `value` is empty.
pub fn inline_fact(term: &'static str, value: String) -> impl IntoView {
    (!value.is_empty()).then(|| {
        view! {
            <div>
                <dt>{term}</dt>
                <dd>{value}</dd>
            </div>
        }
    })
}

/// A fact whose values are plain text, joined by commas; nothing when there are none.
pub fn text_fact(term: &'static str, values: Vec<String>) -> Option<impl IntoView> {
    let values = values
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .collect::<Vec<_>>();
    (!values.is_empty()).then(|| fact(term, values.join(", ")))
}

/// A fact whose values the data holds in English only, joined with ", " and marked as
/// English on other pages ([`english_only`]); nothing when there are none.
pub fn english_fact(
    app: &AppContext,
    term: &'static str,
    values: Vec<String>,
) -> Option<impl IntoView> {
    let values = values
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .collect::<Vec<_>>();
    (!values.is_empty()).then(|| fact(term, english_only(app, values.join(", "))))
}

/// A fact whose values are links to items, one a line; nothing when there are none.
pub fn links_fact(term: &'static str, links: Vec<(ItemRef, String)>) -> Option<impl IntoView> {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(item, label)| view! { <li>{item_link(item, label)}</li> })
            .collect_view();
        fact(term, view! { <ul class="fact-links">{items}</ul> })
    })
}

/// A bulleted list of item links, or "None recorded".
pub fn link_list(text: &'static Strings, links: Vec<(ItemRef, String)>) -> AnyView {
    if links.is_empty() {
        return none_recorded(text);
    }
    let items = links
        .into_iter()
        .map(|(item, label)| view! { <li>{item_link(item, label)}</li> })
        .collect_view();
    view! { <ul class="link-list">{items}</ul> }.into_any()
}

pub fn item_link(item: ItemRef, label: String) -> AnyView {
    view! { <ItemLink item>{label}</ItemLink> }.into_any()
}

pub fn none_recorded(text: &'static Strings) -> AnyView {
    view! { <p class="none">{text.none}</p> }.into_any()
}

/// The item's type as a badge under its heading.
pub fn type_badge(label: &'static str) -> impl IntoView {
    view! {
        <p class="result-meta">
            <span class="badge type">{label}</span>
        </p>
    }
}

/// A caution line, shown unless `confidence` is high.
pub fn caution_unless_high(confidence: Confidence, line: &'static str) -> impl IntoView {
    (confidence != Confidence::High).then(|| view! { <p class="notice caution">{line}</p> })
}

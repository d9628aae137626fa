//! The default view (no URL parameters, English, the bundled data) as static HTML, written by
//! the build into `index.html` (`mflm-data prerender`, run by `scripts/postbuild.mjs`), so a
//! visitor reads the first page of results before the wasm has arrived. The app then takes
//! over (`src/ui/first_view.rs`).
//!
//! The markup is the app's own first paint, element for element (the browse page with its
//! header, search box, filter panel before its option lists are built, result count, the
//! first [`RESULTS_PER_PAGE`] results and the footer): same classes, same links (built with
//! [`url::href`] from the same [`ViewState`]), same words (the app's Fluent messages, asked by
//! key through [`Catalogue`]). Each piece is named after the component that draws it in
//! `src/ui`. Not drawn: the results' print-only links back (their address needs the page's
//! own URL, unknown at build time; hidden on screen anyway). Everything from the data is
//! escaped as text.

use std::fmt::Write;

use crate::engine::{Doc, Index, ItemType, SearchResult};
use crate::lang::Lang;
use crate::query::{Deck, ItemRef, Page, Sort, ViewState, RESULTS_PER_PAGE};
use crate::relations::Relations;
use crate::row_facts::{RowFacts, RowWords};
use crate::url;

/// The language of the prerendered view: the app's default.
pub const LANG: Lang = Lang::En;

/// A value of a message: a number (Fluent picks plural forms by it) or text.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Number(usize),
    Text(&'a str),
}

/// The interface's words by Fluent message key, as `src/strings.rs` resolves them (the
/// `mflm-data` tool reads `i18n/en.ftl` with `fluent-bundle`, as the app does).
pub trait Catalogue {
    fn message(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String;

    fn plain(&self, key: &str) -> String {
        self.message(key, &[])
    }
}

/// The default view's first page of results, as the engine serves it to the app.
pub fn default_results(index: &Index) -> SearchResult {
    let view = ViewState::default();
    index.search_page(&view.query, view.sort, view.result_page)
}

/// The HTML of the default view (the body's content the app draws), from the loaded data and
/// its English index (`Index::new(framework, LANG)`).
pub fn first_view(relations: &Relations, index: &Index, words: &dyn Catalogue) -> String {
    let view = ViewState::default();
    let result = default_results(index);
    let page = Draw {
        relations,
        index,
        words,
        view: &view,
    };
    let mut out = String::with_capacity(32 * 1024);
    page.skip_link(&mut out);
    page.header(&mut out);
    out.push_str(r#"<main id="main" tabindex="-1">"#);
    tag(
        &mut out,
        "h1",
        r#" class="visually-hidden""#,
        &words.plain("nav-browse"),
    );
    out.push_str(r#"<div class="browse">"#);
    page.search_box(&mut out);
    page.facet_panel(&mut out, &result);
    out.push_str(r#"<section class="results" aria-labelledby="results-heading">"#);
    page.results_header(&mut out, &result);
    page.tools(&mut out, &result);
    page.result_list(&mut out, &result);
    out.push_str("</section></div></main>");
    page.footer(&mut out);
    out
}

/// `text` escaped for use as HTML text or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `<name attributes>text</name>`, the text escaped (`attributes` are ours, written as is).
fn tag(out: &mut String, name: &str, attributes: &str, text: &str) {
    let _ = write!(out, "<{name}{attributes}>{}</{name}>", escape(text));
}

/// `<a class="" href=…>text</a>`: the app's `Link` (its empty class attribute included).
fn link(out: &mut String, to: &ViewState, current: bool, class: &str, text: &str) {
    let current = if current {
        r#" aria-current="page""#
    } else {
        ""
    };
    let _ = write!(
        out,
        r#"<a class="{class}" href="{}"{current}>{}</a>"#,
        escape(&url::href(to)),
        escape(text)
    );
}

struct Draw<'a> {
    relations: &'a Relations,
    index: &'a Index,
    words: &'a dyn Catalogue,
    view: &'a ViewState,
}

impl Draw<'_> {
    fn plain(&self, key: &str) -> String {
        self.words.plain(key)
    }

    fn count(&self, key: &str, count: usize) -> String {
        self.words.message(key, &[("count", Arg::Number(count))])
    }

    /// `app.rs`, `Explorer`: the skip link.
    fn skip_link(&self, out: &mut String) {
        tag(
            out,
            "a",
            r##" class="skip-link" href="#main""##,
            &self.plain("skip-to-content"),
        );
    }

    /// `app.rs`: `Brand`, `SiteNav` (the shortlist empty, as on a first visit) and
    /// `LanguageMenu`.
    fn header(&self, out: &mut String) {
        out.push_str(r#"<header class="site-header"><div class="brand">"#);
        tag(
            out,
            "span",
            r#" class="brand-name""#,
            &self.plain("app-name"),
        );
        tag(
            out,
            "span",
            r#" class="brand-tagline""#,
            &self.plain("tagline"),
        );
        let _ = write!(
            out,
            r#"</div><nav aria-label="{}"><ul>"#,
            escape(&self.plain("nav-label"))
        );
        let entries = [
            (Page::Browse, "nav-browse"),
            (Page::Overview, "nav-overview"),
            (Page::Instruments, "nav-instruments"),
            (Page::Crosswalk, "nav-crosswalk"),
            (Page::Shortlist, "shortlist-count"),
            (Page::OpenData, "nav-open-data"),
            (Page::About, "nav-about"),
        ];
        for (target, key) in entries {
            let label = if target == Page::Shortlist {
                self.count(key, 0)
            } else {
                self.plain(key)
            };
            out.push_str("<li>");
            link(
                out,
                &self.view.showing(target.clone()),
                target == self.view.page,
                "",
                &label,
            );
            out.push_str("</li>");
        }
        let _ = write!(
            out,
            r#"</ul></nav><nav class="language-menu" aria-label="{}"><ul>"#,
            escape(&self.plain("language-label"))
        );
        for lang in Lang::ALL {
            let current = if lang == LANG {
                r#" aria-current="true""#
            } else {
                ""
            };
            let _ = write!(
                out,
                r#"<li><a href="{}" hreflang="{tag}" lang="{tag}" dir="{}"{current}>{}</a></li>"#,
                escape(&url::href(&self.view.with_lang(lang))),
                lang.dir(),
                escape(lang.native_name()),
                tag = lang.tag(),
            );
        }
        out.push_str("</ul></nav></header>");
    }

    /// `browse.rs`, `SearchBox`: empty in the default view.
    fn search_box(&self, out: &mut String) {
        out.push_str(r#"<form class="search" role="search">"#);
        tag(
            out,
            "label",
            r#" for="search-input""#,
            &self.plain("search-label"),
        );
        let _ = write!(
            out,
            r#"<input id="search-input" type="search" dir="auto" autocomplete="off" spellcheck="false" placeholder="{}" aria-describedby="search-hint">"#,
            escape(&self.plain("search-placeholder"))
        );
        tag(
            out,
            "p",
            r#" class="hint" id="search-hint""#,
            &self.plain("search-hint"),
        );
        out.push_str("</form>");
    }

    /// `facets.rs`, `FacetPanel` as the first paint draws it: the option lists come in the
    /// task after it, in the app as here.
    fn facet_panel(&self, out: &mut String, result: &SearchResult) {
        out.push_str(
            r#"<aside class="filters" aria-labelledby="filters-heading"><div class="filters-bar">"#,
        );
        tag(
            out,
            "h2",
            r#" id="filters-heading""#,
            &self.plain("filters-heading"),
        );
        tag(
            out,
            "button",
            r#" class="filters-toggle" type="button" aria-expanded="false" aria-controls="facet-list""#,
            &self.plain("show-filters"),
        );
        out.push_str("</div>");
        tag(
            out,
            "button",
            r#" class="clear-all" type="button" disabled="""#,
            &self.plain("clear-all"),
        );
        out.push_str(r#"<div class="facet-list" id="facet-list">"#);
        tag(
            out,
            "button",
            r#" class="filters-done" type="button""#,
            &self.count("filters-done", result.total),
        );
        out.push_str("</div></aside>");
    }

    /// `browse.rs`, `ResultsHeader`: the count and the sort menu.
    fn results_header(&self, out: &mut String, result: &SearchResult) {
        out.push_str(r#"<div class="results-header">"#);
        tag(
            out,
            "h2",
            r#" class="visually-hidden" id="results-heading""#,
            &self.plain("results-heading"),
        );
        tag(
            out,
            "p",
            r#" class="result-count" role="status" aria-live="polite" aria-atomic="true""#,
            &self.count("results-count", result.total),
        );
        out.push_str(r#"<label class="sort">"#);
        tag(out, "span", "", &self.plain("sort-label"));
        out.push_str("<select>");
        for sort in Sort::ALL {
            let key = match sort {
                Sort::Relevance => "sort-relevance",
                Sort::Title => "sort-title",
                Sort::Newest => "sort-newest",
            };
            // The app sets the value as a property; the first option is selected anyway.
            let selected = if sort == self.view.sort && sort != Sort::ALL[0] {
                " selected"
            } else {
                ""
            };
            let attributes = format!(r#" value="{}"{selected}"#, sort.key());
            tag(out, "option", &attributes, &self.plain(key));
        }
        out.push_str("</select></label></div>");
    }

    /// `browse.rs`: the QR code (closed), "Present" and the export buttons.
    fn tools(&self, out: &mut String, result: &SearchResult) {
        out.push_str(r#"<details class="qr-code no-print">"#);
        tag(out, "summary", "", &self.plain("qr-show"));
        out.push_str(r#"</details><p class="present-link no-print">"#);
        link(
            out,
            &self.view.presenting(Deck::Results),
            false,
            "",
            &self.plain("present"),
        );
        let label = escape(&self.plain("export-label"));
        let _ = write!(
            out,
            r#"</p><div class="export no-print" role="group" aria-label="{label}"><span class="export-label">{label}</span>"#
        );
        let disabled = if result.total == 0 {
            r#" disabled="""#
        } else {
            ""
        };
        for key in ["export-csv", "export-json", "export-markdown", "export-ris"] {
            let attributes = format!(r#" type="button"{disabled}"#);
            tag(out, "button", &attributes, &self.plain(key));
        }
        out.push_str("</div>");
    }

    /// `results.rs`, `ResultList` and `Pager`.
    fn result_list(&self, out: &mut String, result: &SearchResult) {
        if result.total == 0 {
            out.push_str(r#"<div class="empty-state">"#);
            tag(out, "h3", "", &self.plain("no-results-title"));
            tag(out, "p", "", &self.plain("no-results-body"));
            tag(out, "button", r#" type="button""#, &self.plain("clear-all"));
            out.push_str("</div>");
            return;
        }
        out.push_str(r#"<ol class="result-list">"#);
        for hit in &result.hits {
            if let Some(doc) = self.index.docs.get(hit.doc) {
                self.result_row(out, doc);
            }
        }
        out.push_str("</ol>");
        let pages = result.total.div_ceil(RESULTS_PER_PAGE).max(1);
        if pages <= 1 {
            return;
        }
        let page = (result.page as usize).min(pages);
        let first = (page - 1) * RESULTS_PER_PAGE + 1;
        let last = (page * RESULTS_PER_PAGE).min(result.total);
        let position = self.words.message(
            "page-position",
            &[
                ("page", Arg::Number(page)),
                ("pages", Arg::Number(pages)),
                ("first", Arg::Number(first)),
                ("last", Arg::Number(last)),
                ("total", Arg::Number(result.total)),
            ],
        );
        let _ = write!(
            out,
            r#"<nav class="pager" aria-label="{}">"#,
            escape(&self.plain("pagination-label"))
        );
        tag(out, "p", "", &position);
        if page > 1 {
            let previous = self.view.with_result_page(page as u32 - 1);
            link(
                out,
                &previous,
                false,
                "button",
                &self.plain("previous-page"),
            );
        }
        if page < pages {
            let next = self.view.with_result_page(page as u32 + 1);
            link(out, &next, false, "button", &self.plain("next-page"));
        }
        out.push_str("</nav>");
    }

    /// `results.rs`, `result_row`, for a view without search words (nothing highlighted).
    fn result_row(&self, out: &mut String, doc: &Doc) {
        let unknown_source = self.plain("unknown-source");
        let subdivision_title = |id: &str, title: &str| {
            self.words.message(
                "subdivision-title",
                &[("id", Arg::Text(id)), ("title", Arg::Text(title))],
            )
        };
        let words = RowWords {
            unknown_source: &unknown_source,
            subdivision_title: &subdivision_title,
        };
        let facts = RowFacts::of(self.relations, LANG, &doc.item, &words);
        let _ = write!(
            out,
            r#"<li><article class="result" data-type="{}"><h3>"#,
            doc.item_type.key()
        );
        let title = match &doc.item {
            ItemRef::Principle(number) => {
                let short = self.words.message(
                    "principle-short",
                    &[("number", Arg::Number(*number as usize))],
                );
                format!("{short} {}", doc.title)
            }
            _ => doc.title.clone(),
        };
        link(out, &self.view.opening(doc.item.clone()), false, "", &title);
        out.push_str(r#"</h3><p class="result-meta">"#);
        let type_key = match doc.item_type {
            ItemType::Principle => "type-principle",
            ItemType::Guideline => "type-guideline",
            ItemType::Practice => "type-practice",
            ItemType::Activity => "type-activity",
        };
        tag(out, "span", r#" class="badge type""#, &self.plain(type_key));
        if let Some(kind) = &facts.kind {
            tag(out, "span", r#" class="badge kind""#, kind);
        }
        if facts.summary_badge {
            tag(
                out,
                "span",
                r#" class="badge caution""#,
                &self.plain("guideline-summary-badge"),
            );
        }
        out.push_str("</p>");
        if !doc.summary.is_empty() {
            tag(out, "p", r#" class="result-summary""#, &doc.summary);
        }
        out.push_str(r#"<dl class="facts">"#);
        for (key, value) in [
            ("field-subdivision", &facts.subdivision),
            ("field-regions", &facts.regions),
            ("field-countries", &facts.countries),
            ("field-sectors", &facts.sectors),
            ("field-principles", &facts.principles),
            ("field-period", &facts.period),
        ] {
            if !value.is_empty() {
                out.push_str("<div>");
                tag(out, "dt", "", &self.plain(key));
                tag(out, "dd", "", value);
                out.push_str("</div>");
            }
        }
        out.push_str("</dl>");
        if !facts.source.is_empty() {
            out.push_str(r#"<p class="result-source">"#);
            let label = format!(
                "{}{}",
                self.plain("field-source"),
                self.plain("label-colon")
            );
            out.push_str(&escape(&label));
            match &facts.source_url {
                Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                    let attributes =
                        format!(r#" href="{}" rel="noopener noreferrer""#, escape(url));
                    tag(out, "a", &attributes, &facts.source);
                }
                _ => out.push_str(&escape(&facts.source)),
            }
            out.push_str("</p>");
        }
        if matches!(doc.item_type, ItemType::Practice | ItemType::Activity) {
            tag(
                out,
                "button",
                r#" type="button" class="shortlist-toggle" aria-pressed="false""#,
                &self.plain("shortlist-add"),
            );
        }
        out.push_str("</article></li>");
    }
}

impl Draw<'_> {
    /// `app.rs`, `Explorer`'s footer.
    fn footer(&self, out: &mut String) {
        out.push_str(r#"<footer class="site-footer">"#);
        tag(out, "p", "", &self.plain("unofficial-notice"));
        out.push_str(r#"<p class="no-print">"#);
        link(
            out,
            &self.view.showing(Page::Propose),
            false,
            "",
            &self.plain("nav-propose"),
        );
        out.push_str("</p>");
        let compiled = &self.relations.framework().meta.compiled;
        let date = english_date(compiled);
        tag(
            out,
            "p",
            "",
            &self
                .words
                .message("compiled-on", &[("date", Arg::Text(&date))]),
        );
        out.push_str("</footer>");
    }
}

/// "2026-11-30" as the app's English shows it (`Intl.DateTimeFormat("en-GB", { dateStyle:
/// "long" })`): "30 November 2026"; anything else as it is, as the app does.
pub fn english_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [year, month, day] => match (number(year, 4), number(month, 2), number(day, 2)) {
            (Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) => {
                format!("{day} {} {year}", MONTHS[month as usize - 1])
            }
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests;

//! The result list: one `<article>` per hit, only the current page of them, with the search
//! terms highlighted, and the page links under it.

use std::ops::Range;

use leptos::prelude::*;
use mflm_core::engine::{FieldMatch, Hit, ItemType, MatchedField, SearchResult};
use mflm_core::query::{ItemRef, RESULTS_PER_PAGE};
use mflm_core::row_facts::{RowFacts, RowWords};
use mflm_core::url;

use crate::ui::context::{base_url, use_app, AppContext};
use crate::ui::parts::content::marker;
use crate::ui::parts::facts::inline_fact;
use crate::ui::parts::labels;
use crate::ui::parts::link::{ItemLink, Link};
use crate::ui::parts::profiles::ShortlistButton;

/// At most this many results, and a query word that matches nothing may be a typing
/// mistake: offer the closest words of the index.
const FEW_RESULTS: usize = 2;

#[component]
pub fn ResultList(result: Memo<SearchResult>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let total = Memo::new(move |_| result.with(|r| r.total));
    let result_page = Memo::new(move |_| result.with(|r| r.page));
    // Rows are keyed by document: a row that stays in the list (a facet click, one more
    // letter) keeps its elements, and only its highlights follow the new hit. Re-creating all
    // 25 rows took about 60 % of a keystroke's work (BENCHMARKS.md, "Keyed rows, the tab title
    // and history writes").
    let docs =
        Memo::new(move |_| result.with(|r| r.hits.iter().map(|hit| hit.doc).collect::<Vec<_>>()));
    let rows = move || {
        view! {
            <For each=move || docs.get() key=|doc| *doc let:doc>
                {
                    let marks = Memo::new(move |_| {
                        result
                            .with(|r| {
                                r.hits
                                    .iter()
                                    .find(|hit| hit.doc == doc)
                                    .map(Marks::of)
                                    .unwrap_or_default()
                            })
                    });
                    result_row(&use_app(), doc, marks)
                }
            </For>
        }
    };
    view! {
        <Suggestion total />
        <Show
            when=move || { total.get() > 0 }
            fallback=move || {
                let app = app.clone();
                view! {
                    <div class="empty-state">
                        <h3>{text.no_results_title}</h3>
                        <p>{text.no_results_body}</p>
                        <button type="button" on:click=move |_| app.clear_filters()>
                            {text.clear_all}
                        </button>
                    </div>
                }
            }
        >
            <ol class="result-list">{rows}</ol>
            <Pager total result_page />
        </Show>
    }
}

/// "Did you mean: recruitment", as a link that searches for it, when a search finds nothing
/// or very little and a word of it is close to a word of the index.
#[component]
fn Suggestion(total: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let (text, state, data) = (app.text, app.state, app.data.clone());
    let query_text = Memo::new(move |_| state.with(|s| s.query.text.clone()));
    let suggestion = Memo::new(move |_| {
        (total.get() <= FEW_RESULTS)
            .then(|| query_text.with(|q| data.index.suggest(q)))
            .flatten()
    });
    move || {
        suggestion.get().map(|suggested| {
            let to = {
                let suggested = suggested.clone();
                Signal::derive(move || state.with(|now| now.with_search_text(&suggested)))
            };
            view! {
                <p class="did-you-mean" role="status">
                    {text.did_you_mean}
                    " "
                    <Link to>{suggested}</Link>
                </p>
            }
        })
    }
}

/// Where the search words matched in one hit, without its score: a row's highlights change
/// only when these do.
#[derive(Clone, PartialEq, Default)]
struct Marks {
    title: Vec<Range<usize>>,
    summary: Vec<Range<usize>>,
    other: Vec<FieldMatch>,
}

impl Marks {
    fn of(hit: &Hit) -> Marks {
        Marks {
            title: hit.title_matches.clone(),
            summary: hit.summary_matches.clone(),
            other: hit.other_matches.clone(),
        }
    }
}

/// The row of document `doc_index` ([`mflm_core::engine::Index::docs`]), built once while it
/// stays in the list; `marks` are none for the moment it is leaving.
fn result_row(app: &AppContext, doc_index: usize, marks: Memo<Marks>) -> impl IntoView {
    let Some(doc) = app.data.index.docs.get(doc_index) else {
        return ().into_any();
    };
    let title_text = doc.title.clone();
    let title_marks = move || marks.with(|m| highlighted(&title_text, &m.title));
    let text = app.text;
    let subdivision_title = |id: &str, title: &str| text.subdivision_title(id, title);
    let words = RowWords {
        unknown_source: text.unknown_source,
        subdivision_title: &subdivision_title,
    };
    let facts = RowFacts::of(&app.data.relations, app.lang, &doc.item, &words);
    let type_label = labels::item_type(text, doc.item_type);
    let title = match &doc.item {
        ItemRef::Principle(n) => view! {
            {format!("{} ", text.principle_short(*n))}
            {title_marks}
        }
        .into_any(),
        _ => title_marks.into_any(),
    };
    let is_profile = matches!(doc.item_type, ItemType::Practice | ItemType::Activity);
    let profile_id = match &doc.item {
        ItemRef::Profile(id) => Some(id.clone()),
        _ => None,
    };
    view! {
        <li>
            <article class="result" data-type=doc.item_type.key()>
                <h3>
                    <ItemLink item=doc.item.clone()>{title}</ItemLink>
                    {marker(app, labels::title_is_translated(app, &doc.item))}
                </h3>
                <p class="result-meta">
                    <span class="badge type">{type_label}</span>
                    {facts.kind.map(|k| view! { <span class="badge kind">{k}</span> })}
                    {facts
                        .summary_badge
                        .then(|| {
                            view! {
                                <span class="badge caution">{text.guideline_summary_badge}</span>
                            }
                        })}
                </p>
                {(!doc.summary.is_empty())
                    .then(|| {
                        let summary = doc.summary.clone();
                        view! {
                            <p class="result-summary">
                                {move || { marks.with(|m| highlighted(&summary, &m.summary)) }}
                            </p>
                        }
                    })}
                {
                    let app = app.clone();
                    move || { marks.with(|m| why_it_matched(&app, &m.other)) }
                }
                <dl class="facts">
                    {inline_fact(text.field_subdivision, facts.subdivision)}
                    {inline_fact(text.field_regions, facts.regions)}
                    {inline_fact(text.field_countries, facts.countries)}
                    {inline_fact(text.field_sectors, facts.sectors)}
                    {inline_fact(text.field_principles, facts.principles)}
                    {inline_fact(text.field_period, facts.period)}
                </dl>
                {(!facts.source.is_empty())
                    .then(|| {
                        let source = match facts.source_url {
                            Some(
                                url,
                            ) if url.starts_with("https://") || url.starts_with("http://") => {
                                view! {
                                    <a href=url rel="noopener noreferrer">
                                        {facts.source}
                                    </a>
                                }
                                    .into_any()
                            }
                            _ => facts.source.into_any(),
                        };
                        view! {
                            <p class="result-source">
                                {text.with_colon(text.field_source)}{source}
                            </p>
                        }
                    })}
                // On paper, the way back to the item (its QR code is on the item's own page).
                <p class="print-only link-back">
                    {
                        let (base, item, state) = (base_url(), doc.item.clone(), app.state);
                        move || {
                            state
                                .with(|now| {
                                    format!("{base}{}", url::href(&now.opening(item.clone())))
                                })
                        }
                    }
                </p>
                {is_profile.then(|| profile_id.map(|id| view! { <ShortlistButton id /> }))}
            </article>
        </li>
    }
    .into_any()
}

/// The fields a search word matched in that the card does not show otherwise, each with its
/// name and the matching words highlighted: every hit shows why it is listed.
fn why_it_matched(app: &AppContext, matches: &[FieldMatch]) -> impl IntoView {
    let text = app.text;
    matches
        .iter()
        .map(|found| {
            let field = match found.field {
                MatchedField::Keywords => text.field_tags,
                MatchedField::Actors => text.field_actors,
                MatchedField::Countries => text.field_countries,
                MatchedField::Areas => text.field_areas,
                MatchedField::Summary => text.match_in_summary,
                MatchedField::Other => text.match_elsewhere,
            };
            view! {
                <p class="match-context">
                    <span class="match-field">{text.with_colon(field)}</span>
                    {highlighted(&found.text, &found.ranges)}
                </p>
            }
        })
        .collect_view()
}

/// `text` with the byte `ranges` wrapped in `<mark>`. Ranges that do not fall on character
/// boundaries are skipped rather than trusted.
pub fn highlighted(text: &str, ranges: &[Range<usize>]) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut at = 0;
    for range in ranges {
        if range.start < at || text.get(range.clone()).is_none() {
            continue;
        }
        pieces.push(view! { {text[at..range.start].to_string()} }.into_any());
        pieces.push(view! { <mark>{text[range.clone()].to_string()}</mark> }.into_any());
        at = range.end;
    }
    pieces.push(view! { {text[at..].to_string()} }.into_any());
    pieces.collect_view()
}

#[component]
fn Pager(total: Memo<usize>, result_page: Memo<u32>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    let pages = move || total.get().div_ceil(RESULTS_PER_PAGE).max(1) as u32;
    let page_link = move |step: i32| {
        Signal::derive(move || {
            let page = result_page.get().saturating_add_signed(step);
            state.with(|now| now.with_result_page(page))
        })
    };
    view! {
        <Show when=move || { pages() > 1 }>
            <nav class="pager" aria-label=text.pagination_label>
                <p>
                    {move || {
                        let page = result_page.get().min(pages()) as usize;
                        let first = (page - 1) * RESULTS_PER_PAGE + 1;
                        let last = (page * RESULTS_PER_PAGE).min(total.get());
                        text.page_position(page, pages() as usize, first, last, total.get())
                    }}
                </p>
                <Show when=move || { result_page.get() > 1 }>
                    <Link to=page_link(-1) class="button">
                        {text.previous_page}
                    </Link>
                </Show>
                <Show when=move || { result_page.get() < pages() }>
                    <Link to=page_link(1) class="button">
                        {text.next_page}
                    </Link>
                </Show>
            </nav>
        </Show>
    }
}

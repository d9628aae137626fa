//! The result list: one `<article>` per hit, only the current page of them, with the search
//! terms highlighted, and the page links under it.

use std::ops::Range;

use leptos::prelude::*;
use mflm_core::engine::{Hit, ItemType, SearchResult};
use mflm_core::query::{ItemRef, Query, ViewState, RESULTS_PER_PAGE};

use crate::ui::app::{use_app, AppContext};
use crate::ui::labels;
use crate::ui::link::{ItemLink, Link};
use crate::ui::shortlist::ShortlistButton;

#[component]
pub fn ResultList(result: Memo<SearchResult>, result_page: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    let total = Memo::new(move |_| result.with(|r| r.total));
    let clear = move |_| {
        app.go(ViewState {
            query: Query::default(),
            result_page: 1,
            ..state.get_untracked()
        });
    };
    let rows = move || {
        let app = use_app();
        result.with(|r| {
            r.hits
                .iter()
                .map(|hit| result_row(&app, hit))
                .collect_view()
        })
    };
    view! {
        <Show
            when=move || { total.get() > 0 }
            fallback=move || {
                let clear = clear.clone();
                view! {
                <div class="empty-state">
                    <h3>{text.no_results_title}</h3>
                    <p>{text.no_results_body}</p>
                    <button type="button" on:click=clear>{text.clear_all}</button>
                </div>
            }}
        >
            <ol class="result-list">{rows}</ol>
            <Pager total result_page />
        </Show>
    }
}

fn result_row(app: &AppContext, hit: &Hit) -> impl IntoView {
    let Some(doc) = app.data.index.docs.get(hit.doc) else {
        return ().into_any();
    };
    let text = app.text;
    let facts = RowFacts::of(app, &doc.item);
    let type_label = labels::item_type(text, doc.item_type);
    let title = match &doc.item {
        ItemRef::Principle(n) => view! {
            {format!("{} ", text.principle_short(*n))}
            {highlighted(&doc.title, &hit.title_matches)}
        }
        .into_any(),
        _ => highlighted(&doc.title, &hit.title_matches).into_any(),
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
                </h3>
                <p class="result-meta">
                    <span class="badge type">{type_label}</span>
                    {facts.kind.map(|k| view! { <span class="badge kind">{k}</span> })}
                    {facts.summary_badge.then(|| view! { <span class="badge caution">{text.guideline_summary_badge}</span> })}
                </p>
                {(!doc.summary.is_empty()).then(|| view! {
                    <p class="result-summary">{highlighted(&doc.summary, &hit.summary_matches)}</p>
                })}
                <dl class="facts">
                    {fact(text.field_subdivision, facts.subdivision)}
                    {fact(text.field_regions, facts.regions)}
                    {fact(text.field_countries, facts.countries)}
                    {fact(text.field_sectors, facts.sectors)}
                    {fact(text.field_principles, facts.principles)}
                    {fact(text.field_period, facts.period)}
                </dl>
                {is_profile.then(|| profile_id.map(|id| view! { <ShortlistButton id /> }))}
            </article>
        </li>
    }
    .into_any()
}

fn fact(term: &'static str, value: String) -> impl IntoView {
    (!value.is_empty()).then(|| {
        view! {
            <div>
                <dt>{term}</dt>
                <dd>{value}</dd>
            </div>
        }
    })
}

/// The plain-text facts a result row shows under its title.
#[derive(Default)]
struct RowFacts {
    kind: Option<String>,
    summary_badge: bool,
    subdivision: String,
    regions: String,
    countries: String,
    sectors: String,
    principles: String,
    period: String,
}

impl RowFacts {
    fn of(app: &AppContext, item: &ItemRef) -> RowFacts {
        let framework = &app.data.framework;
        let lang = app.lang;
        let principle_list = |numbers: &[u8]| {
            numbers
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match item {
            ItemRef::Principle(n) => RowFacts {
                subdivision: framework
                    .principle(*n)
                    .and_then(|p| {
                        framework
                            .subdivisions
                            .iter()
                            .find(|s| s.id == p.subdivision)
                    })
                    .map(|s| app.text.subdivision_title(&s.id, s.title.get(lang)))
                    .unwrap_or_default(),
                ..RowFacts::default()
            },
            ItemRef::Guideline(id) => {
                let guideline = app.data.guideline(id);
                RowFacts {
                    summary_badge: guideline
                        .is_some_and(|g| g.basis == mflm_core::model::GuidelineBasis::Summary),
                    principles: guideline
                        .map(|g| principle_list(&[g.principle]))
                        .unwrap_or_default(),
                    ..RowFacts::default()
                }
            }
            ItemRef::Profile(id) => {
                let Some(profile) = app.data.profile(id) else {
                    return RowFacts::default();
                };
                let join = |values: Vec<String>| values.join(", ");
                RowFacts {
                    kind: Some(labels::kind(framework, &profile.kind, lang)),
                    regions: join(
                        profile
                            .regions
                            .iter()
                            .map(|r| labels::region(framework, r, lang))
                            .collect(),
                    ),
                    countries: join(
                        profile
                            .countries
                            .iter()
                            .map(|c| labels::country(framework, c, lang))
                            .chain(profile.areas.iter().cloned())
                            .collect(),
                    ),
                    sectors: join(
                        profile
                            .sectors
                            .iter()
                            .map(|s| labels::sector(framework, s, lang))
                            .collect(),
                    ),
                    principles: principle_list(&profile.principles),
                    period: profile.period.clone(),
                    ..RowFacts::default()
                }
            }
            _ => RowFacts::default(),
        }
    }
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
fn Pager(total: Memo<usize>, result_page: Memo<usize>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    let pages = move || total.get().div_ceil(RESULTS_PER_PAGE).max(1);
    let page_link = move |step: isize| {
        Signal::derive(move || {
            let page = result_page.get().saturating_add_signed(step).max(1);
            ViewState {
                result_page: page as u32,
                ..state.get()
            }
        })
    };
    view! {
        <Show when=move || { pages() > 1 }>
            <nav class="pager" aria-label=text.pagination_label>
                <p>
                    {move || {
                        let page = result_page.get().min(pages());
                        let first = (page - 1) * RESULTS_PER_PAGE + 1;
                        let last = (page * RESULTS_PER_PAGE).min(total.get());
                        format!("{} · {}", text.page_of(page, pages()), text.showing_range(first, last, total.get()))
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

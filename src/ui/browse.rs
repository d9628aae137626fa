//! The browse page: search box, facets and results, all driven by the one view state.

use leptos::prelude::*;
use mflm_core::engine::SearchResult;
use mflm_core::query::{Query, Sort, ViewState, RESULTS_PER_PAGE};

use crate::ui::app::use_app;
use crate::ui::facets::FacetPanel;
use crate::ui::results::ResultList;

#[component]
pub fn Browse() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    // Other pages name themselves in the tab; coming back here must undo that.
    document().set_title(text.app_name);

    let query = Memo::new(move |_| state.with(|s| s.query.clone()));
    let sort = Memo::new(move |_| state.with(|s| s.sort));
    let requested_page = Memo::new(move |_| state.with(|s| s.result_page.max(1) as usize));
    let data = app.data.clone();
    // The one place the engine runs: facet counts and the visible window of results.
    // A page past the end (an old link, a hand-edited URL) shows the last page instead.
    let result = Memo::new(move |_| {
        let window = |page: usize| (page - 1) * RESULTS_PER_PAGE..page * RESULTS_PER_PAGE;
        query.with(|q| {
            let found = data
                .index
                .search(q, sort.get(), window(requested_page.get()));
            if found.hits.is_empty() && found.total > 0 {
                data.index
                    .search(q, sort.get(), window(last_page(found.total)))
            } else {
                found
            }
        })
    });
    let result_page = Memo::new(move |_| {
        requested_page
            .get()
            .min(last_page(result.with(|r| r.total)))
    });

    view! {
        <h1 class="visually-hidden">{text.nav_browse}</h1>
        <div class="browse">
            <SearchBox query />
            <FacetPanel result query />
            <section class="results" aria-labelledby="results-heading">
                <ResultsHeader result sort />
                <ResultList result result_page />
            </section>
        </div>
    }
}

#[component]
fn SearchBox(query: Memo<Query>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    let on_input = move |event: leptos::ev::Event| {
        let typed = event_target_value(&event);
        let mut next = state.get_untracked();
        next.query.text = typed;
        next.result_page = 1;
        app.type_view(next);
    };
    view! {
        <form class="search" role="search" on:submit=|event| event.prevent_default()>
            <label for="search-input">{text.search_label}</label>
            <input
                id="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=text.search_placeholder
                aria-describedby="search-hint"
                prop:value=move || query.with(|q| q.text.clone())
                on:input=on_input
            />
            <p id="search-hint" class="hint">{text.search_hint}</p>
        </form>
    }
}

#[component]
fn ResultsHeader(result: Memo<SearchResult>, sort: Memo<Sort>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    let on_sort = move |event: leptos::ev::Event| {
        let chosen = Sort::from_key(&event_target_value(&event)).unwrap_or_default();
        app.go(ViewState {
            sort: chosen,
            result_page: 1,
            ..state.get_untracked()
        });
    };
    view! {
        <div class="results-header">
            <h2 id="results-heading" class="visually-hidden">{text.results_heading}</h2>
            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                {move || text.results_count(result.with(|r| r.total))}
            </p>
            <label class="sort">
                <span>{text.sort_label}</span>
                <select on:change=on_sort prop:value=move || sort.get().key()>
                    {Sort::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.key()>{text.sort(s)}</option> })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

fn last_page(total: usize) -> usize {
    total.div_ceil(RESULTS_PER_PAGE).max(1)
}

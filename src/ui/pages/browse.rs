//! The browse page: search box, facets and results, all driven by the one view state.

use leptos::prelude::*;
use mflm_core::engine::SearchResult;
use mflm_core::query::{Deck, Query, Sort};

use crate::ui::context::{address_of, use_app, SEARCH_INPUT_ID};
use crate::ui::pages::facets::FacetPanel;
use crate::ui::pages::results::ResultList;
use crate::ui::parts::export::ExportMenu;
use crate::ui::parts::link::Link;
use crate::ui::parts::qr::QrDisclosure;

#[component]
pub fn Browse() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;

    let query = Memo::new(move |_| state.with(|s| s.query.clone()));
    let sort = Memo::new(move |_| state.with(|s| s.sort));
    let requested_page = Memo::new(move |_| state.with(|s| s.result_page));
    let data = app.data.clone();
    let data_for_export = app.data.clone();
    // The one place the engine runs: facet counts and the visible page of results.
    let result = Memo::new(move |_| {
        query.with(|q| data.index.search_page(q, sort.get(), requested_page.get()))
    });
    // A page past the end (an old link, a hand-edited URL) is served as the last page; the
    // address bar then says which page is shown, so sharing it shares what is on screen.
    Effect::new(move |_| {
        let served = result.with(|r| r.page);
        if served != requested_page.get_untracked() {
            app.correct_view(app.now().with_result_page(served));
        }
    });

    view! {
        <h1 class="visually-hidden">{text.nav_browse}</h1>
        <div class="browse">
            <SearchBox query />
            <FacetPanel result query />
            <section class="results" aria-labelledby="results-heading">
                <ResultsHeader result sort />
                <QrDisclosure address=Signal::derive(move || state.with(address_of)) />
                <p class="present-link no-print">
                    <Link to=Signal::derive(move || {
                        state.with(|now| now.presenting(Deck::Results))
                    })>{text.present}</Link>
                </p>
                <ExportMenu
                    items=Callback::new(move |()| {
                        data_for_export.all_results(&query.get_untracked(), sort.get_untracked())
                    })
                    name="results"
                    empty=Signal::derive(move || result.with(|r| r.total == 0))
                    title=Signal::derive(move || text.export_results_title.to_string())
                />
                <ResultList result />
            </section>
        </div>
    }
}

#[component]
fn SearchBox(query: Memo<Query>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let on_input = move |event: leptos::ev::Event| {
        app.type_view(app.now().with_search_text(&event_target_value(&event)));
    };
    view! {
        <form class="search" role="search" on:submit=|event| event.prevent_default()>
            <label for=SEARCH_INPUT_ID>{text.search_label}</label>
            <input
                id=SEARCH_INPUT_ID
                type="search"
                dir="auto"
                autocomplete="off"
                spellcheck="false"
                placeholder=text.search_placeholder
                aria-describedby="search-hint"
                prop:value=move || query.with(|q| q.text.clone())
                on:input=on_input
            />
            <p id="search-hint" class="hint">
                {text.search_hint}
            </p>
        </form>
    }
}

#[component]
fn ResultsHeader(result: Memo<SearchResult>, sort: Memo<Sort>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let on_sort = move |event: leptos::ev::Event| {
        let chosen = Sort::from_key(&event_target_value(&event)).unwrap_or_default();
        app.go(app.now().with_sort(chosen));
    };
    view! {
        <div class="results-header">
            <h2 id="results-heading" class="visually-hidden">
                {text.results_heading}
            </h2>
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

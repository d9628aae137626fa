//! The root: loads the data, holds the one view-state signal, keeps it in step with the URL,
//! and picks the page to show.

use std::collections::HashMap;
use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::ev;
use leptos::prelude::*;
use mflm_core::engine::Index;
use mflm_core::model::{Framework, Guideline, Profile};
use mflm_core::query::{Page, ViewState};
use mflm_core::url;
use mflm_core::validate::{self, LoadError};
use wasm_bindgen::JsCast;

use crate::strings::{self, Strings};
use crate::ui::link::Link;
use crate::ui::{about, browse, item, overview, shortlist};

/// The loaded data and its search index, built once.
pub struct Loaded {
    pub framework: Framework,
    pub index: Index,
    profile_positions: HashMap<String, usize>,
    guideline_positions: HashMap<String, usize>,
}

impl Loaded {
    pub fn new(framework: Framework) -> Loaded {
        let index = Index::new(&framework);
        let positions = |ids: Vec<&String>| {
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect()
        };
        let profile_positions = positions(framework.profiles.iter().map(|p| &p.id).collect());
        let guideline_positions = positions(framework.guidelines.iter().map(|g| &g.id).collect());
        Loaded {
            framework,
            index,
            profile_positions,
            guideline_positions,
        }
    }

    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profile_positions
            .get(id)
            .and_then(|&i| self.framework.profiles.get(i))
    }

    pub fn guideline(&self, id: &str) -> Option<&Guideline> {
        self.guideline_positions
            .get(id)
            .and_then(|&i| self.framework.guidelines.get(i))
    }
}

/// Everything components need, given through context.
#[derive(Clone)]
pub struct AppContext {
    pub data: Arc<Loaded>,
    /// The whole view. The URL is derived from it, and it from the URL on back/forward.
    pub state: RwSignal<ViewState>,
    pub lang: &'static str,
    pub text: &'static Strings,
    pub shortlist: shortlist::Shortlist,
    /// The address-bar update waiting for the user to pause typing (dropping it cancels it).
    pending_url: StoredValue<Option<Timeout>, LocalStorage>,
}

/// How long typing must pause before the address bar catches up with the search box.
const URL_CATCH_UP_MS: u32 = 400;

impl AppContext {
    /// Shows `next` and records it as a new history entry (links, filter clicks).
    pub fn go(&self, next: ViewState) {
        self.set_view(next, HistoryMode::Push);
    }

    /// Shows `next` at once and brings the current history entry up to date once typing
    /// pauses: rewriting the address on every letter costs a few milliseconds per keystroke,
    /// and back should leave the search, not undo it one letter at a time.
    pub fn type_view(&self, next: ViewState) {
        self.state.set(next);
        let state = self.state;
        let timer = Timeout::new(URL_CATCH_UP_MS, move || {
            write_url(&state.get_untracked(), HistoryMode::Replace);
        });
        self.pending_url.set_value(Some(timer));
    }

    fn set_view(&self, next: ViewState, mode: HistoryMode) {
        // A search still being typed gets its own address first, so back returns to it.
        if let Some(pending) = self.pending_url.try_update_value(Option::take).flatten() {
            pending.cancel();
            write_url(&self.state.get_untracked(), HistoryMode::Replace);
        }
        write_url(&next, mode);
        self.state.set(next);
    }

    /// The view for an item page, keeping the search and filters so "back to results" works.
    pub fn item_view(&self, item: mflm_core::query::ItemRef) -> ViewState {
        let current = self.state.get_untracked();
        ViewState {
            page: Page::Item(item),
            ..current
        }
    }

    pub fn page_view(&self, page: Page) -> ViewState {
        let current = self.state.get_untracked();
        ViewState { page, ..current }
    }
}

#[derive(Clone, Copy)]
enum HistoryMode {
    Push,
    Replace,
}

/// Writes `view`'s address into the browser's history.
fn write_url(view: &ViewState, mode: HistoryMode) {
    let href = url::href(view);
    let Ok(history) = window().history() else {
        return;
    };
    // A refusal here (say, a sandboxed frame) only costs the address, never the view.
    let _ = match mode {
        HistoryMode::Push => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
        }
        HistoryMode::Replace => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
        }
    };
}

pub fn use_app() -> AppContext {
    // Every component below <App> is rendered only once the context exists.
    expect_context::<AppContext>()
}

#[derive(Clone)]
enum LoadState {
    Loading,
    Ready(Arc<Loaded>),
    Failed {
        reason: String,
        problems: Vec<String>,
    },
}

#[component]
pub fn App() -> impl IntoView {
    let text = strings::for_language("en");
    let (load_state, set_load_state) = signal_local(LoadState::Loading);
    let load = move || {
        set_load_state.set(LoadState::Loading);
        leptos::task::spawn_local(async move { set_load_state.set(load_data().await) });
    };
    load();

    move || {
        match load_state.get() {
        LoadState::Loading => view! {
            <header class="site-header">
                <Brand text />
            </header>
            <p class="loading" role="status">{text.loading}</p>
        }
        .into_any(),
        LoadState::Failed { reason, problems } => view! {
            <main id="main" class="load-failed">
                <h1>{text.load_failed_title}</h1>
                <p>{text.load_failed_body}</p>
                <p class="reason">{reason}</p>
                <Show when={
                    let empty = problems.is_empty();
                    move || !empty
                }>
                    <p>{text.load_failed_problems}</p>
                </Show>
                <ul class="problems">
                    {problems.iter().take(50).map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                </ul>
                <button type="button" on:click=move |_| load()>{text.retry}</button>
            </main>
        }
        .into_any(),
        LoadState::Ready(data) => view! { <Explorer data /> }.into_any(),
    }
    }
}

/// Reads the data: inlined in the page (the one-file edition) or fetched next to it.
async fn load_data() -> LoadState {
    let json = match inlined_data() {
        Some(json) => json,
        None => match fetch_data().await {
            Ok(json) => json,
            Err(reason) => {
                return LoadState::Failed {
                    reason,
                    problems: Vec::new(),
                }
            }
        },
    };
    mark("mflm:data-read");
    let checked = validate::load_for_app(&json);
    drop(json);
    mark("mflm:data-checked");
    match checked {
        Ok(framework) => {
            let loaded = Loaded::new(framework);
            mark("mflm:index-built");
            LoadState::Ready(Arc::new(loaded))
        }
        Err(LoadError::Invalid(problems)) => LoadState::Failed {
            reason: format!("{} problem(s) in data/framework.json.", problems.len()),
            problems: problems.iter().map(ToString::to_string).collect(),
        },
    }
}

/// A User Timing mark: the start-up steps show by name in the browser's performance tools,
/// and `scripts/bench.sh` reads them to say where the time to first results goes.
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

fn inlined_data() -> Option<String> {
    let element = document().get_element_by_id("mflm-data")?;
    element
        .text_content()
        .filter(|text| !text.trim().is_empty())
}

async fn fetch_data() -> Result<String, String> {
    // Relative, so the app works under any sub-path.
    let response = gloo_net::http::Request::get("data/framework.json")
        .send()
        .await
        .map_err(|e| format!("The request failed: {e}"))?;
    if !response.ok() {
        return Err(format!(
            "The server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    // As bytes, copied straight into the wasm memory: reading it as text would decode the
    // UTF-8 into a JavaScript string only to encode it back (a tenth of the start-up time
    // for a large file).
    let bytes = response
        .binary()
        .await
        .map_err(|e| format!("The response could not be read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "The data file is not UTF-8 text (byte {} is not valid UTF-8).",
            e.utf8_error().valid_up_to()
        )
    })
}

fn current_url_state() -> ViewState {
    let search = window().location().search().unwrap_or_default();
    url::decode(&search)
}

#[component]
fn Explorer(data: Arc<Loaded>) -> impl IntoView {
    let text = strings::for_language("en");
    let initial = current_url_state();
    // A hostile or outdated link is shown as the view it decodes to, and the address bar
    // is tidied to match, so sharing it again shares what is on screen.
    let canonical = url::href(&initial);
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&canonical));
    }
    let state = RwSignal::new(initial);
    let context = AppContext {
        pending_url: StoredValue::new_local(None),
        data,
        state,
        lang: "en",
        text,
        shortlist: shortlist::Shortlist::load(),
    };
    provide_context(context.clone());

    let popstate = window_event_listener(ev::popstate, move |_| {
        let next = current_url_state();
        if state.get_untracked() != next {
            state.set(next);
        }
    });
    on_cleanup(move || popstate.remove());

    let page = Memo::new(move |_| state.with(|s| s.page.clone()));
    // On a change of page (not of filters), start at the top and move focus to the new
    // heading so screen readers announce where the user now is.
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(focus_main_heading);
        }
        current
    });

    let context_for_nav = context.clone();
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main_heading();
        }>{text.skip_to_content}</a>
        <header class="site-header">
            <Brand text />
            <SiteNav context=context_for_nav page />
        </header>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Browse => view! { <browse::Browse /> }.into_any(),
                Page::Overview => view! { <overview::Overview /> }.into_any(),
                Page::Instruments => view! { <overview::InstrumentList /> }.into_any(),
                Page::About => view! { <about::About /> }.into_any(),
                Page::Shortlist => view! { <shortlist::ShortlistPage /> }.into_any(),
                Page::Item(item) => view! { <item::ItemPage item /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{text.unofficial_notice}</p>
            <p>{text.compiled_on(&context.data.framework.meta.compiled)}</p>
        </footer>
        <crate::ui::update::UpdateNotice />
    }
}

/// The name and tagline at the top of every page, the loading one included (index.html
/// repeats it for the moment before the app has arrived).
#[component]
fn Brand(text: &'static Strings) -> impl IntoView {
    view! {
        <div class="brand">
            <span class="brand-name">{text.app_name}</span>
            <span class="brand-tagline">{text.tagline}</span>
        </div>
    }
}

#[component]
fn SiteNav(context: AppContext, page: Memo<Page>) -> impl IntoView {
    let text = context.text;
    let shortlist = context.shortlist;
    let entries = [
        (Page::Browse, text.nav_browse),
        (Page::Overview, text.nav_overview),
        (Page::Instruments, text.nav_instruments),
        (Page::Shortlist, text.nav_shortlist),
        (Page::About, text.nav_about),
    ];
    view! {
        <nav aria-label=text.nav_label>
            <ul>
                {entries
                    .into_iter()
                    .map(|(target, label)| {
                        let is_current = {
                            let target = target.clone();
                            move || page.get() == target
                        };
                        let is_shortlist = target == Page::Shortlist;

                        let link_label = move || {
                            if is_shortlist { text.shortlist_count(shortlist.len()) } else { label.to_string() }
                        };
                        let state = context.state;
                        let to = Signal::derive(move || ViewState { page: target.clone(), ..state.get() });
                        view! {
                            <li>
                                <Link to current=Signal::derive(is_current)>{link_label}</Link>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Moves focus to the page's heading, or to <main> when it has none yet.
pub fn focus_main_heading() {
    let document = document();
    let target = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"));
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

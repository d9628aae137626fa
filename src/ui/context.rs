//! The ground floor of the view: the loaded data, the one view-state signal, the language,
//! the shortlist, and navigation (changing the view and keeping the address bar in step).
//! Every component reads these through [`use_app`]; this module imports nothing else of `ui`.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use gloo_storage::{LocalStorage as DeviceStorage, Storage};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use mflm_core::engine::Index;
use mflm_core::lang::Lang;
use mflm_core::model::Framework;
use mflm_core::query::ViewState;
use mflm_core::relations::Relations;
use mflm_core::url;

use crate::strings::Strings;

/// The loaded data: its relations (look-ups, links both ways, labels) and its search index,
/// both built once.
pub struct Loaded {
    pub relations: Relations,
    pub index: Index,
}

impl Loaded {
    /// Every result of `query` in `sort` order, not just the page shown: what an export or a
    /// presentation of the results holds.
    pub fn all_results(
        &self,
        query: &mflm_core::query::Query,
        sort: mflm_core::query::Sort,
    ) -> Vec<mflm_core::query::ItemRef> {
        self.index
            .search(query, sort, 0..usize::MAX)
            .hits
            .iter()
            .filter_map(|hit| self.index.docs.get(hit.doc))
            .map(|doc| doc.item.clone())
            .collect()
    }

    /// Indexes `framework` for searching in `lang`.
    pub fn new(framework: Framework, lang: Lang) -> Loaded {
        let index = Index::new(&framework, lang);
        Loaded {
            relations: Relations::new(framework),
            index,
        }
    }
}

/// A data file the user opened for this visit ("Your own data file"), checked and indexed,
/// shown in place of the bundled compilation. Kept in memory only: a reload (or "Back to the
/// bundled compilation") returns to the bundled data.
#[derive(Clone)]
pub struct OwnData {
    /// The file's name, as the browser gives it (shown as text).
    pub name: String,
    pub data: Arc<Loaded>,
}

/// Which data the explorer shows: the bundled compilation (`None`) or the user's own file.
/// The app root provides it above the explorer, which is drawn afresh (index, relations and
/// all) whenever it changes; the view comes back from the address bar, so the user stays on
/// the page they were on.
#[derive(Clone, Copy)]
pub struct DataChoice(RwSignal<Option<OwnData>, LocalStorage>);

impl Default for DataChoice {
    fn default() -> DataChoice {
        DataChoice(RwSignal::new_local(None))
    }
}

impl DataChoice {
    /// The user's own file, if one is shown (subscribes: the app root redraws on a change).
    pub fn own(&self) -> Option<OwnData> {
        self.0.get()
    }

    /// The user's own file, if one is shown, without subscribing.
    pub fn own_now(&self) -> Option<OwnData> {
        self.0.get_untracked()
    }

    /// Shows `own` in place of the bundled compilation on `view` (the file's list, as a new
    /// history entry: Back returns to the page that checked it), then puts focus on the
    /// page's heading.
    pub fn show_own(&self, own: OwnData, view: &ViewState) {
        write_url(view, HistoryMode::Push);
        self.0.set(Some(own));
        request_animation_frame(focus_main_heading);
    }

    /// Back to the bundled compilation, on the same view; focus on the page's heading.
    pub fn show_bundled(&self) {
        self.0.set(None);
        request_animation_frame(focus_main_heading);
    }
}

pub fn use_data_choice() -> DataChoice {
    // Provided by the app root before anything that reads it is drawn.
    expect_context::<DataChoice>()
}

/// Everything components need, given through context.
#[derive(Clone)]
pub struct AppContext {
    pub data: Arc<Loaded>,
    /// The whole view. The URL is derived from it, and it from the URL on back/forward.
    pub state: RwSignal<ViewState>,
    /// The language the interface and the data are shown in.
    pub lang: Lang,
    pub text: &'static Strings,
    pub shortlist: Shortlist,
    /// Whether the first results have been painted: until then the filter lists wait (they
    /// are half the first page's elements, and building them first would hold back the
    /// results a visitor came for).
    pub first_paint_done: RwSignal<bool>,
    /// The address-bar update waiting for the user to pause typing (dropping it cancels it).
    pending_url: StoredValue<Option<Timeout>, LocalStorage>,
    /// Writing where the page is scrolled into the current history entry, once scrolling
    /// pauses (dropping it cancels it), and whether it has been written.
    pending_scroll: StoredValue<Option<ScrollRecord>, LocalStorage>,
    /// Where the page was scrolled in the history entry back/forward just returned to, until
    /// the page is drawn and scrolled there.
    pub scroll_to_restore: StoredValue<Option<f64>>,
    /// The view the last link or click came from, while the history entry before this one is
    /// known to hold it: "Back to results" then goes back in history (the list as it was
    /// left, scrolled there) instead of adding an entry.
    came_from: StoredValue<Option<ViewState>>,
}

/// How long typing must pause before the address bar catches up with the search box.
pub const URL_CATCH_UP_MS: u32 = 400;

impl AppContext {
    pub fn new(
        data: Arc<Loaded>,
        initial: ViewState,
        lang: Lang,
        text: &'static Strings,
    ) -> AppContext {
        AppContext {
            data,
            state: RwSignal::new(initial),
            lang,
            text,
            shortlist: Shortlist::load(text.nav_shortlist),
            first_paint_done: RwSignal::new(false),
            pending_url: StoredValue::new_local(None),
            pending_scroll: StoredValue::new_local(None),
            scroll_to_restore: StoredValue::new(None),
            came_from: StoredValue::new(None),
        }
    }

    /// The view as it is now, without subscribing to it (for event handlers).
    pub fn now(&self) -> ViewState {
        self.state.get_untracked()
    }

    /// Shows `next` and records it as a new history entry (links, filter clicks).
    pub fn go(&self, next: ViewState) {
        // A search still being typed gets its own address first, so back returns to it.
        if let Some(pending) = self.pending_url.try_update_value(Option::take).flatten() {
            pending.cancel();
            write_url(&self.now(), HistoryMode::Replace);
        }
        // The entry being left knows how far down it was, for back: written as scrolling
        // paused (`scrolled`), or now if it has not yet.
        if let Some((pending, written)) =
            self.pending_scroll.try_update_value(Option::take).flatten()
        {
            if !written.get() {
                pending.cancel();
                record_scroll();
            }
        }
        write_url(&next, HistoryMode::Push);
        self.came_from.set_value(Some(self.now()));
        self.state.set(next);
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

    /// On every scroll of the page: the current history entry learns where the page is once
    /// scrolling pauses, so back and forward return there. (Writing it on each click instead
    /// was a second history write per click, about 1 ms, as much as the new entry.)
    pub fn scrolled(&self) {
        let written = Rc::new(Cell::new(false));
        let timer = Timeout::new(SCROLL_RECORD_MS, {
            let written = written.clone();
            move || {
                record_scroll();
                written.set(true);
            }
        });
        self.pending_scroll.try_set_value(Some((timer, written)));
    }

    /// Back or forward has left the entry a pending scroll record was for: it is dropped, not
    /// written into the entry now current.
    pub fn forget_pending_scroll(&self) {
        self.pending_scroll.try_set_value(None);
    }

    /// Whether the search box has changed the view since the last link or filter click (its
    /// address may still be waiting for typing to pause).
    pub fn typed_last(&self) -> bool {
        self.pending_url
            .try_with_value(Option::is_some)
            .unwrap_or(false)
    }

    /// Returns to `view`: a step back in history when the previous entry holds it (so the
    /// list is as it was left, scrolled there), else a new entry, as a link would.
    pub fn return_to(&self, view: ViewState) {
        let previous_holds_it = self
            .came_from
            .with_value(|from| from.as_ref() == Some(&view));
        match window().history() {
            Ok(history) if previous_holds_it => {
                let _ = history.back();
            }
            _ => self.go(view),
        }
    }

    /// The view the current page was opened from by a link in this app, if known (not after
    /// back or forward, nor on a page opened from outside).
    pub fn came_from(&self) -> Option<ViewState> {
        self.came_from.get_value()
    }

    /// Back or forward moved to another history entry: what came before it is not known.
    pub fn forget_where_from(&self) {
        self.came_from.set_value(None);
    }

    /// Corrects the current history entry to `view` without a new entry: a link that
    /// asked for more than exists (page 99999) is shown as what was served.
    pub fn correct_view(&self, view: ViewState) {
        write_url(&view, HistoryMode::Replace);
        self.state.set(view);
    }
}

pub fn use_app() -> AppContext {
    // Every component below the app root is rendered only once the context exists.
    expect_context::<AppContext>()
}

#[derive(Clone, Copy)]
enum HistoryMode {
    Push,
    Replace,
}

/// Writes `view`'s address into the browser's history.
fn write_url(view: &ViewState, mode: HistoryMode) {
    let href = address_bar_href(view);
    let Ok(history) = window().history() else {
        return;
    };
    // A refusal here (say, a sandboxed frame) only costs the address, never the view.
    let _ = match mode {
        HistoryMode::Push => {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
        }
        HistoryMode::Replace => history.replace_state_with_url(&scroll_record(), "", Some(&href)),
    };
}

/// A scroll record on its way to the current history entry: the timer, and whether it has
/// fired.
type ScrollRecord = (Timeout, Rc<Cell<bool>>);

/// How long scrolling must pause before the current history entry records where it is.
const SCROLL_RECORD_MS: u32 = 150;

/// Writes where the page is scrolled into the current history entry (its address unchanged).
fn record_scroll() {
    if let Ok(history) = window().history() {
        let _ = history.replace_state(&scroll_record(), "");
    }
}

/// What the address bar shows for `view`: its parameters, or for the default view, which has
/// none, the page's own path (not a bare "…/?").
pub fn address_bar_href(view: &ViewState) -> String {
    match url::href(view) {
        bare if bare == "?" => window().location().pathname().unwrap_or(bare),
        href => href,
    }
}

/// The state kept with a history entry: how far down the page is scrolled, in CSS pixels.
fn scroll_record() -> wasm_bindgen::JsValue {
    let record = js_sys::Object::new();
    let scrolled = window().scroll_y().unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&record, &"scrollY".into(), &scrolled.into());
    record.into()
}

/// How far down a history entry's page was scrolled, from its state; `None` for entries
/// this app did not record (or a state some other script wrote).
pub fn recorded_scroll(state: &wasm_bindgen::JsValue) -> Option<f64> {
    js_sys::Reflect::get(state, &"scrollY".into())
        .ok()?
        .as_f64()
        .filter(|y| y.is_finite() && *y >= 0.0)
}

/// Back and forward are handled by the app, which draws the page first and then scrolls to
/// where it was: the browser's own restoring would scroll a page not yet drawn.
pub fn take_over_scroll_restoration() {
    if let Ok(history) = window().history() {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
}

/// The view the address bar holds now.
pub fn current_url_state() -> ViewState {
    let search = window().location().search().unwrap_or_default();
    url::decode(&search)
}

pub use crate::ui::saved::{Shortlist, SHORTLIST_KEY};

/// Every key this app saves on the device: what "Reset saved data" clears.
pub const SAVED_KEYS: [&str; 3] = [
    SHORTLIST_KEY,
    crate::ui::saved::OLD_SHORTLIST_KEY,
    LANGUAGE_KEY,
];

/// The id of the search box, where focus goes when the filters are cleared.
pub const SEARCH_INPUT_ID: &str = "search-input";

impl AppContext {
    /// "Clear all filters" (the panel's button or the empty state's): clears the search and
    /// filters, then puts focus in the search box, so focus never falls to the page body
    /// when the pressed button disappears or is disabled.
    pub fn clear_filters(&self) {
        self.go(self.now().with_filters_cleared());
        focus_after_render(SEARCH_INPUT_ID);
    }
}

/// Moves focus to the element with `id` once the next frame is drawn.
pub fn focus_after_render(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = focusable(document().get_element_by_id(id)) {
            let _ = element.focus();
        }
    });
}

/// Moves focus to the page's heading, or to `<main>` when it has none yet, and scrolls to
/// the top: where a screen reader should announce the user now is after a change of page.
pub fn focus_main_heading() {
    let document = document();
    let target = document
        .query_selector("main h1")
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id("main"));
    if let Some(element) = focusable(target) {
        if !element.has_attribute("tabindex") {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

fn focusable(element: Option<web_sys::Element>) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

const LANGUAGE_KEY: &str = "mflm-explorer.language";

/// The language to show: the one the link asks for (`lang=fr`), else the one chosen on this
/// device, else the first of the browser's preferred languages the app speaks, else English.
pub fn resolve_language(asked: Option<Lang>) -> Lang {
    asked
        .or_else(|| {
            DeviceStorage::raw()
                .get_item(LANGUAGE_KEY)
                .ok()
                .flatten()
                .and_then(|tag| Lang::from_tag(&tag))
        })
        .or_else(browser_language)
        .unwrap_or_default()
}

/// Keeps `lang` as this device's choice (the language menu calls it).
pub fn remember_language(lang: Lang) {
    // Storage may be full or disabled: the choice then lasts as long as the link's `lang=`.
    let _ = DeviceStorage::raw().set_item(LANGUAGE_KEY, lang.tag());
}

fn browser_language() -> Option<Lang> {
    let preferred: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    Lang::pick(&preferred.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Sets `<html lang dir>`, so screen readers, fonts, hyphenation and the layout's direction
/// follow the language shown.
pub fn set_document_language(lang: Lang) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
        let _ = root.set_attribute("dir", lang.dir());
    }
}

/// A `YYYY-MM-DD` date as the language writes it ("24 novembre 2026"), by the browser's own
/// `Intl.DateTimeFormat`; the date as given when the browser cannot.
pub fn format_date(lang: Lang, iso_date: &str) -> String {
    let date = js_sys::Date::new(&format!("{iso_date}T00:00:00Z").into());
    if date.get_time().is_nan() {
        return iso_date.to_string();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    // The interface's English is British ("Labour"), so are its dates: 30 November 2026.
    let locale = if lang == Lang::En {
        "en-GB"
    } else {
        lang.tag()
    };
    let locales = js_sys::Array::of1(&locale.into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    format
        .format()
        .call1(&format, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| iso_date.to_string())
}

/// The page's own address without its query: the base of links that leave the page (exports,
/// QR codes), so they still lead back to this same copy of the explorer.
pub fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The full address of `view` in this copy of the explorer; the default view's is the page's
/// own, with no bare "?" at its end.
pub fn address_of(view: &ViewState) -> String {
    format!("{}{}", base_url(), url::href(view).trim_end_matches('?'))
}

//! The roof: loads the data, provides the shared context, keeps the view in step with the
//! browser's history, sets the page title, and picks the page. Nothing imports this module.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use mflm_core::lang::Lang;
use mflm_core::query::{ItemRef, Page, ViewState};
use mflm_core::url;

use crate::strings::Strings;
use crate::ui::context::{
    address_bar_href, address_of, current_url_state, focus_main_heading, format_date,
    recorded_scroll, remember_language, resolve_language, set_document_language,
    take_over_scroll_restoration, AppContext, DataChoice, Loaded, URL_CATCH_UP_MS,
};
use crate::ui::first_view;
use crate::ui::load::{load_data, load_strings, LoadFailure, CONTENT_LANGUAGES};
use crate::ui::pages::crosswalk::Crosswalk;
use crate::ui::pages::objective::{ObjectivePage, TargetPage};
use crate::ui::pages::own_data::OwnDataPage;
use crate::ui::pages::{
    about::About, browse::Browse, country::CountryPage, guideline::GuidelinePage,
    instrument::InstrumentPage, instruments::InstrumentList, open_data::OpenDataPage,
    overview::Overview, present::Presentation, principle::PrinciplePage, profile::ProfilePage,
    propose::ProposePage, shortlist::ShortlistPage, subdivision::SubdivisionPage,
};
use crate::ui::parts::labels;
use crate::ui::parts::link::Link;
use crate::ui::parts::own_data_banner::OwnDataBanner;
use crate::ui::parts::profiles::printed_link_back;
use crate::ui::parts::qr::QrDisclosure;
use crate::ui::update::UpdateNotice;

#[component]
pub fn App() -> impl IntoView {
    let lang = resolve_language(current_url_state().lang);
    set_document_language(lang);
    // index.html's placeholder: its first view stays up for the explorer to take over when it
    // is the view about to be drawn; otherwise it goes now, and the loading view below (the
    // same header and message) takes its place in the same task, so nothing flickers.
    first_view::keep_if_right(&current_url_state(), lang);
    // "Try again" refetches; until the first answer the loading view shows (in English
    // until the language's words have arrived: a moment, and index.html says the same).
    let data = LocalResource::new(move || async move {
        let text = load_strings(lang).await;
        (text, load_data(lang, text).await)
    });
    // The user's own data file, when one is shown, stands in for the bundled data.
    let choice = DataChoice::default();
    provide_context(choice);
    move || match data.get() {
        None => {
            let text = Strings::english();
            view! {
                <header class="site-header">
                    <Brand text />
                </header>
                <p class="loading" role="status">
                    {text.loading}
                </p>
            }
            .into_any()
        }
        Some((text, Err(failure))) => {
            view! { <LoadFailed failure text retry=move || data.refetch() /> }.into_any()
        }
        Some((text, Ok(bundled))) => {
            let data = choice.own().map_or(bundled, |own| own.data);
            view! { <Explorer data lang text /> }.into_any()
        }
    }
}

#[component]
fn LoadFailed(
    failure: LoadFailure,
    text: &'static Strings,
    retry: impl Fn() + 'static,
) -> impl IntoView {
    first_view::remove();
    let problems = failure
        .problems
        .iter()
        .take(50)
        .map(|p| view! { <li>{p.clone()}</li> })
        .collect_view();
    view! {
        <main id="main" class="load-failed">
            <h1>{text.load_failed_title}</h1>
            <p>{text.load_failed_body}</p>
            <p class="reason">{failure.reason}</p>
            {(!failure.problems.is_empty()).then(|| view! { <p>{text.load_failed_problems}</p> })}
            <ul class="problems">{problems}</ul>
            <button type="button" on:click=move |_| retry()>
                {text.retry}
            </button>
        </main>
    }
}

#[component]
fn Explorer(data: Arc<Loaded>, lang: Lang, text: &'static Strings) -> impl IntoView {
    crate::ui::recovery::speak(text);
    // Before the address is tidied (which drops parameters it does not know).
    #[cfg(feature = "test-hooks")]
    if window()
        .location()
        .search()
        .is_ok_and(|s| s.contains("panic-on-purpose"))
    {
        panic!("a panic on purpose (test hook)");
    }
    // What the visitor typed into index.html's first view, if it is still up: the view starts
    // from it, and the first view goes once this page is drawn (the effect below).
    let typed = first_view::typed();
    let initial = match &typed {
        Some(typed) if !typed.text.is_empty() => current_url_state().with_search_text(&typed.text),
        _ => current_url_state(),
    };
    // A hostile or outdated link is shown as the view it decodes to, and the address bar
    // is tidied to match, so sharing it again shares what is on screen. A shared shortlist's
    // link keeps the list it carries (the shortlist page reads it from the address).
    let search = window().location().search().unwrap_or_default();
    let carries_a_list =
        initial.page == Page::Shortlist && mflm_core::shortlists::parse_shared(&search).is_some();
    if let (false, Ok(history)) = (carries_a_list, window().history()) {
        let canonical = address_bar_href(&initial);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&canonical));
    }
    let app = AppContext::new(data, initial, lang, text);
    provide_context(app.clone());
    let state = app.state;

    if let Some(typed) = typed {
        // Effects run after this page is in the document and before the browser paints.
        let typed = StoredValue::new(Some(typed));
        Effect::new(move |_| {
            if let Some(typed) = typed.try_update_value(Option::take).flatten() {
                first_view::take_over(typed);
            }
        });
    }

    take_over_scroll_restoration();
    let scroll_to_restore = app.scroll_to_restore;
    let popstate_app = app.clone();
    let popstate = window_event_listener(ev::popstate, move |event| {
        popstate_app.forget_pending_scroll();
        let next = current_url_state();
        let (same, same_page) = state.with_untracked(|now| (*now == next, now.page == next.page));
        if !same_page {
            scroll_to_restore.set_value(recorded_scroll(&event.state()));
        }
        if !same {
            popstate_app.forget_where_from();
            state.set(next);
        }
    });
    on_cleanup(move || popstate.remove());
    let scroll_app = app.clone();
    let scroll = window_event_listener(ev::scroll, move |_| scroll_app.scrolled());
    on_cleanup(move || scroll.remove());

    let page = Memo::new(move |_| state.with(|s| s.page.clone()));
    // The tab's title, in one place: the page's own heading, then the app's name. The results
    // say what was searched and how many filters are on, so tabs and history entries differ.
    // While a search is typed, the title follows once typing pauses, with the address
    // (AppContext::type_view): setting it took about 7 % of a keystroke's work.
    let title_app = app.clone();
    let title_later = StoredValue::new_local(None::<gloo_timers::callback::Timeout>);
    Effect::new(move |previous: Option<ViewState>| {
        let view = state.get();
        let title = page_title(&title_app, &view);
        let typed = title_app.typed_last()
            && previous.is_some_and(|p| p != view && p.with_search_text(&view.query.text) == view);
        if typed {
            let timer = gloo_timers::callback::Timeout::new(URL_CATCH_UP_MS, move || {
                document().set_title(&title);
            });
            title_later.set_value(Some(timer));
        } else {
            // Dropping a pending timer cancels it: an older title never lands late.
            title_later.set_value(None);
            document().set_title(&title);
        }
        view
    });
    // On a change of page (not of filters), move focus to the new heading so screen readers
    // announce where the user now is, and start at the top; back and forward instead return
    // to where that page was scrolled (the opened result in view).
    Effect::new(move |previous: Option<Page>| {
        let current = page.get();
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(move || {
                focus_main_heading();
                if let Some(y) = scroll_to_restore.try_update_value(Option::take).flatten() {
                    window().scroll_to_with_x_and_y(0.0, y);
                }
            });
        }
        current
    });

    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                focus_main_heading();
            }
        >
            {text.skip_to_content}
        </a>
        <header class="site-header">
            <Brand text />
            <SiteNav page />
            <LanguageMenu />
        </header>
        <OwnDataBanner />

        <main id="main" tabindex="-1">
            // Said once, at the top of every page, where the content is not translated.
            {(lang != Lang::En && !CONTENT_LANGUAGES.contains(&lang))
                .then(|| {
                    view! {
                        <p class="notice content-language" role="note">
                            {text.content_in_english}
                        </p>
                    }
                })}
            {move || match page.get() {
                Page::Browse => view! { <Browse /> }.into_any(),
                Page::Overview => view! { <Overview /> }.into_any(),
                Page::Instruments => view! { <InstrumentList /> }.into_any(),
                Page::About => view! { <About /> }.into_any(),
                Page::Shortlist => view! { <ShortlistPage /> }.into_any(),
                Page::Propose => view! { <ProposePage /> }.into_any(),
                Page::OpenData => view! { <OpenDataPage /> }.into_any(),
                Page::Crosswalk => view! { <Crosswalk /> }.into_any(),
                Page::Item(item) => view! { <ItemFrame item /> }.into_any(),
                Page::Present { deck, .. } => view! { <Presentation deck /> }.into_any(),
                Page::OwnData => view! { <OwnDataPage /> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{text.unofficial_notice}</p>
            <p class="no-print">
                <Link to=Signal::derive(move || {
                    state.with(|now| now.showing(Page::Propose))
                })>{text.nav_propose}</Link>
            </p>
            <p>
                {text
                    .compiled_on(&format_date(lang, &app.data.relations.framework().meta.compiled))}
            </p>
        </footer>
        <UpdateNotice />
    }
}

/// "<heading> · MFLM Explorer", or the app's name alone on the browse page.
fn page_title(app: &AppContext, view: &ViewState) -> String {
    let text = app.text;
    if view.page != Page::Browse {
        return text.page_title(&page_heading(app, &view.page));
    }
    let searched = view.query.text.trim();
    let filters = view.query.selected_count();
    let mut heading = Vec::new();
    if !searched.is_empty() {
        // A tab shows a few words; a pasted page of text would only make the title unwieldy.
        const SHOWN: usize = 60;
        let shown: String = searched.chars().take(SHOWN).collect();
        let ellipsis = if searched.chars().nth(SHOWN).is_some() {
            "…"
        } else {
            ""
        };
        heading.push(text.search_title(&format!("{shown}{ellipsis}")));
    }
    if filters > 0 {
        heading.push(text.with_active_count(text.filters_heading, filters));
    }
    if heading.is_empty() {
        text.app_name.to_string()
    } else {
        text.page_title(&heading.join(" · "))
    }
}

/// The page's own heading (the results' is the app's name).
fn page_heading(app: &AppContext, page: &Page) -> String {
    let text = app.text;
    match page {
        Page::Browse => text.app_name.to_string(),
        Page::Overview => text.overview_heading.to_string(),
        Page::Instruments => text.nav_instruments.to_string(),
        Page::About => text.about_heading.to_string(),
        Page::Shortlist => text.shortlist_heading.to_string(),
        Page::Propose => text.propose_heading.to_string(),
        Page::OpenData => text.open_data_heading.to_string(),
        Page::Crosswalk => text.crosswalk_heading.to_string(),
        Page::Present { .. } => text.present_label.to_string(),
        Page::OwnData => text.own_data_heading.to_string(),
        Page::Item(item) => {
            labels::item_title(app, item).unwrap_or_else(|| text.not_found_title.to_string())
        }
    }
}

/// An item page: the way back to the results, then the page for the item's kind.
#[component]
fn ItemFrame(item: ItemRef) -> impl IntoView {
    let app = crate::ui::context::use_app();
    let item_for_print = item.clone();
    // Opened from a page that is not a list (the crosswalk, the overview, a shortlist): the
    // way back leads there; from the results or another item, back to the results.
    let opened_from = app
        .came_from()
        .filter(|from| !matches!(from.page, Page::Browse | Page::Item(_)));
    let back_label = match &opened_from {
        Some(from) => app.text.back_to_page(&page_heading(&app, &from.page)),
        None => app.text.back_to_results.to_string(),
    };
    let back = Signal::derive(move || match &opened_from {
        Some(from) => from.clone(),
        None => app.state.with(ViewState::back_to_results),
    });
    let page = match item {
        ItemRef::Subdivision(id) => view! { <SubdivisionPage id /> }.into_any(),
        ItemRef::Principle(number) => view! { <PrinciplePage number /> }.into_any(),
        ItemRef::Guideline(id) => view! { <GuidelinePage id /> }.into_any(),
        ItemRef::Profile(id) => view! { <ProfilePage id /> }.into_any(),
        ItemRef::Instrument(id) => view! { <InstrumentPage id /> }.into_any(),
        ItemRef::Country(id) => view! { <CountryPage id /> }.into_any(),
        ItemRef::GcmObjective(number) => view! { <ObjectivePage number /> }.into_any(),
        ItemRef::SdgTarget(id) => view! { <TargetPage id /> }.into_any(),
    };
    let on_back = {
        let app = app.clone();
        move |event: leptos::ev::MouseEvent| {
            let wants_new_tab =
                event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
            if wants_new_tab || event.button() != 0 {
                return;
            }
            event.prevent_default();
            app.return_to(back.get_untracked());
        }
    };
    view! {
        <p class="back-link no-print">
            <a href=move || url::href(&back.get()) on:click=on_back>
                {back_label}
            </a>
        </p>
        <article class="item-page">{page}</article>
        {app
            .data
            .relations
            .item(&item_for_print)
            .is_some()
            .then(|| printed_link_back(&app, item_for_print.clone()))}
        <QrDisclosure address=Signal::derive(move || app.state.with(address_of)) />
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
fn SiteNav(page: Memo<Page>) -> impl IntoView {
    let app = crate::ui::context::use_app();
    let (text, shortlist, state) = (app.text, app.shortlist, app.state);
    let entries = [
        (Page::Browse, text.nav_browse),
        (Page::Overview, text.nav_overview),
        (Page::Instruments, text.nav_instruments),
        (Page::Crosswalk, text.nav_crosswalk),
        (Page::Shortlist, text.nav_shortlist),
        (Page::OpenData, text.nav_open_data),
        (Page::About, text.nav_about),
    ];
    let links = entries
        .into_iter()
        .map(|(target, label)| {
            let is_shortlist = target == Page::Shortlist;
            let current = {
                let target = target.clone();
                Signal::derive(move || page.get() == target)
            };
            let link_label = move || {
                if is_shortlist {
                    text.shortlist_count(shortlist.len())
                } else {
                    label.to_string()
                }
            };
            let to = Signal::derive(move || state.with(|now| now.showing(target.clone())));
            view! {
                <li>
                    <Link to current>
                        {link_label}
                    </Link>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label=text.nav_label>
            <ul>{links}</ul>
        </nav>
    }
}

/// The language menu: each language by its own name, as a real link to the same view in that
/// language (it opens afresh, with that language's words and content), remembered on this
/// device when chosen.
#[component]
fn LanguageMenu() -> impl IntoView {
    let app = crate::ui::context::use_app();
    let (state, current) = (app.state, app.lang);
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            let href = move || state.with(|now| url::href(&now.with_lang(lang)));
            view! {
                <li>
                    <a
                        href=href
                        hreflang=lang.tag()
                        lang=lang.tag()
                        dir=lang.dir()
                        aria-current=(lang == current).then_some("true")
                        on:click=move |_| remember_language(lang)
                    >
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-menu" aria-label=app.text.language_label>
            <ul>{links}</ul>
        </nav>
    }
}

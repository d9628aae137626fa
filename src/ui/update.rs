//! Offline support, seen from the page: registers the service worker (`public/sw.js`) and shows
//! a quiet notice when the copy is ready to use offline, or when a newer build has been
//! downloaded and is waiting, or when a file of the offline copy is damaged and could not be
//! downloaded again (no connection): the worker repairs such files by itself when it can.
//!
//! The waiting build never takes over by itself: the page keeps running on the files it
//! started with until the user presses "Reload", which tells the new worker to take over and
//! reloads once it has. So old code never runs against new files.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::context::use_app;

/// How long "Ready to use offline" stays on screen.
const OFFLINE_READY_MS: u32 = 6_000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Notice {
    Hidden,
    OfflineReady,
    NewVersion,
    Damaged,
}

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let text = use_app().text;
    let notice = RwSignal::new(Notice::Hidden);
    // Set by "Reload": the next change of worker reloads the page.
    let reloading = RwSignal::new(false);

    // Once the first results and the filter lists are drawn: setting up the offline copy
    // downloads and hashes every file of the build again, which would otherwise compete
    // with the first render for a slow phone's CPU and connection.
    when_idle(move || {
        if let Some(container) = service_worker_container() {
            start(container, notice, reloading);
        }
    });

    let reload = move |_| {
        reloading.set(true);
        match service_worker_container() {
            // The page reloads on "controllerchange", once the new worker has taken over.
            Some(container) => ask_waiting_worker_to_take_over(container),
            None => reload_page(),
        }
    };

    move || match notice.get() {
        Notice::Hidden => ().into_any(),
        // Both can be closed at once: on a small screen the notice covers the last lines.
        Notice::OfflineReady => view! {
            <div class="update-notice" role="status">
                <p>{text.offline_ready}</p>
                <CloseButton notice />
            </div>
        }
        .into_any(),
        Notice::Damaged => view! {
            <div class="update-notice" role="status">
                <p>{text.offline_damaged}</p>
                <CloseButton notice />
            </div>
        }
        .into_any(),
        Notice::NewVersion => view! {
            <div class="update-notice" role="status">
                <p>{text.new_version}</p>
                <button type="button" on:click=reload>
                    {text.reload}
                </button>
            </div>
        }
        .into_any(),
    }
}

/// The "×" that hides a notice.
#[component]
fn CloseButton(notice: RwSignal<Notice>) -> impl IntoView {
    let text = use_app().text;
    view! {
        <button
            type="button"
            class="close-notice"
            aria-label=text.close_notice
            title=text.close_notice
            on:click=move |_| notice.set(Notice::Hidden)
        >
            "×"
        </button>
    }
}

/// Runs `task` when the page is next idle, or after 3 s at the latest; where the browser
/// has no `requestIdleCallback`, after one second.
fn when_idle(task: impl FnOnce() + 'static) {
    let window = window();
    let callback = Closure::once_into_js(task);
    let has_idle_callbacks =
        js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if has_idle_callbacks {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(3_000);
        let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
    } else {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 1_000);
    }
}

/// `navigator.serviceWorker`, when this copy should use one: not from `file://` (the one-file
/// edition), not where the browser has none (old browsers, plain http on a LAN), and only in
/// the build that links a web app manifest (the one-file edition has neither).
fn service_worker_container() -> Option<Container> {
    let window = window();
    if window.location().protocol().ok()?.as_str() == "file:" {
        return None;
    }
    document()
        .query_selector("link[rel=manifest]")
        .ok()
        .flatten()?;
    let container =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker")).ok()?;
    if container.is_undefined() || container.is_null() {
        return None;
    }
    Some(container.unchecked_into())
}

/// The worker's events outlive the explorer that registered them (a user's own data file
/// redraws the explorer, and with it this notice), so every signal below is reached with
/// `try_`: a disposed one is simply not updated.
fn start(container: Container, notice: RwSignal<Notice>, reloading: RwSignal<bool>) {
    // Whether a worker (of this build or an earlier one) serves this page.
    let controlled = Rc::new(Cell::new(container.controller().is_some()));

    on(&container, "controllerchange", move || {
        if reloading.try_get_untracked().unwrap_or(false) {
            reload_page();
        } else if controlled.replace(true) {
            // Another tab let a new build take over; this page still runs the old one.
            notice.try_set(Notice::NewVersion);
        }
        // Otherwise the first worker has just taken this page: nothing changes for it.
    });

    // The worker checks the copy's files at each page load, repairing what it can; ask it
    // what it found. It also tells open pages when a later check finds damage.
    on_message(&container, move |data| {
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|t| t.as_string());
        // A waiting new build is complete and checked: its "Reload" is the better remedy.
        if kind.as_deref() == Some("damaged")
            && notice.try_get_untracked() != Some(Notice::NewVersion)
        {
            notice.try_set(Notice::Damaged);
        }
    });
    if let Some(worker) = container.controller() {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"health".into());
        worker.post_message(&message);
    }

    let registering = container.register("sw.js");
    leptos::task::spawn_local(async move {
        // A failure (a host that does not serve sw.js, some private browsing modes...) only
        // means no offline copy; the app works as before, so it is not reported.
        let registration = match wasm_bindgen_futures::JsFuture::from(registering).await {
            // Some automation settings resolve with nothing instead of a registration.
            Ok(registration) if registration.is_object() => registration,
            _ => return,
        };
        let registration: Registration = registration.unchecked_into();
        if registration.waiting().is_some() && container.controller().is_some() {
            notice.try_set(Notice::NewVersion);
        }
        let watched = registration.clone();
        on(&registration, "updatefound", move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let observed = worker.clone();
            let container = container.clone();
            on(&worker, "statechange", move || {
                if observed.state() != "installed" {
                    return;
                }
                // Every file is now on the device. With a worker already in charge this is
                // a newer build, waiting; without, it is the first copy, ready for offline.
                if container.controller().is_some() {
                    notice.try_set(Notice::NewVersion);
                } else {
                    show_offline_ready(notice);
                }
            });
        });
    });
}

fn show_offline_ready(notice: RwSignal<Notice>) {
    notice.try_set(Notice::OfflineReady);
    gloo_timers::callback::Timeout::new(OFFLINE_READY_MS, move || {
        if notice.try_get_untracked() == Some(Notice::OfflineReady) {
            notice.try_set(Notice::Hidden);
        }
    })
    .forget();
}

fn ask_waiting_worker_to_take_over(container: Container) {
    leptos::task::spawn_local(async move {
        let waiting = match wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
        {
            Ok(registration) if !registration.is_undefined() => {
                registration.unchecked_into::<Registration>().waiting()
            }
            _ => None,
        };
        match waiting {
            Some(worker) => {
                let message = js_sys::Object::new();
                // Setting a property on a fresh plain object cannot fail.
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
                worker.post_message(&message);
            }
            // Another tab already switched to the new build: a reload is all that is left.
            None => reload_page(),
        }
    });
}

fn reload_page() {
    let _ = window().location().reload();
}

/// Calls `handler` on every `event` from `target`, for the life of the page.
fn on(target: &web_sys::EventTarget, event: &str, handler: impl FnMut() + 'static) {
    let callback = Closure::<dyn FnMut()>::new(handler);
    let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Calls `handler` with the data of every message the service worker sends this page.
fn on_message(container: &Container, mut handler: impl FnMut(JsValue) + 'static) {
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        handler(js_sys::Reflect::get(&event, &"data".into()).unwrap_or(JsValue::NULL));
    });
    let _ =
        container.add_event_listener_with_callback("message", callback.as_ref().unchecked_ref());
    callback.forget();
}

// The few parts of the Service Worker API used here, declared directly (web-sys would need
// four more feature flags for the same three calls).
#[wasm_bindgen]
extern "C" {
    /// `navigator.serviceWorker`
    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type Container;
    #[wasm_bindgen(method, getter)]
    fn controller(this: &Container) -> Option<Worker>;
    #[wasm_bindgen(method)]
    fn register(this: &Container, url: &str) -> js_sys::Promise;
    #[wasm_bindgen(method, js_name = getRegistration)]
    fn get_registration(this: &Container) -> js_sys::Promise;

    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type Registration;
    #[wasm_bindgen(method, getter)]
    fn waiting(this: &Registration) -> Option<Worker>;
    #[wasm_bindgen(method, getter)]
    fn installing(this: &Registration) -> Option<Worker>;

    #[wasm_bindgen(extends = web_sys::EventTarget)]
    #[derive(Clone)]
    type Worker;
    #[wasm_bindgen(method, getter)]
    fn state(this: &Worker) -> String;
    #[wasm_bindgen(method, js_name = postMessage)]
    fn post_message(this: &Worker, message: &JsValue);
}

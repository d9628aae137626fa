//! Reading and checking a data file the user opened ("Your own data file"), without ever
//! freezing the page.
//!
//! The check (parse, shape walk, every reference, invisible characters: `data_file::check`)
//! runs in a worker, `public/own-data-worker.js`, which loads this app's own WebAssembly and
//! calls its exported `check_data_file`: a 20 MB file takes seconds to check, none of them on
//! the page's main thread. Where no worker can start (the one-file edition opens from
//! `file://`, which may not start one), the check runs on the main thread, after the
//! "Checking" message is drawn, and only for files up to [`MAIN_THREAD_LIMIT`].
//!
//! A file that passes is then parsed again (from the bytes checked) and indexed on the main thread (`prepare`), in
//! steps with a frame between them: its parse without the checks, its index, its relations.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use mflm_core::data_file::{self, Report};
use mflm_core::lang::Lang;
use mflm_core::model::Framework;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, Worker, WorkerOptions, WorkerType};

use crate::ui::context::Loaded;

/// The largest file checked on the main thread when no worker can start: 2 MiB, in bytes
/// (ten times the shipped file). Checking it takes about a tenth of a second on a laptop;
/// a bigger file would freeze the page for longer.
pub const MAIN_THREAD_LIMIT: usize = 2 * 1024 * 1024;

/// What checking a file came to.
#[derive(Clone, Debug)]
pub enum Checked {
    /// The check ran: its report, whether it ran in the background (a worker), and the bytes
    /// it checked (what [`prepare`] reads if the file is used: not the file on disk again,
    /// which may have changed since).
    Done {
        report: Report,
        in_background: bool,
        bytes: Option<js_sys::ArrayBuffer>,
    },
    /// The check could not finish (the worker ran out of memory, say): why, in English.
    Stopped(String),
}

thread_local! {
    /// The worker checking a file now, stopped when another file is chosen or the page left.
    static CURRENT: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Stops the check under way, if any (its answer will never come).
pub fn cancel() {
    if let Some(worker) = CURRENT.with(|current| current.borrow_mut().take()) {
        worker.terminate();
    }
}

/// Checks `file` by the same rules as the bundled data, in a worker if one can start.
pub async fn check(file: &File) -> Checked {
    cancel();
    let size = file.size() as usize;
    if size > data_file::MAX_BYTES {
        let report = Report::TooLarge {
            bytes: size,
            limit: data_file::MAX_BYTES,
        };
        return Checked::Done {
            report,
            in_background: true,
            bytes: None,
        };
    }
    if let Some(worker) = start_worker() {
        match in_worker(worker, file).await {
            Ok((report, bytes)) => {
                return Checked::Done {
                    report,
                    in_background: true,
                    bytes,
                }
            }
            Err(WorkerError::Stopped(reason)) => return Checked::Stopped(reason),
            Err(WorkerError::Unavailable) => {}
        }
    }
    // No worker: on this thread, once the "Checking" message has been drawn.
    if size > MAIN_THREAD_LIMIT {
        let report = Report::TooLarge {
            bytes: size,
            limit: MAIN_THREAD_LIMIT,
        };
        return Checked::Done {
            report,
            in_background: false,
            bytes: None,
        };
    }
    let buffer = match read(file).await {
        Ok(buffer) => buffer,
        Err(reason) => return Checked::Stopped(reason),
    };
    next_task().await;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let (report, _) = data_file::check(&bytes, MAIN_THREAD_LIMIT);
    Checked::Done {
        report,
        in_background: false,
        bytes: Some(buffer),
    }
}

/// Reads the bytes of a file that passed the check and indexes them for `lang`, yielding to
/// the browser between the steps. No translation is laid over it: ours are of the bundled
/// texts, and may not match the file's.
pub async fn prepare(buffer: js_sys::ArrayBuffer, lang: Lang) -> Result<Arc<Loaded>, String> {
    next_task().await;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    drop(buffer);
    let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
    let framework = Framework::from_json(text.strip_prefix('\u{feff}').unwrap_or(&text))
        .map_err(|e| e.to_string())?;
    drop(text);
    mark("mflm:own-data-parsed");
    next_task().await;
    let index = mflm_core::engine::Index::new(&framework, lang);
    mark("mflm:own-data-indexed");
    next_task().await;
    let relations = mflm_core::relations::Relations::new(framework);
    mark("mflm:own-data-related");
    Ok(Arc::new(Loaded { relations, index }))
}

async fn read(file: &File) -> Result<js_sys::ArrayBuffer, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| describe(&e))?;
    buffer.dyn_into().map_err(|e| describe(&e))
}

enum WorkerError {
    /// No worker could start, or its script could not load: check on this thread instead.
    Unavailable,
    /// The worker started and the check stopped: why.
    Stopped(String),
}

/// The checker's worker, given the addresses of this app's JavaScript module and wasm (the
/// build names them with a hash; index.html preloads both). `None` when the page has no such
/// links (the one-file edition) or the browser refuses the worker (`file://`).
fn start_worker() -> Option<(Worker, String, String)> {
    let document = document();
    let address = |selector: &str| {
        let link = document.query_selector(selector).ok().flatten()?;
        // The `href` property: the address resolved against the page's.
        js_sys::Reflect::get(&link, &"href".into())
            .ok()?
            .as_string()
    };
    let module = address("link[rel=modulepreload][href$='.js']")?;
    let wasm = address("link[rel=preload][href$='.wasm']")?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options("own-data-worker.js", &options).ok()?;
    CURRENT.with(|current| *current.borrow_mut() = Some(worker.clone()));
    Some((worker, module, wasm))
}

/// Sends `file` (a handle: the worker reads it) to the worker and waits for its report and
/// the bytes it checked, handed back without a copy. The page's thread reads nothing.
async fn in_worker(
    (worker, module, wasm): (Worker, String, String),
    file: &File,
) -> Result<(Report, Option<js_sys::ArrayBuffer>), WorkerError> {
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |event: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        // The script could not load (or the browser refused it): no answer will come.
        let on_error = Closure::once_into_js(move |event: web_sys::Event| {
            event.prevent_default();
            let _ = reject.call0(&JsValue::NULL);
        });
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"module".into(), &module.into());
    let _ = js_sys::Reflect::set(&message, &"wasm".into(), &wasm.into());
    let _ = js_sys::Reflect::set(&message, &"file".into(), file);
    if worker.post_message(&message).is_err() {
        worker.terminate();
        return Err(WorkerError::Unavailable);
    }
    let answer = JsFuture::from(answer).await;
    worker.terminate();
    CURRENT.with(|current| current.borrow_mut().take());
    let answer = answer.map_err(|_| WorkerError::Unavailable)?;
    let field = |name: &str| js_sys::Reflect::get(&answer, &name.into()).ok();
    let text = |name: &str| field(name).and_then(|v| v.as_string());
    if let Some(report) = text("report") {
        let report = Report::from_json(&report)
            .ok_or_else(|| WorkerError::Stopped("the checker's answer was unreadable".into()))?;
        let bytes = field("bytes").and_then(|b| b.dyn_into::<js_sys::ArrayBuffer>().ok());
        return Ok((report, bytes));
    }
    Err(WorkerError::Stopped(
        text("error").unwrap_or_else(|| "no answer from the checker".into()),
    ))
}

/// Waits for the next task, so the browser can draw and take input in between.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

/// A User Timing mark, as the start-up's (see `load.rs`): the browser tests and the
/// performance panel read them.
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// A JavaScript error as a sentence.
fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the file could not be read".into())
}

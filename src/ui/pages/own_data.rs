//! "Your own data file": open (or drop) a compilation file; it is checked by the same
//! validator as the bundled data (in the background, see `ui::own_file`); its problems are
//! listed by item and field; a file that passes can stand in for the bundled compilation for
//! this visit (`DataChoice`), with a banner on every page and a way back. Nothing is uploaded.

use leptos::prelude::*;
use mflm_core::data_file::{Listed, Report};
use mflm_core::query::ViewState;
use web_sys::File;

use crate::ui::context::{use_app, use_data_choice, OwnData};
use crate::ui::own_file::{self, Checked};

/// Where the page is with a file.
#[derive(Clone)]
enum Status {
    Idle,
    Checking { name: String, megabytes: f64 },
    Checked { file: File, checked: Checked },
    Preparing { name: String },
}

const INPUT_ID: &str = "own-data-file";

#[component]
pub fn OwnDataPage() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let status = RwSignal::new_local(Status::Idle);
    // Each file chosen gets a number; an answer about an earlier one is dropped.
    let generation = StoredValue::new(0u32);
    on_cleanup(own_file::cancel);

    let open = move |file: File| {
        let turn = generation.get_value() + 1;
        generation.set_value(turn);
        status.set(Status::Checking {
            name: file.name(),
            megabytes: megabytes(file.size() as usize),
        });
        leptos::task::spawn_local(async move {
            let checked = own_file::check(&file).await;
            if generation.try_get_value() == Some(turn) {
                status.try_set(Status::Checked { file, checked });
            }
        });
    };
    let on_change = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open(file);
        }
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let file = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            open(file);
        }
    };

    view! {
        <h1>{text.own_data_heading}</h1>
        <p>{text.own_data_intro}</p>
        <p>{text.own_data_private}</p>
        <p>{text.own_data_translations}</p>
        <div
            class="drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |event: leptos::ev::DragEvent| {
                event.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label for=INPUT_ID>{text.own_data_choose}</label>
            <input type="file" id=INPUT_ID accept=".json,application/json" on:change=on_change />
            <p class="drop-hint">{text.own_data_drop}</p>
        </div>
        <div class="own-data-result">{move || show(status)}</div>
    }
}

fn megabytes(bytes: usize) -> f64 {
    (bytes as f64 / 1_048_576.0 * 10.0).round() / 10.0
}

fn show(status: RwSignal<Status, LocalStorage>) -> AnyView {
    let app = use_app();
    let text = app.text;
    match status.get() {
        Status::Idle => ().into_any(),
        Status::Checking { name, megabytes } => view! {
            <p role="status" class="checking">
                {text.own_data_checking(&name, megabytes)}
            </p>
        }
        .into_any(),
        Status::Preparing { name } => view! {
            <p role="status" class="checking">
                {text.own_data_preparing(&name)}
            </p>
        }
        .into_any(),
        Status::Checked { file, checked } => outcome(status, file, checked),
    }
}

/// A sentence in an alert, for a file that could not be checked at all.
fn refusal(message: String) -> AnyView {
    view! {
        <p role="alert" class="own-data-refused">
            {message}
        </p>
    }
    .into_any()
}

fn outcome(status: RwSignal<Status, LocalStorage>, file: File, checked: Checked) -> AnyView {
    let app = use_app();
    let text = app.text;
    let name = file.name();
    let (report, bytes) = match checked {
        Checked::Stopped(reason) => return refusal(text.own_data_failed(&reason)),
        Checked::Done {
            report,
            in_background,
            bytes,
        } => match report {
            Report::Empty => return refusal(text.own_data_empty(&name)),
            Report::TooLarge { bytes, limit } => {
                return refusal(text.own_data_too_large(
                    &name,
                    megabytes(bytes),
                    megabytes(limit),
                    in_background,
                ));
            }
            Report::NotUtf8 { valid_up_to } => {
                return refusal(text.own_data_not_utf8(&name, valid_up_to))
            }
            Report::NotJson { at, detail } => {
                return refusal(text.own_data_not_json(&name, &at, &detail))
            }
            Report::TooDeep { at } => return refusal(text.own_data_too_deep(&name, &at)),
            report => (report, bytes),
        },
    };
    match report {
        Report::Problems { total, listed } => view! {
            <div role="status">
                <h2>{text.own_data_problems(&name, total)}</h2>
            </div>
            <p>{text.own_data_problems_hint}</p>
            {(listed.len() < total)
                .then(|| view! { <p>{text.own_data_listed_first(listed.len())}</p> })}
            {problem_table(&listed)}
        }
        .into_any(),
        Report::Valid {
            counts,
            total_warnings,
            warnings,
        } => {
            let choice = use_data_choice();
            let lang = app.lang;
            let shown = name.clone();
            let use_it = move |_| {
                let (file, name) = (file.clone(), name.clone());
                let Some(bytes) = bytes.clone() else {
                    return;
                };
                status.set(Status::Preparing { name: name.clone() });
                // The file was opened to be explored: its whole list, in the page's language
                // (filters chosen before may not exist in it).
                let list = ViewState {
                    lang: app.now().lang,
                    ..ViewState::default()
                };
                leptos::task::spawn_local(async move {
                    match own_file::prepare(bytes, lang).await {
                        Ok(data) => choice.show_own(OwnData { name, data }, &list),
                        Err(reason) => {
                            status.try_set(Status::Checked {
                                file,
                                checked: Checked::Stopped(reason),
                            });
                        }
                    }
                });
            };
            view! {
                <div role="status">
                    <h2>{text.own_data_valid(&shown, counts.searchable())}</h2>
                </div>
                <p>{text.own_data_valid_counts(&counts)}</p>
                {(total_warnings > 0)
                    .then(|| {
                        view! {
                            <p>{text.own_data_warnings(total_warnings)}</p>
                            {problem_table(&warnings)}
                        }
                    })}
                <button type="button" class="primary" on:click=use_it>
                    {text.own_data_use}
                </button>
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}

/// Problems (or warnings) as a table: item, field, what is wrong; every cell plain text.
fn problem_table(listed: &[Listed]) -> impl IntoView {
    let text = use_app().text;
    let rows = listed
        .iter()
        .map(|problem| {
            view! {
                <tr>
                    <td>{problem.item.clone()}</td>
                    <td>{problem.field.clone()}</td>
                    <td>{problem.message.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="own-data-problems">
                <thead>
                    <tr>
                        <th scope="col">{text.own_data_col_item}</th>
                        <th scope="col">{text.own_data_col_field}</th>
                        <th scope="col">{text.own_data_col_problem}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

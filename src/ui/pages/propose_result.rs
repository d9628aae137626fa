//! The proposal form's outcome (the propose page's own pieces): the error summary after a
//! failed check, and the finished proposal (the file to download, the e-mail text to copy).

use leptos::prelude::*;
use mflm_core::proposal::{Field, ProposalFile};
use wasm_bindgen::JsCast;

use crate::strings::Strings;
use crate::ui::context::AppContext;
use crate::ui::pages::propose_fields::{target_id, Form};
use crate::ui::parts::copy::CopyButton;
use crate::ui::parts::export::download;

/// A field's name as the error summary gives it.
fn field_label(text: &'static Strings, field: Field) -> String {
    let label = match field {
        Field::Title => text.propose_title,
        Field::Summary => text.propose_summary,
        Field::Kind => text.propose_kind,
        Field::Countries => text.propose_countries,
        Field::Regions => text.propose_regions,
        Field::Sectors => text.propose_sectors,
        Field::Period => text.propose_period,
        Field::Actors => text.propose_actors,
        Field::ActorType(row) => return text.propose_actor_type(row),
        Field::ActorName(row) => return text.propose_actor_name(row),
        Field::Principles => text.propose_principles,
        Field::Guidelines => text.propose_guidelines,
        Field::Instruments => text.propose_instruments,
        Field::Tags => text.propose_tags,
        Field::SourceTitle => text.propose_source_title,
        Field::SourceCitation => text.propose_source_citation,
        Field::SourceLocator => text.propose_source_locator,
        Field::SourceUrl => text.propose_source_url,
        Field::Contact => text.propose_contact,
        Field::Proposal => text.propose_heading,
    };
    label.to_string()
}

/// The problems at the top, after a failed submit: a heading with their count and one link
/// per problem to its field. Focus moves here (the page does it).
pub fn error_summary(form: Form, attempted: bool) -> Option<impl IntoView> {
    let problems = form.problems.get();
    if !attempted || problems.is_empty() {
        return None;
    }
    let text = form.text;
    let items = problems
        .iter()
        .map(|problem| {
            let field = problem.field;
            let message = form.errors(field);
            let target = target_id(field);
            let label = field_label(text, field);
            let line = text.propose_error_line(&label, &message.join(" "));
            let href = format!("#{target}");
            view! {
                <li>
                    <a
                        href=href
                        on:click=move |ev| {
                            ev.prevent_default();
                            if let Some(element) = document()
                                .get_element_by_id(&target)
                                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                            {
                                let _ = element.focus();
                            }
                        }
                    >
                        {line}
                    </a>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div
            class="error-summary"
            id="propose-errors"
            tabindex="-1"
            aria-labelledby="propose-errors-heading"
        >
            <h2 id="propose-errors-heading">{text.propose_errors_heading(problems.len())}</h2>
            <ul>{items}</ul>
        </div>
    })
}

/// The valid proposal: the file to download and the e-mail text with a copy button.
pub fn done_view(app: &AppContext, file: ProposalFile) -> impl IntoView {
    let text = app.text;
    let email = file.email_text(app.data.relations.framework());
    let (name, json) = (file.file_name(), file.to_json());
    view! {
        <section class="propose-done" aria-labelledby="propose-done-heading">
            <h2 id="propose-done-heading" tabindex="-1">
                {text.propose_done_heading}
            </h2>
            <p>{text.propose_done_body}</p>
            <p>
                <button
                    type="button"
                    on:click=move |_| download(&name, "application/json;charset=utf-8", &json)
                >
                    {text.propose_download}
                </button>
            </p>
            <label for="propose-email">{text.propose_email_label}</label>
            <textarea id="propose-email" readonly rows="14" prop:value=email.clone()></textarea>
            <p>
                <CopyButton text=email.clone() label=text.propose_copy />
            </p>
        </section>
    }
}

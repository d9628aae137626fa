//! The proposal form's fields (the propose page's own pieces): each with its label, help and
//! required mark, its errors right after the help (`aria-describedby`, `aria-invalid`), and
//! an element id the error summary links to (`propose-<field>`, see [`target_id`]).

use std::sync::Arc;

use leptos::prelude::*;
use mflm_core::proposal::{Choice, Choices, Draft, Field, FieldProblem};

use crate::strings::Strings;

/// A country's or region's name from its id.
pub type NameOf = dyn Fn(&str) -> String + Send + Sync;

/// The form's state: the draft as typed, the problems shown (after a submit), and the
/// options. `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct Form {
    pub draft: RwSignal<Draft>,
    pub problems: RwSignal<Vec<FieldProblem>>,
    pub text: &'static Strings,
    pub choices: StoredValue<Arc<Choices>>,
    /// Called after every edit (save the draft, check again if a submit failed).
    pub edited: StoredValue<Arc<dyn Fn() + Send + Sync>>,
    /// A country or region id's name in the reader's language, for messages.
    pub name_of: StoredValue<Arc<NameOf>>,
}

impl Form {
    pub fn edit(&self, change: impl FnOnce(&mut Draft)) {
        let choices = self.choices.get_value();
        self.draft.update(|draft| {
            change(draft);
            // Guideline themes only under a ticked principle.
            let ticked = draft.principles.clone();
            draft.guidelines.retain(|id| {
                choices
                    .guidelines
                    .iter()
                    .any(|(number, c)| &c.id == id && ticked.contains(&number.to_string()))
            });
        });
        (self.edited.get_value())();
    }

    /// The messages for `field`, in the reader's language.
    pub fn errors(&self, field: Field) -> Vec<String> {
        let name_of = self.name_of.get_value();
        self.problems.with(|problems| {
            problems
                .iter()
                .filter(|p| p.field == field)
                .map(|p| self.text.propose_issue(&p.issue, |id| name_of(id)))
                .collect()
        })
    }
}

/// The id of the element the error summary's link for `field` moves focus to.
pub fn target_id(field: Field) -> String {
    format!("propose-{}", field.id())
}

/// The field's errors, as a paragraph with the id `aria-describedby` names; nothing when none.
pub fn errors_view(form: Form, field: Field) -> impl IntoView {
    let id = format!("{}-error", target_id(field));
    move || {
        let errors = form.errors(field);
        (!errors.is_empty()).then(|| {
            view! {
                <p class="field-error" id=id.clone()>
                    {errors.join(" ")}
                </p>
            }
        })
    }
}

/// `aria-describedby`: the help when there is one, then the errors when there are some.
pub fn described_by(form: Form, field: Field, help: bool) -> impl Fn() -> Option<String> + Copy {
    move || {
        let id = target_id(field);
        let mut ids = Vec::new();
        if help {
            ids.push(format!("{id}-help"));
        }
        if form.problems.with(|p| p.iter().any(|p| p.field == field)) {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

pub fn invalid(form: Form, field: Field) -> impl Fn() -> Option<&'static str> + Copy {
    move || {
        form.problems
            .with(|p| p.iter().any(|p| p.field == field))
            .then_some("true")
    }
}

pub fn label_text(form: Form, label: String, required: bool) -> impl IntoView {
    view! {
        {label}
        {required
            .then(|| {
                view! {
                    " "
                    <span class="required" aria-hidden="true">
                        {form.text.propose_required}
                    </span>
                }
            })}
    }
}

pub fn help_view(field: Field, help: Option<&'static str>) -> impl IntoView {
    help.map(|help| {
        view! {
            <p class="help" id=format!("{}-help", target_id(field))>
                {help}
            </p>
        }
    })
}

/// One line or several of text.
#[allow(clippy::too_many_arguments)]
pub fn text_field(
    form: Form,
    field: Field,
    label: String,
    help: Option<&'static str>,
    required: bool,
    multiline: bool,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let id = target_id(field);
    let value = move || form.draft.with(|d| get(d).clone());
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        form.edit(|d| set(d, typed));
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="5"
                aria-required=required.then_some("true")
                aria-invalid=invalid(form, field)
                aria-describedby=described_by(form, field, help.is_some())
                prop:value=value
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                aria-required=required.then_some("true")
                aria-invalid=invalid(form, field)
                aria-describedby=described_by(form, field, help.is_some())
                prop:value=value
                on:input=on_input
            />
        }
        .into_any()
    };
    view! {
        <div class="propose-field">
            <label for=id>{label_text(form, label, required)}</label>
            {help_view(field, help)}
            {errors_view(form, field)}
            {control}
        </div>
    }
}

/// A `<select>` of options with a blank first choice.
pub fn select_field(
    form: Form,
    field: Field,
    label: String,
    options: Vec<Choice>,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let id = target_id(field);
    let options = options
        .into_iter()
        .map(|choice| {
            let id = choice.id.clone();
            view! {
                <option
                    value=choice.id
                    lang=english_unless(choice.translated)
                    prop:selected=move || form.draft.with(|d| *get(d) == id)
                >
                    {choice.label}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="propose-field">
            <label for=id.clone()>{label_text(form, label, true)}</label>
            {errors_view(form, field)}
            <select
                id=id
                aria-required="true"
                aria-invalid=invalid(form, field)
                aria-describedby=described_by(form, field, false)
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    form.edit(|d| set(d, chosen));
                }
            >
                <option value="" prop:selected=move || form.draft.with(|d| get(d).is_empty())>
                    {form.text.propose_choose}
                </option>
                {options}
            </select>
        </div>
    }
}

/// A group of checkboxes, one per option.
#[allow(clippy::too_many_arguments)]
pub fn checkbox_group(
    form: Form,
    field: Field,
    legend: &'static str,
    help: Option<&'static str>,
    required: bool,
    options: impl Fn() -> Vec<Choice> + Send + Sync + 'static,
    get: fn(&Draft) -> &Vec<String>,
    set: fn(&mut Draft) -> &mut Vec<String>,
) -> impl IntoView {
    let boxes = move || {
        options()
            .into_iter()
            .map(|choice| {
                let box_id = format!("{}-{}", target_id(field), choice.id);
                let (a, b) = (choice.id.clone(), choice.id.clone());
                view! {
                    <li>
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            aria-invalid=invalid(form, field)
                            prop:checked=move || form.draft.with(|d| get(d).contains(&a))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let id = b.clone();
                                form.edit(|d| {
                                    let list = set(d);
                                    list.retain(|x| *x != id);
                                    if on {
                                        list.push(id);
                                    }
                                });
                            }
                        />
                        <label for=box_id lang=english_unless(choice.translated)>
                            {choice.label}
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset
            class="propose-field propose-group"
            id=target_id(field)
            tabindex="-1"
            aria-describedby=described_by(form, field, help.is_some())
        >
            <legend>{label_text(form, legend.to_string(), required)}</legend>
            {help_view(field, help)}
            {errors_view(form, field)}
            <ul class="propose-options">{boxes}</ul>
        </fieldset>
    }
}

/// `lang="en"` on a label that is the English fallback of an untranslated text.
pub fn english_unless(translated: bool) -> Option<&'static str> {
    (!translated).then_some("en")
}

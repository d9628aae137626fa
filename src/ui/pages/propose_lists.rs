//! The proposal form's list fields (the propose page's own pieces): choosing from a long
//! list (countries, instruments) and the rows of actors.

use std::sync::Arc;

use leptos::prelude::*;
use mflm_core::proposal::{Choice, Choices, Draft, DraftActor, Field};

use crate::ui::pages::propose_fields::{
    described_by, english_unless, errors_view, help_view, invalid, label_text, target_id, Form,
};

/// Choose from a long list (countries, instruments): a `<select>` and an "Add" button, the
/// chosen ones listed below, each with a button to remove it. `added` runs after an addition
/// (a country ticks its region).
#[allow(clippy::too_many_arguments)]
pub fn pick_list(
    form: Form,
    field: Field,
    label: &'static str,
    help: &'static str,
    add_label: &'static str,
    options: Vec<Choice>,
    get: fn(&Draft) -> &Vec<String>,
    list: fn(&mut Draft) -> &mut Vec<String>,
    added: fn(&mut Draft, &str, &Choices),
) -> impl IntoView {
    let id = target_id(field);
    let picked = RwSignal::new(String::new());
    let options = Arc::new(options);
    let option_views = options
        .iter()
        .map(|c| {
            view! {
                <option value=c.id.clone() lang=english_unless(c.translated)>
                    {c.label.clone()}
                </option>
            }
        })
        .collect_view();
    let add = move |_| {
        let id = picked.get_untracked();
        if id.is_empty() {
            return;
        }
        let choices = form.choices.get_value();
        form.edit(|d| {
            if !list(d).contains(&id) {
                list(d).push(id.clone());
                added(d, &id, &choices);
            }
        });
    };
    let chosen = move || {
        let ids = form.draft.with(|d| get(d).clone());
        ids.into_iter()
            .map(|id| {
                let (name, translated) = options
                    .iter()
                    .find(|c| c.id == id)
                    .map_or((id.clone(), true), |c| (c.label.clone(), c.translated));
                let remove = form.text.propose_remove(&name);
                view! {
                    <li>
                        <span lang=english_unless(translated)>{name}</span>
                        " "
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| form.edit(|d| list(d).retain(|x| *x != id))
                        >
                            {remove}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="propose-field">
            <label for=id.clone()>{label}</label>
            {help_view(field, Some(help))}
            {errors_view(form, field)}
            <div class="propose-pick">
                <select
                    id=id
                    aria-invalid=invalid(form, field)
                    aria-describedby=described_by(form, field, true)
                    on:change=move |ev| picked.set(event_target_value(&ev))
                >
                    <option value="">{form.text.propose_choose}</option>
                    {option_views}
                </select>
                <button type="button" on:click=add>
                    {add_label}
                </button>
            </div>
            <ul class="propose-chosen">{chosen}</ul>
        </div>
    }
}

/// The actors: one row per actor (type and name), rows added and removed with buttons.
pub fn actors_field(form: Form) -> impl IntoView {
    let text = form.text;
    let rows = Memo::new(move |_| form.draft.with(|d| d.actors.len().max(1)));
    let types = form.choices.get_value().actor_types.clone();
    let row_view = move |row: usize| {
        let type_field = Field::ActorType(row);
        let name_field = Field::ActorName(row);
        let options = types
            .iter()
            .map(|c| {
                let id = c.id.clone();
                let selected = move || {
                    form.draft
                        .with(|d| d.actors.get(row).is_some_and(|a| a.actor_type == id))
                };
                view! {
                    <option
                        value=c.id.clone()
                        lang=english_unless(c.translated)
                        prop:selected=selected
                    >
                        {c.label.clone()}
                    </option>
                }
            })
            .collect_view();
        view! {
            <li class="propose-actor">
                <div class="propose-field">
                    <label for=target_id(type_field)>{text.propose_actor_type(row)}</label>
                    {errors_view(form, type_field)}
                    <select
                        id=target_id(type_field)
                        aria-invalid=invalid(form, type_field)
                        aria-describedby=described_by(form, type_field, false)
                        on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            form.edit(|d| actor_row(d, row).actor_type = chosen);
                        }
                    >
                        <option
                            value=""
                            prop:selected=move || {
                                form.draft
                                    .with(|d| {
                                        d.actors.get(row).is_none_or(|a| a.actor_type.is_empty())
                                    })
                            }
                        >
                            {text.propose_choose}
                        </option>
                        {options}
                    </select>
                </div>
                <div class="propose-field">
                    <label for=target_id(name_field)>{text.propose_actor_name(row)}</label>
                    {errors_view(form, name_field)}
                    <input
                        id=target_id(name_field)
                        type="text"
                        aria-invalid=invalid(form, name_field)
                        aria-describedby=described_by(form, name_field, false)
                        prop:value=move || {
                            form.draft.with(|d| d.actors.get(row).map(|a| a.name.clone()))
                        }
                        on:input=move |ev| {
                            let typed = event_target_value(&ev);
                            form.edit(|d| actor_row(d, row).name = typed);
                        }
                    />
                </div>
                {(row > 0)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| {
                                    form.edit(|d| {
                                        if row < d.actors.len() {
                                            d.actors.remove(row);
                                        }
                                    })
                                }
                            >
                                {text.propose_remove_actor(row)}
                            </button>
                        }
                    })}
            </li>
        }
    };
    view! {
        <fieldset
            class="propose-field propose-group"
            id=target_id(Field::Actors)
            tabindex="-1"
            aria-describedby=described_by(form, Field::Actors, true)
        >
            <legend>{label_text(form, text.propose_actors.to_string(), true)}</legend>
            {help_view(Field::Actors, Some(text.propose_actors_help))}
            {errors_view(form, Field::Actors)}
            <ol class="propose-actors">
                {move || (0..rows.get()).map(row_view.clone()).collect_view()}
            </ol>
            <button
                type="button"
                on:click=move |_| {
                    form.edit(|d| {
                        let rows = d.actors.len().max(1);
                        d.actors.resize(rows + 1, DraftActor::default());
                    })
                }
            >
                {text.propose_add_actor}
            </button>
        </fieldset>
    }
}

/// Row `row` of the draft's actors, added (blank) if the draft has fewer.
fn actor_row(draft: &mut Draft, row: usize) -> &mut DraftActor {
    if draft.actors.len() <= row {
        draft.actors.resize(row + 1, DraftActor::default());
    }
    &mut draft.actors[row]
}

//! Propose a practice: a form that walks a contributor through a profile's fields and checks
//! them with the core's `proposal::check` (the validator's vocabularies and rules). A failed
//! check lists the problems at the top, each a link to its field, and moves focus there; each
//! field shows its own. A valid proposal becomes a file to download and a text to paste in an
//! e-mail. Nothing is sent anywhere. The draft is kept in this tab's session storage, so a
//! reload loses nothing (and an unreadable store gives an empty form).

use std::sync::Arc;

use leptos::prelude::*;
use mflm_core::proposal::{self, Choices, Draft, Field, ProposalFile};
use mflm_core::relations::Vocabulary;

use crate::ui::context::{focus_after_render, use_app};
use crate::ui::pages::propose_fields::{checkbox_group, select_field, text_field, Form};
use crate::ui::pages::propose_lists::{actors_field, pick_list};
use crate::ui::pages::propose_result::{done_view, error_summary};

/// Where the draft is kept: this tab's session storage.
const DRAFT_KEY: &str = "mflm-explorer.proposal-draft";

fn saved_draft() -> Draft {
    let stored = window()
        .session_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten());
    stored.map_or_else(Draft::default, |json| Draft::from_saved(&json))
}

fn save_draft(draft: &Draft) {
    if let Ok(Some(storage)) = window().session_storage() {
        let _ = storage.set_item(DRAFT_KEY, &draft.to_saved());
    }
}

/// Today in UTC, `YYYY-MM-DD`.
fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

#[component]
pub fn ProposePage() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let framework = app.data.relations.framework();
    let choices = Arc::new(Choices::new(framework, app.lang));
    let mut initial = saved_draft();
    if initial.actors.is_empty() {
        initial.actors.push(Default::default());
    }
    let draft = RwSignal::new(initial);
    let problems = RwSignal::new(Vec::new());
    let attempted = RwSignal::new(false);
    let done: RwSignal<Option<ProposalFile>> = RwSignal::new(None);

    let check_app = app.clone();
    let check = move || {
        proposal::check(
            check_app.data.relations.framework(),
            &draft.get_untracked(),
            &today(),
        )
    };
    let check = Arc::new(check);
    let edited = {
        let check = check.clone();
        move || {
            draft.with_untracked(save_draft);
            done.set(None);
            // After a failed submit, the problems follow the edits: fixed ones go away.
            if attempted.get_untracked() {
                problems.set(check().err().unwrap_or_default());
            }
        }
    };
    let names_app = app.clone();
    let name_of = move |id: &str| {
        let relations = &names_app.data.relations;
        match relations.country(id) {
            Some(_) => relations.country_name(id, names_app.lang).to_string(),
            None => relations
                .label(Vocabulary::Region, id, names_app.lang)
                .to_string(),
        }
    };
    let form = Form {
        draft,
        problems,
        text,
        choices: StoredValue::new(choices.clone()),
        edited: StoredValue::new(Arc::new(edited)),
        name_of: StoredValue::new(Arc::new(name_of)),
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        match check() {
            Ok(file) => {
                problems.set(Vec::new());
                done.set(Some(file));
                focus_after_render("propose-done-heading");
            }
            Err(found) => {
                problems.set(found);
                done.set(None);
                focus_after_render("propose-errors");
            }
        }
    };
    let clear = move |_| {
        attempted.set(false);
        problems.set(Vec::new());
        done.set(None);
        draft.set(Draft {
            actors: vec![Default::default()],
            ..Draft::default()
        });
        if let Ok(Some(storage)) = window().session_storage() {
            let _ = storage.remove_item(DRAFT_KEY);
        }
    };

    let principles = choices.principles.clone();
    let guideline_choices = choices.guidelines.clone();
    let guidelines = move || {
        let ticked = draft.with(|d| d.principles.clone());
        guideline_choices
            .iter()
            .filter(|(number, _)| ticked.contains(&number.to_string()))
            .map(|(_, choice)| choice.clone())
            .collect::<Vec<_>>()
    };
    let (regions, sectors) = (choices.regions.clone(), choices.sectors.clone());

    view! {
        <h1>{text.propose_heading}</h1>
        <p>{text.propose_intro}</p>
        <p class="notice">{text.propose_kept}</p>
        {move || error_summary(form, attempted.get())}
        <form class="propose-form" novalidate on:submit=on_submit>
            {text_field(
                form,
                Field::Title,
                text.propose_title.into(),
                Some(text.propose_title_help),
                true,
                false,
                |d| &d.title,
                |d, v| d.title = v,
            )}
            {text_field(
                form,
                Field::Summary,
                text.propose_summary.into(),
                Some(text.propose_summary_help),
                true,
                true,
                |d| &d.summary,
                |d, v| d.summary = v,
            )}
            {select_field(
                form,
                Field::Kind,
                text.propose_kind.into(),
                choices.kinds.clone(),
                |d| &d.kind,
                |d, v| d.kind = v,
            )}
            {pick_list(
                form,
                Field::Countries,
                text.propose_countries,
                text.propose_countries_help,
                text.propose_add_country,
                choices.countries.clone(),
                |d| &d.countries,
                |d| &mut d.countries,
                add_region_of,
            )}
            {checkbox_group(
                form,
                Field::Regions,
                text.propose_regions,
                None,
                true,
                move || regions.clone(),
                |d| &d.regions,
                |d| &mut d.regions,
            )}
            {checkbox_group(
                form,
                Field::Sectors,
                text.propose_sectors,
                Some(text.propose_sectors_help),
                true,
                move || sectors.clone(),
                |d| &d.sectors,
                |d| &mut d.sectors,
            )}
            {text_field(
                form,
                Field::Period,
                text.propose_period.into(),
                Some(text.propose_period_help),
                true,
                false,
                |d| &d.period,
                |d, v| d.period = v,
            )}
            {actors_field(form)}
            {checkbox_group(
                form,
                Field::Principles,
                text.propose_principles,
                Some(text.propose_principles_help),
                true,
                move || principles.clone(),
                |d| &d.principles,
                |d| &mut d.principles,
            )}
            {checkbox_group(
                form,
                Field::Guidelines,
                text.propose_guidelines,
                Some(text.propose_guidelines_help),
                false,
                guidelines,
                |d| &d.guidelines,
                |d| &mut d.guidelines,
            )}
            {pick_list(
                form,
                Field::Instruments,
                text.propose_instruments,
                text.propose_instruments_help,
                text.propose_add_instrument,
                choices.instruments.clone(),
                |d| &d.instruments,
                |d| &mut d.instruments,
                |_, _, _| {},
            )}
            {text_field(
                form,
                Field::Tags,
                text.propose_tags.into(),
                Some(text.propose_tags_help),
                false,
                false,
                |d| &d.tags,
                |d, v| d.tags = v,
            )}
            <fieldset class="propose-source" aria-describedby="propose-source-help">
                <legend>{text.propose_source_heading}</legend>
                <p class="help" id="propose-source-help">
                    {text.propose_source_help}
                </p>
                {text_field(
                    form,
                    Field::SourceTitle,
                    text.propose_source_title.into(),
                    None,
                    true,
                    false,
                    |d| &d.source_title,
                    |d, v| d.source_title = v,
                )}
                {text_field(
                    form,
                    Field::SourceCitation,
                    text.propose_source_citation.into(),
                    None,
                    true,
                    false,
                    |d| &d.source_citation,
                    |d, v| d.source_citation = v,
                )}
                {text_field(
                    form,
                    Field::SourceLocator,
                    text.propose_source_locator.into(),
                    Some(text.propose_source_locator_help),
                    false,
                    false,
                    |d| &d.source_locator,
                    |d, v| d.source_locator = v,
                )}
                {text_field(
                    form,
                    Field::SourceUrl,
                    text.propose_source_url.into(),
                    Some(text.propose_source_url_help),
                    false,
                    false,
                    |d| &d.source_url,
                    |d, v| d.source_url = v,
                )}
            </fieldset>
            {text_field(
                form,
                Field::Contact,
                text.propose_contact.into(),
                Some(text.propose_contact_help),
                false,
                false,
                |d| &d.contact,
                |d, v| d.contact = v,
            )}
            <p class="propose-actions">
                <button type="submit" id="propose-submit">
                    {text.propose_submit}
                </button>
                " "
                <button type="button" class="link-button" on:click=clear>
                    {text.propose_clear}
                </button>
            </p>
        </form>
        {move || done.get().map(|file| done_view(&app, file))}
    }
}

/// Adding a country ticks its region (rule 6 of the data: a country's region is listed).
fn add_region_of(draft: &mut Draft, _: &str, choices: &Choices) {
    choices.add_regions_of_countries(draft);
}

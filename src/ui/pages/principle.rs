//! A principle: its sub-division, our paraphrase, its guideline items, the practices and
//! activities linked to it, the instruments around it, and a pager to its neighbours.

use leptos::prelude::*;
use mflm_core::model::{Guideline, GuidelineBasis, Principle};
use mflm_core::query::{ItemRef, Page};

use crate::ui::context::{use_app, AppContext};
use crate::ui::pages::not_found::NotFound;
use crate::ui::parts::content::{content, is_translated, marker};
use crate::ui::parts::crosswalk::basis_badge;
use crate::ui::parts::export::cite_this;
use crate::ui::parts::facts::{fact, item_link, link_list, none_recorded, text_fact, type_badge};
use crate::ui::parts::labels;
use crate::ui::parts::link::{ItemLink, Link};
use crate::ui::parts::profiles::profile_sections;
use crate::ui::parts::source::source_section;

#[component]
pub fn PrinciplePage(number: u8) -> impl IntoView {
    let app = use_app();
    match app.data.relations.principle(number) {
        Some(principle) => principle_page(&app, principle),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn principle_page(app: &AppContext, principle: &Principle) -> AnyView {
    let (text, lang, relations) = (app.text, app.lang.tag(), &app.data.relations);
    let number = principle.number;
    let subdivision = relations.subdivision_of_principle(number).map(|s| {
        item_link(
            ItemRef::Subdivision(s.id.clone()),
            labels::subdivision(app, s),
        )
    });
    let parts = principle
        .parts
        .iter()
        .map(|part| format!("({part})"))
        .collect::<Vec<_>>();
    let note = principle.note.as_ref().map(|note| {
        view! {
            <p class="note">
                <strong>{text.with_colon(text.field_note)}</strong>
                {content(app, note)}
            </p>
        }
    });
    let instruments = relations
        .instruments_around_principle(number)
        .into_iter()
        .map(|i| {
            (
                ItemRef::Instrument(i.id.clone()),
                i.list_name_in(lang).0.to_string(),
            )
        })
        .collect();

    view! {
        <h1>
            {labels::principle(app, principle)} {marker(app, is_translated(app, &principle.title))}
        </h1>
        {type_badge(text.type_principle)}
        <dl class="item-facts">
            {subdivision.map(|link| fact(text.field_subdivision, link))}
            {text_fact(text.field_parts, parts)}
        </dl>
        <p class="item-summary">{content(app, &principle.summary)}</p>
        <p class="notice">{text.wording(principle.confidence)}" "{text.paraphrase_notice}</p>
        {note}
        <section>
            <h2>{text.guidelines_heading}</h2>
            {guideline_list(app, &relations.guidelines_of_principle(number))}
        </section>
        {profile_sections(
            app,
            &relations.profiles_of_principle(number),
            text.practices_heading,
            text.activities_heading,
        )}
        <section>
            <h2>{text.instruments_heading}</h2>
            {link_list(text, instruments)}
        </section>
        {crosswalk_sections(app, number)}
        {source_section(app, &principle.source)}
        {cite_this(app, ItemRef::Principle(number))}
        {principle_pager(app, number)}
    }
    .into_any()
}

/// The GCM objectives and SDG targets the principle links to, each with its basis.
fn crosswalk_sections(app: &AppContext, number: u8) -> impl IntoView {
    let (text, relations) = (app.text, &app.data.relations);
    let objectives = relations
        .objectives_of_principle(number)
        .into_iter()
        .map(|(o, link)| {
            let label = labels::gcm_objective(app, o);
            (
                ItemRef::GcmObjective(o.number),
                label,
                basis_badge(app, link),
            )
        })
        .collect::<Vec<_>>();
    let targets = relations
        .targets_of_principle(number)
        .into_iter()
        .map(|(t, link)| {
            let label = labels::sdg_target(app, t);
            (
                ItemRef::SdgTarget(t.id.clone()),
                label,
                basis_badge(app, link),
            )
        })
        .collect::<Vec<_>>();
    let list = move |links: Vec<(ItemRef, String, AnyView)>| {
        if links.is_empty() {
            return none_recorded(text);
        }
        let rows = links
            .into_iter()
            .map(|(item, label, badge)| view! { <li>{item_link(item, label)} " " {badge}</li> })
            .collect_view();
        view! { <ul class="link-list">{rows}</ul> }.into_any()
    };
    let crosswalk = app.now().showing(Page::Crosswalk);
    view! {
        <section class="principle-crosswalk">
            <h2>{text.principle_gcm_heading}</h2>
            {list(objectives)}
            <h2>{text.principle_sdg_heading}</h2>
            {list(targets)}
            <p>
                <Link to=crosswalk>{text.crosswalk_see_all}</Link>
            </p>
        </section>
    }
}

fn principle_pager(app: &AppContext, number: u8) -> impl IntoView {
    let text = app.text;
    let (previous, next) = app.data.relations.neighbours_of_principle(number);
    let step = move |label: &'static str, target: u8| {
        view! {
            <ItemLink item=ItemRef::Principle(target) class="button">
                {text.pager_step(label, &text.principle_short(target))}
            </ItemLink>
        }
    };
    (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="pager no-print" aria-label=text.principle_nav_label>
                {previous.map(|n| step(text.previous_item, n))}
                {next.map(|n| step(text.next_item, n))}
            </nav>
        }
    })
}

/// A principle's guidelines: official ones with their number, summary themes with a visible
/// badge, and the explanation of that badge once above the list.
fn guideline_list(app: &AppContext, guidelines: &[&Guideline]) -> AnyView {
    let text = app.text;
    if guidelines.is_empty() {
        return none_recorded(text);
    }
    let any_summary = guidelines
        .iter()
        .any(|g| g.basis == GuidelineBasis::Summary);
    let rows = guidelines
        .iter()
        .map(|g| {
            let badge = (g.basis == GuidelineBasis::Summary).then(
                || view! {
                    " "
                    <span class="badge caution">{text.guideline_summary_badge}</span>
                },
            );
            view! { <li>{item_link(ItemRef::Guideline(g.id.clone()), labels::guideline(app, g))} {badge}</li> }
        })
        .collect_view();
    view! {
        {any_summary
            .then(|| view! { <p class="notice caution">{text.guideline_summary_explained}</p> })}
        <ul class="link-list">{rows}</ul>
    }
    .into_any()
}

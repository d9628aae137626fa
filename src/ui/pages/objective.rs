//! A GCM objective's page and an SDG target's page: our short title, its source, the
//! principles linked to it (each with its basis), and the practices, activities and
//! instruments of those principles, each practice saying through which principle it comes.
//! Nothing links a practice to an objective directly (see `mflm_core::crosswalk`).

use leptos::prelude::*;
use mflm_core::crosswalk::Target;
use mflm_core::model::{Citation, CrosswalkLink, Principle, Profile, ProfileType, SdgLevel, Text};
use mflm_core::query::{ItemRef, Page};

use crate::ui::context::{use_app, AppContext};
use crate::ui::pages::not_found::NotFound;
use crate::ui::parts::content::{is_translated, marker};
use crate::ui::parts::crosswalk::basis_badge;
use crate::ui::parts::facts::{fact, item_link, link_list, none_recorded, type_badge};
use crate::ui::parts::labels;
use crate::ui::parts::link::Link;
use crate::ui::parts::source::source_section;

#[component]
pub fn ObjectivePage(number: u8) -> impl IntoView {
    let app = use_app();
    match app.data.relations.gcm_objective(number) {
        Some(objective) => crosswalk_item_page(
            &app,
            CrosswalkItem {
                target: Target::Gcm(number),
                heading: labels::gcm_objective(&app, objective),
                title: &objective.title,
                badge: app.text.type_gcm_objective,
                number: number.to_string(),
                source: &objective.source,
            },
        ),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
pub fn TargetPage(id: String) -> impl IntoView {
    let app = use_app();
    match app.data.relations.sdg_target(&id) {
        Some(target) => crosswalk_item_page(
            &app,
            CrosswalkItem {
                target: Target::Sdg(&target.id),
                heading: labels::sdg_target(&app, target),
                title: &target.title,
                badge: match target.level {
                    SdgLevel::Target => app.text.type_sdg_target,
                    SdgLevel::Indicator => app.text.type_sdg_indicator,
                },
                number: target.id.clone(),
                source: &target.source,
            },
        ),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// What the two pages differ in.
struct CrosswalkItem<'a> {
    target: Target<'a>,
    heading: String,
    title: &'a Text,
    badge: &'static str,
    number: String,
    source: &'a Citation,
}

fn crosswalk_item_page(app: &AppContext, item: CrosswalkItem) -> AnyView {
    let (text, relations) = (app.text, &app.data.relations);
    let principles = relations.principles_of_target(item.target);
    let numbers: Vec<u8> = principles.iter().map(|(p, _)| p.number).collect();
    let profiles = relations.profiles_through(item.target);
    let (practices, activities): (Vec<&Profile>, Vec<&Profile>) = profiles
        .iter()
        .copied()
        .partition(|p| p.profile_type == ProfileType::Practice);
    let instruments = relations
        .instruments_through(item.target)
        .into_iter()
        .map(|i| {
            (
                ItemRef::Instrument(i.id.clone()),
                i.list_name_in(app.lang.tag()).0.to_string(),
            )
        })
        .collect();
    let activities = (!activities.is_empty()).then(|| {
        view! {
            <section>
                <h2>{text.crosswalk_activities_heading}</h2>
                {through_list(app, &activities, &numbers)}
            </section>
        }
    });
    let crosswalk = app.now().showing(Page::Crosswalk);
    view! {
        <h1>{item.heading} {marker(app, is_translated(app, item.title))}</h1>
        {type_badge(item.badge)}
        <dl class="item-facts">{fact(text.crosswalk_field_number, item.number)}</dl>
        <p class="notice">{text.crosswalk_title_note}</p>
        <p class="notice caution crosswalk-basis" role="note">
            {text.crosswalk_item_note}
        </p>
        <section>
            <h2>{text.crosswalk_principles_heading}</h2>
            {principle_list(app, &principles)}
        </section>
        <section>
            <h2>{text.crosswalk_practices_heading}</h2>
            {through_list(app, &practices, &numbers)}
        </section>
        {activities}
        <section>
            <h2>{text.crosswalk_instruments_heading}</h2>
            {link_list(text, instruments)}
        </section>
        {source_section(app, item.source)}
        <p>
            <Link to=crosswalk>{text.crosswalk_see_all}</Link>
        </p>
    }
    .into_any()
}

/// The linked principles, each with the basis of its link.
fn principle_list(app: &AppContext, principles: &[(&Principle, &CrosswalkLink)]) -> AnyView {
    if principles.is_empty() {
        return none_recorded(app.text);
    }
    let rows = principles
        .iter()
        .map(|(principle, link)| {
            view! {
                <li>
                    {item_link(
                        ItemRef::Principle(principle.number),
                        labels::principle(app, principle),
                    )} " " {basis_badge(app, link)}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="link-list">{rows}</ul> }.into_any()
}

/// Profiles, each with the principles (among `numbers`) it comes through.
fn through_list(app: &AppContext, profiles: &[&Profile], numbers: &[u8]) -> AnyView {
    if profiles.is_empty() {
        return none_recorded(app.text);
    }
    let rows = profiles
        .iter()
        .map(|profile| {
            let mut through: Vec<u8> = profile
                .principles
                .iter()
                .copied()
                .filter(|n| numbers.contains(n))
                .collect();
            through.sort_unstable();
            through.dedup();
            let title = profile.title.get(app.lang.tag()).to_string();
            view! {
                <li>
                    {item_link(ItemRef::Profile(profile.id.clone()), title)}
                    <span class="item-meta through">{app.text.crosswalk_through(&through)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="link-list">{rows}</ul> }.into_any()
}

//! Lists of practices and activities on item pages, and the shortlist toggle they carry.

use leptos::prelude::*;
use mflm_core::model::{Profile, ProfileType};
use mflm_core::query::ItemRef;
use mflm_core::relations::Vocabulary;

use crate::ui::context::{address_of, use_app, AppContext};
use crate::ui::parts::facts::{inline_fact, item_link, none_recorded};
use crate::ui::parts::labels;
use crate::ui::parts::qr::qr_data_url;
use crate::ui::parts::source::citation_line;

/// Practices under one heading (always shown), activities under another (only if any).
pub fn profile_sections(
    app: &AppContext,
    profiles: &[&Profile],
    practices_heading: &'static str,
    activities_heading: &'static str,
) -> impl IntoView {
    let (practices, activities): (Vec<&Profile>, Vec<&Profile>) = profiles
        .iter()
        .copied()
        .partition(|p| p.profile_type == ProfileType::Practice);
    let activities = (!activities.is_empty()).then(|| {
        view! {
            <section>
                <h2>{activities_heading}</h2>
                {profile_list(app, &activities)}
            </section>
        }
    });
    view! {
        <section>
            <h2>{practices_heading}</h2>
            {profile_list(app, &practices)}
        </section>
        {activities}
    }
}

/// Each profile as a link, with what it is and where, on a line under it.
fn profile_list(app: &AppContext, profiles: &[&Profile]) -> AnyView {
    if profiles.is_empty() {
        return none_recorded(app.text);
    }
    let rows = profiles
        .iter()
        .map(|profile| {
            let title = profile.title.get(app.lang.tag()).to_string();
            view! {
                <li>
                    {item_link(ItemRef::Profile(profile.id.clone()), title)}
                    <span class="item-meta">{profile_line(app, profile)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="link-list">{rows}</ul> }.into_any()
}

/// "Programme · Philippines, Indonesia · 2005".
fn profile_line(app: &AppContext, profile: &Profile) -> String {
    [
        labels::vocabulary(app, Vocabulary::ProfileKind, &profile.kind),
        labels::places(app, profile),
        profile.period.clone(),
    ]
    .into_iter()
    .filter(|part| !part.trim().is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// A toggle button for one practice, as a pressed/unpressed button for screen readers.
#[component]
pub fn ShortlistButton(id: String) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let shortlist = app.shortlist;
    let in_list = {
        let id = id.clone();
        move || shortlist.contains(&id)
    };
    let label = {
        let in_list = in_list.clone();
        move || {
            if in_list() {
                text.shortlist_remove
            } else {
                text.shortlist_add
            }
        }
    };
    view! {
        <button
            type="button"
            class="shortlist-toggle"
            aria-pressed=move || in_list().to_string()
            on:click=move |_| shortlist.toggle(&id)
        >
            {label}
        </button>
    }
}

/// A profile's facts as a handout shows them: what it is, where, which sectors, when, which
/// principles, and where it comes from, by name.
pub fn handout_facts(app: &AppContext, profile: &Profile) -> impl IntoView {
    let text = app.text;
    let labelled = |vocabulary: Vocabulary, ids: &[String]| {
        ids.iter()
            .map(|id| labels::vocabulary(app, vocabulary, id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let kind = match profile.profile_type {
        ProfileType::Practice => text.type_practice,
        ProfileType::Activity => text.type_activity,
    };
    let principles = app
        .data
        .relations
        .principles_of_profile(profile)
        .into_iter()
        .map(|p| labels::principle(app, p))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <dl class="facts handout-facts">
            {inline_fact(
                text.field_type,
                format!(
                    "{kind} · {}",
                    labels::vocabulary(app, Vocabulary::ProfileKind, &profile.kind),
                ),
            )} {inline_fact(text.field_countries, labels::places(app, profile))}
            {inline_fact(text.field_regions, labelled(Vocabulary::Region, &profile.regions))}
            {inline_fact(text.field_sectors, labelled(Vocabulary::Sector, &profile.sectors))}
            {inline_fact(text.field_period, profile.period.clone())}
            {inline_fact(text.field_principles, principles)}
            {inline_fact(text.field_source, citation_line(app, &profile.source))}
        </dl>
    }
}

/// For printing only: the item's address and its QR code, so a handout leads back to it.
pub fn printed_link_back(app: &AppContext, item: ItemRef) -> impl IntoView {
    let address = address_of(&app.now().opening(item));
    let qr = qr_data_url(&address);
    view! {
        <div class="print-only link-back">
            {qr.map(|src| view! { <img class="qr-small" src=src alt="" width="96" height="96" /> })}
            <p>{address}</p>
        </div>
    }
}

//! Lists of practices and activities on item pages, and the shortlist toggle they carry.

use leptos::prelude::*;
use mflm_core::model::{Profile, ProfileType};
use mflm_core::query::ItemRef;
use mflm_core::relations::Vocabulary;

use crate::ui::context::{use_app, AppContext};
use crate::ui::parts::facts::{item_link, none_recorded};
use crate::ui::parts::labels;

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

//! A practice or an activity: what it is, where and when, who, what it links to, how
//! certain the compilation is of it, and its source.

use leptos::prelude::*;
use mflm_core::model::{AnnexIiStatus, Confidence, LinkBasis, Profile, ProfileType};
use mflm_core::query::ItemRef;
use mflm_core::relations::Vocabulary;

use crate::ui::context::{use_app, AppContext};
use crate::ui::pages::not_found::NotFound;
use crate::ui::parts::content::content;
use crate::ui::parts::crosswalk::through_principles_section;
use crate::ui::parts::export::cite_this;
use crate::ui::parts::facts::{english_fact, links_fact, text_fact};
use crate::ui::parts::labels;
use crate::ui::parts::profiles::ShortlistButton;
use crate::ui::parts::source::source_section;

#[component]
pub fn ProfilePage(id: String) -> impl IntoView {
    let app = use_app();
    match app.data.relations.profile(&id) {
        Some(profile) => profile_page(&app, profile),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn profile_page(app: &AppContext, profile: &Profile) -> AnyView {
    let text = app.text;
    let type_label = match profile.profile_type {
        ProfileType::Practice => text.type_practice,
        ProfileType::Activity => text.type_activity,
    };
    let why_good = profile.why_good.as_ref().map(|why| {
        view! {
            <section>
                <h2>{text.why_good_heading}</h2>
                <p>{content(app, why)}</p>
            </section>
        }
    });

    view! {
        <h1>{content(app, &profile.title)}</h1>
        <p class="result-meta">
            <span class="badge type">{type_label}</span>
            <span class="badge kind">
                {labels::vocabulary(app, Vocabulary::ProfileKind, &profile.kind)}
            </span>
        </p>
        <p class="item-summary">{content(app, &profile.summary)}</p>
        <p class="no-print">
            <ShortlistButton id=profile.id.clone() />
        </p>
        {why_good}
        <section>
            <h2>{text.details_heading}</h2>
            {profile_facts(app, profile)}
        </section>
        {through_principles_section(app, &profile.principles)}
        <section>
            <h2>{text.certainty_heading}</h2>
            {certainty_list(app, profile)}
        </section>
        {source_section(app, &profile.source)}
        {cite_this(app, ItemRef::Profile(profile.id.clone()))}
    }
    .into_any()
}

fn profile_facts(app: &AppContext, profile: &Profile) -> impl IntoView {
    let (text, relations) = (app.text, &app.data.relations);
    let countries = relations
        .countries_of_profile(profile)
        .into_iter()
        .map(|c| (ItemRef::Country(c.id.clone()), labels::country(app, &c.id)))
        .collect();
    let labelled = |vocabulary: Vocabulary, ids: &[String]| {
        ids.iter()
            .map(|id| labels::vocabulary(app, vocabulary, id))
            .collect::<Vec<_>>()
    };
    let actors = profile
        .actors
        .iter()
        .map(|actor| {
            let kind = labels::vocabulary(app, Vocabulary::ActorType, &actor.actor_type);
            match &actor.name {
                Some(name) => text.actor_with_name(&kind, name),
                None => kind,
            }
        })
        .collect();
    let principles = relations
        .principles_of_profile(profile)
        .into_iter()
        .map(|p| (ItemRef::Principle(p.number), labels::principle(app, p)))
        .collect();
    let guidelines = relations
        .guidelines_of_profile(profile)
        .into_iter()
        .map(|g| (ItemRef::Guideline(g.id.clone()), labels::guideline(app, g)))
        .collect();
    let instruments = relations
        .instruments_of_profile(profile)
        .into_iter()
        .map(|i| {
            (
                ItemRef::Instrument(i.id.clone()),
                i.list_name_in(app.lang.tag()).0.to_string(),
            )
        })
        .collect();

    view! {
        <dl class="item-facts">
            {links_fact(text.field_countries, countries)}
            {english_fact(app, text.field_areas, profile.areas.clone())}
            {text_fact(text.field_regions, labelled(Vocabulary::Region, &profile.regions))}
            {text_fact(text.field_sectors, labelled(Vocabulary::Sector, &profile.sectors))}
            {text_fact(text.field_period, vec![profile.period.clone()])}
            {text_fact(text.field_actors, actors)} {links_fact(text.field_principles, principles)}
            {links_fact(text.field_guidelines, guidelines)}
            {links_fact(text.field_instruments, instruments)}
            {english_fact(app, text.field_tags, profile.tags.clone())}
        </dl>
    }
}

/// "How certain this is", in plain words: only what the user should weigh.
fn certainty_list(app: &AppContext, profile: &Profile) -> impl IntoView {
    let text = app.text;
    let certainty = &profile.certainty;
    let details = match certainty.details {
        Confidence::High => None,
        Confidence::Medium => Some(text.details_confidence_medium),
        Confidence::Low => Some(text.details_confidence_low),
    };
    let links = match certainty.principle_links {
        LinkBasis::DatabaseTags => text.links_database_tags,
        LinkBasis::DatabaseThemes => text.links_database_themes,
        LinkBasis::Compiler => text.links_compiler,
    };
    let annex_ii = match certainty.annex_ii {
        AnnexIiStatus::Confirmed => text.annex_ii_confirmed,
        AnnexIiStatus::LikelyUnconfirmed => text.annex_ii_likely,
        AnnexIiStatus::NotEstablished => text.annex_ii_not_established,
    };
    let note = certainty.note.as_ref().map(|note| content(app, note));
    view! {
        <ul class="certainty">
            {details.map(|line| view! { <li>{line}</li> })} <li>{links}</li> <li>{annex_ii}</li>
            {note.map(|line| view! { <li>{line}</li> })}
        </ul>
    }
}

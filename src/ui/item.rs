//! A page per item: principle, guideline, practice or activity, instrument, sub-division and
//! country. Every page has one `<h1>`, sets the document title, offers a way back to the
//! results, and links related items with [`ItemLink`], so the user's search survives the trip.
//!
//! The small helpers at the bottom (`fact`, `link_list`, `source_section`, ...) are shared with
//! the overview and about pages.

use std::collections::HashSet;

use leptos::prelude::*;
use mflm_core::model::{
    AnnexIiStatus, Citation, Confidence, Country, Framework, Guideline, GuidelineBasis, Instrument,
    LinkBasis, Principle, Profile, ProfileType, SourceDocument, Subdivision,
};
use mflm_core::query::{Facet, ItemRef, Page, Query, ViewState};

use crate::strings::{self, Strings};
use crate::ui::app::{use_app, AppContext};
use crate::ui::labels;
use crate::ui::link::{ItemLink, Link};
use crate::ui::shortlist::ShortlistButton;

/// Sets the browser tab's title to "<title> · MFLM Explorer". Each page calls it for itself.
pub fn set_page_title(title: &str) {
    let app_name =
        use_context::<AppContext>().map_or(strings::EN.app_name, |app| app.text.app_name);
    document().set_title(&format!("{title} · {app_name}"));
}

#[component]
pub fn ItemPage(item: ItemRef) -> impl IntoView {
    let app = use_app();
    // The tab shows the same title as the link that led here; a missing item says so.
    let title = labels::item_title(&app, &item);
    set_page_title(title.as_deref().unwrap_or(app.text.not_found_title));
    let data = app.data.clone();
    let framework = &data.framework;
    let page = match &item {
        ItemRef::Subdivision(id) => framework
            .subdivisions
            .iter()
            .find(|s| &s.id == id)
            .map(|s| subdivision_page(&app, s)),
        ItemRef::Principle(number) => framework
            .principle(*number)
            .map(|p| principle_page(&app, p)),
        ItemRef::Guideline(id) => data.guideline(id).map(|g| guideline_page(&app, g)),
        ItemRef::Profile(id) => data.profile(id).map(|p| profile_page(&app, p)),
        ItemRef::Instrument(id) => framework
            .instruments
            .iter()
            .find(|i| &i.id == id)
            .map(|i| instrument_page(&app, i)),
        ItemRef::Country(id) => framework
            .vocabularies
            .countries
            .iter()
            .find(|c| &c.id == id)
            .map(|c| country_page(&app, c)),
    };
    let page = page.unwrap_or_else(|| not_found_page(app.text));
    let back = ViewState {
        page: Page::Browse,
        ..app.state.get_untracked()
    };
    view! {
        <p class="back-link no-print">
            <Link to=back>{app.text.back_to_results}</Link>
        </p>
        <article class="item-page">{page}</article>
    }
}

fn not_found_page(text: &'static Strings) -> AnyView {
    view! {
        <h1>{text.not_found_title}</h1>
        <p>{text.not_found_body}</p>
    }
    .into_any()
}

fn principle_page(app: &AppContext, principle: &Principle) -> AnyView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let number = principle.number;
    let title = text.principle_title(number, principle.title.get(lang));

    let subdivision = framework
        .subdivisions
        .iter()
        .find(|s| s.id == principle.subdivision)
        .map(|s| {
            item_link(
                ItemRef::Subdivision(s.id.clone()),
                text.subdivision_title(&s.id, s.title.get(lang)),
            )
        });
    let parts = principle
        .parts
        .iter()
        .map(|part| format!("({part})"))
        .collect::<Vec<_>>();
    let guidelines = framework
        .guidelines
        .iter()
        .filter(|g| g.principle == number)
        .collect::<Vec<_>>();
    let profiles = framework
        .profiles
        .iter()
        .filter(|p| p.principles.contains(&number))
        .collect::<Vec<_>>();
    let note = principle.note.as_ref().map(|note| {
        view! { <p class="note"><strong>{text.field_note}": "</strong>{note.get(lang).to_string()}</p> }
    });

    view! {
        <h1>{title}</h1>
        {type_badge(text.type_principle)}
        <dl class="item-facts">
            {subdivision.map(|link| fact(text.field_subdivision, link))}
            {text_fact(text.field_parts, parts)}
        </dl>
        <p class="item-summary">{principle.summary.get(lang).to_string()}</p>
        <p class="notice">{text.wording(principle.confidence)}" "{text.paraphrase_notice}</p>
        {note}
        <section>
            <h2>{text.guidelines_heading}</h2>
            {guideline_list(app, &guidelines)}
        </section>
        {profile_sections(app, &profiles, text.practices_heading, text.activities_heading)}
        <section>
            <h2>{text.instruments_heading}</h2>
            {link_list(text, principle_instruments(framework, number))}
        </section>
        {source_section(app, &principle.source)}
        {principle_pager(app, number)}
    }
    .into_any()
}

/// Instruments that underpin a principle, and those its practices cite, once each, in the
/// data's order.
fn principle_instruments(framework: &Framework, number: u8) -> Vec<(ItemRef, String)> {
    let cited: HashSet<&str> = framework
        .profiles
        .iter()
        .filter(|p| p.profile_type == ProfileType::Practice && p.principles.contains(&number))
        .flat_map(|p| p.instruments.iter().map(String::as_str))
        .collect();
    framework
        .instruments
        .iter()
        .filter(|i| i.principles.contains(&number) || cited.contains(i.id.as_str()))
        .map(|i| (ItemRef::Instrument(i.id.clone()), i.name.clone()))
        .collect()
}

fn principle_pager(app: &AppContext, number: u8) -> impl IntoView {
    let text = app.text;
    let principles = &app.data.framework.principles;
    let previous = principles
        .iter()
        .map(|p| p.number)
        .filter(|&n| n < number)
        .max();
    let next = principles
        .iter()
        .map(|p| p.number)
        .filter(|&n| n > number)
        .min();
    let step = move |label: &'static str, target: u8| {
        view! {
            <ItemLink item=ItemRef::Principle(target) class="button">
                {format!("{label}: {}", text.principle_short(target))}
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
                || view! { " " <span class="badge caution">{text.guideline_summary_badge}</span> },
            );
            view! {
                <li>
                    {item_link(ItemRef::Guideline(g.id.clone()), guideline_label(g, app.lang))}
                    {badge}
                </li>
            }
        })
        .collect_view();
    view! {
        {any_summary.then(|| view! { <p class="notice caution">{text.guideline_summary_explained}</p> })}
        <ul class="link-list">{rows}</ul>
    }
    .into_any()
}

fn guideline_page(app: &AppContext, guideline: &Guideline) -> AnyView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let title = guideline.text.get(lang).to_string();

    let basis = match guideline.basis {
        GuidelineBasis::Summary => view! {
            <p class="result-meta">
                <span class="badge type">{text.type_guideline}</span>
                <span class="badge caution">{text.guideline_summary_badge}</span>
            </p>
            <p class="notice caution">{text.guideline_summary_explained}</p>
        }
        .into_any(),
        GuidelineBasis::Framework => view! {
            <p class="result-meta">
                <span class="badge type">{text.type_guideline}</span>
                <span class="badge">{text.guideline_framework_badge}</span>
            </p>
        }
        .into_any(),
    };
    let principle = framework.principle(guideline.principle).map(|p| {
        item_link(
            ItemRef::Principle(p.number),
            text.principle_title(p.number, p.title.get(lang)),
        )
    });
    let profiles = framework
        .profiles
        .iter()
        .filter(|p| p.guidelines.contains(&guideline.id))
        .collect::<Vec<_>>();

    view! {
        <h1>{title}</h1>
        {basis}
        <dl class="item-facts">
            {guideline.number.clone().map(|number| fact(text.field_official_number, number))}
            {principle.map(|link| fact(text.field_principle, link))}
        </dl>
        {profile_sections(app, &profiles, text.guideline_practices_heading, text.guideline_activities_heading)}
        {source_section(app, &guideline.source)}
    }
    .into_any()
}

fn profile_page(app: &AppContext, profile: &Profile) -> AnyView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let title = profile.title.get(lang).to_string();

    let type_label = match profile.profile_type {
        ProfileType::Practice => text.type_practice,
        ProfileType::Activity => text.type_activity,
    };
    let why_good = profile.why_good.as_ref().map(|why| {
        view! {
            <section>
                <h2>{text.why_good_heading}</h2>
                <p>{why.get(lang).to_string()}</p>
            </section>
        }
    });

    view! {
        <h1>{title}</h1>
        <p class="result-meta">
            <span class="badge type">{type_label}</span>
            <span class="badge kind">{labels::kind(framework, &profile.kind, lang)}</span>
        </p>
        <p class="item-summary">{profile.summary.get(lang).to_string()}</p>
        <p class="no-print">
            <ShortlistButton id=profile.id.clone() />
        </p>
        {why_good}
        <section>
            <h2>{text.details_heading}</h2>
            {profile_facts(app, profile)}
        </section>
        <section>
            <h2>{text.certainty_heading}</h2>
            {certainty_list(app, profile)}
        </section>
        {source_section(app, &profile.source)}
    }
    .into_any()
}

fn profile_facts(app: &AppContext, profile: &Profile) -> impl IntoView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let countries = profile
        .countries
        .iter()
        .map(|c| {
            (
                ItemRef::Country(c.clone()),
                labels::country(framework, c, lang),
            )
        })
        .collect();
    let regions = profile
        .regions
        .iter()
        .map(|r| labels::region(framework, r, lang))
        .collect();
    let sectors = profile
        .sectors
        .iter()
        .map(|s| labels::sector(framework, s, lang))
        .collect();
    let actors = profile
        .actors
        .iter()
        .map(|actor| {
            let kind = labels::actor_type(framework, &actor.actor_type, lang);
            match &actor.name {
                Some(name) => format!("{kind}: {name}"),
                None => kind,
            }
        })
        .collect();
    let principles = principle_links(app, &profile.principles);
    let guidelines = profile
        .guidelines
        .iter()
        .filter_map(|id| app.data.guideline(id))
        .map(|g| (ItemRef::Guideline(g.id.clone()), guideline_label(g, lang)))
        .collect();
    let instruments = profile
        .instruments
        .iter()
        .map(|id| {
            (
                ItemRef::Instrument(id.clone()),
                labels::instrument(framework, id),
            )
        })
        .collect();

    view! {
        <dl class="item-facts">
            {links_fact(text.field_countries, countries)}
            {text_fact(text.field_areas, profile.areas.clone())}
            {text_fact(text.field_regions, regions)}
            {text_fact(text.field_sectors, sectors)}
            {text_fact(text.field_period, vec![profile.period.clone()])}
            {text_fact(text.field_actors, actors)}
            {links_fact(text.field_principles, principles)}
            {links_fact(text.field_guidelines, guidelines)}
            {links_fact(text.field_instruments, instruments)}
            {text_fact(text.field_tags, profile.tags.clone())}
        </dl>
    }
}

/// "How certain this is", in plain words: only what the user should weigh.
fn certainty_list(app: &AppContext, profile: &Profile) -> impl IntoView {
    let (text, lang) = (app.text, app.lang);
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
    let note = certainty
        .note
        .as_ref()
        .map(|note| note.get(lang).to_string());
    view! {
        <ul class="certainty">
            {details.map(|line| view! { <li>{line}</li> })}
            <li>{links}</li>
            <li>{annex_ii}</li>
            {note.map(|line| view! { <li>{line}</li> })}
        </ul>
    }
}

fn instrument_page(app: &AppContext, instrument: &Instrument) -> AnyView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let profiles = framework
        .profiles
        .iter()
        .filter(|p| p.instruments.contains(&instrument.id))
        .collect::<Vec<_>>();
    let category = instrument
        .category
        .as_ref()
        .map(|c| fact(text.field_category, c.get(lang).to_string()));

    view! {
        <h1>{instrument.name.clone()}</h1>
        {type_badge(text.type_instrument)}
        <dl class="item-facts">
            {fact(text.field_type, labels::instrument_type(framework, &instrument.instrument_type, lang))}
            {fact(text.field_year, instrument.year.to_string())}
            {category}
            {fact(text.field_annex_i, text.annex_i(instrument.annex_i))}
        </dl>
        <p class="item-summary">{instrument.basis.get(lang).to_string()}</p>
        <section>
            <h2>{text.principles_heading}</h2>
            {link_list(text, principle_links(app, &instrument.principles))}
        </section>
        {profile_sections(app, &profiles, text.instrument_practices_heading, text.instrument_activities_heading)}
        {source_section(app, &instrument.source)}
    }
    .into_any()
}

fn subdivision_page(app: &AppContext, subdivision: &Subdivision) -> AnyView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let title = text.subdivision_title(&subdivision.id, subdivision.title.get(lang));

    let principles = subdivision
        .principles
        .iter()
        .filter_map(|&n| framework.principle(n))
        .map(|p| {
            view! {
                <li>
                    {item_link(ItemRef::Principle(p.number), text.principle_title(p.number, p.title.get(lang)))}
                    <span class="item-meta">{p.summary.get(lang).to_string()}</span>
                </li>
            }
        })
        .collect_view();

    view! {
        <h1>{title}</h1>
        {type_badge(text.type_subdivision)}
        {caution_unless_high(subdivision.title_confidence, text.subdivision_title_not_confirmed)}
        {caution_unless_high(subdivision.principles_confidence, text.mapping_not_confirmed)}
        <section>
            <h2>{text.principles_heading}</h2>
            <ul class="link-list">{principles}</ul>
        </section>
        {source_section(app, &subdivision.source)}
    }
    .into_any()
}

fn country_page(app: &AppContext, country: &Country) -> AnyView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let name = country.label.get(lang).to_string();
    let profiles = framework
        .profiles
        .iter()
        .filter(|p| p.countries.contains(&country.id))
        .collect::<Vec<_>>();
    let mut query = Query::default();
    query.toggle(Facet::Country, &country.id);
    let search = ViewState {
        page: Page::Browse,
        query,
        result_page: 1,
        ..app.state.get_untracked()
    };

    view! {
        <h1>{name}</h1>
        {type_badge(text.type_country)}
        <dl class="item-facts">
            {fact(text.field_regions, labels::region(framework, &country.region, lang))}
        </dl>
        <p class="no-print">
            <Link to=search>{text.country_search_link}</Link>
        </p>
        {profile_sections(app, &profiles, text.country_practices_heading, text.country_activities_heading)}
    }
    .into_any()
}

// ---- Small shared pieces -------------------------------------------------------------------

fn type_badge(label: &'static str) -> impl IntoView {
    view! {
        <p class="result-meta">
            <span class="badge type">{label}</span>
        </p>
    }
}

fn caution_unless_high(confidence: Confidence, line: &'static str) -> impl IntoView {
    (confidence != Confidence::High).then(|| view! { <p class="notice caution">{line}</p> })
}

fn item_link(item: ItemRef, label: String) -> AnyView {
    view! { <ItemLink item>{label}</ItemLink> }.into_any()
}

fn none_recorded(text: &'static Strings) -> AnyView {
    view! { <p class="none">{text.none}</p> }.into_any()
}

fn guideline_label(guideline: &Guideline, lang: &str) -> String {
    match &guideline.number {
        Some(number) => format!("{number} {}", guideline.text.get(lang)),
        None => guideline.text.get(lang).to_string(),
    }
}

/// "Principle N: title" links for the numbers that exist.
fn principle_links(app: &AppContext, numbers: &[u8]) -> Vec<(ItemRef, String)> {
    numbers
        .iter()
        .filter_map(|&n| app.data.framework.principle(n))
        .map(|p| {
            (
                ItemRef::Principle(p.number),
                app.text.principle_title(p.number, p.title.get(app.lang)),
            )
        })
        .collect()
}

/// One `<dt>`/`<dd>` pair of a `<dl>`.
pub fn fact(term: &'static str, value: impl IntoView + 'static) -> impl IntoView {
    view! {
        <dt>{term}</dt>
        <dd>{value}</dd>
    }
}

/// A fact whose values are plain text, joined by commas; nothing when there are none.
fn text_fact(term: &'static str, values: Vec<String>) -> Option<impl IntoView> {
    let values = values
        .into_iter()
        .filter(|v| !v.trim().is_empty())
        .collect::<Vec<_>>();
    (!values.is_empty()).then(|| fact(term, values.join(", ")))
}

/// A fact whose values are links to items, one a line; nothing when there are none.
fn links_fact(term: &'static str, links: Vec<(ItemRef, String)>) -> Option<impl IntoView> {
    (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|(item, label)| view! { <li>{item_link(item, label)}</li> })
            .collect_view();
        fact(term, view! { <ul class="fact-links">{items}</ul> })
    })
}

/// A bulleted list of item links, or "None recorded".
pub fn link_list(text: &'static Strings, links: Vec<(ItemRef, String)>) -> AnyView {
    if links.is_empty() {
        return none_recorded(text);
    }
    let items = links
        .into_iter()
        .map(|(item, label)| view! { <li>{item_link(item, label)}</li> })
        .collect_view();
    view! { <ul class="link-list">{items}</ul> }.into_any()
}

/// Practices under one heading (always shown), activities under another (only if any).
fn profile_sections(
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
            view! {
                <li>
                    {item_link(ItemRef::Profile(profile.id.clone()), profile.title.get(app.lang).to_string())}
                    <span class="item-meta">{profile_line(app, profile)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="link-list">{rows}</ul> }.into_any()
}

/// "Programme · Philippines, Indonesia · 2005".
fn profile_line(app: &AppContext, profile: &Profile) -> String {
    let (framework, lang) = (&app.data.framework, app.lang);
    let places = profile
        .countries
        .iter()
        .map(|c| labels::country(framework, c, lang))
        .chain(profile.areas.iter().cloned())
        .collect::<Vec<_>>()
        .join(", ");
    [
        labels::kind(framework, &profile.kind, lang),
        places,
        profile.period.clone(),
    ]
    .into_iter()
    .filter(|part| !part.trim().is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The "Source" section of an item page: the document, the place in it, and its address.
fn source_section(app: &AppContext, citation: &Citation) -> impl IntoView {
    let text = app.text;
    let document = app
        .data
        .framework
        .sources
        .iter()
        .find(|d| d.id == citation.document);
    let title = document.map_or_else(
        || citation.document.clone(),
        |d| d.title.get(app.lang).to_string(),
    );
    let reference = document.map(|d| fact(text.field_reference, d.citation.clone()));
    let url = citation
        .url
        .clone()
        .or_else(|| document.and_then(|d| d.url.clone()));
    view! {
        <section class="source">
            <h2>{text.field_source}</h2>
            <dl class="item-facts">
                {fact(text.field_document, view! { <cite>{title}</cite> })}
                {reference}
                {fact(text.field_locator, citation.locator.clone())}
                {url.map(|url| fact(text.field_address, external_link(url)))}
            </dl>
        </section>
    }
}

/// A source document as a list entry: title, reference line, address (About page).
pub fn source_entry(document: &SourceDocument, lang: &str) -> impl IntoView {
    view! {
        <li>
            <cite>{document.title.get(lang).to_string()}</cite>
            <span class="item-meta">{document.citation.clone()}</span>
            {document.url.clone().map(|url| view! { <span class="item-meta">{external_link(url)}</span> })}
        </li>
    }
}

/// A web address shown as itself. Only http(s) addresses become links (the data is checked,
/// but a `javascript:` address must never be clickable); nothing is fetched automatically.
fn external_link(url: String) -> AnyView {
    if url.starts_with("https://") || url.starts_with("http://") {
        let href = url.clone();
        view! { <a href=href rel="noopener noreferrer">{url}</a> }.into_any()
    } else {
        view! { <span>{url}</span> }.into_any()
    }
}

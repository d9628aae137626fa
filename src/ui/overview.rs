//! The Framework's structure (sub-divisions and their principles), and the instruments list.

use leptos::prelude::*;
use mflm_core::model::{Confidence, Framework, Instrument, ProfileType, Subdivision};
use mflm_core::query::{ItemRef, Page};

use crate::ui::app::{use_app, AppContext};
use crate::ui::item::{fact, set_page_title};
use crate::ui::labels;
use crate::ui::link::{ItemLink, Link};

#[component]
pub fn Overview() -> impl IntoView {
    let app = use_app();
    let (text, lang) = (app.text, app.lang);
    set_page_title(text.overview_heading);
    let meta = &app.data.framework.meta;
    let sections = app
        .data
        .framework
        .subdivisions
        .iter()
        .map(|s| subdivision_section(&app, s))
        .collect_view();
    view! {
        <h1>{text.overview_heading}</h1>
        <p>{text.overview_intro}</p>
        <dl class="item-facts">
            {fact(text.field_title, meta.title.get(lang).to_string())}
            {fact(text.field_adopted, meta.year_adopted.to_string())}
            {fact(text.field_published, meta.year_published.to_string())}
        </dl>
        <p>
            <Link to=app.page_view(Page::About)>{text.limitations_heading}</Link>
        </p>
        {sections}
    }
}

/// One sub-division: its heading (a link to its page) and its principles.
fn subdivision_section(app: &AppContext, subdivision: &Subdivision) -> impl IntoView {
    let (text, lang, framework) = (app.text, app.lang, &app.data.framework);
    let heading = text.subdivision_title(&subdivision.id, subdivision.title.get(lang));
    let unconfirmed = (subdivision.principles_confidence != Confidence::High)
        .then(|| view! { <p class="notice caution">{text.mapping_not_confirmed}</p> });
    let principles = subdivision
        .principles
        .iter()
        .filter_map(|&n| framework.principle(n))
        .map(|p| {
            let guidelines = framework
                .guidelines
                .iter()
                .filter(|g| g.principle == p.number)
                .count();
            let practices =
                practices_where(framework, |profile| profile.principles.contains(&p.number));
            let title = text.principle_title(p.number, p.title.get(lang));
            view! {
                <li>
                    <article class="result">
                        <h3>
                            <ItemLink item=ItemRef::Principle(p.number)>{title}</ItemLink>
                        </h3>
                        <p class="result-summary">{p.summary.get(lang).to_string()}</p>
                        <dl class="facts">
                            {count_fact(text.field_guidelines, guidelines)}
                            {count_fact(text.field_practices, practices)}
                        </dl>
                    </article>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="subdivision">
            <h2>
                <ItemLink item=ItemRef::Subdivision(subdivision.id.clone())>{heading}</ItemLink>
            </h2>
            {unconfirmed}
            <ol class="result-list">{principles}</ol>
        </section>
    }
}

/// A fact in a result row's inline `<dl class="facts">`.
fn count_fact(term: &'static str, count: usize) -> impl IntoView {
    view! {
        <div>
            <dt>{term}</dt>
            <dd>{count}</dd>
        </div>
    }
}

/// How many practices (not activities) satisfy `keep`.
fn practices_where(
    framework: &Framework,
    keep: impl Fn(&mflm_core::model::Profile) -> bool,
) -> usize {
    framework
        .profiles
        .iter()
        .filter(|p| p.profile_type == ProfileType::Practice && keep(p))
        .count()
}

#[component]
pub fn InstrumentList() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    set_page_title(text.nav_instruments);
    let framework = &app.data.framework;
    // The vocabulary's order, then any type it does not list (the data is validated, but a
    // missing label must not hide an instrument).
    let mut types = framework
        .vocabularies
        .instrument_types
        .iter()
        .map(|t| t.id.as_str())
        .collect::<Vec<_>>();
    for instrument in &framework.instruments {
        if !types.contains(&instrument.instrument_type.as_str()) {
            types.push(&instrument.instrument_type);
        }
    }
    let groups = types
        .into_iter()
        .filter_map(|kind| {
            let mut members = framework
                .instruments
                .iter()
                .filter(|i| i.instrument_type == kind)
                .collect::<Vec<_>>();
            if members.is_empty() {
                return None;
            }
            // Unstable sorts only, keyed to a total order (ids are unique): each stable sort
            // instantiation adds kilobytes to the wasm.
            members
                .sort_unstable_by(|a, b| (a.year, &a.name, &a.id).cmp(&(b.year, &b.name, &b.id)));
            Some(instrument_group(&app, kind, &members))
        })
        .collect_view();
    view! {
        <h1>{text.nav_instruments}</h1>
        <p>{text.instruments_intro}</p>
        {groups}
    }
}

fn instrument_group(app: &AppContext, kind: &str, members: &[&Instrument]) -> impl IntoView {
    let (text, framework) = (app.text, &app.data.framework);
    let rows = members
        .iter()
        .map(|instrument| {
            let citing = practices_where(framework, |p| p.instruments.contains(&instrument.id));
            let name = instrument.name.clone();
            view! {
                <li>
                    <article class="result">
                        <h3>
                            <ItemLink item=ItemRef::Instrument(instrument.id.clone())>{name}</ItemLink>
                        </h3>
                        <dl class="facts">
                            {count_fact(text.field_year, instrument.year.into())}
                            <div>
                                <dt>{text.field_annex_i}</dt>
                                <dd>{text.annex_i(instrument.annex_i)}</dd>
                            </div>
                            {count_fact(text.field_cited_by, citing)}
                        </dl>
                    </article>
                </li>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>{labels::instrument_type(framework, kind, app.lang)}</h2>
            <ul class="result-list">{rows}</ul>
        </section>
    }
}

//! An international instrument: its official name, type, year, how sure we are that Annex I
//! lists it, the principles it underpins, and the practices and activities citing it.

use leptos::prelude::*;
use mflm_core::model::Instrument;
use mflm_core::query::ItemRef;
use mflm_core::relations::Vocabulary;

use crate::ui::context::{use_app, AppContext};
use crate::ui::pages::not_found::NotFound;
use crate::ui::parts::content::{content, marker};
use crate::ui::parts::facts::{fact, link_list, type_badge};
use crate::ui::parts::labels;
use crate::ui::parts::profiles::profile_sections;
use crate::ui::parts::source::source_section;

#[component]
pub fn InstrumentPage(id: String) -> impl IntoView {
    let app = use_app();
    match app.data.relations.instrument(&id) {
        Some(instrument) => instrument_page(&app, instrument),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn instrument_page(app: &AppContext, instrument: &Instrument) -> AnyView {
    let (text, lang, relations) = (app.text, app.lang.tag(), &app.data.relations);
    let category = instrument
        .category
        .as_ref()
        .map(|c| fact(text.field_category, content(app, c)));
    let principles = relations
        .principles_of_instrument(&instrument.id)
        .into_iter()
        .map(|p| (ItemRef::Principle(p.number), labels::principle(app, p)))
        .collect();
    let (name, name_translated) = instrument.name_in(lang);
    let kind = labels::vocabulary(app, Vocabulary::InstrumentType, &instrument.instrument_type);

    view! {
        <h1>{name.to_string()}{marker(app, name_translated)}</h1>
        {type_badge(text.type_instrument)}
        <dl class="item-facts">
            {fact(text.field_type, kind)} {fact(text.field_year, instrument.year.to_string())}
            {category} {fact(text.field_annex_i, text.annex_i(instrument.annex_i))}
        </dl>
        <p class="item-summary">{content(app, &instrument.basis)}</p>
        <section>
            <h2>{text.principles_heading}</h2>
            {link_list(text, principles)}
        </section>
        {profile_sections(
            app,
            &relations.profiles_of_instrument(&instrument.id),
            text.instrument_practices_heading,
            text.instrument_activities_heading,
        )}
        {source_section(app, &instrument.source)}
    }
    .into_any()
}

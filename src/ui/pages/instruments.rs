//! The instruments list, grouped by type: each with its year, how sure we are that Annex I
//! lists it, and how many practices cite it.

use leptos::prelude::*;
use mflm_core::model::{Instrument, ProfileType};
use mflm_core::query::ItemRef;
use mflm_core::relations::Vocabulary;

use crate::ui::context::{use_app, AppContext};
use crate::ui::parts::content::marker;
use crate::ui::parts::facts::inline_fact;
use crate::ui::parts::labels;
use crate::ui::parts::link::ItemLink;

#[component]
pub fn InstrumentList() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let groups = app
        .data
        .relations
        .instruments_by_type()
        .into_iter()
        .map(|(kind, members)| instrument_group(&app, kind, &members))
        .collect_view();
    view! {
        <h1>{text.nav_instruments}</h1>
        <p>{text.instruments_intro}</p>
        {groups}
    }
}

fn instrument_group(app: &AppContext, kind: &str, members: &[&Instrument]) -> impl IntoView {
    let text = app.text;
    let rows = members
        .iter()
        .map(|instrument| {
            let citing = app
                .data
                .relations
                .count_of_instrument(&instrument.id, ProfileType::Practice);
            let (name, translated) = instrument.name_in(app.lang.tag());
            let name = name.to_string();
            let marker = marker(app, translated);
            view! {
                <li>
                    <article class="result">
                        <h3>
                            <ItemLink item=ItemRef::Instrument(
                                instrument.id.clone(),
                            )>{name}</ItemLink>
                            {marker}
                        </h3>
                        <dl class="facts">
                            {inline_fact(text.field_year, instrument.year.to_string())}
                            {inline_fact(
                                text.field_annex_i,
                                text.annex_i(instrument.annex_i).to_string(),
                            )} {inline_fact(text.field_cited_by, citing.to_string())}
                        </dl>
                    </article>
                </li>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>{labels::vocabulary(app, Vocabulary::InstrumentType, kind)}</h2>
            <ul class="result-list">{rows}</ul>
        </section>
    }
}

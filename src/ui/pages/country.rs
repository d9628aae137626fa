//! A country: its region, a link to search within it, and its practices and activities.

use leptos::prelude::*;
use mflm_core::model::Country;
use mflm_core::query::Facet;
use mflm_core::relations::Vocabulary;

use crate::ui::context::{use_app, AppContext};
use crate::ui::pages::not_found::NotFound;
use crate::ui::parts::facts::{fact, type_badge};
use crate::ui::parts::labels;
use crate::ui::parts::link::Link;
use crate::ui::parts::profiles::profile_sections;

#[component]
pub fn CountryPage(id: String) -> impl IntoView {
    let app = use_app();
    match app.data.relations.country(&id) {
        Some(country) => country_page(&app, country),
        None => view! { <NotFound /> }.into_any(),
    }
}

fn country_page(app: &AppContext, country: &Country) -> AnyView {
    let text = app.text;
    let search = app.now().filtered_by(Facet::Country, &country.id);
    view! {
        <h1>{country.label.get(app.lang.tag()).to_string()}</h1>
        {type_badge(text.type_country)}
        <dl class="item-facts">
            {fact(text.field_regions, labels::vocabulary(app, Vocabulary::Region, &country.region))}
        </dl>
        <p class="no-print">
            <Link to=search>{text.country_search_link}</Link>
        </p>
        {profile_sections(
            app,
            &app.data.relations.profiles_of_country(&country.id),
            text.country_practices_heading,
            text.country_activities_heading,
        )}
    }
    .into_any()
}

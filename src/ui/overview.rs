//! The Framework's structure, and the instruments list.

use leptos::prelude::*;

use crate::ui::app::use_app;

#[component]
pub fn Overview() -> impl IntoView {
    let text = use_app().text;
    view! { <h1>{text.nav_overview}</h1> }
}

#[component]
pub fn InstrumentList() -> impl IntoView {
    let text = use_app().text;
    view! { <h1>{text.nav_instruments}</h1> }
}

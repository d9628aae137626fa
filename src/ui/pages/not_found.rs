//! What a link to an item the data does not have shows.

use leptos::prelude::*;

use crate::ui::context::use_app;

#[component]
pub fn NotFound() -> impl IntoView {
    let text = use_app().text;
    view! {
        <h1>{text.not_found_title}</h1>
        <p>{text.not_found_body}</p>
    }
}

//! About: what this compilation is, and plainly, what it does not establish.

use leptos::prelude::*;

use crate::ui::app::use_app;

#[component]
pub fn About() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let meta = &app.data.framework.meta;
    let lang = app.lang;
    view! {
        <h1>{text.about_heading}</h1>
        <p>{meta.about.get(lang).to_string()}</p>
        <h2>{text.limitations_heading}</h2>
        <ul>{meta.limitations.iter().map(|l| view! { <li>{l.get(lang).to_string()}</li> }).collect_view()}</ul>
    }
}

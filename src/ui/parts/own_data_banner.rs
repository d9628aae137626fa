//! The banner every page shows while the user's own data file stands in for the bundled
//! compilation: whose data this is, that shared links open the bundled data, and the way back.

use leptos::prelude::*;

use crate::ui::context::{use_app, use_data_choice};

#[component]
pub fn OwnDataBanner() -> impl IntoView {
    let app = use_app();
    let choice = use_data_choice();
    let text = app.text;
    // The explorer is drawn afresh when the data changes, so this is read once.
    choice.own_now().map(|own| {
        let items = own.data.index.docs.len();
        view! {
            <section class="own-data-banner no-print" aria-label=text.own_data_banner_label>
                <p>
                    <strong>{text.own_data_banner(&own.name, items)}</strong>
                    " "
                    {text.own_data_banner_links}
                </p>
                <button type="button" on:click=move |_| choice.show_bundled()>
                    {text.own_data_back}
                </button>
            </section>
        }
    })
}

//! The shortlist: practices a trainer keeps for a course, saved on this device, printable.

use leptos::prelude::*;
use mflm_core::query::{Deck, ItemRef};

use crate::ui::context::use_app;
use crate::ui::parts::export::ExportMenu;
use crate::ui::parts::link::{ItemLink, Link};
use crate::ui::parts::profiles::{handout_facts, printed_link_back, ShortlistButton};

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let shortlist = app.shortlist;
    let app_state = app.state;
    let entries = move || {
        let app = use_app();
        let lang = app.lang.tag();
        shortlist
            .ids()
            .iter()
            .filter_map(|id| app.data.relations.profile(id))
            .map(|profile| {
                let id = profile.id.clone();
                let title = profile.title.get(lang).to_string();
                let summary = profile.summary.get(lang).to_string();
                let why_good = profile
                    .why_good
                    .as_ref()
                    .map(|why| why.get(lang).to_string());
                view! {
                    <li>
                        <article class="result">
                            <h2>
                                <ItemLink item=ItemRef::Profile(id.clone())>{title}</ItemLink>
                            </h2>
                            <p>{summary}</p>
                            {why_good
                                .map(|why| {
                                    view! {
                                        <p>
                                            <strong>{text.why_good_heading}": "</strong>
                                            {why}
                                        </p>
                                    }
                                })}
                            {handout_facts(&app, profile)}
                            {printed_link_back(&app, ItemRef::Profile(id.clone()))}
                            <ShortlistButton id />
                        </article>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h1>{text.shortlist_heading}</h1>
        <Show when=move || shortlist.was_reset.get()>
            <p class="notice" role="status">
                {text.shortlist_reset_notice}
            </p>
        </Show>
        <Show
            when=move || { shortlist.len() > 0 }
            fallback=move || view! { <p>{text.shortlist_empty}</p> }
        >
            <p class="present-link no-print">
                <Link to=Signal::derive(move || {
                    app_state.with(|now| now.presenting(Deck::Shortlist))
                })>{text.present}</Link>
            </p>
            <ExportMenu
                items=Callback::new(move |()| {
                    shortlist.ids().into_iter().map(ItemRef::Profile).collect()
                })
                name="shortlist"
                title=Signal::derive(move || text.shortlist_heading.to_string())
            />
            <div class="toolbar no-print">
                <button
                    type="button"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    {text.shortlist_print}
                </button>
                <button type="button" on:click=move |_| shortlist.clear()>
                    {text.shortlist_clear}
                </button>
            </div>
            <ol class="result-list">{entries}</ol>
        </Show>
    }
}

//! The shortlist: practices a trainer keeps for a course, saved on this device only.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use mflm_core::query::ItemRef;

use crate::ui::app::use_app;
use crate::ui::item::set_page_title;
use crate::ui::link::ItemLink;

const STORAGE_KEY: &str = "mflm-explorer.shortlist.v1";
/// More than any course needs; a cap keeps a tampered store from slowing the page.
const MAX_ENTRIES: usize = 500;

#[derive(Clone, Copy)]
pub struct Shortlist {
    ids: RwSignal<Vec<String>>,
    /// True when what was stored could not be read and the list was started afresh.
    was_reset: RwSignal<bool>,
}

impl Shortlist {
    pub fn load() -> Shortlist {
        let (ids, was_reset) = match LocalStorage::raw().get_item(STORAGE_KEY) {
            Ok(None) | Err(_) => (Vec::new(), false),
            Ok(Some(raw)) => match serde_json::from_str::<Vec<String>>(&raw) {
                Ok(mut ids) => {
                    ids.truncate(MAX_ENTRIES);
                    (ids, false)
                }
                Err(_) => {
                    LocalStorage::delete(STORAGE_KEY);
                    (Vec::new(), true)
                }
            },
        };
        Shortlist {
            ids: RwSignal::new(ids),
            was_reset: RwSignal::new(was_reset),
        }
    }

    pub fn len(&self) -> usize {
        self.ids.with(Vec::len)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.with(|ids| ids.iter().any(|x| x == id))
    }

    pub fn toggle(&self, id: &str) {
        self.ids
            .update(|ids| match ids.iter().position(|x| x == id) {
                Some(at) => {
                    ids.remove(at);
                }
                None if ids.len() < MAX_ENTRIES => ids.push(id.to_string()),
                None => {}
            });
        self.save();
    }

    pub fn clear(&self) {
        self.ids.set(Vec::new());
        self.save();
    }

    fn save(&self) {
        // Storage can be full or disabled (private windows): the list then lasts the visit.
        let _ = LocalStorage::set(STORAGE_KEY, self.ids.get_untracked());
    }
}

/// A toggle button for one practice, as a pressed/unpressed button for screen readers.
#[component]
pub fn ShortlistButton(id: String) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let shortlist = app.shortlist;
    let in_list = {
        let id = id.clone();
        move || shortlist.contains(&id)
    };
    let label = {
        let in_list = in_list.clone();
        move || {
            if in_list() {
                text.shortlist_remove
            } else {
                text.shortlist_add
            }
        }
    };
    view! {
        <button
            type="button"
            class="shortlist-toggle"
            aria-pressed=move || in_list().to_string()
            on:click=move |_| shortlist.toggle(&id)
        >
            {label}
        </button>
    }
}

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let shortlist = app.shortlist;
    let data = app.data.clone();
    let lang = app.lang;
    set_page_title(text.shortlist_heading);
    let entries = move || {
        shortlist.ids.with(|ids| {
            ids.iter()
                .filter_map(|id| data.profile(id).cloned())
                .map(|profile| {
                    view! {
                        <li>
                            <article class="result">
                                <h2>
                                    <ItemLink item=ItemRef::Profile(profile.id.clone())>
                                        {profile.title.get(lang).to_string()}
                                    </ItemLink>
                                </h2>
                                <p>{profile.summary.get(lang).to_string()}</p>
                                {profile.why_good.as_ref().map(|why| view! {
                                    <p><strong>{text.why_good_heading}": "</strong>{why.get(lang).to_string()}</p>
                                })}
                                <p class="source">{format!("{}: {} ({})", text.field_source, profile.source.document, profile.source.locator)}</p>
                                <ShortlistButton id=profile.id.clone() />
                            </article>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h1>{text.shortlist_heading}</h1>
        <Show when=move || shortlist.was_reset.get()>
            <p class="notice" role="status">{text.shortlist_reset_notice}</p>
        </Show>
        <Show
            when=move || { shortlist.len() > 0 }
            fallback=move || view! { <p>{text.shortlist_empty}</p> }
        >
            <div class="toolbar no-print">
                <button type="button" on:click=move |_| { let _ = window().print(); }>{text.shortlist_print}</button>
                <button type="button" on:click=move |_| shortlist.clear()>{text.shortlist_clear}</button>
            </div>
            <ol class="result-list">{entries.clone()}</ol>
        </Show>
    }
}

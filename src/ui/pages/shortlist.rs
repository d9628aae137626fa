//! The shortlists: named lists of practices a trainer keeps for a course, saved on this device,
//! each with a note per practice, in an order of the trainer's choosing; shared as a link (and
//! its QR code) that carries the list itself, presented, exported and printed as a handout.
//! A shared link opens the list read-only, with "Keep a copy".

use leptos::prelude::*;
use mflm_core::query::{Deck, ItemRef, Page, ViewState};
use mflm_core::shortlists::{parse_shared, share_query, SharedList};

use crate::ui::context::{address_of, use_app, AppContext};
use crate::ui::parts::copy::CopyButton;
use crate::ui::parts::export::ExportMenu;
use crate::ui::parts::link::{ItemLink, Link};
use crate::ui::parts::profiles::{handout_facts, printed_link_back, ShortlistButton};
use crate::ui::parts::qr::QrDisclosure;

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    // A shared link (`?view=shortlist&list=…&items=…`) shows that list, not one's own,
    // until a copy is kept.
    let shared = RwSignal::new(parse_shared(
        &window().location().search().unwrap_or_default(),
    ));
    view! {
        <h1>{text.shortlist_heading}</h1>
        {move || match shared.get() {
            Some(list) => view! { <SharedListView list shown=shared /> }.into_any(),
            None => view! { <OwnLists /> }.into_any(),
        }}
    }
}

/// A list opened from a share link: read-only, with "Keep a copy".
#[component]
fn SharedListView(list: SharedList, shown: RwSignal<Option<SharedList>>) -> impl IntoView {
    let shared = list;
    let app = use_app();
    let text = app.text;
    let entries = shared
        .items
        .iter()
        .filter_map(|id| app.data.relations.profile(id))
        .map(|profile| entry_card(&app, profile, None))
        .collect_view();
    let name = shared.name.clone();
    let keep = {
        let app = app.clone();
        move |_| {
            app.shortlist.keep_copy(&shared);
            shown.set(None);
            // The address no longer carries the list: it is one's own now.
            app.go(app.now().showing(Page::Shortlist));
        }
    };
    view! {
        <section class="shared-list">
            <h2>{name}</h2>
            <p class="notice">{text.shared_list_notice}</p>
            <p class="no-print">
                <button type="button" on:click=keep>
                    {text.keep_copy}
                </button>
            </p>
            <ol class="result-list">{entries}</ol>
        </section>
    }
}

/// One's own lists: choose, make, rename, delete; each entry with its note and order.
#[component]
fn OwnLists() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let shortlist = app.shortlist;
    let state = app.state;
    let new_name = RwSignal::new(String::new());
    let chooser = move || {
        let current = shortlist.current().map(|l| l.id);
        shortlist
            .names()
            .into_iter()
            .map(|(id, name)| {
                let selected = current.as_deref() == Some(id.as_str());
                view! {
                    <option value=id selected=selected>
                        {name}
                    </option>
                }
            })
            .collect_view()
    };
    let entries = move || {
        let app = use_app();
        let Some(list) = shortlist.current() else {
            return ().into_any();
        };
        let shown: Vec<_> = list
            .entries
            .iter()
            .filter_map(|entry| {
                let profile = app.data.relations.profile(&entry.item)?;
                Some((profile, entry.note.clone()))
            })
            .collect();
        let last = shown.len().saturating_sub(1);
        shown
            .into_iter()
            .enumerate()
            .map(|(at, (profile, note))| {
                let place = Place {
                    first: at == 0,
                    last: at == last,
                };
                entry_card(&app, profile, Some((note, place)))
            })
            .collect_view()
            .into_any()
    };
    let share_address = Signal::derive(move || {
        let Some(list) = shortlist.current() else {
            return String::new();
        };
        let view = ViewState {
            lang: state.with(|s| s.lang),
            ..ViewState::default()
        }
        .showing(Page::Shortlist);
        format!("{}&{}", address_of(&view), share_query(&list))
    });
    view! {
        <Show when=move || shortlist.was_reset.get()>
            <p class="notice" role="status">
                {text.shortlist_reset_notice}
            </p>
        </Show>
        <div class="list-tools no-print">
            <label>
                <span>{text.list_choose}</span>
                <select on:change=move |event| {
                    shortlist.select(&event_target_value(&event))
                }>{chooser}</select>
            </label>
            <form
                class="new-list"
                on:submit=move |event| {
                    event.prevent_default();
                    let name = new_name.get_untracked();
                    if !name.trim().is_empty() {
                        shortlist.create(&name);
                        new_name.set(String::new());
                    }
                }
            >
                <label>
                    <span>{text.list_new_name}</span>
                    <input
                        type="text"
                        dir="auto"
                        maxlength="80"
                        prop:value=move || new_name.get()
                        on:input=move |event| new_name.set(event_target_value(&event))
                    />
                </label>
                <button type="submit">{text.list_create}</button>
            </form>
        </div>
        <Show
            when=move || { shortlist.len() > 0 }
            fallback=move || view! { <p>{text.shortlist_empty}</p> }
        >
            <div class="list-tools no-print">
                <label>
                    <span>{text.list_rename}</span>
                    <input
                        type="text"
                        dir="auto"
                        maxlength="80"
                        prop:value=move || shortlist.current().map(|l| l.name).unwrap_or_default()
                        on:change=move |event| shortlist.rename(&event_target_value(&event))
                    />
                </label>
                <button type="button" on:click=move |_| shortlist.delete_current()>
                    {text.list_delete}
                </button>
            </div>
            <section class="share no-print">
                <h2>{text.share_heading}</h2>
                <p>{text.share_explained}</p>
                <input class="share-link" type="text" readonly prop:value=share_address />
                <CopyButton text=share_address />
                <QrDisclosure address=share_address />
            </section>
            <p class="present-link no-print">
                <Link to=Signal::derive(move || {
                    state.with(|now| now.presenting(Deck::Shortlist))
                })>{text.present}</Link>
            </p>
            <ExportMenu
                items=Callback::new(move |()| {
                    shortlist.ids().into_iter().map(ItemRef::Profile).collect()
                })
                name="shortlist"
                title=Signal::derive(move || {
                    shortlist.current().map(|l| l.name).unwrap_or_default()
                })
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

/// Where an entry stands in its list: the ends cannot move further.
#[derive(Clone, Copy)]
struct Place {
    first: bool,
    last: bool,
}

/// A practice as a handout card; with a note and its place, one's own list's controls (note,
/// order, remove).
fn entry_card(
    app: &AppContext,
    profile: &mflm_core::model::Profile,
    own: Option<(String, Place)>,
) -> AnyView {
    let text = app.text;
    let lang = app.lang.tag();
    let id = profile.id.clone();
    let title = profile.title.get(lang).to_string();
    let summary = profile.summary.get(lang).to_string();
    let why_good = profile
        .why_good
        .as_ref()
        .map(|why| why.get(lang).to_string());
    let shortlist = app.shortlist;
    let controls = own.map(|(note, place)| {
        let (up, down, noted) = (id.clone(), id.clone(), id.clone());
        // Each button names its practice: a screen reader's list of buttons is otherwise
        // twenty "Move up"s.
        let up_label = format!("{}{title}", text.with_colon(text.move_up));
        let down_label = format!("{}{title}", text.with_colon(text.move_down));
        view! {
            <label class="note">
                <span>{text.note_label}</span>
                <textarea
                    dir="auto"
                    maxlength="500"
                    rows="2"
                    prop:value=note.clone()
                    on:change=move |event| shortlist.set_note(&noted, &event_target_value(&event))
                ></textarea>
            </label>
            {(!note.is_empty())
                .then(|| view! { <p class="print-only note-printed">{note.clone()}</p> })}
            <p class="entry-tools no-print">
                <button
                    type="button"
                    aria-label=up_label
                    disabled=place.first
                    on:click=move |_| shortlist.move_up(&up)
                >
                    {text.move_up}
                </button>
                <button
                    type="button"
                    aria-label=down_label
                    disabled=place.last
                    on:click=move |_| shortlist.move_down(&down)
                >
                    {text.move_down}
                </button>
                <ShortlistButton id=id.clone() />
            </p>
        }
    });
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
                                <strong>{text.with_colon(text.why_good_heading)}</strong>
                                {why}
                            </p>
                        }
                    })}
                {handout_facts(app, profile)}
                {printed_link_back(app, ItemRef::Profile(id.clone()))}
                {controls}
            </article>
        </li>
    }
    .into_any()
}

//! Presentation mode: the current results or the shortlist, one item per screen in large
//! type for a projector. Arrow keys and Page Up/Down (what presentation clickers send), or the
//! buttons, step through; "3 / 12" says where; Escape returns to where it started. The slide
//! is in the address, so a reload or a shared link shows the same one.

use leptos::ev;
use leptos::prelude::*;
use mflm_core::query::{Deck, ItemRef, Page};
use mflm_core::relations::{Item, Vocabulary};

use crate::ui::context::{use_app, AppContext};
use crate::ui::parts::content::content;
use crate::ui::parts::labels;

#[component]
pub fn Presentation(deck: Deck) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let state = app.state;
    let data = app.data.clone();
    let shortlist = app.shortlist;
    let query = Memo::new(move |_| state.with(|s| (s.query.clone(), s.sort)));
    // The deck: computed once per change of search or shortlist, not per slide.
    let items = Memo::new(move |_| match deck {
        Deck::Results => query.with(|(q, sort)| data.all_results(q, *sort)),
        Deck::Shortlist => shortlist.ids().into_iter().map(ItemRef::Profile).collect(),
    });
    let total = Memo::new(move |_| items.with(Vec::len));
    // The slide asked for, within the deck (a link past the end shows the last).
    let at = Memo::new(move |_| {
        let asked = state.with(|s| match s.page {
            Page::Present { at, .. } => at as usize,
            _ => 1,
        });
        asked.clamp(1, total.get().max(1))
    });

    let step = {
        let app = app.clone();
        move |to: usize| {
            let to = to.clamp(1, total.get_untracked().max(1));
            // Replaced, not pushed: Back leaves the presentation instead of undoing slides.
            app.correct_view(app.now().with_slide(to as u32));
        }
    };
    let leave = {
        let app = app.clone();
        move || app.go(app.now().leaving_presentation())
    };
    let keys = {
        let (step, leave) = (step.clone(), leave.clone());
        window_event_listener(ev::keydown, move |event| {
            let now = at.get_untracked();
            match event.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" | " " => step(now + 1),
                "ArrowLeft" | "ArrowUp" | "PageUp" => step(now.saturating_sub(1)),
                "Home" => step(1),
                "End" => step(total.get_untracked()),
                "Escape" => leave(),
                _ => return,
            }
            event.prevent_default();
        })
    };
    on_cleanup(move || keys.remove());

    let slide = {
        let app = app.clone();
        move || {
            let index = at.get() - 1;
            items
                .with(|items| items.get(index).cloned())
                .map(|item| slide_view(&app, &item))
        }
    };
    let on_previous = {
        let step = step.clone();
        move |_: ev::MouseEvent| step(at.get_untracked().saturating_sub(1))
    };
    let on_next = move |_: ev::MouseEvent| step(at.get_untracked() + 1);
    let on_exit = move |_: ev::MouseEvent| leave();
    view! {
        <section class="presentation" aria-label=text.present_label aria-live="polite">
            <Show
                when=move || { total.get() > 0 }
                fallback=move || view! { <p class="present-empty">{text.present_empty}</p> }
            >
                {slide.clone()}
            </Show>
            <nav class="present-controls no-print" aria-label=text.present_label>
                <button type="button" disabled=move || { at.get() <= 1 } on:click=on_previous>
                    {text.present_previous}
                </button>
                <span class="present-position">
                    {move || text.present_position(at.get(), total.get())}
                </span>
                <button type="button" disabled=move || { at.get() >= total.get() } on:click=on_next>
                    {text.present_next}
                </button>
                <button type="button" on:click=on_exit>
                    {text.present_exit}
                </button>
            </nav>
        </section>
    }
}

/// One slide: the item's title, what it is, where and when, and its texts, in large type.
fn slide_view(app: &AppContext, item: &ItemRef) -> AnyView {
    let text = app.text;
    let Some(found) = app.data.relations.item(item) else {
        return ().into_any();
    };
    match found {
        Item::Profile(profile) => {
            let kind = labels::vocabulary(app, Vocabulary::ProfileKind, &profile.kind);
            let line = [labels::places(app, profile), profile.period.clone()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <h1 class="slide-title">{content(app, &profile.title)}</h1>
                <p class="slide-meta">
                    <span class="badge kind">{kind}</span>
                    " "
                    {line}
                </p>
                <p class="slide-text">{content(app, &profile.summary)}</p>
                {profile
                    .why_good
                    .as_ref()
                    .map(|why| {
                        view! {
                            <p class="slide-text">
                                <strong>{text.with_colon(text.why_good_heading)}</strong>
                                {content(app, why)}
                            </p>
                        }
                    })}
            }
            .into_any()
        }
        Item::Principle(principle) => view! {
            <h1 class="slide-title">{labels::principle(app, principle)}</h1>
            <p class="slide-text">{content(app, &principle.summary)}</p>
        }
        .into_any(),
        Item::Guideline(guideline) => view! {
            <h1 class="slide-title">{content(app, &guideline.text)}</h1>
            <p class="slide-meta">{text.guideline_summary_badge}</p>
        }
        .into_any(),
        _ => ().into_any(),
    }
}

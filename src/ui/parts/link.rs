//! In-app links: real `<a href>` elements (so they can be opened in a new tab, copied and
//! shared), whose plain clicks change the view without reloading the page.

use leptos::prelude::*;
use mflm_core::query::{ItemRef, ViewState};
use mflm_core::url;

use crate::ui::context::use_app;

#[component]
pub fn Link(
    /// The view the link opens.
    #[prop(into)]
    to: Signal<ViewState>,
    /// Marks the link `aria-current="page"` when true (navigation bars).
    #[prop(optional, into)]
    current: Option<Signal<bool>>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let on_click = move |event: leptos::ev::MouseEvent| {
        let wants_new_tab =
            event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if wants_new_tab || event.button() != 0 {
            return;
        }
        event.prevent_default();
        app.go(to.get_untracked());
    };
    let aria_current = move || current.and_then(|c| c.get().then_some("page"));
    view! {
        <a
            href=move || url::href(&to.get())
            class=class
            aria-current=aria_current
            on:click=on_click
        >
            {children()}
        </a>
    }
}

/// A link to an item's page that keeps the current search, so "back" finds the same list.
/// Its address follows the view: typing `Fees` after `fees` updates it even though the
/// results, and so this link's element, stay the same.
#[component]
pub fn ItemLink(
    item: ItemRef,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let state = use_app().state;
    let to = Signal::derive(move || state.with(|now| now.opening(item.clone())));
    view! {
        <Link to class>
            {children()}
        </Link>
    }
}

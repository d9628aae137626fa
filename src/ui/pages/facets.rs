//! The filter panel: one `<fieldset>` per facet, one native checkbox per option, each label
//! giving the option's name and how many results it would give.

use std::time::Duration;

use leptos::prelude::*;
use mflm_core::engine::{OptionCount, SearchResult};
use mflm_core::query::{Facet, Query};

use crate::ui::context::use_app;
use crate::ui::parts::labels;

/// Long facets (countries, instruments) show this many options until "Show all" is pressed.
const SHORT_LIST: usize = 8;

#[component]
pub fn FacetPanel(result: Memo<SearchResult>, query: Memo<Query>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    // On a phone the panel starts closed so the results are in view; on wider screens CSS
    // always shows it.
    let open = RwSignal::new(false);
    let clear = {
        let app = app.clone();
        move |_| app.clear_filters()
    };
    // On the first load the result list, what a visitor came for, is painted before the
    // option lists are built: they are half the first page's elements, and building them
    // first would hold back the results' first paint by as much. After that first paint
    // the lists are built at once (coming back from an item page, for instance).
    let lists_shown = app.first_paint_done;
    if !lists_shown.get_untracked() {
        request_animation_frame(move || {
            // A task after this frame, so the frame paints the results first.
            set_timeout(
                move || {
                    lists_shown.try_set(true);
                },
                Duration::ZERO,
            );
        });
    }
    let toggle = NodeRef::<leptos::html::Button>::new();
    let show_results = move |_| {
        open.set(false);
        if let Some(heading) = document().get_element_by_id("results-heading") {
            heading.scroll_into_view();
        }
        if let Some(toggle) = toggle.get_untracked() {
            let _ = toggle.focus();
        }
    };
    let facet_groups = move || {
        Facet::ALL
            .map(|facet| {
                let options = Memo::new(move |_| {
                    result.with(|r| {
                        r.facets
                            .iter()
                            .find(|(f, _)| *f == facet)
                            .map(|(_, o)| o.clone())
                            .unwrap_or_default()
                    })
                });
                view! { <FacetGroup facet options /> }
            })
            .into_iter()
            .collect_view()
    };
    view! {
        <aside class="filters" aria-labelledby="filters-heading" class:open=move || open.get()>
            <div class="filters-bar">
                <h2 id="filters-heading">{text.filters_heading}</h2>
                <button
                    type="button"
                    class="filters-toggle"
                    node_ref=toggle
                    aria-expanded=move || open.get().to_string()
                    aria-controls="facet-list"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || {
                        let label = if open.get() { text.hide_filters } else { text.show_filters };
                        let active = query.with(Query::selected_count);
                        text.with_active_count(label, active)
                    }}
                </button>
            </div>
            <button
                type="button"
                class="clear-all"
                on:click=clear
                disabled=move || !query.with(Query::has_filters)
            >
                {text.clear_all}
            </button>
            <div id="facet-list" class="facet-list">
                <Show when=move || lists_shown.get()>{facet_groups}</Show>
                // On a phone the open panel is long: this stays at the bottom of the screen,
                // closes the panel and brings the results into view (hidden on wide screens).
                <button type="button" class="filters-done" on:click=show_results>
                    {move || text.filters_done(result.with(|r| r.total))}
                </button>
            </div>
        </aside>
    }
}

#[component]
fn FacetGroup(facet: Facet, options: Memo<Vec<OptionCount>>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let expanded = RwSignal::new(false);
    let legend = text.facet(facet);
    // Principles are always listed in full, grouped by sub-division, so they need no toggle.
    let is_long = move || facet != Facet::Principle && options.with(|o| o.len() > SHORT_LIST + 2);
    // Options ticked at some point stay listed after they are unticked, so the checkbox (and
    // keyboard focus on it) does not vanish from under the user.
    let kept = StoredValue::new(std::collections::HashSet::<String>::new());

    // Options are keyed by value so a checkbox keeps its element (and keyboard focus) when
    // it is toggled; its count and state update in place.
    let visible = move || {
        let show_all = expanded.get() || !is_long();
        options.with(|all| {
            all.iter()
                .enumerate()
                // Selected options always stay in view, however long the list.
                .filter(|(position, o)| {
                    if o.selected {
                        kept.update_value(|kept| {
                            kept.insert(o.value.clone());
                        });
                    }
                    show_all
                        || o.selected
                        || *position < SHORT_LIST
                        || kept.with_value(|k| k.contains(&o.value))
                })
                .map(|(_, o)| o.value.clone())
                .collect::<Vec<_>>()
        })
    };
    let body = move || {
        if facet == Facet::Principle {
            return view! { <PrincipleOptions options /> }.into_any();
        }
        view! {
            <For each=visible key=|value| value.clone() let:value>
                <FacetOption facet value options />
            </For>
        }
        .into_any()
    };

    // How the values come about, where that is not plain (GCM and SDG come through the
    // item's principles); tied to the group for screen readers.
    let help_id = format!("facet-help-{}", facet.key());
    let help = text.facet_help(facet).map(|help| {
        view! {
            <p class="facet-help" id=help_id.clone()>
                {help}
            </p>
        }
    });
    let described_by = text.facet_help(facet).map(|_| help_id.clone());
    // A facet without options (a data file without a crosswalk) is not shown at all.
    let has_options = move || options.with(|o| !o.is_empty()) || facet == Facet::Principle;
    view! {
        <fieldset
            class="facet"
            data-facet=facet.key()
            aria-describedby=described_by
            hidden=move || !has_options()
        >
            <legend>{legend}</legend>
            {help}
            <ul class="options">{body}</ul>
            <Show when=is_long>
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| {
                        expanded.update(|e| *e = !*e);
                        if !expanded.get_untracked() {
                            kept.update_value(std::collections::HashSet::clear);
                        }
                    }
                >
                    {move || {
                        if expanded.get() {
                            text.show_fewer.to_string()
                        } else {
                            text.show_all(options.with(Vec::len))
                        }
                    }}
                </button>
            </Show>
        </fieldset>
    }
}

/// Principles grouped under their sub-division, as the Framework presents them.
#[component]
fn PrincipleOptions(options: Memo<Vec<OptionCount>>) -> impl IntoView {
    let app = use_app();
    app.data
        .relations
        .subdivisions()
        .iter()
        .map(|subdivision| {
            let numbers: Vec<String> = subdivision.principles.iter().map(u8::to_string).collect();
            let title = labels::subdivision(&app, subdivision);
            let group = numbers
                .into_iter()
                .map(|value| view! { <FacetOption facet=Facet::Principle value options /> })
                .collect_view();
            view! {
                <li class="option-group">
                    <span class="group-title" aria-hidden="true">
                        {title}
                    </span>
                    <ul>{group}</ul>
                </li>
            }
        })
        .collect_view()
}

#[component]
fn FacetOption(facet: Facet, value: String, options: Memo<Vec<OptionCount>>) -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let label = labels::option_label(&app, facet, &value);
    let current = {
        let value = value.clone();
        Memo::new(move |_| {
            options.with(|all| {
                all.iter()
                    .find(|o| o.value == value)
                    .map(|o| (o.count, o.selected))
                    .unwrap_or((0, false))
            })
        })
    };
    let on_change = move |_| app.go(app.now().with_option_toggled(facet, &value));
    // A zero count means choosing it would empty the list: disabled, but still listed so
    // the user sees the option exists. A selected option stays enabled so it can be undone.
    let disabled = move || current.with(|&(count, selected)| count == 0 && !selected);
    view! {
        <li class:empty=disabled>
            <label>
                <input
                    type="checkbox"
                    prop:checked=move || current.get().1
                    disabled=disabled
                    on:change=on_change
                />
                <span class="option-label">{label}</span>
                " "
                <span class="count">{move || text.option_count(current.get().0)}</span>
            </label>
        </li>
    }
}

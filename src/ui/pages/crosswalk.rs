//! The crosswalk: two tables, principles (rows) against GCM objectives and against SDG targets
//! (columns). A linked cell shows how many practices and activities the principle has and
//! leads to the browse list filtered by the principle and the objective (or target): the
//! items behind the cell. Every link is the editors' mapping (the page says so once, and each
//! cell says its basis to screen readers). On a narrow screen the table scrolls sideways with
//! the principle column kept in view.

use leptos::prelude::*;
use mflm_core::crosswalk::Target;
use mflm_core::engine::ItemType;
use mflm_core::model::{CrosswalkBasis, Principle};
use mflm_core::query::{Facet, ItemRef};

use crate::ui::context::{use_app, AppContext};
use crate::ui::parts::content::{is_translated, marker};
use crate::ui::parts::facts::item_link;
use crate::ui::parts::labels;
use crate::ui::parts::link::{ItemLink, Link};

/// One column of a table: its target, the short header ("6", "10.7.1"), and its full name.
struct Column {
    target: ColumnTarget,
    short: String,
    name: String,
}

#[derive(Clone)]
enum ColumnTarget {
    Gcm(u8),
    Sdg(String),
}

impl ColumnTarget {
    fn target(&self) -> Target<'_> {
        match self {
            ColumnTarget::Gcm(n) => Target::Gcm(*n),
            ColumnTarget::Sdg(id) => Target::Sdg(id),
        }
    }

    fn item(&self) -> ItemRef {
        match self {
            ColumnTarget::Gcm(n) => ItemRef::GcmObjective(*n),
            ColumnTarget::Sdg(id) => ItemRef::SdgTarget(id.clone()),
        }
    }

    /// The facet and value that filter the browse list by this column.
    fn filter(&self) -> (Facet, String) {
        match self {
            ColumnTarget::Gcm(n) => (Facet::Gcm, n.to_string()),
            ColumnTarget::Sdg(id) => (Facet::Sdg, id.clone()),
        }
    }
}

#[component]
pub fn Crosswalk() -> impl IntoView {
    let app = use_app();
    let text = app.text;
    let relations = &app.data.relations;
    let framework = relations.framework();
    let gcm: Vec<Column> = framework
        .gcm_objectives
        .iter()
        .map(|o| Column {
            target: ColumnTarget::Gcm(o.number),
            short: o.number.to_string(),
            name: labels::gcm_objective(&app, o),
        })
        .collect();
    let sdg: Vec<Column> = framework
        .sdg_targets
        .iter()
        .map(|t| Column {
            target: ColumnTarget::Sdg(t.id.clone()),
            short: t.id.clone(),
            name: labels::sdg_target(&app, t),
        })
        .collect();
    let gcm_key = key(&gcm, text.crosswalk_key_gcm);
    let sdg_key = key(&sdg, text.crosswalk_key_sdg);
    let gcm_table = table(&app, "crosswalk-gcm", text.crosswalk_gcm_caption, &gcm);
    let sdg_table = table(&app, "crosswalk-sdg", text.crosswalk_sdg_caption, &sdg);
    view! {
        <h1>{text.crosswalk_heading}</h1>
        <p>{text.crosswalk_intro}</p>
        <p class="notice caution crosswalk-basis" role="note">
            {text.crosswalk_basis_note}
        </p>
        <p class="item-meta">{text.crosswalk_scroll_hint}</p>
        <section class="crosswalk-section" aria-labelledby="crosswalk-gcm-heading">
            <h2 id="crosswalk-gcm-heading">{text.crosswalk_gcm_heading}</h2>
            {gcm_table}
            {gcm_key}
        </section>
        <section class="crosswalk-section" aria-labelledby="crosswalk-sdg-heading">
            <h2 id="crosswalk-sdg-heading">{text.crosswalk_sdg_heading}</h2>
            {sdg_table}
            {sdg_key}
        </section>
    }
}

/// A table of principles against `columns`, in a scrolling region a keyboard can reach.
fn table(app: &AppContext, id: &'static str, caption: &'static str, columns: &[Column]) -> AnyView {
    let text = app.text;
    let relations = &app.data.relations;
    let headers = columns
        .iter()
        .map(|column| {
            let item = column.target.item();
            let (short, name) = (column.short.clone(), column.name.clone());
            view! {
                <th scope="col">
                    <ItemLink item>
                        <span aria-hidden="true">{short}</span>
                        <span class="visually-hidden">{name}</span>
                    </ItemLink>
                </th>
            }
        })
        .collect_view();
    let mut principles: Vec<&Principle> = relations.framework().principles.iter().collect();
    principles.sort_by_key(|p| p.number);
    let rows = principles
        .into_iter()
        .map(|principle| {
            let cells = columns
                .iter()
                .map(|column| cell(app, principle.number, column))
                .collect_view();
            let label = labels::principle(app, principle);
            view! {
                <tr>
                    <th scope="row">
                        {item_link(ItemRef::Principle(principle.number), label)}
                        {marker(app, is_translated(app, &principle.title))}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let caption_id = format!("{id}-caption");
    let region_label = caption_id.clone();
    view! {
        <div class="crosswalk-scroll" role="region" aria-labelledby=region_label tabindex="0">
            <table class="crosswalk" id=id>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text.crosswalk_principle_column}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// One cell: empty (said as "not linked") or a link to the browse list of the principle's
/// items filtered by the column, showing how many practices and activities it has.
fn cell(app: &AppContext, number: u8, column: &Column) -> AnyView {
    let text = app.text;
    let relations = &app.data.relations;
    let Some(link) = relations.crosswalk_link(number, column.target.target()) else {
        return view! {
            <td class="no-link">
                <span class="visually-hidden">{text.crosswalk_no_link}</span>
            </td>
        }
        .into_any();
    };
    let count = relations
        .profiles_of_cell(number, column.target.target())
        .len();
    let (facet, value) = column.target.filter();
    // The practices and activities only, so the list holds exactly the cell's count (the
    // principle and its guideline themes match the filters too).
    let to = app
        .now()
        .filtered_by(Facet::Principle, &number.to_string())
        .with_option_toggled(facet, &value)
        .with_option_toggled(Facet::Type, ItemType::Practice.key())
        .with_option_toggled(Facet::Type, ItemType::Activity.key());
    let (class, basis) = match link.basis {
        CrosswalkBasis::Editors => ("linked editors", text.crosswalk_cell_editors),
        CrosswalkBasis::Source => ("linked source", text.crosswalk_cell_source),
    };
    view! {
        <td class=class>
            <Link to>{count.to_string()} <span class="visually-hidden">" "{basis}</span></Link>
        </td>
    }
    .into_any()
}

/// The columns' full names, each a link to its page: the key to the numbered headers.
fn key(columns: &[Column], heading: &'static str) -> AnyView {
    let entries = columns
        .iter()
        .map(|column| view! { <li>{item_link(column.target.item(), column.name.clone())}</li> })
        .collect_view();
    view! {
        <div class="crosswalk-key">
            <h3>{heading}</h3>
            <ul class="link-list">{entries}</ul>
        </div>
    }
    .into_any()
}

//! Pieces of the crosswalk shared by the objective, target and principle pages.

use leptos::prelude::*;
use mflm_core::model::{CrosswalkBasis, CrosswalkLink};
use mflm_core::query::ItemRef;

use crate::ui::context::AppContext;
use crate::ui::parts::facts::item_link;
use crate::ui::parts::labels;

/// "Editors' mapping" (with its explanation on hover and for screen readers) or "Stated by
/// a source".
pub fn basis_badge(app: &AppContext, link: &CrosswalkLink) -> AnyView {
    let text = app.text;
    match link.basis {
        CrosswalkBasis::Editors => view! {
            <span class="badge caution basis" title=text.basis_editors_explained>
                {text.basis_editors}
            </span>
        }
        .into_any(),
        CrosswalkBasis::Source => {
            view! { <span class="badge basis">{text.basis_source}</span> }.into_any()
        }
    }
}

/// The GCM objectives and SDG targets a practice or activity relates to *through its
/// principles* (none links to it directly), each saying which principle it comes through;
/// nothing when its principles link to none.
pub fn through_principles_section(app: &AppContext, principles: &[u8]) -> Option<AnyView> {
    let relations = &app.data.relations;
    let mut numbers: Vec<u8> = principles.to_vec();
    numbers.sort_unstable();
    numbers.dedup();
    // Each objective or target once, with the principles it comes through: objectives by
    // number, then targets in the data's order.
    fn add(entries: &mut Vec<(ItemRef, String, Vec<u8>)>, item: ItemRef, label: String, n: u8) {
        match entries.iter_mut().find(|(i, _, _)| *i == item) {
            Some((_, _, through)) => through.push(n),
            None => entries.push((item, label, vec![n])),
        }
    }
    let mut objectives: Vec<(u8, ItemRef, String, Vec<u8>)> = Vec::new();
    let mut entries: Vec<(ItemRef, String, Vec<u8>)> = Vec::new();
    for &n in &numbers {
        for (objective, _) in relations.objectives_of_principle(n) {
            let label = labels::gcm_objective(app, objective);
            match objectives
                .iter_mut()
                .find(|(number, ..)| *number == objective.number)
            {
                Some((.., through)) => through.push(n),
                None => objectives.push((
                    objective.number,
                    ItemRef::GcmObjective(objective.number),
                    label,
                    vec![n],
                )),
            }
        }
    }
    objectives.sort_by_key(|(number, ..)| *number);
    let mut targets = Vec::new();
    for &n in &numbers {
        for (target, _) in relations.targets_of_principle(n) {
            let label = labels::sdg_target(app, target);
            add(
                &mut targets,
                ItemRef::SdgTarget(target.id.clone()),
                label,
                n,
            );
        }
    }
    let position = |item: &ItemRef| match item {
        ItemRef::SdgTarget(id) => relations
            .framework()
            .sdg_targets
            .iter()
            .position(|t| &t.id == id),
        _ => None,
    };
    targets.sort_by_key(|(item, ..)| position(item));
    entries.extend(
        objectives
            .into_iter()
            .map(|(_, item, label, through)| (item, label, through)),
    );
    entries.extend(targets);
    if entries.is_empty() {
        return None;
    }
    let text = app.text;
    let rows = entries
        .into_iter()
        .map(|(item, label, through)| {
            view! {
                <li>
                    {item_link(item, label)}
                    <span class="item-meta through">{text.crosswalk_through(&through)}</span>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="profile-crosswalk">
                <h2>{text.profile_crosswalk_heading}</h2>
                <p class="notice caution">{text.basis_editors_explained}</p>
                <ul class="link-list">{rows}</ul>
            </section>
        }
        .into_any(),
    )
}

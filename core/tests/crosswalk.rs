//! The crosswalk between principles, GCM objectives and SDG targets: on the shipped data,
//! every link resolves and both directions agree, and the GCM and SDG facets count what a
//! hand count through the principles gives; on small broken files, the validator names each
//! problem.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use mflm_core::crosswalk::Target;
use mflm_core::engine::Index;
use mflm_core::lang::Lang;
use mflm_core::model::{CrosswalkBasis, SdgLevel};
use mflm_core::query::{Facet, ItemRef, Query, Sort};
use mflm_core::relations::{Item, Relations};
use mflm_core::validate::{load, Problem};
use serde_json::{json, Value};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");
const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn shipped() -> &'static Relations {
    static RELATIONS: OnceLock<Relations> = OnceLock::new();
    RELATIONS.get_or_init(|| {
        let json = std::fs::read_to_string(PATH).expect("the shipped data file is readable");
        Relations::new(load(&json).expect("the shipped data loads"))
    })
}

#[test]
fn the_shipped_data_lists_the_23_gcm_objectives_once_each_with_their_source() {
    let framework = shipped().framework();
    let numbers: Vec<u8> = framework.gcm_objectives.iter().map(|o| o.number).collect();
    assert_eq!(numbers, (1..=23).collect::<Vec<u8>>());
    for objective in &framework.gcm_objectives {
        assert_eq!(objective.source.document, "un-gcm");
        assert_eq!(
            objective.source.locator,
            format!("paragraph 16, objective {}", objective.number)
        );
        let found = shipped().item(&ItemRef::GcmObjective(objective.number));
        assert!(matches!(found, Some(Item::GcmObjective(o)) if o.number == objective.number));
    }
    assert!(shipped().item(&ItemRef::GcmObjective(24)).is_none());
}

#[test]
fn the_shipped_data_has_the_labour_migration_sdg_targets_and_indicator_10_7_1() {
    let relations = shipped();
    for (id, level, document) in [
        ("8.7", SdgLevel::Target, "un-2030-agenda"),
        ("8.8", SdgLevel::Target, "un-2030-agenda"),
        ("10.7", SdgLevel::Target, "un-2030-agenda"),
        ("10.c", SdgLevel::Target, "un-2030-agenda"),
        ("10.7.1", SdgLevel::Indicator, "un-sdg-indicators"),
    ] {
        let target = relations.sdg_target(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(
            (target.level, target.source.document.as_str()),
            (level, document)
        );
        assert!(relations.item(&ItemRef::SdgTarget(id.into())).is_some());
    }
    assert!(relations
        .item(&ItemRef::SdgTarget("10.7.9".into()))
        .is_none());
}

#[test]
fn every_shipped_link_resolves_and_is_the_editors_mapping() {
    let relations = shipped();
    let framework = relations.framework();
    assert!(framework.crosswalk.len() >= 20, "the mapping is there");
    for (index, link) in framework.crosswalk.iter().enumerate() {
        assert!(
            relations.principle(link.principle).is_some(),
            "link {index}"
        );
        match Target::of(link).expect("one target per link") {
            Target::Gcm(n) => assert!(relations.gcm_objective(n).is_some(), "link {index}"),
            Target::Sdg(id) => assert!(relations.sdg_target(id).is_some(), "link {index}"),
        }
        // No published document maps the principles to the GCM or the SDGs.
        assert_eq!(link.basis, CrosswalkBasis::Editors, "link {index}");
        assert!(link.source.is_none(), "link {index}");
    }
    // The mapping's anchor: recruitment (principle 13) -> GCM 6 and indicator 10.7.1.
    assert!(relations.crosswalk_link(13, Target::Gcm(6)).is_some());
    assert!(relations
        .crosswalk_link(13, Target::Sdg("10.7.1"))
        .is_some());
    assert!(relations.crosswalk_link(13, Target::Gcm(8)).is_none());
}

#[test]
fn both_directions_of_every_link_agree() {
    let relations = shipped();
    let framework = relations.framework();
    let mut from_principles = BTreeSet::new();
    for principle in &framework.principles {
        let n = principle.number;
        for (objective, link) in relations.objectives_of_principle(n) {
            assert_eq!(link.principle, n);
            assert_eq!(link.gcm_objective, Some(objective.number));
            from_principles.insert((n, format!("gcm {}", objective.number)));
        }
        for (target, link) in relations.targets_of_principle(n) {
            assert_eq!(link.sdg_target.as_deref(), Some(target.id.as_str()));
            from_principles.insert((n, format!("sdg {}", target.id)));
        }
    }
    let mut from_targets = BTreeSet::new();
    for objective in &framework.gcm_objectives {
        for (principle, _) in relations.principles_of_target(Target::Gcm(objective.number)) {
            from_targets.insert((principle.number, format!("gcm {}", objective.number)));
        }
    }
    for target in &framework.sdg_targets {
        for (principle, _) in relations.principles_of_target(Target::Sdg(&target.id)) {
            from_targets.insert((principle.number, format!("sdg {}", target.id)));
        }
    }
    let in_data: BTreeSet<(u8, String)> = framework
        .crosswalk
        .iter()
        .map(|l| match Target::of(l).unwrap() {
            Target::Gcm(n) => (l.principle, format!("gcm {n}")),
            Target::Sdg(id) => (l.principle, format!("sdg {id}")),
        })
        .collect();
    assert_eq!(from_principles, in_data);
    assert_eq!(from_targets, in_data);
}

/// The profiles of an objective or target, counted by hand: those listing a linked principle.
fn by_hand(relations: &Relations, target: Target) -> Vec<String> {
    let linked: BTreeSet<u8> = relations
        .framework()
        .crosswalk
        .iter()
        .filter(|l| Target::of(l) == Some(target))
        .map(|l| l.principle)
        .collect();
    relations
        .framework()
        .profiles
        .iter()
        .filter(|p| p.principles.iter().any(|n| linked.contains(n)))
        .map(|p| p.id.clone())
        .collect()
}

#[test]
fn practices_relate_to_objectives_and_targets_only_through_their_principles() {
    let relations = shipped();
    let framework = relations.framework();
    let targets = framework
        .gcm_objectives
        .iter()
        .map(|o| Target::Gcm(o.number))
        .chain(framework.sdg_targets.iter().map(|t| Target::Sdg(&t.id)));
    for target in targets {
        let through: Vec<String> = relations
            .profiles_through(target)
            .iter()
            .map(|p| p.id.clone())
            .collect();
        assert_eq!(through, by_hand(relations, target), "{target:?}");
    }
    // A cell leads to the profiles of its principle, and an empty cell to none.
    assert_eq!(
        relations.profiles_of_cell(13, Target::Gcm(6)).len(),
        relations.profiles_of_principle(13).len()
    );
    assert!(relations.profiles_of_cell(13, Target::Gcm(8)).is_empty());
    // Objective 6's instruments include those around principle 13 (C181 underpins it).
    let six: Vec<&str> = relations
        .instruments_through(Target::Gcm(6))
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    for i in relations.instruments_around_principle(13) {
        assert!(six.contains(&i.id.as_str()), "{}", i.id);
    }
}

#[test]
fn gcm_and_sdg_facet_counts_equal_a_hand_count_through_the_principles() {
    let relations = shipped();
    let framework = relations.framework();
    let index = Index::new(framework, Lang::En);
    let result = index.search_page(&Query::default(), Sort::Relevance, 1);
    for facet in [Facet::Gcm, Facet::Sdg] {
        let (_, options) = result.facets.iter().find(|(f, _)| *f == facet).unwrap();
        assert!(!options.is_empty(), "{facet:?} has options");
        for option in options {
            let target = match facet {
                Facet::Gcm => Target::Gcm(option.value.parse().unwrap()),
                _ => Target::Sdg(&option.value),
            };
            let linked: BTreeSet<u8> = framework
                .crosswalk
                .iter()
                .filter(|l| Target::of(l) == Some(target))
                .map(|l| l.principle)
                .collect();
            let principles = linked.len();
            let guidelines = framework
                .guidelines
                .iter()
                .filter(|g| linked.contains(&g.principle))
                .count();
            let profiles = by_hand(relations, target).len();
            assert_eq!(
                option.count,
                principles + guidelines + profiles,
                "{facet:?} {}",
                option.value
            );
        }
    }
    // Objectives no principle links to are not offered.
    let offered: Vec<&String> = index.options(Facet::Gcm).iter().collect();
    assert!(!offered.iter().any(|v| v.as_str() == "8"), "{offered:?}");
}

// ---- The validator on small broken files ---------------------------------------------------

fn with_crosswalk(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value: Value = serde_json::from_str(MINIMAL).unwrap();
    value["sources"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "un-gcm", "title": { "en": "GCM" }, "citation": "A/RES/73/195" }));
    let source = json!({ "document": "un-gcm", "locator": "paragraph 16, objective 6" });
    value["gcm_objectives"] =
        json!([{ "number": 6, "title": { "en": "Fair recruitment" }, "source": source }]);
    value["sdg_targets"] = json!([{ "id": "10.7.1", "level": "indicator", "title": { "en": "Costs" }, "source": source }]);
    value["crosswalk"] = json!([
        { "principle": 1, "gcm_objective": 6, "basis": "editors" },
        { "principle": 2, "sdg_target": "10.7.1", "basis": "source", "source": source }
    ]);
    edit(&mut value);
    match load(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(error) => error.problems().to_vec(),
    }
}

#[track_caller]
fn assert_one(problems: &[Problem], item: &str, field: &str, words: &str) {
    let [only] = problems else {
        panic!("expected one problem, got {problems:#?}");
    };
    assert_eq!(
        (only.item.as_str(), only.field.as_str()),
        (item, field),
        "{only}"
    );
    assert!(
        only.message.contains(words),
        "{only:?} should say {words:?}"
    );
}

#[test]
fn a_sound_crosswalk_loads() {
    assert_eq!(with_crosswalk(|_| {}), []);
    // A file without any crosswalk still loads (the lists default to empty).
    assert!(load(MINIMAL).is_ok());
}

#[test]
fn objective_numbers_are_1_to_23_and_each_listed_once() {
    let problems = with_crosswalk(|v| v["gcm_objectives"][0]["number"] = json!(24));
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert_eq!(problems[0].item, "gcm_objectives[0]");
    assert!(problems[0].message.contains("objectives 1 to 23"));
    assert!(problems[1].message.contains("GCM objective 6 is not among"));
    let problems = with_crosswalk(|v| {
        let again = v["gcm_objectives"][0].clone();
        v["gcm_objectives"].as_array_mut().unwrap().push(again);
    });
    assert_one(&problems, "GCM objective 6", "number", "listed twice");
}

#[test]
fn sdg_ids_and_levels_must_agree() {
    let problems = with_crosswalk(|v| v["sdg_targets"][0]["level"] = json!("target"));
    assert_one(&problems, "SDG 10.7.1", "level", "does not match");
    let problems = with_crosswalk(|v| {
        v["sdg_targets"][0]["id"] = json!("10-7-1");
        v["crosswalk"][1]["sdg_target"] = json!("10-7-1");
    });
    assert_one(&problems, "SDG 10-7-1", "id", "not an SDG number");
    let problems = with_crosswalk(|v| v["sdg_targets"][0]["level"] = json!("goal"));
    assert_one(&problems, "SDG 10.7.1", "level", "unknown value");
}

#[test]
fn every_link_resolves_names_one_target_and_has_a_valid_basis() {
    let problems = with_crosswalk(|v| v["crosswalk"][0]["gcm_objective"] = json!(7));
    assert_one(
        &problems,
        "crosswalk[0]",
        "gcm_objective",
        "GCM objective 7 is not among",
    );
    let problems = with_crosswalk(|v| v["crosswalk"][1]["sdg_target"] = json!("10.7.2"));
    assert_one(
        &problems,
        "crosswalk[1]",
        "sdg_target",
        "no SDG target has id \"10.7.2\"",
    );
    let problems = with_crosswalk(|v| v["crosswalk"][0]["principle"] = json!(9));
    assert_one(
        &problems,
        "crosswalk[0]",
        "principle",
        "not among the data's principles",
    );
    let problems = with_crosswalk(|v| v["crosswalk"][0]["sdg_target"] = json!("10.7.1"));
    assert_one(&problems, "crosswalk[0]", "gcm_objective", "exactly one");
    let problems = with_crosswalk(|v| {
        v["crosswalk"][0]
            .as_object_mut()
            .unwrap()
            .remove("gcm_objective");
    });
    assert_one(&problems, "crosswalk[0]", "gcm_objective", "exactly one");
    let problems = with_crosswalk(|v| v["crosswalk"][0]["basis"] = json!("editor"));
    assert_one(
        &problems,
        "crosswalk[0]",
        "basis",
        "did you mean \"editors\"",
    );
    let problems = with_crosswalk(|v| {
        v["crosswalk"][1].as_object_mut().unwrap().remove("source");
    });
    assert_one(&problems, "crosswalk[1]", "source", "cites the document");
    let problems =
        with_crosswalk(|v| v["crosswalk"][0]["source"] = v["crosswalk"][1]["source"].clone());
    assert_one(&problems, "crosswalk[0]", "source", "is our mapping");
    let problems = with_crosswalk(|v| v["crosswalk"][1]["source"]["document"] = json!("un-sdg"));
    assert_one(
        &problems,
        "crosswalk[1]",
        "source.document",
        "no source has id",
    );
    let problems = with_crosswalk(|v| {
        let again = v["crosswalk"][0].clone();
        v["crosswalk"].as_array_mut().unwrap().push(again);
    });
    assert_one(&problems, "crosswalk[2]", "principle", "listed twice");
    let problems = with_crosswalk(|v| v["crosswalk"][0]["colour"] = json!("red"));
    assert_one(&problems, "crosswalk[0]", "colour", "unknown field");
}

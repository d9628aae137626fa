//! The field lists of `shape.rs` must say what `model.rs` says. A fully populated `Framework`
//! (every optional field set, every list non-empty) is serialised, and its keys compared
//! with the lists; then each field is removed, or set to null, to check that serde and the
//! lists agree on what is required.
use super::shape::*;
use super::{validate, Problem};
use crate::model::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn citation() -> Citation {
    Citation {
        document: "src".into(),
        locator: "para 1".into(),
        url: Some("https://example.org".into()),
    }
}

fn term(id: &str) -> Term {
    Term {
        id: id.into(),
        label: Text::en(id),
    }
}

fn populated() -> Framework {
    Framework {
        schema_version: SCHEMA_VERSION,
        meta: Meta {
            title: Text::en("Title"),
            publisher: "ILO".into(),
            year_adopted: 2005,
            year_published: 2006,
            isbn: vec!["92-2-118997-1".into()],
            compiled: "2026-11-25".into(),
            about: Text::en("About"),
            limitations: vec![Text::en("Limit")],
            source: citation(),
            licence: Some(Licence {
                spdx: "CC-BY-4.0".into(),
                url: "https://creativecommons.org/licenses/by/4.0/".into(),
                note: Text::en("Licence"),
            }),
        },
        vocabularies: Vocabularies {
            regions: vec![term("asia")],
            sectors: vec![term("all-sectors")],
            actor_types: vec![term("government")],
            profile_kinds: vec![term("programme")],
            instrument_types: vec![term("convention")],
            countries: vec![Country {
                id: "PHL".into(),
                label: Text::en("Philippines"),
                region: "asia".into(),
            }],
        },
        sources: vec![SourceDocument {
            id: "src".into(),
            title: Text::en("Source"),
            citation: "ILO 2006".into(),
            url: Some("https://example.org".into()),
        }],
        subdivisions: vec![Subdivision {
            id: "I".into(),
            title: Text::en("Decent work"),
            principles: vec![1],
            title_confidence: Confidence::High,
            principles_confidence: Confidence::Medium,
            source: citation(),
        }],
        principles: vec![Principle {
            number: 1,
            subdivision: "I".into(),
            title: Text::en("One"),
            summary: Text::en("Summary"),
            confidence: Confidence::Low,
            parts: vec!["a".into()],
            note: Some(Text::en("Note")),
            source: citation(),
        }],
        guidelines: vec![Guideline {
            id: "g1.1".into(),
            principle: 1,
            number: Some("1.1".into()),
            basis: GuidelineBasis::Framework,
            text: Text::en("Guideline"),
            source: citation(),
        }],
        instruments: vec![Instrument {
            id: "C097".into(),
            name: "Migration for Employment Convention (Revised), 1949".into(),
            short_name: Some("Migration for Employment Convention".into()),
            official_names: Default::default(),
            instrument_type: "convention".into(),
            year: 1949,
            category: Some(Text::en("ILO")),
            annex_i: Confidence::High,
            basis: Text::en("Basis"),
            principles: vec![1],
            source: citation(),
        }],
        profiles: vec![Profile {
            id: "P-1".into(),
            profile_type: ProfileType::Practice,
            kind: "programme".into(),
            title: Text::en("Profile"),
            summary: Text::en("Summary"),
            why_good: Some(Text::en("Why")),
            countries: vec!["PHL".into()],
            areas: vec!["ASEAN".into()],
            regions: vec!["asia".into()],
            sectors: vec!["all-sectors".into()],
            period: "2005".into(),
            actors: vec![Actor {
                actor_type: "government".into(),
                name: Some("Ministry".into()),
            }],
            principles: vec![1],
            guidelines: vec!["g1.1".into()],
            instruments: vec!["C097".into()],
            tags: vec!["fees".into()],
            certainty: Certainty {
                details: Confidence::High,
                principle_links: LinkBasis::Compiler,
                annex_ii: AnnexIiStatus::NotEstablished,
                note: Some(Text::en("Note")),
            },
            source: citation(),
        }],
        gcm_objectives: vec![GcmObjective {
            number: 6,
            title: Text::en("Fair recruitment"),
            source: citation(),
        }],
        sdg_targets: vec![SdgTarget {
            id: "10.7.1".into(),
            level: SdgLevel::Indicator,
            title: Text::en("Recruitment costs"),
            source: citation(),
        }],
        crosswalk: vec![CrosswalkLink {
            principle: 1,
            gcm_objective: Some(6),
            sdg_target: Some("10.7.1".into()),
            basis: CrosswalkBasis::Source,
            source: Some(citation()),
        }],
    }
}

/// A JSON pointer to an object, and one of the fields its list allows.
struct FieldAt {
    pointer: String,
    field: Field,
}

/// Compares keys with the lists everywhere in `value`; collects every field it checked.
fn compare(value: &Value, shape: Shape, pointer: &str, fields_seen: &mut Vec<FieldAt>) {
    match shape {
        Shape::Object(fields) => {
            let object = value.as_object().expect(pointer);
            let written: BTreeSet<&str> = object.keys().map(String::as_str).collect();
            let listed: BTreeSet<&str> = fields.iter().map(|f| f.name).collect();
            assert_eq!(written, listed, "fields of the object at {pointer:?}");
            for field in fields {
                let child = format!("{pointer}/{}", field.name);
                compare(&object[field.name], field.shape, &child, fields_seen);
                fields_seen.push(FieldAt {
                    pointer: pointer.to_string(),
                    field: *field,
                });
            }
        }
        Shape::List(inner) => {
            let entries = value.as_array().expect(pointer);
            assert!(!entries.is_empty(), "populate the list at {pointer:?}");
            for (index, entry) in entries.iter().enumerate() {
                compare(entry, *inner, &format!("{pointer}/{index}"), fields_seen);
            }
        }
        Shape::OneOf(allowed) => {
            assert!(
                allowed.contains(&value.as_str().expect(pointer)),
                "{pointer}"
            );
        }
        Shape::Str => assert!(value.is_string(), "{pointer}"),
        Shape::Whole(_) => assert!(value.is_u64(), "{pointer}"),
        Shape::Text => assert!(value.is_object(), "{pointer}"),
    }
}

#[test]
fn field_lists_match_what_serde_writes() {
    let value = serde_json::to_value(populated()).unwrap();
    compare(&value, Shape::Object(FRAMEWORK), "", &mut Vec::new());
    assert_eq!(check_shape(&value.to_string(), &value), []);
    // Populated means every field set, but a link names one target: objective or SDG target.
    let mut sound = populated();
    assert_eq!(
        validate(&sound),
        [Problem::new(
            "crosswalk[0]",
            "gcm_objective",
            "a link names exactly one of gcm_objective and sdg_target"
        )]
    );
    sound.crosswalk[0].sdg_target = None;
    assert_eq!(validate(&sound), []);
}

#[test]
fn field_lists_match_what_serde_requires() {
    let value = serde_json::to_value(populated()).unwrap();
    let mut fields = Vec::new();
    compare(&value, Shape::Object(FRAMEWORK), "", &mut fields);
    for FieldAt { pointer, field } in fields {
        let mut without = value.clone();
        let object = without
            .pointer_mut(&pointer)
            .unwrap()
            .as_object_mut()
            .unwrap();
        object.remove(field.name);
        let accepted = serde_json::from_value::<Framework>(without).is_ok();
        let required = field.presence == Presence::Required;
        assert_eq!(accepted, !required, "{pointer}/{} left out", field.name);

        let mut null = value.clone();
        null.pointer_mut(&pointer).unwrap()[field.name] = Value::Null;
        let accepted = serde_json::from_value::<Framework>(null).is_ok();
        let nullable = field.presence == Presence::Optional;
        assert_eq!(accepted, nullable, "{pointer}/{} set to null", field.name);
    }
}

/// Every variant of each enum, by an exhaustive match, so adding one fails to compile here.
#[test]
fn enum_value_lists_match_the_model() {
    fn written<T: serde::Serialize>(values: &[T]) -> BTreeSet<String> {
        values
            .iter()
            .map(|v| {
                serde_json::to_value(v)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }
    fn listed(shape: Shape) -> BTreeSet<String> {
        let Shape::OneOf(values) = shape else {
            panic!("not an enum shape")
        };
        values.iter().map(|v| v.to_string()).collect()
    }

    let confidences = [Confidence::High, Confidence::Medium, Confidence::Low];
    match confidences[0] {
        Confidence::High | Confidence::Medium | Confidence::Low => {}
    }
    assert_eq!(written(&confidences), listed(CONFIDENCE));

    let bases = [GuidelineBasis::Framework, GuidelineBasis::Summary];
    match bases[0] {
        GuidelineBasis::Framework | GuidelineBasis::Summary => {}
    }
    assert_eq!(written(&bases), listed(GUIDELINE_BASIS));

    let types = [ProfileType::Practice, ProfileType::Activity];
    match types[0] {
        ProfileType::Practice | ProfileType::Activity => {}
    }
    assert_eq!(written(&types), listed(PROFILE_TYPE));

    let statuses = [
        AnnexIiStatus::Confirmed,
        AnnexIiStatus::LikelyUnconfirmed,
        AnnexIiStatus::NotEstablished,
    ];
    match statuses[0] {
        AnnexIiStatus::Confirmed
        | AnnexIiStatus::LikelyUnconfirmed
        | AnnexIiStatus::NotEstablished => {}
    }
    assert_eq!(written(&statuses), listed(ANNEX_II_STATUS));

    let links = [
        LinkBasis::DatabaseTags,
        LinkBasis::DatabaseThemes,
        LinkBasis::Compiler,
    ];
    match links[0] {
        LinkBasis::DatabaseTags | LinkBasis::DatabaseThemes | LinkBasis::Compiler => {}
    }
    assert_eq!(written(&links), listed(LINK_BASIS));
}

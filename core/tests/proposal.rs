//! The "Propose a practice" form's checks (`mflm_core::proposal`) over the shipped data.

use mflm_core::model::Framework;
use mflm_core::proposal::{check, check_file, Draft, DraftActor, Field, FieldProblem, Issue};
use mflm_core::validate::load;
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-30";

fn data() -> Framework {
    let json = include_str!("../../data/framework.json");
    load(json).expect("the shipped data is valid")
}

fn valid_draft() -> Draft {
    Draft {
        title: "Seasonal farm workers' welfare fund run with\nworkers' unions".to_string(),
        summary: "A fund, run jointly by the  ministry and unions, pays for housing inspections \
                  and legal advice for seasonal farm workers."
            .to_string(),
        kind: "programme".to_string(),
        countries: vec!["PHL".to_string()],
        regions: vec!["asia-pacific".to_string()],
        sectors: vec!["agriculture".to_string()],
        period: "2019 onwards".to_string(),
        actors: vec![
            DraftActor {
                actor_type: "government".to_string(),
                name: "Department of Labor and Employment".to_string(),
            },
            DraftActor::default(),
            DraftActor {
                actor_type: "workers".to_string(),
                name: String::new(),
            },
        ],
        principles: vec!["9".to_string(), "13".to_string()],
        guidelines: vec![],
        instruments: vec!["C097".to_string()],
        tags: "seasonal work, housing,  legal advice ,".to_string(),
        source_title: "Annual report on seasonal work".to_string(),
        source_citation: "Ministry of Labour, Manila, 2021".to_string(),
        source_locator: "pages 12-14".to_string(),
        source_url: "https://example.org/report.pdf".to_string(),
        contact: "A. Person, a.person@example.org".to_string(),
    }
}

fn problems(draft: &Draft) -> Vec<FieldProblem> {
    check(&data(), draft, TODAY).expect_err("the draft has problems")
}

fn issues_of(problems: &[FieldProblem], field: Field) -> Vec<&Issue> {
    problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| &p.issue)
        .collect()
}

#[test]
fn an_empty_draft_gives_one_required_problem_per_required_field_and_nothing_else() {
    let problems = problems(&Draft::default());
    let expected: Vec<FieldProblem> = Field::REQUIRED
        .iter()
        .map(|&field| FieldProblem {
            field,
            issue: Issue::Required,
        })
        .collect();
    let mut got = problems.clone();
    got.sort_by_key(|p| p.field);
    let mut want = expected;
    want.sort_by_key(|p| p.field);
    assert_eq!(got, want);
}

#[test]
fn a_valid_draft_becomes_a_file_that_check_proposal_accepts_and_that_merges_as_valid_data() {
    let framework = data();
    let file = check(&framework, &valid_draft(), TODAY).expect("valid");
    assert_eq!(file.format, "mflm-proposal");
    assert_eq!(file.version, 1);
    assert_eq!(file.submitted, TODAY);
    assert_eq!(file.file_name(), "mflm-proposal-2026-11-30.json");
    let profile = &file.profile;
    assert_eq!(profile.id, "proposed-2026-11-30");
    assert_eq!(
        profile.title.get("en"),
        "Seasonal farm workers' welfare fund run with workers' unions",
        "line breaks and runs of spaces become one space"
    );
    assert_eq!(profile.tags, ["seasonal work", "housing", "legal advice"]);
    assert_eq!(profile.actors.len(), 2, "the blank row is dropped");
    assert_eq!(profile.actors[1].name, None);
    assert_eq!(profile.principles, [9, 13]);
    assert_eq!(profile.source.document, file.source.id);
    assert_eq!(profile.source.locator, "pages 12-14");
    assert_eq!(
        file.source.url.as_deref(),
        Some("https://example.org/report.pdf")
    );

    // What the CLI's check-proposal does, on the JSON the app downloads.
    let json = file.to_json();
    let read_back = check_file(&framework, &json).expect("check-proposal accepts it");
    assert_eq!(read_back, file);

    // Merged into the data file, the whole loader (shape walk included) accepts it.
    let merged = file.merged_into(&framework);
    let merged_json = serde_json::to_string(&merged).unwrap();
    let loaded = load(&merged_json).expect("the merged data is valid");
    assert_eq!(loaded.profiles.len(), framework.profiles.len() + 1);
    assert_eq!(loaded.sources.len(), framework.sources.len() + 1);

    let email = file.email_text(&framework);
    assert!(email.contains(
        "Subject: Practice proposed for MFLM Explorer: Seasonal farm workers' welfare fund"
    ));
    assert!(email.contains("Countries: Philippines (PHL)"), "{email}");
    assert!(email.contains("Principles: 9. "), "{email}");
    assert!(email.contains("mflm-proposal-2026-11-30.json"), "{email}");
}

#[test]
fn a_draft_without_locator_url_or_contact_is_valid_and_says_the_locator_is_not_given() {
    let mut draft = valid_draft();
    draft.source_locator = "  ".to_string();
    draft.source_url.clear();
    draft.contact.clear();
    let file = check(&data(), &draft, TODAY).expect("valid");
    assert_eq!(file.profile.source.locator, "not given");
    assert_eq!(file.source.url, None);
    assert_eq!(file.contact, None);
    assert!(!file.to_json().contains("contact"));
}

#[test]
fn each_vocabulary_error_is_named_by_its_field_with_a_suggestion_for_a_typo() {
    let mut draft = valid_draft();
    draft.kind = "programe".to_string();
    draft.countries = vec!["PHL".to_string(), "XXX".to_string()];
    draft.regions = vec!["asia-pacific".to_string(), "mars".to_string()];
    draft.sectors = vec!["agriculture".to_string(), "agriculture".to_string()];
    draft.actors[0].actor_type = "goverment".to_string();
    draft.principles = vec!["16".to_string(), "four".to_string(), "4".to_string()];
    draft.guidelines = vec!["g99-t1".to_string()];
    draft.instruments = vec!["C999".to_string()];
    let problems = problems(&draft);
    assert_eq!(
        issues_of(&problems, Field::Kind),
        [&Issue::Unknown {
            value: "programe".to_string(),
            suggestion: Some("programme".to_string())
        }]
    );
    assert!(matches!(
        issues_of(&problems, Field::Countries)[..],
        [Issue::Unknown { value, .. }] if value == "XXX"
    ));
    assert!(matches!(
        issues_of(&problems, Field::Regions)[..],
        [Issue::Unknown { value, .. }] if value == "mars"
    ));
    assert_eq!(
        issues_of(&problems, Field::Sectors),
        [&Issue::Repeated {
            value: "agriculture".to_string()
        }]
    );
    assert_eq!(
        issues_of(&problems, Field::ActorType(0)),
        [&Issue::Unknown {
            value: "goverment".to_string(),
            suggestion: Some("government".to_string())
        }]
    );
    let principles = issues_of(&problems, Field::Principles);
    assert_eq!(principles.len(), 2, "{principles:?}");
    assert!(matches!(principles[0], Issue::Unknown { value, .. } if value == "16"));
    assert!(matches!(principles[1], Issue::Unknown { value, .. } if value == "four"));
    assert_eq!(issues_of(&problems, Field::Guidelines).len(), 1);
    assert_eq!(issues_of(&problems, Field::Instruments).len(), 1);
    assert_eq!(problems.len(), 9, "{problems:#?}");
}

#[test]
fn a_country_needs_its_region() {
    let mut draft = valid_draft();
    draft.countries = vec!["PHL".to_string(), "FRA".to_string()];
    let problems = problems(&draft);
    assert_eq!(
        problems,
        [FieldProblem {
            field: Field::Regions,
            issue: Issue::RegionMissing {
                country: "FRA".to_string(),
                region: "europe-central-asia".to_string()
            }
        }]
    );
}

#[test]
fn hostile_text_gives_problems_and_never_panics() {
    let mut draft = valid_draft();
    draft.title = "<script>alert(1)</script>".to_string();
    draft.summary = "a".repeat(10_000_000);
    draft.period = "2019\u{7}".to_string();
    draft.actors[0].name = "Minis\u{200B}try".to_string();
    draft.tags = "<b>x</b>".to_string();
    draft.source_url = "http://example.org/report.pdf".to_string();
    draft.source_title = "\u{0}".repeat(50);
    draft.contact = "javascript:alert(1) <img src=x>".to_string();
    let started = Instant::now();
    let problems = problems(&draft);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(
        issues_of(&problems, Field::Title),
        [&Issue::Markup {
            tag: "<script>".to_string()
        }]
    );
    assert_eq!(
        issues_of(&problems, Field::Summary),
        [&Issue::TooLong { max: 1500 }]
    );
    assert_eq!(
        issues_of(&problems, Field::Period),
        [&Issue::ControlCharacter { code_point: 7 }]
    );
    assert_eq!(
        issues_of(&problems, Field::ActorName(0)),
        [&Issue::Invisible { code_point: 0x200B }]
    );
    assert!(matches!(
        issues_of(&problems, Field::Tags)[..],
        [Issue::Markup { .. }]
    ));
    assert_eq!(issues_of(&problems, Field::SourceUrl), [&Issue::NotHttps]);
    assert_eq!(
        issues_of(&problems, Field::SourceTitle),
        [&Issue::ControlCharacter { code_point: 0 }]
    );
    assert!(matches!(
        issues_of(&problems, Field::Contact)[..],
        [Issue::Markup { .. }]
    ));

    for url in ["javascript:alert(1)", "https://", "https://a b", "ftp://x"] {
        let mut draft = valid_draft();
        draft.source_url = url.to_string();
        assert_eq!(
            issues_of(&problems_of(&draft), Field::SourceUrl),
            [&Issue::NotHttps],
            "{url}"
        );
    }
}

fn problems_of(draft: &Draft) -> Vec<FieldProblem> {
    problems(draft)
}

#[test]
fn huge_lists_and_many_tags_are_refused_quickly() {
    let mut draft = valid_draft();
    draft.countries = (0..100_000).map(|i| format!("X{i}")).collect();
    draft.principles = vec!["4".to_string(); 100_000];
    draft.instruments = vec!["C97".to_string(); 10];
    draft.actors = vec![
        DraftActor {
            actor_type: "government".to_string(),
            name: "x".to_string(),
        };
        1000
    ];
    draft.tags = "a, b, c, d, e, f".to_string();
    let started = Instant::now();
    let problems = problems(&draft);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(matches!(
        issues_of(&problems, Field::Countries)[..],
        [Issue::TooMany { .. }]
    ));
    assert!(matches!(
        issues_of(&problems, Field::Principles)[..],
        [Issue::TooMany { max: 15 }]
    ));
    assert_eq!(
        issues_of(&problems, Field::Actors),
        [&Issue::TooMany { max: 20 }]
    );
    assert_eq!(
        issues_of(&problems, Field::Tags),
        [&Issue::TooMany { max: 5 }]
    );
    assert!(matches!(
        issues_of(&problems, Field::Instruments)[0],
        Issue::Unknown { suggestion: Some(s), .. } if s == "C097"
    ));
}

#[test]
fn a_bad_submission_date_is_the_proposal_s_problem() {
    let problems = check(&data(), &valid_draft(), "30/11/2026").unwrap_err();
    assert!(matches!(
        &problems[..],
        [FieldProblem {
            field: Field::Proposal,
            issue: Issue::NotADate { .. }
        }]
    ));
}

#[test]
fn a_saved_draft_round_trips_and_a_corrupt_one_gives_an_empty_draft() {
    let draft = valid_draft();
    assert_eq!(Draft::from_saved(&draft.to_saved()), draft);
    assert_eq!(
        Draft::from_saved(r#"{"title":"kept","unknown":1}"#).title,
        "kept"
    );
    for corrupt in [
        "",
        "null",
        "{",
        "[1,2]",
        r#"{"title":5}"#,
        r#"{"actors":"x"}"#,
        &"[".repeat(100_000),
    ] {
        assert_eq!(
            Draft::from_saved(corrupt),
            Draft::default(),
            "{corrupt:.20}"
        );
    }
}

#[test]
fn check_file_names_what_is_wrong_with_an_edited_or_foreign_file() {
    let framework = data();
    let file = check(&framework, &valid_draft(), TODAY).unwrap();
    let json = file.to_json();

    let not_a_proposal = check_file(&framework, "{\"schema_version\": 1}").unwrap_err();
    assert_eq!(not_a_proposal[0].item, "proposal");

    let extra = json.replacen("\"version\": 1,", "\"version\": 1, \"extra\": true,", 1);
    assert!(check_file(&framework, &extra).unwrap_err()[0]
        .message
        .contains("unknown field"));

    let mut edited = file.clone();
    edited.format = "something-else".to_string();
    edited.source.url = Some("http://example.org".to_string());
    edited.profile.kind = "law".to_string();
    edited.profile.source.document = "seed-003".to_string();
    let problems = check_file(&framework, &edited.to_json()).unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert!(fields.contains(&"format"), "{problems:?}");
    assert!(fields.contains(&"url"), "{problems:?}");
    assert!(fields.contains(&"kind"), "{problems:?}");
    assert!(fields.contains(&"source.document"), "{problems:?}");

    let mut clash = file.clone();
    clash.profile.id = framework.profiles[0].id.clone();
    let problems = check_file(&framework, &clash.to_json()).unwrap_err();
    assert!(
        problems.iter().any(|p| p.message.contains("duplicate id")),
        "{problems:?}"
    );
}

#[test]
fn the_form_offers_exactly_the_ids_the_check_accepts() {
    use mflm_core::lang::Lang;
    use mflm_core::proposal::Choices;
    let framework = data();
    let choices = Choices::new(&framework, Lang::Fr);
    let mut draft = valid_draft();
    draft.kind = choices.kinds.last().unwrap().id.clone();
    draft.sectors = choices.sectors.iter().map(|c| c.id.clone()).collect();
    draft.sectors.retain(|s| s != "all-sectors");
    draft.principles = choices.principles.iter().map(|c| c.id.clone()).collect();
    draft.instruments = choices.instruments.iter().map(|c| c.id.clone()).collect();
    draft.guidelines = choices
        .guidelines
        .iter()
        .map(|(_, c)| c.id.clone())
        .collect();
    draft.actors[0].actor_type = choices.actor_types.last().unwrap().id.clone();
    draft.countries = choices
        .countries
        .iter()
        .take(5)
        .map(|c| c.id.clone())
        .collect();
    draft.regions.clear();
    choices.add_regions_of_countries(&mut draft);
    choices.add_regions_of_countries(&mut draft);
    let mut unique = draft.regions.clone();
    unique.dedup();
    assert_eq!(unique.len(), draft.regions.len(), "no region added twice");
    check(&framework, &draft, TODAY).expect("every offered id is accepted");
    assert_eq!(choices.principles.len(), 15);
    assert!(choices.principles[3].label.starts_with("4. "));
    assert_eq!(
        choices.countries.len(),
        framework.vocabularies.countries.len()
    );
}

// ------------------------------------------------------------------------------------------
// Generated drafts: a fixed number of cases from a fixed seed (as in tests/fuzz.rs).
// ------------------------------------------------------------------------------------------

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

fn runner(cases: u32, name: &str) -> TestRunner {
    let config = Config {
        cases,
        rng_algorithm: RngAlgorithm::ChaCha,
        failure_persistence: None,
        ..Config::default()
    };
    let mut seed = *b"MFLM Explorer: proposal drafts!!";
    for (i, byte) in name.bytes().enumerate() {
        seed[i % 32] ^= byte;
    }
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed))
}

/// Text of every kind: empty, plain, markup, control and invisible characters, long runs.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z ,.'-]{1,40}",
        "\\PC{0,80}",
        ".{0,200}",
        Just("<p>x</p>".to_string()),
        Just("a\u{0}b\u{200B}c".to_string()),
        (1usize..3000).prop_map(|n| "w ".repeat(n)),
    ]
}

/// Ids: real ones of the vocabulary, near misses and anything.
fn any_ids(real: Vec<String>) -> impl Strategy<Value = Vec<String>> {
    let one = prop_oneof![
        3 => proptest::sample::select(real),
        1 => "[a-z0-9-]{0,12}",
        1 => "\\PC{0,20}",
    ];
    proptest::collection::vec(one, 0..6)
}

#[test]
fn generated_drafts_never_panic_and_whatever_passes_merges_as_valid_data() {
    let framework = data();
    let vocabularies = &framework.vocabularies;
    let mut real: Vec<String> = vocabularies
        .countries
        .iter()
        .map(|c| c.id.clone())
        .collect();
    for terms in [
        &vocabularies.profile_kinds,
        &vocabularies.regions,
        &vocabularies.sectors,
        &vocabularies.actor_types,
    ] {
        real.extend(terms.iter().map(|t| t.id.clone()));
    }
    real.extend(framework.instruments.iter().map(|i| i.id.clone()));
    real.extend((0..=16).map(|n| n.to_string()));
    // A valid draft with one field replaced by generated text or ids: a mix of real ids,
    // near misses and anything, so some drafts pass and most do not.
    let strategy = (0..14usize, any_text(), any_ids(real));
    let passed = std::cell::Cell::new(0);
    runner(250, "drafts")
        .run(&strategy, |(field, text, ids)| {
            let mut draft = valid_draft();
            match field {
                0 => draft.title = text,
                1 => draft.summary = text,
                2 => draft.kind = ids.first().cloned().unwrap_or(text),
                3 => draft.countries = ids,
                4 => draft.regions = ids,
                5 => draft.sectors = ids,
                6 => draft.period = text,
                7 => draft.actors[0].actor_type = ids.first().cloned().unwrap_or(text),
                8 => draft.actors[2].name = text,
                9 => draft.principles = ids,
                10 => draft.instruments = ids,
                11 => draft.tags = text,
                12 => draft.source_url = text,
                _ => draft.contact = text,
            }
            match check(&framework, &draft, TODAY) {
                Ok(file) => {
                    passed.set(passed.get() + 1);
                    prop_assert!(check_file(&framework, &file.to_json()).is_ok());
                    let merged = serde_json::to_string(&file.merged_into(&framework)).unwrap();
                    prop_assert!(load(&merged).is_ok());
                }
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    prop_assert!(problems.iter().all(|p| p.field != Field::Proposal));
                }
            }
            prop_assert_eq!(Draft::from_saved(&draft.to_saved()), draft);
            Ok(())
        })
        .unwrap();
    println!("{} of 250 generated drafts passed", passed.get());
    assert!(passed.get() > 20, "the generator makes valid drafts too");
}

#[test]
fn any_saved_text_gives_a_draft() {
    runner(2000, "saved")
        .run(
            &prop_oneof!["\\PC{0,200}", ".{0,100}", "[\\[\\]{}\":,a-z0-9 ]{0,200}"],
            |text| {
                let _ = Draft::from_saved(&text);
                Ok(())
            },
        )
        .unwrap();
}

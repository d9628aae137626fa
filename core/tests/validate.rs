//! `load` and `validate` on small broken data: one test per kind of problem, each built from
//! `fixtures/minimal.json` by one edit and each asserting the exact item and field named.

use mflm_core::model::SCHEMA_VERSION;
use mflm_core::validate::{self, load, validate, LoadError, Problem};
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).expect("fixtures/minimal.json is JSON")
}

/// Every problem `load` finds in `json`; empty when it loads.
fn problems_in_text(json: &str) -> Vec<Problem> {
    match load(json) {
        Ok(_) => Vec::new(),
        Err(error) => error.problems().to_vec(),
    }
}

/// Every problem `load` finds in the minimal fixture after `edit`.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = minimal();
    edit(&mut value);
    problems_in_text(&value.to_string())
}

fn problem(item: &str, field: &str, message: &str) -> Problem {
    Problem {
        item: item.to_string(),
        field: field.to_string(),
        message: message.to_string(),
    }
}

/// Asserts that `problems` is exactly one problem, on `item` and `field`, whose message
/// contains `words`.
#[track_caller]
fn assert_one(problems: &[Problem], item: &str, field: &str, words: &str) {
    let [only] = problems else {
        panic!(
            "expected one problem, got {}: {problems:#?}",
            problems.len()
        );
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

/// Asserts that one of `problems` is on `item` and `field` and its message contains `words`
/// (for edits that also break something else, such as the references to a changed id).
#[track_caller]
fn assert_has(problems: &[Problem], item: &str, field: &str, words: &str) {
    let found = problems
        .iter()
        .any(|p| p.item == item && p.field == field && p.message.contains(words));
    assert!(
        found,
        "no problem on {item} {field} saying {words:?} in {problems:#?}"
    );
}

fn remove(value: &mut Value, key: &str) {
    value.as_object_mut().expect("an object").remove(key);
}

// ---- the fixture itself ----

#[test]
fn minimal_fixture_is_valid() {
    let framework = load(MINIMAL).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(framework.subdivisions.len(), 2);
    assert_eq!(framework.principles.len(), 3);
    assert_eq!(framework.profiles.len(), 2);
    assert_eq!(validate(&framework), []);
}

// ---- syntax and shape ----

#[test]
fn not_json_reports_line_and_column() {
    let problems = problems_in_text("{\n  \"schema_version\": 1,\n  meta: {}\n}");
    assert_one(
        &problems,
        "file",
        "line 3, column 3",
        "not valid JSON: key must be a string",
    );
}

#[test]
fn unknown_field_names_item_and_field() {
    let problems = problems_after(|v| v["profiles"][0]["sector"] = json!(["agriculture"]));
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "sector",
            "unknown field; did you mean \"sectors\"?"
        )]
    );
}

#[test]
fn renamed_field_is_reported_as_unknown_and_missing() {
    let problems = problems_after(|v| {
        let profile = &mut v["profiles"][1];
        profile["sector"] = profile["sectors"].take();
        remove(profile, "sectors");
    });
    assert_eq!(
        problems,
        [
            problem(
                "P-002",
                "sector",
                "unknown field; did you mean \"sectors\"?"
            ),
            problem("P-002", "sectors", "missing required field"),
        ]
    );
}

#[test]
fn unknown_field_without_a_close_match_lists_the_fields() {
    let problems = problems_after(|v| v["principles"][1]["colour"] = json!("blue"));
    assert_one(
        &problems,
        "principle 2",
        "colour",
        "unknown field; the fields here are number, subdivision, title, summary, confidence, \
         parts, note, source",
    );
}

#[test]
fn unknown_nested_field_names_its_path() {
    let problems = problems_after(|v| v["profiles"][0]["actors"][1]["role"] = json!("lead"));
    assert_one(&problems, "P-001", "actors[1].role", "unknown field");
}

#[test]
fn missing_required_field_is_reported() {
    let problems = problems_after(|v| remove(&mut v["profiles"][1], "summary"));
    assert_eq!(
        problems,
        [problem("P-002", "summary", "missing required field")]
    );
}

#[test]
fn wrong_type_is_reported() {
    let problems = problems_after(|v| v["instruments"][0]["year"] = json!("1949"));
    assert_eq!(
        problems,
        [problem(
            "C097",
            "year",
            "expected a whole number from 0 to 65535, found the string \"1949\""
        )]
    );
}

#[test]
fn principle_number_beyond_255_is_a_wrong_type() {
    let problems = problems_after(|v| v["profiles"][0]["principles"][1] = json!(300));
    assert_one(
        &problems,
        "P-001",
        "principles[1]",
        "expected a whole number from 0 to 255, found the number 300",
    );
}

#[test]
fn plain_string_where_text_belongs_is_a_wrong_type() {
    let problems = problems_after(|v| v["guidelines"][1]["text"] = json!("A theme"));
    assert_one(&problems, "g3-t1", "text", "expected text");
}

#[test]
fn unknown_enum_value_suggests_the_closest() {
    let problems = problems_after(|v| v["profiles"][0]["certainty"]["details"] = json!("hihg"));
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "certainty.details",
            "unknown value \"hihg\"; did you mean \"high\"?"
        )]
    );
}

#[test]
fn unknown_enum_value_without_a_close_match_lists_the_values() {
    let problems = problems_after(|v| v["guidelines"][0]["basis"] = json!("hearsay"));
    assert_one(
        &problems,
        "g1.1",
        "basis",
        "unknown value \"hearsay\"; expected one of \"framework\", \"summary\"",
    );
}

#[test]
fn repeated_json_key_is_reported() {
    let json = MINIMAL.replacen(
        "\"period\": \"2006\",",
        "\"period\": \"2006\", \"period\": \"2007\",",
        1,
    );
    assert_ne!(json, MINIMAL, "the fixture has P-002's period");
    let problems = problems_in_text(&json);
    assert_eq!(
        problems,
        [problem(
            "P-002",
            "period",
            "this key appears more than once; keep one"
        )]
    );
}

#[test]
fn wrong_schema_version_is_reported() {
    let problems = problems_after(|v| v["schema_version"] = json!(SCHEMA_VERSION + 1));
    assert_one(
        &problems,
        "file",
        "schema_version",
        &format!("the file is schema version 2, but this build reads version {SCHEMA_VERSION}"),
    );
}

#[test]
fn item_without_a_usable_id_is_named_by_its_place() {
    let problems = problems_after(|v| v["profiles"][1]["id"] = json!(2));
    assert_one(
        &problems,
        "profiles[1]",
        "id",
        "expected a string, found the number 2",
    );
}

#[test]
fn vocabulary_term_is_named_by_its_list_and_place() {
    let problems = problems_after(|v| remove(&mut v["vocabularies"]["sectors"][2], "label"));
    assert_one(
        &problems,
        "vocabularies.sectors[2]",
        "label",
        "missing required field",
    );
}

#[test]
fn meta_problem_names_meta() {
    let problems = problems_after(|v| v["meta"]["limitations"] = json!("none"));
    assert_one(&problems, "meta", "limitations", "expected a list");
}

#[test]
fn top_level_list_of_the_wrong_type_names_the_file() {
    let problems = problems_after(|v| v["profiles"] = json!({}));
    assert_one(
        &problems,
        "file",
        "profiles",
        "expected a list, found an object",
    );
}

#[test]
fn shape_problems_are_all_reported_at_once() {
    let problems = problems_after(|v| {
        v["meta"]["colour"] = json!("blue");
        remove(&mut v["principles"][0], "summary");
        v["subdivisions"][1]["principles"] = json!("3");
        v["profiles"][0]["type"] = json!("practise");
        v["vocabularies"]["regions"][0]["label"]["en"] = json!(null);
    });
    let named: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.item.as_str(), p.field.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("meta", "colour"),
            ("vocabularies.regions[0]", "label.en"),
            ("subdivision II", "principles"),
            ("principle 1", "summary"),
            ("P-001", "type"),
        ]
    );
}

// ---- duplicate ids ----

#[test]
fn duplicate_profile_id_is_reported() {
    let problems = problems_after(|v| v["profiles"][1]["id"] = json!("P-001"));
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "id",
            "duplicate id \"P-001\": profiles[0] has it too"
        )]
    );
}

#[test]
fn duplicate_principle_number_is_reported() {
    let problems = problems_after(|v| {
        let mut copy = v["principles"][1].clone();
        copy["title"] = json!({ "en": "A second principle two" });
        v["principles"].as_array_mut().unwrap().push(copy);
    });
    assert_one(
        &problems,
        "principle 2",
        "number",
        "duplicate principle number 2: principles[1] has it too",
    );
}

#[test]
fn duplicate_ids_are_reported_in_every_list() {
    // (pointer to the entry to change, its new id, the item named, the first holder)
    let cases = [
        ("/subdivisions/1", "I", "subdivision I", "subdivisions[0]"),
        ("/guidelines/1", "g1.1", "g1.1", "guidelines[0]"),
        ("/instruments/1", "C097", "C097", "instruments[0]"),
        ("/sources/1", "framework", "sources[1]", "sources[0]"),
        (
            "/vocabularies/sectors/2",
            "agriculture",
            "vocabularies.sectors[2]",
            "vocabularies.sectors[1]",
        ),
        (
            "/vocabularies/actor_types/1",
            "government",
            "vocabularies.actor_types[1]",
            "vocabularies.actor_types[0]",
        ),
    ];
    for (pointer, id, item, first) in cases {
        let problems = problems_after(|v| v.pointer_mut(pointer).unwrap()["id"] = json!(id));
        // Other problems follow (references to the old id dangle); the duplicate is among them.
        assert_has(
            &problems,
            item,
            "id",
            &format!("duplicate id \"{id}\": {first} has it too"),
        );
    }

    let problems = problems_after(|v| {
        let countries = v["vocabularies"]["countries"].as_array_mut().unwrap();
        countries.push(countries[0].clone());
    });
    assert_one(
        &problems,
        "vocabularies.countries[1]",
        "id",
        "duplicate id \"PHL\": vocabularies.countries[0] has it too",
    );
}

// ---- dangling references ----

#[test]
fn practice_citing_principle_16_is_dangling() {
    let problems = problems_after(|v| v["profiles"][0]["principles"][1] = json!(16));
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "principles[1]",
            "principle 16 does not exist: the Framework has principles 1 to 15"
        )]
    );
}

#[test]
fn practice_citing_a_principle_missing_from_the_data_is_dangling() {
    let problems = problems_after(|v| v["profiles"][0]["principles"][1] = json!(9));
    assert_one(
        &problems,
        "P-001",
        "principles[1]",
        "principle 9 is not among the data's principles",
    );
}

#[test]
fn practice_citing_guideline_3_9_is_dangling() {
    let problems = problems_after(|v| v["profiles"][0]["guidelines"][1] = json!("g3.9"));
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "guidelines[1]",
            "no guideline has id \"g3.9\""
        )]
    );
}

#[test]
fn practice_citing_an_unknown_instrument_is_dangling() {
    let problems = problems_after(|v| v["profiles"][0]["instruments"][0] = json!("C181"));
    assert_one(
        &problems,
        "P-001",
        "instruments[0]",
        "no instrument has id \"C181\"",
    );
}

#[test]
fn unknown_sector_is_vocabulary_misuse() {
    let problems = problems_after(|v| v["profiles"][0]["sectors"][1] = json!("mining"));
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "sectors[1]",
            "no sector has id \"mining\""
        )]
    );
}

#[test]
fn misspelt_reference_suggests_the_closest_id() {
    let problems = problems_after(|v| v["profiles"][0]["regions"][0] = json!("asia-pacfic"));
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "regions[0]",
            "no region has id \"asia-pacfic\"; did you mean \"asia-pacific\"?"
        )]
    );
}

#[test]
fn profile_vocabulary_references_must_exist() {
    // (field to set, pointer inside the profile, value, field named, words)
    let cases = [
        (
            "/kind",
            "conference",
            "kind",
            "no profile kind has id \"conference\"",
        ),
        (
            "/regions/0",
            "europe",
            "regions[0]",
            "no region has id \"europe\"",
        ),
        (
            "/actors/1/type",
            "employers",
            "actors[1].type",
            "no actor type has id \"employers\"",
        ),
        (
            "/countries/0",
            "FRA",
            "countries[0]",
            "no country has id \"FRA\"",
        ),
    ];
    for (pointer, value, field, words) in cases {
        let problems = problems_after(|v| {
            *v["profiles"][0].pointer_mut(pointer).unwrap() = json!(value);
        });
        assert_one(&problems, "P-001", field, words);
    }
}

#[test]
fn country_in_an_unknown_region_is_dangling() {
    let problems = problems_after(|v| v["vocabularies"]["countries"][0]["region"] = json!("asia"));
    assert_one(
        &problems,
        "vocabularies.countries[0]",
        "region",
        "no region has id \"asia\"",
    );
}

#[test]
fn unknown_instrument_type_is_dangling() {
    let problems = problems_after(|v| v["instruments"][0]["type"] = json!("protocol"));
    assert_one(
        &problems,
        "C097",
        "type",
        "no instrument type has id \"protocol\"",
    );
}

#[test]
fn citation_of_an_unknown_source_is_dangling() {
    let problems = problems_after(|v| v["guidelines"][0]["source"]["document"] = json!("framewrk"));
    assert_eq!(
        problems,
        [problem(
            "g1.1",
            "source.document",
            "no source has id \"framewrk\"; did you mean \"framework\"?"
        )]
    );
}

#[test]
fn principle_in_an_unknown_subdivision_is_dangling() {
    let problems = problems_after(|v| v["principles"][2]["subdivision"] = json!("X"));
    assert_eq!(
        problems,
        [problem(
            "principle 3",
            "subdivision",
            "no sub-division has id \"X\"; sub-division II lists this principle"
        )]
    );
}

#[test]
fn subdivision_listing_a_missing_principle_is_dangling() {
    let problems = problems_after(|v| v["subdivisions"][1]["principles"] = json!([3, 7]));
    assert_one(
        &problems,
        "subdivision II",
        "principles[1]",
        "principle 7 is not among the data's principles",
    );
}

#[test]
fn guideline_of_a_missing_principle_is_dangling() {
    let problems = problems_after(|v| v["guidelines"][1]["principle"] = json!(5));
    assert_one(
        &problems,
        "g3-t1",
        "principle",
        "principle 5 is not among the data's principles",
    );
}

#[test]
fn instrument_underpinning_principle_20_is_dangling() {
    let problems = problems_after(|v| v["instruments"][1]["principles"] = json!([2, 20]));
    assert_one(
        &problems,
        "R086",
        "principles[1]",
        "principle 20 does not exist",
    );
}

// ---- required text ----

#[test]
fn blank_english_summary_is_reported() {
    let problems = problems_after(|v| v["profiles"][1]["summary"]["en"] = json!("  "));
    assert_eq!(problems, [problem("P-002", "summary.en", "blank")]);
}

#[test]
fn text_without_english_is_reported() {
    let problems = problems_after(|v| {
        v["principles"][1]["summary"] = json!({ "fr": "Le deuxième principe." });
    });
    assert_eq!(
        problems,
        [problem(
            "principle 2",
            "summary.en",
            "missing: every text needs English (\"en\")"
        )]
    );
}

#[test]
fn blank_text_in_another_language_is_reported() {
    let problems = problems_after(|v| v["principles"][1]["summary"]["fr"] = json!(""));
    assert_one(&problems, "principle 2", "summary.fr", "blank");
}

#[test]
fn malformed_language_key_is_reported() {
    let problems =
        problems_after(|v| v["principles"][0]["title"]["EN_gb"] = json!("Principle one"));
    assert_one(
        &problems,
        "principle 1",
        "title.EN_gb",
        "\"EN_gb\" is not a BCP 47 language tag like \"en\", \"fr\" or \"zh-Hans\"",
    );
}

#[test]
fn well_formed_language_keys_are_accepted() {
    let problems = problems_after(|v| {
        let title = &mut v["principles"][0]["title"];
        title["zh-Hans"] = json!("原则一");
        title["pt-BR"] = json!("Princípio um");
        title["es-419"] = json!("Principio uno");
    });
    assert_eq!(problems, []);
}

#[test]
fn blank_citation_locator_is_reported() {
    let problems = problems_after(|v| v["instruments"][1]["source"]["locator"] = json!(""));
    assert_eq!(problems, [problem("R086", "source.locator", "blank")]);
}

#[test]
fn blank_period_is_reported() {
    let problems = problems_after(|v| v["profiles"][1]["period"] = json!(" "));
    assert_one(&problems, "P-002", "period", "blank");
}

#[test]
fn blank_title_of_a_vocabulary_term_is_reported() {
    let problems = problems_after(|v| v["vocabularies"]["regions"][1]["label"]["en"] = json!(""));
    assert_one(&problems, "vocabularies.regions[1]", "label.en", "blank");
}

// ---- vocabulary misuse ----

#[test]
fn malformed_country_id_is_reported() {
    let problems = problems_after(|v| {
        v["vocabularies"]["countries"][0]["id"] = json!("Phl");
        v["profiles"][0]["countries"] = json!(["Phl"]);
    });
    assert_one(
        &problems,
        "vocabularies.countries[0]",
        "id",
        "\"Phl\" is not an ISO 3166-1 alpha-3 code",
    );
}

#[test]
fn profile_without_regions_is_reported() {
    let problems = problems_after(|v| v["profiles"][1]["regions"] = json!([]));
    assert_one(&problems, "P-002", "regions", "no regions");
}

#[test]
fn profile_without_sectors_is_reported() {
    let problems = problems_after(|v| v["profiles"][1]["sectors"] = json!([]));
    assert_one(&problems, "P-002", "sectors", "no sectors");
}

#[test]
fn profile_without_principles_is_reported() {
    let problems = problems_after(|v| v["profiles"][1]["principles"] = json!([]));
    assert_one(&problems, "P-002", "principles", "no principles");
}

#[test]
fn duplicate_sector_in_a_profile_is_reported() {
    let problems = problems_after(|v| {
        v["profiles"][0]["sectors"] = json!(["all-sectors", "agriculture", "agriculture"]);
    });
    assert_eq!(
        problems,
        [problem(
            "P-001",
            "sectors[2]",
            "\"agriculture\" is listed twice (also sectors[1])"
        )]
    );
}

#[test]
fn all_sectors_with_specific_sectors_is_fine() {
    let problems = problems_after(|v| {
        v["profiles"][1]["sectors"] = json!(["all-sectors", "domestic-work", "agriculture"]);
    });
    assert_eq!(problems, []);
}

#[test]
fn framework_guideline_number_must_match_its_principle() {
    let problems = problems_after(|v| v["guidelines"][0]["number"] = json!("2.1"));
    assert_eq!(
        problems,
        [problem(
            "g1.1",
            "number",
            "number \"2.1\" belongs to principle 2, but the guideline's principle is 1"
        )]
    );
}

#[test]
fn framework_guideline_needs_a_number() {
    let problems = problems_after(|v| remove(&mut v["guidelines"][0], "number"));
    assert_one(
        &problems,
        "g1.1",
        "number",
        "a guideline with basis \"framework\" needs its official number",
    );
}

#[test]
fn malformed_guideline_number_is_reported() {
    let problems = problems_after(|v| v["guidelines"][0]["number"] = json!("1-1"));
    assert_one(
        &problems,
        "g1.1",
        "number",
        "\"1-1\" is not a guideline number like \"1.2\"",
    );
}

#[test]
fn repeated_guideline_number_is_reported() {
    let problems = problems_after(|v| {
        let mut copy = v["guidelines"][0].clone();
        copy["id"] = json!("g1.1-again");
        v["guidelines"].as_array_mut().unwrap().push(copy);
    });
    assert_one(
        &problems,
        "g1.1-again",
        "number",
        "guideline g1.1 has number \"1.1\" too",
    );
}

#[test]
fn summary_guideline_must_not_have_a_number() {
    let problems = problems_after(|v| v["guidelines"][1]["number"] = json!("3.1"));
    assert_one(
        &problems,
        "g3-t1",
        "number",
        "a guideline with basis \"summary\" is our wording",
    );
}

#[test]
fn principle_in_two_subdivisions_is_reported() {
    let problems = problems_after(|v| v["subdivisions"][1]["principles"] = json!([3, 2]));
    assert_eq!(
        problems,
        [problem(
            "principle 2",
            "subdivision",
            "principle 2 is listed by more than one sub-division: I, II"
        )]
    );
}

#[test]
fn principle_in_no_subdivision_is_reported() {
    let problems = problems_after(|v| v["subdivisions"][0]["principles"] = json!([1]));
    assert_one(
        &problems,
        "principle 2",
        "subdivision",
        "sub-division I does not list principle 2 in its principles, and no other does",
    );
}

#[test]
fn principle_subdivision_field_must_agree_with_the_subdivision_lists() {
    let problems = problems_after(|v| v["principles"][2]["subdivision"] = json!("I"));
    assert_one(
        &problems,
        "principle 3",
        "subdivision",
        "says \"I\", but it is sub-division II that lists principle 3",
    );
}

#[test]
fn subdivision_outside_i_to_ix_is_reported() {
    let problems = problems_after(|v| {
        v["subdivisions"][1]["id"] = json!("X");
        v["principles"][2]["subdivision"] = json!("X");
    });
    assert_one(&problems, "subdivision X", "id", "numbered I to IX");
}

#[test]
fn principle_numbered_outside_1_to_15_is_reported() {
    let problems = problems_after(|v| {
        v["principles"][2]["number"] = json!(16);
        v["subdivisions"][1]["principles"] = json!([16]);
        v["instruments"][0]["principles"] = json!([1]);
        v["profiles"][0]["principles"] = json!([1]);
        v["guidelines"][1]["principle"] = json!(1);
    });
    // Subdivision II's reference to 16 dangles too: 16 is no principle whatever the list says.
    assert_eq!(
        problems,
        [
            problem(
                "subdivision II",
                "principles[0]",
                "principle 16 does not exist: the Framework has principles 1 to 15"
            ),
            problem(
                "principle 16",
                "number",
                "the Framework's principles are numbered 1 to 15"
            ),
        ]
    );
}

#[test]
fn instrument_year_after_2006_is_implausible() {
    let problems = problems_after(|v| v["instruments"][0]["year"] = json!(2011));
    assert_eq!(
        problems,
        [problem(
            "C097",
            "year",
            "2011 is after 2006: Annex I lists instruments that predate the Framework's 2006 \
             publication"
        )]
    );
}

#[test]
fn instrument_year_before_1919_is_implausible() {
    let problems = problems_after(|v| v["instruments"][1]["year"] = json!(1900));
    assert_one(&problems, "R086", "year", "1900 is before 1919");
}

// ---- text that the app shows ----

#[test]
fn html_in_profile_text_is_reported() {
    let problems = problems_after(|v| {
        v["profiles"][0]["summary"]["en"] = json!("A <b>bold</b> claim");
    });
    assert_one(
        &problems,
        "P-001",
        "summary.en",
        "looks like an HTML tag (\"<b>bold<\")",
    );
}

#[test]
fn less_than_before_a_digit_or_space_is_not_html() {
    let problems = problems_after(|v| {
        v["profiles"][0]["summary"]["en"] = json!("Firms with <10 workers, where a < b.");
    });
    assert_eq!(problems, []);
}

#[test]
fn profile_ids_must_be_url_safe() {
    for id in [
        "P-002,P-003",
        "has space",
        "-leading-dash",
        "Ünïcode",
        "a/b",
    ] {
        let problems = problems_after(|v| v["profiles"][1]["id"] = json!(id));
        assert_one(&problems, id, "id", "is not a usable id: ids go into links");
    }
    for id in ["DB-005", "S3.12_b", "9"] {
        let problems = problems_after(|v| v["profiles"][1]["id"] = json!(id));
        assert_eq!(problems, [], "{id}");
    }
}

#[test]
fn link_that_is_not_a_web_address_is_reported() {
    let problems = problems_after(|v| v["sources"][0]["url"] = json!("javascript:alert(1)"));
    assert_one(&problems, "sources[0]", "url", "is not a web address");
}

#[test]
fn compilation_date_must_be_year_month_day() {
    let problems = problems_after(|v| v["meta"]["compiled"] = json!("25/11/2026"));
    assert_one(&problems, "meta", "compiled", "is not a date like");
}

// ---- all at once, and how problems read ----

#[test]
fn every_problem_is_reported_at_once() {
    let problems = problems_after(|v| {
        v["profiles"][1]["id"] = json!("P-001");
        v["profiles"][0]["principles"][1] = json!(16);
        v["profiles"][0]["sectors"][1] = json!("mining");
        v["principles"][1]["summary"]["en"] = json!("");
        v["instruments"][1]["year"] = json!(2010);
    });
    let named: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.item.as_str(), p.field.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("principle 2", "summary.en"),
            ("R086", "year"),
            ("P-001", "id"),
            ("P-001", "sectors[1]"),
            ("P-001", "principles[1]"),
        ]
    );
}

#[test]
fn problems_read_as_item_field_message() {
    let error = load(&{
        let mut v = minimal();
        v["profiles"][0]["sector"] = json!([]);
        v["profiles"][1]["period"] = json!("");
        v.to_string()
    })
    .unwrap_err();
    assert_eq!(
        error.problems()[0].to_string(),
        "P-001: sector: unknown field; did you mean \"sectors\"?"
    );
    assert_eq!(
        error.to_string(),
        "1 problem in the data file:\nP-001: sector: unknown field; did you mean \"sectors\"?"
    );
    let LoadError { problems } = error;
    assert_eq!(
        problems.len(),
        1,
        "shape problems stop before the meaning is checked"
    );
}

#[test]
fn validate_checks_a_framework_built_in_code() {
    let mut framework = load(MINIMAL).unwrap();
    framework.schema_version = SCHEMA_VERSION + 1;
    framework.profiles[1].sectors.clear();
    let problems = validate(&framework);
    let named: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.item.as_str(), p.field.as_str()))
        .collect();
    assert_eq!(named, [("file", "schema_version"), ("P-002", "sectors")]);
}

#[test]
fn app_loader_names_line_and_column_of_a_shape_problem() {
    let mut data = minimal();
    data["profiles"][0]["sector"] = serde_json::json!(["agriculture"]);
    let problems = match validate::load_for_app(&data.to_string()) {
        Err(LoadError { problems }) => problems,
        Ok(_) => panic!("a renamed field must be refused"),
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].item, "file");
    assert!(
        problems[0].field.starts_with("line 1, column "),
        "{}",
        problems[0].field
    );
    assert!(
        problems[0].message.contains("unknown field `sector`"),
        "{}",
        problems[0].message
    );
}

#[test]
fn app_loader_reports_every_reference_problem() {
    let mut data = minimal();
    data["profiles"][0]["principles"] = serde_json::json!([16]);
    data["profiles"][0]["sectors"] = serde_json::json!(["space-mining"]);
    let problems = match validate::load_for_app(&data.to_string()) {
        Err(LoadError { problems }) => problems,
        Ok(_) => panic!("dangling references must be refused"),
    };
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn app_loader_accepts_the_minimal_fixture() {
    assert!(validate::load_for_app(&minimal().to_string()).is_ok());
}

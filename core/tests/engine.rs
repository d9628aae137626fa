//! The search and facet engine on a small hand-built framework whose answers are worked out
//! by hand below.
//!
//! Docs, in default order (index: item, type, title):
//!  0 P1    principle  "Decent work for all"
//!  1 P4    principle  "Expanding labour migration channels"
//!  2 P9    principle  "Protection of migrant workers"
//!  3 g1-t1 guideline  "Promote decent work through national employment policies"
//!  4 g4.2  guideline  "Consider bilateral agreements on labour migration"
//!  5 g9-t1 guideline  "Ensure migrant workers receive equal treatment in wages"
//!  6 S1    practice   "Overseas employment law"              PHL      asia     1995
//!  7 S2    practice   "Bilateral agreement on seasonal workers" CAN MEX americas 1974-2020
//!  8 S3    practice   "Migrant resource centres"             CIV      africa   2012
//!  9 A1    activity   "Tripartite meeting on labour migration governance" CIV africa March 2015
//! 10 A2    activity   "Global study on recruitment fees"     -        global   n.d.
//! 11 S4    practice   "Skilled worker immigration act"       DEU      europe   2020

// A list of exactly one highlight range is what several tests expect.
#![allow(clippy::single_range_in_vec_init)]

use mflm_core::engine::{Index, ItemType, MatchedField, SearchResult};
use mflm_core::lang::Lang;
use mflm_core::model::*;
use mflm_core::query::{Facet, ItemRef, Query, Sort, RESULTS_PER_PAGE};
use std::time::{Duration, Instant};

fn citation() -> Citation {
    Citation {
        document: "mflm".into(),
        locator: "p. 1".into(),
        url: None,
    }
}

fn terms(ids: &[&str]) -> Vec<Term> {
    ids.iter()
        .map(|id| Term {
            id: id.to_string(),
            label: Text::en(&id.replace('-', " ")),
        })
        .collect()
}

fn country(id: &str, label: &str, region: &str) -> Country {
    Country {
        id: id.into(),
        label: Text::en(label),
        region: region.into(),
    }
}

fn principle(number: u8, title: &str, summary: &str) -> Principle {
    Principle {
        number,
        subdivision: "I".into(),
        title: Text::en(title),
        summary: Text::en(summary),
        confidence: Confidence::High,
        parts: Vec::new(),
        note: None,
        source: citation(),
    }
}

fn guideline(id: &str, principle: u8, number: Option<&str>, text: &str) -> Guideline {
    Guideline {
        id: id.into(),
        principle,
        number: number.map(String::from),
        basis: GuidelineBasis::Summary,
        text: Text::en(text),
        source: citation(),
    }
}

fn instrument(id: &str, principles: &[u8]) -> Instrument {
    Instrument {
        id: id.into(),
        name: format!("Instrument {id}"),
        official_names: Default::default(),
        short_name: None,
        instrument_type: "convention".into(),
        year: 1949,
        category: None,
        annex_i: Confidence::High,
        basis: Text::en("Listed."),
        principles: principles.to_vec(),
        source: citation(),
    }
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

fn actor(actor_type: &str, name: Option<&str>) -> Actor {
    Actor {
        actor_type: actor_type.into(),
        name: name.map(String::from),
    }
}

/// A practice with every list empty; each profile below sets what it needs.
fn base_profile(id: &str, title: &str, summary: &str) -> Profile {
    Profile {
        id: id.into(),
        profile_type: ProfileType::Practice,
        kind: "programme".into(),
        title: Text::en(title),
        summary: Text::en(summary),
        why_good: None,
        countries: Vec::new(),
        areas: Vec::new(),
        regions: Vec::new(),
        sectors: strings(&["all-sectors"]),
        period: String::new(),
        actors: Vec::new(),
        principles: Vec::new(),
        guidelines: Vec::new(),
        instruments: Vec::new(),
        tags: Vec::new(),
        certainty: Certainty {
            details: Confidence::High,
            principle_links: LinkBasis::Compiler,
            annex_ii: AnnexIiStatus::NotEstablished,
            note: None,
        },
        source: citation(),
    }
}

fn fixture() -> Framework {
    Framework {
        schema_version: SCHEMA_VERSION,
        meta: Meta {
            title: Text::en("Test framework"),
            publisher: "ILO".into(),
            year_adopted: 2005,
            year_published: 2006,
            isbn: Vec::new(),
            compiled: "2026-01-01".into(),
            about: Text::en("A fixture."),
            limitations: Vec::new(),
            source: citation(),
            licence: None,
        },
        vocabularies: Vocabularies {
            regions: terms(&["africa", "americas", "asia", "europe", "global"]),
            sectors: terms(&[
                "agriculture",
                "construction",
                "domestic-work",
                "all-sectors",
            ]),
            actor_types: terms(&["government", "employers", "workers", "ngo"]),
            profile_kinds: terms(&["law-policy", "agreement", "programme", "service"]),
            instrument_types: terms(&["convention", "recommendation"]),
            countries: vec![
                country("PHL", "Philippines", "asia"),
                country("CIV", "Côte d'Ivoire", "africa"),
                country("DEU", "Germany", "europe"),
                country("MEX", "Mexico", "americas"),
                country("CAN", "Canada", "americas"),
                country("NPL", "Nepal", "asia"),
            ],
        },
        sources: Vec::new(),
        subdivisions: Vec::new(),
        // Not in number order: the engine orders principles by number.
        principles: vec![
            principle(
                9,
                "Protection of migrant workers",
                "The human rights of all migrant workers should be protected.",
            ),
            principle(
                1,
                "Decent work for all",
                "Opportunities for all women and men of working age to obtain decent and \
                 productive work.",
            ),
            principle(
                4,
                "Expanding labour migration channels",
                "Member States should expand avenues for regular labour migration, taking \
                 labour market needs into account.",
            ),
        ],
        guidelines: vec![
            guideline(
                "g1-t1",
                1,
                None,
                "Promote decent work through national employment policies",
            ),
            guideline(
                "g4.2",
                4,
                Some("4.2"),
                "Consider bilateral agreements on labour migration",
            ),
            guideline(
                "g9-t1",
                9,
                None,
                "Ensure migrant workers receive equal treatment in wages",
            ),
        ],
        instruments: vec![
            instrument("C097", &[4, 9]),
            instrument("C181", &[9]),
            instrument("ICRMW", &[]),
        ],
        profiles: vec![
            Profile {
                kind: "law-policy".into(),
                countries: strings(&["PHL"]),
                regions: strings(&["asia"]),
                period: "1995".into(),
                actors: vec![actor("government", Some("Department of Migrant Workers"))],
                principles: vec![9],
                instruments: strings(&["C097", "C181"]),
                tags: strings(&["recruitment fees"]),
                ..base_profile(
                    "S1",
                    "Overseas employment law",
                    "The Philippines regulates recruitment agencies to protect migrant workers.",
                )
            },
            Profile {
                kind: "agreement".into(),
                countries: strings(&["MEX", "CAN"]),
                regions: strings(&["americas"]),
                sectors: strings(&["agriculture"]),
                period: "1974-2020".into(),
                actors: vec![
                    actor("government", None),
                    actor("government", None),
                    actor("employers", None),
                ],
                principles: vec![4],
                instruments: strings(&["C097"]),
                ..base_profile(
                    "S2",
                    "Bilateral agreement on seasonal workers",
                    "Canada and Mexico admit seasonal agricultural labourers.",
                )
            },
            Profile {
                countries: strings(&["CIV"]),
                regions: strings(&["africa"]),
                period: "2012".into(),
                actors: vec![actor("workers", Some("Trade union federation"))],
                principles: vec![9, 1],
                ..base_profile(
                    "S3",
                    "Migrant resource centres",
                    "Information services for women migrants before departure.",
                )
            },
            Profile {
                profile_type: ProfileType::Activity,
                kind: "service".into(),
                countries: strings(&["CIV"]),
                regions: strings(&["africa"]),
                period: "March 2015".into(),
                actors: vec![
                    actor("government", None),
                    actor("employers", None),
                    actor("workers", None),
                ],
                principles: vec![4],
                ..base_profile(
                    "A1",
                    "Tripartite meeting on labour migration governance",
                    "A regional meeting in Abidjan, Côte d'Ivoire, on migration statistics.",
                )
            },
            Profile {
                profile_type: ProfileType::Activity,
                regions: strings(&["global"]),
                sectors: strings(&["construction"]),
                areas: strings(&["ASEAN member States"]),
                period: "n.d.".into(),
                actors: vec![actor("ngo", None)],
                principles: vec![9],
                instruments: strings(&["C181"]),
                ..base_profile(
                    "A2",
                    "Global study on recruitment fees",
                    "Compares recruitment costs paid by migrant workers worldwide.",
                )
            },
            Profile {
                kind: "law-policy".into(),
                countries: strings(&["DEU"]),
                regions: strings(&["europe"]),
                period: "2020".into(),
                actors: vec![actor("government", None)],
                principles: vec![4, 1],
                ..base_profile(
                    "S4",
                    "Skilled worker immigration act",
                    "Germany opened labour migration channels for skilled workers.",
                )
            },
        ],
        gcm_objectives: Vec::new(),
        sdg_targets: Vec::new(),
        crosswalk: Vec::new(),
    }
}

/// The fixture with a crosswalk: principles 1 and 9 link to GCM objective 6, principle 4 to
/// objective 23, principle 9 to SDG indicator 10.7.1; objective 1 is listed but unlinked.
fn fixture_with_crosswalk() -> Framework {
    let mut framework = fixture();
    let objective = |number: u8| GcmObjective {
        number,
        title: Text::en(&format!("Objective {number}")),
        source: citation(),
    };
    framework.gcm_objectives = vec![objective(23), objective(6), objective(1)];
    framework.sdg_targets = vec![SdgTarget {
        id: "10.7.1".into(),
        level: SdgLevel::Indicator,
        title: Text::en("Recruitment costs"),
        source: citation(),
    }];
    let link = |principle: u8, gcm: Option<u8>, sdg: Option<&str>| CrosswalkLink {
        principle,
        gcm_objective: gcm,
        sdg_target: sdg.map(String::from),
        basis: CrosswalkBasis::Editors,
        source: None,
    };
    framework.crosswalk = vec![
        link(9, Some(6), None),
        link(4, Some(23), None),
        link(1, Some(6), None),
        link(9, None, Some("10.7.1")),
    ];
    framework
}

#[test]
fn gcm_and_sdg_facets_come_through_the_items_principles() {
    let index = Index::new(&fixture_with_crosswalk(), Lang::En);
    // Only linked objectives are options, by number; objective 1 has no link.
    assert_eq!(index.options(Facet::Gcm), ["6", "23"]);
    assert_eq!(index.options(Facet::Sdg), ["10.7.1"]);
    let result = search(&index, &Query::default(), Sort::Relevance);
    // By hand: objective 6 = principles 1 and 9: P1, P9, g1-t1, g9-t1, S1 [9], S3 [9, 1],
    // S4 [4, 1], A2 [9]; objective 23 = principle 4: P4, g4.2, S2, S4, A1;
    // 10.7.1 = principle 9: P9, g9-t1, S1, S3, A2.
    assert_eq!(counts(&result, Facet::Gcm), pairs(&[("6", 8), ("23", 5)]));
    assert_eq!(counts(&result, Facet::Sdg), pairs(&[("10.7.1", 5)]));
    assert_eq!(
        found("", &[], Sort::Relevance).len(),
        12,
        "the plain fixture is unchanged"
    );
    let six = search(&index, &query("", &[(Facet::Gcm, &["6"])]), Sort::Relevance);
    assert_eq!(
        ids(&index, &six),
        ["P1", "P9", "g1-t1", "g9-t1", "S1", "S3", "S4", "A2"]
    );
    let both = query("", &[(Facet::Gcm, &["23"]), (Facet::Sdg, &["10.7.1"])]);
    assert_eq!(
        ids(&index, &search(&index, &both, Sort::Relevance)),
        Vec::<String>::new(),
        "AND across the two facets: no item has principle 4 and principle 9"
    );
    // Without a crosswalk both facets are there, with no options.
    let plain = Index::new(&fixture(), Lang::En);
    assert!(plain.options(Facet::Gcm).is_empty());
    assert!(plain.options(Facet::Sdg).is_empty());
}

fn query(text: &str, selected: &[(Facet, &[&str])]) -> Query {
    let mut query = Query {
        text: text.into(),
        ..Query::default()
    };
    for (facet, values) in selected {
        for value in *values {
            query.toggle(*facet, value);
        }
    }
    query
}

fn search(index: &Index, query: &Query, sort: Sort) -> SearchResult {
    index.search(query, sort, 0..usize::MAX)
}

/// The ids of the hits, in order: "P4" for principle 4, else the item's own id.
fn ids(index: &Index, result: &SearchResult) -> Vec<String> {
    result
        .hits
        .iter()
        .map(|hit| match &index.docs[hit.doc].item {
            ItemRef::Principle(number) => format!("P{number}"),
            ItemRef::Guideline(id) | ItemRef::Profile(id) => id.clone(),
            other => panic!("not a doc: {other:?}"),
        })
        .collect()
}

fn found(text: &str, selected: &[(Facet, &[&str])], sort: Sort) -> Vec<String> {
    let index = Index::new(&fixture(), Lang::En);
    ids(&index, &search(&index, &query(text, selected), sort))
}

/// `(option, count)` for every option of `facet`, in listed order.
fn counts(result: &SearchResult, facet: Facet) -> Vec<(String, usize)> {
    let (_, options) = result.facets.iter().find(|(f, _)| *f == facet).unwrap();
    options.iter().map(|o| (o.value.clone(), o.count)).collect()
}

fn pairs(expected: &[(&str, usize)]) -> Vec<(String, usize)> {
    expected.iter().map(|(v, c)| (v.to_string(), *c)).collect()
}

const ALL_IN_DEFAULT_ORDER: [&str; 12] = [
    "P1", "P4", "P9", "g1-t1", "g4.2", "g9-t1", "S1", "S2", "S3", "S4", "A1", "A2",
];

#[test]
fn empty_query_lists_principles_then_guidelines_then_practices_then_activities() {
    assert_eq!(found("", &[], Sort::Relevance), ALL_IN_DEFAULT_ORDER);
    assert_eq!(found("  \t ", &[], Sort::Relevance), ALL_IN_DEFAULT_ORDER);
    assert_eq!(found("'-!", &[], Sort::Relevance), ALL_IN_DEFAULT_ORDER);
}

#[test]
fn docs_carry_type_title_summary_and_year() {
    let index = Index::new(&fixture(), Lang::En);
    let types: Vec<_> = index.docs.iter().map(|d| d.item_type).collect();
    use ItemType::*;
    assert_eq!(
        types,
        [
            Principle, Principle, Principle, Guideline, Guideline, Guideline, Practice, Practice,
            Practice, Practice, Activity, Activity
        ]
    );
    assert_eq!(index.docs[2].title, "Protection of migrant workers");
    assert_eq!(
        index.docs[4].title,
        "Consider bilateral agreements on labour migration"
    );
    assert_eq!(index.docs[4].summary, "");
    let years: Vec<_> = index.docs.iter().map(|d| d.year).collect();
    let none = [None; 6];
    assert_eq!(years[..6], none);
    assert_eq!(
        years[6..],
        [
            Some(1995),
            Some(1974),
            Some(2012),
            Some(2020),
            Some(2015),
            None
        ]
    );
}

#[test]
fn doc_values_follow_option_order_and_are_deduplicated() {
    let index = Index::new(&fixture(), Lang::En);
    let values = |doc: usize, facet: Facet| index.values(doc, facet).collect::<Vec<_>>();
    // S2: two government actors and one employers, countries listed MEX, CAN.
    assert_eq!(values(7, Facet::Actor), ["government", "employers"]);
    assert_eq!(values(7, Facet::Country), ["CAN", "MEX"]);
    assert_eq!(values(7, Facet::Type), ["practice"]);
    assert_eq!(values(7, Facet::Kind), ["agreement"]);
    // A principle: its own number, and the instruments that list it.
    assert_eq!(values(2, Facet::Principle), ["9"]);
    assert_eq!(values(2, Facet::Instrument), ["C097", "C181"]);
    assert_eq!(values(0, Facet::Instrument), Vec::<&str>::new());
    assert_eq!(values(0, Facet::Kind), Vec::<&str>::new());
    // A guideline: its principle.
    assert_eq!(values(4, Facet::Principle), ["4"]);
}

#[test]
fn doc_index_finds_docs_by_item() {
    let index = Index::new(&fixture(), Lang::En);
    assert_eq!(index.doc_index(&ItemRef::Principle(9)), Some(2));
    assert_eq!(index.doc_index(&ItemRef::Guideline("g4.2".into())), Some(4));
    assert_eq!(index.doc_index(&ItemRef::Profile("S4".into())), Some(9));
    assert_eq!(index.doc_index(&ItemRef::Profile("S99".into())), None);
    assert_eq!(index.doc_index(&ItemRef::Instrument("C097".into())), None);
}

#[test]
fn facet_options_are_listed_in_their_documented_order() {
    let index = Index::new(&fixture(), Lang::En);
    assert_eq!(
        index.options(Facet::Type),
        ["principle", "guideline", "practice", "activity"]
    );
    assert_eq!(index.options(Facet::Principle), ["1", "4", "9"]);
    assert_eq!(
        index.options(Facet::Kind),
        ["law-policy", "agreement", "programme", "service"]
    );
    // Used countries only (not Nepal), by English name: Canada, Côte d'Ivoire, Germany, ...
    assert_eq!(
        index.options(Facet::Country),
        ["CAN", "CIV", "DEU", "MEX", "PHL"]
    );
    assert_eq!(index.options(Facet::Instrument), ["C097", "C181", "ICRMW"]);
    let result = search(&index, &Query::default(), Sort::Relevance);
    let listed: Vec<Facet> = result.facets.iter().map(|(f, _)| *f).collect();
    assert_eq!(listed, Facet::ALL);
}

#[test]
fn every_option_is_listed_even_with_zero_count() {
    let index = Index::new(&fixture(), Lang::En);
    let result = search(&index, &Query::default(), Sort::Relevance);
    assert_eq!(result.total, 12);
    assert_eq!(
        counts(&result, Facet::Type),
        pairs(&[
            ("principle", 3),
            ("guideline", 3),
            ("practice", 4),
            ("activity", 2),
        ])
    );
    assert_eq!(
        counts(&result, Facet::Principle),
        pairs(&[("1", 4), ("4", 5), ("9", 5)])
    );
    assert_eq!(
        counts(&result, Facet::Instrument),
        pairs(&[("C097", 4), ("C181", 3), ("ICRMW", 0)])
    );
    assert_eq!(
        counts(&result, Facet::Actor),
        pairs(&[
            ("government", 4),
            ("employers", 2),
            ("workers", 2),
            ("ngo", 1),
        ])
    );
    assert_eq!(
        counts(&result, Facet::Sector),
        pairs(&[
            ("agriculture", 1),
            ("construction", 1),
            ("domestic-work", 0),
            ("all-sectors", 4),
        ])
    );
}

#[test]
fn region_filter_is_or_within_a_facet() {
    assert_eq!(
        found("", &[(Facet::Region, &["asia"])], Sort::Relevance),
        ["S1"]
    );
    assert_eq!(
        found("", &[(Facet::Region, &["asia", "africa"])], Sort::Relevance),
        ["S1", "S3", "A1"]
    );
}

#[test]
fn filters_are_and_across_facets() {
    let selected: &[(Facet, &[&str])] = &[
        (Facet::Region, &["africa", "global"]),
        (Facet::Type, &["activity"]),
        (Facet::Sector, &["all-sectors"]),
    ];
    assert_eq!(found("", selected, Sort::Relevance), ["A1"]);
}

#[test]
fn counts_ignore_their_own_facets_selection() {
    let index = Index::new(&fixture(), Lang::En);
    let q = query(
        "",
        &[(Facet::Region, &["africa"]), (Facet::Type, &["activity"])],
    );
    let result = search(&index, &q, Sort::Relevance);
    assert_eq!(ids(&index, &result), ["A1"]);
    // Regions among activities (A1 africa, A2 global).
    assert_eq!(
        counts(&result, Facet::Region),
        pairs(&[
            ("africa", 1),
            ("americas", 0),
            ("asia", 0),
            ("europe", 0),
            ("global", 1),
        ])
    );
    // Types within Africa (S3 practice, A1 activity).
    assert_eq!(
        counts(&result, Facet::Type),
        pairs(&[
            ("principle", 0),
            ("guideline", 0),
            ("practice", 1),
            ("activity", 1),
        ])
    );
    // Other facets count within the results (A1 only).
    assert_eq!(
        counts(&result, Facet::Principle),
        pairs(&[("1", 0), ("4", 1), ("9", 0)])
    );
    assert_eq!(
        counts(&result, Facet::Country),
        pairs(&[("CAN", 0), ("CIV", 1), ("DEU", 0), ("MEX", 0), ("PHL", 0),])
    );
}

#[test]
fn counts_combine_with_search_text() {
    let index = Index::new(&fixture(), Lang::En);
    // "recruitment": S1 (summary, tag), A2 (title, summary).
    let q = query("recruitment", &[(Facet::Type, &["practice"])]);
    let result = search(&index, &q, Sort::Relevance);
    assert_eq!(ids(&index, &result), ["S1"]);
    assert_eq!(
        counts(&result, Facet::Type),
        pairs(&[
            ("principle", 0),
            ("guideline", 0),
            ("practice", 1),
            ("activity", 1),
        ])
    );
}

#[test]
fn selected_mirrors_the_query() {
    let index = Index::new(&fixture(), Lang::En);
    let q = query("", &[(Facet::Region, &["asia", "atlantis"])]);
    let result = search(&index, &q, Sort::Relevance);
    let (_, regions) = &result.facets[Facet::Region as usize];
    let selected: Vec<&str> = regions
        .iter()
        .filter(|o| o.selected)
        .map(|o| o.value.as_str())
        .collect();
    assert_eq!(selected, ["asia"]);
    assert!(!result
        .facets
        .iter()
        .any(|(f, o)| *f != Facet::Region && o.iter().any(|o| o.selected)));
}

#[test]
fn unknown_selected_values_are_ignored() {
    assert_eq!(
        found("", &[(Facet::Region, &["atlantis"])], Sort::Relevance),
        ALL_IN_DEFAULT_ORDER
    );
    assert_eq!(
        found(
            "",
            &[
                (Facet::Principle, &["99", "", "0x4"]),
                (Facet::Country, &["NPL"])
            ],
            Sort::Relevance
        ),
        ALL_IN_DEFAULT_ORDER
    );
    assert_eq!(
        found(
            "",
            &[(Facet::Region, &["atlantis", "asia"])],
            Sort::Relevance
        ),
        ["S1"]
    );
}

#[test]
fn search_is_case_and_accent_insensitive() {
    // Côte d'Ivoire is S3's and A1's country; A1's summary also names it.
    assert_eq!(found("cote d'ivoire", &[], Sort::Relevance), ["A1", "S3"]);
    assert_eq!(found("CÔTE D’IVOIRE", &[], Sort::Relevance), ["A1", "S3"]);
    assert_eq!(
        found("Côte", &[(Facet::Type, &["practice"])], Sort::Relevance),
        ["S3"]
    );
}

#[test]
fn query_words_match_word_prefixes() {
    // Title hits first, then summary hits; ties in default order.
    assert_eq!(
        found("migr", &[], Sort::Relevance),
        ["P4", "P9", "g4.2", "g9-t1", "S3", "A1", "S1", "S4", "A2"]
    );
    // A query word inside a word does not match: "igrat" is in "migration", "immigration".
    assert_eq!(found("igrat", &[], Sort::Relevance), Vec::<String>::new());
}

#[test]
fn all_query_words_must_match() {
    assert_eq!(
        found("migrant workers", &[], Sort::Relevance),
        ["P9", "g9-t1", "S1", "A2"]
    );
    assert_eq!(
        found("migrant workers canada", &[], Sort::Relevance),
        Vec::<String>::new()
    );
}

#[test]
fn searches_country_names_areas_tags_period_actors_ids_and_kind() {
    assert_eq!(found("philippines", &[], Sort::Relevance), ["S1"]); // summary and country
    assert_eq!(found("mexico", &[], Sort::Relevance), ["S2"]);
    assert_eq!(found("asean", &[], Sort::Relevance), ["A2"]);
    assert_eq!(found("fees", &[], Sort::Relevance), ["A2", "S1"]); // title, then tag
    assert_eq!(found("1974", &[], Sort::Relevance), ["S2"]);
    assert_eq!(found("union federation", &[], Sort::Relevance), ["S3"]);
    assert_eq!(found("s4", &[], Sort::Relevance), ["S4"]);
    assert_eq!(found("g4.2", &[], Sort::Relevance), ["g4.2"]);
    assert_eq!(found("agreement", &[], Sort::Relevance), ["S2", "g4.2"]); // title exact, prefix
                                                                          // "services" in S3's summary outranks A1's kind label "service".
    assert_eq!(found("service", &[], Sort::Relevance), ["S3", "A1"]);
    assert_eq!(found("c181", &[], Sort::Relevance), ["S1", "A2"]);
    assert_eq!(found("principle 9", &[], Sort::Relevance), ["P9"]);
}

#[test]
fn title_hits_rank_above_summary_hits_and_exact_above_prefix() {
    // Title exact: P1, g1-t1; title prefix ("workers", "worker"): P9, g9-t1, S2, S4;
    // summary prefix: S1, A2.
    assert_eq!(
        found("work", &[], Sort::Relevance),
        ["P1", "g1-t1", "P9", "g9-t1", "S2", "S4", "S1", "A2"]
    );
}

#[test]
fn scores_are_reported_and_zero_without_text() {
    let index = Index::new(&fixture(), Lang::En);
    let result = search(&index, &query("work", &[]), Sort::Relevance);
    let scores: Vec<f32> = result.hits.iter().map(|h| h.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(scores[0] > scores[2] && scores[2] > scores[7]);
    let result = search(&index, &Query::default(), Sort::Relevance);
    assert!(result.hits.iter().all(|h| h.score == 0.0));
}

#[test]
fn highlights_cover_the_matched_prefix_in_the_original_text() {
    let index = Index::new(&fixture(), Lang::En);
    let result = search(
        &index,
        &query("migr", &[(Facet::Type, &["practice"])]),
        Sort::Relevance,
    );
    let s3 = &result.hits[0];
    assert_eq!(index.docs[s3.doc].title, "Migrant resource centres");
    assert_eq!(s3.title_matches, [0..4]);
    let summary = &index.docs[s3.doc].summary;
    let at = summary.find("migrants").unwrap();
    assert_eq!(s3.summary_matches, [at..at + 4]);
}

#[test]
fn highlights_cover_accented_words_and_several_query_words() {
    let index = Index::new(&fixture(), Lang::En);
    let result = search(
        &index,
        &query("cote", &[(Facet::Type, &["activity"])]),
        Sort::Relevance,
    );
    let a1 = &result.hits[0];
    let summary = &index.docs[a1.doc].summary;
    let at = summary.find("Côte").unwrap();
    assert_eq!(a1.summary_matches, [at..at + "Côte".len()]);
    assert_eq!(a1.title_matches, []);

    let result = search(&index, &query("workers MIGRANT mig", &[]), Sort::Relevance);
    let p9 = &result.hits[0];
    assert_eq!(index.docs[p9.doc].title, "Protection of migrant workers");
    // The longest matching query word wins: "migrant", not "mig".
    assert_eq!(p9.title_matches, [14..21, 22..29]);
}

#[test]
fn no_highlights_without_text() {
    let index = Index::new(&fixture(), Lang::En);
    let result = search(&index, &Query::default(), Sort::Relevance);
    assert!(result
        .hits
        .iter()
        .all(|h| h.title_matches.is_empty() && h.summary_matches.is_empty()));
}

#[test]
fn title_sort_is_alphabetical_by_folded_title() {
    assert_eq!(
        found("", &[], Sort::Title),
        ["S2", "g4.2", "P1", "g9-t1", "P4", "A2", "S3", "S1", "g1-t1", "P9", "S4", "A1"]
    );
    assert_eq!(
        found("migrant", &[], Sort::Title),
        ["g9-t1", "A2", "S3", "S1", "P9"]
    );
}

#[test]
fn newest_sort_puts_recent_periods_first_and_undated_last() {
    assert_eq!(
        found("", &[], Sort::Newest),
        ["S4", "A1", "S3", "S1", "S2", "P1", "P4", "P9", "g1-t1", "g4.2", "g9-t1", "A2"]
    );
}

#[test]
fn window_selects_a_page_of_hits_and_is_clamped() {
    let index = Index::new(&fixture(), Lang::En);
    let q = Query::default();
    let page = index.search(&q, Sort::Relevance, 3..6);
    assert_eq!(page.total, 12);
    assert_eq!(ids(&index, &page), ["g1-t1", "g4.2", "g9-t1"]);
    let tail = index.search(&q, Sort::Title, 10..20);
    assert_eq!(ids(&index, &tail), ["S4", "A1"]);
    for window in [12..20, 50..60, usize::MAX - 1..usize::MAX] {
        let past = index.search(&q, Sort::Newest, window);
        assert_eq!((past.total, past.hits.len()), (12, 0));
    }
    #[allow(clippy::reversed_empty_ranges)]
    let reversed = index.search(&q, Sort::Relevance, 6..2);
    assert!(reversed.hits.is_empty());
    let newest_page = index.search(&q, Sort::Newest, 1..3);
    assert_eq!(ids(&index, &newest_page), ["A1", "S3"]);
}

#[test]
fn a_huge_query_does_not_panic_and_returns_quickly() {
    let index = Index::new(&fixture(), Lang::En);
    let long_word = "migr".repeat(2_500);
    let many_words = "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(400);
    let marks = "\u{301}".repeat(5_000);
    let mixed = "Côte d'Ivoire إدارة ß ".repeat(500);
    for text in [long_word, many_words, marks, mixed] {
        assert!(text.len() >= 10_000);
        let started = Instant::now();
        let result = index.search(&query(&text, &[]), Sort::Relevance, 0..25);
        assert!(result.total <= 12);
        assert!(
            started.elapsed() < Duration::from_millis(500),
            "{:?}",
            started.elapsed()
        );
    }
    // A word longer than 64 characters matches nothing (issue 13): see
    // `a_word_too_long_to_be_in_the_data_matches_nothing`.
    assert_eq!(found(&"x".repeat(65), &[], Sort::Relevance).len(), 0);
}

#[test]
fn shipped_data_gives_options_for_every_facet() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");
    let Ok(json) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    let framework = match Framework::from_json(&json) {
        Ok(framework) => framework,
        Err(error) => {
            eprintln!("skipped: {path} does not parse yet: {error}");
            return;
        }
    };
    let index = Index::new(&framework, Lang::En);
    let result = search(&index, &Query::default(), Sort::Relevance);
    assert_eq!(result.total, index.docs.len());
    for (facet, options) in &result.facets {
        assert!(!options.is_empty(), "{facet:?} has no options");
        assert!(options.iter().any(|o| o.count > 0), "{facet:?} has no docs");
    }
    // Every doc is found by its own title.
    for (number, doc) in index.docs.iter().enumerate().step_by(7) {
        let hits = index.search(&query(&doc.title, &[]), Sort::Relevance, 0..usize::MAX);
        assert!(
            hits.hits.iter().any(|h| h.doc == number),
            "{:?} not found by title",
            doc.item
        );
    }
}

/// A rough timing of `Index::new` at the real data's size and of `search` at 1000 times it
/// (~150,000 docs). Run with
/// `cargo test -p mflm-core --release --test engine -- --ignored --nocapture`.
#[test]
#[ignore]
fn timing_on_150k_synthetic_docs() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");
    if let Some(framework) = std::fs::read_to_string(path)
        .ok()
        .and_then(|json| Framework::from_json(&json).ok())
    {
        let started = Instant::now();
        let index = Index::new(&framework, Lang::En);
        let first = started.elapsed();
        // The first build pays for cold caches and allocator growth; later ones show the work.
        let started = Instant::now();
        for _ in 0..20 {
            std::hint::black_box(Index::new(&framework, Lang::En));
        }
        let built = format!("{first:?} first, {:?} each after", started.elapsed() / 20);
        let started = Instant::now();
        index.search(&query("migrant work", &[]), Sort::Relevance, 0..25);
        let searched = started.elapsed();
        println!(
            "shipped data: Index::new on {} docs: {built}; a search: {searched:?}",
            index.docs.len()
        );
    }

    let real_size = synthetic(400);
    let started = Instant::now();
    let index = Index::new(&real_size, Lang::En);
    println!(
        "Index::new on {} docs: {:?}",
        index.docs.len(),
        started.elapsed()
    );

    let framework = synthetic(150_000);
    let started = Instant::now();
    let index = Index::new(&framework, Lang::En);
    println!(
        "Index::new on {} docs: {:?}",
        index.docs.len(),
        started.elapsed()
    );

    let queries = [
        ("no text, no filter", query("", &[])),
        ("common prefix \"mi\"", query("mi", &[])),
        ("one letter \"s\"", query("s", &[])),
        ("two words", query("migrant workers", &[])),
        (
            "three words + 2 facets",
            query(
                "labour recruitment fees",
                &[
                    (Facet::Region, &["asia", "africa"]),
                    (Facet::Sector, &["agriculture"]),
                ],
            ),
        ),
        (
            "facets only",
            query(
                "",
                &[
                    (Facet::Type, &["practice"]),
                    (Facet::Country, &["C7", "C42", "C99"]),
                    (Facet::Principle, &["4", "9"]),
                ],
            ),
        ),
        ("rare word", query("zumokata", &[])),
    ];
    for (name, q) in &queries {
        for sort in Sort::ALL {
            let runs = 20;
            let started = Instant::now();
            let mut total = 0;
            for _ in 0..runs {
                total = index.search(q, sort, 0..25).total;
            }
            let each = started.elapsed() / runs;
            println!(
                "{name:>26} {:>9}: {each:>10.2?} ({total} matches)",
                sort.key()
            );
        }
    }
}

/// xorshift64*: a deterministic stream of numbers, no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    }

    /// `words` words of `vocabulary`, the first ones far more often (as in real text).
    fn sentence(&mut self, vocabulary: &[String], words: usize) -> String {
        let picked: Vec<&str> = (0..words)
            .map(|_| {
                let r = self.below(1 << 20) as f64 / f64::from(1 << 20);
                vocabulary[(r * r * r * vocabulary.len() as f64) as usize].as_str()
            })
            .collect();
        picked.join(" ")
    }
}

/// A framework with `profiles` profiles of ~60 words each, made up from a fixed seed.
fn synthetic(profiles: usize) -> Framework {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let syllables = [
        "mi", "gra", "tion", "la", "bour", "re", "cruit", "ment", "fe", "es", "wor", "ker", "so",
        "ci", "al", "pro", "tec", "za", "ku", "ta", "mo", "ne", "di", "sa",
    ];
    let mut vocabulary = strings(&["migrant", "workers", "labour", "recruitment", "fees"]);
    while vocabulary.len() < 20_000 {
        let len = 2 + rng.below(3);
        vocabulary.push(
            (0..len)
                .map(|_| syllables[rng.below(syllables.len())])
                .collect(),
        );
    }

    let mut framework = fixture();
    framework.vocabularies.countries = (0..150)
        .map(|i| country(&format!("C{i}"), &format!("Country {i}"), "asia"))
        .collect();
    framework.principles = (1..=15)
        .map(|n| principle(n, &format!("Principle {n}"), "A summary."))
        .collect();
    framework.instruments = (0..30u8)
        .map(|i| instrument(&format!("I{i}"), &[i % 15 + 1]))
        .collect();
    let regions = ["africa", "americas", "asia", "europe", "global"];
    let sectors = [
        "agriculture",
        "construction",
        "domestic-work",
        "all-sectors",
    ];
    let actors = ["government", "employers", "workers", "ngo"];
    let kinds = ["law-policy", "agreement", "programme", "service"];
    framework.profiles = (0..profiles)
        .map(|i| Profile {
            profile_type: if rng.below(4) == 0 {
                ProfileType::Activity
            } else {
                ProfileType::Practice
            },
            kind: kinds[rng.below(4)].into(),
            countries: vec![format!("C{}", rng.below(150))],
            regions: strings(&[regions[rng.below(5)]]),
            sectors: strings(&[sectors[rng.below(4)]]),
            period: format!("{}", 1990 + rng.below(35)),
            actors: vec![actor(
                actors[rng.below(4)],
                Some(&rng.sentence(&vocabulary, 3)),
            )],
            principles: vec![1 + rng.below(15) as u8, 1 + rng.below(15) as u8],
            instruments: vec![format!("I{}", rng.below(30))],
            tags: vec![rng.sentence(&vocabulary, 2)],
            ..base_profile(
                &format!("S{i}"),
                &rng.sentence(&vocabulary, 8),
                &rng.sentence(&vocabulary, 45),
            )
        })
        .collect();
    framework
}

proptest::proptest! {
    #[test]
    fn any_query_gives_sound_results(
        text in "\\PC{0,80}",
        regions in proptest::collection::btree_set("[a-z]{0,8}|africa|asia|global", 0..3),
        principle in "[0-9]{0,2}",
        sort in 0..3usize,
        start in 0..15usize,
        len in 0..15usize,
    ) {
        let index = Index::new(&fixture(), Lang::En);
        let mut q = query(&text, &[(Facet::Principle, &[principle.as_str()])]);
        if !regions.is_empty() {
            q.selected.insert(Facet::Region, regions.iter().cloned().collect());
        }
        let result = index.search(&q, Sort::ALL[sort], start..start + len);
        proptest::prop_assert!(result.total <= index.docs.len());
        proptest::prop_assert_eq!(result.hits.len(), len.min(result.total.saturating_sub(start)));
        for hit in &result.hits {
            let doc = &index.docs[hit.doc];
            for (text, ranges) in [(&doc.title, &hit.title_matches), (&doc.summary, &hit.summary_matches)] {
                let mut last_end = 0;
                for range in ranges {
                    proptest::prop_assert!(last_end <= range.start && range.start < range.end);
                    proptest::prop_assert!(text.is_char_boundary(range.start));
                    proptest::prop_assert!(text.is_char_boundary(range.end));
                    last_end = range.end;
                }
            }
        }
        for (_, options) in &result.facets {
            for option in options {
                proptest::prop_assert!(option.count <= index.docs.len());
            }
        }
    }
}

/// The fixture with French text for S1 (title, summary), Côte d'Ivoire and the `service` kind;
/// everything else stays English only.
fn fixture_with_french() -> Framework {
    let mut framework = fixture();
    let french = |text: &mut Text, fr: &str| {
        text.0.insert("fr".into(), fr.into());
    };
    let s1 = &mut framework.profiles[0];
    french(&mut s1.title, "Loi sur l'emploi à l'étranger");
    french(
        &mut s1.summary,
        "Les Philippines encadrent les agences de placement.",
    );
    let civ = &mut framework.vocabularies.countries[1];
    french(&mut civ.label, "Côte-d'Ivoire (République de)");
    let service = &mut framework.vocabularies.profile_kinds[3];
    french(&mut service.label, "prestation");
    framework
}

#[test]
fn an_index_shows_text_in_its_language_falling_back_to_english() {
    let framework = fixture_with_french();
    let index = Index::new(&framework, Lang::Fr);
    assert_eq!(index.lang(), Lang::Fr);
    let s1 = index
        .doc_index(&ItemRef::Profile("S1".into()))
        .expect("S1 is a doc");
    assert_eq!(index.docs[s1].title, "Loi sur l'emploi à l'étranger");
    assert_eq!(
        index.docs[s1].summary,
        "Les Philippines encadrent les agences de placement."
    );
    let s2 = index
        .doc_index(&ItemRef::Profile("S2".into()))
        .expect("S2 is a doc");
    assert_eq!(
        index.docs[s2].title,
        "Bilateral agreement on seasonal workers"
    );
    assert_eq!(Index::new(&framework, Lang::En).lang(), Lang::En);
    let english = Index::new(&framework, Lang::En);
    assert_eq!(english.docs[s1].title, "Overseas employment law");
}

#[test]
fn a_french_index_finds_french_and_english_words_but_highlights_only_the_shown_text() {
    let index = Index::new(&fixture_with_french(), Lang::Fr);
    let ids_of = |text: &str| ids(&index, &search(&index, &query(text, &[]), Sort::Relevance));
    assert_eq!(ids_of("etranger"), ["S1"]);
    assert_eq!(ids_of("placement"), ["S1"]);
    // English title words still find S1, ranked as "other fields".
    assert_eq!(ids_of("overseas"), ["S1"]);
    let result = search(&index, &query("overseas", &[]), Sort::Relevance);
    assert!(result.hits[0].title_matches.is_empty());
    assert!(result.hits[0].summary_matches.is_empty());
    let result = search(&index, &query("étranger", &[]), Sort::Relevance);
    let title = &index.docs[result.hits[0].doc].title;
    let marked: Vec<&str> = result.hits[0]
        .title_matches
        .iter()
        .map(|r| &title[r.clone()])
        .collect();
    assert_eq!(marked, ["étranger"]);
    // Labels in French, and in English.
    assert_eq!(ids_of("republique"), ["S3", "A1"]);
    // A1's summary names the country too, which ranks it first.
    assert_eq!(ids_of("ivoire"), ["A1", "S3"]);
    assert_eq!(ids_of("prestation"), ["A1"]);
    // The English index knows no French.
    let english = Index::new(&fixture_with_french(), Lang::En);
    let found = search(&english, &query("etranger", &[]), Sort::Relevance);
    assert_eq!(found.total, 0);
}

#[test]
fn country_options_are_ordered_by_their_name_in_the_index_language() {
    let mut framework = fixture();
    // "Allemagne" sorts first in French; "Germany" after "Canada" and "Côte d'Ivoire" in English.
    framework.vocabularies.countries[2]
        .label
        .0
        .insert("fr".into(), "Allemagne".into());
    let french = Index::new(&framework, Lang::Fr);
    assert_eq!(
        french.options(Facet::Country),
        ["DEU", "CAN", "CIV", "MEX", "PHL"]
    );
    let english = Index::new(&framework, Lang::En);
    assert_eq!(
        english.options(Facet::Country),
        ["CAN", "CIV", "DEU", "MEX", "PHL"]
    );
}

/// The fixture's docs, 12, repeated into `times` copies of each profile: enough for pages.
fn fixture_with_profiles(count: usize) -> Framework {
    let mut framework = fixture();
    let template = framework.profiles[0].clone();
    framework.profiles = (0..count)
        .map(|i| Profile {
            id: format!("X{i}"),
            ..template.clone()
        })
        .collect();
    framework
}

#[test]
fn search_page_serves_pages_of_results_per_page() {
    // 3 principles + 3 guidelines + 60 profiles = 66 docs: pages of 25, 25 and 16.
    let index = Index::new(&fixture_with_profiles(60), Lang::En);
    let q = Query::default();
    let first = index.search_page(&q, Sort::Relevance, 1);
    assert_eq!((first.total, first.page, first.pages), (66, 1, 3));
    assert_eq!(first.hits.len(), RESULTS_PER_PAGE);
    assert_eq!(first.hits[0].doc, 0);
    let second = index.search_page(&q, Sort::Relevance, 2);
    assert_eq!((second.page, second.hits.len()), (2, 25));
    assert_eq!(second.hits[0].doc, 25);
    let last = index.search_page(&q, Sort::Relevance, 3);
    assert_eq!((last.page, last.hits.len()), (3, 16));
    assert_eq!(last.hits.last().map(|h| h.doc), Some(65));
}

#[test]
fn a_page_past_the_end_serves_the_last_page_and_says_so() {
    let index = Index::new(&fixture_with_profiles(60), Lang::En);
    for page in [4, 99_999, u32::MAX] {
        let result = index.search_page(&Query::default(), Sort::Title, page);
        assert_eq!((result.page, result.pages, result.hits.len()), (3, 3, 16));
        assert_eq!(result, index.search_page(&Query::default(), Sort::Title, 3));
    }
}

#[test]
fn page_0_serves_page_1() {
    let index = Index::new(&fixture(), Lang::En);
    let zero = index.search_page(&Query::default(), Sort::Newest, 0);
    assert_eq!((zero.page, zero.pages, zero.hits.len()), (1, 1, 12));
    assert_eq!(zero, index.search_page(&Query::default(), Sort::Newest, 1));
}

#[test]
fn an_empty_result_is_page_1_of_1() {
    let index = Index::new(&fixture(), Lang::En);
    for page in [0, 1, 2, 99_999] {
        let result = index.search_page(&query("zzzz", &[]), Sort::Relevance, page);
        assert_eq!((result.total, result.page, result.pages), (0, 1, 1));
        assert!(result.hits.is_empty());
    }
}

#[test]
fn search_by_window_reports_the_page_its_window_starts_in() {
    let index = Index::new(&fixture_with_profiles(60), Lang::En);
    let q = Query::default();
    let at = |window: std::ops::Range<usize>| {
        let result = index.search(&q, Sort::Relevance, window);
        (result.page, result.pages)
    };
    assert_eq!(at(0..25), (1, 3));
    assert_eq!(at(25..50), (2, 3));
    assert_eq!(at(30..40), (2, 3));
    assert_eq!(at(50..usize::MAX), (3, 3));
    assert_eq!(at(0..usize::MAX), (1, 3));
    assert_eq!(at(1000..1025), (3, 3));
}

#[test]
fn a_word_too_long_to_be_in_the_data_matches_nothing() {
    let index = Index::new(&fixture(), Lang::En);
    let made_up = "pneumonoultramicroscopicsilicovolcanoconiosisandthensomemorelettersx";
    assert!(made_up.chars().count() > mflm_core::engine::MAX_WORD_CHARS);
    for text in [made_up.to_string(), format!("migrant {made_up}")] {
        let result = search(&index, &query(&text, &[]), Sort::Relevance);
        assert_eq!(result.total, 0, "{text:?}");
        assert!(result.hits.is_empty());
        let counts: usize = result.facets[0].1.iter().map(|o| o.count).sum();
        assert_eq!(counts, 0, "facet counts follow the text");
    }
}

#[test]
fn text_of_only_punctuation_is_no_text() {
    for text in ["", "   ", "?!", " - , ; ", "«»"] {
        assert_eq!(found(text, &[], Sort::Relevance).len(), 12, "{text:?}");
    }
}

#[test]
fn words_past_the_query_word_limit_are_ignored() {
    let padding = "migrant ".repeat(mflm_core::engine::MAX_QUERY_WORDS);
    let text = format!("{padding} zzzzzz");
    assert_eq!(
        found(&text, &[], Sort::Relevance),
        found("migrant", &[], Sort::Relevance)
    );
}

/// The hit for `id` when searching `text` in the fixture.
fn hit_for(index: &Index, text: &str, id: &str) -> mflm_core::engine::Hit {
    let result = search(index, &query(text, &[]), Sort::Relevance);
    let doc = index
        .doc_index(&ItemRef::Profile(id.into()))
        .expect("a profile of the fixture");
    result
        .hits
        .into_iter()
        .find(|hit| hit.doc == doc)
        .unwrap_or_else(|| panic!("{text:?} does not find {id}"))
}

/// A hit's other matches as (field, text, highlighted parts of the text).
fn explained(hit: &mflm_core::engine::Hit) -> Vec<(MatchedField, String, Vec<String>)> {
    hit.other_matches
        .iter()
        .map(|m| {
            let marked = m.ranges.iter().map(|r| m.text[r.clone()].to_string());
            (m.field, m.text.clone(), marked.collect())
        })
        .collect()
}

fn owned(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

#[test]
fn a_hit_matched_only_by_a_keyword_says_so() {
    let index = Index::new(&fixture(), Lang::En);
    let s1 = hit_for(&index, "fees", "S1");
    assert!(s1.title_matches.is_empty() && s1.summary_matches.is_empty());
    assert_eq!(
        explained(&s1),
        [(
            MatchedField::Keywords,
            "recruitment fees".into(),
            owned(&["fees"])
        )]
    );
    // A2 has "fees" in its title: the card shows why.
    assert_eq!(explained(&hit_for(&index, "fees", "A2")), []);
}

#[test]
fn other_matches_name_actors_countries_areas_and_other_fields() {
    let index = Index::new(&fixture(), Lang::En);
    // "migrant" is in S1's visible summary; "department" only in an actor's name, where
    // both words are highlighted.
    assert_eq!(
        explained(&hit_for(&index, "department migrant", "S1")),
        [(
            MatchedField::Actors,
            "Department of Migrant Workers".into(),
            owned(&["Department", "Migrant"])
        )]
    );
    assert_eq!(
        explained(&hit_for(&index, "ivoire", "S3")),
        [(
            MatchedField::Countries,
            "Côte d'Ivoire".into(),
            owned(&["Ivoire"])
        )]
    );
    // A1's summary names the country: nothing to explain.
    assert_eq!(explained(&hit_for(&index, "ivoire", "A1")), []);
    assert_eq!(
        explained(&hit_for(&index, "asean", "A2")),
        [(
            MatchedField::Areas,
            "ASEAN member States".into(),
            owned(&["ASEAN"])
        )]
    );
    assert_eq!(
        explained(&hit_for(&index, "c09", "S1")),
        [(MatchedField::Other, "C097".into(), owned(&["C09"]))]
    );
    // Two words explained by two fields, in the order of preference.
    assert_eq!(
        explained(&hit_for(&index, "1995 philippines fees", "S1")),
        [
            (
                MatchedField::Keywords,
                "recruitment fees".into(),
                owned(&["fees"])
            ),
            (MatchedField::Other, "1995".into(), owned(&["1995"])),
        ]
    );
    // No search text, nothing to explain.
    let all = search(&index, &Query::default(), Sort::Relevance);
    assert!(all.hits.iter().all(|hit| hit.other_matches.is_empty()));
}

#[test]
fn a_match_past_the_visible_summary_gives_a_snippet_cut_on_words() {
    let mut framework = fixture();
    let long = format!(
        "{} The scheme also lowered the cost of sending remittances home through banks. {}",
        "Workers were informed about their rights before they left. ".repeat(6),
        "Evaluations followed in later years. ".repeat(4)
    );
    assert!(long.find("remittances").unwrap() > mflm_core::engine::SUMMARY_VISIBLE_CHARS);
    framework.profiles[2].summary = Text::en(&long);
    let index = Index::new(&framework, Lang::En);
    let s3 = hit_for(&index, "remittance", "S3");
    let [only] = s3.other_matches.as_slice() else {
        panic!("{:?}", s3.other_matches)
    };
    assert_eq!(only.field, MatchedField::Summary);
    let text = &only.text;
    assert!(text.starts_with('…') && text.ends_with('…'), "{text:?}");
    let inner = text.trim_matches('…');
    assert!(long.contains(inner), "cut on word boundaries: {text:?}");
    let at = long.find(inner).unwrap();
    let next = long[at + inner.len()..].chars().next();
    assert!(long[..at].ends_with(' ') && next == Some(' '), "{text:?}");
    let chars = text.chars().count();
    assert!((100..=170).contains(&chars), "{chars} chars: {text:?}");
    let marked: Vec<&str> = only.ranges.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(marked, ["remittance"]);
    // The same word in the visible part needs no snippet.
    let visible = hit_for(&index, "informed", "S3");
    assert!(visible.other_matches.is_empty());
    assert!(!visible.summary_matches.is_empty());
}

#[test]
fn suggest_corrects_words_that_match_nothing() {
    let index = Index::new(&fixture(), Lang::En);
    assert_eq!(
        index.suggest("recruitement fees").as_deref(),
        Some("recruitment fees")
    );
    assert_eq!(
        index.suggest("Migarnt workers").as_deref(),
        Some("migrant workers")
    );
    assert_eq!(index.suggest("sesonal").as_deref(), Some("seasonal"));
    // Every word matches something (even as a prefix): nothing to correct.
    assert_eq!(index.suggest("migrant work"), None);
    assert_eq!(index.suggest("recr"), None);
    assert_eq!(index.suggest(""), None);
    // Nothing close enough, or too short to guess.
    assert_eq!(index.suggest("zzzzzzzz"), None);
    assert_eq!(index.suggest("lww"), None);
    assert_eq!(index.suggest(&"x".repeat(65)), None);
}

#[test]
fn suggest_keeps_the_rest_of_the_text_as_typed() {
    let index = Index::new(&fixture(), Lang::En);
    assert_eq!(
        index.suggest("  Overseas, recruitement!").as_deref(),
        Some("  Overseas, recruitment!")
    );
}

#[test]
fn suggest_allows_one_edit_in_short_words_and_two_in_longer_ones() {
    let index = Index::new(&fixture(), Lang::En);
    // "wages" (5 letters): one edit.
    assert_eq!(index.suggest("wagse").as_deref(), Some("wages"));
    assert_eq!(index.suggest("wxgxs"), None);
    // "agreement" (9 letters): two edits.
    assert_eq!(index.suggest("agremnet").as_deref(), Some("agreement"));
    assert_eq!(index.suggest("agxxmxnt"), None);
}

#[test]
fn suggest_prefers_the_word_in_more_docs_on_a_tie() {
    // "wazes" is one edit from "wages" (guideline g9-t1) and from "waves".
    let mut framework = fixture();
    framework.profiles[0].title = Text::en("Waves of departures");
    framework.profiles[1].title = Text::en("Seasonal waves");
    let index = Index::new(&framework, Lang::En);
    assert_eq!(index.suggest("wazes").as_deref(), Some("waves"));
    for profile in &mut framework.profiles[2..5] {
        profile.tags = vec!["wages".into()];
    }
    let index = Index::new(&framework, Lang::En);
    assert_eq!(index.suggest("wazes").as_deref(), Some("wages"));
}

//! Search faults of issue 13, checked on the shipped `data/framework.json`: every hit says why
//! it matched, and typing mistakes get a correction.

use mflm_core::engine::{Index, MatchedField};
use mflm_core::lang::Lang;
use mflm_core::query::{ItemRef, Query, Sort};
use mflm_core::validate::load;
use std::sync::OnceLock;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");

/// The shipped data's English index (`shipped_data.rs` reports why it does not load, if so).
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let json = std::fs::read_to_string(PATH).expect("the shipped data file is readable");
        let framework = load(&json).expect("the shipped data loads: see shipped_data.rs");
        Index::new(&framework, Lang::En)
    })
}

fn text(text: &str) -> Query {
    Query {
        text: text.into(),
        ..Query::default()
    }
}

#[test]
fn recruit_lists_jordans_standard_contract_and_shows_the_keyword_that_matched() {
    let index = index();
    let db028 = index
        .doc_index(&ItemRef::Profile("DB-028".into()))
        .expect("DB-028 is in the data");
    let result = index.search(&text("recruit"), Sort::Relevance, 0..usize::MAX);
    let hit = result
        .hits
        .iter()
        .find(|hit| hit.doc == db028)
        .expect("'recruit' lists DB-028");
    assert!(hit.title_matches.is_empty() && hit.summary_matches.is_empty());
    let keyword = hit
        .other_matches
        .iter()
        .find(|m| m.field == MatchedField::Keywords)
        .expect("a keyword explains the match");
    assert!(index.docs[db028].keywords.contains(&keyword.text));
    let marked: Vec<&str> = keyword
        .ranges
        .iter()
        .map(|r| &keyword.text[r.clone()])
        .collect();
    assert_eq!(marked, ["recruit"], "in {:?}", keyword.text);
}

#[test]
fn every_hit_of_a_query_says_why_it_matched() {
    let index = index();
    for query in [
        "recruit",
        "union",
        "philippines",
        "2003",
        "domestic contract",
    ] {
        let result = index.search(&text(query), Sort::Relevance, 0..usize::MAX);
        assert!(result.total > 0, "{query:?} finds something");
        for hit in &result.hits {
            let shown = !hit.title_matches.is_empty() || !hit.summary_matches.is_empty();
            assert!(
                shown || !hit.other_matches.is_empty(),
                "{query:?}: {:?} has nothing to show",
                index.docs[hit.doc].item
            );
            for found in &hit.other_matches {
                assert!(!found.ranges.is_empty(), "{query:?}: {found:?}");
            }
        }
    }
}

#[test]
fn a_made_up_word_longer_than_any_word_finds_nothing() {
    let word = "x".repeat(61) + "abcdefghij";
    let result = index().search_page(&text(&word), Sort::Relevance, 1);
    assert_eq!((result.total, result.pages), (0, 1));
}

#[test]
fn typing_mistakes_are_corrected_to_words_in_the_data() {
    let index = index();
    assert_eq!(
        index.suggest("recruitement").as_deref(),
        Some("recruitment")
    );
    assert_eq!(index.suggest("trafiking").as_deref(), Some("trafficking"));
    let migrant = index.suggest("migarnt");
    assert!(
        matches!(migrant.as_deref(), Some("migrant" | "migrants")),
        "{migrant:?}"
    );
    assert_eq!(
        index.suggest("domestc workers").as_deref(),
        Some("domestic workers")
    );
    // Each correction finds something.
    for typed in ["recruitement", "trafiking", "migarnt", "domestc workers"] {
        let corrected = index.suggest(typed).expect("a correction");
        let found = index.search_page(&text(&corrected), Sort::Relevance, 1);
        assert!(found.total > 0, "{corrected:?} finds nothing");
    }
    assert_eq!(index.suggest("recruitment"), None);
}

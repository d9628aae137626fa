use super::*;
use crate::model::Framework;
use crate::validate::load;

fn shipped() -> Relations {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");
    let json = std::fs::read_to_string(path).expect("the shipped data file is readable");
    Relations::new(load(&json).expect("the shipped data is valid"))
}

fn heading(id: &str, title: &str) -> String {
    format!("[{id}] {title}")
}

const WORDS: RowWords<'static> = RowWords {
    unknown_source: "(unknown source)",
    subdivision_title: &heading,
};

#[test]
fn a_practice_row_gives_its_kind_places_principles_period_and_source() {
    let relations = shipped();
    let facts = RowFacts::of(
        &relations,
        Lang::En,
        &ItemRef::Profile("S0-13".into()),
        &WORDS,
    );
    assert_eq!(
        facts.kind.as_deref(),
        Some(relations.label(Vocabulary::ProfileKind, "consultation-event", Lang::En))
    );
    assert_eq!(
        facts.countries,
        "Thailand, Australia, New Zealand, 15 countries of East, South and South-East Asia",
        "countries by name, then the areas as written"
    );
    assert_eq!(facts.principles, "2, 6, 9");
    assert_eq!(facts.period, "2003");
    assert!(!facts.summary_badge);
    assert!(
        facts.subdivision.is_empty(),
        "a practice has no sub-division line"
    );
    let profile = relations.profile("S0-13").unwrap();
    let document = relations.source(&profile.source.document).unwrap();
    assert_eq!(
        facts.source,
        format!("{}, {}", document.title.get("en"), profile.source.locator)
    );
}

#[test]
fn a_principle_row_gives_its_subdivision_through_the_words_and_its_source() {
    let relations = shipped();
    let facts = RowFacts::of(&relations, Lang::En, &ItemRef::Principle(1), &WORDS);
    assert_eq!(facts.subdivision, "[I] Decent work");
    assert!(facts
        .source
        .ends_with(&relations.principle(1).unwrap().source.locator));
    assert_eq!(
        (
            facts.kind,
            facts.countries.as_str(),
            facts.principles.as_str()
        ),
        (None, "", "")
    );
}

#[test]
fn a_guideline_known_from_a_summary_is_badged_and_names_its_principle() {
    let relations = shipped();
    let facts = RowFacts::of(
        &relations,
        Lang::En,
        &ItemRef::Guideline("g1-t1".into()),
        &WORDS,
    );
    assert!(facts.summary_badge);
    assert_eq!(facts.principles, "1");
    assert!(
        facts
            .source
            .ends_with(", entry for principle 1, guideline topic 1"),
        "{}",
        facts.source
    );
}

#[test]
fn items_the_data_does_not_hold_have_no_facts() {
    let relations = shipped();
    for item in [
        ItemRef::Principle(0),
        ItemRef::Guideline("g99-t9".into()),
        ItemRef::Profile("<b>".into()),
    ] {
        assert_eq!(
            RowFacts::of(&relations, Lang::En, &item, &WORDS),
            RowFacts::default(),
            "{item:?}"
        );
    }
}

#[test]
fn a_citation_of_an_unknown_document_says_so_and_keeps_its_own_address() {
    let relations = shipped();
    let citation: Citation = serde_json::from_str(
        r#"{"document":"no-such-source","locator":"p. 4","url":"https://example.org/a"}"#,
    )
    .unwrap();
    assert_eq!(
        citation_line(&relations, Lang::En, &citation, "(unknown source)"),
        "(unknown source), p. 4"
    );
    assert_eq!(
        citation_url(&relations, &citation).as_deref(),
        Some("https://example.org/a")
    );
    let without: Citation =
        serde_json::from_str(r#"{"document":"no-such-source","locator":"p. 4"}"#).unwrap();
    assert_eq!(citation_url(&relations, &without), None);
}

#[test]
fn a_citation_without_its_own_address_takes_its_documents() {
    let relations = shipped();
    let framework: Framework = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/framework.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let document = framework
        .sources
        .iter()
        .find(|s| s.url.is_some())
        .expect("a source with an address");
    let citation: Citation = serde_json::from_str(&format!(
        r#"{{"document":"{}","locator":"p. 1"}}"#,
        document.id
    ))
    .unwrap();
    assert_eq!(citation_url(&relations, &citation), document.url.clone());
}

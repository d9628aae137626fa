//! The interface's Fluent catalogues (`i18n/<lang>.ftl`): each parses, each has exactly the
//! messages the English one has, every message the app names exists, and plural forms follow
//! each language's rules. A missing message is a test failure, shown on a fixture below.

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::Entry;
use mflm_core::lang::Lang;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn source(lang: Lang) -> String {
    let path = format!("{ROOT}/i18n/{}.ftl", lang.tag());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The message ids of a Fluent file, or its syntax errors.
fn message_ids(source: &str) -> Result<BTreeSet<String>, String> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect())
}

/// How `other` differs from the English catalogue: messages it lacks, and messages English
/// does not have. Both empty means the catalogue is complete.
fn compare(english: &BTreeSet<String>, other: &BTreeSet<String>) -> (Vec<String>, Vec<String>) {
    (
        english.difference(other).cloned().collect(),
        other.difference(english).cloned().collect(),
    )
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english = message_ids(&source(Lang::En)).expect("en.ftl parses");
    assert!(english.len() > 150, "{} messages", english.len());
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let ids = message_ids(&source(lang)).unwrap_or_else(|e| panic!("{}.ftl: {e}", lang.tag()));
        let (missing, extra) = compare(&english, &ids);
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{}.ftl has messages English does not: {extra:?}",
            lang.tag()
        );
    }
}

#[test]
fn a_catalogue_missing_a_message_is_caught() {
    let english = message_ids("a = A\nb = B\nc = { $n } C\n").unwrap();
    let fixture = message_ids("a = A\nc = { $n } C\nd = D\n").unwrap();
    assert_eq!(
        compare(&english, &fixture),
        (vec!["b".to_string()], vec!["d".to_string()])
    );
    assert!(
        message_ids("a = { $n ->\n  [one] A\n}\n").is_err(),
        "a select with no default is an error"
    );
}

#[test]
fn every_message_the_app_names_is_in_the_english_catalogue() {
    let english = message_ids(&source(Lang::En)).unwrap();
    let strings = std::fs::read_to_string(format!("{ROOT}/src/strings.rs")).unwrap();
    // Plain messages: `field = "key",` in the catalogue! list; messages with values:
    // `self.with("key", ...)`.
    let named: BTreeSet<String> = strings
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let key = if let Some(rest) = line.split_once("= \"").map(|(_, r)| r) {
                rest.strip_suffix("\",")
            } else {
                line.split_once("self.with(\"")
                    .and_then(|(_, r)| r.split('"').next())
            }?;
            key.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                .then(|| key.to_string())
        })
        .collect();
    assert!(
        named.len() > 150,
        "found {} keys in src/strings.rs",
        named.len()
    );
    let unknown: Vec<&String> = named.difference(&english).collect();
    assert!(
        unknown.is_empty(),
        "src/strings.rs names messages en.ftl lacks: {unknown:?}"
    );
}

fn format(lang: Lang, key: &str, count: usize) -> String {
    let resource =
        FluentResource::try_new(source(lang)).unwrap_or_else(|_| panic!("{} parses", lang.tag()));
    let mut bundle = FluentBundle::new(vec![lang.tag().parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).unwrap();
    let pattern = bundle.get_message(key).unwrap().value().unwrap();
    let mut args = FluentArgs::new();
    args.set("count", count);
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned();
    assert!(errors.is_empty(), "{} {key}: {errors:?}", lang.tag());
    text
}

#[test]
fn plural_forms_follow_each_language() {
    assert_eq!(format(Lang::En, "results-count", 1), "1 result");
    assert_eq!(format(Lang::En, "results-count", 2), "2 results");
    // French: 0 and 1 take the singular; from 2 the plural.
    let fr: Vec<String> = [1, 2].map(|n| format(Lang::Fr, "results-count", n)).into();
    assert_ne!(fr[0], fr[1]);
    assert!(fr[0].contains('1') && fr[1].contains('2'), "{fr:?}");
    // Russian: three forms (1 результат, 2 результата, 5 результатов).
    let ru: BTreeSet<String> = [1, 2, 5]
        .map(|n| format(Lang::Ru, "results-count", n).replace(char::is_numeric, ""))
        .into();
    assert_eq!(ru.len(), 3, "{ru:?}");
    // Arabic: one, two, few (3-10), many (11-99) and other (100+) differ.
    let ar: BTreeSet<String> = [1, 2, 3, 11, 100]
        .map(|n| format(Lang::Ar, "results-count", n).replace(char::is_numeric, ""))
        .into();
    assert!(ar.len() >= 4, "{ar:?}");
    for lang in Lang::ALL {
        for n in [0, 1, 2, 5, 21, 1000] {
            let text = format(lang, "results-count", n);
            assert!(!text.trim().is_empty(), "{} {n}", lang.tag());
        }
    }
}

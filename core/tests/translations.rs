//! The shipped translations (`data/i18n/<lang>.json`) lay over the data without a problem and
//! translate every text of the content; search finds their words, accents or not, and the
//! English stays findable. Plus the problems a bad translation file is told about.

use mflm_core::engine::Index;
use mflm_core::lang::Lang;
use mflm_core::model::Framework;
use mflm_core::query::{ItemRef, Query, Sort};
use mflm_core::translation::{self, Translation};
use mflm_core::validate::{load, repeated_keys_in};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");
const TRANSLATED: [Lang; 2] = [Lang::Fr, Lang::Es];

fn english() -> Framework {
    load(&std::fs::read_to_string(DATA).expect("data file")).expect("data loads")
}

fn translation_text(lang: Lang) -> String {
    let path = format!(
        "{}/../data/i18n/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn translation(lang: Lang) -> Translation {
    translation::parse(&translation_text(lang))
        .unwrap_or_else(|problem| panic!("{}: {problem}", lang.tag()))
}

fn translated(lang: Lang) -> Framework {
    let mut framework = english();
    let problems = translation::apply(&mut framework, &translation(lang));
    assert!(problems.is_empty(), "{}: {problems:#?}", lang.tag());
    framework
}

#[test]
fn each_translation_file_names_its_language_and_applies_without_a_problem() {
    for lang in TRANSLATED {
        assert_eq!(translation(lang).language, lang.tag());
        translated(lang);
    }
}

#[test]
fn no_translation_file_repeats_a_key_and_a_repeat_is_caught() {
    for lang in TRANSLATED {
        let repeats = repeated_keys_in(&translation_text(lang));
        assert!(repeats.is_empty(), "{}: {repeats:#?}", lang.tag());
    }
    // An id given twice: a parser keeps the second, so the first translation would vanish.
    let twice =
        r#"{"language": "fr", "profiles": {"DB-005": {"title": "A"}, "DB-005": {"title": "B"}}}"#;
    let repeats = repeated_keys_in(twice);
    assert_eq!(repeats.len(), 1, "{repeats:#?}");
    assert_eq!(repeats[0].field, "profiles.DB-005");
    assert!(repeats[0].message.contains("more than once"));
}

#[test]
fn every_content_text_is_translated_into_french_and_spanish() {
    for lang in TRANSLATED {
        let framework = translated(lang);
        let tag = lang.tag();
        let mut missing = Vec::new();
        let mut check = |place: String, text: &mflm_core::model::Text| {
            if !text.has(tag) {
                missing.push(place);
            }
        };
        check("meta.title".into(), &framework.meta.title);
        check("meta.about".into(), &framework.meta.about);
        if let Some(licence) = &framework.meta.licence {
            check("meta.licence".into(), &licence.note);
        }
        for (i, limitation) in framework.meta.limitations.iter().enumerate() {
            check(format!("meta.limitations[{i}]"), limitation);
        }
        let vocabularies = &framework.vocabularies;
        for term in vocabularies
            .regions
            .iter()
            .chain(&vocabularies.sectors)
            .chain(&vocabularies.actor_types)
            .chain(&vocabularies.profile_kinds)
            .chain(&vocabularies.instrument_types)
        {
            check(format!("vocabulary {}", term.id), &term.label);
        }
        for country in &vocabularies.countries {
            check(format!("country {}", country.id), &country.label);
        }
        for s in &framework.subdivisions {
            check(format!("subdivision {}", s.id), &s.title);
        }
        for p in &framework.principles {
            check(format!("principle {} title", p.number), &p.title);
            check(format!("principle {} summary", p.number), &p.summary);
            if let Some(note) = &p.note {
                check(format!("principle {} note", p.number), note);
            }
        }
        for g in &framework.guidelines {
            check(format!("guideline {}", g.id), &g.text);
        }
        for s in &framework.sources {
            check(format!("source {}", s.id), &s.title);
        }
        for o in &framework.gcm_objectives {
            check(format!("GCM objective {}", o.number), &o.title);
        }
        for t in &framework.sdg_targets {
            check(format!("SDG {}", t.id), &t.title);
        }
        for i in &framework.instruments {
            check(format!("instrument {} basis", i.id), &i.basis);
        }
        for p in &framework.profiles {
            check(format!("{} title", p.id), &p.title);
            check(format!("{} summary", p.id), &p.summary);
            if let Some(why) = &p.why_good {
                check(format!("{} why_good", p.id), why);
            }
        }
        assert!(missing.is_empty(), "{tag}: not translated: {missing:?}");
    }
}

#[test]
fn search_finds_the_displayed_language_without_accents_and_english_too() {
    let framework = translated(Lang::Es);
    let index = Index::new(&framework, Lang::Es);
    let count = |text: &str| {
        let query = Query {
            text: text.into(),
            ..Query::default()
        };
        index.search_page(&query, Sort::Relevance, 1).total
    };
    // A Spanish word with an accent, typed without it.
    let spanish = framework
        .principles
        .iter()
        .flat_map(|p| p.summary.get("es").split_whitespace())
        .find(|w| w.contains("ción") && w.len() > 8)
        .expect("a Spanish word in -ción")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let unaccented = spanish.replace('ó', "o");
    assert!(count(&unaccented) > 0, "{unaccented} finds {spanish}");
    assert_eq!(count(&unaccented), count(&spanish));
    assert!(count("proteccion") > 0, "proteccion finds protección");
    // The English text stays findable: a French or Spanish reader may type the English term.
    assert!(count("recruitment") > 0);
    // Titles are shown (and so highlighted) in Spanish.
    let db005 = index.doc_index(&ItemRef::Profile("DB-005".into())).unwrap();
    assert_eq!(
        index.docs[db005].title,
        framework
            .profiles
            .iter()
            .find(|p| p.id == "DB-005")
            .unwrap()
            .title
            .get("es")
    );

    let french = translated(Lang::Fr);
    let index = Index::new(&french, Lang::Fr);
    let query = Query {
        text: "recrutement".into(),
        ..Query::default()
    };
    assert!(
        index.search_page(&query, Sort::Relevance, 1).total > 0,
        "recrutement finds French titles"
    );
}

#[test]
fn a_bad_translation_is_told_every_problem_and_applies_the_rest() {
    let json = r#"{
        "language": "fr",
        "subdivisions": { "I": "Un titre", "XX": "Nulle part" },
        "principles": { "1": { "title": "   " }, "2": { "note": "Une note inventée" } },
        "guidelines": { "g1-t1": "Du <b>gras</b>" },
        "instruments": { "C097": { "short_name": "Sans nom" } },
        "profiles": { "nope": { "title": "Rien" } }
    }"#;
    let mut framework = english();
    let problems = translation::apply(&mut framework, &translation::parse(json).unwrap());
    let places: Vec<String> = problems
        .iter()
        .map(|p| format!("{} {}", p.item, p.field))
        .collect();
    assert_eq!(
        places,
        [
            "subdivisions.XX ",
            "principles.1 title",
            "principles.2 note",
            "guidelines.g1-t1 ",
            "instruments.C097 short_name",
            "profiles.nope ",
        ]
    );
    assert_eq!(
        framework.subdivisions[0].title.get("fr"),
        "Un titre",
        "the rest applies"
    );

    for language in ["en", "de", "fr-CA", ""] {
        let bad = Translation {
            language: language.into(),
            ..Translation::default()
        };
        let problems = translation::apply(&mut english(), &bad);
        assert_eq!(problems.len(), 1, "{language:?}");
        assert_eq!(problems[0].field, "language");
    }
    assert!(translation::parse("{\"language\": \"fr\", \"extra\": 1}").is_err());
}

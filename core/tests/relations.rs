//! Relations over the shipped data: every look-up finds what the lists hold, and both
//! directions of every relation agree (a profile is listed under a principle exactly when it
//! lists that principle, and so on). Plus exact answers on a small hand-made fixture.

use mflm_core::lang::Lang;
use mflm_core::model::{Framework, ProfileType};
use mflm_core::query::ItemRef;
use mflm_core::relations::{Item, Relations, Vocabulary};
use mflm_core::validate::load;
use std::sync::OnceLock;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");

fn shipped() -> &'static Relations {
    static RELATIONS: OnceLock<Relations> = OnceLock::new();
    RELATIONS.get_or_init(|| {
        let json = std::fs::read_to_string(PATH).expect("the shipped data file is readable");
        Relations::new(load(&json).expect("the shipped data loads"))
    })
}

fn ids<'a>(profiles: impl IntoIterator<Item = &'a mflm_core::model::Profile>) -> Vec<&'a str> {
    profiles.into_iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn every_item_of_every_list_is_found_by_its_ref() {
    let relations = shipped();
    let framework = relations.framework();
    let refs = framework
        .subdivisions
        .iter()
        .map(|s| ItemRef::Subdivision(s.id.clone()))
        .chain(
            framework
                .principles
                .iter()
                .map(|p| ItemRef::Principle(p.number)),
        )
        .chain(
            framework
                .guidelines
                .iter()
                .map(|g| ItemRef::Guideline(g.id.clone())),
        )
        .chain(
            framework
                .profiles
                .iter()
                .map(|p| ItemRef::Profile(p.id.clone())),
        )
        .chain(
            framework
                .instruments
                .iter()
                .map(|i| ItemRef::Instrument(i.id.clone())),
        )
        .chain(
            framework
                .vocabularies
                .countries
                .iter()
                .map(|c| ItemRef::Country(c.id.clone())),
        );
    let mut checked = 0;
    for item in refs {
        let found = relations.item(&item);
        let same = match (&item, found) {
            (ItemRef::Subdivision(id), Some(Item::Subdivision(s))) => &s.id == id,
            (ItemRef::Principle(n), Some(Item::Principle(p))) => p.number == *n,
            (ItemRef::Guideline(id), Some(Item::Guideline(g))) => &g.id == id,
            (ItemRef::Profile(id), Some(Item::Profile(p))) => &p.id == id,
            (ItemRef::Instrument(id), Some(Item::Instrument(i))) => &i.id == id,
            (ItemRef::Country(id), Some(Item::Country(c))) => &c.id == id,
            _ => false,
        };
        assert!(same, "{item:?} was not found as itself");
        checked += 1;
    }
    assert!(checked > 200, "only {checked} items checked");
    for missing in [
        ItemRef::Principle(16),
        ItemRef::Profile("nope".into()),
        ItemRef::Country("XXX".into()),
        ItemRef::Subdivision("X".into()),
    ] {
        assert!(relations.item(&missing).is_none(), "{missing:?} found");
    }
}

#[test]
fn profiles_by_principle_agree_with_each_profiles_principles() {
    let relations = shipped();
    for principle in &relations.framework().principles {
        let n = principle.number;
        let listed = ids(relations.profiles_of_principle(n));
        let expected = ids(relations
            .framework()
            .profiles
            .iter()
            .filter(|p| p.principles.contains(&n)));
        assert_eq!(listed, expected, "principle {n}");
        for profile in relations.profiles_of_principle(n) {
            assert!(relations
                .principles_of_profile(profile)
                .iter()
                .any(|p| p.number == n));
        }
        assert!(!listed.is_empty(), "principle {n} has no profile");
    }
}

#[test]
fn profiles_by_guideline_instrument_and_country_agree_with_the_profiles() {
    let relations = shipped();
    let framework = relations.framework();
    for guideline in &framework.guidelines {
        let expected = ids(framework
            .profiles
            .iter()
            .filter(|p| p.guidelines.contains(&guideline.id)));
        assert_eq!(
            ids(relations.profiles_of_guideline(&guideline.id)),
            expected
        );
    }
    for instrument in &framework.instruments {
        let expected = ids(framework
            .profiles
            .iter()
            .filter(|p| p.instruments.contains(&instrument.id)));
        assert_eq!(
            ids(relations.profiles_of_instrument(&instrument.id)),
            expected
        );
        let practices = expected
            .iter()
            .filter(|id| relations.profile(id).unwrap().profile_type == ProfileType::Practice)
            .count();
        assert_eq!(
            relations.count_of_instrument(&instrument.id, ProfileType::Practice),
            practices
        );
    }
    for country in &framework.vocabularies.countries {
        let listed = relations.profiles_of_country(&country.id);
        let expected = ids(framework
            .profiles
            .iter()
            .filter(|p| p.countries.contains(&country.id)));
        assert_eq!(ids(listed.iter().copied()), expected, "{}", country.id);
        for profile in listed {
            assert!(relations
                .countries_of_profile(profile)
                .iter()
                .any(|c| c.id == country.id));
        }
    }
}

#[test]
fn guidelines_and_instruments_of_a_principle_agree_both_ways() {
    let relations = shipped();
    let framework = relations.framework();
    for principle in &framework.principles {
        let n = principle.number;
        let guidelines = relations.guidelines_of_principle(n);
        assert!(guidelines.iter().all(|g| g.principle == n));
        assert_eq!(
            guidelines.len(),
            framework
                .guidelines
                .iter()
                .filter(|g| g.principle == n)
                .count()
        );
        assert!(
            guidelines.len() >= 2,
            "principle {n} has fewer than 2 guideline items"
        );
        for instrument in relations.instruments_of_principle(n) {
            assert!(relations
                .principles_of_instrument(&instrument.id)
                .iter()
                .any(|p| p.number == n));
        }
        // Around = underpinning plus cited by the principle's practices, never less.
        let around = relations.instruments_around_principle(n);
        for instrument in relations.instruments_of_principle(n) {
            assert!(around.iter().any(|i| i.id == instrument.id));
        }
    }
    for instrument in &framework.instruments {
        for principle in relations.principles_of_instrument(&instrument.id) {
            assert!(relations
                .instruments_of_principle(principle.number)
                .iter()
                .any(|i| i.id == instrument.id));
        }
    }
}

#[test]
fn subdivisions_and_principles_agree_both_ways() {
    let relations = shipped();
    let mut seen = 0;
    for subdivision in &relations.framework().subdivisions {
        for principle in relations.principles_of_subdivision(&subdivision.id) {
            let back = relations.subdivision_of_principle(principle.number);
            assert_eq!(back.map(|s| s.id.as_str()), Some(subdivision.id.as_str()));
            seen += 1;
        }
        let profiles = relations.profiles_of_subdivision(&subdivision.id);
        for profile in &profiles {
            assert!(profile
                .principles
                .iter()
                .any(|n| subdivision.principles.contains(n)));
        }
        let mut unique = ids(profiles.iter().copied());
        unique.dedup();
        assert_eq!(unique.len(), profiles.len(), "a profile listed twice");
    }
    assert_eq!(seen, 15, "every principle sits in exactly one sub-division");
}

#[test]
fn countries_of_a_region_agree_with_each_countrys_region() {
    let relations = shipped();
    let framework = relations.framework();
    let mut total = 0;
    for region in &framework.vocabularies.regions {
        let countries = relations.countries_of_region(&region.id);
        assert!(countries.iter().all(|c| c.region == region.id));
        total += countries.len();
    }
    assert_eq!(total, framework.vocabularies.countries.len());
}

#[test]
fn labels_name_vocabulary_ids_and_fall_back_to_the_id() {
    let relations = shipped();
    let framework = relations.framework();
    for term in &framework.vocabularies.sectors {
        assert_eq!(
            relations.label(Vocabulary::Sector, &term.id, Lang::En),
            term.label.get("en")
        );
        // No French text yet: English shows.
        assert_eq!(
            relations.label(Vocabulary::Sector, &term.id, Lang::Fr),
            term.label.get("en")
        );
    }
    assert_eq!(
        relations.label(Vocabulary::Region, "no-such-region", Lang::En),
        "no-such-region"
    );
    assert_eq!(relations.country_name("PHL", Lang::En), "Philippines");
    assert_eq!(relations.country_name("XXX", Lang::En), "XXX");
    assert_eq!(relations.instrument_name("nope", Lang::En), "nope");
}

#[test]
fn a_principles_neighbours_skip_to_the_next_that_exists() {
    let relations = shipped();
    assert_eq!(relations.neighbours_of_principle(1), (None, Some(2)));
    assert_eq!(relations.neighbours_of_principle(8), (Some(7), Some(9)));
    assert_eq!(relations.neighbours_of_principle(15), (Some(14), None));
}

/// A two-profile fixture: exact answers, in data order, with a repeated link counted once.
#[test]
fn relations_on_a_small_fixture_are_exact_and_in_data_order() {
    let json = std::fs::read_to_string(PATH).unwrap();
    let mut framework: Framework = load(&json).unwrap();
    framework.profiles.truncate(2);
    let (a, b) = (
        framework.profiles[0].id.clone(),
        framework.profiles[1].id.clone(),
    );
    framework.profiles[0].principles = vec![3, 3, 5];
    framework.profiles[1].principles = vec![5];
    framework.profiles[0].countries = vec!["PHL".into()];
    framework.profiles[1].countries = vec!["PHL".into(), "IDN".into()];
    let relations = Relations::new(framework);
    assert_eq!(ids(relations.profiles_of_principle(3)), vec![a.as_str()]);
    assert_eq!(
        ids(relations.profiles_of_principle(5)),
        vec![a.as_str(), b.as_str()]
    );
    assert_eq!(
        ids(relations.profiles_of_country("PHL")),
        vec![a.as_str(), b.as_str()]
    );
    assert_eq!(ids(relations.profiles_of_country("IDN")), vec![b.as_str()]);
    assert!(relations.profiles_of_principle(7).is_empty());
}

#[test]
fn instruments_by_type_lists_each_instrument_once_in_year_order() {
    let relations = shipped();
    let groups = relations.instruments_by_type();
    let total: usize = groups.iter().map(|(_, members)| members.len()).sum();
    assert_eq!(total, relations.framework().instruments.len());
    for (kind, members) in &groups {
        assert!(!members.is_empty());
        assert!(members.iter().all(|i| i.instrument_type == *kind));
        assert!(members.windows(2).all(|w| w[0].year <= w[1].year), "{kind}");
    }
    let first_type = &relations.framework().vocabularies.instrument_types[0].id;
    assert_eq!(groups[0].0, first_type.as_str());
}

//! The shipped `data/framework.json` loads without a single problem and covers the whole
//! Framework. `validate` does not check completeness (so small fixtures stay valid); this does.

use mflm_core::model::{Framework, ProfileType};
use mflm_core::validate::load;
use std::sync::OnceLock;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");

/// The loaded file, or why it did not load: every problem, one per line.
fn loaded() -> &'static Result<Framework, String> {
    static LOADED: OnceLock<Result<Framework, String>> = OnceLock::new();
    LOADED.get_or_init(|| {
        let json = std::fs::read_to_string(PATH).map_err(|e| format!("cannot read {PATH}: {e}"))?;
        load(&json).map_err(|error| format!("{PATH}: {error}"))
    })
}

/// The loaded file, for the coverage tests; `shipped_data_loads_without_problems` lists why
/// it did not load.
fn shipped() -> &'static Framework {
    match loaded() {
        Ok(framework) => framework,
        Err(_) => panic!("{PATH} does not load: see shipped_data_loads_without_problems"),
    }
}

#[test]
fn shipped_data_loads_without_problems() {
    if let Err(problems) = loaded() {
        panic!("{problems}");
    }
}

#[test]
fn all_nine_subdivisions_are_present() {
    let ids: Vec<&str> = shipped()
        .subdivisions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    );
}

#[test]
fn principles_1_to_15_are_each_present() {
    let numbers: Vec<u8> = shipped().principles.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=15).collect::<Vec<u8>>());
}

#[test]
fn every_principle_has_two_guideline_items_and_a_practice() {
    let framework = shipped();
    let mut shortfalls = Vec::new();
    for number in 1..=15u8 {
        let guidelines = framework
            .guidelines
            .iter()
            .filter(|g| g.principle == number)
            .count();
        if guidelines < 2 {
            shortfalls.push(format!(
                "principle {number}: {guidelines} guideline items, want 2"
            ));
        }
        let practices = framework
            .profiles
            .iter()
            .filter(|p| p.profile_type == ProfileType::Practice && p.principles.contains(&number))
            .count();
        if practices == 0 {
            shortfalls.push(format!("principle {number}: no profile of type practice"));
        }
    }
    assert!(shortfalls.is_empty(), "\n{}", shortfalls.join("\n"));
}

#[test]
fn at_least_125_profiles() {
    let profiles = shipped().profiles.len();
    assert!(profiles >= 125, "{profiles} profiles");
}

#[test]
fn every_profile_has_region_sector_principle_and_source() {
    let framework = shipped();
    let mut missing = Vec::new();
    for profile in &framework.profiles {
        let source = &profile.source.document;
        let checks = [
            ("region", !profile.regions.is_empty()),
            ("sector", !profile.sectors.is_empty()),
            ("principle", !profile.principles.is_empty()),
            (
                "source in sources",
                framework.sources.iter().any(|s| &s.id == source),
            ),
            ("source locator", !profile.source.locator.trim().is_empty()),
        ];
        for (what, present) in checks {
            if !present {
                missing.push(format!("{}: has no {what}", profile.id));
            }
        }
    }
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn at_least_43_instruments() {
    let instruments = shipped().instruments.len();
    assert!(instruments >= 43, "{instruments} instruments");
}

//! The editing rules of `data/README.md` ("Rules for editors") that a machine can check, held
//! over the shipped `data/framework.json`:
//!
//! - a profile's `period` gives only years its cited paragraph gives, or says `undated`, or
//!   `by YYYY` with the year of the report;
//! - every country of a profile has its ILO region in `regions`;
//! - no practice has the ILO as its only actor (the Office's own work is an activity), and
//!   only practices have a `why_good`;
//! - no text of ours repeats a run of 12 words of a source document.
//!
//! The source documents are the seed files in `shared/seeds`, which sits beside the repository
//! (`../shared/seeds` from its root). Without them the seed-dependent tests fail and say so:
//! they must not pass by checking nothing.

use mflm_core::model::{Actor, Framework, Profile, ProfileType};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds");

/// Seed 003's paragraphs 12 to 22 are broken up: the end of each stands in a block of its own,
/// away from its paragraph (most of them inside paragraph 15). Each entry names a phrase of
/// such a block and the paragraph the block ends; the block (the lines between blank lines
/// around the phrase) is moved back there before anything is read from the paragraph.
const DISPLACED_IN: &str = "seed-003";
const DISPLACED: &[(&str, u32)] = &[
    ("ncy task force on the promotion of migrant remittances", 12),
    ("eduction. Linkages with national PRSPs", 13),
    ("h, employment and migration based", 14),
    ("a, Nigeria, Uganda, Jordan, Kuwait, Bahrain", 16),
    ("Executive Bureau, in Abu Dhabi", 17),
    ("Unions of Burma to assist Myanmar migrant", 18),
    ("schemes. Major TC projects have covered West Africa", 19),
    ("alth at Work, to be held in Seoul", 20),
    ("Development (OECD) and the German Agency", 21),
    ("workers in the country. The ILO provided advice", 22),
];

fn framework() -> &'static Framework {
    static FRAMEWORK: OnceLock<Framework> = OnceLock::new();
    FRAMEWORK.get_or_init(|| {
        let json =
            std::fs::read_to_string(DATA).unwrap_or_else(|e| panic!("cannot read {DATA}: {e}"));
        Framework::from_json(&json).unwrap_or_else(|e| panic!("{DATA} does not parse: {e}"))
    })
}

/// The seed documents by source id (`seed-003` is the file `003_*.txt`).
fn seeds() -> &'static BTreeMap<String, Seed> {
    static SEEDS_READ: OnceLock<BTreeMap<String, Seed>> = OnceLock::new();
    SEEDS_READ.get_or_init(|| {
        let dir = PathBuf::from(SEEDS);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
            panic!(
                "the source documents are missing: cannot read {} ({e}). These tests need \
                 shared/seeds beside the repository, as on the project's machines and in CI.",
                dir.display()
            )
        });
        let mut seeds = BTreeMap::new();
        for entry in entries {
            let path = entry.expect("a readable seeds folder").path();
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            let Some((number, _)) = file.split_once('_') else {
                continue;
            };
            if !file.ends_with(".txt")
                || number.len() != 3
                || !number.bytes().all(|b| b.is_ascii_digit())
            {
                continue;
            }
            let id = format!("seed-{number}");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            seeds.insert(id.clone(), Seed::parse(&id, &text));
        }
        assert!(
            !seeds.is_empty(),
            "no seed files (NNN_*.txt) in {}",
            dir.display()
        );
        seeds
    })
}

/// A seed document split into numbered paragraphs (a second series after a "Conclusions"
/// heading, as in seed 004) and, for documents without numbers (seed 002), headed sections.
struct Seed {
    lines: Vec<String>,
    /// (series, number) -> the paragraph's text; series 0 is the body, 1 the conclusions.
    paragraphs: BTreeMap<(u8, u32), String>,
}

impl Seed {
    fn parse(id: &str, text: &str) -> Seed {
        // Page footers such as "GB289-ESP-4-2004-01-0328-1-EN.Doc 3" carry a year that is not
        // the paragraph's.
        let lines: Vec<String> = text
            .lines()
            .filter(|line| !is_page_footer(line))
            .map(String::from)
            .collect();
        let mut moved = vec![None; lines.len()];
        let displaced_here = if id == DISPLACED_IN { DISPLACED } else { &[] };
        for &(phrase, paragraph) in displaced_here {
            let hits: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].contains(phrase))
                .collect();
            assert_eq!(
                hits.len(),
                1,
                "{id}: the displaced phrase {phrase:?} should occur once; has the file changed?"
            );
            let blank = |i: usize| lines[i].trim().is_empty();
            let (mut start, mut end) = (hits[0], hits[0]);
            while start > 0 && !blank(start - 1) {
                start -= 1;
            }
            while end + 1 < lines.len() && !blank(end + 1) {
                end += 1;
            }
            for slot in &mut moved[start..=end] {
                *slot = Some(paragraph);
            }
        }

        let mut paragraphs: BTreeMap<(u8, u32), String> = BTreeMap::new();
        let mut displaced: BTreeMap<u32, String> = BTreeMap::new();
        let (mut series, mut last, mut current) = (0u8, 0u32, None);
        for (line, moved) in lines.iter().zip(&moved) {
            if let Some(paragraph) = moved {
                displaced.entry(*paragraph).or_default().push_str(line);
                displaced.entry(*paragraph).or_default().push('\n');
                continue;
            }
            if line.trim_start().starts_with("Conclusions") && last > 1 {
                (series, last, current) = (1, 0, None);
                continue;
            }
            // A paragraph starts "N. " with N one more than the last: this skips section
            // headings ("2. Wider application ...") and a year that opens a line ("2004. ").
            if let Some(number) = paragraph_number(line) {
                if number == last + 1 {
                    last = number;
                    current = Some((series, number));
                }
            }
            if let Some(key) = current {
                let text = paragraphs.entry(key).or_default();
                text.push_str(line);
                text.push('\n');
            }
        }
        for (number, text) in displaced {
            let paragraph = paragraphs.get_mut(&(0, number)).unwrap_or_else(|| {
                panic!("{id}: no paragraph {number} to put its displaced end back into")
            });
            paragraph.push_str(&text);
        }
        Seed { lines, paragraphs }
    }

    /// The text a citation's locator points at: `para 13`, `paras 3-4`, `paras 10, 29`,
    /// `conclusions para 5(ix)`, or `section 'Heading words ...'`.
    fn cited(&self, locator: &str) -> Result<String, String> {
        if let Some(heading) = locator
            .strip_prefix("section '")
            .and_then(|s| s.strip_suffix('\''))
        {
            return self.section(heading.trim_end_matches("...").trim());
        }
        let (series, rest) = match locator.strip_prefix("conclusions ") {
            Some(rest) => (1, rest),
            None => (0, locator),
        };
        let numbers = rest
            .strip_prefix("paras ")
            .or_else(|| rest.strip_prefix("para "))
            .ok_or_else(|| {
                format!("locator {locator:?} is neither `para N`, `paras ...` nor `section '...'`")
            })?;
        let mut wanted = Vec::new();
        for part in numbers.split(',') {
            let part = part.trim();
            let digits = |s: &str| -> Result<u32, String> {
                let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
                s[..end]
                    .parse()
                    .map_err(|_| format!("locator {locator:?}: {s:?} is not a paragraph number"))
            };
            match part.split_once('-') {
                Some((from, to)) => wanted.extend(digits(from)?..=digits(to)?),
                None => wanted.push(digits(part)?),
            }
        }
        let mut text = String::new();
        for number in wanted {
            let paragraph = self.paragraphs.get(&(series, number)).ok_or_else(|| {
                format!("locator {locator:?}: the document has no such paragraph {number}")
            })?;
            text.push_str(paragraph);
        }
        Ok(text)
    }

    /// The text under the heading that starts with `start` (compared case-insensitively),
    /// up to the next heading. Headings are lines in capitals; one may run over two lines.
    fn section(&self, start: &str) -> Result<String, String> {
        let is_heading = |line: &str| {
            let line = line.trim().trim_start_matches('#').trim();
            line.split_whitespace().count() >= 3
                && line.chars().any(char::is_alphabetic)
                && !line.chars().any(char::is_lowercase)
        };
        let wanted = start.to_uppercase();
        let mut index = 0;
        while index < self.lines.len() {
            if !is_heading(&self.lines[index]) {
                index += 1;
                continue;
            }
            let mut heading = String::new();
            while index < self.lines.len() && is_heading(&self.lines[index]) {
                heading.push_str(self.lines[index].trim().trim_start_matches('#').trim());
                heading.push(' ');
                index += 1;
            }
            let heading = heading.split_whitespace().collect::<Vec<_>>().join(" ");
            if heading.starts_with(&wanted) {
                let body: Vec<&str> = self.lines[index..]
                    .iter()
                    .take_while(|line| !is_heading(line))
                    .map(String::as_str)
                    .collect();
                return Ok(body.join("\n"));
            }
        }
        Err(format!("no section heading starts with {start:?}"))
    }
}

fn is_page_footer(line: &str) -> bool {
    let line = line.trim();
    match line.rsplit_once(".Doc ") {
        Some((_, page)) => !page.is_empty() && page.bytes().all(|b| b.is_ascii_digit()),
        None => false,
    }
}

fn paragraph_number(line: &str) -> Option<u32> {
    let line = line.trim_start();
    let end = line.find(|c: char| !c.is_ascii_digit())?;
    if end == 0 || (!line[end..].starts_with(". ") && line[end..].trim() != ".") {
        return None;
    }
    line[..end].parse().ok()
}

/// Each run of exactly four digits read as a year from 1900 to 2099, in order, with the text
/// that follows it.
fn year_runs(text: &str) -> Vec<(u16, &str)> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let digits = &rest[start..];
        let len = digits
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(digits.len());
        let after = &digits[len..];
        if len == 4 {
            let year: u16 = digits[..4].parse().unwrap();
            if (1900..=2099).contains(&year) {
                runs.push((year, after));
            }
        }
        rest = after;
    }
    runs
}

/// Every year a text gives, with the end of an abbreviated span: "2005–07" gives 2005 and
/// 2007, "2010-16" 2010 and 2016.
fn years_in(text: &str) -> HashSet<u16> {
    let mut years = HashSet::new();
    for (year, after) in year_runs(text) {
        years.insert(year);
        let short = after.strip_prefix('-').or_else(|| after.strip_prefix('–'));
        if let Some(short) = short {
            let len = short
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(short.len());
            if len == 2 {
                years.insert(year / 100 * 100 + short[..2].parse::<u16>().unwrap());
            }
        }
    }
    years
}

/// The year of a source document: the first year in its bibliographic `citation`
/// ("ILO Governing Body, 301st Session (GB.301), Geneva, 18 February 2008" -> 2008).
fn report_year(framework: &Framework, document: &str) -> u16 {
    let source = framework
        .sources
        .iter()
        .find(|s| s.id == document)
        .unwrap_or_else(|| panic!("no source {document}"));
    match year_runs(&source.citation).first() {
        Some(&(year, _)) => year,
        None => panic!(
            "source {document}: its citation {:?} gives no year",
            source.citation
        ),
    }
}

/// Why a profile's period breaks the rule, if it does.
fn period_problem(profile: &Profile, cited: &str, report: u16) -> Option<String> {
    let period = profile.period.as_str();
    if period == "undated" {
        return None;
    }
    if let Some(year) = period.strip_prefix("by ") {
        return match year.parse::<u16>() {
            Ok(year) if year == report => None,
            _ => Some(format!(
                "period {period:?}: `by` takes the year of the report, {report}, and nothing else"
            )),
        };
    }
    let given = years_in(period);
    if given.is_empty() {
        return Some(format!(
            "period {period:?} gives no year: write \"undated\" or \"by {report}\""
        ));
    }
    let found = years_in(cited);
    let mut missing: Vec<u16> = given.into_iter().filter(|y| !found.contains(y)).collect();
    missing.sort_unstable();
    (!missing.is_empty()).then(|| {
        format!(
            "period {period:?}: {missing:?} not in {} {}; write the years it gives, \"undated\" or \"by {report}\"",
            profile.source.document, profile.source.locator
        )
    })
}

#[test]
fn periods_give_only_the_years_the_cited_paragraph_gives() {
    let framework = framework();
    let seeds = seeds();
    let (mut checked, mut other_sources, mut problems) = (0, 0, Vec::new());
    for profile in &framework.profiles {
        let Some(seed) = seeds.get(&profile.source.document) else {
            // An ILO database entry or another document we do not hold as text.
            assert!(
                !profile.source.document.starts_with("seed-"),
                "{}: cites {}, which has no file in {SEEDS}",
                profile.id,
                profile.source.document
            );
            other_sources += 1;
            continue;
        };
        checked += 1;
        let report = report_year(framework, &profile.source.document);
        match seed.cited(&profile.source.locator) {
            Err(problem) => problems.push(format!("{}: {problem}", profile.id)),
            Ok(cited) => {
                if let Some(problem) = period_problem(profile, &cited, report) {
                    problems.push(format!("{}: {problem}", profile.id));
                }
            }
        }
    }
    println!("periods: {checked} seed-cited profiles checked, {other_sources} citing other sources not checked");
    assert_eq!(checked + other_sources, framework.profiles.len());
    assert!(checked > 0, "no profile cites a seed document");
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_country_has_its_region_in_regions() {
    let framework = framework();
    let region_of: BTreeMap<&str, &str> = framework
        .vocabularies
        .countries
        .iter()
        .map(|c| (c.id.as_str(), c.region.as_str()))
        .collect();
    let mut problems = Vec::new();
    for profile in &framework.profiles {
        for country in &profile.countries {
            let region = region_of.get(country.as_str()).copied().unwrap_or("?");
            if !profile.regions.iter().any(|r| r == region) {
                problems.push(format!(
                    "{}: {country} is in {region}, which is not in regions {:?}",
                    profile.id, profile.regions
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// An ILO actor: the type `international-organisation` and a name that is "ILO", starts "ILO "
/// ("ILO Bureau for Workers' Activities (ACTRAV)") or names a body "of the ILO".
fn is_ilo(actor: &Actor) -> bool {
    actor.actor_type == "international-organisation"
        && actor
            .name
            .as_deref()
            .is_some_and(|n| n == "ILO" || n.starts_with("ILO ") || n.contains(" of the ILO"))
}

#[test]
fn no_practice_is_the_ilo_alone() {
    let framework = framework();
    assert!(
        framework
            .vocabularies
            .actor_types
            .iter()
            .any(|t| t.id == "international-organisation"),
        "the actor type the ILO's actors use is gone from the vocabulary"
    );
    let ilo_only: Vec<&str> = framework
        .profiles
        .iter()
        .filter(|p| p.profile_type == ProfileType::Practice)
        .filter(|p| !p.actors.is_empty() && p.actors.iter().all(is_ilo))
        .map(|p| p.id.as_str())
        .collect();
    assert!(
        ilo_only.is_empty(),
        "practices whose only actors are the ILO (the Office's own work is an activity): {ilo_only:?}"
    );
}

#[test]
fn only_practices_say_why_they_are_good() {
    let activities: Vec<&str> = framework()
        .profiles
        .iter()
        .filter(|p| p.profile_type == ProfileType::Activity && p.why_good.is_some())
        .map(|p| p.id.as_str())
        .collect();
    assert!(
        activities.is_empty(),
        "activities with why_good (put what the source says in the summary): {activities:?}"
    );
}

#[test]
fn is_ilo_knows_the_office_and_its_units() {
    let actor = |actor_type: &str, name: &str| Actor {
        actor_type: actor_type.into(),
        name: Some(name.into()),
    };
    assert!(is_ilo(&actor("international-organisation", "ILO")));
    assert!(is_ilo(&actor(
        "international-organisation",
        "ILO Bureau for Employers' Activities (ACT/EMP)"
    )));
    assert!(is_ilo(&actor(
        "international-organisation",
        "International Training Centre of the ILO, Turin"
    )));
    assert!(!is_ilo(&actor("international-organisation", "IOM")));
    assert!(!is_ilo(&actor(
        "international-organisation",
        "ILOSTAT partners"
    )));
    assert!(!is_ilo(&actor("workers", "ILO Workers' group")));
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Every string in `value` but official names (the `name` of an instrument or an actor).
fn our_texts<'a>(value: &'a Value, key: &str, out: &mut Vec<&'a str>) {
    match value {
        Value::String(text) if key != "name" => out.push(text),
        Value::Array(items) => items.iter().for_each(|item| our_texts(item, key, out)),
        Value::Object(fields) => fields.iter().for_each(|(k, v)| our_texts(v, k, out)),
        _ => {}
    }
}

#[test]
fn no_text_repeats_twelve_words_of_a_source() {
    const RUN: usize = 12;
    let mut runs: HashSet<String> = HashSet::new();
    for seed in seeds().values() {
        let words = words(&seed.lines.join("\n"));
        runs.extend(words.windows(RUN).map(|w| w.join(" ")));
    }
    let json = std::fs::read_to_string(DATA).unwrap();
    let value: Value = serde_json::from_str(&json).unwrap();
    let mut texts = Vec::new();
    our_texts(&value, "", &mut texts);
    let copied: Vec<String> = texts
        .iter()
        .filter_map(|text| {
            let words = words(text);
            words
                .windows(RUN)
                .map(|w| w.join(" "))
                .find(|run| runs.contains(run))
                .map(|run| format!("{text:?} repeats \"{run}\""))
        })
        .collect();
    assert!(
        copied.is_empty(),
        "write these in our own words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn seed_paragraphs_are_found() {
    let seeds = seeds();
    let seed = |id: &str| seeds.get(id).unwrap_or_else(|| panic!("no {id}"));
    // The numbering skips a year that opens a line (seed 000, "2004. ") and section headings.
    assert!(seed("seed-000")
        .cited("para 4")
        .unwrap()
        .contains("90 countries"));
    assert!(seed("seed-000")
        .cited("para 5")
        .unwrap()
        .starts_with("5. The report"));
    // The page footer inside paragraph 10 is dropped.
    assert!(!years_in(&seed("seed-000").cited("para 10").unwrap()).contains(&2004));
    // Seed 003's displaced ends are put back.
    assert!(seed("seed-003")
        .cited("para 17")
        .unwrap()
        .contains("Abu Dhabi, 23–24 January 2008"));
    assert!(seed("seed-003")
        .cited("para 18")
        .unwrap()
        .contains("Unions of Burma"));
    assert!(!seed("seed-003")
        .cited("para 15")
        .unwrap()
        .contains("Unions of Burma"));
    // Seed 004's conclusions are a second series.
    assert!(seed("seed-004")
        .cited("para 90")
        .unwrap()
        .contains("TRIANGLE"));
    assert!(seed("seed-004")
        .cited("conclusions para 1")
        .unwrap()
        .contains("Decent Work Agenda"));
    assert!(seed("seed-004")
        .cited("paras 21, 60")
        .unwrap()
        .contains("50,000"));
    // Seed 002 is cited by section heading.
    let section = seed("seed-002")
        .cited("section 'Promotion and realization of standards and ...'")
        .unwrap();
    assert!(section.contains("SAP-FL") && !section.contains("Infocus Programme on Skills"));
    assert!(seed("seed-002")
        .cited("section 'No such heading ...'")
        .is_err());
    assert!(seed("seed-000").cited("para 999").is_err());
}

#[test]
fn years_in_reads_spans() {
    let years = |text: &str| {
        let mut years: Vec<u16> = years_in(text).into_iter().collect();
        years.sort_unstable();
        years
    };
    assert_eq!(years("In 2005–07, support"), [2005, 2007]);
    assert_eq!(years("Plan 2010-16."), [2010, 2016]);
    assert_eq!(years("No. 189 of 2011, 12345 and 1850"), [2011]);
    assert_eq!(years("by 2008"), [2008]);
    assert_eq!(years("2006-2008"), [2006, 2008]);
    assert_eq!(years("GB.301, 18 February 2008"), [2008]);
}

/// Every citation's locator is something a reader can look up ("para 30", "practice 5",
/// "entry for principle 4"), never a path into a file such as `principles[3]`: the interface
/// shows it as it is.
#[test]
fn citation_locators_are_readable_places_not_file_paths() {
    let framework = framework();
    let value = serde_json::to_value(framework).unwrap();
    let mut unreadable = Vec::new();
    fn walk(value: &serde_json::Value, unreadable: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(fields) => {
                if let Some(serde_json::Value::String(locator)) = fields.get("locator") {
                    if locator.contains('[') || locator.contains('_') || locator.trim().is_empty() {
                        unreadable.push(locator.clone());
                    }
                }
                fields.values().for_each(|v| walk(v, unreadable));
            }
            serde_json::Value::Array(values) => values.iter().for_each(|v| walk(v, unreadable)),
            _ => {}
        }
    }
    walk(&value, &mut unreadable);
    assert!(unreadable.is_empty(), "{unreadable:?}");
}

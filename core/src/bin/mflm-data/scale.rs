//! Synthetic data for benchmarks: the shipped compilation with its profiles repeated N times.
//!
//! Used by `mflm-data scale N` (which prints the result) and by the engine benchmark
//! (`core/examples/bench_engine.rs`, which includes this file with `#[path]`), so both measure
//! exactly the same data. Plain functions of the model: no I/O, no randomness beyond a seeded
//! generator, so `scale(fw, n)` is the same every time.
//!
//! Copy 1 is the original profile, untouched. Copy k (2..=N) of a profile:
//! - has the id `"<id>-x<k>"`;
//! - has the words of its title, summary and "why good" shuffled (the same words, so the
//!   search vocabulary stays that of the real data; only postings multiply);
//! - has its countries rotated within the country vocabulary, and its regions re-derived from
//!   those countries (keeping `global` where the original had it); a profile without
//!   countries has its non-global regions rotated among the non-global regions;
//! - has its specific sectors rotated among the specific sectors (`all-sectors` stays), and
//!   its kind rotated among the profile kinds.
//!
//! Principles, guidelines, instruments, actors, tags, period and source stay as they are, so
//! every reference still points at something and the copy passes `validate::load`.

use mflm_core::model::{Framework, Profile, Term, Text};

/// The id of the region for interregional and global work; never derived from a country.
const GLOBAL: &str = "global";
/// The sector for cross-sector work; kept as it is.
const ALL_SECTORS: &str = "all-sectors";

/// `framework` with `times` copies of each profile (`times` = 1 gives the data as it is).
/// The profiles come in blocks: all the originals first, then every second copy, and so on,
/// so the default (data) order starts exactly as the real data does.
pub fn scale(framework: &Framework, times: usize) -> Framework {
    let mut scaled = framework.clone();
    let vocabularies = &framework.vocabularies;
    let countries: Vec<&str> = vocabularies
        .countries
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let region_of = |country: &str| {
        vocabularies
            .countries
            .iter()
            .find(|c| c.id == country)
            .map(|c| c.region.clone())
    };
    let regions: Vec<&str> = ids(&vocabularies.regions)
        .filter(|&r| r != GLOBAL)
        .collect();
    let sectors: Vec<&str> = ids(&vocabularies.sectors)
        .filter(|&s| s != ALL_SECTORS)
        .collect();
    let kinds: Vec<&str> = ids(&vocabularies.profile_kinds).collect();

    scaled.profiles = Vec::with_capacity(framework.profiles.len() * times.max(1));
    scaled.profiles.extend(framework.profiles.iter().cloned());
    for copy in 2..=times {
        for (position, profile) in framework.profiles.iter().enumerate() {
            let mut rng = SplitMix64::new((copy as u64) << 32 | position as u64);
            let mut p: Profile = profile.clone();
            p.id = format!("{}-x{copy}", profile.id);
            p.title = shuffled(&profile.title, &mut rng);
            p.summary = shuffled(&profile.summary, &mut rng);
            p.why_good = profile
                .why_good
                .as_ref()
                .map(|text| shuffled(text, &mut rng));

            // Different strides per vocabulary, so a copy's country, sector and kind do not
            // all move in step.
            p.countries = dedup(
                profile
                    .countries
                    .iter()
                    .map(|c| rotate(&countries, c, copy * 31)),
            );
            p.regions = if p.countries.is_empty() {
                dedup(profile.regions.iter().map(|r| {
                    if r == GLOBAL {
                        r.clone()
                    } else {
                        rotate(&regions, r, copy)
                    }
                }))
            } else {
                let derived = p.countries.iter().filter_map(|c| region_of(c));
                let global = profile.regions.iter().filter(|r| *r == GLOBAL).cloned();
                dedup(derived.chain(global))
            };
            p.sectors = dedup(profile.sectors.iter().map(|s| {
                if s == ALL_SECTORS {
                    s.clone()
                } else {
                    rotate(&sectors, s, copy * 3)
                }
            }));
            p.kind = rotate(&kinds, &profile.kind, copy * 5);
            scaled.profiles.push(p);
        }
    }
    scaled
}

fn ids(terms: &[Term]) -> impl Iterator<Item = &str> {
    terms.iter().map(|t| t.id.as_str())
}

/// The id `by` places after `id` in `ring` (cyclically); an id not in the ring stays.
fn rotate(ring: &[&str], id: &str, by: usize) -> String {
    match ring.iter().position(|&r| r == id) {
        Some(at) => ring[(at + by) % ring.len()].to_string(),
        None => id.to_string(),
    }
}

/// Keeps the first of each repeated value, in order (rotation can map two ids onto one).
fn dedup(values: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for value in values {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

/// Each language's text with its words (whitespace-separated) in a seeded random order.
fn shuffled(text: &Text, rng: &mut SplitMix64) -> Text {
    let mut out = text.clone();
    for value in out.0.values_mut() {
        let mut words: Vec<&str> = value.split_whitespace().collect();
        // Fisher-Yates.
        for i in (1..words.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            words.swap(i, j);
        }
        *value = words.join(" ");
    }
    out
}

/// A tiny, well-known seeded generator (Steele, Lea and Flood's SplitMix64): deterministic
/// output is all that is needed here, not statistical quality.
struct SplitMix64(u64);

impl SplitMix64 {
    fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

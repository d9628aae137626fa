//! `mflm-data`: the data file's command-line companion.
//!
//! ```text
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- validate [PATH]
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- coverage [PATH]
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- schema
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- translation-schema
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- scale N [PATH] > big.json
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- check-proposal FILE [PATH]
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- open-data DIR [PATH]
//! cargo run -q -p mflm-core --features schema --bin mflm-data -- prerender [PATH]
//! ```
//!
//! `PATH` defaults to the workspace's `data/framework.json`. `scale` is for benchmarks
//! (`scripts/bench.sh`): see `mflm-data/scale.rs` for how the copies differ.

use mflm_core::model::{Confidence, Framework, GuidelineBasis, Profile, ProfileType, Term};
use mflm_core::proposal;
use mflm_core::translation::{self, Translation};
use mflm_core::validate::{load, repeated_keys_in, warnings, LoadError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// A sub-directory file named by path, not `mod scale;`: Cargo would take `src/bin/scale.rs`
// for a binary of its own. The engine benchmark includes the same file.
#[path = "mflm-data/scale.rs"]
mod scale;

#[path = "mflm-data/prerender.rs"]
mod prerender;

const USAGE: &str = "\
usage: mflm-data <command> [PATH]

commands:
  validate [PATH]  check the data file and the translation files beside it
                   (PATH's folder/i18n/*.json); prints every problem, one per line
  coverage [PATH]  print a Markdown table of what the data covers
  schema           print the JSON Schema of the data file
  translation-schema
                   print the JSON Schema of a translation file (data/i18n/<lang>.json)
  scale N [PATH]   print a synthetic copy of the data with every profile N times
                   (for benchmarks; checked with the same validation before printing)
  check-proposal FILE [PATH]
                   check a proposal file (from the app's \"Propose a practice\" form)
                   against the data: it must merge into it as valid data; prints the
                   source and profile entries to paste into the data file
  open-data DIR [PATH]
                   write the open-data files into DIR: the data file, its schema, the
                   translations, one CSV per item type and index.json (the build runs it)
  prerender [PATH] print the HTML of the default view (the first page of results, in
                   English) for index.html (the build runs it)

PATH defaults to data/framework.json in the workspace.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str);
    let path = args.get(1).map(PathBuf::from).unwrap_or_else(default_path);
    match (command, args.len()) {
        (Some("validate"), 1 | 2) => validate(&path),
        (Some("coverage"), 1 | 2) => coverage(&path),
        (Some("schema"), 1) => print_json(&schemars::schema_for!(Framework)),
        (Some("translation-schema"), 1) => print_json(&schemars::schema_for!(Translation)),
        (Some("scale"), 2 | 3) => {
            let path = args.get(2).map(PathBuf::from).unwrap_or_else(default_path);
            match args[1].parse::<usize>() {
                Ok(times) if times >= 1 => scale_command(times, &path),
                _ => {
                    eprintln!(
                        "scale: N must be a whole number of at least 1, not {:?}",
                        args[1]
                    );
                    ExitCode::from(2)
                }
            }
        }
        (Some("check-proposal"), 2 | 3) => {
            let data = args.get(2).map(PathBuf::from).unwrap_or_else(default_path);
            check_proposal(Path::new(&args[1]), &data)
        }
        (Some("open-data"), 2 | 3) => {
            let path = args.get(2).map(PathBuf::from).unwrap_or_else(default_path);
            open_data(Path::new(&args[1]), &path)
        }
        (Some("prerender"), 1 | 2) => match read(&path) {
            Ok(framework) => prerender::command(framework),
            Err(code) => code,
        },
        (Some("-h" | "--help" | "help"), _) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// `data/framework.json` next to this crate, so the tool works from any directory.
fn default_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("data")
        .join("framework.json")
}

/// Reads and validates the file, printing every problem to stderr when there are any.
fn read(path: &Path) -> Result<Framework, ExitCode> {
    let json = match std::fs::read_to_string(path) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", path.display());
            return Err(ExitCode::FAILURE);
        }
    };
    match load(&json) {
        Ok(framework) => Ok(framework),
        Err(LoadError { problems }) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("{}: {} problem(s)", path.display(), problems.len());
            Err(ExitCode::FAILURE)
        }
    }
}

fn validate(path: &Path) -> ExitCode {
    let framework = match read(path) {
        Ok(framework) => framework,
        Err(code) => return code,
    };
    for warning in warnings(&framework) {
        eprintln!("warning: {warning}");
    }
    if let Err(code) = validate_translations(path, &framework) {
        return code;
    }
    let practices = count_type(&framework.profiles, ProfileType::Practice);
    let activities = count_type(&framework.profiles, ProfileType::Activity);
    println!(
        "ok: {} profiles ({practices} practices, {activities} activities), {} principles, \
         {} guidelines, {} instruments, {} countries",
        framework.profiles.len(),
        framework.principles.len(),
        framework.guidelines.len(),
        framework.instruments.len(),
        framework.vocabularies.countries.len(),
    );
    ExitCode::SUCCESS
}

/// `check-proposal FILE [PATH]`: the proposal must merge into the data at PATH as valid data.
/// Prints every problem (item, field, what is wrong) and exits 1; or prints the two entries
/// an editor pastes into the data file.
fn check_proposal(file: &Path, data: &Path) -> ExitCode {
    let framework = match read(data) {
        Ok(framework) => framework,
        Err(code) => return code,
    };
    let json = match std::fs::read_to_string(file) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    match proposal::check_file(&framework, &json) {
        Ok(proposal) => {
            let (profile, source) = proposal.entries();
            println!(
                "ok: {} (submitted {}) merges into {} as valid data.\n",
                file.display(),
                proposal.submitted,
                data.display()
            );
            println!(
                "Add to \"sources\" (choose its id, and use the same id in the profile's \
                 source.document):\n{source}\n"
            );
            println!(
                "Add to \"profiles\" (choose its id; set type, certainty and the locator after \
                 reading the source; see data/README.md):\n{profile}"
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("{}: {} problem(s)", file.display(), problems.len());
            ExitCode::FAILURE
        }
    }
}

/// Writes the open-data folder; prints what it wrote, or every problem.
fn open_data(out: &Path, path: &Path) -> ExitCode {
    match mflm_core::open_data::write_open_data(path, out) {
        Ok(manifest) => {
            let rows: usize = manifest.files.iter().filter_map(|f| f.rows).sum();
            println!(
                "ok: {} files in {} ({} table rows), data compiled {}",
                manifest.files.len() + 1,
                out.display(),
                rows,
                manifest.compiled
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            for problem in &error.problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "open-data: {} problem(s); nothing written",
                error.problems.len()
            );
            ExitCode::FAILURE
        }
    }
}

fn print_json(schema: &impl serde::Serialize) -> ExitCode {
    match serde_json::to_string_pretty(schema) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot serialise the schema: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints `scale::scale(data, times)` as compact JSON, after checking that it loads.
fn scale_command(times: usize, path: &Path) -> ExitCode {
    let framework = match read(path) {
        Ok(framework) => framework,
        Err(code) => return code,
    };
    let scaled = scale::scale(&framework, times);
    let json = match serde_json::to_string(&scaled) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("cannot serialise the scaled data: {e}");
            return ExitCode::FAILURE;
        }
    };
    // The benchmark must measure data the app accepts: check it the way the app does.
    match load(&json) {
        Ok(_) => {}
        Err(LoadError { problems }) => {
            for problem in problems.iter().take(20) {
                eprintln!("{problem}");
            }
            eprintln!(
                "scale {times}: the synthetic data has {} problem(s)",
                problems.len()
            );
            return ExitCode::FAILURE;
        }
    }
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out
        .write_all(json.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
    {
        eprintln!("cannot write the scaled data: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "scale {times}: {} profiles, {} bytes, valid",
        scaled.profiles.len(),
        json.len() + 1
    );
    ExitCode::SUCCESS
}

fn count_type(profiles: &[Profile], profile_type: ProfileType) -> usize {
    profiles
        .iter()
        .filter(|p| p.profile_type == profile_type)
        .count()
}

fn coverage(path: &Path) -> ExitCode {
    let framework = match read(path) {
        Ok(framework) => framework,
        Err(code) => return code,
    };
    print!("{}", coverage_markdown(&framework));
    ExitCode::SUCCESS
}

/// Practices and activities counted under one label.
#[derive(Default, Clone, Copy)]
struct Tally {
    practices: usize,
    activities: usize,
}

impl Tally {
    fn add(&mut self, profile: &Profile) {
        match profile.profile_type {
            ProfileType::Practice => self.practices += 1,
            ProfileType::Activity => self.activities += 1,
        }
    }
}

fn coverage_markdown(fw: &Framework) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };

    line("### Items by type".into());
    line(String::new());
    line("| item | count |".into());
    line("| --- | ---: |".into());
    line(format!("| Sub-divisions | {} |", fw.subdivisions.len()));
    line(format!("| Principles | {} |", fw.principles.len()));
    for (basis, label) in [
        (
            GuidelineBasis::Framework,
            "Guidelines checked against the Framework",
        ),
        (GuidelineBasis::Summary, "Guideline themes summarised by us"),
    ] {
        let n = fw.guidelines.iter().filter(|g| g.basis == basis).count();
        line(format!("| {label} | {n} |"));
    }
    for (confidence, label) in [
        (Confidence::High, "Instruments, Annex I confidence high"),
        (Confidence::Medium, "Instruments, Annex I confidence medium"),
        (Confidence::Low, "Instruments, Annex I confidence low"),
    ] {
        let n = fw
            .instruments
            .iter()
            .filter(|i| i.annex_i == confidence)
            .count();
        line(format!("| {label} | {n} |"));
    }
    line(format!(
        "| Practices | {} |",
        count_type(&fw.profiles, ProfileType::Practice)
    ));
    line(format!(
        "| Activities | {} |",
        count_type(&fw.profiles, ProfileType::Activity)
    ));

    let by_vocabulary = |terms: &[Term], ids: fn(&Profile) -> &[String]| -> Vec<(String, Tally)> {
        terms
            .iter()
            .map(|term| {
                let mut tally = Tally::default();
                for profile in fw.profiles.iter().filter(|p| ids(p).contains(&term.id)) {
                    tally.add(profile);
                }
                (term.label.get("en").to_string(), tally)
            })
            .collect()
    };

    let regions = by_vocabulary(&fw.vocabularies.regions, |p| &p.regions);
    let sectors = by_vocabulary(&fw.vocabularies.sectors, |p| &p.sectors);
    let kinds: Vec<(String, Tally)> = fw
        .vocabularies
        .profile_kinds
        .iter()
        .map(|term| {
            let mut tally = Tally::default();
            for profile in fw.profiles.iter().filter(|p| p.kind == term.id) {
                tally.add(profile);
            }
            (term.label.get("en").to_string(), tally)
        })
        .collect();
    let mut by_principle: BTreeMap<u8, Tally> = BTreeMap::new();
    for profile in &fw.profiles {
        for &number in &profile.principles {
            by_principle.entry(number).or_default().add(profile);
        }
    }
    let principles: Vec<(String, Tally)> = fw
        .principles
        .iter()
        .map(|p| {
            let label = format!("{}. {}", p.number, p.title.get("en"));
            (
                label,
                by_principle.get(&p.number).copied().unwrap_or_default(),
            )
        })
        .collect();

    let note = "A profile can count under several regions, sectors and principles.";
    for (heading, column, rows) in [
        ("Profiles by region", "region", regions),
        ("Profiles by sector", "sector", sectors),
        ("Profiles by principle", "principle", principles),
        ("Profiles by kind", "kind", kinds),
    ] {
        line(String::new());
        line(format!("### {heading}"));
        line(String::new());
        line(format!("| {column} | practices | activities |"));
        line("| --- | ---: | ---: |".into());
        for (label, tally) in rows {
            line(format!(
                "| {label} | {} | {} |",
                tally.practices, tally.activities
            ));
        }
    }
    line(String::new());
    line(note.into());
    out
}

/// Checks every translation file in the `i18n` folder beside the data file: it parses and lays
/// over the data without a problem. Prints each problem, and `ok` per language.
fn validate_translations(path: &Path, framework: &Framework) -> Result<(), ExitCode> {
    let folder = path.parent().unwrap_or(Path::new(".")).join("i18n");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(());
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p.to_string_lossy().ends_with(".schema.json")
        })
        .collect();
    files.sort();
    let mut failed = false;
    for file in files {
        let problems = match std::fs::read_to_string(&file) {
            Err(e) => vec![format!("cannot read: {e}")],
            // A repeated id would silently keep only its last entry.
            Ok(json) => match translation::parse(&json) {
                Err(problem) => vec![problem.to_string()],
                Ok(parsed) => repeated_keys_in(&json)
                    .into_iter()
                    .chain(translation::apply(&mut framework.clone(), &parsed))
                    .map(|problem| problem.to_string())
                    .collect(),
            },
        };
        for problem in &problems {
            eprintln!("{}: {problem}", file.display());
        }
        if problems.is_empty() {
            println!("ok: {}", file.display());
        } else {
            failed = true;
        }
    }
    if failed {
        Err(ExitCode::FAILURE)
    } else {
        Ok(())
    }
}

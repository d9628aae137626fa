//! The engine alone, natively: how long loading, indexing and querying take as the data grows.
//!
//! ```text
//! cargo run --release -p mflm-core --example bench_engine [-- --scales 1,10,100,1000] [--json PATH]
//! ```
//!
//! For each scale N it builds the synthetic data `mflm-data scale N` prints (the same code,
//! included below), then times, with `std::time::Instant` around each call:
//! - `validate::load` of its JSON (parse, shape check, typed parse, validation), as
//!   `mflm-data validate` checks a file; and `validate::load_for_app` (typed parse, then the
//!   reference checks), what the app does with the downloaded file before it can index it,
//!   with the typed parse alone beside it;
//! - `Index::new`;
//! - `Index::search(query, Sort::Relevance, 0..25)` for every step of `bench/sequence.json`
//!   (the scripted session the browser benchmark replays): matches, the first page of hits
//!   with highlights, and the count of every option of every facet.
//!
//! A plain harness rather than criterion or divan: the figures wanted are medians and p95s
//! over a fixed query sequence at four data sizes, which is a loop and a sort; a framework
//! would add its own warm-up and statistics on top, and a dependency.
//! Fewer repetitions are made at the larger scales so the whole run stays under a minute.

use mflm_core::engine::Index;
use mflm_core::lang::Lang;
use mflm_core::model::Framework;
use mflm_core::query::{Facet, Query, Sort, RESULTS_PER_PAGE};
use mflm_core::validate;
use serde_json::Value;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[path = "../src/bin/mflm-data/scale.rs"]
mod scale;

struct Options {
    scales: Vec<usize>,
    json: Option<PathBuf>,
    data: PathBuf,
    sequence: PathBuf,
}

fn main() {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            eprintln!(
                "usage: bench_engine [--scales 1,10,100,1000] [--json OUT] [--data framework.json] \
                 [--sequence bench/sequence.json]"
            );
            std::process::exit(2);
        }
    };
    let base = read_framework(&options.data);
    let steps = read_sequence(&options.sequence);

    let mut results = Vec::new();
    for &times in &options.scales {
        let result = bench_scale(&base, times, &steps);
        eprintln!(
            "{times:>5}x  {:>6} docs  load {:>9}  app load {:>9} (parse {:>9})  Index::new {:>9}  query median {:>9}  p95 {:>9}  max {:>9}",
            result.docs,
            ms(result.load_ms),
            ms(result.app_load_ms),
            ms(result.parse_ms),
            ms(result.index_ms),
            ms(result.query.median),
            ms(result.query.p95),
            ms(result.query.max),
        );
        let slowest: Vec<String> = result
            .slowest
            .iter()
            .take(3)
            .map(|(t, q)| format!("{q} {}", ms(*t)))
            .collect();
        eprintln!("        slowest steps: {}", slowest.join(", "));
        results.push(result);
    }

    if let Some(path) = &options.json {
        let json = Value::Array(results.iter().map(ScaleResult::to_json).collect());
        let text = serde_json::to_string_pretty(&json).expect("a Value always serialises");
        if let Err(e) = std::fs::write(path, text + "\n") {
            eprintln!("{}: cannot write: {e}", path.display());
            std::process::exit(1);
        }
    }
}

fn parse_args() -> Result<Options, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut options = Options {
        scales: vec![1, 10, 100, 1000],
        json: None,
        data: root.join("data/framework.json"),
        sequence: root.join("bench/sequence.json"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--scales" => {
                options.scales = value()?
                    .split(',')
                    .map(|s| s.trim().parse().ok().filter(|&n: &usize| n >= 1))
                    .collect::<Option<Vec<_>>>()
                    .ok_or("--scales takes whole numbers >= 1, comma-separated")?;
            }
            "--json" => options.json = Some(PathBuf::from(value()?)),
            "--data" => options.data = PathBuf::from(value()?),
            "--sequence" => options.sequence = PathBuf::from(value()?),
            // `cargo bench`-style runners pass this; there is nothing to do with it.
            "--bench" => {}
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(options)
}

fn read_framework(path: &Path) -> Framework {
    let json = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{}: cannot read: {e}", path.display());
        std::process::exit(1);
    });
    validate::load(&json).unwrap_or_else(|e| {
        eprintln!("{}: does not load: {e:?}", path.display());
        std::process::exit(1);
    })
}

/// The steps of `bench/sequence.json` as queries.
fn read_sequence(path: &Path) -> Vec<Query> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{}: cannot read: {e}", path.display());
        std::process::exit(1);
    });
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        eprintln!("{}: not JSON: {e}", path.display());
        std::process::exit(1);
    });
    let steps = json["steps"].as_array().cloned().unwrap_or_default();
    let queries: Vec<Query> = steps
        .iter()
        .map(|step| {
            let mut query = Query {
                text: step["text"].as_str().unwrap_or_default().to_string(),
                ..Query::default()
            };
            for (key, values) in step["filters"].as_object().into_iter().flatten() {
                let facet = Facet::from_key(key).unwrap_or_else(|| {
                    eprintln!("{}: unknown facet {key:?}", path.display());
                    std::process::exit(1);
                });
                for value in values
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    query.toggle(facet, value);
                }
            }
            query
        })
        .collect();
    if queries.is_empty() {
        eprintln!("{}: no steps", path.display());
        std::process::exit(1);
    }
    queries
}

struct ScaleResult {
    times: usize,
    docs: usize,
    profiles: usize,
    json_bytes: usize,
    load_ms: f64,
    app_load_ms: f64,
    parse_ms: f64,
    load_reps: usize,
    index_ms: f64,
    index_reps: usize,
    query: Stats,
    query_reps: usize,
    steps: usize,
    /// The slowest steps: median ms and the query.
    slowest: Vec<(f64, String)>,
}

impl ScaleResult {
    fn to_json(&self) -> Value {
        serde_json::json!({
            "scale": self.times,
            "docs": self.docs,
            "profiles": self.profiles,
            "json_bytes": self.json_bytes,
            "load_ms": self.load_ms,
            "app_load_ms": self.app_load_ms,
            "parse_ms": self.parse_ms,
            "load_reps": self.load_reps,
            "index_new_ms": self.index_ms,
            "index_new_reps": self.index_reps,
            "query_ms": { "median": self.query.median, "p95": self.query.p95, "max": self.query.max, "mean": self.query.mean },
            "query_passes": self.query_reps,
            "steps": self.steps,
            "slowest_steps": self.slowest.iter().map(|(ms, query)| serde_json::json!({ "ms": ms, "query": query })).collect::<Vec<_>>(),
        })
    }
}

/// Repetitions (load, Index::new, passes over the query sequence) for a data size: enough for
/// a stable median, few enough that 1000x takes seconds.
fn repetitions(times: usize) -> (usize, usize, usize) {
    match times {
        0..=1 => (20, 50, 50),
        2..=10 => (10, 20, 20),
        11..=100 => (3, 5, 5),
        _ => (1, 2, 2),
    }
}

fn bench_scale(base: &Framework, times: usize, steps: &[Query]) -> ScaleResult {
    let framework = scale::scale(base, times);
    let json = serde_json::to_string(&framework).expect("the model always serialises");
    let (load_reps, index_reps, query_reps) = repetitions(times);

    let load_ms = median(
        (0..load_reps)
            .map(|_| time(|| black_box(validate::load(black_box(&json))).is_ok()).0)
            .collect(),
    );
    // What the app does with the downloaded file: the typed parse, then the reference checks.
    let app_load_ms = median(
        (0..load_reps)
            .map(|_| time(|| black_box(validate::load_for_app(black_box(&json))).is_ok()).0)
            .collect(),
    );
    let parse_ms = median(
        (0..load_reps)
            .map(|_| time(|| black_box(Framework::from_json(black_box(&json))).is_ok()).0)
            .collect(),
    );
    drop(json);

    let mut index = None;
    let index_ms = median(
        (0..index_reps)
            .map(|_| {
                let (elapsed, built) = time(|| Index::new(black_box(&framework), Lang::En));
                index = Some(built);
                elapsed
            })
            .collect(),
    );
    let index = index.expect("at least one build");

    let window = 0..RESULTS_PER_PAGE;
    // One untimed pass first: page in the index's memory, as a user's first query would not
    // pay for it twice.
    for query in steps {
        black_box(index.search(query, Sort::Relevance, window.clone()));
    }
    let mut samples = Vec::with_capacity(steps.len() * query_reps);
    let mut per_step = vec![Vec::with_capacity(query_reps); steps.len()];
    for _ in 0..query_reps {
        for (step, query) in steps.iter().enumerate() {
            let (elapsed, result) =
                time(|| index.search(black_box(query), Sort::Relevance, window.clone()));
            black_box(result);
            samples.push(elapsed);
            per_step[step].push(elapsed);
        }
    }
    // The slowest steps (by their median), to see which queries make the p95.
    let mut slowest: Vec<(f64, &Query)> = per_step.into_iter().map(median).zip(steps).collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    slowest.truncate(5);

    ScaleResult {
        times,
        docs: index.docs.len(),
        profiles: framework.profiles.len(),
        json_bytes: serde_json::to_string(&framework).map_or(0, |j| j.len()),
        load_ms,
        app_load_ms,
        parse_ms,
        load_reps,
        index_ms,
        index_reps,
        query: Stats::of(samples),
        query_reps,
        steps: steps.len(),
        slowest: slowest
            .into_iter()
            .map(|(ms, query)| (ms, describe(query)))
            .collect(),
    }
}

/// A query as the sequence file would show it: `"rec" region=asia-pacific`.
fn describe(query: &Query) -> String {
    let mut text = format!("{:?}", query.text);
    for (facet, values) in &query.selected {
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        text.push_str(&format!(" {}={}", facet.key(), values.join(",")));
    }
    text
}

/// Milliseconds `f` took, and what it returned.
fn time<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let start = Instant::now();
    let value = f();
    (start.elapsed().as_secs_f64() * 1000.0, value)
}

struct Stats {
    median: f64,
    p95: f64,
    max: f64,
    mean: f64,
}

impl Stats {
    fn of(mut samples: Vec<f64>) -> Stats {
        samples.sort_by(f64::total_cmp);
        let mean = samples.iter().sum::<f64>() / samples.len().max(1) as f64;
        Stats {
            median: percentile(&samples, 50.0),
            p95: percentile(&samples, 95.0),
            max: samples.last().copied().unwrap_or(0.0),
            mean,
        }
    }
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    percentile(&samples, 50.0)
}

/// Nearest-rank percentile of sorted samples (the same rule bench/stats.mjs uses).
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(value: f64) -> String {
    if value >= 100.0 {
        format!("{value:.0} ms")
    } else if value >= 1.0 {
        format!("{value:.2} ms")
    } else {
        format!("{:.1} µs", value * 1000.0)
    }
}

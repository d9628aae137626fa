//! "Your own data file": whatever bytes a person opens get a report with one clear outcome,
//! the same problems the shipped data's validator names, and the data only when it is sound.

use mflm_core::data_file::{check, Counts, Listed, Report, MAX_BYTES, MAX_LISTED};
use serde_json::Value;

fn shipped() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/framework.json"
    ))
    .expect("the shipped data file")
}

fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_str(&shipped()).unwrap();
    edit(&mut value);
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn the_shipped_file_is_valid_and_counted() {
    let (report, framework) = check(shipped().as_bytes(), MAX_BYTES);
    let framework = framework.expect("the shipped file is sound");
    let Report::Valid { counts, .. } = report else {
        panic!("expected a valid report, got {report:?}");
    };
    assert_eq!(counts, Counts::of(&framework));
    assert_eq!(counts.principles, 15);
    assert_eq!(
        counts.searchable(),
        framework.principles.len() + framework.guidelines.len() + framework.profiles.len()
    );
}

#[test]
fn a_file_with_profiles_removed_is_still_valid() {
    let bytes = edited(|v| {
        v["profiles"].as_array_mut().unwrap().truncate(3);
    });
    let (report, framework) = check(&bytes, MAX_BYTES);
    assert!(matches!(report, Report::Valid { counts, .. } if counts.profiles == 3));
    assert_eq!(framework.unwrap().profiles.len(), 3);
}

#[test]
fn problems_name_item_and_field_like_the_validator() {
    let bytes = edited(|v| {
        v["profiles"][0]["regions"] = serde_json::json!(["atlantis"]);
        v["profiles"][1]["title"]["en"] = Value::String("<b>bold</b> claim".into());
        v["principles"][0]["number"] = Value::String("one".into());
    });
    let text = String::from_utf8(bytes.clone()).unwrap();
    let expected = mflm_core::validate::load(&text).unwrap_err();
    let (report, framework) = check(&bytes, MAX_BYTES);
    assert!(framework.is_none());
    let Report::Problems { total, listed } = report else {
        panic!("expected problems, got {report:?}");
    };
    assert_eq!(total, expected.problems().len());
    let same: Vec<Listed> = expected.problems().iter().map(Listed::from).collect();
    assert_eq!(listed, same);
    assert!(listed
        .iter()
        .any(|p| p.item == "principle 1" || p.field.contains("number")));
}

#[test]
fn markup_in_text_is_a_problem_of_its_item() {
    let bytes = edited(|v| {
        v["profiles"][0]["title"]["en"] = Value::String("<script>alert(1)</script>".into());
    });
    let id = serde_json::from_slice::<Value>(&bytes).unwrap()["profiles"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (report, _) = check(&bytes, MAX_BYTES);
    let Report::Problems { listed, .. } = report else {
        panic!("expected problems, got {report:?}");
    };
    assert!(
        listed.iter().any(|p| p.item == id && p.field == "title.en"),
        "{listed:?}"
    );
}

#[test]
fn hostile_bytes_each_get_their_own_outcome() {
    assert_eq!(check(b"", MAX_BYTES).0, Report::Empty);
    assert_eq!(check(b" \n\t ", MAX_BYTES).0, Report::Empty);
    assert_eq!(check("\u{feff}".as_bytes(), MAX_BYTES).0, Report::Empty);
    assert_eq!(
        check(b"{\"a\": \"caf\xe9\"}", MAX_BYTES).0,
        Report::NotUtf8 { valid_up_to: 10 }
    );
    assert!(matches!(
        check(b"PK\x03\x04 not json", MAX_BYTES).0,
        Report::NotJson { ref at, .. } if at == "line 1, column 1"
    ));
    assert!(matches!(
        check(b"<html><body>hello</body></html>", MAX_BYTES).0,
        Report::NotJson { .. }
    ));
    let deep = "[".repeat(100_000);
    assert!(matches!(
        check(deep.as_bytes(), MAX_BYTES).0,
        Report::TooDeep { .. }
    ));
    let deep_inside = format!("{{\"meta\": {}{}}}", "{\"a\":".repeat(5_000), "1");
    assert!(matches!(
        check(deep_inside.as_bytes(), MAX_BYTES).0,
        Report::TooDeep { .. }
    ));
    assert_eq!(
        check(&[b' '; 11], 10).0,
        Report::TooLarge {
            bytes: 11,
            limit: 10
        }
    );
    // JSON, but not a compilation: the shape's problems are listed, by item and field.
    for json in [
        "[]",
        "42",
        "\"text\"",
        "null",
        "{}",
        "{\"schema_version\": \"1\"}",
    ] {
        let (report, data) = check(json.as_bytes(), MAX_BYTES);
        assert!(data.is_none());
        assert!(
            matches!(report, Report::Problems { total, ref listed } if total > 0 && !listed.is_empty()),
            "{json}: {report:?}"
        );
    }
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(shipped().as_bytes());
    assert!(matches!(check(&bytes, MAX_BYTES).0, Report::Valid { .. }));
}

#[test]
fn a_mistake_in_every_profile_is_counted_in_full_and_listed_up_to_the_cap() {
    let bytes = edited(|v| {
        let profiles = v["profiles"].as_array_mut().unwrap();
        let first = profiles[0].clone();
        profiles.clear();
        for i in 0..(MAX_LISTED + 100) {
            let mut p = first.clone();
            p["id"] = Value::String(format!("X-{i}"));
            p["regions"] = serde_json::json!(["atlantis"]);
            profiles.push(p);
        }
    });
    let Report::Problems { total, listed } = check(&bytes, MAX_BYTES).0 else {
        panic!("expected problems");
    };
    assert!(total >= MAX_LISTED + 100, "{total}");
    assert_eq!(listed.len(), MAX_LISTED);
}

#[test]
fn invisible_characters_are_warnings_not_problems() {
    let bytes = edited(|v| {
        v["profiles"][0]["summary"]["en"] = Value::String("soft\u{ad}hyphen here".into());
    });
    let Report::Valid {
        total_warnings,
        warnings,
        ..
    } = check(&bytes, MAX_BYTES).0
    else {
        panic!("expected a valid report");
    };
    assert_eq!(total_warnings, 1);
    assert_eq!(warnings[0].item, "profiles[0].summary.en");
}

#[test]
fn reports_round_trip_through_json() {
    let reports = [
        Report::Empty,
        Report::TooLarge { bytes: 5, limit: 4 },
        Report::NotUtf8 { valid_up_to: 3 },
        Report::NotJson {
            at: "line 1, column 1".into(),
            detail: "expected value".into(),
        },
        Report::TooDeep {
            at: "line 1, column 129".into(),
        },
        check(&edited(|v| v["meta"]["compiled"] = 3.into()), MAX_BYTES).0,
        check(shipped().as_bytes(), MAX_BYTES).0,
    ];
    for report in reports {
        assert_eq!(Report::from_json(&report.to_json()), Some(report));
    }
    assert_eq!(Report::from_json("{\"outcome\": \"exploded\"}"), None);
    assert_eq!(Report::from_json("not json"), None);
}

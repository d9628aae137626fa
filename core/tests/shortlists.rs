//! Shortlists through their public API: what is kept on the device reads back equal, the first
//! format (a bare array of ids) still reads, damaged stores are refused with their place;
//! two tabs' changes merge without losing either tab's additions, in either direction, and
//! settle after one exchange; share links carry any name and ids and never panic.

use std::collections::BTreeSet;
use std::time::Instant;

use mflm_core::shortlists::{
    parse_shared, share_query, ChangeError, ReadError, SharedList, Shortlist, Shortlists,
    MAX_ENTRIES, MAX_ITEM_CHARS, MAX_LISTS, MAX_NAME_CHARS, MAX_NOTE_CHARS, V1_LIST_ID,
};
use proptest::prelude::*;

const V1_NAME: &str = "My shortlist";

fn read(raw: &str) -> Result<Shortlists, ReadError> {
    Shortlists::from_storage(raw, V1_NAME)
}

/// Through the device's storage and back, as the other tab would see it.
fn stored(shortlists: &Shortlists) -> Shortlists {
    read(&shortlists.to_storage()).expect("what was saved reads back")
}

fn items(shortlists: &Shortlists, list: &str) -> Vec<String> {
    shortlists
        .list(list)
        .map(|list| list.items().map(String::from).collect())
        .unwrap_or_default()
}

fn names(shortlists: &Shortlists) -> Vec<&str> {
    shortlists.lists().iter().map(|l| l.name.as_str()).collect()
}

/// One list "Course" (id `l1`) holding `items`.
fn course(list_items: &[&str]) -> Shortlists {
    let mut shortlists = Shortlists::new();
    shortlists.create("Course", 1).unwrap();
    for item in list_items {
        shortlists.add("l1", item).unwrap();
    }
    shortlists
}

fn merged(ours: &Shortlists, theirs: &Shortlists) -> Shortlists {
    let mut result = ours.clone();
    result.merge(&stored(theirs));
    result
}

fn invalid(at: &str, problem: &'static str) -> Result<Shortlists, ReadError> {
    Err(ReadError::Invalid {
        at: at.to_string(),
        problem,
    })
}

// ---- stored on the device ----

/// The example of the module documentation.
fn manila() -> Shortlists {
    let mut shortlists = Shortlists::new();
    shortlists.create("Manila course", 1).unwrap();
    shortlists.add("l1", "DB-005").unwrap();
    shortlists.add("l1", "S3-10b").unwrap();
    shortlists.set_note("l1", "S3-10b", "Day 2: fees").unwrap();
    shortlists.add("l1", "C-17").unwrap();
    shortlists.remove("l1", "C-17").unwrap();
    shortlists.create("Old", 2).unwrap();
    shortlists.delete("l2").unwrap();
    shortlists
}

#[test]
fn storage_is_json_version_2_with_the_documented_fields() {
    assert_eq!(
        manila().to_storage(),
        concat!(
            r#"{"version":2,"clock":8,"lists":[{"id":"l1","name":"Manila course","created":1,"#,
            r#""named":1,"entries":[{"item":"DB-005","note":"","place":1099511627776,"#,
            r#""changed":2},{"item":"S3-10b","note":"Day 2: fees","place":1099512676352,"#,
            r#""changed":4}],"removed":[{"item":"C-17","at":6}]}],"deleted":[{"id":"l2","at":8}]}"#
        )
    );
}

#[test]
fn saved_shortlists_read_back_equal() {
    let shortlists = manila();
    assert_eq!(stored(&shortlists), shortlists);
    assert_eq!(stored(&Shortlists::new()), Shortlists::new());
    let mut unicode = Shortlists::new();
    let id = unicode.create("دورة \"مانيلا\" \\ 移民", 3).unwrap();
    unicode.add(&id, "ع-1").unwrap();
    unicode
        .set_note(&id, "ع-1", "line one\nline \u{0} two")
        .unwrap();
    assert_eq!(stored(&unicode), unicode);
}

#[test]
fn version_1_array_becomes_one_list_named_by_the_caller() {
    let shortlists = read(r#"["DB-005","S3-10b","A-1"]"#).unwrap();
    assert_eq!(shortlists.lists().len(), 1);
    let list = &shortlists.lists()[0];
    assert_eq!(list.id, V1_LIST_ID);
    assert_eq!(list.name, V1_NAME);
    assert_eq!(items(&shortlists, V1_LIST_ID), ["DB-005", "S3-10b", "A-1"]);
    assert!(list.entries.iter().all(|entry| entry.note.is_empty()));
}

#[test]
fn version_1_drops_repeats_and_invalid_ids_and_keeps_the_first_entries() {
    let shortlists = read(r#"["A","","A","B,C","  ","B"]"#).unwrap();
    assert_eq!(items(&shortlists, V1_LIST_ID), ["A", "B"]);
    let many: Vec<String> = (0..MAX_ENTRIES + 10).map(|n| format!("P-{n}")).collect();
    let shortlists = read(&serde_json::to_string(&many).unwrap()).unwrap();
    assert_eq!(items(&shortlists, V1_LIST_ID), many[..MAX_ENTRIES]);
}

#[test]
fn empty_version_1_array_is_no_list() {
    assert_eq!(read("[]"), Ok(Shortlists::new()));
}

#[test]
fn two_tabs_reading_version_1_agree_and_merge_to_the_same() {
    let a = read(r#"["DB-005","S3-10b"]"#).unwrap();
    let b = read(r#"["DB-005","S3-10b"]"#).unwrap();
    assert_eq!(a, b);
    assert_eq!(merged(&a, &b), a);
}

#[test]
fn a_version_1_list_then_works_like_any_other() {
    let mut shortlists = read(r#"["DB-005","S3-10b"]"#).unwrap();
    shortlists.add(V1_LIST_ID, "A-1").unwrap();
    shortlists.move_to(V1_LIST_ID, "A-1", 0).unwrap();
    shortlists.rename(V1_LIST_ID, "Course").unwrap();
    assert_eq!(items(&shortlists, V1_LIST_ID), ["A-1", "DB-005", "S3-10b"]);
    assert_eq!(stored(&shortlists), shortlists);
}

#[test]
fn what_is_not_json_is_refused() {
    for raw in ["", "not json", "{", "[\"a\",]", "\u{feff}[]"] {
        assert!(matches!(read(raw), Err(ReadError::NotJson(_))), "{raw:?}");
    }
}

#[test]
fn json_of_another_shape_is_refused() {
    for raw in ["null", "true", "3", "\"DB-005\""] {
        assert_eq!(read(raw), Err(ReadError::UnknownShape), "{raw:?}");
    }
}

#[test]
fn other_versions_are_refused_naming_the_version() {
    assert_eq!(
        read(r#"{"version":3,"lists":[]}"#),
        Err(ReadError::UnsupportedVersion(3))
    );
    assert_eq!(
        read(r#"{"version":1}"#),
        Err(ReadError::UnsupportedVersion(1))
    );
    assert_eq!(read(r#"{"lists":[]}"#), invalid("version", "missing"));
    let not_a_number = "expected a whole number, 0 or more";
    assert_eq!(read(r#"{"version":"2"}"#), invalid("version", not_a_number));
    assert_eq!(read(r#"{"version":2.5}"#), invalid("version", not_a_number));
    assert_eq!(read(r#"{"version":-2}"#), invalid("version", not_a_number));
}

#[test]
fn damaged_parts_are_refused_with_their_place() {
    let list = |fields: &str| format!(r#"{{"version":2,"lists":[{{{fields}}}]}}"#);
    let entry = |fields: &str| list(&format!(r#""id":"l1","name":"A","entries":[{{{fields}}}]"#));
    let text = "expected text";
    let number = "expected a whole number, 0 or more";
    let list_id = "not a list id (1 to 32 of A-Z, a-z, 0-9, - and _)";
    let item = "not a profile id (1 to 100 characters, not blank, no comma)";
    let cases = [
        (r#"{"version":2}"#.to_string(), "lists", "missing"),
        (
            r#"{"version":2,"lists":{}}"#.to_string(),
            "lists",
            "expected an array",
        ),
        (
            r#"{"version":2,"lists":[3]}"#.to_string(),
            "lists[0]",
            "expected an object",
        ),
        (
            r#"{"version":2,"clock":"x","lists":[]}"#.to_string(),
            "clock",
            number,
        ),
        (list(r#""name":"A","entries":[]"#), "lists[0].id", "missing"),
        (
            list(r#""id":"","name":"A","entries":[]"#),
            "lists[0].id",
            list_id,
        ),
        (
            list(r#""id":"l 1","name":"A","entries":[]"#),
            "lists[0].id",
            list_id,
        ),
        (
            list(&format!(
                r#""id":"{}","name":"A","entries":[]"#,
                "l".repeat(33)
            )),
            "lists[0].id",
            list_id,
        ),
        (
            list(r#""id":"l1","entries":[]"#),
            "lists[0].name",
            "missing",
        ),
        (
            list(r#""id":"l1","name":5,"entries":[]"#),
            "lists[0].name",
            text,
        ),
        (
            list(r#""id":"l1","name":"A""#),
            "lists[0].entries",
            "missing",
        ),
        (
            list(r#""id":"l1","name":"A","entries":[],"created":-1"#),
            "lists[0].created",
            number,
        ),
        (
            entry(r#""note":"x""#),
            "lists[0].entries[0].item",
            "missing",
        ),
        (entry(r#""item":"""#), "lists[0].entries[0].item", item),
        (entry(r#""item":"A,B""#), "lists[0].entries[0].item", item),
        (
            entry(r#""item":"A","note":null"#),
            "lists[0].entries[0].note",
            text,
        ),
        (
            entry(r#""item":"A","place":1.5"#),
            "lists[0].entries[0].place",
            number,
        ),
        (
            entry(r#""item":"A","changed":"1""#),
            "lists[0].entries[0].changed",
            number,
        ),
        (
            list(r#""id":"l1","name":"A","entries":[],"removed":[{"item":"A"}]"#),
            "lists[0].removed[0].at",
            "missing",
        ),
        (
            list(r#""id":"l1","name":"A","entries":[],"removed":[{"item":" ","at":1}]"#),
            "lists[0].removed[0].item",
            item,
        ),
        (
            r#"{"version":2,"lists":[],"deleted":[{"id":"x y","at":1}]}"#.to_string(),
            "deleted[0].id",
            list_id,
        ),
        (
            r#"{"version":2,"lists":[],"deleted":{}}"#.to_string(),
            "deleted",
            "expected an array",
        ),
        (r#"["A",3]"#.to_string(), "[1]", text),
    ];
    for (raw, at, problem) in cases {
        assert_eq!(read(&raw), invalid(at, problem), "{raw}");
    }
}

#[test]
fn a_hand_written_version_2_reads_in_the_arrays_order() {
    let raw = r#"{"version":2,"lists":[{"id":"course","name":"Course","entries":[
        {"item":"S3-10b","note":"Day 2"},{"item":"DB-005"},{"item":"A-1"}]}]}"#;
    let mut shortlists = read(raw).unwrap();
    assert_eq!(items(&shortlists, "course"), ["S3-10b", "DB-005", "A-1"]);
    assert_eq!(shortlists.list("course").unwrap().entries[0].note, "Day 2");
    shortlists.add("course", "B-2").unwrap();
    shortlists.move_to("course", "B-2", 1).unwrap();
    assert_eq!(
        items(&shortlists, "course"),
        ["S3-10b", "B-2", "DB-005", "A-1"]
    );
}

#[test]
fn unknown_fields_are_ignored() {
    let raw = r#"{"version":2,"theme":"dark","lists":[{"id":"l1","name":"A","colour":1,
        "entries":[{"item":"DB-005","pinned":true}]}]}"#;
    assert_eq!(items(&read(raw).unwrap(), "l1"), ["DB-005"]);
}

#[test]
fn out_of_bounds_values_are_repaired_on_reading() {
    let long_name = "N".repeat(MAX_NAME_CHARS + 50);
    let long_note = "é".repeat(MAX_NOTE_CHARS + 50);
    let entries: Vec<String> = (0..MAX_ENTRIES + 5)
        .map(|n| format!(r#"{{"item":"P-{n}","note":"{long_note}"}}"#))
        .collect();
    let lists: Vec<String> = (0..MAX_LISTS + 3)
        .map(|n| {
            format!(
                r#"{{"id":"l{n}","name":"{long_name}","created":{n},"entries":[{}]}}"#,
                if n == 0 {
                    entries.join(",")
                } else {
                    String::new()
                }
            )
        })
        .collect();
    let raw = format!(r#"{{"version":2,"clock":0,"lists":[{}]}}"#, lists.join(","));
    let shortlists = read(&raw).unwrap();
    assert_eq!(shortlists.lists().len(), MAX_LISTS);
    let first = &shortlists.lists()[0];
    assert_eq!(first.id, "l0");
    assert_eq!(first.name.chars().count(), MAX_NAME_CHARS);
    assert_eq!(first.entries.len(), MAX_ENTRIES);
    assert!(first
        .entries
        .iter()
        .all(|entry| entry.note.chars().count() == MAX_NOTE_CHARS));
}

#[test]
fn a_clock_below_the_stamps_is_raised_on_reading() {
    let raw =
        r#"{"version":2,"clock":0,"lists":[{"id":"l1","name":"Old","named":1000,"entries":[]}]}"#;
    let before = read(raw).unwrap();
    let mut after = before.clone();
    after.rename("l1", "New").unwrap();
    assert_eq!(
        names(&merged(&before, &after)),
        ["New"],
        "the rename came after stamp 1000"
    );
}

#[test]
fn repeated_items_and_list_ids_are_merged_on_reading() {
    let raw = r#"{"version":2,"lists":[
        {"id":"l1","name":"A","named":1,"entries":[{"item":"X","place":1},{"item":"X","place":2},{"item":"Y","place":3}]},
        {"id":"l1","name":"B","named":2,"entries":[{"item":"Z","place":4}]}]}"#;
    let shortlists = read(raw).unwrap();
    assert_eq!(shortlists.lists().len(), 1);
    assert_eq!(shortlists.lists()[0].name, "B");
    assert_eq!(items(&shortlists, "l1"), ["X", "Y", "Z"]);
}

#[test]
fn unknown_profile_ids_are_kept_until_pruned() {
    let mut shortlists = read(r#"["DB-005","GONE-1","S3-10b"]"#).unwrap();
    assert_eq!(
        items(&shortlists, V1_LIST_ID),
        ["DB-005", "GONE-1", "S3-10b"]
    );
    let known = ["DB-005", "S3-10b"];
    assert_eq!(shortlists.retain_known(|id| known.contains(&id)), 1);
    assert_eq!(
        items(&stored(&shortlists), V1_LIST_ID),
        ["DB-005", "S3-10b"]
    );
}

#[test]
fn a_large_hostile_store_reads_quickly() {
    let entry =
        r#"{"item":"P-1","note":"n","place":18446744073709551615,"changed":18446744073709551615}"#;
    // About what a browser's local storage holds at most (5 MB), all repeats of one entry.
    let entries = vec![entry; 10_000].join(",");
    let removed = vec![r#"{"item":"R","at":5}"#; 10_000].join(",");
    let list = format!(r#"{{"id":"l1","name":"x","entries":[{entries}],"removed":[{removed}]}}"#);
    let raw = format!(
        r#"{{"version":2,"clock":18446744073709551615,"lists":[{}]}}"#,
        [list.as_str(); 4].join(",")
    );
    assert!(raw.len() > 4_000_000, "{}", raw.len());
    let started = Instant::now();
    let mut shortlists = read(&raw).unwrap();
    let elapsed = started.elapsed();
    assert!(elapsed.as_secs() < 5, "took {elapsed:?}");
    assert_eq!(items(&shortlists, "l1"), ["P-1"]);
    // A clock at its end stays there, and changes still work without panicking.
    shortlists.add("l1", "P-2").unwrap();
    shortlists.move_to("l1", "P-2", 0).unwrap();
    assert_eq!(items(&shortlists, "l1"), ["P-2", "P-1"]);
}

// ---- across tabs ----

#[test]
fn both_tabs_additions_are_kept_in_either_merge_direction() {
    let base = course(&["DB-005"]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    tab_a.add("l1", "X").unwrap();
    tab_b.add("l1", "Y").unwrap();

    let a_then_b = merged(&tab_a, &tab_b);
    let b_then_a = merged(&tab_b, &tab_a);
    for result in [&a_then_b, &b_then_a] {
        let held: BTreeSet<String> = items(result, "l1").into_iter().collect();
        assert_eq!(held, ["DB-005", "X", "Y"].map(String::from).into());
        assert_eq!(
            items(result, "l1")[0],
            "DB-005",
            "what both had comes first"
        );
    }
    assert_eq!(a_then_b, b_then_a, "both tabs end with the same");
}

#[test]
fn a_removal_reaches_an_idle_tab_instead_of_coming_back() {
    let base = course(&["DB-005", "S3-10b"]);
    let mut tab_a = stored(&base);
    let idle = stored(&base);
    tab_a.remove("l1", "DB-005").unwrap();
    let result = merged(&idle, &tab_a);
    assert_eq!(items(&result, "l1"), ["S3-10b"]);
    assert_eq!(result, merged(&tab_a, &idle));
}

#[test]
fn adding_again_after_another_tabs_removal_wins() {
    let base = course(&["DB-005"]);
    let mut tab_a = stored(&base);
    tab_a.remove("l1", "DB-005").unwrap();
    let mut tab_b = merged(&base, &tab_a);
    tab_b.add("l1", "DB-005").unwrap();
    assert_eq!(items(&merged(&tab_a, &tab_b), "l1"), ["DB-005"]);
}

#[test]
fn an_entry_changed_as_another_tab_removes_it_is_kept() {
    let base = course(&["DB-005"]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    tab_a.remove("l1", "DB-005").unwrap();
    tab_b.set_note("l1", "DB-005", "keep me").unwrap();
    for result in [merged(&tab_a, &tab_b), merged(&tab_b, &tab_a)] {
        assert_eq!(result.list("l1").unwrap().entries[0].note, "keep me");
    }
}

#[test]
fn renames_notes_and_moves_reach_an_idle_tab() {
    let base = course(&["A", "B", "C"]);
    let mut tab_a = stored(&base);
    let idle = stored(&base);
    tab_a.rename("l1", "Cebu").unwrap();
    tab_a.set_note("l1", "B", "Day 2").unwrap();
    tab_a.move_to("l1", "C", 0).unwrap();
    let result = merged(&idle, &tab_a);
    assert_eq!(result, tab_a);
    assert_eq!(names(&result), ["Cebu"]);
    assert_eq!(items(&result, "l1"), ["C", "A", "B"]);
}

#[test]
fn moves_of_different_entries_in_two_tabs_are_both_kept() {
    let base = course(&["A", "B", "C", "D"]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    tab_a.move_to("l1", "D", 0).unwrap();
    tab_b.move_to("l1", "A", 3).unwrap();
    for result in [merged(&tab_a, &tab_b), merged(&tab_b, &tab_a)] {
        assert_eq!(items(&result, "l1"), ["D", "B", "C", "A"]);
    }
}

#[test]
fn concurrent_renames_settle_on_one_name_in_both_tabs() {
    let base = course(&[]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    tab_a.rename("l1", "Manila").unwrap();
    tab_b.rename("l1", "Cebu").unwrap();
    assert_eq!(merged(&tab_a, &tab_b), merged(&tab_b, &tab_a));
    // And a rename made after seeing the other's wins.
    let mut tab_b = merged(&tab_b, &tab_a);
    tab_b.rename("l1", "Davao").unwrap();
    assert_eq!(names(&merged(&tab_a, &tab_b)), ["Davao"]);
}

#[test]
fn a_deleted_list_stays_deleted_even_with_additions_in_another_tab() {
    let base = course(&["DB-005"]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    tab_a.delete("l1").unwrap();
    tab_b.add("l1", "S3-10b").unwrap();
    tab_b.rename("l1", "Renamed").unwrap();
    for result in [merged(&tab_a, &tab_b), merged(&tab_b, &tab_a)] {
        assert!(result.is_empty(), "{result:?}");
    }
    // Nor can a new list in either tab take its id.
    let mut result = merged(&tab_b, &tab_a);
    assert_eq!(result.create("New", 1).unwrap(), "l2");
}

#[test]
fn lists_created_in_two_tabs_are_both_kept() {
    let base = course(&[]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    let manila = tab_a.create("Manila", 1_000).unwrap();
    let cebu = tab_b.create("Cebu", 2_000).unwrap();
    tab_a.add(&manila, "DB-005").unwrap();
    let result = merged(&tab_a, &tab_b);
    assert_eq!(result, merged(&tab_b, &tab_a));
    assert_eq!(result.lists().len(), 3);
    assert_eq!(items(&result, &manila), ["DB-005"]);
    assert!(result.list(&cebu).is_some());
}

#[test]
fn merging_keeps_the_caps() {
    let base = course(&[]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    for n in 0..300 {
        tab_a.add("l1", &format!("A-{n}")).unwrap();
        tab_b.add("l1", &format!("B-{n}")).unwrap();
    }
    for seed in 10..60 {
        let _ = tab_a.create("A", seed);
        let _ = tab_b.create("B", seed + 1_000);
    }
    let result = merged(&tab_a, &tab_b);
    assert_eq!(result.lists().len(), MAX_LISTS);
    assert_eq!(result.list("l1").unwrap().entries.len(), MAX_ENTRIES);
    assert_eq!(result, merged(&tab_b, &tab_a));
}

#[test]
fn merging_what_was_merged_or_nothing_changes_nothing() {
    let shortlists = manila();
    assert_eq!(merged(&shortlists, &shortlists), shortlists);
    assert_eq!(merged(&shortlists, &Shortlists::new()), shortlists);
    assert_eq!(merged(&Shortlists::new(), &shortlists), shortlists);
}

/// The view's rule, run between two tabs through storage text: `sender` saves, `receiver`
/// merges and saves when the result differs from what it received, and so on. Returns how
/// many saves followed the first.
fn exchange(sender: &mut Shortlists, receiver: &mut Shortlists) -> usize {
    let mut saved = sender.to_storage();
    for saves in 0..10 {
        let theirs = read(&saved).unwrap();
        receiver.merge(&theirs);
        if *receiver == theirs {
            return saves;
        }
        saved = receiver.to_storage();
        std::mem::swap(sender, receiver);
    }
    panic!("the tabs kept saving");
}

#[test]
fn the_save_rule_settles_two_tabs_after_one_exchange() {
    let base = course(&["DB-005"]);
    let mut tab_a = stored(&base);
    let mut tab_b = stored(&base);
    tab_a.add("l1", "X").unwrap();
    tab_b.add("l1", "Y").unwrap();
    tab_b.move_to("l1", "Y", 0).unwrap();
    assert_eq!(exchange(&mut tab_a, &mut tab_b), 1);
    assert_eq!(tab_a, tab_b);
    assert_eq!(items(&tab_a, "l1"), ["Y", "DB-005", "X"]);
}

// ---- share links ----

fn list_of(name: &str, list_items: &[&str]) -> Shortlist {
    let mut shortlists = Shortlists::new();
    let id = shortlists.create(name, 1).unwrap();
    for item in list_items {
        shortlists.add(&id, item).unwrap();
    }
    shortlists.lists()[0].clone()
}

#[test]
fn share_query_carries_the_name_and_items_percent_encoded() {
    let mut shortlists = Shortlists::new();
    let id = shortlists
        .create("Manila & Cebu: 100% fees, + visas", 1)
        .unwrap();
    shortlists.add(&id, "DB-005").unwrap();
    shortlists.add(&id, "S3-10b").unwrap();
    shortlists.add(&id, "ع 1").unwrap();
    shortlists.set_note(&id, "DB-005", "private").unwrap();
    assert_eq!(
        share_query(shortlists.list(&id).unwrap()),
        "list=Manila+%26+Cebu:+100%25+fees%2C+%2B+visas&items=DB-005,S3-10b,%D8%B9+1"
    );
}

#[test]
fn share_query_of_an_empty_list_is_its_name_only() {
    assert_eq!(share_query(&list_of("Empty", &[])), "list=Empty");
    assert_eq!(
        parse_shared("list=Empty"),
        Some(SharedList {
            name: "Empty".into(),
            items: vec![]
        })
    );
}

#[test]
fn parse_shared_reads_a_whole_view_link_and_ignores_other_parameters() {
    let shared = parse_shared("?view=shortlist&lang=fr&list=Course&q=x&items=A,B&page=2").unwrap();
    assert_eq!(shared.name, "Course");
    assert_eq!(shared.items, ["A", "B"]);
    assert_eq!(
        mflm_core::url::decode("?view=shortlist&list=Course&items=A,B").page,
        mflm_core::query::Page::Shortlist,
        "the URL codec ignores the list's parameters"
    );
}

#[test]
fn parse_shared_is_none_without_a_name_or_an_item() {
    for query in [
        "",
        "?",
        "view=shortlist",
        "list=",
        "list=++&items=",
        "items=,,",
        "list",
    ] {
        assert_eq!(parse_shared(query), None, "{query:?}");
    }
    assert_eq!(
        parse_shared("items=A").unwrap().name,
        "",
        "the view names it"
    );
}

#[test]
fn parse_shared_decodes_like_the_url_codec() {
    let shared = parse_shared("list=Day%201+fees%zz%FF&items=%41-1,B%2C2,%E2%82").unwrap();
    assert_eq!(shared.name, "Day 1 fees%zz\u{fffd}");
    assert_eq!(
        shared.items,
        ["A-1", "\u{fffd}"],
        "an item with a comma is not one"
    );
}

#[test]
fn parse_shared_keeps_the_last_name_and_every_items_parameter() {
    let shared = parse_shared("list=One&items=A,B&list=Two&list=&items=B,C").unwrap();
    assert_eq!(shared.name, "Two");
    assert_eq!(shared.items, ["A", "B", "C"]);
}

#[test]
fn parse_shared_caps_hostile_links() {
    let too_long = "x".repeat(MAX_ITEM_CHARS + 1);
    let many: Vec<String> = (0..MAX_ENTRIES + 50).map(|n| format!("P-{n}")).collect();
    let query = format!(
        "list={}&items={too_long},,%20,{}",
        "%D8%B9".repeat(10_000),
        many.join(",")
    );
    let shared = parse_shared(&query).unwrap();
    assert_eq!(shared.name, "ع".repeat(MAX_NAME_CHARS));
    assert_eq!(shared.items.len(), MAX_ENTRIES);
    assert_eq!(shared.items[0], "P-0");
}

#[test]
fn a_megabyte_hostile_link_parses_quickly() {
    let mut hostile = String::from("?");
    while hostile.len() < 1_000_000 {
        hostile.push_str("items=%E2%82,,%zz,");
        hostile.push_str(&"%41".repeat(400));
        hostile.push_str("&list=%FF%&&=&%=%&items=");
        hostile.push_str(&",".repeat(200));
        hostile.push('&');
    }
    let started = Instant::now();
    let shared = parse_shared(&hostile);
    let elapsed = started.elapsed();
    assert!(elapsed.as_millis() < 1_000, "took {elapsed:?}");
    let shared = shared.unwrap();
    assert!(shared.items.len() <= MAX_ENTRIES);
    assert!(shared.name.chars().count() <= MAX_NAME_CHARS);
}

#[test]
fn a_shared_list_imports_as_a_new_list() {
    let shared = parse_shared(&share_query(&list_of("From Ana", &["S3-10b", "DB-005"]))).unwrap();
    let mut shortlists = course(&["X"]);
    let id = shortlists.import_shared(&shared, 99).unwrap();
    assert_eq!(names(&shortlists), ["Course", "From Ana"]);
    assert_eq!(items(&shortlists, &id), ["S3-10b", "DB-005"]);
    assert_eq!(
        shortlists.import_shared(&SharedList::default(), 100),
        Err(ChangeError::BlankName)
    );
}

// ---- properties ----

/// Chars that exercise the encoders and the JSON: structural ones, non-ASCII, anything.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '%', '+', '&', '=', ',', ':', ' ', '#', '?', '"', '\\', '\n', '\0', 'ع', '移', '€',
            '\u{200b}', 'a', 'Z', '1',
        ]),
        2 => any::<char>(),
    ]
}

fn text(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any_char(), 0..=max_chars).prop_map(String::from_iter)
}

/// Any name `create` accepts (it cleans it): something besides spaces and control characters.
fn name() -> impl Strategy<Value = String> {
    text(100).prop_filter("a name", |name| {
        name.chars().any(|c| !c.is_whitespace() && !c.is_control())
    })
}

/// Any profile id `add` accepts: not blank, no comma, at most MAX_ITEM_CHARS chars.
fn item_id() -> impl Strategy<Value = String> {
    prop::collection::vec(
        any_char().prop_filter("no comma", |c| *c != ','),
        1..=MAX_ITEM_CHARS,
    )
    .prop_map(String::from_iter)
    .prop_filter("not blank", |id| !id.trim().is_empty())
}

/// A change a trainer makes in one tab. Lists and items are picked by number from what the
/// tab has and a small pool, so the two tabs often touch the same ones.
#[derive(Debug, Clone)]
enum Change {
    Create(u64),
    Rename(usize, usize),
    Delete(usize),
    Add(usize, usize),
    Remove(usize, usize),
    MoveTo(usize, usize, usize),
    Note(usize, usize, usize),
    Clear(usize),
}

const POOL: [&str; 6] = ["DB-005", "S3-10b", "A-1", "B-2", "C-3", "D-4"];
const WORDS: [&str; 3] = ["Manila", "Cebu", ""];

fn change() -> impl Strategy<Value = Change> {
    let n = || 0..8usize;
    prop_oneof![
        1 => (0..4u64).prop_map(Change::Create),
        1 => (n(), n()).prop_map(|(l, w)| Change::Rename(l, w)),
        1 => n().prop_map(Change::Delete),
        5 => (n(), n()).prop_map(|(l, i)| Change::Add(l, i)),
        3 => (n(), n()).prop_map(|(l, i)| Change::Remove(l, i)),
        3 => (n(), n(), n()).prop_map(|(l, i, to)| Change::MoveTo(l, i, to)),
        2 => (n(), n(), n()).prop_map(|(l, i, w)| Change::Note(l, i, w)),
        1 => n().prop_map(Change::Clear),
    ]
}

/// Applies `change`; refusals are part of the game. Returns the (list, item) it touched, or
/// the list for list-wide changes, to know what another tab's merge may override.
fn apply(shortlists: &mut Shortlists, change: &Change) -> Option<(String, Option<String>)> {
    let list = |n: usize| {
        let lists = shortlists.lists();
        (!lists.is_empty()).then(|| lists[n % lists.len()].id.clone())
    };
    let item = |n: usize| POOL[n % POOL.len()].to_string();
    let word = |n: usize| WORDS[n % WORDS.len()];
    match *change {
        Change::Create(seed) => {
            let _ = shortlists.create("New", seed);
            None
        }
        Change::Rename(l, w) => {
            let id = list(l)?;
            let _ = shortlists.rename(&id, word(w));
            Some((id, None))
        }
        Change::Delete(l) => {
            let id = list(l)?;
            let _ = shortlists.delete(&id);
            Some((id, None))
        }
        Change::Clear(l) => {
            let id = list(l)?;
            let _ = shortlists.clear(&id);
            Some((id, None))
        }
        Change::Add(l, i) => {
            let id = list(l)?;
            let _ = shortlists.add(&id, &item(i));
            Some((id, Some(item(i))))
        }
        Change::Remove(l, i) => {
            let id = list(l)?;
            let _ = shortlists.remove(&id, &item(i));
            Some((id, Some(item(i))))
        }
        Change::MoveTo(l, i, to) => {
            let id = list(l)?;
            let _ = shortlists.move_to(&id, &item(i), to);
            Some((id, Some(item(i))))
        }
        Change::Note(l, i, w) => {
            let id = list(l)?;
            let _ = shortlists.set_note(&id, &item(i), word(w));
            Some((id, Some(item(i))))
        }
    }
}

fn apply_all(shortlists: &mut Shortlists, changes: &[Change]) -> Vec<(String, Option<String>)> {
    changes
        .iter()
        .filter_map(|change| apply(shortlists, change))
        .collect()
}

fn changes(max: usize) -> impl Strategy<Value = Vec<Change>> {
    prop::collection::vec(change(), 0..max)
}

proptest! {
    #[test]
    fn shared_list_round_trips_any_name_and_ids(
        name in name(),
        ids in prop::collection::vec(item_id(), 0..10),
    ) {
        let mut shortlists = Shortlists::new();
        let id = shortlists.create(&name, 1).unwrap();
        for item in &ids {
            shortlists.add(&id, item).unwrap();
        }
        let list = shortlists.list(&id).unwrap();
        let query = share_query(list);
        prop_assert!(query.is_ascii() && !query.contains('#') && !query.contains(' '));
        let shared = parse_shared(&query).unwrap();
        prop_assert_eq!(&shared.name, &list.name);
        prop_assert_eq!(shared.items, list.items().map(String::from).collect::<Vec<_>>());
    }

    #[test]
    fn any_link_parses_without_panic_within_the_caps(query in prop_oneof![
        any::<String>(),
        prop::collection::vec(
            prop_oneof![
                Just("list=".to_string()),
                Just("items=".to_string()),
                Just("&".to_string()),
                Just(",".to_string()),
                Just("%".to_string()),
                Just("%E2%82".to_string()),
                text(8),
            ],
            0..30,
        ).prop_map(|pieces| pieces.concat()),
    ]) {
        if let Some(shared) = parse_shared(&query) {
            prop_assert!(shared.name.chars().count() <= MAX_NAME_CHARS);
            prop_assert!(shared.items.len() <= MAX_ENTRIES);
            prop_assert!(shared.items.iter().all(|item| !item.contains(',')));
            prop_assert!(!shared.name.is_empty() || !shared.items.is_empty());
        }
    }

    #[test]
    fn any_text_reads_from_storage_without_panic(raw in prop_oneof![
        any::<String>(),
        text(40).prop_map(|t| format!(r#"{{"version":2,"lists":[{{"id":"l1","name":{t:?},"entries":[]}}]}}"#)),
        text(40).prop_map(|t| format!("[{t:?}]")),
    ]) {
        let _ = read(&raw);
    }

    #[test]
    fn any_names_notes_and_ids_survive_storage(
        name in name(),
        entries in prop::collection::vec((item_id(), text(60)), 0..10),
    ) {
        let mut shortlists = Shortlists::new();
        let id = shortlists.create(&name, 1).unwrap();
        for (item, note) in &entries {
            shortlists.add(&id, item).unwrap();
            shortlists.set_note(&id, item, note).unwrap();
        }
        prop_assert_eq!(stored(&shortlists), shortlists);
    }

    #[test]
    fn any_changes_read_back_equal_from_storage(changes in changes(40)) {
        let mut shortlists = course(&["DB-005"]);
        apply_all(&mut shortlists, &changes);
        prop_assert_eq!(stored(&shortlists), shortlists);
    }

    #[test]
    fn merging_is_symmetric_and_settles(
        shared_start in changes(15),
        in_a in changes(15),
        in_b in changes(15),
    ) {
        let mut base = course(&["DB-005", "S3-10b"]);
        apply_all(&mut base, &shared_start);
        let mut tab_a = stored(&base);
        let mut tab_b = stored(&base);
        apply_all(&mut tab_a, &in_a);
        apply_all(&mut tab_b, &in_b);

        let a_then_b = merged(&tab_a, &tab_b);
        prop_assert_eq!(&a_then_b, &merged(&tab_b, &tab_a));
        prop_assert_eq!(&merged(&tab_a, &a_then_b), &a_then_b);
        prop_assert_eq!(&merged(&a_then_b, &tab_b), &a_then_b);

        let (mut sender, mut receiver) = (tab_a, tab_b);
        prop_assert!(exchange(&mut sender, &mut receiver) <= 1);
        prop_assert_eq!(&sender, &receiver);
        prop_assert_eq!(&sender, &a_then_b);
    }

    #[test]
    fn merging_keeps_what_one_tab_holds_and_the_other_left_alone(
        shared_start in changes(15),
        in_a in changes(15),
        in_b in changes(15),
    ) {
        let mut base = course(&["DB-005", "S3-10b"]);
        apply_all(&mut base, &shared_start);
        let mut tab_a = stored(&base);
        let mut tab_b = stored(&base);
        apply_all(&mut tab_a, &in_a);
        let touched_in_b = apply_all(&mut tab_b, &in_b);
        let result = merged(&tab_a, &tab_b);
        for list in tab_a.lists() {
            if touched_in_b.iter().any(|(l, item)| *l == list.id && item.is_none()) {
                continue;
            }
            for entry in &list.entries {
                let left_alone = !touched_in_b
                    .iter()
                    .any(|(l, item)| *l == list.id && item.as_deref() == Some(&entry.item));
                if left_alone {
                    prop_assert!(
                        result.contains(&list.id, &entry.item),
                        "{} lost from {}", entry.item, list.id
                    );
                }
            }
        }
    }
}

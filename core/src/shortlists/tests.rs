//! Unit tests of the shortlists: one per operation, plus the share-link encoding checked
//! against the URL codec's.

use super::*;
use crate::query::{Page, ViewState};
use proptest::prelude::*;

/// A shortlists with one list, "Course", holding `items` in order; and that list's id.
fn course(items: &[&str]) -> (Shortlists, String) {
    let mut shortlists = Shortlists::new();
    let id = shortlists.create("Course", 7).unwrap();
    for item in items {
        shortlists.add(&id, item).unwrap();
    }
    (shortlists, id)
}

fn items(shortlists: &Shortlists, list: &str) -> Vec<String> {
    shortlists
        .list(list)
        .unwrap()
        .items()
        .map(String::from)
        .collect()
}

fn removed(shortlists: &Shortlists, list: &str) -> Vec<String> {
    let list = shortlists.list(list).unwrap();
    list.removed
        .iter()
        .map(|removed| removed.key.clone())
        .collect()
}

/// Entries in strictly increasing places, as every change must leave them.
fn places_increase(shortlists: &Shortlists) -> bool {
    shortlists.lists.iter().all(|list| {
        list.entries
            .windows(2)
            .all(|pair| pair[0].place < pair[1].place)
    })
}

// ---- create ----

#[test]
fn create_names_the_list_and_makes_its_id_from_the_seed() {
    let mut shortlists = Shortlists::new();
    let id = shortlists.create("  Manila course ", 36 * 36 + 35).unwrap();
    assert_eq!(id, "l10z");
    let list = shortlists.list(&id).unwrap();
    assert_eq!(list.name, "Manila course");
    assert!(list.entries.is_empty());
    assert_eq!(shortlists.lists().len(), 1);
    assert!(!shortlists.is_empty());
}

#[test]
fn create_never_reuses_an_id_in_use_or_deleted() {
    let mut shortlists = Shortlists::new();
    assert_eq!(shortlists.create("A", 0).unwrap(), "l0");
    assert_eq!(shortlists.create("B", 0).unwrap(), "l1");
    shortlists.delete("l1").unwrap();
    assert_eq!(shortlists.create("C", 1).unwrap(), "l2");
    assert_eq!(shortlists.create("D", u64::MAX).unwrap(), "l3w5e11264sgsf");
    // The next seeds up wrap to 0: l0 is in use, l1 deleted, l2 in use.
    assert_eq!(shortlists.create("E", u64::MAX).unwrap(), "l3");
}

#[test]
fn create_refuses_blank_names_and_lists_beyond_the_cap() {
    let mut shortlists = Shortlists::new();
    assert_eq!(shortlists.create(" \t\n", 1), Err(ChangeError::BlankName));
    for seed in 0..MAX_LISTS as u64 {
        shortlists.create("List", seed).unwrap();
    }
    assert_eq!(
        shortlists.create("One more", 99),
        Err(ChangeError::TooManyLists)
    );
    assert_eq!(shortlists.lists().len(), MAX_LISTS);
}

#[test]
fn long_names_are_cut_on_a_char_boundary_and_kept_on_one_line() {
    let mut shortlists = Shortlists::new();
    let long = shortlists.create(&"é".repeat(200), 1).unwrap();
    assert_eq!(
        shortlists.list(&long).unwrap().name,
        "é".repeat(MAX_NAME_CHARS)
    );
    let lines = shortlists.create("Day 1\nfees\tand visas", 2).unwrap();
    assert_eq!(
        shortlists.list(&lines).unwrap().name,
        "Day 1 fees and visas"
    );
    let spaced = format!("{}  tail", "a".repeat(MAX_NAME_CHARS - 1));
    let cut = shortlists.create(&spaced, 3).unwrap();
    assert_eq!(
        shortlists.list(&cut).unwrap().name,
        "a".repeat(MAX_NAME_CHARS - 1)
    );
}

#[test]
fn lists_are_kept_oldest_first() {
    let mut shortlists = Shortlists::new();
    shortlists.create("First", 9).unwrap();
    shortlists.create("Second", 1).unwrap();
    let names: Vec<&str> = shortlists.lists().iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["First", "Second"]);
}

// ---- rename ----

#[test]
fn rename_changes_the_name_only() {
    let (mut shortlists, id) = course(&["DB-005"]);
    shortlists.rename(&id, " Cebu course ").unwrap();
    let list = shortlists.list(&id).unwrap();
    assert_eq!(list.name, "Cebu course");
    assert_eq!(list.id, id);
    assert_eq!(list.named, shortlists.clock);
    assert_eq!(items(&shortlists, &id), ["DB-005"]);
}

#[test]
fn rename_refuses_blank_names_and_unknown_lists() {
    let (mut shortlists, id) = course(&[]);
    assert_eq!(shortlists.rename(&id, "  "), Err(ChangeError::BlankName));
    assert_eq!(
        shortlists.rename("l999", "Name"),
        Err(ChangeError::NoSuchList("l999".into()))
    );
    assert_eq!(shortlists.list(&id).unwrap().name, "Course");
}

// ---- delete ----

#[test]
fn delete_removes_the_list_and_remembers_its_id() {
    let (mut shortlists, id) = course(&["DB-005"]);
    let other = shortlists.create("Other", 100).unwrap();
    shortlists.delete(&id).unwrap();
    assert!(shortlists.list(&id).is_none());
    assert_eq!(shortlists.lists().len(), 1);
    assert_eq!(shortlists.lists()[0].id, other);
    assert_eq!(shortlists.deleted[0].key, id);
    assert_eq!(shortlists.deleted[0].at, shortlists.clock);
}

#[test]
fn delete_refuses_an_unknown_list() {
    let (mut shortlists, id) = course(&[]);
    shortlists.delete(&id).unwrap();
    assert_eq!(shortlists.delete(&id), Err(ChangeError::NoSuchList(id)));
}

#[test]
fn deleted_list_ids_are_capped_newest_kept() {
    let mut shortlists = Shortlists::new();
    for seed in 0..(MAX_DELETED_LISTS as u64 + 10) {
        let id = shortlists.create("Short-lived", seed).unwrap();
        shortlists.delete(&id).unwrap();
    }
    assert_eq!(shortlists.deleted.len(), MAX_DELETED_LISTS);
    assert_eq!(shortlists.deleted[0].key, format!("l{}", base36(10)));
}

// ---- add ----

#[test]
fn add_appends_in_order() {
    let (shortlists, id) = course(&["DB-005", "S3-10b", "A-1"]);
    assert_eq!(items(&shortlists, &id), ["DB-005", "S3-10b", "A-1"]);
    assert!(places_increase(&shortlists));
    assert_eq!(shortlists.list(&id).unwrap().entries[0].note, "");
}

#[test]
fn add_keeps_an_item_once() {
    let (mut shortlists, id) = course(&["DB-005", "S3-10b"]);
    let before = shortlists.clone();
    shortlists.add(&id, "DB-005").unwrap();
    assert_eq!(shortlists, before);
}

#[test]
fn add_refuses_what_is_not_a_profile_id() {
    let (mut shortlists, id) = course(&[]);
    let too_long = "x".repeat(MAX_ITEM_CHARS + 1);
    for bad in ["", "  ", "A,B", too_long.as_str()] {
        assert!(
            matches!(shortlists.add(&id, bad), Err(ChangeError::InvalidItem(_))),
            "{bad:?}"
        );
    }
    assert_eq!(
        shortlists.add(&id, &too_long),
        Err(ChangeError::InvalidItem("x".repeat(MAX_ITEM_CHARS)))
    );
    shortlists.add(&id, &"ع".repeat(MAX_ITEM_CHARS)).unwrap();
    shortlists.add(&id, "unknown-but-fine").unwrap();
    assert_eq!(shortlists.list(&id).unwrap().entries.len(), 2);
}

#[test]
fn add_refuses_a_full_list_and_an_unknown_list() {
    let (mut shortlists, id) = course(&[]);
    for n in 0..MAX_ENTRIES {
        shortlists.add(&id, &format!("P-{n}")).unwrap();
    }
    assert_eq!(
        shortlists.add(&id, "P-new"),
        Err(ChangeError::ListFull(id.clone()))
    );
    assert_eq!(
        shortlists.add(&id, "P-0"),
        Ok(()),
        "already there: nothing to refuse"
    );
    assert_eq!(
        shortlists.add("nope", "P-1"),
        Err(ChangeError::NoSuchList("nope".into()))
    );
}

#[test]
fn adding_when_places_run_out_renumbers_the_list() {
    let (mut shortlists, id) = course(&["A", "B"]);
    shortlists.lists[0].entries[1].place = MAX_PLACE - 1;
    shortlists.add(&id, "C").unwrap();
    assert_eq!(items(&shortlists, &id), ["A", "B", "C"]);
    let places: Vec<u64> = shortlists.lists[0]
        .entries
        .iter()
        .map(|e| e.place)
        .collect();
    assert_eq!(
        places,
        [place_of_index(0), place_of_index(1), place_of_index(2)]
    );
}

// ---- remove, clear ----

#[test]
fn remove_drops_the_entry_and_its_note_and_remembers_it() {
    let (mut shortlists, id) = course(&["DB-005", "S3-10b", "A-1"]);
    shortlists.set_note(&id, "S3-10b", "Day 2").unwrap();
    shortlists.remove(&id, "S3-10b").unwrap();
    assert_eq!(items(&shortlists, &id), ["DB-005", "A-1"]);
    assert_eq!(removed(&shortlists, &id), ["S3-10b"]);
    shortlists.add(&id, "S3-10b").unwrap();
    assert_eq!(
        shortlists.list(&id).unwrap().entry("S3-10b").unwrap().note,
        ""
    );
}

#[test]
fn remove_of_an_absent_item_changes_nothing() {
    let (mut shortlists, id) = course(&["DB-005"]);
    let before = shortlists.clone();
    shortlists.remove(&id, "S3-10b").unwrap();
    assert_eq!(shortlists, before);
    assert_eq!(
        shortlists.remove("nope", "DB-005"),
        Err(ChangeError::NoSuchList("nope".into()))
    );
}

#[test]
fn adding_again_after_removing_forgets_the_removal() {
    let (mut shortlists, id) = course(&["DB-005", "S3-10b"]);
    shortlists.remove(&id, "DB-005").unwrap();
    shortlists.add(&id, "DB-005").unwrap();
    assert_eq!(items(&shortlists, &id), ["S3-10b", "DB-005"]);
    assert!(removed(&shortlists, &id).is_empty());
}

#[test]
fn removals_remembered_are_capped_newest_kept() {
    let (mut shortlists, id) = course(&[]);
    for n in 0..MAX_REMOVED_PER_LIST + 3 {
        let item = format!("P-{n}");
        shortlists.add(&id, &item).unwrap();
        shortlists.remove(&id, &item).unwrap();
    }
    let remembered = removed(&shortlists, &id);
    assert_eq!(remembered.len(), MAX_REMOVED_PER_LIST);
    assert_eq!(remembered[0], "P-3");
}

#[test]
fn clear_removes_every_entry_and_remembers_them() {
    let (mut shortlists, id) = course(&["DB-005", "S3-10b"]);
    shortlists.clear(&id).unwrap();
    assert!(shortlists.list(&id).unwrap().entries.is_empty());
    assert_eq!(removed(&shortlists, &id), ["DB-005", "S3-10b"]);
    let before = shortlists.clone();
    shortlists.clear(&id).unwrap();
    assert_eq!(shortlists, before);
}

// ---- moves ----

#[test]
fn move_to_puts_the_item_at_the_index() {
    let (mut shortlists, id) = course(&["A", "B", "C", "D"]);
    shortlists.move_to(&id, "D", 1).unwrap();
    assert_eq!(items(&shortlists, &id), ["A", "D", "B", "C"]);
    shortlists.move_to(&id, "A", 2).unwrap();
    assert_eq!(items(&shortlists, &id), ["D", "B", "A", "C"]);
    shortlists.move_to(&id, "C", 0).unwrap();
    assert_eq!(items(&shortlists, &id), ["C", "D", "B", "A"]);
    assert!(places_increase(&shortlists));
}

#[test]
fn move_to_an_index_past_the_end_means_last() {
    let (mut shortlists, id) = course(&["A", "B", "C"]);
    shortlists.move_to(&id, "A", usize::MAX).unwrap();
    assert_eq!(items(&shortlists, &id), ["B", "C", "A"]);
    let before = shortlists.clone();
    shortlists.move_to(&id, "A", 99).unwrap();
    assert_eq!(shortlists, before, "already last: nothing changes");
}

#[test]
fn move_up_and_down_swap_neighbours_and_stop_at_the_ends() {
    let (mut shortlists, id) = course(&["A", "B", "C"]);
    shortlists.move_up(&id, "B").unwrap();
    assert_eq!(items(&shortlists, &id), ["B", "A", "C"]);
    shortlists.move_down(&id, "B").unwrap();
    assert_eq!(items(&shortlists, &id), ["A", "B", "C"]);
    let before = shortlists.clone();
    shortlists.move_up(&id, "A").unwrap();
    shortlists.move_down(&id, "C").unwrap();
    assert_eq!(shortlists, before);
}

#[test]
fn moving_refuses_items_not_in_the_list() {
    let (mut shortlists, id) = course(&["A"]);
    let not_in_list = Err(ChangeError::NotInList {
        list: id.clone(),
        item: "Z".into(),
    });
    assert_eq!(shortlists.move_to(&id, "Z", 0), not_in_list);
    assert_eq!(shortlists.move_up(&id, "Z"), not_in_list);
    assert_eq!(shortlists.move_down(&id, "Z"), not_in_list);
    assert_eq!(
        shortlists.move_up("nope", "A"),
        Err(ChangeError::NoSuchList("nope".into()))
    );
}

#[test]
fn many_moves_into_one_gap_renumber_the_list_and_keep_the_order() {
    let (mut shortlists, id) = course(&["A", "B", "C", "D"]);
    let mut expected: Vec<String> = items(&shortlists, &id);
    // Always into the gap after the first entry: halves it until it must renumber.
    let mut renumbered = 0;
    for round in 0..200 {
        let item = expected[if round % 2 == 0 { 3 } else { 2 }].clone();
        shortlists.move_to(&id, &item, 1).unwrap();
        let from = expected.iter().position(|x| *x == item).unwrap();
        let moved = expected.remove(from);
        expected.insert(1, moved);
        assert_eq!(items(&shortlists, &id), expected, "round {round}");
        assert!(places_increase(&shortlists));
        let entries = &shortlists.lists[0].entries;
        if entries
            .iter()
            .all(|entry| entry.changed == shortlists.clock)
        {
            renumbered += 1;
        }
    }
    assert!(renumbered >= 5, "renumbered {renumbered} times");
    // And to the top, many times over.
    for round in 0..100 {
        let item = expected[3].clone();
        shortlists.move_to(&id, &item, 0).unwrap();
        let moved = expected.remove(3);
        expected.insert(0, moved);
        assert_eq!(
            items(&shortlists, &id),
            expected,
            "to the top, round {round}"
        );
    }
}

#[test]
fn place_between_finds_a_place_strictly_inside_or_none() {
    assert_eq!(place_between(None, None), Some(FIRST_PLACE));
    assert_eq!(place_between(Some(10), None), Some(10 + PLACE_STEP));
    assert_eq!(place_between(Some(MAX_PLACE), None), None);
    assert_eq!(place_between(None, Some(PLACE_STEP + 5)), Some(5));
    assert_eq!(place_between(None, Some(9)), Some(4));
    assert_eq!(place_between(None, Some(0)), None);
    assert_eq!(place_between(Some(10), Some(20)), Some(15));
    assert_eq!(place_between(Some(10), Some(11)), None);
    assert_eq!(place_between(Some(10), Some(10)), None);
    assert_eq!(place_between(Some(20), Some(10)), None);
}

// ---- notes ----

#[test]
fn set_note_trims_and_cuts_the_note_and_keeps_line_breaks() {
    let (mut shortlists, id) = course(&["DB-005"]);
    shortlists
        .set_note(&id, "DB-005", "  Day 1:\nfees \n")
        .unwrap();
    assert_eq!(
        shortlists.list(&id).unwrap().entries[0].note,
        "Day 1:\nfees"
    );
    shortlists
        .set_note(&id, "DB-005", &"移".repeat(900))
        .unwrap();
    let note = &shortlists.list(&id).unwrap().entries[0].note;
    assert_eq!(note.chars().count(), MAX_NOTE_CHARS);
    shortlists.set_note(&id, "DB-005", "   ").unwrap();
    assert_eq!(shortlists.list(&id).unwrap().entries[0].note, "");
}

#[test]
fn set_note_refuses_items_not_in_the_list() {
    let (mut shortlists, id) = course(&["DB-005"]);
    assert_eq!(
        shortlists.set_note(&id, "S3-10b", "x"),
        Err(ChangeError::NotInList {
            list: id.clone(),
            item: "S3-10b".into()
        })
    );
    assert_eq!(
        shortlists.set_note("nope", "DB-005", "x"),
        Err(ChangeError::NoSuchList("nope".into()))
    );
}

// ---- look-ups ----

#[test]
fn contains_and_lists_holding_look_across_lists() {
    let (mut shortlists, manila) = course(&["DB-005", "S3-10b"]);
    let cebu = shortlists.create("Cebu", 8).unwrap();
    shortlists.add(&cebu, "S3-10b").unwrap();
    assert!(shortlists.contains(&manila, "DB-005"));
    assert!(!shortlists.contains(&cebu, "DB-005"));
    assert!(!shortlists.contains("nope", "DB-005"));
    let holding = |item| -> Vec<String> {
        shortlists
            .lists_holding(item)
            .iter()
            .map(|l| l.id.clone())
            .collect()
    };
    assert_eq!(holding("S3-10b"), [manila.as_str(), cebu.as_str()]);
    assert_eq!(holding("DB-005"), [manila.as_str()]);
    assert!(holding("A-1").is_empty());
    let list = shortlists.list(&manila).unwrap();
    assert_eq!(list.position("S3-10b"), Some(1));
    assert_eq!(
        list.entry("DB-005").map(|e| e.item.as_str()),
        Some("DB-005")
    );
}

// ---- retain_known ----

#[test]
fn retain_known_prunes_only_unknown_items_and_remembers_it() {
    let (mut shortlists, manila) = course(&["DB-005", "OLD-1", "S3-10b"]);
    let cebu = shortlists.create("Cebu", 8).unwrap();
    shortlists.add(&cebu, "OLD-2").unwrap();
    let known = ["DB-005", "S3-10b"];
    assert_eq!(shortlists.retain_known(|id| known.contains(&id)), 2);
    assert_eq!(items(&shortlists, &manila), ["DB-005", "S3-10b"]);
    assert!(items(&shortlists, &cebu).is_empty());
    assert_eq!(removed(&shortlists, &manila), ["OLD-1"]);
    let before = shortlists.clone();
    assert_eq!(shortlists.retain_known(|id| known.contains(&id)), 0);
    assert_eq!(shortlists, before, "nothing to prune: no stamp taken");
}

// ---- import_shared ----

#[test]
fn import_shared_creates_a_list_with_the_links_name_and_items() {
    let mut shortlists = Shortlists::new();
    let shared = SharedList {
        name: "From Ana".into(),
        items: vec!["S3-10b".into(), "bad,one".into(), "DB-005".into()],
    };
    let id = shortlists.import_shared(&shared, 5).unwrap();
    assert_eq!(shortlists.list(&id).unwrap().name, "From Ana");
    assert_eq!(items(&shortlists, &id), ["S3-10b", "DB-005"]);
    let unnamed = SharedList {
        name: " ".into(),
        items: vec!["A".into()],
    };
    assert_eq!(
        shortlists.import_shared(&unnamed, 6),
        Err(ChangeError::BlankName)
    );
}

#[test]
fn import_shared_keeps_the_first_entries_up_to_the_cap() {
    let mut shortlists = Shortlists::new();
    let shared = SharedList {
        name: "Big".into(),
        items: (0..MAX_ENTRIES + 20).map(|n| format!("P-{n}")).collect(),
    };
    let id = shortlists.import_shared(&shared, 5).unwrap();
    let kept = items(&shortlists, &id);
    assert_eq!(kept.len(), MAX_ENTRIES);
    assert_eq!(kept.last().map(String::as_str), Some("P-499"));
}

// ---- stamps ----

#[test]
fn every_change_takes_the_next_stamp_and_no_op_changes_take_none() {
    let (mut shortlists, id) = course(&["A", "B"]);
    assert_eq!(shortlists.clock, 3, "create, add, add");
    shortlists.move_down(&id, "A").unwrap();
    shortlists.set_note(&id, "A", "n").unwrap();
    shortlists.rename(&id, "New").unwrap();
    shortlists.remove(&id, "B").unwrap();
    assert_eq!(shortlists.clock, 7);
    shortlists.add(&id, "A").unwrap();
    shortlists.remove(&id, "B").unwrap();
    shortlists.set_note(&id, "A", "n").unwrap();
    shortlists.rename(&id, "New").unwrap();
    shortlists.move_up(&id, "A").unwrap();
    assert_eq!(shortlists.clock, 7);
}

#[test]
fn refused_changes_leave_everything_as_it_was() {
    let (mut shortlists, id) = course(&["A"]);
    let before = shortlists.clone();
    let refused = [
        shortlists.rename("nope", "X"),
        shortlists.rename(&id, ""),
        shortlists.delete("nope"),
        shortlists.add("nope", "B"),
        shortlists.add(&id, ""),
        shortlists.remove("nope", "A"),
        shortlists.clear("nope"),
        shortlists.move_to(&id, "Z", 0),
        shortlists.set_note(&id, "Z", "x"),
        shortlists.create("", 1).map(drop),
    ];
    assert!(refused.iter().all(Result::is_err));
    assert_eq!(shortlists, before);
}

#[test]
fn ids_are_base_36() {
    assert_eq!(base36(0), "0");
    assert_eq!(base36(35), "z");
    assert_eq!(base36(36), "10");
    assert_eq!(base36(u64::MAX), "3w5e11264sgsf");
}

// ---- errors read well ----

#[test]
fn errors_say_what_and_where() {
    let error = ChangeError::NotInList {
        list: "l1".into(),
        item: "DB-005".into(),
    };
    assert_eq!(
        error.to_string(),
        "shortlist \"l1\" does not hold \"DB-005\""
    );
    let error = invalid("lists[0].entries[3].item", EXPECTED_TEXT);
    assert_eq!(
        error.to_string(),
        "the saved shortlists are damaged at lists[0].entries[3].item: expected text"
    );
}

// ---- the link encoding is the URL codec's ----

fn link_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            '%', '+', '=', ',', ':', ' ', '#', '?', '\0', 'ع', '移', '€', 'a', 'Z', '1',
        ]),
        2 => any::<char>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(String::from_iter)
}

proptest! {
    #[test]
    fn encoding_matches_the_url_codecs(text in link_text()) {
        let text = text.trim().to_string();
        prop_assume!(!text.is_empty());
        let mut encoded = String::new();
        encode_component(&text, &mut encoded);
        let view = ViewState {
            page: Page::Browse,
            query: crate::query::Query { text, ..Default::default() },
            result_page: 1,
            ..ViewState::default()
        };
        prop_assert_eq!(format!("q={encoded}"), crate::url::encode(&view));
    }

    #[test]
    fn decoding_matches_the_url_codecs(raw in link_text()) {
        let raw = raw.replace('&', "");
        let via_url = crate::url::decode(&format!("q={raw}")).query.text;
        prop_assert_eq!(decode_component(&raw), via_url);
    }
}

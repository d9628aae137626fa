//! Folding checked against its definition, computed from the Unicode crates' tables, for
//! every character; the generator of `fold_table.rs`; and properties of folding and word
//! splitting on generated text.

use super::folding::push_merging_letter_variants;
use super::*;
use crate::fold_table::{COMBINING_MARKS, DEFAULT_IGNORABLES, FOLDED, FOLDS};
use proptest::prelude::*;
use regex_syntax::hir::{Class, HirKind};
use std::fmt::Write as _;
use std::ops::{Range, RangeInclusive};
use std::sync::OnceLock;
use unicode_normalization::char::decompose_canonical;
use unicode_normalization::{UnicodeNormalization, UNICODE_VERSION};

const HANGUL_SYLLABLES: RangeInclusive<u32> = 0xAC00..=0xD7A3;
/// Compatibility characters that keep their canonical fold, to keep the table small: Arabic
/// ligatures of several letters, and CJK squared words and units (see [`fold`]).
const LEFT_OUT: [RangeInclusive<u32>; 2] = [0xFC00..=0xFDFF, 0x3300..=0x33FF];
/// `Each` runs are at most this long, so that a look-up scans a short segment.
const LONGEST_EACH_RUN: usize = 64;
/// What the fold table may cost in the wasm, in bytes: its data, which is all it adds.
const FOLD_TABLE_BUDGET: usize = 10 * 1024;
const FOLD_TABLE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/fold_table.rs");

pub(super) fn folded_words(text: &str) -> Vec<String> {
    words(text).map(|(_, word)| word).collect()
}

#[test]
fn is_default_ignorable_is_unicode_s_set() {
    let differences: Vec<String> = all_chars()
        .filter(|&c| is_default_ignorable(c) != is_default_ignorable_per_unicode(c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(differences.is_empty(), "{differences:?}");
}

// What folding is, computed from the Unicode crates; the table that says it more cheaply.

/// Every character of the Basic Multilingual Plane but the surrogates, which are not chars.
fn bmp_chars() -> impl Iterator<Item = char> {
    (0..=0xFFFF).filter_map(char::from_u32)
}

fn all_chars() -> impl Iterator<Item = char> {
    (0..=u32::from(char::MAX)).filter_map(char::from_u32)
}

fn is_combining_mark_per_unicode(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// The ranges of Default_Ignorable_Code_Point, from regex-syntax's Unicode tables.
fn default_ignorables_per_unicode() -> &'static [(u32, u32)] {
    static RANGES: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    RANGES.get_or_init(|| {
        let hir = regex_syntax::parse(r"\p{Default_Ignorable_Code_Point}")
            .expect("regex-syntax knows Default_Ignorable_Code_Point");
        let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
            panic!("\\p{{...}} is a class of characters: {hir:?}");
        };
        class
            .ranges()
            .iter()
            .map(|range| (u32::from(range.start()), u32::from(range.end())))
            .collect()
    })
}

fn is_default_ignorable_per_unicode(c: char) -> bool {
    let code = u32::from(c);
    default_ignorables_per_unicode()
        .iter()
        .any(|&(first, last)| (first..=last).contains(&code))
}

/// Folds `c` as [`fold`] defines it, from the Unicode crates' own tables: what `fold_char`
/// must do. Folds the result again until nothing changes (lower-casing can give a
/// character that folds further), so folding is idempotent by construction.
fn fold_char_by_definition(c: char) -> String {
    let mut folded = fold_char_once(c);
    loop {
        let again: String = folded.chars().map(fold_char_once).collect();
        if again == folded {
            return folded;
        }
        folded = again;
    }
}

/// One step of [`fold_char_by_definition`]: the canonical fold of each character of
/// `c`'s NFKC form, or of `c` itself where that form mixes letters or digits with other
/// characters.
fn fold_char_once(c: char) -> String {
    let code = u32::from(c);
    if is_default_ignorable_per_unicode(c) {
        return String::new();
    }
    if code > 0xFFFF {
        return c.to_lowercase().collect();
    }
    if LEFT_OUT.iter().any(|range| range.contains(&code)) {
        return fold_char_by_nfd(c);
    }
    let compatible: String = std::iter::once(c).nfkc().map(fold_char_by_nfd).collect();
    if mixes_word_and_other_chars(&compatible) {
        fold_char_by_nfd(c)
    } else {
        compatible
    }
}

fn mixes_word_and_other_chars(folded: &str) -> bool {
    folded.chars().any(char::is_alphanumeric) && !folded.chars().all(char::is_alphanumeric)
}

/// `fold_char` as it was before compatibility forms: full canonical decomposition (NFD),
/// each part lower-cased, its combining marks dropped; Hangul syllables kept whole.
fn fold_char_by_nfd(c: char) -> String {
    let mut out = String::new();
    if c.is_ascii() || HANGUL_SYLLABLES.contains(&u32::from(c)) {
        out.extend(c.to_lowercase());
        return out;
    }
    decompose_canonical(c, |part| {
        for lower in part.to_lowercase() {
            if !is_combining_mark_per_unicode(lower) {
                push_merging_letter_variants(lower, &mut out);
            }
        }
    });
    out
}

/// What `fold_char` does with a character that is not in the table (nor ignorable).
fn fold_char_without_table(c: char) -> String {
    let mut out = String::new();
    for lower in c.to_lowercase() {
        if !(u32::from(lower) <= 0xFFFF && is_combining_mark_per_unicode(lower)) {
            push_merging_letter_variants(lower, &mut out);
        }
    }
    out
}

/// A run of consecutive characters of the table, folding alike.
struct Run {
    first: u16,
    len: usize,
    fold: Fold,
    segment: String,
}

/// What a run costs in the wasm: its entry in `FOLDS` and its segment of `FOLDED`.
fn run_bytes(segment: &str) -> usize {
    std::mem::size_of::<(u16, u8, Fold, u16)>() + segment.len()
}

/// The table's characters in runs, as few bytes as can be: the cheapest split into runs,
/// found by dynamic programming over where runs end.
fn fold_runs(entries: &[(u16, String)]) -> Vec<Run> {
    let single = |folded: &str| {
        let mut chars = folded.chars();
        chars.next().filter(|_| chars.next().is_none())
    };
    // cheapest[end]: the bytes of the cheapest runs for entries[..end], and its last run.
    let mut cheapest: Vec<(usize, Option<Run>)> = vec![(0, None)];
    for end in 1..=entries.len() {
        let mut best: Option<(usize, Run)> = None;
        let (last_code, _) = entries[end - 1];
        let (mut same, mut next, mut each) = (true, true, true);
        let mut segment = String::new();
        for start in (0..end).rev() {
            let (first, ref folded) = entries[start];
            let len = end - start;
            if usize::from(first) + len - 1 != usize::from(last_code) || len > 255 {
                break;
            }
            let width = folded.chars().count();
            same &= *folded == entries[end - 1].1;
            next &= single(folded)
                .zip(single(&entries[end - 1].1))
                .is_some_and(|(from, to)| u32::from(from) + (len - 1) as u32 == u32::from(to));
            each &= len <= LONGEST_EACH_RUN && width * (len - 1) == segment.chars().count();
            segment.insert_str(0, folded);
            let fold = if same {
                Fold::Same
            } else if next {
                Fold::Next
            } else if each {
                Fold::Each
            } else {
                break;
            };
            let run_segment = match fold {
                Fold::Same | Fold::Next => folded.clone(),
                Fold::Each => segment.clone(),
            };
            let bytes = cheapest[start].0 + run_bytes(&run_segment);
            if best.as_ref().is_none_or(|(fewest, _)| bytes < *fewest) {
                let fold = if len == 1 { Fold::Same } else { fold };
                best = Some((
                    bytes,
                    Run {
                        first,
                        len,
                        fold,
                        segment: run_segment,
                    },
                ));
            }
        }
        let (bytes, run) = best.expect("a single entry is a run");
        cheapest.push((bytes, Some(run)));
    }
    let mut runs = Vec::new();
    let mut end = entries.len();
    while let Some(run) = cheapest[end].1.take() {
        end -= run.len;
        runs.push(run);
    }
    runs.reverse();
    runs
}

/// The contents `fold_table.rs` must have, computed from the Unicode crates' tables.
fn generated_fold_table() -> String {
    let entries: Vec<(u16, String)> = bmp_chars()
        .filter(|&c| !is_default_ignorable_per_unicode(c))
        .filter_map(|c| {
            let folded = fold_char_by_definition(c);
            let code = u16::try_from(u32::from(c)).expect("a BMP character");
            (folded != fold_char_without_table(c)).then_some((code, folded))
        })
        .collect();
    let runs = fold_runs(&entries);

    let mut marks: Vec<(u32, u32)> = Vec::new();
    for c in bmp_chars().filter(|&c| is_combining_mark_per_unicode(c)) {
        let code = u32::from(c);
        match marks.last_mut() {
            Some((_, last)) if *last + 1 == code => *last = code,
            _ => marks.push((code, code)),
        }
    }
    let ignorables = default_ignorables_per_unicode();

    let folded_len: usize = runs.iter().map(|run| run.segment.len()).sum();
    assert!(folded_len <= usize::from(u16::MAX), "offsets are u16s");
    let bytes = runs.len() * std::mem::size_of::<(u16, u8, Fold, u16)>()
        + folded_len
        + marks.len() * 4
        + ignorables.len() * 8;
    let (major, minor, update) = UNICODE_VERSION;
    let mut out = format!(
        "// @generated from Unicode {major}.{minor}.{update} (the tables of the \
         unicode-normalization crate, and\n\
         // regex-syntax's for the default-ignorable code points) by the test\n\
         // `text::tests::fold_table_is_what_unicode_normalization_generates`. \
         Do not edit; regenerate with\n\
         // `MFLM_UPDATE_FOLD_TABLE=1 cargo test -p mflm-core fold_table`.\n\
         \n\
         //! The folding data of [`crate::text`]: {bytes} bytes in all.\n\
         //!\n\
         //! `FOLDS` and `FOLDED` give the folded form of each character of the Basic \
         Multilingual\n\
         //! Plane whose folded form is not simply its lower case without combining marks \
         (its letter\n\
         //! variants merged): {} characters, of which {} fold to several characters \
         (ligatures and\n\
         //! the like).\n\
         \n\
         use crate::text::Fold::{{self, Each, Next, Same}};\n\
         \n\
         /// The {} runs of characters in the table: (first character, how many, how they \
         fold,\n\
         /// offset of the run's segment in `FOLDED`), sorted by character. A segment ends \
         where the\n\
         /// next run's starts.\n\
         #[rustfmt::skip]\n\
         pub(crate) static FOLDS: &[(u16, u8, Fold, u16)] = &[\n",
        entries.len(),
        entries
            .iter()
            .filter(|(_, folded)| folded.chars().count() > 1)
            .count(),
        runs.len(),
    );
    let mut offset = 0;
    for row in runs.chunks(4) {
        out.push_str("   ");
        for run in row {
            write!(
                out,
                " (0x{:04X}, {}, {:?}, {offset}),",
                run.first, run.len, run.fold
            )
            .expect("writing to a String");
            offset += run.segment.len();
        }
        out.push('\n');
    }
    writeln!(
        out,
        "];\n\n\
         /// The runs' segments, one after the other ({folded_len} bytes).\n\
         #[rustfmt::skip]\n\
         pub(crate) static FOLDED: &str = concat!("
    )
    .expect("writing to a String");
    for run in &runs {
        let last = usize::from(run.first) + run.len - 1;
        let range = if run.len == 1 {
            format!("U+{:04X}", run.first)
        } else {
            format!("U+{:04X}..U+{last:04X}", run.first)
        };
        writeln!(out, "    \"{}\", // {range}", run.segment.escape_debug())
            .expect("writing to a String");
    }
    out.push_str(");\n");
    writeln!(
        out,
        "\n/// The {} ranges of combining marks (general category M): sorted, disjoint, \
         inclusive.",
        marks.len(),
    )
    .expect("writing to a String");
    push_pairs(&mut out, "COMBINING_MARKS: &[(u16, u16)]", &marks, 4);
    writeln!(
        out,
        "\n/// The {} ranges of default-ignorable code points (Default_Ignorable_Code_Point), \
         in all planes:\n/// sorted, disjoint, inclusive.",
        ignorables.len(),
    )
    .expect("writing to a String");
    push_pairs(&mut out, "DEFAULT_IGNORABLES: &[(u32, u32)]", ignorables, 4);
    out
}

/// Appends a static array of pairs of hex numbers, five to a line, each padded to `digits`.
fn push_pairs(out: &mut String, name_and_type: &str, pairs: &[(u32, u32)], digits: usize) {
    writeln!(
        out,
        "#[rustfmt::skip]\npub(crate) static {name_and_type} = &["
    )
    .expect("writing to a String");
    for row in pairs.chunks(5) {
        out.push_str("   ");
        for (first, second) in row {
            write!(out, " (0x{first:0digits$X}, 0x{second:0digits$X}),")
                .expect("writing to a String");
        }
        out.push('\n');
    }
    out.push_str("];\n");
}

#[test]
fn fold_table_is_what_unicode_normalization_generates() {
    let expected = generated_fold_table();
    let committed = std::fs::read_to_string(FOLD_TABLE_PATH).unwrap_or_default();
    if committed == expected {
        return;
    }
    if std::env::var("MFLM_UPDATE_FOLD_TABLE").as_deref() == Ok("1") {
        std::fs::write(FOLD_TABLE_PATH, expected).expect("writing core/src/fold_table.rs");
        return;
    }
    let (major, minor, update) = UNICODE_VERSION;
    panic!(
        "core/src/fold_table.rs is not what unicode-normalization's tables give \
         (Unicode {major}.{minor}.{update}); regenerate it with \
         `MFLM_UPDATE_FOLD_TABLE=1 cargo test -p mflm-core fold_table`"
    );
}

#[test]
fn fold_table_stays_small() {
    let bytes = std::mem::size_of_val(FOLDS)
        + FOLDED.len()
        + std::mem::size_of_val(COMBINING_MARKS)
        + std::mem::size_of_val(DEFAULT_IGNORABLES);
    assert_eq!(std::mem::size_of::<(u16, u8, Fold, u16)>(), 6);
    assert!(
        bytes <= FOLD_TABLE_BUDGET,
        "the fold table takes {bytes} bytes"
    );
}

#[test]
fn fold_is_the_definition_for_every_char() {
    let differences: Vec<String> = all_chars()
        .filter_map(|c| {
            let (by_table, by_definition) = (fold(&c.to_string()), fold_char_by_definition(c));
            (by_table != by_definition)
                .then(|| format!("U+{:04X}: {by_table:?} != {by_definition:?}", u32::from(c)))
        })
        .collect();
    assert!(differences.is_empty(), "{differences:#?}");
}

/// Characters without a compatibility form fold as they did before there was one.
#[test]
fn fold_is_the_nfd_fold_where_there_is_no_compatibility_form() {
    let differences: Vec<String> = bmp_chars()
        .filter(|&c| !is_default_ignorable_per_unicode(c))
        .filter(|&c| std::iter::once(c).nfkc().eq(std::iter::once(c).nfc()))
        .filter_map(|c| {
            let (now, before) = (fold(&c.to_string()), fold_char_by_nfd(c));
            (now != before).then(|| format!("U+{:04X}: {now:?} != {before:?}", u32::from(c)))
        })
        .collect();
    assert!(differences.is_empty(), "{differences:#?}");
}

#[test]
fn every_char_folds_to_word_chars_only_or_none_and_folds_once() {
    for c in all_chars() {
        let folded = fold(&c.to_string());
        assert!(
            !mixes_word_and_other_chars(&folded),
            "U+{:04X} folds to {folded:?}",
            u32::from(c)
        );
        assert_eq!(fold(&folded), folded, "U+{:04X}", u32::from(c));
    }
}

/// Words split one character at a time, as the definition on [`words`] reads: what the
/// fast paths of `Words::next_into` must agree with.
fn words_char_by_char(text: &str) -> Vec<(Range<usize>, String)> {
    let mut found = Vec::new();
    let mut current: Option<(Range<usize>, String)> = None;
    for (at, c) in text.char_indices() {
        let folded = fold_char_by_definition(c);
        let next = at + c.len_utf8();
        if folded.chars().any(char::is_alphanumeric) {
            let (range, word) = current.get_or_insert((at..at, String::new()));
            range.end = next;
            word.push_str(&folded);
        } else if folded.is_empty() {
            if let Some((range, _)) = current.as_mut() {
                range.end = next;
            }
        } else if let Some(word) = current.take() {
            found.push(word);
        }
    }
    found.extend(current);
    found
}

/// Text made mostly of the characters folding treats specially, or of anything.
const TEXT: &str = "[a-zA-Z0-9 ,'\\-éÉßœ\u{302}\u{64e}ـة一한ﬃﬁｆＦ２²ⅫﻻⓐĲ½⑴™\u{A0}\u{AD}\u{200B}\
                    \u{200C}\u{200D}\u{2060}\u{FEFF}\u{FE0F}\u{E0041}]{0,40}|\\PC{0,40}|.{0,40}";

proptest! {
    #[test]
    fn words_agree_with_splitting_char_by_char(text in TEXT) {
        let fast: Vec<_> = words(&text).collect();
        prop_assert_eq!(fast, words_char_by_char(&text));
    }

    #[test]
    fn fold_and_words_never_panic_and_ranges_are_char_boundaries(text in any::<String>()) {
        let _ = fold(&text);
        let mut last_end = 0;
        for (range, folded) in words(&text) {
            prop_assert!(range.start >= last_end);
            prop_assert!(range.start < range.end);
            prop_assert!(text.is_char_boundary(range.start));
            prop_assert!(text.is_char_boundary(range.end));
            prop_assert!(!folded.is_empty());
            prop_assert!(folded.chars().all(char::is_alphanumeric));
            let word = &text[range.clone()];
            for len in 0..=folded.len() + 1 {
                let end = original_prefix_len(word, len);
                prop_assert!(word.is_char_boundary(end));
            }
            prop_assert_eq!(original_prefix_len(word, folded.len()), word.len());
            last_end = range.end;
        }
    }

    #[test]
    fn folding_is_idempotent(text in TEXT) {
        let folded = fold(&text);
        prop_assert_eq!(fold(&folded), folded);
    }

    /// Data and query fold alike: a word is the folded form of its range, folding it again
    /// changes nothing, and the folded text has the same words.
    #[test]
    fn words_are_the_folded_text_of_their_ranges(text in TEXT) {
        for (range, folded) in words(&text) {
            prop_assert_eq!(fold(&text[range]), folded.clone());
            prop_assert_eq!(fold(&folded), folded);
        }
        prop_assert_eq!(folded_words(&fold(&text)), folded_words(&text));
    }

    /// A highlight covers the query's folded prefix, and no more than the characters that
    /// spell it.
    #[test]
    fn highlights_cover_the_folded_prefix(text in TEXT) {
        for (range, folded) in words(&text) {
            let word = &text[range];
            for (len, _) in folded.char_indices().skip(1) {
                let end = original_prefix_len(word, len);
                let covered = fold(&word[..end]);
                prop_assert!(covered.len() >= len);
                prop_assert!(folded.starts_with(&covered));
                let last_letter = word[..end]
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| !fold(&c.to_string()).is_empty())
                    .map_or(0, |(at, _)| at);
                prop_assert!(fold(&word[..last_letter]).len() < len);
            }
        }
    }
}

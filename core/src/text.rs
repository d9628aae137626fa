//! Text normalisation for search: folding (case, accents, a few letter variants) and splitting
//! into words. The engine uses the same two functions to index the data, to read the query and
//! to find what to highlight, so the three always agree.

use crate::fold_table::{BASE_IN_BMP, BASE_OUTSIDE_BMP, COMBINING_MARKS};
use std::ops::Range;

/// Lower-cases and strips accents: "Côte d'Ivoire" -> "cote d'ivoire", "Straße" -> "strasse",
/// "إدارة" -> "اداره". Characters that are not letters or digits are kept (lower-cased).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut folded);
    }
    folded
}

/// The words of `text`: each word's byte range in `text` and its folded form.
///
/// A word is a run of letters and digits; everything else separates words, so "d'Ivoire" is
/// "d" and "ivoire", and "S3-12" is "s3" and "12". Combining marks inside a word stay in its
/// range (so a highlight never cuts a letter from its accent) but not in its folded form.
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, String)> + '_ {
    Words {
        text,
        position: 0,
        scratch: String::new(),
    }
}

/// Calls `f` with each word of `text`, as [`words`] gives them, reusing one buffer for the
/// folded form (for indexing many words without allocating each).
pub fn for_each_word(text: &str, mut f: impl FnMut(Range<usize>, &str)) {
    let mut words = Words {
        text,
        position: 0,
        scratch: String::new(),
    };
    let mut folded = String::new();
    while let Some(range) = words.next_into(&mut folded) {
        f(range, &folded);
    }
}

/// How many bytes at the start of `word` (original text) fold to the first `folded_len` bytes
/// of its folded form. Rounds up to a whole character (and takes the accents that follow it),
/// so the result is always a char boundary: "Straße" with 4 folded bytes ("stra") gives 4,
/// with 5 ("stras") gives 6 (all of "ß").
pub fn original_prefix_len(word: &str, folded_len: usize) -> usize {
    if folded_len == 0 {
        return 0;
    }
    let mut scratch = String::new();
    let mut covered = 0;
    let mut end = 0;
    for (at, c) in word.char_indices() {
        let added = fold_word_char(c, &mut scratch);
        if covered >= folded_len && added > 0 {
            break;
        }
        covered += added;
        end = at + c.len_utf8();
    }
    end
}

/// Appends the folded form of `c` to `out`.
///
/// Only the Basic Multilingual Plane is folded beyond case: the accent table stops at U+FFFF
/// to keep the download small, and the accented letters of the scripts in everyday use are all
/// below it. A character above it is only lower-cased, and a combining mark above it is kept
/// rather than dropped.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in base_char(c).to_lowercase() {
        if is_combining_mark(lower) {
            continue;
        }
        push_merging_letter_variants(lower, out);
    }
}

/// `c` without its accents: the first character of its full canonical decomposition when the
/// rest of it is only combining marks ("ệ" -> "e"), or its singleton decomposition (U+2126
/// OHM SIGN -> U+03A9 "Ω", U+F900 "豈" -> U+8C48 "豈"). Hangul syllables decompose into jamo,
/// not into a letter and marks, so they are kept whole, as they are written and typed.
fn base_char(c: char) -> char {
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return c;
    };
    let base = match BASE_IN_BMP.binary_search_by_key(&code, |&(composed, _)| composed) {
        Ok(found) => u32::from(BASE_IN_BMP[found].1),
        Err(_) => match BASE_OUTSIDE_BMP.binary_search_by_key(&code, |&(composed, _)| composed) {
            Ok(found) => BASE_OUTSIDE_BMP[found].1,
            Err(_) => return c,
        },
    };
    // Every base in the tables is a character (they are generated from `char`s).
    char::from_u32(base).unwrap_or(c)
}

/// Whether `c` is a combining mark (general category M) in the Basic Multilingual Plane.
fn is_combining_mark(c: char) -> bool {
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return false;
    };
    let after = COMBINING_MARKS.partition_point(|&(_, last)| last < code);
    COMBINING_MARKS
        .get(after)
        .is_some_and(|&(first, _)| first <= code)
}

/// Appends `lower`, a lower-case letter without accents, to `out`, spelling out ligatures and
/// merging letter variants that people type interchangeably.
fn push_merging_letter_variants(lower: char, out: &mut String) {
    match lower {
        'ß' => out.push_str("ss"),
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        'ø' => out.push('o'),
        'đ' => out.push('d'),
        'ł' => out.push('l'),
        'ı' => out.push('i'),
        'ς' => out.push('σ'),
        // Arabic: alef wasla is an alef; ta marbuta is written and typed as ha;
        // alef maqsura as ya. (Alef with hamza or madda decomposes to a bare alef
        // plus a combining mark, which is dropped by the caller, as are the short vowels.)
        'ٱ' => out.push('ا'),
        'ة' => out.push('ه'),
        'ى' => out.push('ي'),
        // Tatweel only stretches a word; it is not a letter.
        'ـ' => {}
        other => out.push(other),
    }
}

/// Appends the letters and digits of `c`'s folded form to `out`, returning how many bytes
/// were added; `scratch` is reused between calls.
fn fold_word_char(c: char, scratch: &mut String) -> usize {
    scratch.clear();
    fold_char(c, scratch);
    scratch
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(char::len_utf8)
        .sum()
}

/// How a character behaves when splitting words.
enum CharClass {
    /// Adds letters or digits to a word.
    Word,
    /// Folds to nothing (a combining mark, tatweel): part of a word it follows, else skipped.
    Silent,
    Separator,
}

struct Words<'a> {
    text: &'a str,
    position: usize,
    scratch: String,
}

impl Words<'_> {
    fn classify(&mut self, c: char) -> CharClass {
        self.scratch.clear();
        fold_char(c, &mut self.scratch);
        if self.scratch.is_empty() {
            CharClass::Silent
        } else if self.scratch.chars().any(char::is_alphanumeric) {
            CharClass::Word
        } else {
            CharClass::Separator
        }
    }
}

impl Words<'_> {
    /// The next word's range, its folded form replacing `folded`'s contents.
    fn next_into(&mut self, folded: &mut String) -> Option<Range<usize>> {
        folded.clear();
        let text = self.text;
        let mut start = None;
        let mut end = self.position;
        let bytes = text.as_bytes();
        let mut at = self.position;
        while at < bytes.len() {
            // Most text is ASCII: a run of ASCII letters and digits is copied and lower-cased
            // at once, as indexing a large file splits millions of characters.
            if bytes[at].is_ascii() {
                if bytes[at].is_ascii_alphanumeric() {
                    let run_end = bytes[at..]
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .map_or(bytes.len(), |length| at + length);
                    start.get_or_insert(at);
                    let from = folded.len();
                    folded.push_str(&text[at..run_end]);
                    if let Some(added) = folded.get_mut(from..) {
                        added.make_ascii_lowercase();
                    }
                    end = run_end;
                    at = run_end;
                } else if let Some(start) = start {
                    self.position = at + 1;
                    return Some(start..end);
                } else {
                    at += 1;
                }
                continue;
            }
            // `at` is always a character boundary: it only ever moves by whole characters.
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            match self.classify(c) {
                CharClass::Word => {
                    start.get_or_insert(at);
                    folded.extend(self.scratch.chars().filter(|c| c.is_alphanumeric()));
                    end = at + c.len_utf8();
                }
                CharClass::Silent => {
                    if start.is_some() {
                        end = at + c.len_utf8();
                    }
                }
                CharClass::Separator => {
                    if let Some(start) = start {
                        self.position = at + c.len_utf8();
                        return Some(start..end);
                    }
                }
            }
            at += c.len_utf8();
        }
        self.position = text.len();
        start.map(|start| start..end)
    }
}

impl Iterator for Words<'_> {
    type Item = (Range<usize>, String);

    fn next(&mut self) -> Option<Self::Item> {
        let mut folded = String::new();
        let range = self.next_into(&mut folded)?;
        Some((range, folded))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::fmt::Write as _;
    use std::ops::RangeInclusive;
    use unicode_normalization::char::decompose_canonical;
    use unicode_normalization::UNICODE_VERSION;

    const HANGUL_SYLLABLES: RangeInclusive<u32> = 0xAC00..=0xD7A3;
    const FOLD_TABLE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/fold_table.rs");

    fn folded_words(text: &str) -> Vec<String> {
        words(text).map(|(_, word)| word).collect()
    }

    #[test]
    fn fold_lower_cases_and_strips_accents() {
        assert_eq!(fold("Côte d'Ivoire"), "cote d'ivoire");
        assert_eq!(fold("SÃO TOMÉ"), "sao tome");
        assert_eq!(fold("Türkiye, Curaçao, Ñandú"), "turkiye, curacao, nandu");
    }

    #[test]
    fn fold_handles_decomposed_input_like_precomposed() {
        assert_eq!(fold("Co\u{302}te"), fold("Côte"));
    }

    #[test]
    fn fold_expands_ligatures_and_sharp_s() {
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Œuvre, Æsir"), "oeuvre, aesir");
        assert_eq!(fold("København, Łódź"), "kobenhavn, lodz");
    }

    #[test]
    fn fold_normalises_arabic_alef_forms_and_ta_marbuta() {
        assert_eq!(fold("أ"), "ا");
        assert_eq!(fold("إ"), "ا");
        assert_eq!(fold("آ"), "ا");
        assert_eq!(fold("ٱ"), "ا");
        assert_eq!(fold("إدارة"), "اداره");
        assert_eq!(fold("منظمة العمل الدولية"), "منظمه العمل الدوليه");
    }

    #[test]
    fn fold_strips_arabic_diacritics_and_tatweel() {
        // "al-ʿamal" with fatha, sukun and shadda, and a stretched "hijra".
        assert_eq!(fold("اَلْعَمَّال"), "العمال");
        assert_eq!(fold("هـجـرة"), "هجره");
    }

    #[test]
    fn words_split_on_apostrophes_hyphens_and_spaces() {
        assert_eq!(folded_words("Côte d'Ivoire"), ["cote", "d", "ivoire"]);
        assert_eq!(
            folded_words("S3-12 (2001–2014)"),
            ["s3", "12", "2001", "2014"]
        );
        assert_eq!(folded_words("  ,; "), Vec::<String>::new());
    }

    #[test]
    fn words_give_byte_ranges_in_the_original_text() {
        let text = "Côte d'Ivoire";
        let ranges: Vec<_> = words(text).map(|(range, _)| range).collect();
        assert_eq!(ranges, [0..5, 6..7, 8..14]);
        assert_eq!(&text[0..5], "Côte");
    }

    #[test]
    fn words_keep_combining_marks_inside_the_range() {
        let text = "Co\u{302}te";
        let found: Vec<_> = words(text).collect();
        assert_eq!(found, [(0..text.len(), "cote".to_string())]);
        let leading_mark = "\u{302}abc";
        assert_eq!(words(leading_mark).next(), Some((2..5, "abc".to_string())));
    }

    #[test]
    fn arabic_words_are_split_and_folded() {
        assert_eq!(folded_words("الهجرة، إدارة"), ["الهجره", "اداره"]);
    }

    #[test]
    fn original_prefix_len_maps_folded_bytes_back() {
        assert_eq!(original_prefix_len("Migrant", 4), 4);
        assert_eq!(original_prefix_len("Côte", 2), 3); // "Cô"
        assert_eq!(original_prefix_len("Co\u{302}te", 2), 4); // "Co" and its accent
        assert_eq!(original_prefix_len("Straße", 4), 4);
        assert_eq!(original_prefix_len("Straße", 5), 6);
        assert_eq!(original_prefix_len("Straße", 6), 6);
        assert_eq!(original_prefix_len("abc", 0), 0);
        assert_eq!(original_prefix_len("abc", 10), 3);
    }

    /// Every character of the Basic Multilingual Plane but the surrogates, which are not chars.
    fn bmp_chars() -> impl Iterator<Item = char> {
        (0..=0xFFFF).filter_map(char::from_u32)
    }

    fn is_combining_mark_per_unicode(c: char) -> bool {
        unicode_normalization::char::is_combining_mark(c)
    }

    /// The contents `fold_table.rs` must have, computed from unicode-normalization's tables.
    fn generated_fold_table() -> String {
        let mut base_in_bmp = Vec::new();
        let mut base_outside_bmp = Vec::new();
        for c in bmp_chars().filter(|&c| !HANGUL_SYLLABLES.contains(&u32::from(c))) {
            let mut decomposition = Vec::new();
            decompose_canonical(c, |part| decomposition.push(part));
            if decomposition == [c] {
                continue;
            }
            let (&base, rest) = decomposition
                .split_first()
                .expect("a decomposition has at least one character");
            assert!(
                rest.iter().all(|&part| is_combining_mark_per_unicode(part)),
                "U+{:04X} decomposes into more than a base and combining marks: \
                 {decomposition:?}; the fold table cannot say that",
                u32::from(c),
            );
            let (composed, base) = (u32::from(c), u32::from(base));
            if base <= 0xFFFF {
                base_in_bmp.push((composed, base));
            } else {
                base_outside_bmp.push((composed, base));
            }
        }

        let mut marks: Vec<(u32, u32)> = Vec::new();
        for c in bmp_chars().filter(|&c| is_combining_mark_per_unicode(c)) {
            let code = u32::from(c);
            match marks.last_mut() {
                Some((_, last)) if *last + 1 == code => *last = code,
                _ => marks.push((code, code)),
            }
        }

        let (major, minor, update) = UNICODE_VERSION;
        let mut out = format!(
            "// @generated from Unicode {major}.{minor}.{update} (the tables of the \
             unicode-normalization crate) by the test\n\
             // `text::tests::fold_table_is_what_unicode_normalization_generates`. \
             Do not edit; regenerate with\n\
             // `MFLM_UPDATE_FOLD_TABLE=1 cargo test -p mflm-core fold_table`.\n\
             \n\
             //! The accent-folding data of [`crate::text`], for the Basic Multilingual Plane \
             only.\n\
             //!\n\
             //! A character is in `BASE_IN_BMP` or `BASE_OUTSIDE_BMP` when its full canonical \
             decomposition\n\
             //! is one character followed only by combining marks, or a single other character; \
             it is\n\
             //! paired with that first character. Both are sorted by the composed character. \
             Hangul\n\
             //! syllables are left out: they decompose into jamo, not into a letter and marks.\n\
             \n\
             /// The {} characters whose base is in the BMP too.\n",
            base_in_bmp.len(),
        );
        push_pairs(&mut out, "BASE_IN_BMP: &[(u16, u16)]", &base_in_bmp, 4);
        writeln!(
            out,
            "\n/// The {} CJK compatibility ideographs whose unified ideograph is outside the BMP.",
            base_outside_bmp.len(),
        )
        .expect("writing to a String");
        push_pairs(
            &mut out,
            "BASE_OUTSIDE_BMP: &[(u16, u32)]",
            &base_outside_bmp,
            5,
        );
        writeln!(
            out,
            "\n/// The {} ranges of combining marks (general category M): sorted, disjoint, \
             inclusive.",
            marks.len(),
        )
        .expect("writing to a String");
        push_pairs(&mut out, "COMBINING_MARKS: &[(u16, u16)]", &marks, 4);
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
                write!(out, " (0x{first:04X}, 0x{second:0digits$X}),")
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

    /// `fold_char` as it was before the table: full canonical decomposition (NFD), then each
    /// part lower-cased, its combining marks dropped.
    fn fold_char_by_nfd(c: char) -> String {
        let mut out = String::new();
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
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

    #[test]
    fn table_fold_is_nfd_fold_for_every_bmp_char_but_hangul_syllables() {
        let differences: Vec<String> = bmp_chars()
            .filter(|&c| !HANGUL_SYLLABLES.contains(&u32::from(c)))
            .filter_map(|c| {
                let (by_table, by_nfd) = (fold(&c.to_string()), fold_char_by_nfd(c));
                (by_table != by_nfd)
                    .then(|| format!("U+{:04X}: {by_table:?} != {by_nfd:?}", u32::from(c)))
            })
            .collect();
        assert!(differences.is_empty(), "{differences:#?}");
    }

    #[test]
    fn fold_strips_stacked_accents_and_maps_singletons() {
        assert_eq!(fold("ệ"), "e"); // e, circumflex, dot below
        assert_eq!(fold("Ǖ"), "u"); // U with diaeresis (itself decomposable) and macron
        assert_eq!(fold("\u{2126}"), "ω"); // OHM SIGN
        assert_eq!(fold("\u{F900}"), "\u{8C48}"); // CJK compatibility ideograph
        assert_eq!(
            fold("Tiếng Việt có nhiều dấu: Đường phố Hà Nội"),
            "tieng viet co nhieu dau: duong pho ha noi"
        );
    }

    #[test]
    fn fold_keeps_hangul_syllables_whole() {
        assert_eq!(fold("한국어"), "한국어");
        assert_eq!(folded_words("대한민국 이민"), ["대한민국", "이민"]);
    }

    #[test]
    fn fold_only_lower_cases_outside_the_bmp() {
        // Deseret capital and small long I.
        assert_eq!(fold("\u{10400}"), "\u{10428}");
        // MUSICAL SYMBOL HALF NOTE decomposes canonically, but is kept as it is.
        assert_eq!(fold("\u{1D15E}"), "\u{1D15E}");
    }

    /// Words split one character at a time, as the definition on [`words`] reads: what the
    /// fast paths of `Words::next_into` must agree with.
    fn words_char_by_char(text: &str) -> Vec<(Range<usize>, String)> {
        let mut found = Vec::new();
        let mut current: Option<(Range<usize>, String)> = None;
        for (at, c) in text.char_indices() {
            let mut folded = String::new();
            fold_char(c, &mut folded);
            let letters: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
            let next = at + c.len_utf8();
            if !letters.is_empty() {
                let (range, word) = current.get_or_insert((at..at, String::new()));
                range.end = next;
                word.push_str(&letters);
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

    proptest! {
        #[test]
        fn words_agree_with_splitting_char_by_char(
            text in "[a-zA-Z0-9 ,'\\-éÉßœ\u{302}\u{64e}ـة一한]{0,40}|\\PC{0,40}"
        ) {
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
        fn folding_is_idempotent_on_words(text in "\\PC{0,40}") {
            for (_, folded) in words(&text) {
                prop_assert_eq!(fold(&folded), folded.clone());
            }
        }
    }
}

//! Text normalisation for search: folding (case, accents, compatibility forms, a few letter
//! variants, invisible characters) and splitting into words. The engine uses the same two
//! functions to index the data, to read the query and to find what to highlight, so the three
//! always agree.

use crate::fold_table::{COMBINING_MARKS, DEFAULT_IGNORABLES, FOLDED, FOLDS};
use std::ops::Range;

/// Lower-cases, strips accents and spells compatibility forms out as the characters they stand
/// for: "Côte d'Ivoire" -> "cote d'ivoire", "Straße" -> "strasse", "إدارة" -> "اداره",
/// "ﬃ" -> "ffi", "ｆｅｅｓ" -> "fees", "x²" -> "x2". Default-ignorable code points (soft hyphen,
/// zero-width space and joiners, byte order mark...) are dropped. Characters that are not
/// letters or digits are kept (lower-cased).
///
/// Folding is Unicode's NFKC case folding (NFKC_Casefold) with accents stripped, plus the
/// letter variants of `push_merging_letter_variants`, one character at a time; it is
/// idempotent. Where the two part from NFKC_Casefold, on purpose:
/// - Hangul syllables are kept whole, as they are written and typed.
/// - A character whose compatibility form mixes letters or digits with other characters
///   ("½" is "1⁄2", "⑴" is "(1)", "ŀ" is "l·") keeps its canonical fold: spelled out, it would
///   split into several words within one character, which no highlight could show.
/// - Arabic ligatures of several letters (U+FC00 to U+FDFF) and CJK squared words and units
///   (U+3300 to U+33FF) are left out to keep the table small; they are rare in text and typed
///   as the letters they join.
/// - Only the Basic Multilingual Plane is folded beyond case and ignorables: a character above
///   U+FFFF is only lower-cased, and a combining mark above it is kept rather than dropped.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut folded);
    }
    folded
}

/// The words of `text`: each word's byte range in `text` and its folded form.
///
/// A word is a run of characters that fold to letters and digits; a character that folds to
/// anything else separates words, so "d'Ivoire" is "d" and "ivoire", and "S3-12" is "s3" and
/// "12". A character folds either to letters and digits only or to no letter or digit at all,
/// so a word's folded form is exactly [`fold`] of its range. Characters that fold to nothing (combining
/// marks, default-ignorable code points like the soft hyphen or a zero-width space) inside a
/// word stay in its range (so a highlight never cuts a letter from its accent), and do not
/// split it: "recruit\u{AD}ment" is the one word "recruitment". Before a word they are skipped.
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
/// of its folded form. Rounds up to a whole character (and takes the characters that fold to
/// nothing after it, like its accents), so the result is always a char boundary: "Straße" with
/// 4 folded bytes ("stra") gives 4, with 5 ("stras") gives 6 (all of "ß"); "tra\u{FB03}cking"
/// ("traﬃcking") with 4 ("traf") gives 6, all of the ligature "ﬃ".
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

/// Whether `c` is a default-ignorable code point (Unicode's Default_Ignorable_Code_Point):
/// invisible characters that [`fold`] drops, like the soft hyphen U+00AD, the zero-width
/// space U+200B, the joiners U+200C and U+200D, the word joiner U+2060, the byte order mark
/// U+FEFF, bidirectional controls and variation selectors.
pub fn is_default_ignorable(c: char) -> bool {
    let code = u32::from(c);
    let after = DEFAULT_IGNORABLES.partition_point(|&(_, last)| last < code);
    DEFAULT_IGNORABLES
        .get(after)
        .is_some_and(|&(first, _)| first <= code)
}

/// The byte offset and the character of the first default-ignorable code point in `text`
/// (see [`is_default_ignorable`]), if any.
pub fn find_ignorable(text: &str) -> Option<(usize, char)> {
    text.char_indices()
        .find(|&(_, c)| !c.is_ascii() && is_default_ignorable(c))
}

/// Appends the folded form of `c` to `out`: see [`fold`].
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_default_ignorable(c) || push_from_table(c, out) {
        return;
    }
    for lower in c.to_lowercase() {
        if is_combining_mark(lower) {
            continue;
        }
        push_merging_letter_variants(lower, out);
    }
}

/// How the characters of one run of `FOLDS` fold, given the run's segment of `FOLDED` (from
/// its offset to the next run's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Every character of the run folds to the whole segment, which may be empty.
    Same,
    /// The segment is one character: the run's first character folds to it, the second to the
    /// character after it, and so on.
    Next,
    /// The segment is the folded forms of the run's characters in order, each the same number
    /// of characters long.
    Each,
}

/// Appends the folded form of `c` from the fold table and returns true, or returns false when
/// `c` is not in the table: then its folded form is its lower case without combining marks,
/// its letter variants merged.
fn push_from_table(c: char, out: &mut String) -> bool {
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return false;
    };
    let Some(run) = FOLDS
        .partition_point(|&(first, ..)| first <= code)
        .checked_sub(1)
    else {
        return false;
    };
    let (first, len, fold, start) = FOLDS[run];
    let at = code - first;
    if at >= u16::from(len) {
        return false;
    }
    let end = FOLDS
        .get(run + 1)
        .map_or(FOLDED.len(), |&(.., next)| usize::from(next));
    // Every segment is on char boundaries (the generator writes whole strings).
    let Some(segment) = FOLDED.get(usize::from(start)..end) else {
        return false;
    };
    match fold {
        Fold::Same => out.push_str(segment),
        Fold::Next => out.extend(
            segment
                .chars()
                .next()
                .and_then(|first| char::from_u32(u32::from(first) + u32::from(at))),
        ),
        Fold::Each => {
            let each = segment.chars().count() / usize::from(len);
            out.extend(segment.chars().skip(usize::from(at) * each).take(each));
        }
    }
    true
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
    /// Folds to nothing (a combining mark, tatweel, a default-ignorable code point): part of a
    /// word it follows, else skipped.
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
                    // Only letters and digits: no character folds to a mix.
                    folded.push_str(&self.scratch);
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
    use regex_syntax::hir::{Class, HirKind};
    use std::fmt::Write as _;
    use std::ops::RangeInclusive;
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

    /// Inputs and their folded forms: compatibility characters, ignorables, and what stays.
    const FOLDED_EXAMPLES: &[(&str, &str)] = &[
        // Ligatures, as PDFs produce them.
        ("tra\u{FB03}cking", "trafficking"),
        ("\u{FB01}nancial \u{FB02}ow", "financial flow"),
        ("\u{FB00}, \u{FB04}, \u{FB05}, \u{FB06}", "ff, ffl, st, st"),
        ("TRA\u{FB03}CKING", "trafficking"),
        (
            "\u{132}ssel, \u{1C4}, \u{1C5}, \u{1C9}",
            "ijssel, dz, dz, lj",
        ),
        // Fullwidth and halfwidth forms.
        ("ｆｅｅｓ", "fees"),
        ("ＦＥＥＳ", "fees"),
        ("２０２４", "2024"),
        ("ILO（Ｃ１８９）", "ilo(c189)"),
        ("ｶﾞｲﾄﾞ", "カイト"),
        ("ガイド", "カイト"),
        // Superscripts, subscripts and other compatibility digits and letters.
        ("x²", "x2"),
        ("H₂O, 10³, 1ˢᵗ", "h2o, 103, 1st"),
        ("①②", "12"),
        ("Ⅻ, ⅻ", "xii, xii"),
        ("\u{17F} \u{B5}", "s μ"),
        ("\u{2126}, \u{212A}, \u{212B}", "ω, k, a"),
        ("™ №", "tm no"),
        // Spaces and punctuation keep separating.
        ("a\u{A0}b\u{3000}c\u{2009}d", "a b c d"),
        ("wait…", "wait..."),
        // Ignorables, inside and at the edges of words.
        ("recruit\u{AD}ment", "recruitment"),
        ("zero\u{200B}width", "zerowidth"),
        ("pay\u{200C}roll co\u{200D}op", "payroll coop"),
        ("word\u{2060}joiner", "wordjoiner"),
        ("\u{FEFF}BOM", "bom"),
        ("\u{200B}edge\u{AD}", "edge"),
        ("\u{200E}left\u{200F}", "left"),
        ("variation\u{FE0F}", "variation"),
        ("می\u{200C}خواهم", "میخواهم"),
        // Accents and letter variants, as before.
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("Ǖ, ệ", "u, e"),
        // Arabic, including presentation forms as PDFs produce them.
        ("إدارة", "اداره"),
        ("\u{FE8D}\u{FEDF}\u{FECC}\u{FEE4}\u{FEDE}", "العمل"),
        ("\u{FEFB}", "لا"),
        ("\u{FE94}", "ه"),
        ("\u{FE71}", ""),
        // Kept whole: Hangul syllables, and forms that would mix letters and other characters.
        ("한국어", "한국어"),
        ("½ ⑴ ℅ \u{13F}", "½ ⑴ ℅ \u{140}"),
        // Left out of the table to keep it small.
        ("㎏ \u{FDF2}", "㎏ \u{FDF2}"),
    ];

    #[test]
    fn fold_examples() {
        for &(input, folded) in FOLDED_EXAMPLES {
            assert_eq!(fold(input), folded, "fold({input:?})");
        }
    }

    #[test]
    fn compatibility_forms_and_ignorables_split_as_one_word() {
        let ligature = "tra\u{FB03}cking";
        assert_eq!(
            words(ligature).collect::<Vec<_>>(),
            [(0..ligature.len(), "trafficking".to_string())]
        );
        let soft_hyphen = "recruit\u{AD}ment";
        assert_eq!(
            words(soft_hyphen).collect::<Vec<_>>(),
            [(0..soft_hyphen.len(), "recruitment".to_string())]
        );
        // Ignorables before a word are skipped, after it kept in its range, like accents.
        let edges = "\u{200B}fees\u{200B} due\u{FEFF}";
        assert_eq!(
            words(edges).collect::<Vec<_>>(),
            [(3..10, "fees".to_string()), (11..17, "due".to_string())]
        );
        assert_eq!(folded_words("ｆｅｅｓ x² ½"), ["fees", "x2", "½"]);
        assert_eq!(folded_words("⑴ item; \u{FB01}"), ["⑴", "item", "fi"]);
        assert_eq!(folded_words("\u{AD}\u{200B}"), Vec::<String>::new());
    }

    /// What the engine highlights in `text` for the query word `token`: the start of each
    /// word it is a prefix of.
    fn highlighted<'a>(text: &'a str, token: &str) -> Vec<&'a str> {
        let token = fold(token);
        words(text)
            .filter(|(_, folded)| folded.starts_with(&token))
            .map(|(range, _)| {
                let len = original_prefix_len(&text[range.clone()], token.len());
                &text[range.start..range.start + len]
            })
            .collect()
    }

    #[test]
    fn highlights_cover_whole_ligatures_and_following_ignorables() {
        let ligature = "tra\u{FB03}cking";
        assert_eq!(highlighted(ligature, "tra"), ["tra"]);
        assert_eq!(highlighted(ligature, "traf"), ["tra\u{FB03}"]);
        assert_eq!(highlighted(ligature, "traffi"), ["tra\u{FB03}"]);
        assert_eq!(highlighted(ligature, "traffic"), ["tra\u{FB03}c"]);
        assert_eq!(highlighted(ligature, "trafficking"), [ligature]);
        assert_eq!(highlighted(ligature, "tra\u{FB03}"), ["tra\u{FB03}"]);
        let soft_hyphen = "recruit\u{AD}ment";
        assert_eq!(highlighted(soft_hyphen, "recruit"), ["recruit\u{AD}"]);
        assert_eq!(highlighted(soft_hyphen, "recruitm"), ["recruit\u{AD}m"]);
        assert_eq!(highlighted("\u{FEFF}Fees, ｆｅｅｓ", "fe"), ["Fe", "ｆｅ"]);
        assert_eq!(highlighted("x² and x²y", "x2"), ["x²", "x²"]);
    }

    #[test]
    fn ignorables_are_found() {
        assert!(is_default_ignorable('\u{AD}'));
        assert!(is_default_ignorable('\u{200B}'));
        assert!(is_default_ignorable('\u{200C}'));
        assert!(is_default_ignorable('\u{200D}'));
        assert!(is_default_ignorable('\u{2060}'));
        assert!(is_default_ignorable('\u{FEFF}'));
        assert!(is_default_ignorable('\u{E0001}'));
        assert!(!is_default_ignorable('a'));
        assert!(!is_default_ignorable(' '));
        assert!(!is_default_ignorable('\u{A0}'));
        assert!(!is_default_ignorable('-'));
        assert_eq!(find_ignorable("recruit\u{AD}ment"), Some((7, '\u{AD}')));
        assert_eq!(find_ignorable("é\u{200B}\u{AD}"), Some((2, '\u{200B}')));
        assert_eq!(find_ignorable("Côte d'Ivoire ﬃ"), None);
        assert_eq!(find_ignorable(""), None);
    }

    #[test]
    fn is_default_ignorable_is_unicode_s_set() {
        let differences: Vec<String> = all_chars()
            .filter(|&c| is_default_ignorable(c) != is_default_ignorable_per_unicode(c))
            .map(|c| format!("U+{:04X}", u32::from(c)))
            .collect();
        assert!(differences.is_empty(), "{differences:?}");
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
        // "tra", "ﬃ" (3 bytes, folds to "ffi"), "cking".
        let ligature = "tra\u{FB03}cking";
        assert_eq!(original_prefix_len(ligature, 3), 3);
        for within in 4..=6 {
            assert_eq!(original_prefix_len(ligature, within), 6);
        }
        assert_eq!(original_prefix_len(ligature, 7), 7);
        assert_eq!(original_prefix_len(ligature, 11), ligature.len());
        // "recruit", a soft hyphen (2 bytes, folds to nothing), "ment".
        let soft_hyphen = "recruit\u{AD}ment";
        assert_eq!(original_prefix_len(soft_hyphen, 7), 9);
        assert_eq!(original_prefix_len(soft_hyphen, 8), 10);
        assert_eq!(original_prefix_len("ｆｅｅｓ", 2), 6);
    }

    #[test]
    fn fold_strips_stacked_accents_and_maps_singletons() {
        assert_eq!(fold("ệ"), "e"); // e, circumflex, dot below
        assert_eq!(fold("Ǖ"), "u"); // U with diaeresis (itself decomposable) and macron
        assert_eq!(fold("\u{2126}"), "ω"); // OHM SIGN
        assert_eq!(fold("\u{F900}"), "\u{8C48}"); // CJK compatibility ideograph
        assert_eq!(fold("\u{FA6C}"), "\u{242EE}"); // one whose unified ideograph is not in the BMP
        assert_eq!(
            fold("Tiếng Việt có nhiều dấu: Đường phố Hà Nội"),
            "tieng viet co nhieu dau: duong pho ha noi"
        );
    }

    #[test]
    fn fold_keeps_hangul_syllables_whole() {
        assert_eq!(fold("한국어"), "한국어");
        assert_eq!(folded_words("대한민국 이민"), ["대한민국", "이민"]);
        // A circled syllable is the syllable, whole too.
        assert_eq!(fold("\u{326E}"), "가");
    }

    #[test]
    fn fold_only_lower_cases_outside_the_bmp() {
        // Deseret capital and small long I.
        assert_eq!(fold("\u{10400}"), "\u{10428}");
        // MUSICAL SYMBOL HALF NOTE decomposes canonically, but is kept as it is.
        assert_eq!(fold("\u{1D15E}"), "\u{1D15E}");
        // MATHEMATICAL BOLD CAPITAL A is compatible with "A", but kept too.
        assert_eq!(fold("\u{1D400}"), "\u{1D400}");
        // A tag character is ignorable, though.
        assert_eq!(fold("a\u{E0041}b"), "ab");
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
}

//! Text normalisation for search: folding (case, accents, a few letter variants) and splitting
//! into words. The engine uses the same two functions to index the data, to read the query and
//! to find what to highlight, so the three always agree.

use std::ops::Range;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

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
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |base| {
        for lower in base.to_lowercase() {
            if is_combining_mark(lower) {
                continue;
            }
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
                // plus a combining mark, which is dropped above, as are the short vowels.)
                'ٱ' => out.push('ا'),
                'ة' => out.push('ه'),
                'ى' => out.push('ي'),
                // Tatweel only stretches a word; it is not a letter.
                'ـ' => {}
                other => out.push(other),
            }
        }
    });
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
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                self.scratch.push(c.to_ascii_lowercase());
                return CharClass::Word;
            }
            return CharClass::Separator;
        }
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
        for (offset, c) in text[self.position..].char_indices() {
            let at = self.position + offset;
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

    proptest! {
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

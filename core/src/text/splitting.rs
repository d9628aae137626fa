//! [`words`]: splitting text into words, each with its byte range and folded form.

#[cfg(doc)]
use super::fold;
use super::folding::fold_char;
use std::ops::Range;

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
    use crate::text::fold;
    use crate::text::tests::folded_words;

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
}

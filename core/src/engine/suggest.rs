//! [`Index::suggest`]: "did you mean", from the index's own words.

use super::{Index, MAX_QUERY_WORDS, MAX_WORD_CHARS};
use crate::text::words;
use std::cmp::Reverse;

impl Index {
    /// The search text with each word that matches nothing replaced by the closest word of the
    /// index, for a "Did you mean …?" link; `None` when no word needs a correction or none
    /// has one.
    ///
    /// Only words that start no indexed word are corrected (so a word still being typed is
    /// left alone while it matches something), each by the indexed word fewest edits away
    /// (insertions, deletions, substitutions, swaps of neighbours, on folded text): at most 1
    /// for a word of 4 or 5 letters, 2 from 6, none for shorter words. Among equally close
    /// words, the one sharing the longest start with the typed word wins (people mistype the
    /// start of a word least: "trafiking" is "trafficking", not "training"), then the word in
    /// more docs. A corrected word is written folded (lower case, no accents); the rest of the
    /// text is kept as typed. Works on any language the index holds.
    pub fn suggest(&self, text: &str) -> Option<String> {
        let mut corrected = String::with_capacity(text.len());
        let mut kept_up_to = 0;
        for (range, word) in words(text).take(MAX_QUERY_WORDS) {
            if word.chars().count() > MAX_WORD_CHARS || !self.words_starting_with(&word).is_empty()
            {
                continue;
            }
            if let Some(closest) = self.closest_word(&word) {
                corrected.push_str(&text[kept_up_to..range.start]);
                corrected.push_str(closest);
                kept_up_to = range.end;
            }
        }
        if kept_up_to == 0 {
            return None;
        }
        corrected.push_str(&text[kept_up_to..]);
        Some(corrected)
    }

    /// The indexed word closest to `word` within [`Index::suggest`]'s edit limits.
    fn closest_word(&self, word: &str) -> Option<&str> {
        let chars = word.chars().count();
        let most_edits = match chars {
            0..=3 => return None,
            4..=5 => 1,
            _ => 2,
        };
        // (edits, longest shared start, most docs, index order): the smallest key is the best.
        let mut best: Option<(usize, Reverse<usize>, Reverse<u32>, usize)> = None;
        for (w, candidate) in self.words.iter().enumerate() {
            // A byte is at most a character: a cheap bound before counting characters.
            if candidate.len() + most_edits < chars
                || candidate.chars().count().abs_diff(chars) > most_edits
            {
                continue;
            }
            let edits = strsim::osa_distance(word, candidate);
            if edits > most_edits {
                continue;
            }
            let shared_start = word
                .chars()
                .zip(candidate.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let docs = self.posting_starts[w + 1] - self.posting_starts[w];
            let key = (edits, Reverse(shared_start), Reverse(docs), w);
            if best.is_none_or(|best| key < best) {
                best = Some(key);
            }
        }
        best.map(|(.., w)| &*self.words[w])
    }
}

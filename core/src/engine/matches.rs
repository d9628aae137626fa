//! Why a hit matched: the highlight ranges in its title and summary, and, for query words a
//! result card cannot show, the fields (or a snippet of the summary) they were found in.

use super::{Doc, FieldMatch, Hit, MatchedField, SNIPPET_CHARS, SUMMARY_VISIBLE_CHARS};
use crate::text::{for_each_word, original_prefix_len};
use std::ops::Range;

/// Byte ranges of `text` covering the start of each word that a token is a prefix of
/// (the longest such token).
fn highlights(text: &str, tokens: &[String]) -> Vec<Range<usize>> {
    find(text, tokens).ranges
}

/// Where `tokens` occur in a text (see [`find`]).
struct Found {
    /// What to highlight: [`highlights`].
    ranges: Vec<Range<usize>>,
    /// For each token, the byte range of the first word it starts, if any.
    first: Vec<Option<Range<usize>>>,
}

/// One pass over the words of `text`, folding each once: what to highlight, and where each
/// token first occurs.
fn find(text: &str, tokens: &[String]) -> Found {
    let mut found = Found {
        ranges: Vec::new(),
        first: vec![None; tokens.len()],
    };
    if tokens.is_empty() {
        return found;
    }
    for_each_word(text, |range, folded| {
        let mut longest = 0;
        for (token, first) in tokens.iter().zip(&mut found.first) {
            if folded.starts_with(token.as_str()) {
                longest = longest.max(token.len());
                first.get_or_insert_with(|| range.clone());
            }
        }
        if longest > 0 {
            let len = original_prefix_len(&text[range.clone()], longest);
            found.ranges.push(range.start..range.start + len);
        }
    });
    found
}

/// The [`Hit`] for `doc` (number `number`).
pub(super) fn hit(doc: &Doc, number: usize, score: f32, tokens: &[String]) -> Hit {
    let title = find(&doc.title, tokens);
    let summary = find(&doc.summary, tokens);
    let other_matches = other_matches(doc, tokens, &title.first, &summary.first);
    Hit {
        doc: number,
        score,
        title_matches: title.ranges,
        summary_matches: summary.ranges,
        other_matches,
    }
}

/// [`Hit::other_matches`]: the texts explaining the query words that the card's title and
/// visible summary do not show. `in_title` and `in_summary` are each token's first word there.
fn other_matches(
    doc: &Doc,
    tokens: &[String],
    in_title: &[Option<Range<usize>>],
    in_summary: &[Option<Range<usize>>],
) -> Vec<FieldMatch> {
    // The card shows the summary's first SUMMARY_VISIBLE_CHARS characters. A word starting
    // before that many bytes is within them (a character is at least a byte), so the common
    // case does not count characters.
    let last_in_summary = in_summary.iter().flatten().map(|at| at.start).max();
    let visible_end = match last_in_summary {
        Some(last) if last >= SUMMARY_VISIBLE_CHARS => doc
            .summary
            .char_indices()
            .nth(SUMMARY_VISIBLE_CHARS)
            .map_or(doc.summary.len(), |(at, _)| at),
        _ => usize::MAX,
    };
    // Per token: still to explain? (Most hits show every word: then nothing more is done.)
    let mut unexplained: Vec<bool> = in_title
        .iter()
        .zip(in_summary)
        .map(|(title, summary)| {
            title.is_none() && summary.as_ref().is_none_or(|at| at.start >= visible_end)
        })
        .collect();
    let mut found = Vec::new();
    if !unexplained.contains(&true) {
        return found;
    }
    let lists = [
        (MatchedField::Keywords, &doc.keywords),
        (MatchedField::Actors, &doc.actors),
        (MatchedField::Countries, &doc.countries),
        (MatchedField::Areas, &doc.areas),
    ];
    for (field, texts) in lists {
        explain_with(field, texts, tokens, &mut unexplained, &mut found);
    }
    // Past the visible summary: a snippet around the first such match.
    let hidden_at = (0..tokens.len())
        .filter(|&t| unexplained[t])
        .filter_map(|t| in_summary[t].clone())
        .min_by_key(|at| at.start);
    if let Some(at) = hidden_at {
        for (t, still) in unexplained.iter_mut().enumerate() {
            *still &= in_summary[t].is_none();
        }
        found.push(field_match(MatchedField::Summary, &doc.summary, at, tokens));
    }
    explain_with(
        MatchedField::Other,
        &doc.other,
        tokens,
        &mut unexplained,
        &mut found,
    );
    found
}

/// Adds a [`FieldMatch`] for each of `texts` that has a word an unexplained token starts,
/// and marks the tokens it has explained.
fn explain_with(
    field: MatchedField,
    texts: &[String],
    tokens: &[String],
    unexplained: &mut [bool],
    found: &mut Vec<FieldMatch>,
) {
    for text in texts {
        if !unexplained.contains(&true) {
            return;
        }
        let at = find(text, tokens).first;
        let first = (0..tokens.len())
            .filter(|&t| unexplained[t])
            .filter_map(|t| at[t].clone())
            .min_by_key(|at| at.start);
        if let Some(first) = first {
            for (t, still) in unexplained.iter_mut().enumerate() {
                *still &= at[t].is_none();
            }
            found.push(field_match(field, text, first, tokens));
        }
    }
}

/// `text` (or, past [`SNIPPET_CHARS`], a snippet of it around the word at `at`) with every
/// token's matches highlighted.
fn field_match(field: MatchedField, text: &str, at: Range<usize>, tokens: &[String]) -> FieldMatch {
    let text = if text.chars().count() > SNIPPET_CHARS {
        snippet(text, at, SNIPPET_CHARS)
    } else {
        text.to_string()
    };
    let ranges = highlights(&text, tokens);
    FieldMatch {
        field,
        text,
        ranges,
    }
}

/// About `chars` characters of `text` around the word at `at` (a third of them before it),
/// cut after a space and before one where there is a space to cut at (so no word is cut
/// apart), with "…" at each end that was cut.
fn snippet(text: &str, at: Range<usize>, chars: usize) -> String {
    let before = chars / 3;
    let mut start = text[..at.start]
        .char_indices()
        .rev()
        .nth(before.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let at_word_start = text[..start].ends_with(char::is_whitespace);
    if start > 0 && !at_word_start {
        // Start at a word: just after the first space in the lead-in, if there is one.
        if let Some(space) = text[start..at.start].find(char::is_whitespace) {
            start += space;
            start += text[start..]
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(0);
        }
    }
    let mut end = text[start..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        // End after a whole word: at the last space after the matched word, if there is one.
        if let Some(space) = text[at.end.min(end)..end].rfind(char::is_whitespace) {
            end = at.end.min(end) + space;
        }
    }
    let mut cut = String::with_capacity(end - start + 8);
    if start > 0 {
        cut.push('…');
    }
    cut.push_str(text[start..end].trim_end());
    if end < text.len() {
        cut.push('…');
    }
    cut
}

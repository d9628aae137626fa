//! "Did you mean": the closest known name to a mistyped one.

/// Field names, enum values and ids are short: a value longer than this many characters is no
/// typo of one and gets no suggestion. This also bounds the work: the edit distance costs the
/// product of the two lengths, which for a value of megabytes would take minutes.
const MAX_CHARS: usize = 64;

/// The candidate closest to `wrong`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let chars = wrong.chars().take(MAX_CHARS + 1).count();
    if chars > MAX_CHARS {
        return None;
    }
    let limit = (chars / 3).max(1);
    let wrong: Vec<char> = wrong.to_lowercase().chars().collect();
    let longest = wrong.len() + limit;
    let mut rows = Rows::default();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        // The distance is at least the difference in length: skip what is far too long before
        // lower-casing it (a character is at most four bytes), then what differs too much.
        if candidate.len() > 4 * longest {
            continue;
        }
        let lower: Vec<char> = candidate.to_lowercase().chars().collect();
        if lower.len().abs_diff(wrong.len()) > limit {
            continue;
        }
        let distance = rows.distance(&wrong, &lower);
        if distance <= limit && best.is_none_or(|(closest, _)| distance < closest) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`,
/// ignoring case.
#[cfg(test)]
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    Rows::default().distance(&a, &b)
}

/// The three rows of the distance table that the next row needs, kept between candidates so
/// comparing with hundreds of them allocates nothing.
#[derive(Default)]
struct Rows {
    /// Row i - 2 (for a swap of neighbours), row i - 1, and row i.
    before: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

impl Rows {
    /// The optimal-string-alignment distance between `a` and `b`: row i, column j of the
    /// table is the distance between the first i chars of `a` and the first j of `b`.
    fn distance(&mut self, a: &[char], b: &[char]) -> usize {
        let Rows {
            before,
            previous,
            current,
        } = self;
        previous.clear();
        previous.extend(0..=b.len());
        before.clear();
        before.resize(b.len() + 1, 0);
        current.clear();
        current.resize(b.len() + 1, 0);
        for i in 1..=a.len() {
            current[0] = i;
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (previous[j] + 1)
                    .min(current[j - 1] + 1)
                    .min(previous[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(before[j - 2] + 1);
                }
                current[j] = best;
            }
            std::mem::swap(before, previous);
            std::mem::swap(previous, current);
        }
        previous[b.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_but_not_strangers() {
        assert_eq!(suggest("sector", ["sectors", "regions"]), Some("sectors"));
        assert_eq!(suggest("hgih", ["high", "medium", "low"]), Some("high"));
        assert_eq!(suggest("colour", ["sectors", "regions"]), None);
        assert_eq!(edit_distance("Kitten", "sitting"), 3);
    }

    #[test]
    fn a_value_too_long_to_be_a_name_gets_no_suggestion_and_costs_little() {
        let huge = "sectors".repeat(300_000);
        let started = std::time::Instant::now();
        assert_eq!(suggest(&huge, ["sectors", "regions"]), None);
        assert_eq!(
            suggest("sector", [huge.as_str(), "sectors"]),
            Some("sectors")
        );
        assert!(
            started.elapsed().as_secs_f64() < 1.0,
            "{:?}",
            started.elapsed()
        );
        let longest = "a".repeat(MAX_CHARS);
        let typo = format!("b{}", &longest[1..]);
        assert_eq!(suggest(&typo, [longest.as_str()]), Some(longest.as_str()));
    }

    #[test]
    fn the_three_row_distance_agrees_with_the_whole_table() {
        fn whole_table(a: &str, b: &str) -> usize {
            let a: Vec<char> = a.to_lowercase().chars().collect();
            let b: Vec<char> = b.to_lowercase().chars().collect();
            let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
            for (i, row) in d.iter_mut().enumerate() {
                row[0] = i;
            }
            for (j, cell) in d[0].iter_mut().enumerate() {
                *cell = j;
            }
            for i in 1..=a.len() {
                for j in 1..=b.len() {
                    let cost = usize::from(a[i - 1] != b[j - 1]);
                    let mut best = (d[i - 1][j] + 1)
                        .min(d[i][j - 1] + 1)
                        .min(d[i - 1][j - 1] + cost);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        best = best.min(d[i - 2][j - 2] + 1);
                    }
                    d[i][j] = best;
                }
            }
            d[a.len()][b.len()]
        }
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "ca",
            "sector",
            "sectors",
            "hgih",
            "high",
            "Kitten",
            "sitting",
            "actor_types",
            "actors",
            "domestic-work",
            "domestci-work",
            "ΣΑΣ",
            "σας",
        ];
        for a in words {
            for b in words {
                assert_eq!(edit_distance(a, b), whole_table(a, b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_length_test_counts_lower_case_characters() {
        // "İ" lower-cases to two characters ("i" and a combining dot).
        let dotted = "i\u{307}".repeat(6);
        assert_eq!(suggest("İİİİİİ", [dotted.as_str()]), Some(dotted.as_str()));
    }
}

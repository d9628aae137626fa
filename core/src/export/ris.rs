//! [`to_ris`]: records for reference managers.

use super::entry::{entries, heading};
use super::words::words;
use super::{one_line, ExportContext, ExportItem, APP_NAME};

/// The items as RIS records for reference managers, one `TY  - ELEC` (web page) … `ER  - `
/// record per item, `\r\n` line ends and a blank line between records. Tags: `TY`, `ID` (the
/// item's id), `TI` (its title; "Principle 4: …" for a principle), `AB` (summary), `PY` (the
/// year a profile's period starts with: not for "by 2008", "1990s onwards", "undated"), `CY`
/// (countries and groupings), `UR` (link back), `DB` ("MFLM Explorer"), `LA` (the language),
/// `N1` (the source citation; then why a practice is good; then the trainer's note), `KW`
/// (one per keyword). Every value is on one line: line breaks become spaces.
pub fn to_ris(ctx: &ExportContext, items: &[ExportItem]) -> String {
    let words = words(ctx.lang);
    let mut out = String::new();
    for (entry, note) in entries(ctx, items) {
        let mut tag = |tag: &str, value: &str| {
            let value = one_line(value);
            if !value.is_empty() {
                out.push_str(&format!("{tag}  - {value}\r\n"));
            }
        };
        tag("TY", "ELEC");
        tag("ID", &entry.id);
        tag("TI", &heading(words, &entry));
        tag("AB", entry.summary);
        if let Some(year) = leading_year(entry.period) {
            tag("PY", year);
        }
        tag("CY", &entry.places.join("; "));
        tag("UR", &entry.link);
        tag("DB", APP_NAME);
        tag("LA", ctx.lang.tag());
        tag(
            "N1",
            &format!("{}{}{}", words.source, words.colon, entry.source),
        );
        if !entry.why_good.is_empty() {
            tag(
                "N1",
                &format!("{}{}{}", words.why_good, words.colon, entry.why_good),
            );
        }
        if let Some(note) = note {
            tag("N1", note);
        }
        for keyword in entry.keywords {
            tag("KW", keyword);
        }
        out.push_str("ER  - \r\n\r\n");
    }
    out
}

/// The year a period starts with (`"2001-2014"`, `"2004 (planned)"`, `"1985 (figures for
/// 2012)"`), as text; `None` where the period does not start with a year of the item's own
/// (`"by 2008"` is the report's year, `"1990s onwards"` a decade, `"undated"`).
fn leading_year(period: &str) -> Option<&str> {
    let year = period.get(..4)?;
    let next = period[4..].chars().next();
    let is_year = year.bytes().all(|b| b.is_ascii_digit());
    (is_year && !next.is_some_and(char::is_alphanumeric)).then_some(year)
}

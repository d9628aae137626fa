//! [`to_csv`]: a spreadsheet, one row per item.

use super::entry::entries;
use super::{ExportContext, ExportItem};
#[cfg(doc)]
use crate::url;

/// The CSV's columns, in order. Lists within a cell are joined by `"; "`. A cell that does
/// not apply to the item's type is empty.
///
/// | column | holds |
/// | --- | --- |
/// | `id` | the item's id: `DB-005`, `g4-t2`, or a principle's number (`4`) |
/// | `type` | `principle`, `guideline`, `practice` or `activity` (fixed English keys, for filtering) |
/// | `title` | a principle's title, a guideline's text (after its official number where it has one), a profile's title |
/// | `summary` | a principle's or profile's summary |
/// | `why_good` | why a practice is a good one, where the data says |
/// | `countries` | a profile's country names, then its groupings that are not countries ("ASEAN member States") |
/// | `regions` | a profile's region names |
/// | `sectors` | a profile's sector names |
/// | `period` | a profile's period, as the source gives it (`2001-2014`, `by 2008`) |
/// | `principles` | principle numbers: a profile's, a guideline's own, a principle's own |
/// | `guidelines` | guideline texts: a profile's, or a principle's guidelines |
/// | `instruments` | instrument names (short forms where there are): a profile's, or those underpinning a principle |
/// | `actors` | a profile's actors: their names, or their type where the source names none |
/// | `keywords` | a profile's keywords |
/// | `source` | the source document's title and the place in it, never an internal id |
/// | `source_url` | the web address of that place, else of the document; empty where neither has one |
/// | `link` | the item's page in the app: `base_url` + [`url::href`] |
/// | `note` | the trainer's note |
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "type",
    "title",
    "summary",
    "why_good",
    "countries",
    "regions",
    "sectors",
    "period",
    "principles",
    "guidelines",
    "instruments",
    "actors",
    "keywords",
    "source",
    "source_url",
    "link",
    "note",
];

/// The items as CSV: UTF-8 with a byte order mark (so spreadsheet programs read it as UTF-8),
/// a header row of [`CSV_COLUMNS`], one row per item, `\r\n` line ends (RFC 4180), quoting
/// by the `csv` crate (commas, quotes and line breaks in a cell survive).
pub fn to_csv(ctx: &ExportContext, items: &[ExportItem]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer("\u{FEFF}".as_bytes().to_vec());
    // Writing into memory cannot fail (every record has the header's length), and every cell
    // is a `&str`, so the bytes are UTF-8. The impossible errors are dropped rather than
    // unwrapped: formatting them for a panic message costs about 2 KB (gzip) of wasm.
    let mut write = |record: &[&str]| {
        let _ = writer.write_record(record);
    };
    write(CSV_COLUMNS);
    for (entry, note) in entries(ctx, items) {
        let principles = entry
            .principles
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>();
        let record = [
            entry.id.as_str(),
            entry.item_type.key(),
            &entry.title,
            entry.summary,
            entry.why_good,
            &entry.places.join("; "),
            &entry.regions.join("; "),
            &entry.sectors.join("; "),
            entry.period,
            &principles.join("; "),
            &entry.guidelines.join("; "),
            &entry.instruments.join("; "),
            &entry.actors.join("; "),
            &entry.keywords.join("; "),
            &entry.source,
            entry.source_url.unwrap_or(""),
            &entry.link,
            note.unwrap_or(""),
        ];
        write(&record);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

//! Exports a list of items (the current results, or a trainer's shortlist with notes) as a
//! file the browser offers for download, and a "Cite this" line to copy. Pure: the view
//! layer hands over the items and saves the string.
//!
//! | function | what it makes |
//! | --- | --- |
//! | [`to_csv`] | a spreadsheet: one row per item, the columns of [`CSV_COLUMNS`] |
//! | [`to_json`] | a data file in `data/framework.json`'s own shape holding only these items and what they reference; [`crate::validate::load`] accepts it |
//! | [`to_markdown`] | a handout: a heading per item with its facts, the trainer's note quoted |
//! | [`to_ris`] | records for reference managers (Zotero, EndNote, Mendeley) |
//! | [`citation`] | one formatted citation of one item |
//!
//! **Which items.** Principles, guidelines, practices and activities: the items the search
//! lists and the shortlist holds. Any other [`ItemRef`] (sub-division, instrument, country)
//! and any item the data does not have (an old shortlist entry) is skipped by every function,
//! and [`citation`] gives `None` for it. The rest keep the caller's order, repeats included;
//! [`to_json`] alone follows the data's order (the file is a subset of the data file).
//!
//! **Language.** Texts are in the context's language with English where the data has none
//! ([`crate::model::Text::get`]); vocabulary labels, country and instrument names come from
//! [`Relations`]. The few words an export adds (field names such as "Countries", the item
//! types) are the interface catalogue's own (`i18n/<lang>.ftl`, checked by
//! `tests/export.rs`), in the languages the content is translated into (English, French,
//! Spanish); for the others the whole document is in English, like the content it holds,
//! so a document never mixes languages. Keywords, periods, locators and actor names are
//! written once in the data, in English or as the source gives them.
//!
//! **Links back** are `base_url` followed by [`url::href`] of the item's page in the
//! export's language (`?item=profile:DB-005&lang=fr`), so a reader lands on the text that was
//! exported. `base_url` is the app's address (`https://example.org/mflm/`); anything from a
//! `?` or `#` in it is dropped. With `""` the links are relative, which suits a page but not a
//! file that leaves it: the view should pass the page's absolute address.
//!
//! Source documents are always named by title and place ("ILO good practices database: ...,
//! practice 5"), never by the data's internal ids (`ilo-migpractice`).

use std::collections::BTreeSet;

use crate::engine::ItemType;
use crate::lang::Lang;
use crate::model::{Citation, Framework, Profile, ProfileType, Vocabularies};
use crate::query::{ItemRef, ViewState};
use crate::relations::{Relations, Vocabulary};
use crate::url;

/// One item to export, with the trainer's note on it where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportItem<'a> {
    pub item: ItemRef,
    pub note: Option<&'a str>,
}

/// What every export needs besides its items.
#[derive(Clone, Copy)]
pub struct ExportContext<'a> {
    pub relations: &'a Relations,
    /// The language of the texts and labels (English where the data has none).
    pub lang: Lang,
    /// Absolute or relative base for links back, e.g. `"https://example.org/mflm/"` or `""`.
    pub base_url: &'a str,
}

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

/// The items as a data file: `data/framework.json`'s shape, holding exactly the chosen
/// profiles, plus the chosen principles and guidelines and everything the items reference,
/// so that [`crate::validate::load`] accepts it: principles, guidelines and instruments they
/// name (instruments bring the principles they underpin), the sub-division of each principle
/// with all of that sub-division's principles, the countries, regions, sectors, actor types,
/// kinds and instrument types used, and the source documents cited (the meta block's too).
/// The meta block is the data's. Lists keep the data's order.
///
/// Texts keep every language loaded (a translated framework gives `{"en": …, "fr": …}`,
/// which the format allows); official instrument names in other languages are not part of
/// the data file's format and are left out. Trainers' notes have no place in the format and
/// are left out too; `lang` and `base_url` are not used.
pub fn to_json(ctx: &ExportContext, items: &[ExportItem]) -> String {
    let subset = subset(ctx.relations, items);
    serde_json::to_string_pretty(&subset).expect("the data model always serialises")
}

/// The items as a Markdown document (CommonMark): `# title`, then per item a heading linking
/// back to it, its type and id, summary, why a practice is good, a list of its facts ending
/// with its source, and the trainer's note as a quote. Text from the data, the title and the
/// notes is escaped, so a `*` or `[` shows as itself and a note line starting `- ` or `# `
/// stays text.
pub fn to_markdown(ctx: &ExportContext, items: &[ExportItem], title: &str) -> String {
    let words = words(ctx.lang);
    let mut out = format!("# {}\n", markdown_line(title));
    for (entry, note) in entries(ctx, items) {
        out.push_str(&format!(
            "\n## [{}]({})\n\n",
            markdown_line(&heading(words, &entry)),
            markdown_destination(&entry.link)
        ));
        out.push_str(&format!(
            "*{}* · {}\n",
            type_word(words, entry.item_type),
            markdown_line(&entry.id)
        ));
        if !entry.summary.is_empty() {
            out.push_str(&format!("\n{}\n", markdown_line(entry.summary)));
        }
        if !entry.why_good.is_empty() {
            out.push_str(&format!(
                "\n**{}{}** {}\n",
                markdown_line(words.why_good),
                words.colon.trim_end(),
                markdown_line(entry.why_good)
            ));
        }
        let principles: Vec<String> = entry.principles.iter().map(u8::to_string).collect();
        let mut source = markdown_line(&entry.source);
        if let Some(url) = entry.source_url {
            source.push_str(&format!(", <{}>", markdown_destination(url)));
        }
        let facts = [
            (words.countries, markdown_words(&entry.places)),
            (words.regions, markdown_words(&entry.regions)),
            (words.sectors, markdown_words(&entry.sectors)),
            (words.period, markdown_line(entry.period)),
            (words.principles, markdown_words(&principles)),
            (words.guidelines, markdown_list(&entry.guidelines)),
            (words.instruments, markdown_list(&entry.instruments)),
            (words.actors, markdown_list(&entry.actors)),
            (words.keywords, markdown_words(entry.keywords)),
            (words.source, source),
        ];
        out.push('\n');
        for (label, value) in facts.iter().filter(|(_, value)| !value.is_empty()) {
            let space = if value.starts_with('\n') { "" } else { " " };
            out.push_str(&format!(
                "- **{}{}**{space}{value}\n",
                markdown_line(label),
                words.colon.trim_end(),
            ));
        }
        if let Some(note) = note {
            out.push_str(&format!(
                "\n> **{}{}**\n",
                markdown_line(words.note),
                words.colon.trim_end()
            ));
            for line in note.lines() {
                out.push_str(&format!(">\n> {}\n", markdown_line(line)));
            }
        }
    }
    out
}

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

/// "Cite this": one line to copy, in the context's language, e.g.
///
/// ```text
/// UK-Portugal trade union cooperation agreement (TUC and CGTP-IN). Practice, United Kingdom,
/// Portugal, 2001-2014. In: MFLM Explorer (compilation of 2026-11-30),
/// https://example.org/mflm/?item=profile:DB-005&lang=en. Source: ILO good practices database:
/// labour migration policies and programmes, practice 5, https://www.ilo.org/….
/// ```
///
/// A principle's title carries its number ("Principle 4: …"); a guideline names its
/// principle. `None` for an item that is not exported (see the module documentation).
pub fn citation(ctx: &ExportContext, item: &ItemRef) -> Option<String> {
    let entry = entry(ctx, item)?;
    let words = words(ctx.lang);
    let mut about: Vec<String> = Vec::new();
    match entry.item_type {
        ItemType::Principle => {}
        ItemType::Guideline => {
            about.push(type_word(words, entry.item_type).to_string());
            if let Some(n) = entry.principles.first() {
                about.push(format!("{} {n}", words.principle));
            }
        }
        ItemType::Practice | ItemType::Activity => {
            about.push(type_word(words, entry.item_type).to_string());
            about.extend(entry.places.iter().cloned());
            about.push(entry.period.to_string());
        }
    }
    let mut out = sentence(&heading(words, &entry));
    if !about.is_empty() {
        out.push(' ');
        out.push_str(&sentence(&about.join(", ")));
    }
    let compiled = &ctx.relations.framework().meta.compiled;
    let source = match entry.source_url {
        Some(url) => format!("{}, {url}", entry.source),
        None => entry.source.clone(),
    };
    out.push_str(&format!(
        " {}{}{APP_NAME} ({} {compiled}), {}. {}{}{}",
        words.in_,
        words.colon,
        words.compilation_of,
        entry.link,
        words.source,
        words.colon,
        sentence(&source)
    ));
    Some(one_line(&out))
}

const APP_NAME: &str = "MFLM Explorer";

// ---- One item, resolved ------------------------------------------------------------------

/// An exported item's fields in the export's language: what every format draws from.
struct Entry<'a> {
    id: String,
    item_type: ItemType,
    /// A principle's title (without its number), a guideline's text (after its official
    /// number), a profile's title.
    title: String,
    principle_number: Option<u8>,
    summary: &'a str,
    why_good: &'a str,
    /// Country names, then groupings that are not countries.
    places: Vec<String>,
    regions: Vec<&'a str>,
    sectors: Vec<&'a str>,
    period: &'a str,
    principles: Vec<u8>,
    guidelines: Vec<String>,
    instruments: Vec<&'a str>,
    actors: Vec<&'a str>,
    keywords: &'a [String],
    /// The source document's title and the place in it.
    source: String,
    source_url: Option<&'a str>,
    link: String,
}

/// The exported items with their notes (a blank note counts as none), in order.
fn entries<'c, 'n>(
    ctx: &'c ExportContext,
    items: &'c [ExportItem<'n>],
) -> impl Iterator<Item = (Entry<'c>, Option<&'n str>)> + 'c {
    items.iter().filter_map(|export| {
        let note = export.note.filter(|note| !note.trim().is_empty());
        entry(ctx, &export.item).map(|entry| (entry, note))
    })
}

fn entry<'a>(ctx: &ExportContext<'a>, item: &ItemRef) -> Option<Entry<'a>> {
    let relations = ctx.relations;
    let lang = ctx.lang;
    let tag = lang.tag();
    let link = link_back(ctx, item);
    let entry = match item {
        ItemRef::Principle(number) => {
            let principle = relations.principle(*number)?;
            let (source, source_url) = source(relations, lang, &principle.source);
            Entry {
                id: number.to_string(),
                item_type: ItemType::Principle,
                title: principle.title.get(tag).to_string(),
                principle_number: Some(*number),
                summary: principle.summary.get(tag),
                why_good: "",
                places: Vec::new(),
                regions: Vec::new(),
                sectors: Vec::new(),
                period: "",
                principles: vec![*number],
                guidelines: relations
                    .guidelines_of_principle(*number)
                    .into_iter()
                    .map(|g| guideline_text(g, tag))
                    .collect(),
                instruments: relations
                    .instruments_of_principle(*number)
                    .into_iter()
                    .map(|i| i.list_name_in(tag).0)
                    .collect(),
                actors: Vec::new(),
                keywords: &[],
                source,
                source_url,
                link,
            }
        }
        ItemRef::Guideline(id) => {
            let guideline = relations.guideline(id)?;
            let (source, source_url) = source(relations, lang, &guideline.source);
            Entry {
                id: guideline.id.clone(),
                item_type: ItemType::Guideline,
                title: guideline_text(guideline, tag),
                principle_number: None,
                summary: "",
                why_good: "",
                places: Vec::new(),
                regions: Vec::new(),
                sectors: Vec::new(),
                period: "",
                principles: vec![guideline.principle],
                guidelines: Vec::new(),
                instruments: Vec::new(),
                actors: Vec::new(),
                keywords: &[],
                source,
                source_url,
                link,
            }
        }
        ItemRef::Profile(id) => {
            let profile = relations.profile(id)?;
            profile_entry(ctx, profile, link)
        }
        ItemRef::Subdivision(_) | ItemRef::Instrument(_) | ItemRef::Country(_) => return None,
    };
    Some(entry)
}

fn profile_entry<'a>(ctx: &ExportContext<'a>, profile: &'a Profile, link: String) -> Entry<'a> {
    let relations = ctx.relations;
    let lang = ctx.lang;
    let tag = lang.tag();
    let (source, source_url) = source(relations, lang, &profile.source);
    let labels = |vocabulary, ids: &'a [String]| -> Vec<&'a str> {
        ids.iter()
            .map(|id| relations.label(vocabulary, id, lang))
            .collect()
    };
    Entry {
        id: profile.id.clone(),
        item_type: match profile.profile_type {
            ProfileType::Practice => ItemType::Practice,
            ProfileType::Activity => ItemType::Activity,
        },
        title: profile.title.get(tag).to_string(),
        principle_number: None,
        summary: profile.summary.get(tag),
        why_good: profile.why_good.as_ref().map_or("", |text| text.get(tag)),
        places: profile
            .countries
            .iter()
            .map(|id| relations.country_name(id, lang))
            .chain(profile.areas.iter().map(String::as_str))
            .map(str::to_string)
            .collect(),
        regions: labels(Vocabulary::Region, &profile.regions),
        sectors: labels(Vocabulary::Sector, &profile.sectors),
        period: &profile.period,
        principles: profile.principles.clone(),
        guidelines: relations
            .guidelines_of_profile(profile)
            .into_iter()
            .map(|g| guideline_text(g, tag))
            .collect(),
        instruments: profile
            .instruments
            .iter()
            .map(|id| relations.instrument_name(id, lang))
            .collect(),
        actors: profile
            .actors
            .iter()
            .map(|actor| match &actor.name {
                Some(name) => name.as_str(),
                None => relations.label(Vocabulary::ActorType, &actor.actor_type, lang),
            })
            .collect(),
        keywords: &profile.tags,
        source,
        source_url,
        link,
    }
}

/// A guideline's text, after its official number when it has one (as the app shows it).
fn guideline_text(guideline: &crate::model::Guideline, lang: &str) -> String {
    let text = guideline.text.get(lang);
    match &guideline.number {
        Some(number) => format!("{number} {text}"),
        None => text.to_string(),
    }
}

/// "<document title>, <locator>" and the address of the place (its own, else the
/// document's). A document the data lacks is left out rather than named by its id.
fn source<'a>(
    relations: &'a Relations,
    lang: Lang,
    citation: &'a Citation,
) -> (String, Option<&'a str>) {
    let document = relations.source(&citation.document);
    let text = match document {
        Some(document) => format!("{}, {}", document.title.get(lang.tag()), citation.locator),
        None => citation.locator.clone(),
    };
    let url = citation
        .url
        .as_deref()
        .or_else(|| document.and_then(|d| d.url.as_deref()));
    (text, url)
}

/// `base_url` (up to any `?` or `#`) + the item page's [`url::href`] in the export's language.
fn link_back(ctx: &ExportContext, item: &ItemRef) -> String {
    let base = ctx.base_url.split(['?', '#']).next().unwrap_or_default();
    let view = ViewState::default()
        .opening(item.clone())
        .with_lang(ctx.lang);
    format!("{base}{}", url::href(&view))
}

/// The title a heading, a record or a citation shows: "Principle 4: <title>" for a principle.
fn heading(words: &Words, entry: &Entry) -> String {
    match entry.principle_number {
        Some(number) => format!("{} {number}{}{}", words.principle, words.colon, entry.title),
        None => entry.title.clone(),
    }
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

// ---- Text helpers --------------------------------------------------------------------------

/// Line breaks (and tabs) as single spaces, trimmed: a RIS value or a citation is one line.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n', '\t'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` ending in a full stop (unless it ends in `.`, `?` or `!` already).
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// Text shown as itself in Markdown, on one line: inline markup characters are escaped, and so
/// is what would start a heading, list or quote at the line's start.
fn markdown_line(text: &str) -> String {
    let text = one_line(text);
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => true,
            // An entity such as `&amp;` or `&#38;`, not a lone ampersand.
            '&' => chars
                .peek()
                .is_some_and(|n| n.is_alphanumeric() || *n == '#'),
            // The image marker `![`.
            '!' => chars.peek() == Some(&'['),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    // A line starting "- ", "+ ", "1. " or "2) " would become a list item, "=" a heading rule.
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match out.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => Some(digits),
        Some(b'-' | b'+' | b'=') if digits == 0 => Some(0),
        _ => None,
    };
    if let Some(at) = marker {
        out.insert(at, '\\');
    }
    out
}

/// Short values on one line, separated by commas, each escaped.
fn markdown_words(values: &[impl AsRef<str>]) -> String {
    let escaped: Vec<String> = values.iter().map(|v| markdown_line(v.as_ref())).collect();
    escaped.join(", ")
}

/// Long values (sentences, names with commas) as a nested list when there are several, each
/// escaped; a single one stays on the line.
fn markdown_list(values: &[impl AsRef<str>]) -> String {
    match values {
        [] => String::new(),
        [one] => markdown_line(one.as_ref()),
        several => several
            .iter()
            .map(|v| format!("\n  - {}", markdown_line(v.as_ref())))
            .collect(),
    }
}

/// A link destination that needs no angle brackets: spaces, parentheses and angle brackets
/// percent-encoded.
fn markdown_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

// ---- The words an export adds ----------------------------------------------------------

/// The words an export adds to the data's text: the interface catalogue's (`i18n/<lang>.ftl`,
/// message ids in the comments) plus the citation's connectors.
struct Words {
    principle: &'static str,   // type-principle
    guideline: &'static str,   // type-guideline
    practice: &'static str,    // type-practice
    activity: &'static str,    // type-activity
    countries: &'static str,   // field-countries
    regions: &'static str,     // field-regions
    sectors: &'static str,     // field-sectors
    period: &'static str,      // field-period
    principles: &'static str,  // field-principles
    guidelines: &'static str,  // field-guidelines
    instruments: &'static str, // field-instruments
    actors: &'static str,      // field-actors
    keywords: &'static str,    // field-tags
    source: &'static str,      // field-source
    why_good: &'static str,    // why-good-heading
    note: &'static str,        // field-note
    /// The label separator: ": ", or " : " in French.
    colon: &'static str,
    /// "In" of "In: MFLM Explorer (compilation of 2026-11-30)".
    in_: &'static str,
    compilation_of: &'static str,
}

const ENGLISH: Words = Words {
    principle: "Principle",
    guideline: "Guideline",
    practice: "Practice",
    activity: "ILO activity",
    countries: "Countries",
    regions: "Region",
    sectors: "Sectors",
    period: "Period",
    principles: "Principles",
    guidelines: "Guidelines",
    instruments: "Instruments",
    actors: "Actors",
    keywords: "Keywords",
    source: "Source",
    why_good: "Why it is a good practice",
    note: "Note",
    colon: ": ",
    in_: "In",
    compilation_of: "compilation of",
};

const FRENCH: Words = Words {
    principle: "Principe",
    guideline: "Ligne directrice",
    practice: "Pratique",
    activity: "Activité de l'OIT",
    countries: "Pays",
    regions: "Région",
    sectors: "Secteurs",
    period: "Période",
    principles: "Principes",
    guidelines: "Lignes directrices",
    instruments: "Instruments",
    actors: "Acteurs",
    keywords: "Mots-clés",
    source: "Source",
    why_good: "Pourquoi c'est une bonne pratique",
    note: "Remarque",
    colon: " : ",
    in_: "Dans",
    compilation_of: "compilation du",
};

const SPANISH: Words = Words {
    principle: "Principio",
    guideline: "Directriz",
    practice: "Práctica",
    activity: "Actividad de la OIT",
    countries: "Países",
    regions: "Región",
    sectors: "Sectores",
    period: "Período",
    principles: "Principios",
    guidelines: "Directrices",
    instruments: "Instrumentos",
    actors: "Actores",
    keywords: "Palabras clave",
    source: "Fuente",
    why_good: "Por qué es una buena práctica",
    note: "Nota",
    colon: ": ",
    in_: "En",
    compilation_of: "recopilación del",
};

/// The export's words: in the languages the content is translated into, else English.
fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FRENCH,
        Lang::Es => &SPANISH,
        Lang::En | Lang::Ar | Lang::Zh | Lang::Ru => &ENGLISH,
    }
}

fn type_word(words: &Words, item_type: ItemType) -> &'static str {
    match item_type {
        ItemType::Principle => words.principle,
        ItemType::Guideline => words.guideline,
        ItemType::Practice => words.practice,
        ItemType::Activity => words.activity,
    }
}

// ---- The JSON subset ---------------------------------------------------------------------

/// The framework holding only `items` and what they reference (see [`to_json`]).
fn subset(relations: &Relations, items: &[ExportItem]) -> Framework {
    let framework = relations.framework();
    let mut profiles: BTreeSet<&str> = BTreeSet::new();
    let mut principles: BTreeSet<u8> = BTreeSet::new();
    let mut guidelines: BTreeSet<&str> = BTreeSet::new();
    for export in items {
        match &export.item {
            ItemRef::Profile(id) => {
                if let Some(profile) = relations.profile(id) {
                    profiles.insert(&profile.id);
                }
            }
            ItemRef::Principle(number) => {
                if relations.principle(*number).is_some() {
                    principles.insert(*number);
                }
            }
            ItemRef::Guideline(id) => {
                if let Some(guideline) = relations.guideline(id) {
                    guidelines.insert(&guideline.id);
                }
            }
            ItemRef::Subdivision(_) | ItemRef::Instrument(_) | ItemRef::Country(_) => {}
        }
    }

    let chosen_profiles: Vec<&Profile> = framework
        .profiles
        .iter()
        .filter(|p| profiles.contains(p.id.as_str()))
        .collect();
    let mut instruments: BTreeSet<&str> = BTreeSet::new();
    for profile in &chosen_profiles {
        principles.extend(&profile.principles);
        guidelines.extend(profile.guidelines.iter().map(String::as_str));
        instruments.extend(profile.instruments.iter().map(String::as_str));
    }
    for guideline in &framework.guidelines {
        if guidelines.contains(guideline.id.as_str()) {
            principles.insert(guideline.principle);
        }
    }
    for instrument in &framework.instruments {
        if instruments.contains(instrument.id.as_str()) {
            principles.extend(&instrument.principles);
        }
    }
    // A principle needs its sub-division, and a sub-division every principle it lists.
    let mut subdivisions: BTreeSet<&str> = BTreeSet::new();
    loop {
        for principle in &framework.principles {
            if principles.contains(&principle.number) {
                subdivisions.insert(&principle.subdivision);
            }
        }
        let before = principles.len();
        for subdivision in &framework.subdivisions {
            if subdivisions.contains(subdivision.id.as_str())
                || subdivision
                    .principles
                    .iter()
                    .any(|n| principles.contains(n))
            {
                subdivisions.insert(&subdivision.id);
                principles.extend(&subdivision.principles);
            }
        }
        if principles.len() == before {
            break;
        }
    }

    let mut out = Framework {
        schema_version: framework.schema_version,
        meta: framework.meta.clone(),
        vocabularies: Vocabularies {
            regions: Vec::new(),
            sectors: Vec::new(),
            actor_types: Vec::new(),
            profile_kinds: Vec::new(),
            instrument_types: Vec::new(),
            countries: Vec::new(),
        },
        sources: Vec::new(),
        subdivisions: kept(&framework.subdivisions, |s| {
            subdivisions.contains(s.id.as_str())
        }),
        principles: kept(&framework.principles, |p| principles.contains(&p.number)),
        guidelines: kept(&framework.guidelines, |g| {
            guidelines.contains(g.id.as_str())
        }),
        instruments: kept(&framework.instruments, |i| {
            instruments.contains(i.id.as_str())
        }),
        profiles: chosen_profiles.into_iter().cloned().collect(),
    };

    let mut sources: BTreeSet<&str> = BTreeSet::from([out.meta.source.document.as_str()]);
    let citations = out
        .subdivisions
        .iter()
        .map(|s| &s.source)
        .chain(out.principles.iter().map(|p| &p.source))
        .chain(out.guidelines.iter().map(|g| &g.source))
        .chain(out.instruments.iter().map(|i| &i.source))
        .chain(out.profiles.iter().map(|p| &p.source));
    sources.extend(citations.map(|c| c.document.as_str()));

    let countries: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.countries)
        .map(String::as_str)
        .collect();
    let vocabularies = &framework.vocabularies;
    let chosen_countries = kept(&vocabularies.countries, |c| {
        countries.contains(c.id.as_str())
    });
    let regions: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.regions)
        .map(String::as_str)
        .chain(chosen_countries.iter().map(|c| c.region.as_str()))
        .collect();
    let sectors: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.sectors)
        .map(String::as_str)
        .collect();
    let actor_types: BTreeSet<&str> = out
        .profiles
        .iter()
        .flat_map(|p| &p.actors)
        .map(|a| a.actor_type.as_str())
        .collect();
    let kinds: BTreeSet<&str> = out.profiles.iter().map(|p| p.kind.as_str()).collect();
    let instrument_types: BTreeSet<&str> = out
        .instruments
        .iter()
        .map(|i| i.instrument_type.as_str())
        .collect();

    out.sources = kept(&framework.sources, |s| sources.contains(s.id.as_str()));
    out.vocabularies = Vocabularies {
        regions: kept(&vocabularies.regions, |t| regions.contains(t.id.as_str())),
        sectors: kept(&vocabularies.sectors, |t| sectors.contains(t.id.as_str())),
        actor_types: kept(&vocabularies.actor_types, |t| {
            actor_types.contains(t.id.as_str())
        }),
        profile_kinds: kept(&vocabularies.profile_kinds, |t| {
            kinds.contains(t.id.as_str())
        }),
        instrument_types: kept(&vocabularies.instrument_types, |t| {
            instrument_types.contains(t.id.as_str())
        }),
        countries: chosen_countries,
    };
    out
}

/// The entries of `list` that `keep` accepts, cloned, in the list's order.
fn kept<T: Clone>(list: &[T], keep: impl Fn(&T) -> bool) -> Vec<T> {
    list.iter().filter(|entry| keep(entry)).cloned().collect()
}

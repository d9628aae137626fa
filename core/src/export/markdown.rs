//! [`to_markdown`]: a handout, and the escaping that keeps the data's text as itself.

use super::entry::{entries, heading};
use super::one_line;
use super::words::{type_word, words};
use super::{ExportContext, ExportItem};

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

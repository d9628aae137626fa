//! [`citation`]: "Cite this", one formatted citation of one item.

use super::entry::{entry, heading};
use super::words::{type_word, words};
use super::{one_line, ExportContext, APP_NAME};
use crate::engine::ItemType;
use crate::query::ItemRef;

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

/// `text` ending in a full stop (unless it ends in `.`, `?` or `!` already).
fn sentence(text: &str) -> String {
    let text = text.trim_end();
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

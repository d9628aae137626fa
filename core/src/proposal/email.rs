//! The proposal as plain text, to paste in an e-mail to the editors (who work in English, so
//! the text is in English, with the data's English labels).

use super::ProposalFile;
use crate::model::{Framework, Term};
use std::fmt::Write;

impl ProposalFile {
    /// A plain-text summary of the proposal: a subject line, every field with the data's
    /// English labels, and a line naming the file to attach. Ids the data does not know are
    /// shown as they are.
    pub fn email_text(&self, framework: &Framework) -> String {
        let vocabularies = &framework.vocabularies;
        let profile = &self.profile;
        let term = |terms: &[Term], id: &str| {
            terms
                .iter()
                .find(|t| t.id == id)
                .map_or(id.to_string(), |t| t.label.get("en").to_string())
        };
        let terms = |terms: &[Term], ids: &[String]| {
            ids.iter()
                .map(|id| term(terms, id))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let countries = profile
            .countries
            .iter()
            .map(|id| {
                vocabularies
                    .countries
                    .iter()
                    .find(|c| &c.id == id)
                    .map_or(id.clone(), |c| format!("{} ({id})", c.label.get("en")))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let actors = profile
            .actors
            .iter()
            .map(|actor| {
                let kind = term(&vocabularies.actor_types, &actor.actor_type);
                match &actor.name {
                    Some(name) => format!("{name} ({kind})"),
                    None => kind,
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let principles = profile
            .principles
            .iter()
            .map(|&n| match framework.principle(n) {
                Some(p) => format!("{n}. {}", p.title.get("en")),
                None => n.to_string(),
            })
            .collect::<Vec<_>>()
            .join("; ");
        let instruments = profile
            .instruments
            .iter()
            .map(|id| {
                framework
                    .instruments
                    .iter()
                    .find(|i| &i.id == id)
                    .map_or(id.clone(), |i| format!("{} ({id})", i.list_name()))
            })
            .collect::<Vec<_>>()
            .join("; ");

        let mut text = String::new();
        let mut line = |label: &str, value: &str| {
            if !value.is_empty() {
                let _ = writeln!(text, "{label}: {value}");
            }
        };
        line(
            "Subject",
            &format!(
                "Practice proposed for MFLM Explorer: {}",
                profile.title.get("en")
            ),
        );
        line("Title", profile.title.get("en"));
        line("Summary", profile.summary.get("en"));
        line("Kind", &term(&vocabularies.profile_kinds, &profile.kind));
        line("Countries", &countries);
        line("Regions", &terms(&vocabularies.regions, &profile.regions));
        line("Sectors", &terms(&vocabularies.sectors, &profile.sectors));
        line("Period", &profile.period);
        line("Actors", &actors);
        line("Principles", &principles);
        line("Guidelines", &profile.guidelines.join("; "));
        line("Instruments", &instruments);
        line("Tags", &profile.tags.join("; "));
        line("Source", self.source.title.get("en"));
        line("Citation", &self.source.citation);
        line("Where in it", &profile.source.locator);
        line("Web address", self.source.url.as_deref().unwrap_or(""));
        line("Contact", self.contact.as_deref().unwrap_or(""));
        line("Date", &self.submitted);
        let _ = writeln!(
            text,
            "\nThe proposal file {} is attached: check it with mflm-data check-proposal.",
            self.file_name()
        );
        text
    }
}

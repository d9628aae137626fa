//! The crosswalk: GCM objectives (official numbers 1 to 23, each once), SDG targets and
//! indicators (official numbering, level matching its shape, each once), and links from
//! principles to them (each resolving, exactly one target per link, the basis and its
//! source agreeing, no link twice).

use super::Checker;
use crate::model::{CrosswalkBasis, SdgLevel};
use std::collections::BTreeSet;

/// The GCM has 23 objectives, numbered from 1.
pub const GCM_OBJECTIVE_NUMBERS: std::ops::RangeInclusive<u8> = 1..=23;

impl Checker<'_> {
    pub(super) fn gcm_objectives(&mut self) {
        let mut seen = BTreeSet::new();
        for (index, objective) in self.framework.gcm_objectives.iter().enumerate() {
            let item = format!("GCM objective {}", objective.number);
            if !GCM_OBJECTIVE_NUMBERS.contains(&objective.number) {
                self.report(
                    &format!("gcm_objectives[{index}]"),
                    "number",
                    format!(
                        "objective {} does not exist: the GCM has objectives 1 to 23",
                        objective.number
                    ),
                );
            } else if !seen.insert(objective.number) {
                self.report(&item, "number", "this objective is listed twice");
            }
            self.text(&item, "title", &objective.title);
            self.citation(&item, &objective.source);
        }
    }

    pub(super) fn sdg_targets(&mut self) {
        let mut seen = BTreeSet::new();
        for (index, target) in self.framework.sdg_targets.iter().enumerate() {
            let item = if target.id.trim().is_empty() {
                format!("sdg_targets[{index}]")
            } else {
                format!("SDG {}", target.id)
            };
            match sdg_parts(&target.id) {
                None => self.report(
                    &item,
                    "id",
                    format!(
                        "{:?} is not an SDG number: a target is goal.target (\"8.7\", \
                         \"10.c\"), an indicator goal.target.indicator (\"10.7.1\")",
                        target.id
                    ),
                ),
                Some(parts) => {
                    let expected = if parts == 2 {
                        SdgLevel::Target
                    } else {
                        SdgLevel::Indicator
                    };
                    if target.level != expected {
                        self.report(
                            &item,
                            "level",
                            "a target has two parts (\"10.7\") and an indicator three \
                             (\"10.7.1\"); the level does not match the id",
                        );
                    }
                }
            }
            if !seen.insert(target.id.as_str()) {
                self.report(&item, "id", "this target is listed twice");
            }
            self.text(&item, "title", &target.title);
            self.citation(&item, &target.source);
        }
    }

    pub(super) fn crosswalk(&mut self) {
        let framework = self.framework;
        let objectives: BTreeSet<u8> = framework.gcm_objectives.iter().map(|o| o.number).collect();
        let targets: BTreeSet<&str> = framework
            .sdg_targets
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        let mut seen = BTreeSet::new();
        for (index, link) in framework.crosswalk.iter().enumerate() {
            let item = format!("crosswalk[{index}]");
            self.principle_reference(&item, "principle", link.principle);
            match (link.gcm_objective, &link.sdg_target) {
                (Some(_), Some(_)) | (None, None) => self.report(
                    &item,
                    "gcm_objective",
                    "a link names exactly one of gcm_objective and sdg_target",
                ),
                (Some(number), None) => {
                    if !objectives.contains(&number) {
                        self.report(
                            &item,
                            "gcm_objective",
                            format!("GCM objective {number} is not among the data's objectives"),
                        );
                    }
                }
                (None, Some(id)) => {
                    self.reference(&item, "sdg_target", id, "SDG target", &targets);
                }
            }
            match (link.basis, &link.source) {
                (CrosswalkBasis::Source, None) => self.report(
                    &item,
                    "source",
                    "a link with basis \"source\" cites the document that states it",
                ),
                (CrosswalkBasis::Source, Some(citation)) => self.citation(&item, citation),
                (CrosswalkBasis::Editors, Some(_)) => self.report(
                    &item,
                    "source",
                    "a link with basis \"editors\" is our mapping: it cites no source (use \
                     basis \"source\" when a document states the link)",
                ),
                (CrosswalkBasis::Editors, None) => {}
            }
            let key = (
                link.principle,
                link.gcm_objective,
                link.sdg_target.as_deref(),
            );
            if !seen.insert(key) {
                self.report(&item, "principle", "the same link is listed twice");
            }
        }
    }
}

/// The number of dot-separated parts of an SDG id (2 or 3), or `None` when it is not one:
/// a goal of 1 to 17, then a target of digits or one lowercase letter, then for an
/// indicator a number.
fn sdg_parts(id: &str) -> Option<usize> {
    let parts: Vec<&str> = id.split('.').collect();
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let goal = parts.first().copied().filter(|g| digits(g))?;
    if !(1..=17).contains(&goal.parse::<u8>().ok()?) {
        return None;
    }
    let target = parts.get(1)?;
    let letter = target.len() == 1 && target.bytes().all(|b| b.is_ascii_lowercase());
    if !(digits(target) || letter) {
        return None;
    }
    match parts.len() {
        2 => Some(2),
        3 if digits(parts[2]) => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::sdg_parts;

    #[test]
    fn sdg_ids_are_goal_target_and_optional_indicator() {
        assert_eq!(sdg_parts("8.7"), Some(2));
        assert_eq!(sdg_parts("10.c"), Some(2));
        assert_eq!(sdg_parts("10.7.1"), Some(3));
        for bad in [
            "", "10", "18.1", "0.1", "10.", "10.C", "10.7.", "10.7.1.1", "x.1", "10.ab",
        ] {
            assert_eq!(sdg_parts(bad), None, "{bad:?}");
        }
    }
}

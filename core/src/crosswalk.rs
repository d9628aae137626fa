//! The crosswalk between the Framework's principles and two other frameworks: the 23
//! objectives of the Global Compact for Migration (GCM) and the SDG targets on labour
//! migration. The data stores each link once, from a principle to one objective or target,
//! with its basis ([`CrosswalkBasis`]); [`Crosswalk::new`] indexes the links both ways.
//!
//! Practices and activities have no links of their own: the sources predate the GCM, so none
//! ties a practice to an objective. They relate to an objective or target only *through* their
//! principles, and everything here that lists profiles says so by its name (`..._through`).
//! The engine's GCM and SDG facets ([`crate::query::Facet::Gcm`], [`crate::query::Facet::Sdg`])
//! use [`Crosswalk::values_through`] for the same reason.

use rustc_hash::FxHashMap;

use crate::model::{CrosswalkLink, Framework, GcmObjective, SdgTarget};

/// What a crosswalk link points at: a GCM objective (by number) or an SDG target (by id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target<'a> {
    Gcm(u8),
    Sdg(&'a str),
}

impl<'a> Target<'a> {
    /// The target of `link`, or `None` for a malformed link (none or both set; the validator
    /// reports it).
    pub fn of(link: &'a CrosswalkLink) -> Option<Target<'a>> {
        match (link.gcm_objective, link.sdg_target.as_deref()) {
            (Some(number), None) => Some(Target::Gcm(number)),
            (None, Some(id)) => Some(Target::Sdg(id)),
            _ => None,
        }
    }
}

/// Positions into `framework.crosswalk`, in data order.
type Links = Vec<u32>;

/// The crosswalk links indexed by principle and by target. Built once per load.
#[derive(Debug, Default)]
pub struct Crosswalk {
    by_principle: FxHashMap<u8, Links>,
    by_gcm: FxHashMap<u8, Links>,
    by_sdg: FxHashMap<String, Links>,
    /// Principle -> its GCM and SDG facet values, each once, ascending: computed once, so
    /// indexing many items costs no more than reading their principles.
    values_by_principle: FxHashMap<u8, (Vec<String>, Vec<String>)>,
}

impl Crosswalk {
    pub fn new(framework: &Framework) -> Crosswalk {
        let mut crosswalk = Crosswalk::default();
        for (at, link) in (0..).zip(&framework.crosswalk) {
            let Some(target) = Target::of(link) else {
                continue;
            };
            crosswalk
                .by_principle
                .entry(link.principle)
                .or_default()
                .push(at);
            match target {
                Target::Gcm(number) => crosswalk.by_gcm.entry(number).or_default().push(at),
                Target::Sdg(id) => crosswalk.by_sdg.entry(id.to_string()).or_default().push(at),
            }
            let (gcm, sdg) = crosswalk
                .values_by_principle
                .entry(link.principle)
                .or_default();
            match target {
                Target::Gcm(number) => gcm.push(number.to_string()),
                Target::Sdg(id) => sdg.push(id.to_string()),
            }
        }
        for (gcm, sdg) in crosswalk.values_by_principle.values_mut() {
            for values in [gcm, sdg] {
                values.sort_unstable();
                values.dedup();
            }
        }
        crosswalk
    }

    /// The well-formed links of principle `number`, in data order.
    pub fn links_of_principle<'f>(
        &self,
        framework: &'f Framework,
        number: u8,
    ) -> Vec<&'f CrosswalkLink> {
        select(framework, self.by_principle.get(&number))
    }

    /// The links to `target`, in data order.
    pub fn links_to<'f>(&self, framework: &'f Framework, target: Target) -> Vec<&'f CrosswalkLink> {
        let found = match target {
            Target::Gcm(number) => self.by_gcm.get(&number),
            Target::Sdg(id) => self.by_sdg.get(id),
        };
        select(framework, found)
    }

    /// The link from principle `number` to `target`, if the data has one: a crosswalk cell.
    pub fn link<'f>(
        &self,
        framework: &'f Framework,
        number: u8,
        target: Target,
    ) -> Option<&'f CrosswalkLink> {
        self.links_of_principle(framework, number)
            .into_iter()
            .find(|link| Target::of(link) == Some(target))
    }

    /// The GCM facet values (objective numbers as text) and SDG facet values (target ids) that
    /// an item with `principles` has through them, each once, ascending.
    pub fn values_through(&self, principles: &[u8]) -> (Vec<String>, Vec<String>) {
        let mut gcm = Vec::new();
        let mut sdg = Vec::new();
        for number in principles {
            if let Some((g, s)) = self.values_by_principle.get(number) {
                gcm.extend_from_slice(g);
                sdg.extend_from_slice(s);
            }
        }
        for values in [&mut gcm, &mut sdg] {
            values.sort_unstable();
            values.dedup();
        }
        (gcm, sdg)
    }

    /// The objectives some link reaches, by number: the GCM facet's options.
    pub fn linked_objectives<'f>(&self, framework: &'f Framework) -> Vec<&'f GcmObjective> {
        let mut objectives: Vec<&GcmObjective> = framework
            .gcm_objectives
            .iter()
            .filter(|o| self.by_gcm.contains_key(&o.number))
            .collect();
        objectives.sort_unstable_by_key(|o| o.number);
        objectives.dedup_by_key(|o| o.number);
        objectives
    }

    /// The targets some link reaches, in data order: the SDG facet's options.
    pub fn linked_targets<'f>(&self, framework: &'f Framework) -> Vec<&'f SdgTarget> {
        let mut seen = std::collections::BTreeSet::new();
        framework
            .sdg_targets
            .iter()
            .filter(|t| self.by_sdg.contains_key(&t.id) && seen.insert(t.id.as_str()))
            .collect()
    }
}

fn select<'f>(framework: &'f Framework, found: Option<&Links>) -> Vec<&'f CrosswalkLink> {
    found
        .map(|links| {
            links
                .iter()
                .filter_map(|&at| framework.crosswalk.get(at as usize))
                .collect()
        })
        .unwrap_or_default()
}

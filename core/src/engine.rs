//! The search and facet engine (being written: this stub fixes the API the UI codes against).

use crate::model::Framework;
use crate::query::{Facet, ItemRef, Query, Sort};
use std::ops::Range;

/// What kind of item a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemType { Principle, Guideline, Practice, Activity }

impl ItemType {
    /// The `Facet::Type` option id.
    pub fn key(self) -> &'static str {
        match self { ItemType::Principle => "principle", ItemType::Guideline => "guideline", ItemType::Practice => "practice", ItemType::Activity => "activity" }
    }
}

/// One searchable item.
#[derive(Debug, Clone)]
pub struct Doc {
    pub item: ItemRef,
    pub item_type: ItemType,
}

/// One result: which doc, and where the search terms matched its title and summary, as byte
/// ranges into the English text (for highlighting).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub doc: usize,
    pub score: f32,
    pub title_matches: Vec<Range<usize>>,
    pub summary_matches: Vec<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionCount {
    pub value: String,
    /// Results this option would give if it were also selected (its own facet's selection ignored).
    pub count: usize,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SearchResult {
    pub total: usize,
    /// Only the hits in the requested window, in sort order.
    pub hits: Vec<Hit>,
    pub facets: Vec<(Facet, Vec<OptionCount>)>,
}

/// Built once from the data; answers queries without allocating per doc.
pub struct Index { pub docs: Vec<Doc> }

impl Index {
    pub fn new(framework: &Framework) -> Index { let _ = framework; Index { docs: Vec::new() } }
    pub fn search(&self, query: &Query, sort: Sort, window: Range<usize>) -> SearchResult {
        let _ = (query, sort, window);
        SearchResult { total: 0, hits: Vec::new(), facets: Vec::new() }
    }
}

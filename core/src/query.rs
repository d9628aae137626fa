//! What the user is looking at: the view state that the URL encodes ([`crate::url`]) and the
//! engine answers ([`crate::engine`]). Plain data, no behaviour beyond small helpers.

use std::collections::{BTreeMap, BTreeSet};

/// A dimension the results can be filtered by. Values are ids from the data:
/// `Type` takes `principle`, `guideline`, `practice`, `activity`; `Principle` takes `"1"`..`"15"`;
/// the others take vocabulary, country (ISO alpha-3) or instrument ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Type,
    Kind,
    Principle,
    Region,
    Sector,
    Country,
    Instrument,
    Actor,
}

impl Facet {
    /// In the order the interface shows them.
    pub const ALL: [Facet; 8] = [
        Facet::Type,
        Facet::Kind,
        Facet::Principle,
        Facet::Region,
        Facet::Sector,
        Facet::Country,
        Facet::Instrument,
        Facet::Actor,
    ];

    /// The URL parameter name; stable, since shared links depend on it.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Type => "type",
            Facet::Kind => "kind",
            Facet::Principle => "principle",
            Facet::Region => "region",
            Facet::Sector => "sector",
            Facet::Country => "country",
            Facet::Instrument => "instrument",
            Facet::Actor => "actor",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// Search text plus the selected option ids of each facet.
/// OR within a facet, AND across facets; an empty selection means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub selected: BTreeMap<Facet, BTreeSet<String>>,
}

impl Query {
    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected
            .get(&facet)
            .is_some_and(|values| values.contains(value))
    }

    /// Selects `value` if it was not selected, deselects it if it was.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let values = self.selected.entry(facet).or_default();
        if !values.remove(value) {
            values.insert(value.to_string());
        }
        if values.is_empty() {
            self.selected.remove(&facet);
        }
    }

    pub fn has_filters(&self) -> bool {
        !self.text.trim().is_empty() || self.selected.values().any(|v| !v.is_empty())
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best match first when there is search text; otherwise the data's own order
    /// (principles, then guidelines, then profiles).
    #[default]
    Relevance,
    /// Alphabetical by English title.
    Title,
    /// Most recent period first.
    Newest,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Title, Sort::Newest];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Title => "title",
            Sort::Newest => "newest",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One item of the data, as a link target.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemRef {
    Subdivision(String),
    Principle(u8),
    Guideline(String),
    /// A practice or an activity.
    Profile(String),
    Instrument(String),
    Country(String),
}

/// Which page is shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum Page {
    /// Search, facets and results.
    #[default]
    Browse,
    /// The Framework's structure: sub-divisions and their principles.
    Overview,
    Instruments,
    About,
    /// Practices the user has shortlisted (kept in local storage).
    Shortlist,
    Item(ItemRef),
}

/// The whole view: everything a shared link must reopen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub page: Page,
    pub query: Query,
    pub sort: Sort,
    /// 1-based page of the result list.
    pub result_page: u32,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            page: Page::Browse,
            query: Query::default(),
            sort: Sort::Relevance,
            result_page: 1,
        }
    }
}

/// Results per page of the list: enough to scan, few enough to draw in a frame on a cheap phone.
pub const RESULTS_PER_PAGE: usize = 25;

//! What the user is looking at: the view state that the URL encodes ([`crate::url`]) and the
//! engine answers ([`crate::engine`]). Plain data, no behaviour beyond small helpers.

use std::collections::{BTreeMap, BTreeSet};

use crate::lang::Lang;

/// A dimension the results can be filtered by. Values are ids from the data:
/// `Type` takes `principle`, `guideline`, `practice`, `activity`; `Principle` takes `"1"`..`"15"`;
/// the others take vocabulary, country (ISO alpha-3) or instrument ids; `Gcm` takes GCM
/// objective numbers (`"6"`) and `Sdg` SDG target ids (`"10.7.1"`), which an item has through
/// its principles (see [`crate::crosswalk`]).
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
    /// GCM objectives, through the item's principles.
    Gcm,
    /// SDG targets and indicators, through the item's principles.
    Sdg,
}

impl Facet {
    /// In the order the interface shows them.
    pub const ALL: [Facet; 10] = [
        Facet::Type,
        Facet::Kind,
        Facet::Principle,
        Facet::Region,
        Facet::Sector,
        Facet::Country,
        Facet::Instrument,
        Facet::Actor,
        Facet::Gcm,
        Facet::Sdg,
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
            Facet::Gcm => "gcm",
            Facet::Sdg => "sdg",
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

    /// The number of ticked options, across all facets (for a "Filters (3)" badge).
    pub fn selected_count(&self) -> usize {
        self.selected.values().map(BTreeSet::len).sum()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best match first when there is search text; otherwise the data's own order
    /// (principles, then guidelines, then profiles).
    #[default]
    Relevance,
    /// Alphabetical by title, in the language the index shows ([`crate::engine::Index::lang`]).
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
    /// A GCM objective, by its number (1 to 23).
    GcmObjective(u8),
    /// An SDG target or indicator, by its id (`"10.7"`, `"10.7.1"`).
    SdgTarget(String),
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
    /// The form to propose a practice (nothing is sent: it makes a file to download).
    Propose,
    /// Principles against GCM objectives and SDG targets (`view=crosswalk`).
    Crosswalk,
    Item(ItemRef),
    /// Presentation mode: one item of `deck` per screen, for projectors; `at` is the 1-based
    /// slide (past the end shows the last).
    Present {
        deck: Deck,
        at: u32,
    },
    /// The compilation's files to download (JSON, CSV), with their licence.
    OpenData,
    /// "Your own data file": check a compilation file and explore it for this visit.
    OwnData,
}

/// What a presentation steps through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Deck {
    /// The current results, in their order (the search and filters of the view).
    Results,
    /// The shortlist, in its order.
    Shortlist,
}

/// The whole view: everything a shared link must reopen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub page: Page,
    pub query: Query,
    pub sort: Sort,
    /// 1-based page of the result list.
    pub result_page: u32,
    /// The language the link asks for (`lang=fr`); `None` when it does not say, and the app
    /// then uses the reader's own choice or browser language. Kept by every link.
    pub lang: Option<Lang>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            page: Page::Browse,
            query: Query::default(),
            sort: Sort::Relevance,
            result_page: 1,
            lang: None,
        }
    }
}

/// User intents, as transitions from one view to the next. The view layer calls these instead
/// of editing a `ViewState` itself, so each rule ("a new search starts at page 1") lives here
/// once, with a test.
impl ViewState {
    /// Typing in the search box: new text, back to result page 1; page type unchanged.
    pub fn with_search_text(&self, text: &str) -> ViewState {
        self.changing_the_list(|view| view.query.text = text.to_string())
    }

    /// Ticking/unticking a facet option: toggled, result page 1.
    ///
    /// `value` is an option id of `facet` (see [`Facet`]); the page type is unchanged.
    pub fn with_option_toggled(&self, facet: Facet, value: &str) -> ViewState {
        self.changing_the_list(|view| view.query.toggle(facet, value))
    }

    /// Choosing a sort order: result page 1.
    pub fn with_sort(&self, sort: Sort) -> ViewState {
        self.changing_the_list(|view| view.sort = sort)
    }

    /// "Clear all filters": no text, no selection, result page 1; keeps the page type and sort.
    pub fn with_filters_cleared(&self) -> ViewState {
        self.changing_the_list(|view| view.query = Query::default())
    }

    /// Going to a result page (1-based; 0 becomes 1).
    ///
    /// A page past the end is kept as asked: the engine serves the last page and says which
    /// ([`crate::engine::SearchResult::page`]).
    pub fn with_result_page(&self, page: u32) -> ViewState {
        ViewState {
            result_page: page.max(1),
            ..self.clone()
        }
    }

    /// Opening an item: keeps search, filters, sort and result page so "back to results" finds the same list.
    pub fn opening(&self, item: ItemRef) -> ViewState {
        self.showing(Page::Item(item))
    }

    /// Following a site navigation link (overview, about...): keeps the search.
    ///
    /// Filters, sort and result page are kept too, so coming back to Browse shows the same list.
    pub fn showing(&self, page: Page) -> ViewState {
        ViewState {
            page,
            ..self.clone()
        }
    }

    /// "Back to results": the Browse page with everything else kept.
    pub fn back_to_results(&self) -> ViewState {
        self.showing(Page::Browse)
    }

    /// The Browse page listing what has one option: only `value` of `facet` selected, no
    /// text, default sort, result page 1. For links such as "all practices in this country".
    /// The language asked for is kept.
    pub fn filtered_by(&self, facet: Facet, value: &str) -> ViewState {
        ViewState {
            lang: self.lang,
            ..ViewState::default()
        }
        .with_option_toggled(facet, value)
    }

    /// Starting a presentation of `deck` at its first slide; search and filters are kept, so
    /// the results deck is the list on screen and Escape returns to it.
    pub fn presenting(&self, deck: Deck) -> ViewState {
        self.showing(Page::Present { deck, at: 1 })
    }

    /// Going to slide `at` (1-based; 0 becomes 1) of the presentation shown; other pages are
    /// returned unchanged.
    pub fn with_slide(&self, at: u32) -> ViewState {
        match self.page {
            Page::Present { deck, .. } => self.showing(Page::Present {
                deck,
                at: at.max(1),
            }),
            _ => self.clone(),
        }
    }

    /// Leaving a presentation (Escape): back where it started, the results list or the
    /// shortlist; other pages are returned unchanged.
    pub fn leaving_presentation(&self) -> ViewState {
        match self.page {
            Page::Present {
                deck: Deck::Results,
                ..
            } => self.showing(Page::Browse),
            Page::Present {
                deck: Deck::Shortlist,
                ..
            } => self.showing(Page::Shortlist),
            _ => self.clone(),
        }
    }

    /// Choosing a language in the menu: the same view, in `lang`.
    pub fn with_lang(&self, lang: Lang) -> ViewState {
        ViewState {
            lang: Some(lang),
            ..self.clone()
        }
    }

    /// The one rule for every change to what the list holds or its order: a different list
    /// starts at its first page (page 5 of the old list means nothing in the new one).
    fn changing_the_list(&self, change: impl FnOnce(&mut ViewState)) -> ViewState {
        let mut view = self.clone();
        change(&mut view);
        view.result_page = 1;
        view
    }
}

/// Results per page of the list: enough to scan, few enough to draw in a frame on a cheap phone.
pub const RESULTS_PER_PAGE: usize = 25;

#[cfg(test)]
mod tests {
    use super::*;

    /// A view deep in a filtered, sorted list: page 4 of "wages" in two countries, by title.
    fn deep() -> ViewState {
        let mut query = Query {
            text: "wages".into(),
            ..Query::default()
        };
        query.toggle(Facet::Country, "PHL");
        query.toggle(Facet::Country, "MEX");
        query.toggle(Facet::Sector, "agriculture");
        ViewState {
            page: Page::Browse,
            query,
            sort: Sort::Title,
            result_page: 4,
            lang: None,
        }
    }

    #[test]
    fn a_presentation_starts_at_slide_one_steps_and_escapes_to_where_it_started() {
        let view = deep().presenting(Deck::Results);
        assert_eq!(
            view.page,
            Page::Present {
                deck: Deck::Results,
                at: 1
            }
        );
        assert_eq!(view.query, deep().query, "the deck is the list on screen");
        let third = view.with_slide(3);
        assert_eq!(
            third.page,
            Page::Present {
                deck: Deck::Results,
                at: 3
            }
        );
        assert_eq!(
            third.with_slide(0).page,
            Page::Present {
                deck: Deck::Results,
                at: 1
            }
        );
        assert_eq!(third.leaving_presentation(), deep());
        let shortlist = deep().presenting(Deck::Shortlist).with_slide(2);
        assert_eq!(shortlist.leaving_presentation().page, Page::Shortlist);
        assert_eq!(
            deep().with_slide(4),
            deep(),
            "no presentation, nothing to step"
        );
        assert_eq!(deep().leaving_presentation(), deep());
    }

    #[test]
    fn choosing_a_language_keeps_the_view() {
        let view = deep().with_lang(Lang::Ar);
        assert_eq!(view.lang, Some(Lang::Ar));
        assert_eq!(ViewState { lang: None, ..view }, deep());
    }

    #[test]
    fn selected_count_counts_ticked_options_across_facets() {
        assert_eq!(Query::default().selected_count(), 0);
        assert_eq!(deep().query.selected_count(), 3);
        let mut query = deep().query;
        query.toggle(Facet::Country, "PHL");
        assert_eq!(query.selected_count(), 2);
    }

    #[test]
    fn new_search_text_goes_back_to_page_1_and_keeps_the_rest() {
        let view = deep().with_search_text("recruitment fees");
        assert_eq!(view.query.text, "recruitment fees");
        assert_eq!(view.result_page, 1);
        assert_eq!(view.query.selected, deep().query.selected);
        assert_eq!((view.page, view.sort), (Page::Browse, Sort::Title));
        let on_about = deep().showing(Page::About).with_search_text("x");
        assert_eq!(on_about.page, Page::About);
    }

    #[test]
    fn toggling_an_option_goes_back_to_page_1() {
        let view = deep().with_option_toggled(Facet::Country, "PHL");
        assert!(!view.query.is_selected(Facet::Country, "PHL"));
        assert!(view.query.is_selected(Facet::Country, "MEX"));
        assert_eq!(view.result_page, 1);
        let view = view
            .with_result_page(3)
            .with_option_toggled(Facet::Region, "asia");
        assert!(view.query.is_selected(Facet::Region, "asia"));
        assert_eq!(view.result_page, 1);
        assert_eq!(
            (view.query.text.as_str(), view.sort),
            ("wages", Sort::Title)
        );
    }

    #[test]
    fn choosing_a_sort_goes_back_to_page_1() {
        let view = deep().with_sort(Sort::Newest);
        assert_eq!((view.sort, view.result_page), (Sort::Newest, 1));
        assert_eq!(view.query, deep().query);
    }

    #[test]
    fn clearing_filters_empties_the_query_and_keeps_page_type_and_sort() {
        let view = deep().with_filters_cleared();
        assert_eq!(view.query, Query::default());
        assert_eq!(view.result_page, 1);
        assert_eq!((view.page, view.sort), (Page::Browse, Sort::Title));
    }

    #[test]
    fn result_page_is_1_based_and_0_becomes_1() {
        assert_eq!(deep().with_result_page(7).result_page, 7);
        assert_eq!(deep().with_result_page(0).result_page, 1);
        assert_eq!(deep().with_result_page(u32::MAX).result_page, u32::MAX);
        let view = deep().with_result_page(2);
        assert_eq!((view.query, view.sort), (deep().query, Sort::Title));
    }

    #[test]
    fn opening_an_item_keeps_the_list_to_come_back_to() {
        let item = ItemRef::Profile("DB-028".into());
        let view = deep().opening(item.clone());
        assert_eq!(view.page, Page::Item(item));
        assert_eq!(view.query, deep().query);
        assert_eq!((view.sort, view.result_page), (Sort::Title, 4));
    }

    #[test]
    fn showing_a_site_page_keeps_the_search() {
        let view = deep().showing(Page::Overview);
        assert_eq!(view.page, Page::Overview);
        assert_eq!(view.query, deep().query);
        assert_eq!((view.sort, view.result_page), (Sort::Title, 4));
    }

    #[test]
    fn back_to_results_is_the_same_list_on_browse() {
        let view = deep()
            .opening(ItemRef::Principle(9))
            .opening(ItemRef::Country("PHL".into()))
            .back_to_results();
        assert_eq!(view, deep());
    }

    #[test]
    fn filtered_by_lists_only_that_option_from_page_1() {
        let view = ViewState {
            lang: Some(Lang::Es),
            ..deep()
        }
        .filtered_by(Facet::Country, "PHL");
        assert_eq!(view.lang, Some(Lang::Es), "the language asked for is kept");
        assert_eq!(view.page, Page::Browse);
        assert_eq!(view.query.text, "");
        assert_eq!(view.query.selected_count(), 1);
        assert!(view.query.is_selected(Facet::Country, "PHL"));
        assert_eq!((view.sort, view.result_page), (Sort::Relevance, 1));
    }
}

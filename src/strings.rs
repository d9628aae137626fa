//! Every string the interface shows, in one place. Data text (titles, summaries, labels of
//! vocabularies) comes from the data file instead; these are only the app's own words.
//!
//! A language is one `Strings` value. Adding French means adding `FR: Strings = ...` and a
//! line in [`for_language`]; the compiler then checks that no string is missing. Words that
//! surround a value ("Page 2 of 5") are templates with named slots, so each language can
//! order them its own way; no method here holds a word of any language.

use mflm_core::lang::Lang;
use mflm_core::model::Confidence;
use mflm_core::query::{Facet, Sort};

pub struct Strings {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_browse: &'static str,
    pub nav_overview: &'static str,
    pub nav_instruments: &'static str,
    pub nav_shortlist: &'static str,
    pub nav_about: &'static str,
    pub loading: &'static str,
    pub load_failed_title: &'static str,
    pub load_failed_body: &'static str,
    pub load_failed_problems: &'static str,
    pub retry: &'static str,
    pub unofficial_notice: &'static str,

    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_hint: &'static str,
    pub filters_heading: &'static str,
    pub show_filters: &'static str,
    pub hide_filters: &'static str,
    pub clear_all: &'static str,
    pub show_fewer: &'static str,
    pub sort_label: &'static str,
    pub no_results_title: &'static str,
    pub no_results_body: &'static str,
    pub results_heading: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub pagination_label: &'static str,

    pub type_principle: &'static str,
    pub type_guideline: &'static str,
    pub type_practice: &'static str,
    pub type_activity: &'static str,
    pub type_instrument: &'static str,
    pub type_subdivision: &'static str,
    pub type_country: &'static str,

    pub field_type: &'static str,
    pub field_regions: &'static str,
    pub field_countries: &'static str,
    pub field_areas: &'static str,
    pub field_sectors: &'static str,
    pub field_principles: &'static str,
    pub field_period: &'static str,
    pub field_actors: &'static str,
    pub field_instruments: &'static str,
    pub field_guidelines: &'static str,
    pub field_source: &'static str,
    pub field_tags: &'static str,
    pub field_year: &'static str,
    pub field_annex_i: &'static str,
    pub field_subdivision: &'static str,
    pub none: &'static str,

    pub why_good_heading: &'static str,
    pub certainty_heading: &'static str,
    pub guidelines_heading: &'static str,
    pub practices_heading: &'static str,
    pub activities_heading: &'static str,
    pub instruments_heading: &'static str,
    pub principles_heading: &'static str,
    pub limitations_heading: &'static str,
    pub about_heading: &'static str,
    pub shortlist_heading: &'static str,
    pub shortlist_empty: &'static str,
    pub shortlist_add: &'static str,
    pub shortlist_remove: &'static str,
    pub shortlist_print: &'static str,
    pub shortlist_clear: &'static str,
    pub shortlist_reset_notice: &'static str,
    pub back_to_results: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub overview_intro: &'static str,
    pub instruments_intro: &'static str,

    pub guideline_summary_badge: &'static str,
    pub guideline_summary_explained: &'static str,
    pub guideline_framework_badge: &'static str,
    pub paraphrase_notice: &'static str,
    pub details_confidence_medium: &'static str,
    pub details_confidence_low: &'static str,
    pub links_database_tags: &'static str,
    pub links_database_themes: &'static str,
    pub links_compiler: &'static str,
    pub annex_ii_confirmed: &'static str,
    pub annex_ii_likely: &'static str,
    pub annex_ii_not_established: &'static str,
    pub annex_i_high: &'static str,
    pub annex_i_medium: &'static str,
    pub annex_i_low: &'static str,
    pub wording_high: &'static str,
    pub wording_medium: &'static str,
    pub wording_low: &'static str,
    pub mapping_not_confirmed: &'static str,

    pub new_version: &'static str,
    pub reload: &'static str,
    pub offline_ready: &'static str,

    // Item, overview and about pages (src/ui/item.rs, overview.rs, about.rs)
    pub previous_item: &'static str,
    pub next_item: &'static str,
    pub principle_nav_label: &'static str,
    pub field_parts: &'static str,
    pub field_note: &'static str,
    pub field_principle: &'static str,
    pub field_official_number: &'static str,
    pub field_category: &'static str,
    pub field_document: &'static str,
    pub field_reference: &'static str,
    pub field_locator: &'static str,
    pub field_address: &'static str,
    pub field_title: &'static str,
    pub field_publisher: &'static str,
    pub field_adopted: &'static str,
    pub field_published: &'static str,
    pub field_isbn: &'static str,
    pub field_practices: &'static str,
    pub field_cited_by: &'static str,
    pub details_heading: &'static str,
    pub guideline_practices_heading: &'static str,
    pub guideline_activities_heading: &'static str,
    pub instrument_practices_heading: &'static str,
    pub instrument_activities_heading: &'static str,
    pub country_practices_heading: &'static str,
    pub country_activities_heading: &'static str,
    pub country_search_link: &'static str,
    pub subdivision_title_not_confirmed: &'static str,
    pub overview_heading: &'static str,
    pub about_framework_heading: &'static str,
    pub about_confidence_heading: &'static str,
    pub about_confidence_points: &'static [&'static str],
    pub sources_heading: &'static str,
    pub report_heading: &'static str,
    pub report_body: &'static str,

    // Templates: `{name}` is replaced by a value (see `fill`). Each language words them its
    // own way; plural forms are separate templates until a localisation library takes over.
    pub facet_names: [&'static str; 8],
    pub sort_names: [&'static str; 3],
    pub results_none: &'static str,
    pub results_one: &'static str,
    pub results_many: &'static str,
    pub page_position: &'static str,
    pub active_count: &'static str,
    pub show_all_count: &'static str,
    pub option_count: &'static str,
    pub principle_title: &'static str,
    pub principle_short: &'static str,
    pub principle_option: &'static str,
    pub subdivision_title: &'static str,
    pub pager_step: &'static str,
    pub actor_with_name: &'static str,
    pub compiled_on: &'static str,
    pub shortlist_count: &'static str,
    pub page_title: &'static str,
    pub unknown_source: &'static str,
    pub did_you_mean: &'static str,
    pub match_in_summary: &'static str,
    pub match_elsewhere: &'static str,
    pub data_problems: &'static str,
    pub request_failed: &'static str,
    pub server_answered: &'static str,
    pub response_unreadable: &'static str,
    pub not_utf8: &'static str,
}

pub const EN: Strings = Strings {
    app_name: "MFLM Explorer",
    tagline: "The ILO Multilateral Framework on Labour Migration: principles, guidelines, instruments and practices",
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_browse: "Search",
    nav_overview: "Framework",
    nav_instruments: "Instruments",
    nav_shortlist: "Shortlist",
    nav_about: "About",
    loading: "Loading the Framework…",
    load_failed_title: "The Framework data could not be loaded",
    load_failed_body: "The explorer needs its data file (data/framework.json) next to this page. Check your connection, or ask whoever hosts this copy to check the file.",
    load_failed_problems: "Problems found in the data file:",
    retry: "Try again",
    unofficial_notice: "An independent reading aid, not an ILO publication. Summaries are in our own words; see About for what is not confirmed.",

    search_label: "Search the Framework",
    search_placeholder: "e.g. recruitment, domestic work, Philippines",
    search_hint: "Searches titles, summaries, countries and keywords. Accents and case do not matter.",
    filters_heading: "Filters",
    show_filters: "Show filters",
    hide_filters: "Hide filters",
    clear_all: "Clear all filters",
    show_fewer: "Show fewer",
    sort_label: "Sort by",
    no_results_title: "Nothing matches",
    no_results_body: "Try fewer words or remove a filter.",
    results_heading: "Results",
    previous_page: "Previous page",
    next_page: "Next page",
    pagination_label: "Result pages",

    type_principle: "Principle",
    type_guideline: "Guideline",
    type_practice: "Practice",
    type_activity: "ILO activity",
    type_instrument: "Instrument",
    type_subdivision: "Sub-division",
    type_country: "Country",

    field_type: "Type",
    field_regions: "Region",
    field_countries: "Countries",
    field_areas: "Groupings",
    field_sectors: "Sectors",
    field_principles: "Principles",
    field_period: "Period",
    field_actors: "Actors",
    field_instruments: "Instruments",
    field_guidelines: "Guidelines",
    field_source: "Source",
    field_tags: "Keywords",
    field_year: "Year",
    field_annex_i: "In Annex I",
    field_subdivision: "Sub-division",
    none: "None recorded",

    why_good_heading: "Why it is a good practice",
    certainty_heading: "How certain this is",
    guidelines_heading: "Guidelines",
    practices_heading: "Practices that illustrate it",
    activities_heading: "Related ILO activities",
    instruments_heading: "Instruments it rests on",
    principles_heading: "Principles",
    limitations_heading: "What this compilation does not establish",
    about_heading: "About this explorer",
    shortlist_heading: "Your shortlist",
    shortlist_empty: "Your shortlist is empty. Use “Add to shortlist” on any practice to keep it here, on this device.",
    shortlist_add: "Add to shortlist",
    shortlist_remove: "Remove from shortlist",
    shortlist_print: "Print shortlist",
    shortlist_clear: "Empty shortlist",
    shortlist_reset_notice: "Your saved shortlist could not be read on this device and has been started afresh.",
    back_to_results: "Back to results",
    not_found_title: "Not found",
    not_found_body: "This link points to an item that is not in the data. It may have been renamed.",
    overview_intro: "The Framework groups its 15 principles into nine sub-divisions. Each principle has guidelines under it.",
    instruments_intro: "International instruments relevant to migrant workers. The Framework's Annex I lists such instruments; its exact list is not confirmed here, so each shows how sure we are that it is included.",

    guideline_summary_badge: "Our summary, not Framework text",
    guideline_summary_explained: "This is a theme the Framework's guidelines cover, written in our words. The Framework's own guideline wording and numbers are not included.",
    guideline_framework_badge: "Framework guideline",
    paraphrase_notice: "Paraphrased in our own words; not the Framework's wording.",
    details_confidence_medium: "Some details are not certain: the source text was partly unreadable.",
    details_confidence_low: "Details are uncertain.",
    links_database_tags: "Principle links come from the ILO good-practices database's own tags.",
    links_database_themes: "Principle links follow from the themes the ILO database names.",
    links_compiler: "Principle links are our own classification.",
    annex_ii_confirmed: "Confirmed as one of the Framework's Annex II examples.",
    annex_ii_likely: "Possibly one of the Framework's Annex II examples: not confirmed.",
    annex_ii_not_established: "Not known to be one of the Framework's Annex II examples.",
    annex_i_high: "Annex I membership likely (high confidence, not confirmed)",
    annex_i_medium: "Annex I membership not confirmed (medium confidence)",
    annex_i_low: "Annex I membership not confirmed (low confidence)",
    wording_high: "Paraphrase checked against sources (high confidence).",
    wording_medium: "Paraphrase not fully checked against the Framework's text (medium confidence).",
    wording_low: "Paraphrase uncertain (low confidence).",
    mapping_not_confirmed: "Which principles sit in this sub-division is not fully confirmed.",

    new_version: "A new version of the explorer is available.",
    reload: "Reload",
    offline_ready: "Ready to use offline.",

    // Item, overview and about pages
    previous_item: "Previous",
    next_item: "Next",
    principle_nav_label: "Other principles",
    field_parts: "Lettered parts",
    field_note: "Note",
    field_principle: "Principle",
    field_official_number: "Official number",
    field_category: "Category",
    field_document: "Document",
    field_reference: "Reference",
    field_locator: "Where in it",
    field_address: "Web address",
    field_title: "Title",
    field_publisher: "Publisher",
    field_adopted: "Adopted",
    field_published: "Published",
    field_isbn: "ISBN",
    field_practices: "Practices",
    field_cited_by: "Cited by practices",
    details_heading: "Details",
    guideline_practices_heading: "Practices linked to this guideline",
    guideline_activities_heading: "ILO activities linked to this guideline",
    instrument_practices_heading: "Practices that cite it",
    instrument_activities_heading: "ILO activities that cite it",
    country_practices_heading: "Practices in this country",
    country_activities_heading: "ILO activities in this country",
    country_search_link: "Search everything linked to this country",
    subdivision_title_not_confirmed: "This title is in our words; the Framework's own heading for this sub-division is not confirmed.",
    overview_heading: "The Framework at a glance",
    about_framework_heading: "The Framework itself",
    about_confidence_heading: "How certainty is shown",
    about_confidence_points: &[
        "Principle titles and summaries are our own paraphrases, never the Framework's wording. Each principle page says how closely its paraphrase is known to follow the Framework.",
        "Guidelines marked “Our summary, not Framework text” are themes the guidelines cover, in our words. Only guidelines shown with an official number were checked against the 2006 publication.",
        "No instrument is claimed to be in Annex I. Each instrument says how likely it is that Annex I lists it.",
        "Each practice says how certain its details are, where its links to principles come from, and whether it is known to be one of the Framework's Annex II examples.",
        "Where a sub-division's title or its list of principles is not confirmed, its page says so.",
    ],
    sources_heading: "Sources",
    report_heading: "Reporting a problem",
    report_body: "Found a mistake, a broken link or something unclear? Tell whoever gave you this copy of the explorer, and include the page's web address so they can find the item.",
    facet_names: ["Type", "What it is", "Principle", "Region", "Sector", "Country", "Instrument", "Actor"],
    sort_names: ["Relevance", "Title (A–Z)", "Newest first"],
    results_none: "No results",
    results_one: "1 result",
    results_many: "{count} results",
    page_position: "Page {page} of {pages} · Showing {first}–{last} of {total}",
    active_count: "{label} ({count} on)",
    show_all_count: "Show all ({count})",
    option_count: "({count})",
    principle_title: "Principle {number}: {title}",
    principle_short: "Principle {number}",
    principle_option: "{number}. {title}",
    subdivision_title: "{id}. {title}",
    pager_step: "{direction}: {target}",
    actor_with_name: "{kind}: {name}",
    compiled_on: "Compilation revised {date}.",
    shortlist_count: "Shortlist ({count})",
    page_title: "{heading} · MFLM Explorer",
    unknown_source: "Unnamed source",
    did_you_mean: "Did you mean:",
    match_in_summary: "In the summary",
    match_elsewhere: "Also matches",
    data_problems: "{count} problem(s) in data/framework.json.",
    request_failed: "The request failed: {error}",
    server_answered: "The server answered {status} {status_text}.",
    response_unreadable: "The response could not be read: {error}",
    not_utf8: "The data file is not UTF-8 text (byte {byte} is not valid UTF-8).",
};

/// The catalogue for `lang`; English until other languages are added.
pub fn for_language(_lang: Lang) -> &'static Strings {
    &EN
}

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

impl Strings {
    pub fn facet(&self, facet: Facet) -> &'static str {
        self.facet_names[facet as usize]
    }

    pub fn sort(&self, sort: Sort) -> &'static str {
        self.sort_names[sort as usize]
    }

    pub fn results_count(&self, count: usize) -> String {
        match count {
            0 => self.results_none.to_string(),
            1 => self.results_one.to_string(),
            n => fill(self.results_many, &[("count", &n.to_string())]),
        }
    }

    /// "Page 2 of 5 · Showing 26–50 of 120".
    pub fn page_position(
        &self,
        page: usize,
        pages: usize,
        first: usize,
        last: usize,
        total: usize,
    ) -> String {
        let [page, pages, first, last, total] =
            [page, pages, first, last, total].map(|n| n.to_string());
        fill(
            self.page_position,
            &[
                ("page", &page),
                ("pages", &pages),
                ("first", &first),
                ("last", &last),
                ("total", &total),
            ],
        )
    }

    pub fn with_active_count(&self, label: &str, active: usize) -> String {
        match active {
            0 => label.to_string(),
            n => fill(
                self.active_count,
                &[("label", label), ("count", &n.to_string())],
            ),
        }
    }

    pub fn show_all(&self, count: usize) -> String {
        fill(self.show_all_count, &[("count", &count.to_string())])
    }

    pub fn option_count(&self, count: usize) -> String {
        fill(self.option_count, &[("count", &count.to_string())])
    }

    pub fn principle_title(&self, number: u8, title: &str) -> String {
        fill(
            self.principle_title,
            &[("number", &number.to_string()), ("title", title)],
        )
    }

    pub fn principle_short(&self, number: u8) -> String {
        fill(self.principle_short, &[("number", &number.to_string())])
    }

    pub fn principle_option(&self, number: u8, title: &str) -> String {
        fill(
            self.principle_option,
            &[("number", &number.to_string()), ("title", title)],
        )
    }

    pub fn subdivision_title(&self, id: &str, title: &str) -> String {
        fill(self.subdivision_title, &[("id", id), ("title", title)])
    }

    pub fn pager_step(&self, direction: &str, target: &str) -> String {
        fill(
            self.pager_step,
            &[("direction", direction), ("target", target)],
        )
    }

    pub fn actor_with_name(&self, kind: &str, name: &str) -> String {
        fill(self.actor_with_name, &[("kind", kind), ("name", name)])
    }

    pub fn wording(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::High => self.wording_high,
            Confidence::Medium => self.wording_medium,
            Confidence::Low => self.wording_low,
        }
    }

    pub fn annex_i(&self, confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::High => self.annex_i_high,
            Confidence::Medium => self.annex_i_medium,
            Confidence::Low => self.annex_i_low,
        }
    }

    pub fn compiled_on(&self, date: &str) -> String {
        fill(self.compiled_on, &[("date", date)])
    }

    pub fn shortlist_count(&self, count: usize) -> String {
        match count {
            0 => self.nav_shortlist.to_string(),
            n => fill(self.shortlist_count, &[("count", &n.to_string())]),
        }
    }

    pub fn page_title(&self, heading: &str) -> String {
        fill(self.page_title, &[("heading", heading)])
    }

    pub fn data_problems(&self, count: usize) -> String {
        fill(self.data_problems, &[("count", &count.to_string())])
    }

    pub fn request_failed(&self, error: &str) -> String {
        fill(self.request_failed, &[("error", error)])
    }

    pub fn server_answered(&self, status: u16, status_text: &str) -> String {
        fill(
            self.server_answered,
            &[
                ("status", &status.to_string()),
                ("status_text", status_text),
            ],
        )
    }

    pub fn response_unreadable(&self, error: &str) -> String {
        fill(self.response_unreadable, &[("error", error)])
    }

    pub fn not_utf8(&self, byte: usize) -> String {
        fill(self.not_utf8, &[("byte", &byte.to_string())])
    }
}

//! Every word the interface shows, from the Fluent catalogues in `i18n/<lang>.ftl` (Project
//! Fluent, the localisation system Firefox uses; the `fluent-bundle` crate reads it): a
//! translator edits plain text files, and plural forms follow each language's own CLDR rules
//! (French "1 résultat / 2 résultats", Russian's three forms, Arabic's six).
//!
//! English (`i18n/en.ftl`) is built into the app: it names every message, and any message a
//! language's file lacks falls back to it. Other languages' files are read when chosen (see
//! `ui::load`). Plain messages become fields of [`Strings`] (so a typo in a field name does
//! not compile); messages with values are methods. `core/tests/catalogues.rs` checks that
//! every language's file has exactly the English messages, and that every key named here is
//! in the English file. Data text (titles, summaries, vocabulary labels) comes from the data.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use mflm_core::lang::Lang;
use mflm_core::model::Confidence;
use mflm_core::proposal::Issue;
use mflm_core::query::{Facet, Sort};

/// The English catalogue, built in: the reference, and the fallback for every language.
pub const ENGLISH_FTL: &str = include_str!("../i18n/en.ftl");

type Bundle = FluentBundle<FluentResource>;

macro_rules! catalogue {
    ($($field:ident = $key:literal,)*) => {
        /// The interface's words in one language (see the module documentation).
        pub struct Strings {
            bundle: Bundle,
            $(pub $field: &'static str,)*
        }

        impl Strings {
            fn from_bundle(bundle: Bundle, fallback: Option<&Strings>) -> Strings {
                Strings {
                    $($field: plain(&bundle, $key, fallback.map(|f| f.$field)),)*
                    bundle,
                }
            }
        }
    };
}

catalogue! {
    app_name = "app-name",
    tagline = "tagline",
    skip_to_content = "skip-to-content",
    nav_label = "nav-label",
    nav_browse = "nav-browse",
    nav_overview = "nav-overview",
    nav_instruments = "nav-instruments",
    nav_shortlist = "nav-shortlist",
    nav_about = "nav-about",
    loading = "loading",
    load_failed_title = "load-failed-title",
    load_failed_body = "load-failed-body",
    load_failed_problems = "load-failed-problems",
    retry = "retry",
    unofficial_notice = "unofficial-notice",
    search_label = "search-label",
    search_placeholder = "search-placeholder",
    search_hint = "search-hint",
    filters_heading = "filters-heading",
    show_filters = "show-filters",
    hide_filters = "hide-filters",
    clear_all = "clear-all",
    show_fewer = "show-fewer",
    sort_label = "sort-label",
    no_results_title = "no-results-title",
    no_results_body = "no-results-body",
    results_heading = "results-heading",
    previous_page = "previous-page",
    next_page = "next-page",
    pagination_label = "pagination-label",
    type_principle = "type-principle",
    type_guideline = "type-guideline",
    type_practice = "type-practice",
    type_activity = "type-activity",
    type_instrument = "type-instrument",
    type_subdivision = "type-subdivision",
    type_country = "type-country",
    field_type = "field-type",
    field_regions = "field-regions",
    field_countries = "field-countries",
    field_areas = "field-areas",
    field_sectors = "field-sectors",
    field_principles = "field-principles",
    field_period = "field-period",
    field_actors = "field-actors",
    field_instruments = "field-instruments",
    field_guidelines = "field-guidelines",
    field_source = "field-source",
    field_tags = "field-tags",
    field_year = "field-year",
    field_annex_i = "field-annex-i",
    field_subdivision = "field-subdivision",
    none = "none",
    why_good_heading = "why-good-heading",
    certainty_heading = "certainty-heading",
    guidelines_heading = "guidelines-heading",
    practices_heading = "practices-heading",
    activities_heading = "activities-heading",
    instruments_heading = "instruments-heading",
    principles_heading = "principles-heading",
    limitations_heading = "limitations-heading",
    about_heading = "about-heading",
    shortlist_heading = "shortlist-heading",
    shortlist_empty = "shortlist-empty",
    shortlist_add = "shortlist-add",
    shortlist_remove = "shortlist-remove",
    shortlist_print = "shortlist-print",
    shortlist_clear = "shortlist-clear",
    shortlist_reset_notice = "shortlist-reset-notice",
    back_to_results = "back-to-results",
    not_found_title = "not-found-title",
    not_found_body = "not-found-body",
    overview_intro = "overview-intro",
    instruments_intro = "instruments-intro",
    guideline_summary_badge = "guideline-summary-badge",
    guideline_summary_explained = "guideline-summary-explained",
    guideline_framework_badge = "guideline-framework-badge",
    paraphrase_notice = "paraphrase-notice",
    details_confidence_medium = "details-confidence-medium",
    details_confidence_low = "details-confidence-low",
    links_database_tags = "links-database-tags",
    links_database_themes = "links-database-themes",
    links_compiler = "links-compiler",
    annex_ii_confirmed = "annex-ii-confirmed",
    annex_ii_likely = "annex-ii-likely",
    annex_ii_not_established = "annex-ii-not-established",
    annex_i_high = "annex-i-high",
    annex_i_medium = "annex-i-medium",
    annex_i_low = "annex-i-low",
    wording_high = "wording-high",
    wording_medium = "wording-medium",
    wording_low = "wording-low",
    mapping_not_confirmed = "mapping-not-confirmed",
    new_version = "new-version",
    reload = "reload",
    offline_ready = "offline-ready",
    close_notice = "close-notice",
    label_colon = "label-colon",
    offline_damaged = "offline-damaged",
    previous_item = "previous-item",
    next_item = "next-item",
    principle_nav_label = "principle-nav-label",
    field_parts = "field-parts",
    field_note = "field-note",
    field_principle = "field-principle",
    field_official_number = "field-official-number",
    field_category = "field-category",
    field_document = "field-document",
    field_reference = "field-reference",
    field_locator = "field-locator",
    field_address = "field-address",
    field_title = "field-title",
    field_publisher = "field-publisher",
    field_adopted = "field-adopted",
    field_published = "field-published",
    field_isbn = "field-isbn",
    field_practices = "field-practices",
    field_cited_by = "field-cited-by",
    details_heading = "details-heading",
    guideline_practices_heading = "guideline-practices-heading",
    guideline_activities_heading = "guideline-activities-heading",
    instrument_practices_heading = "instrument-practices-heading",
    instrument_activities_heading = "instrument-activities-heading",
    country_practices_heading = "country-practices-heading",
    country_activities_heading = "country-activities-heading",
    country_search_link = "country-search-link",
    subdivision_title_not_confirmed = "subdivision-title-not-confirmed",
    overview_heading = "overview-heading",
    about_framework_heading = "about-framework-heading",
    about_confidence_heading = "about-confidence-heading",
    sources_heading = "sources-heading",
    report_heading = "report-heading",
    report_body = "report-body",
    unknown_source = "unknown-source",
    did_you_mean = "did-you-mean",
    match_in_summary = "match-in-summary",
    match_elsewhere = "match-elsewhere",
    language_label = "language-label",
    lang_marker = "lang-marker",
    lang_marker_title = "lang-marker-title",
    content_in_english = "content-in-english",
    our_translation = "our-translation",
    facet_type = "facet-type",
    facet_kind = "facet-kind",
    facet_principle = "facet-principle",
    facet_region = "facet-region",
    facet_sector = "facet-sector",
    facet_country = "facet-country",
    facet_instrument = "facet-instrument",
    facet_actor = "facet-actor",
    sort_relevance = "sort-relevance",
    sort_title = "sort-title",
    sort_newest = "sort-newest",
    about_confidence_1 = "about-confidence-1",
    about_confidence_2 = "about-confidence-2",
    about_confidence_3 = "about-confidence-3",
    about_confidence_4 = "about-confidence-4",
    about_confidence_5 = "about-confidence-5",
    export_label = "export-label",
    export_csv = "export-csv",
    export_json = "export-json",
    export_markdown = "export-markdown",
    export_ris = "export-ris",
    cite_this = "cite-this",
    copy_text = "copy-text",
    copy_done = "copy-done",
    copy_refused = "copy-refused",
    qr_show = "qr-show",
    present = "present",
    list_choose = "list-choose",
    list_new_name = "list-new-name",
    list_create = "list-create",
    list_rename = "list-rename",
    list_delete = "list-delete",
    share_heading = "share-heading",
    share_explained = "share-explained",
    shared_list_notice = "shared-list-notice",
    keep_copy = "keep-copy",
    note_label = "note-label",
    move_up = "move-up",
    move_down = "move-down",
    present_label = "present-label",
    present_previous = "present-previous",
    present_next = "present-next",
    present_exit = "present-exit",
    present_empty = "present-empty",
    qr_alt = "qr-alt",
    export_results_title = "export-results-title",
    recovery_title = "recovery-title",
    recovery_body = "recovery-body",
    recovery_reload = "recovery-reload",
    recovery_export = "recovery-export",
    recovery_reset = "recovery-reset",
    // Propose a practice
    nav_propose = "nav-propose",
    about_propose = "about-propose",
    propose_heading = "propose-heading",
    propose_intro = "propose-intro",
    propose_kept = "propose-kept",
    propose_required = "propose-required",
    propose_title = "propose-title",
    propose_title_help = "propose-title-help",
    propose_summary = "propose-summary",
    propose_summary_help = "propose-summary-help",
    propose_kind = "propose-kind",
    propose_choose = "propose-choose",
    propose_countries = "propose-countries",
    propose_countries_help = "propose-countries-help",
    propose_add_country = "propose-add-country",
    propose_instruments = "propose-instruments",
    propose_instruments_help = "propose-instruments-help",
    propose_add_instrument = "propose-add-instrument",
    propose_regions = "propose-regions",
    propose_sectors = "propose-sectors",
    propose_sectors_help = "propose-sectors-help",
    propose_period = "propose-period",
    propose_period_help = "propose-period-help",
    propose_actors = "propose-actors",
    propose_actors_help = "propose-actors-help",
    propose_add_actor = "propose-add-actor",
    propose_principles = "propose-principles",
    propose_principles_help = "propose-principles-help",
    propose_guidelines = "propose-guidelines",
    propose_guidelines_help = "propose-guidelines-help",
    propose_tags = "propose-tags",
    propose_tags_help = "propose-tags-help",
    propose_source_heading = "propose-source-heading",
    propose_source_help = "propose-source-help",
    propose_source_title = "propose-source-title",
    propose_source_citation = "propose-source-citation",
    propose_source_locator = "propose-source-locator",
    propose_source_locator_help = "propose-source-locator-help",
    propose_source_url = "propose-source-url",
    propose_source_url_help = "propose-source-url-help",
    propose_contact = "propose-contact",
    propose_contact_help = "propose-contact-help",
    propose_submit = "propose-submit",
    propose_clear = "propose-clear",
    propose_error_required = "propose-error-required",
    propose_error_https = "propose-error-https",
    propose_done_heading = "propose-done-heading",
    propose_done_body = "propose-done-body",
    propose_download = "propose-download",
    propose_email_label = "propose-email-label",
    propose_copy = "propose-copy",
    // Open data
    nav_open_data = "nav-open-data",
    open_data_heading = "open-data-heading",
    open_data_intro = "open-data-intro",
    open_data_own_file_note = "open-data-own-file-note",
    open_data_loading = "open-data-loading",
    open_data_unavailable = "open-data-unavailable",
    open_data_files_heading = "open-data-files-heading",
    open_data_col_file = "open-data-col-file",
    open_data_col_contents = "open-data-col-contents",
    open_data_col_format = "open-data-col-format",
    open_data_col_rows = "open-data-col-rows",
    open_data_col_size = "open-data-col-size",
    open_data_about_compilation = "open-data-about-compilation",
    open_data_about_schema = "open-data-about-schema",
    open_data_about_translation_schema = "open-data-about-translation-schema",
    open_data_csv_note = "open-data-csv-note",
    open_data_checksums_note = "open-data-checksums-note",
    open_data_licence_heading = "open-data-licence-heading",
    open_data_licence_link = "open-data-licence-link",
    about_open_data_link = "about-open-data-link",
    nav_own_data = "nav-own-data",
    own_data_heading = "own-data-heading",
    own_data_intro = "own-data-intro",
    own_data_private = "own-data-private",
    own_data_translations = "own-data-translations",
    own_data_choose = "own-data-choose",
    own_data_drop = "own-data-drop",
    own_data_problems_hint = "own-data-problems-hint",
    own_data_col_item = "own-data-col-item",
    own_data_col_field = "own-data-col-field",
    own_data_col_problem = "own-data-col-problem",
    own_data_use = "own-data-use",
    own_data_banner_label = "own-data-banner-label",
    own_data_banner_links = "own-data-banner-links",
    own_data_back = "own-data-back",
    about_own_data = "about-own-data",
    // Crosswalk: principles against GCM objectives and SDG targets
    nav_crosswalk = "nav-crosswalk",
    crosswalk_heading = "crosswalk-heading",
    crosswalk_intro = "crosswalk-intro",
    crosswalk_basis_note = "crosswalk-basis-note",
    crosswalk_gcm_heading = "crosswalk-gcm-heading",
    crosswalk_sdg_heading = "crosswalk-sdg-heading",
    crosswalk_gcm_caption = "crosswalk-gcm-caption",
    crosswalk_sdg_caption = "crosswalk-sdg-caption",
    crosswalk_principle_column = "crosswalk-principle-column",
    crosswalk_no_link = "crosswalk-no-link",
    crosswalk_scroll_hint = "crosswalk-scroll-hint",
    crosswalk_key_gcm = "crosswalk-key-gcm",
    crosswalk_key_sdg = "crosswalk-key-sdg",
    crosswalk_cell_editors = "crosswalk-cell-editors",
    crosswalk_cell_source = "crosswalk-cell-source",
    basis_editors = "basis-editors",
    basis_source = "basis-source",
    basis_editors_explained = "basis-editors-explained",
    type_gcm_objective = "type-gcm-objective",
    type_sdg_target = "type-sdg-target",
    type_sdg_indicator = "type-sdg-indicator",
    facet_gcm = "facet-gcm",
    facet_sdg = "facet-sdg",
    facet_crosswalk_help = "facet-crosswalk-help",
    crosswalk_principles_heading = "crosswalk-principles-heading",
    crosswalk_practices_heading = "crosswalk-practices-heading",
    crosswalk_activities_heading = "crosswalk-activities-heading",
    crosswalk_instruments_heading = "crosswalk-instruments-heading",
    principle_gcm_heading = "principle-gcm-heading",
    principle_sdg_heading = "principle-sdg-heading",
    crosswalk_see_all = "crosswalk-see-all",
    crosswalk_field_number = "crosswalk-field-number",
    crosswalk_item_note = "crosswalk-item-note",
    crosswalk_title_note = "crosswalk-title-note",
    profile_crosswalk_heading = "profile-crosswalk-heading",
}

/// A plain message as a field's `&'static str`: built once per message and language for the
/// app's lifetime, so leaking it is how it lives that long. Not inlined: one call per field
/// instead of a copy of this code per field (kilobytes of wasm).
#[inline(never)]
fn plain(bundle: &Bundle, key: &str, fallback: Option<&'static str>) -> &'static str {
    Box::leak(message(bundle, key, fallback).into_boxed_str())
}

thread_local! {
    /// The browser's number format for the language shown (`Intl.NumberFormat`), once a
    /// language other than English is chosen: "١٩٥" in Arabic, "1 234" in French.
    static NUMBER_FORMAT: std::cell::RefCell<Option<js_sys::Intl::NumberFormat>> =
        const { std::cell::RefCell::new(None) };
}

/// Fluent's formatter hook: numbers as the language writes them, by the browser's own
/// `Intl.NumberFormat` (no locale data in the wasm); other values as Fluent writes them.
fn locale_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    NUMBER_FORMAT.with(|format| {
        let format = format.borrow();
        let format = format.as_ref()?;
        format
            .format()
            .call1(format, &number.value.into())
            .ok()?
            .as_string()
    })
}

fn bundle(lang: Lang, source: &str) -> Bundle {
    // A file with a syntax error still gives every message it could read; the catalogue
    // test names the error.
    let resource =
        FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
    let locale = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // No invisible isolation marks around values: our values are numbers and our own text.
    bundle.set_use_isolating(false);
    if lang != Lang::En {
        let locales = js_sys::Array::of1(&lang.tag().into());
        let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new());
        NUMBER_FORMAT.with(|slot| *slot.borrow_mut() = Some(format));
        bundle.set_formatter(Some(locale_number));
    }
    let _ = bundle.add_resource(resource);
    bundle
}

/// `key` formatted from `bundle`, else `fallback`, else the key itself (so a gap shows, and
/// never panics).
fn message(bundle: &Bundle, key: &str, fallback: Option<&'static str>) -> String {
    format(bundle, key, None).unwrap_or_else(|| fallback.unwrap_or(key).to_string())
}

fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

impl Strings {
    /// The English catalogue.
    pub fn english() -> &'static Strings {
        static ENGLISH: OnceLock<Strings> = OnceLock::new();
        ENGLISH.get_or_init(|| Strings::from_bundle(bundle(Lang::En, ENGLISH_FTL), None))
    }

    /// The catalogue for `lang` from its Fluent file's text, English where it has a gap.
    /// Built once per app start, so it lives as long as the app.
    pub fn from_ftl(lang: Lang, source: &str) -> &'static Strings {
        if lang == Lang::En {
            return Strings::english();
        }
        let english = Strings::english();
        Box::leak(Box::new(Strings::from_bundle(
            bundle(lang, source),
            Some(english),
        )))
    }

    /// A message with values, in this language, else in English, else its key.
    fn with(&self, key: &str, values: &[(&str, FluentValue<'_>)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, value.clone());
        }
        format(&self.bundle, key, Some(&args))
            .or_else(|| format(&Strings::english().bundle, key, Some(&args)))
            .unwrap_or_else(|| key.to_string())
    }

    pub fn facet(&self, facet: Facet) -> &'static str {
        match facet {
            Facet::Type => self.facet_type,
            Facet::Kind => self.facet_kind,
            Facet::Principle => self.facet_principle,
            Facet::Region => self.facet_region,
            Facet::Sector => self.facet_sector,
            Facet::Country => self.facet_country,
            Facet::Instrument => self.facet_instrument,
            Facet::Actor => self.facet_actor,
            Facet::Gcm => self.facet_gcm,
            Facet::Sdg => self.facet_sdg,
        }
    }

    /// A short line under a facet's name saying how its values come about, where needed.
    pub fn facet_help(&self, facet: Facet) -> Option<&'static str> {
        matches!(facet, Facet::Gcm | Facet::Sdg).then_some(self.facet_crosswalk_help)
    }

    /// "GCM objective 6: Fair, ethical recruitment and decent working conditions".
    pub fn gcm_objective_title(&self, number: u8, title: &str) -> String {
        self.with(
            "gcm-objective-title",
            &[("number", number.into()), ("title", title.into())],
        )
    }

    /// "SDG target 10.7: …" or "SDG indicator 10.7.1: …".
    pub fn sdg_title(&self, indicator: bool, id: &str, title: &str) -> String {
        let key = if indicator {
            "sdg-indicator-title"
        } else {
            "sdg-target-title"
        };
        self.with(key, &[("id", id.into()), ("title", title.into())])
    }

    /// "through principle 13", "through principles 5, 12".
    pub fn crosswalk_through(&self, numbers: &[u8]) -> String {
        let list = numbers
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        self.with(
            "crosswalk-through",
            &[("count", numbers.len().into()), ("numbers", list.into())],
        )
    }

    pub fn sort(&self, sort: Sort) -> &'static str {
        match sort {
            Sort::Relevance => self.sort_relevance,
            Sort::Title => self.sort_title,
            Sort::Newest => self.sort_newest,
        }
    }

    /// The About page's points on how certainty is shown.
    pub fn about_confidence_points(&self) -> [&'static str; 5] {
        [
            self.about_confidence_1,
            self.about_confidence_2,
            self.about_confidence_3,
            self.about_confidence_4,
            self.about_confidence_5,
        ]
    }

    pub fn results_count(&self, count: usize) -> String {
        self.with("results-count", &[("count", count.into())])
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
        self.with(
            "page-position",
            &[
                ("page", page.into()),
                ("pages", pages.into()),
                ("first", first.into()),
                ("last", last.into()),
                ("total", total.into()),
            ],
        )
    }

    pub fn with_active_count(&self, label: &str, active: usize) -> String {
        match active {
            0 => label.to_string(),
            n => self.with(
                "active-count",
                &[("label", label.into()), ("count", n.into())],
            ),
        }
    }

    pub fn show_all(&self, count: usize) -> String {
        self.with("show-all-count", &[("count", count.into())])
    }

    pub fn option_count(&self, count: usize) -> String {
        self.with("option-count", &[("count", count.into())])
    }

    pub fn principle_title(&self, number: u8, title: &str) -> String {
        self.with(
            "principle-title",
            &[("number", number.into()), ("title", title.into())],
        )
    }

    pub fn principle_short(&self, number: u8) -> String {
        self.with("principle-short", &[("number", number.into())])
    }

    pub fn principle_option(&self, number: u8, title: &str) -> String {
        self.with(
            "principle-option",
            &[("number", number.into()), ("title", title.into())],
        )
    }

    pub fn subdivision_title(&self, id: &str, title: &str) -> String {
        self.with(
            "subdivision-title",
            &[("id", id.into()), ("title", title.into())],
        )
    }

    pub fn pager_step(&self, direction: &str, target: &str) -> String {
        self.with(
            "pager-step",
            &[("direction", direction.into()), ("target", target.into())],
        )
    }

    pub fn actor_with_name(&self, kind: &str, name: &str) -> String {
        self.with(
            "actor-with-name",
            &[("kind", kind.into()), ("name", name.into())],
        )
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

    /// "Compilation revised 24 November 2026.": `date` as the data gives it (YYYY-MM-DD),
    /// shown as the view layer formats it for the language.
    pub fn compiled_on(&self, date: &str) -> String {
        self.with("compiled-on", &[("date", date.into())])
    }

    pub fn shortlist_count(&self, count: usize) -> String {
        self.with("shortlist-count", &[("count", count.into())])
    }

    /// The phone's filter panel's last button: "Show the results (12)".
    pub fn filters_done(&self, count: usize) -> String {
        self.with("filters-done", &[("count", count.into())])
    }

    /// "Back to Crosswalk": the way back to the page an item was opened from.
    pub fn back_to_page(&self, page: &str) -> String {
        self.with("back-to-page", &[("page", page.into())])
    }

    /// `label` followed by the language's colon and space: "Source: ", "Source\u{a0}: ".
    /// A plain message, resolved once with the catalogue: result rows use it on every render.
    pub fn with_colon(&self, label: &str) -> String {
        format!("{label}{}", self.label_colon)
    }

    pub fn page_title(&self, heading: &str) -> String {
        self.with("page-title", &[("heading", heading.into())])
    }

    /// The results' heading in the tab's title when the reader has searched: "Search: fees".
    pub fn search_title(&self, query: &str) -> String {
        self.with("search-title", &[("query", query.into())])
    }

    pub fn data_problems(&self, count: usize) -> String {
        self.with("data-problems", &[("count", count.into())])
    }

    pub fn request_failed(&self, error: &str) -> String {
        self.with("request-failed", &[("error", error.into())])
    }

    pub fn server_answered(&self, status: u16, status_text: &str) -> String {
        self.with(
            "server-answered",
            &[
                ("status", status.into()),
                ("statusText", status_text.into()),
            ],
        )
    }

    pub fn response_unreadable(&self, error: &str) -> String {
        self.with("response-unreadable", &[("error", error.into())])
    }

    /// "3 / 12": the slide shown and how many there are.
    pub fn present_position(&self, at: usize, total: usize) -> String {
        self.with(
            "present-position",
            &[("at", at.into()), ("total", total.into())],
        )
    }

    pub fn not_utf8(&self, byte: usize) -> String {
        self.with("not-utf8", &[("byte", byte.into())])
    }

    // ---- Propose a practice ------------------------------------------------------------

    pub fn propose_remove(&self, name: &str) -> String {
        self.with("propose-remove", &[("name", name.to_string().into())])
    }

    /// Rows are numbered from 1 for people (the form's rows are counted from 0).
    pub fn propose_actor_type(&self, row: usize) -> String {
        self.with("propose-actor-type", &[("row", (row + 1).into())])
    }

    pub fn propose_remove_actor(&self, row: usize) -> String {
        self.with("propose-remove-actor", &[("row", (row + 1).into())])
    }

    pub fn propose_actor_name(&self, row: usize) -> String {
        self.with("propose-actor-name", &[("row", (row + 1).into())])
    }

    /// "Title: This is required." in the error summary.
    pub fn propose_error_line(&self, field: &str, message: &str) -> String {
        self.with(
            "propose-error-line",
            &[
                ("field", field.to_string().into()),
                ("message", message.to_string().into()),
            ],
        )
    }

    pub fn propose_errors_heading(&self, count: usize) -> String {
        self.with("propose-errors-heading", &[("count", count.into())])
    }

    /// What is wrong with a field, in this language. `name_of` gives a country's or a
    /// region's name from its id; the validator's own findings stay in English.
    pub fn propose_issue(&self, issue: &Issue, name_of: impl Fn(&str) -> String) -> String {
        let text = |value: &str| FluentValue::from(value.to_string());
        let code = |c: &u32| text(&format!("{c:04X}"));
        match issue {
            Issue::Required => self.propose_error_required.to_string(),
            Issue::TooLong { max } => {
                self.with("propose-error-too-long", &[("max", (*max).into())])
            }
            Issue::TooMany { max } => {
                self.with("propose-error-too-many", &[("max", (*max).into())])
            }
            Issue::Markup { tag } => self.with("propose-error-markup", &[("tag", text(tag))]),
            Issue::Invisible { code_point } => {
                self.with("propose-error-invisible", &[("code", code(code_point))])
            }
            Issue::ControlCharacter { code_point } => {
                self.with("propose-error-control", &[("code", code(code_point))])
            }
            Issue::Unknown {
                value,
                suggestion: Some(suggestion),
            } => self.with(
                "propose-error-unknown-suggest",
                &[("value", text(value)), ("suggestion", text(suggestion))],
            ),
            Issue::Unknown { value, .. } => {
                self.with("propose-error-unknown", &[("value", text(value))])
            }
            Issue::Repeated { value } => {
                self.with("propose-error-repeated", &[("value", text(value))])
            }
            Issue::NotHttps => self.propose_error_https.to_string(),
            Issue::RegionMissing { country, region } => self.with(
                "propose-error-region",
                &[
                    ("country", text(&name_of(country))),
                    ("region", text(&name_of(region))),
                ],
            ),
            Issue::NotADate { .. } | Issue::Other { .. } => issue.to_string(),
        }
    }
}

// Open data
impl Strings {
    /// "Data format version 1, compiled 30 November 2026".
    pub fn open_data_version(&self, version: u32, date: &str) -> String {
        self.with(
            "open-data-version",
            &[("version", version.into()), ("date", date.into())],
        )
    }

    /// What a table holds, by its name (`profiles`, `countries`, ...).
    pub fn open_data_about_table(&self, table: &str) -> String {
        self.with("open-data-about-table", &[("table", table.into())])
    }

    /// A translation file's description, by language tag.
    pub fn open_data_about_translation(&self, lang: &str) -> String {
        self.with("open-data-about-translation", &[("lang", lang.into())])
    }

    pub fn open_data_rows(&self, count: usize) -> String {
        self.with("open-data-rows", &[("count", count.into())])
    }

    /// A size in kilobytes.
    pub fn open_data_size(&self, kilobytes: u64) -> String {
        self.with("open-data-size", &[("kilobytes", kilobytes.into())])
    }
}

// ---- Your own data file (issue 16) --------------------------------------------------------

impl Strings {
    /// "Checking NAME (1.2 MB)…": `megabytes` to one decimal.
    pub fn own_data_checking(&self, name: &str, megabytes: f64) -> String {
        self.with(
            "own-data-checking",
            &[("name", name.into()), ("size", megabytes.into())],
        )
    }

    pub fn own_data_empty(&self, name: &str) -> String {
        self.with("own-data-empty", &[("name", name.into())])
    }

    /// A file over the limit; `in_background` says whether the check would have run in a
    /// worker (the limit is then the most any check takes) or on the page (a small limit).
    pub fn own_data_too_large(
        &self,
        name: &str,
        megabytes: f64,
        limit: f64,
        in_background: bool,
    ) -> String {
        let key = if in_background {
            "own-data-too-large"
        } else {
            "own-data-too-large-here"
        };
        self.with(
            key,
            &[
                ("name", name.into()),
                ("size", megabytes.into()),
                ("limit", limit.into()),
            ],
        )
    }

    pub fn own_data_not_utf8(&self, name: &str, byte: usize) -> String {
        self.with(
            "own-data-not-utf8",
            &[("name", name.into()), ("byte", byte.into())],
        )
    }

    pub fn own_data_not_json(&self, name: &str, at: &str, detail: &str) -> String {
        self.with(
            "own-data-not-json",
            &[
                ("name", name.into()),
                ("at", at.into()),
                ("detail", detail.into()),
            ],
        )
    }

    pub fn own_data_too_deep(&self, name: &str, at: &str) -> String {
        self.with(
            "own-data-too-deep",
            &[("name", name.into()), ("at", at.into())],
        )
    }

    pub fn own_data_failed(&self, reason: &str) -> String {
        self.with("own-data-failed", &[("reason", reason.into())])
    }

    pub fn own_data_problems(&self, name: &str, count: usize) -> String {
        self.with(
            "own-data-problems",
            &[("name", name.into()), ("count", count.into())],
        )
    }

    pub fn own_data_listed_first(&self, listed: usize) -> String {
        self.with("own-data-listed-first", &[("listed", listed.into())])
    }

    pub fn own_data_valid(&self, name: &str, count: usize) -> String {
        self.with(
            "own-data-valid",
            &[("name", name.into()), ("count", count.into())],
        )
    }

    pub fn own_data_valid_counts(&self, counts: &mflm_core::data_file::Counts) -> String {
        self.with(
            "own-data-valid-counts",
            &[
                ("principles", counts.principles.into()),
                ("guidelines", counts.guidelines.into()),
                ("profiles", counts.profiles.into()),
                ("instruments", counts.instruments.into()),
            ],
        )
    }

    pub fn own_data_warnings(&self, count: usize) -> String {
        self.with("own-data-warnings", &[("count", count.into())])
    }

    pub fn own_data_preparing(&self, name: &str) -> String {
        self.with("own-data-preparing", &[("name", name.into())])
    }

    pub fn own_data_banner(&self, name: &str, count: usize) -> String {
        self.with(
            "own-data-banner",
            &[("name", name.into()), ("count", count.into())],
        )
    }
}

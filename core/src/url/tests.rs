//! The codec on examples: exact encodings (shared links depend on them), item keys, and
//! hand-written and hostile query strings.

use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

fn state(page: Page, text: &str, facets: &[(Facet, &[&str])]) -> ViewState {
    let selected: BTreeMap<Facet, BTreeSet<String>> = facets
        .iter()
        .map(|(facet, values)| (*facet, values.iter().map(|v| v.to_string()).collect()))
        .collect();
    ViewState {
        page,
        query: Query {
            text: text.to_string(),
            selected,
        },
        sort: Sort::Relevance,
        result_page: 1,
        lang: None,
    }
}

fn first_page_of_browse() -> ViewState {
    state(Page::Browse, "", &[])
}

fn values(state: &ViewState, facet: Facet) -> Vec<&str> {
    state
        .query
        .selected
        .get(&facet)
        .map_or_else(Vec::new, |set| set.iter().map(String::as_str).collect())
}

// ---- encode: exact strings, since shared links depend on them ----

#[test]
fn default_view_encodes_to_empty_string() {
    assert_eq!(encode(&ViewState::default()), "");
    assert_eq!(encode(&first_page_of_browse()), "");
}

#[test]
fn href_of_default_view_is_bare_question_mark() {
    assert_eq!(href(&ViewState::default()), "?");
}

#[test]
fn href_is_question_mark_and_query_string() {
    let mut about = first_page_of_browse();
    about.page = Page::About;
    assert_eq!(href(&about), "?view=about");
}

#[test]
fn parameters_are_written_in_fixed_order() {
    let mut s = state(
        Page::Item(ItemRef::Principle(4)),
        "recruitment fees",
        &[
            (Facet::Region, &["arab-states", "africa"]),
            (Facet::Type, &["practice"]),
        ],
    );
    s.sort = Sort::Newest;
    s.result_page = 2;
    assert_eq!(
        encode(&s),
        "item=principle:4&q=recruitment+fees&type=practice&region=africa,arab-states\
         &sort=newest&page=2"
    );
}

#[test]
fn every_facet_uses_its_key_in_facet_order() {
    let s = state(
        Page::Browse,
        "",
        &[
            (Facet::Sdg, &["10.7.1"]),
            (Facet::Gcm, &["6", "10"]),
            (Facet::Actor, &["employers"]),
            (Facet::Instrument, &["C097", "C143"]),
            (Facet::Country, &["PHL"]),
            (Facet::Sector, &["domestic-work"]),
            (Facet::Region, &["asia-pacific"]),
            (Facet::Principle, &["4", "11"]),
            (Facet::Kind, &["policy"]),
            (Facet::Type, &["activity"]),
        ],
    );
    assert_eq!(
        encode(&s),
        "type=activity&kind=policy&principle=11,4&region=asia-pacific&sector=domestic-work\
         &country=PHL&instrument=C097,C143&actor=employers&gcm=10,6&sdg=10.7.1"
    );
}

#[test]
fn views_other_than_browse_are_named() {
    for (page, expected) in [
        (Page::Overview, "view=overview"),
        (Page::Instruments, "view=instruments"),
        (Page::About, "view=about"),
        (Page::OwnData, "view=own-data"),
        (Page::Shortlist, "view=shortlist"),
        (Page::Propose, "view=propose"),
        (Page::OpenData, "view=open-data"),
        (Page::Crosswalk, "view=crosswalk"),
    ] {
        assert_eq!(encode(&state(page, "", &[])), expected);
    }
}

#[test]
fn item_page_keeps_search_text_and_facets() {
    let s = state(
        Page::Item(ItemRef::Profile("DB-005".into())),
        "fees",
        &[(Facet::Country, &["PHL"])],
    );
    assert_eq!(encode(&s), "item=profile:DB-005&q=fees&country=PHL");
    assert_eq!(decode(&encode(&s)), s);
}

#[test]
fn relevance_sort_and_first_page_are_left_out() {
    let mut s = state(Page::Browse, "x", &[]);
    s.result_page = 0;
    assert_eq!(encode(&s), "q=x");
    s.result_page = 1;
    assert_eq!(encode(&s), "q=x");
    s.sort = Sort::Title;
    s.result_page = 3;
    assert_eq!(encode(&s), "q=x&sort=title&page=3");
}

#[test]
fn search_text_is_percent_encoded_as_utf8() {
    let arabic = state(Page::Browse, "هجرة العمال", &[]);
    assert_eq!(
        encode(&arabic),
        "q=%D9%87%D8%AC%D8%B1%D8%A9+%D8%A7%D9%84%D8%B9%D9%85%D8%A7%D9%84"
    );
    let chinese = state(Page::Browse, "移民", &[]);
    assert_eq!(encode(&chinese), "q=%E7%A7%BB%E6%B0%91");
    assert_eq!(decode(&encode(&arabic)), arabic);
    assert_eq!(decode(&encode(&chinese)), chinese);
}

#[test]
fn structural_characters_in_text_are_escaped() {
    let s = state(Page::Browse, "a&b=c+d%e,f#g?h:i", &[]);
    assert_eq!(encode(&s), "q=a%26b%3Dc%2Bd%25e%2Cf%23g%3Fh:i");
    assert_eq!(decode(&encode(&s)), s);
}

#[test]
fn facet_values_with_commas_or_empty_are_skipped() {
    let s = state(
        Page::Browse,
        "",
        &[
            (Facet::Region, &["a,b", "", "africa"]),
            (Facet::Sector, &["x,y"]),
        ],
    );
    assert_eq!(encode(&s), "region=africa");
}

// ---- item keys ----

#[test]
fn item_keys_name_kind_and_id() {
    let items = [
        (ItemRef::Principle(4), "principle:4"),
        (ItemRef::Subdivision("IV".into()), "subdivision:IV"),
        (ItemRef::Guideline("g4-t2".into()), "guideline:g4-t2"),
        (ItemRef::Profile("DB-005".into()), "profile:DB-005"),
        (ItemRef::Instrument("C097".into()), "instrument:C097"),
        (ItemRef::Country("PHL".into()), "country:PHL"),
        (ItemRef::GcmObjective(6), "gcm:6"),
        (ItemRef::SdgTarget("10.7.1".into()), "sdg:10.7.1"),
    ];
    for (item, key) in items {
        assert_eq!(item_key(&item), key);
        assert_eq!(parse_item_key(key), Some(item));
    }
}

#[test]
fn gcm_objectives_and_sdg_targets_are_also_read_with_a_hyphen() {
    assert_eq!(parse_item_key("gcm-6"), Some(ItemRef::GcmObjective(6)));
    assert_eq!(
        parse_item_key("sdg-10.7.1"),
        Some(ItemRef::SdgTarget("10.7.1".into()))
    );
    let view = decode("item=gcm-23&gcm=6");
    assert_eq!(view.page, Page::Item(ItemRef::GcmObjective(23)));
    assert_eq!(
        encode(&view),
        "item=gcm:23&gcm=6",
        "written in the usual form"
    );
    for key in [
        "gcm-", "gcm-x", "gcm-256", "gcm--6", "sdg-", "gcm6", "sdg10.7", "gcm:+6",
    ] {
        assert_eq!(parse_item_key(key), None, "{key:?}");
    }
}

#[test]
fn item_id_may_contain_colons() {
    assert_eq!(
        parse_item_key("guideline:a:b"),
        Some(ItemRef::Guideline("a:b".into()))
    );
}

#[test]
fn bad_item_keys_are_rejected() {
    let long_id = format!("profile:{}", "x".repeat(MAX_VALUE_CHARS + 1));
    for key in [
        "",
        "principle",
        "principle:",
        "principle:999",
        "principle:256",
        "principle:-1",
        "principle:+4",
        "principle: 4",
        "principle:four",
        "planet:4",
        "Principle:4",
        ":4",
        &long_id,
    ] {
        assert_eq!(parse_item_key(key), None, "{key:?}");
    }
    let longest_id = format!("profile:{}", "x".repeat(MAX_VALUE_CHARS));
    assert!(parse_item_key(&longest_id).is_some());
}

// ---- decode: hand-written and hostile URLs ----

#[test]
fn empty_query_decodes_to_first_page_of_browse() {
    assert_eq!(decode(""), first_page_of_browse());
    assert_eq!(decode("?"), first_page_of_browse());
    assert_eq!(decode("&&&"), first_page_of_browse());
}

#[test]
fn shared_link_decodes_to_its_view() {
    let mut expected = state(
        Page::Item(ItemRef::Principle(4)),
        "recruitment fees",
        &[
            (Facet::Type, &["practice"]),
            (Facet::Region, &["africa", "arab-states"]),
        ],
    );
    expected.sort = Sort::Newest;
    expected.result_page = 2;
    let url = "?item=principle:4&q=recruitment+fees&type=practice\
               &region=africa,arab-states&sort=newest&page=2";
    assert_eq!(decode(url), expected);
}

#[test]
fn plus_and_percent_20_both_mean_space() {
    assert_eq!(decode("q=a+b%20c").query.text, "a b c");
}

#[test]
fn percent_encoded_separators_and_keys_are_decoded() {
    assert_eq!(
        decode("region=a%2Cb").query.selected,
        decode("region=a,b").query.selected
    );
    assert_eq!(decode("%71=fees").query.text, "fees");
    assert_eq!(
        decode("item=principle%3A4").page,
        Page::Item(ItemRef::Principle(4))
    );
}

#[test]
fn unknown_parameters_and_facet_keys_are_ignored() {
    let s = decode("utm_source=mail&colour=blue&q=fees&=x&novalue&region=africa");
    assert_eq!(
        s,
        state(Page::Browse, "fees", &[(Facet::Region, &["africa"])])
    );
}

#[test]
fn unknown_view_or_sort_falls_back_to_default() {
    assert_eq!(decode("view=settings"), first_page_of_browse());
    assert_eq!(decode("view=About"), first_page_of_browse());
    assert_eq!(decode("sort=oldest").sort, Sort::Relevance);
    assert_eq!(decode("view=shortlist").page, Page::Shortlist);
}

#[test]
fn bad_item_opens_browse() {
    assert_eq!(decode("item=principle:999"), first_page_of_browse());
    assert_eq!(decode("item=nonsense"), first_page_of_browse());
    assert_eq!(decode("item=profile:"), first_page_of_browse());
    assert_eq!(decode("view=item&item=").page, Page::Browse);
}

#[test]
fn valid_item_wins_over_view() {
    assert_eq!(
        decode("view=about&item=country:PHL").page,
        Page::Item(ItemRef::Country("PHL".into()))
    );
    assert_eq!(decode("view=about&item=bogus").page, Page::About);
}

#[test]
fn lang_is_written_last_and_read_from_any_tag_it_knows() {
    let mut s = first_page_of_browse();
    s.query.text = "fees".into();
    s.lang = Some(Lang::Fr);
    assert_eq!(encode(&s), "q=fees&lang=fr");
    assert_eq!(decode("q=fees&lang=fr"), s);
    assert_eq!(decode("lang=fr-CA").lang, Some(Lang::Fr));
    assert_eq!(decode("lang=ES").lang, Some(Lang::Es));
    for unknown in ["lang=de", "lang=", "lang=%FF", "lang=<b>"] {
        assert_eq!(decode(unknown).lang, None, "{unknown}");
    }
    assert_eq!(
        encode(&first_page_of_browse()),
        "",
        "no lang asked, none written"
    );
}

#[test]
fn bad_page_is_first_page() {
    for query in [
        "page=0",
        "page=-1",
        "page=abc",
        "page=+2",
        "page=2.5",
        "page=99999999999",
        "page=",
        "page",
    ] {
        assert_eq!(decode(query).result_page, 1, "{query}");
    }
    assert_eq!(decode("page=007").result_page, 7);
    assert_eq!(decode("page=4294967295").result_page, u32::MAX);
}

#[test]
fn repeated_scalars_last_valid_wins_and_facets_merge() {
    let s = decode(
        "q=first&q=second&q=&view=about&view=overview&view=bogus&page=2&page=5&page=x\
         &sort=title&sort=newest&region=africa&region=europe,africa&region=",
    );
    assert_eq!(s.query.text, "second");
    assert_eq!(s.page, Page::Overview);
    assert_eq!(s.result_page, 5);
    assert_eq!(s.sort, Sort::Newest);
    assert_eq!(values(&s, Facet::Region), ["africa", "europe"]);
}

#[test]
fn empty_values_are_ignored() {
    let s = decode("q=&region=&sector=,,&country=,PHL,");
    assert_eq!(s, state(Page::Browse, "", &[(Facet::Country, &["PHL"])]));
}

#[test]
fn facet_values_are_not_checked_against_the_data() {
    let s = decode("principle=999&country=ATLANTIS");
    assert_eq!(values(&s, Facet::Principle), ["999"]);
    assert_eq!(values(&s, Facet::Country), ["ATLANTIS"]);
}

#[test]
fn malformed_escapes_are_kept_literally() {
    assert_eq!(decode("q=%zz").query.text, "%zz");
    assert_eq!(decode("q=100%").query.text, "100%");
    assert_eq!(decode("q=%4").query.text, "%4");
    assert_eq!(decode("q=%%41").query.text, "%A");
    assert_eq!(decode("region=%").query.selected.len(), 1);
}

#[test]
fn bytes_that_are_not_utf8_become_replacement_characters() {
    assert_eq!(decode("q=%E2%82").query.text, "\u{FFFD}");
    assert_eq!(decode("q=a%FFb").query.text, "a\u{FFFD}b");
    assert_eq!(decode("q=%C0%80").query.text, "\u{FFFD}\u{FFFD}");
    // A valid sequence decodes as expected.
    assert_eq!(decode("q=%E2%82%AC").query.text, "€");
}

#[test]
fn nul_in_search_text_is_kept_as_text() {
    let s = decode("q=%00");
    assert_eq!(s.query.text, "\0");
    assert_eq!(encode(&s), "q=%00");
}

#[test]
fn literal_unicode_in_query_string_is_accepted() {
    assert_eq!(decode("q=移民 العمال").query.text, "移民 العمال");
}

#[test]
fn search_text_is_cut_on_a_char_boundary() {
    let long = "ع".repeat(MAX_TEXT_CHARS + 100);
    let s = decode(&encode(&state(Page::Browse, &long, &[])));
    assert_eq!(s.query.text, "ع".repeat(MAX_TEXT_CHARS));
    let exact = "x".repeat(MAX_TEXT_CHARS);
    assert_eq!(decode(&format!("q={exact}")).query.text, exact);
}

#[test]
fn overlong_facet_values_are_dropped() {
    let longest = "v".repeat(MAX_VALUE_CHARS);
    let too_long = "v".repeat(MAX_VALUE_CHARS + 1);
    let s = decode(&format!("region={too_long},{longest},africa"));
    assert_eq!(values(&s, Facet::Region), ["africa", longest.as_str()]);
}

#[test]
fn facet_keeps_at_most_the_first_values() {
    let many: Vec<String> = (0..200).map(|n| format!("v{n:03}")).collect();
    let s = decode(&format!("sector={}", many.join(",")));
    let kept = values(&s, Facet::Sector);
    assert_eq!(kept.len(), MAX_VALUES_PER_FACET);
    assert_eq!(kept, many[..MAX_VALUES_PER_FACET]);
    // Repeats of already-kept values are no reason to drop anything.
    let s = decode(&format!("sector={}&sector=v000", many[..50].join(",")));
    assert_eq!(values(&s, Facet::Sector).len(), MAX_VALUES_PER_FACET);
}

#[test]
fn hostile_ten_kilobyte_query_decodes_quickly_to_something_sane() {
    let mut hostile = String::from("?");
    while hostile.len() < 10_000 {
        hostile.push_str("q=%E2%82%zz&region=a,bb,ccc,%FF,");
        hostile.push_str(&"%41".repeat(40));
        hostile.push_str("&page=99999999999&item=principle:999&view=x&&=&%=%&");
    }
    hostile.push_str("q=");
    hostile.push_str(&"%D8%B9".repeat(2_000));
    let started = Instant::now();
    let s = decode(&hostile);
    let elapsed = started.elapsed();
    assert!(elapsed.as_millis() < 500, "took {elapsed:?}");
    assert_eq!(s.page, Page::Browse);
    assert_eq!(s.result_page, 1);
    assert_eq!(s.query.text.chars().count(), MAX_TEXT_CHARS);
    assert!(values(&s, Facet::Region).len() <= MAX_VALUES_PER_FACET);
    assert!(s.query.selected.values().flatten().all(|v| !is_too_long(v)));
}

#[test]
fn a_presentation_is_a_view_with_its_slide() {
    let mut s = first_page_of_browse();
    s.query.text = "fees".into();
    s.page = Page::Present {
        deck: Deck::Results,
        at: 3,
    };
    assert_eq!(encode(&s), "view=present-results&at=3&q=fees");
    assert_eq!(decode("view=present-results&at=3&q=fees"), s);
    s.page = Page::Present {
        deck: Deck::Shortlist,
        at: 1,
    };
    assert_eq!(
        encode(&s),
        "view=present-shortlist&q=fees",
        "slide 1 is left out"
    );
    assert_eq!(
        decode("view=present-shortlist&at=0").page,
        Page::Present {
            deck: Deck::Shortlist,
            at: 1
        }
    );
    assert_eq!(
        decode("at=4").page,
        Page::Browse,
        "a slide without a presentation means nothing"
    );
}

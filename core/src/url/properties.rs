//! Properties of the codec, on generated view states and query strings.

use super::*;
use proptest::prelude::*;

/// Chars that exercise the encoder: structural ones, non-ASCII and anything else.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '%', '+', '&', '=', ',', ':', ' ', '#', '?', '\0', 'ع', '移', '€', 'a', 'Z', '1',
        ]),
        2 => any::<char>(),
    ]
}

fn text(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any_char(), 0..=max_chars).prop_map(String::from_iter)
}

/// A non-empty id of at most `MAX_VALUE_CHARS` chars.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any_char(), 1..=12).prop_map(String::from_iter),
        prop::collection::vec(any_char(), MAX_VALUE_CHARS..=MAX_VALUE_CHARS)
            .prop_map(String::from_iter),
    ]
}

fn facet_value() -> impl Strategy<Value = String> {
    id().prop_map(|value| value.replace(',', ";"))
}

fn item() -> impl Strategy<Value = ItemRef> {
    prop_oneof![
        any::<u8>().prop_map(ItemRef::Principle),
        id().prop_map(ItemRef::Subdivision),
        id().prop_map(ItemRef::Guideline),
        id().prop_map(ItemRef::Profile),
        id().prop_map(ItemRef::Instrument),
        id().prop_map(ItemRef::Country),
        any::<u8>().prop_map(ItemRef::GcmObjective),
        id().prop_map(ItemRef::SdgTarget),
    ]
}

fn page() -> impl Strategy<Value = Page> {
    prop_oneof![
        Just(Page::Browse),
        Just(Page::Overview),
        Just(Page::Instruments),
        Just(Page::About),
        Just(Page::OwnData),
        Just(Page::Shortlist),
        Just(Page::Propose),
        Just(Page::OpenData),
        Just(Page::Crosswalk),
        item().prop_map(Page::Item),
        (
            prop_oneof![Just(Deck::Results), Just(Deck::Shortlist)],
            1..=u32::MAX
        )
            .prop_map(|(deck, at)| Page::Present { deck, at }),
    ]
}

/// Any state that a link can carry: facet values comma-free and non-empty, no empty
/// selections, everything within the caps, result page at least 1.
fn representable_state() -> impl Strategy<Value = ViewState> {
    let selected = prop::collection::btree_map(
        prop::sample::select(Facet::ALL.to_vec()),
        prop::collection::btree_set(facet_value(), 1..=5),
        0..=4,
    );
    let text = prop_oneof![text(30), text(MAX_TEXT_CHARS)];
    (
        page(),
        text,
        selected,
        prop::sample::select(Sort::ALL.to_vec()),
        prop_oneof![Just(1u32), 1..=u32::MAX],
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
    )
        .prop_map(
            |(page, text, selected, sort, result_page, lang)| ViewState {
                page,
                query: Query { text, selected },
                sort,
                result_page,
                lang,
            },
        )
}

/// Query strings built from pieces that a real or hostile link might contain.
fn query_string() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "view",
        "item",
        "q",
        "type",
        "kind",
        "principle",
        "region",
        "sector",
        "country",
        "instrument",
        "actor",
        "sort",
        "page",
        "lang",
        "%71",
        "x",
        "",
        "?q",
    ]);
    let value_piece = prop_oneof![
        prop::sample::select(vec![
            "about",
            "overview",
            "browse",
            "item",
            "principle:4",
            "principle:999",
            "guideline:",
            "profile:DB-005",
            "country:PHL",
            "title",
            "newest",
            "0",
            "1",
            "42",
            "99999999999",
            "%zz",
            "%",
            "%E2%82",
            "%FF",
            "%2C",
            "%3A",
            "+",
            ",",
            ",,",
            "%00",
            "%D8%B9",
            "a,b",
            "&",
            "=",
        ])
        .prop_map(String::from),
        text(8),
    ];
    let value = prop::collection::vec(value_piece, 0..4).prop_map(|pieces| pieces.concat());
    let pair = (key, prop::bool::ANY, value).prop_map(|(key, has_equals, value)| {
        if has_equals {
            format!("{key}={value}")
        } else {
            format!("{key}{value}")
        }
    });
    prop::collection::vec(pair, 0..8).prop_map(|pairs| pairs.join("&"))
}

proptest! {
    #[test]
    fn representable_state_round_trips(state in representable_state()) {
        prop_assert_eq!(decode(&encode(&state)), state);
    }

    #[test]
    fn encoded_state_is_plain_ascii_without_hash(state in representable_state()) {
        let encoded = encode(&state);
        prop_assert!(encoded.is_ascii());
        prop_assert!(!encoded.contains('#') && !encoded.contains(' '));
    }

    #[test]
    fn any_string_decodes_without_panic(input in any::<String>()) {
        let _ = decode(&input);
    }

    #[test]
    fn decode_is_idempotent_through_encode(input in prop_oneof![any::<String>(), query_string()]) {
        let decoded = decode(&input);
        prop_assert_eq!(decode(&encode(&decoded)), decoded);
    }
}

//! Tests of the engine's private helpers; `tests/engine.rs` tests the public API.

use super::bits::Bits;
use super::build::first_year;
use super::*;

#[test]
fn first_year_takes_the_first_four_digit_run() {
    assert_eq!(first_year("2005"), Some(2005));
    assert_eq!(first_year("2001-2014"), Some(2001));
    assert_eq!(first_year("c. 1999 onwards"), Some(1999));
    assert_eq!(first_year("12 March 2015"), Some(2015));
    assert_eq!(first_year("123456 and 1987"), Some(1987));
    assert_eq!(first_year("n.d."), None);
    assert_eq!(first_year(""), None);
}

#[test]
fn query_words_are_capped_deduplicated_and_sane() {
    assert_eq!(
        query_words("Migrant MIGRANT workers"),
        Some(vec!["migrant".to_string(), "workers".to_string()])
    );
    let many: String = (0..100).map(|i| format!("w{i} ")).collect();
    assert_eq!(query_words(&many).map(|w| w.len()), Some(MAX_QUERY_WORDS));
    assert_eq!(query_words(&"é".repeat(65)), None);
    assert_eq!(query_words(&format!("migrant {}", "x".repeat(65))), None);
    assert_eq!(query_words(&"é".repeat(64)).map(|w| w.len()), Some(1));
    assert_eq!(query_words(" ,;-!? "), Some(Vec::new()));
}

#[test]
fn bits_count_and_list_their_members() {
    let bits = Bits::from_fn(130, |i| i % 64 == 3 || i == 129);
    assert_eq!(bits.ones().collect::<Vec<_>>(), [3, 67, 129]);
    assert_eq!(bits.count(), 3);
    assert_eq!(Bits::full(130).count(), 130);
    assert_eq!(Bits::full(128).count(), 128);
    assert_eq!(Bits::full(0).count(), 0);
    assert!(bits.contains(67) && !bits.contains(66));
    assert_eq!(bits.count_and(&Bits::full(68)), 2);
}

//! Text normalisation for search: folding (case, accents, compatibility forms, a few letter
//! variants, invisible characters) and splitting into words. The engine uses the same two
//! functions to index the data, to read the query and to find what to highlight, so the three
//! always agree.
//!
//! One file per concern: `folding.rs` ([`fold`], with the look-up in `fold_table.rs` and the
//! default-ignorable code points), `splitting.rs` ([`words`], [`for_each_word`],
//! [`original_prefix_len`]). `tests.rs` checks folding against its definition from the Unicode
//! crates' tables, and generates `fold_table.rs` from them.

mod folding;
mod splitting;
#[cfg(test)]
mod tests;

pub(crate) use folding::Fold;
pub use folding::{find_ignorable, fold, is_default_ignorable};
pub use splitting::{for_each_word, original_prefix_len, words};

//! Shared view parts: small pieces several pages use (links that keep the search, labels of
//! ids, fact rows, lists of profiles, source lines). They stand on [`crate::ui::context`] and
//! import no page.

pub mod content;
pub mod copy;
pub mod crosswalk;
pub mod export;
pub mod facts;
pub mod labels;
pub mod link;
pub mod own_data_banner;
pub mod profiles;
pub mod qr;
pub mod source;

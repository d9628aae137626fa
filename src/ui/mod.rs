//! The view layer: Leptos components, one file per page or feature. They read the core
//! through the view-state signal and memos; none of them holds logic the core could test.

pub mod about;
pub mod app;
pub mod browse;
pub mod facets;
pub mod item;
pub mod labels;
pub mod link;
pub mod overview;
pub mod results;
pub mod shortlist;
pub mod update;

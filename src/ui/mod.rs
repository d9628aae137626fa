//! The view layer: Leptos components, layered from the ground up with no import circle.
//!
//! - `context`: the ground: loaded data, the view-state signal, language, navigation;
//!   `saved`: the trainer's shortlists on the device, kept in step across tabs.
//! - `load`: reading and checking the data file.
//! - `first_view`: index.html's prerendered first view, and the app taking it over.
//! - `parts`: small shared pieces (links, labels, facts, profile lists, sources).
//! - `update`: the offline and new-version notice.
//! - `recovery`: the screen a panic leaves instead of a blank page.
//! - `pages`: one file per page.
//! - `app`: the roof: provides the context and picks the page; nothing imports it.
//!
//! Components read the core through the view-state signal and memos; none of them holds
//! logic the core could test.

pub mod app;
pub mod context;
pub mod first_view;
pub mod load;
pub mod own_file;
pub mod pages;
pub mod parts;
pub mod recovery;
pub mod saved;
pub mod update;

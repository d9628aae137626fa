//! The pure core of MFLM Explorer: the data model, its validation, the search and facet engine,
//! the URL codec and the exports. No browser types live here, so all of it is tested with
//! `cargo test`.

pub mod crosswalk;
pub mod data_file;
pub mod engine;
pub mod export;
mod fold_table;
pub mod lang;
pub mod model;
pub mod open_data;
/// The default view as static HTML for index.html (the build's `mflm-data prerender`).
#[cfg(feature = "schema")]
pub mod prerender;
pub mod proposal;
pub mod query;
pub mod relations;
pub mod row_facts;
pub mod shortlists;
pub mod text;
pub mod translation;
pub mod url;
pub mod validate;

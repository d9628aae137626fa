//! One file per page. Pages stand on [`crate::ui::context`] and [`crate::ui::parts`]; none
//! imports another page, except the browse page's own pieces (facets, results).

pub mod about;
pub mod browse;
pub mod country;
pub mod crosswalk;
pub mod facets;
pub mod guideline;
pub mod instrument;
pub mod instruments;
pub mod not_found;
pub mod objective;
pub mod open_data;
pub mod overview;
pub mod own_data;
pub mod present;
pub mod principle;
pub mod profile;
pub mod propose;
pub mod propose_fields;
pub mod propose_lists;
pub mod propose_result;
pub mod results;
pub mod shortlist;
pub mod subdivision;

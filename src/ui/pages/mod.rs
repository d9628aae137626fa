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
pub mod overview;
pub mod present;
pub mod principle;
pub mod profile;
pub mod results;
pub mod shortlist;
pub mod subdivision;

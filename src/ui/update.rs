//! The quiet "new version: reload" notice (wired to the service worker in a later step).

use leptos::prelude::*;

#[component]
pub fn UpdateNotice() -> impl IntoView {}

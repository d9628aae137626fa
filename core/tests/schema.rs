#![cfg(feature = "schema")]
//! The committed `data/framework.schema.json` must be the schema the model derives today, so
//! editors that use it never disagree with the loader.

use mflm_core::model::Framework;
use std::path::Path;

#[test]
fn committed_schema_matches_the_model() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/framework.schema.json");
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let generated = serde_json::to_string_pretty(&schemars::schema_for!(Framework))
        .expect("a derived schema always serialises");
    assert!(
        committed.trim_end() == generated.trim_end(),
        "data/framework.schema.json is out of date with core/src/model.rs; \
         run `cargo run -p mflm-core --features schema --bin mflm-data -- schema > data/framework.schema.json`"
    );
}

#[test]
fn committed_translation_schema_matches_the_model() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/translation.schema.json");
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let generated =
        serde_json::to_string_pretty(&schemars::schema_for!(mflm_core::translation::Translation))
            .expect("a derived schema always serialises");
    assert!(
        committed.trim_end() == generated.trim_end(),
        "data/translation.schema.json is out of date with core/src/translation.rs; run \
         `cargo run -p mflm-core --features schema --bin mflm-data -- translation-schema > data/translation.schema.json`"
    );
}

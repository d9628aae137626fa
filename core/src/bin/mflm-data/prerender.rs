//! `mflm-data prerender [PATH]`: prints the default view's HTML (`mflm_core::prerender`) in
//! English, for `scripts/postbuild.mjs` to write into index.html. The data is checked with
//! the same validation as `validate`; the words come from the app's own catalogue,
//! `i18n/en.ftl`, formatted with `fluent-bundle` as `src/strings.rs` does.

use std::process::ExitCode;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use mflm_core::engine::Index;
use mflm_core::model::Framework;
use mflm_core::prerender::{first_view, Arg, Catalogue, LANG};
use mflm_core::relations::Relations;

/// The app's English catalogue, beside the data's folder in the workspace.
const ENGLISH_FTL: &str = include_str!("../../../../i18n/en.ftl");

/// Prints the HTML of the default view of `framework` (already checked) to stdout.
pub fn command(framework: Framework) -> ExitCode {
    let words = match Words::english() {
        Ok(words) => words,
        Err(problem) => {
            eprintln!("prerender: i18n/en.ftl: {problem}");
            return ExitCode::FAILURE;
        }
    };
    let index = Index::new(&framework, LANG);
    let relations = Relations::new(framework);
    println!("{}", first_view(&relations, &index, &words));
    ExitCode::SUCCESS
}

struct Words(FluentBundle<FluentResource>);

impl Words {
    fn english() -> Result<Words, String> {
        let resource = FluentResource::try_new(ENGLISH_FTL.to_string())
            .map_err(|(_, errors)| format!("{} syntax error(s): {errors:?}", errors.len()))?;
        let mut bundle =
            FluentBundle::new(vec![LANG.tag().parse().map_err(|e| format!("{e:?}"))?]);
        // As the app: no invisible isolation marks around values.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("repeated messages: {errors:?}"))?;
        Ok(Words(bundle))
    }
}

impl Catalogue for Words {
    /// The message, or its key where the catalogue has none (as the app shows a gap).
    fn message(&self, key: &str, values: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.0.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in values {
            let value = match *value {
                Arg::Number(n) => FluentValue::from(n),
                Arg::Text(text) => FluentValue::from(text),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.0
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

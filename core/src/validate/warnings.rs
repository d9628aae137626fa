//! Things worth an editor's look that do not stop the data from loading.

use serde_json::Value;

use super::Problem;
use crate::model::Framework;
use crate::text::find_ignorable;

/// Every string of `framework` that holds an invisible, default-ignorable code point (soft
/// hyphen, zero-width space or joiner, word joiner, byte-order mark, ...), as a problem
/// naming where it is (`item` is the path to the string, as in `profiles[3].summary.en`)
/// and which code point at which byte. Search ignores these characters, so they do no harm
/// there, but they usually come from copying out of a PDF and can break a word on screen.
/// Native tools only (`mflm-data validate`, tests): the app does not call it.
pub fn warnings(framework: &Framework) -> Vec<Problem> {
    let mut found = Vec::new();
    if let Ok(value) = serde_json::to_value(framework) {
        walk(&value, &mut String::new(), &mut found);
    }
    found
}

fn walk(value: &Value, path: &mut String, found: &mut Vec<Problem>) {
    match value {
        Value::String(text) => {
            if let Some((at, c)) = find_ignorable(text) {
                found.push(Problem::new(
                    path.clone(),
                    "text",
                    format!(
                        "holds an invisible character U+{:04X} at byte {at}; remove it unless \
                         the language needs it",
                        u32::from(c)
                    ),
                ));
            }
        }
        Value::Array(values) => {
            for (i, value) in values.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(value, path, found);
                path.truncate(len);
            }
        }
        Value::Object(fields) => {
            for (key, value) in fields {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                walk(value, path, found);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    #[test]
    fn a_soft_hyphen_in_a_summary_is_named_with_its_path_and_code_point() {
        let json = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/framework.json"
        ))
        .unwrap();
        let mut framework = crate::validate::load(&json).unwrap();
        assert_eq!(warnings(&framework), vec![], "the shipped data has none");
        framework.profiles[2].summary = Text::en("recruit\u{AD}ment fees");
        let found = warnings(&framework);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].item, "profiles[2].summary.en");
        assert!(
            found[0].message.contains("U+00AD at byte 7"),
            "{}",
            found[0]
        );
    }
}

use super::*;
use crate::model::{Framework, Text};
use crate::validate::load;

/// Words as `[key]`, values after it: enough to see which message went where.
struct Keys;

impl Catalogue for Keys {
    fn message(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut out = format!("[{key}]");
        for (name, value) in args {
            match value {
                Arg::Number(n) => out.push_str(&format!(" {name}={n}")),
                Arg::Text(t) => out.push_str(&format!(" {name}={t}")),
            }
        }
        out
    }
}

fn shipped() -> Framework {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/framework.json");
    let json = std::fs::read_to_string(path).expect("the shipped data file is readable");
    load(&json).expect("the shipped data is valid")
}

fn render(framework: Framework, words: &dyn Catalogue) -> (String, Index) {
    let index = Index::new(&framework, LANG);
    let relations = Relations::new(framework);
    (first_view(&relations, &index, words), index)
}

/// The `href` of each result title's link, in order.
fn title_links(html: &str) -> Vec<String> {
    html.split(r#"<article class="result""#)
        .skip(1)
        .map(|row| {
            let start = row.find(r#"<h3><a class="" href=""#).expect("a title link") + 22;
            row[start..start + row[start..].find('"').unwrap()].to_string()
        })
        .collect()
}

#[test]
fn escape_turns_markup_characters_into_text() {
    assert_eq!(
        escape(r#"<script>alert("x")</script> & 'q'"#),
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
    );
    assert_eq!(escape("Égalité · 30–40"), "Égalité · 30–40");
}

#[test]
fn the_first_view_lists_one_page_of_results_as_the_engine_orders_them() {
    let (html, index) = render(shipped(), &Keys);
    let result = default_results(&index);
    assert!(
        result.total > RESULTS_PER_PAGE,
        "the shipped data has more than one page"
    );
    assert_eq!(result.hits.len(), RESULTS_PER_PAGE);
    let expected: Vec<String> = result
        .hits
        .iter()
        .map(|hit| url::href(&ViewState::default().opening(index.docs[hit.doc].item.clone())))
        .collect();
    assert_eq!(title_links(&html), expected);
    assert_eq!(html.matches("<li><article").count(), RESULTS_PER_PAGE);
    assert!(html.contains(&format!("[results-count] count={}", result.total)));
    assert!(html.contains(r#"<a class="button" href="?page=2">[next-page]</a>"#));
}

#[test]
fn links_are_the_apps_own_addresses() {
    let (html, _) = render(shipped(), &Keys);
    assert!(html.contains(r#"<a class="" href="?" aria-current="page">[nav-browse]</a>"#));
    assert!(html.contains(r#"<a class="" href="?view=overview">[nav-overview]</a>"#));
    assert!(html.contains(r#"<a class="" href="?view=shortlist">[shortlist-count] count=0</a>"#));
    assert!(html.contains(r#"<a href="?lang=fr" hreflang="fr" lang="fr" dir="ltr">Français</a>"#));
    assert!(html.contains(r#"<a class="" href="?item=principle:1">[principle-short] number=1 "#));
    assert!(html.contains(r#"<a class="" href="?view=present-results">[present]</a>"#));
    assert!(html.contains(r#"<a class="" href="?view=propose">[nav-propose]</a>"#));
}

#[test]
fn text_from_the_data_and_the_catalogue_is_escaped() {
    let mut framework = shipped();
    framework.principles[0].title = Text::en(r#"<img src=x onerror="alert(1)"> & co"#);
    let (html, _) = render(framework, &Keys);
    assert!(!html.contains("<img"), "data text became markup");
    assert!(html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co"));

    struct Hostile;
    impl Catalogue for Hostile {
        fn message(&self, key: &str, _: &[(&str, Arg<'_>)]) -> String {
            format!("<b>{key}</b>\"")
        }
    }
    let (html, _) = render(shipped(), &Hostile);
    assert!(!html.contains("<b>"), "catalogue text became markup");
    assert!(html.contains(r#"placeholder="&lt;b&gt;search-placeholder&lt;/b&gt;&quot;""#));
}

#[test]
fn the_compilation_date_reads_as_the_apps_english_date() {
    assert_eq!(english_date("2026-11-30"), "30 November 2026");
    assert_eq!(english_date("2006-01-05"), "5 January 2006");
    assert_eq!(english_date("2026-13-01"), "2026-13-01");
    assert_eq!(english_date("soon"), "soon");
    assert_eq!(english_date("26-1-1"), "26-1-1");
}

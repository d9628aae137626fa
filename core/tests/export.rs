//! Exports over the shipped data: the CSV of every item reads back with the `csv` crate under
//! the documented header, the JSON export is a data file `validate::load` accepts holding
//! exactly the chosen profiles, RIS has one record per item with CRLF, Markdown a heading per
//! item, citations name title, place and link; French exports are in French, with the
//! interface catalogue's own words.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use mflm_core::export::{
    citation, to_csv, to_json, to_markdown, to_ris, ExportContext, ExportItem, CSV_COLUMNS,
};
use mflm_core::lang::Lang;
use mflm_core::model::{Framework, ProfileType, Text};
use mflm_core::query::ItemRef;
use mflm_core::relations::Relations;
use mflm_core::translation;
use mflm_core::validate::load;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
const BASE: &str = "https://example.org/mflm/";

fn english() -> Framework {
    let json = std::fs::read_to_string(format!("{ROOT}/data/framework.json")).expect("data file");
    load(&json).expect("the shipped data loads")
}

fn shipped() -> &'static Relations {
    static RELATIONS: OnceLock<Relations> = OnceLock::new();
    RELATIONS.get_or_init(|| Relations::new(english()))
}

fn translated(lang: Lang) -> Relations {
    let path = format!("{ROOT}/data/i18n/{}.json", lang.tag());
    let json = std::fs::read_to_string(&path).expect("translation file");
    let mut framework = english();
    let problems = translation::apply(&mut framework, &translation::parse(&json).unwrap());
    assert!(problems.is_empty(), "{problems:#?}");
    Relations::new(framework)
}

fn context(relations: &Relations, lang: Lang) -> ExportContext<'_> {
    ExportContext {
        relations,
        lang,
        base_url: BASE,
    }
}

fn item(item: ItemRef) -> ExportItem<'static> {
    ExportItem { item, note: None }
}

fn profile(id: &str) -> ExportItem<'static> {
    item(ItemRef::Profile(id.to_string()))
}

/// Every principle, guideline and profile, in data order: 195 items.
fn every_item(framework: &Framework) -> Vec<ExportItem<'static>> {
    let principles = framework
        .principles
        .iter()
        .map(|p| ItemRef::Principle(p.number));
    let guidelines = framework
        .guidelines
        .iter()
        .map(|g| ItemRef::Guideline(g.id.clone()));
    let profiles = framework
        .profiles
        .iter()
        .map(|p| ItemRef::Profile(p.id.clone()));
    principles
        .chain(guidelines)
        .chain(profiles)
        .map(item)
        .collect()
}

/// The CSV's rows after its header (which must be [`CSV_COLUMNS`]), each as column -> cell.
fn parse_csv(csv: &str) -> Vec<BTreeMap<String, String>> {
    let body = csv
        .strip_prefix('\u{FEFF}')
        .expect("a byte order mark first");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, CSV_COLUMNS);
    reader
        .records()
        .map(|record| {
            let record = record.expect("a well-formed row");
            assert_eq!(record.len(), CSV_COLUMNS.len());
            header
                .iter()
                .cloned()
                .zip(record.iter().map(String::from))
                .collect()
        })
        .collect()
}

fn row_of<'a>(rows: &'a [BTreeMap<String, String>], id: &str) -> &'a BTreeMap<String, String> {
    rows.iter()
        .find(|row| row["id"] == id)
        .expect("a row for the id")
}

/// A copy of the shipped data in which `id`'s English title is `title`.
fn with_title(id: &str, title: &str) -> Relations {
    let mut framework = english();
    let profile = framework.profiles.iter_mut().find(|p| p.id == id).unwrap();
    profile.title = Text::en(title);
    Relations::new(framework)
}

// ---- CSV ---------------------------------------------------------------------------------

#[test]
fn csv_of_every_item_reads_back_as_one_row_each_under_the_documented_header() {
    let relations = shipped();
    let items = every_item(relations.framework());
    assert_eq!(items.len(), 195);
    let rows = parse_csv(&to_csv(&context(relations, Lang::En), &items));
    assert_eq!(rows.len(), 195);
    let types: Vec<&str> = rows.iter().map(|r| r["type"].as_str()).collect();
    let count = |t: &str| types.iter().filter(|&&x| x == t).count();
    assert_eq!(
        (
            count("principle"),
            count("guideline"),
            count("practice"),
            count("activity")
        ),
        (15, 53, 42, 85)
    );
    for row in &rows {
        for column in ["id", "type", "title", "source", "link"] {
            assert!(!row[column].is_empty(), "{} has no {column}", row["id"]);
        }
    }
}

#[test]
fn csv_starts_with_a_byte_order_mark_and_ends_every_line_with_crlf() {
    let relations = shipped();
    let csv = to_csv(&context(relations, Lang::En), &[profile("DB-005")]);
    assert!(csv.starts_with("\u{FEFF}id,type,title,"));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches('\n').count(), csv.matches("\r\n").count());
    // Nothing exported: the header alone.
    let empty = to_csv(&context(relations, Lang::En), &[]);
    assert_eq!(empty, format!("\u{FEFF}{}\r\n", CSV_COLUMNS.join(",")));
}

#[test]
fn csv_never_names_a_source_by_its_internal_id() {
    let relations = shipped();
    let items = every_item(relations.framework());
    let rows = parse_csv(&to_csv(&context(relations, Lang::En), &items));
    let ids: Vec<&str> = relations.sources().iter().map(|s| s.id.as_str()).collect();
    for row in &rows {
        for (column, cell) in row {
            for id in &ids {
                assert!(
                    !cell.contains(id),
                    "{} {column} names source {id}: {cell}",
                    row["id"]
                );
            }
        }
    }
}

#[test]
fn csv_round_trips_a_title_with_commas_and_quotes_and_a_note_with_line_breaks() {
    let title = r#"Say "hello", then "goodbye, friend""#;
    let note = "Use in week 2, \"module B\";\nthen discuss.\r\nEnd";
    let relations = with_title("DB-005", title);
    let items = [ExportItem {
        item: ItemRef::Profile("DB-005".into()),
        note: Some(note),
    }];
    let rows = parse_csv(&to_csv(&context(&relations, Lang::En), &items));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["title"], title);
    assert_eq!(rows[0]["note"], note);
}

#[test]
fn csv_row_of_a_practice_holds_names_not_ids() {
    let relations = shipped();
    let rows = parse_csv(&to_csv(&context(relations, Lang::En), &[profile("DB-005")]));
    let row = &rows[0];
    assert_eq!(row["id"], "DB-005");
    assert_eq!(row["type"], "practice");
    assert_eq!(
        row["title"],
        "UK-Portugal trade union cooperation agreement (TUC and CGTP-IN)"
    );
    assert!(row["summary"].starts_with("Britain's TUC and Portugal's CGTP-IN agreed in 2001"));
    assert_eq!(row["countries"], "United Kingdom; Portugal");
    assert_eq!(row["regions"], "Europe and Central Asia");
    assert_eq!(row["period"], "2001-2014");
    assert_eq!(row["principles"], "2; 6; 9");
    assert_eq!(
        row["guidelines"],
        relations.guideline("g6-t3").unwrap().text.get("en")
    );
    assert_eq!(
        row["actors"],
        "Trades Union Congress (TUC); General Confederation of Portuguese Workers (CGTP-IN)"
    );
    assert_eq!(
        row["keywords"],
        "trade unions; union organizing; rights information; community outreach"
    );
    assert_eq!(
        row["source"],
        "ILO good practices database: labour migration policies and programmes, practice 5"
    );
    assert!(row["source_url"].ends_with("p_practice_id=5"));
    assert_eq!(row["link"], format!("{BASE}?item=profile:DB-005&lang=en"));
    assert_eq!(row["note"], "");
    // Instruments by name: the first practice that cites any.
    let cites = relations
        .framework()
        .profiles
        .iter()
        .find(|p| !p.instruments.is_empty())
        .unwrap();
    let rows = parse_csv(&to_csv(
        &context(relations, Lang::En),
        &[profile(&cites.id)],
    ));
    let names: Vec<&str> = cites
        .instruments
        .iter()
        .map(|id| relations.instrument_name(id, Lang::En))
        .collect();
    assert_eq!(rows[0]["instruments"], names.join("; "));
}

#[test]
fn csv_rows_of_principles_and_guidelines_hold_the_fields_that_apply() {
    let relations = shipped();
    let items = [
        item(ItemRef::Principle(4)),
        item(ItemRef::Guideline("g4-t2".into())),
    ];
    let rows = parse_csv(&to_csv(&context(relations, Lang::En), &items));
    let principle = row_of(&rows, "4");
    assert_eq!(principle["type"], "principle");
    assert_eq!(
        principle["title"],
        relations.principle(4).unwrap().title.get("en")
    );
    assert_eq!(principle["principles"], "4");
    assert_eq!(
        principle["guidelines"].split("; ").count(),
        relations.guidelines_of_principle(4).len()
    );
    assert_eq!(
        principle["link"],
        format!("{BASE}?item=principle:4&lang=en")
    );
    for column in [
        "why_good",
        "countries",
        "regions",
        "sectors",
        "period",
        "actors",
        "keywords",
    ] {
        assert_eq!(principle[column], "", "{column}");
    }
    let guideline = row_of(&rows, "g4-t2");
    assert_eq!(guideline["type"], "guideline");
    assert_eq!(
        guideline["title"],
        relations.guideline("g4-t2").unwrap().text.get("en")
    );
    assert_eq!(guideline["principles"], "4");
    assert_eq!(guideline["summary"], "");
    assert!(guideline["source"].contains("entry for principle 4"));
}

// ---- What is exported --------------------------------------------------------------------

#[test]
fn other_items_and_unknown_ids_are_skipped_by_every_export() {
    let relations = shipped();
    let ctx = context(relations, Lang::En);
    let skipped = [
        ItemRef::Instrument("C097".into()),
        ItemRef::Subdivision("IV".into()),
        ItemRef::Country("PHL".into()),
        ItemRef::Profile("NO-SUCH".into()),
        ItemRef::Principle(99),
        ItemRef::Guideline("g99-t9".into()),
    ];
    let mut items: Vec<ExportItem> = skipped.iter().cloned().map(item).collect();
    items.insert(3, profile("DB-005"));
    assert_eq!(parse_csv(&to_csv(&ctx, &items)).len(), 1);
    assert_eq!(to_ris(&ctx, &items).matches("TY  - ").count(), 1);
    assert_eq!(
        to_markdown(&ctx, &items, "List").matches("\n## ").count(),
        1
    );
    let json = load(&to_json(&ctx, &items)).expect("loads");
    assert_eq!(json.profiles.len(), 1);
    for skipped in &skipped {
        assert_eq!(citation(&ctx, skipped), None, "{skipped:?}");
    }
}

#[test]
fn items_keep_the_callers_order_in_csv_ris_and_markdown() {
    let relations = shipped();
    let ctx = context(relations, Lang::En);
    let items = [
        profile("S3-10b"),
        item(ItemRef::Principle(7)),
        profile("DB-005"),
    ];
    let ids: Vec<String> = parse_csv(&to_csv(&ctx, &items))
        .into_iter()
        .map(|r| r["id"].clone())
        .collect();
    assert_eq!(ids, ["S3-10b", "7", "DB-005"]);
    let ris = to_ris(&ctx, &items);
    let ris_ids: Vec<&str> = ris
        .lines()
        .filter_map(|l| l.strip_prefix("ID  - "))
        .collect();
    assert_eq!(ris_ids, ["S3-10b", "7", "DB-005"]);
}

// ---- JSON --------------------------------------------------------------------------------

#[test]
fn json_of_a_few_items_loads_and_holds_exactly_those_profiles() {
    let relations = shipped();
    let cites = relations
        .framework()
        .profiles
        .iter()
        .find(|p| !p.instruments.is_empty())
        .unwrap();
    let items = [
        profile("DB-005"),
        profile(&cites.id),
        item(ItemRef::Principle(13)),
        item(ItemRef::Guideline("g4-t2".into())),
    ];
    let json = to_json(&context(relations, Lang::En), &items);
    let framework = load(&json).unwrap_or_else(|e| panic!("{e}"));
    let profiles: BTreeSet<&str> = framework.profiles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(profiles, BTreeSet::from(["DB-005", cites.id.as_str()]));
    // Each exported profile is the data's own, unchanged.
    for exported in &framework.profiles {
        assert_eq!(Some(exported), relations.profile(&exported.id));
    }
    let principles: BTreeSet<u8> = framework.principles.iter().map(|p| p.number).collect();
    for n in [2, 6, 9, 13, 4] {
        assert!(principles.contains(&n), "principle {n}");
    }
    let guidelines: BTreeSet<&str> = framework.guidelines.iter().map(|g| g.id.as_str()).collect();
    assert!(guidelines.contains("g4-t2") && guidelines.contains("g6-t3"));
    let instruments: BTreeSet<&str> = framework
        .instruments
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let cited: BTreeSet<&str> = cites.instruments.iter().map(String::as_str).collect();
    assert_eq!(instruments, cited);
    // Vocabularies hold what is used: the two profiles' countries, not the whole list.
    let countries: BTreeSet<&str> = framework
        .vocabularies
        .countries
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let used: BTreeSet<&str> = ["DB-005", cites.id.as_str()]
        .iter()
        .flat_map(|id| &relations.profile(id).unwrap().countries)
        .map(String::as_str)
        .collect();
    assert_eq!(countries, used);
    assert_eq!(framework.meta, relations.framework().meta);
}

#[test]
fn json_of_every_item_or_of_nothing_loads() {
    let relations = shipped();
    let ctx = context(relations, Lang::En);
    let all = load(&to_json(&ctx, &every_item(relations.framework()))).expect("all loads");
    let shipped = relations.framework();
    assert_eq!(all.profiles, shipped.profiles);
    assert_eq!(all.principles, shipped.principles);
    assert_eq!(all.guidelines, shipped.guidelines);
    assert_eq!(all.subdivisions, shipped.subdivisions);
    let none = load(&to_json(&ctx, &[])).expect("nothing loads");
    assert!(none.profiles.is_empty() && none.principles.is_empty());
    assert_eq!(none.sources.len(), 1, "the meta block's source");
}

#[test]
fn json_of_a_french_framework_keeps_the_french_texts_and_loads() {
    let relations = translated(Lang::Fr);
    let json = to_json(&context(&relations, Lang::Fr), &[profile("DB-005")]);
    let framework = load(&json).unwrap_or_else(|e| panic!("{e}"));
    let title = &framework.profiles[0].title;
    assert_eq!(
        title.get("fr"),
        relations.profile("DB-005").unwrap().title.get("fr")
    );
    assert!(title
        .get("fr")
        .starts_with("Accord de coopération syndicale"));
    assert!(title.has("en"));
}

// ---- RIS ---------------------------------------------------------------------------------

#[test]
fn ris_has_one_record_per_item_with_crlf_line_ends() {
    let relations = shipped();
    let items = every_item(relations.framework());
    let ris = to_ris(&context(relations, Lang::En), &items);
    assert_eq!(ris.matches("TY  - ELEC\r\n").count(), 195);
    assert_eq!(ris.matches("ER  - \r\n").count(), 195);
    assert_eq!(ris.matches('\n').count(), ris.matches("\r\n").count());
    for record in ris.split("ER  - \r\n\r\n").filter(|r| !r.is_empty()) {
        let lines: Vec<&str> = record.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines[0].starts_with("TY  - "));
        for line in &lines {
            let (tag, value) = line.split_at(6);
            assert!(tag.len() == 6 && tag.ends_with("  - "), "{line}");
            assert!(tag[..2]
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
            assert!(!value.trim().is_empty(), "{line}");
        }
        assert!(lines
            .iter()
            .any(|l| l.starts_with("UR  - https://example.org/mflm/?item=")));
        assert!(lines.iter().any(|l| l.starts_with("N1  - Source: ")));
    }
}

#[test]
fn ris_record_of_a_practice_holds_its_facts_on_one_line_each() {
    let relations = shipped();
    let items = [ExportItem {
        item: ItemRef::Profile("DB-005".into()),
        note: Some("First line\nsecond line"),
    }];
    let ris = to_ris(&context(relations, Lang::En), &items);
    let lines: Vec<&str> = ris.split("\r\n").collect();
    for expected in [
        "TY  - ELEC",
        "ID  - DB-005",
        "TI  - UK-Portugal trade union cooperation agreement (TUC and CGTP-IN)",
        "PY  - 2001",
        "CY  - United Kingdom; Portugal",
        "UR  - https://example.org/mflm/?item=profile:DB-005&lang=en",
        "N1  - Source: ILO good practices database: labour migration policies and programmes, \
         practice 5",
        "N1  - First line second line",
        "KW  - trade unions",
        "KW  - community outreach",
        "LA  - en",
    ] {
        assert!(lines.contains(&expected), "{expected}\n{ris}");
    }
    assert!(lines.iter().any(|l| l.starts_with("AB  - Britain's TUC")));
}

#[test]
fn ris_gives_a_year_only_where_the_period_starts_with_one() {
    let relations = shipped();
    let ctx = context(relations, Lang::En);
    for p in &relations.framework().profiles {
        let ris = to_ris(&ctx, &[profile(&p.id)]);
        let year = ris
            .lines()
            .find_map(|l| l.strip_prefix("PY  - "))
            .map(str::trim_end);
        let expected = match p.period.as_str() {
            period if period.starts_with("by ") || period == "undated" => None,
            "1990s onwards" | "target for 2015" => None,
            period => Some(&period[..4]),
        };
        assert_eq!(year, expected, "{}: {:?}", p.id, p.period);
    }
}

// ---- Markdown ----------------------------------------------------------------------------

#[test]
fn markdown_has_the_title_and_a_heading_per_item_linking_back() {
    let relations = shipped();
    let items = every_item(relations.framework());
    let markdown = to_markdown(
        &context(relations, Lang::En),
        &items,
        "Session 3: recruitment",
    );
    assert!(markdown.starts_with("# Session 3: recruitment\n"));
    let headings: Vec<&str> = markdown.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(headings.len(), 195);
    for heading in headings {
        assert!(heading.starts_with("## ["), "{heading}");
        assert!(
            heading.contains("](https://example.org/mflm/?item="),
            "{heading}"
        );
    }
    assert!(markdown.contains("## [Principle 4: "));
}

#[test]
fn markdown_escapes_markup_in_titles_and_notes() {
    let relations = with_title("DB-005", "*Bold* [link](x) <b> #1_a `code`");
    let items = [ExportItem {
        item: ItemRef::Profile("DB-005".into()),
        note: Some("- not a list\n# not a heading\n1. not numbered"),
    }];
    let markdown = to_markdown(&context(&relations, Lang::En), &items, "My *list*");
    assert!(markdown.starts_with("# My \\*list\\*\n"));
    assert!(markdown.contains(
        "## [\\*Bold\\* \\[link\\](x) \\<b\\> \\#1\\_a \\`code\\`](https://example.org/mflm/?item=profile:DB-005&lang=en)"
    ));
    assert!(markdown.contains("> \\- not a list\n"));
    assert!(markdown.contains("> \\# not a heading\n"));
    assert!(markdown.contains("> 1\\. not numbered\n"));
    assert!(markdown.contains("> **Note:**\n"));
}

#[test]
fn markdown_of_a_practice_lists_its_facts() {
    let relations = shipped();
    let markdown = to_markdown(&context(relations, Lang::En), &[profile("DB-005")], "List");
    for expected in [
        "*Practice* · DB-005",
        "- **Countries:** United Kingdom, Portugal",
        "- **Period:** 2001-2014",
        "- **Principles:** 2, 6, 9",
        "- **Guidelines:** Action by trade unions and employers for migrant workers.\n",
        // The address as an autolink, not escaped: `\_` would show in it.
        "- **Source:** ILO good practices database: labour migration policies and programmes, \
         practice 5, <https://www.ilo.org/dyn/migpractice/migmain.showPractice?p_lang=en&\
         p_practice_id=5>\n",
    ] {
        assert!(markdown.contains(expected), "{expected}\n{markdown}");
    }
}

#[test]
fn markdown_lists_several_guidelines_or_instruments_as_a_nested_list() {
    let relations = shipped();
    let markdown = to_markdown(
        &context(relations, Lang::En),
        &[item(ItemRef::Principle(4))],
        "List",
    );
    let nested: String = relations
        .guidelines_of_principle(4)
        .iter()
        .map(|g| format!("\n  - {}", g.text.get("en")))
        .collect();
    assert!(relations.guidelines_of_principle(4).len() > 1);
    assert!(
        markdown.contains(&format!("- **Guidelines:**{nested}\n")),
        "{markdown}"
    );
}

#[test]
fn a_link_back_drops_the_query_and_fragment_of_the_base_and_may_be_relative() {
    let relations = shipped();
    let item = ItemRef::Profile("DB-005".into());
    let mut ctx = context(relations, Lang::En);
    ctx.base_url = "https://example.org/mflm/index.html?view=about#top";
    let cited = citation(&ctx, &item).unwrap();
    assert!(cited.contains("https://example.org/mflm/index.html?item=profile:DB-005&lang=en."));
    ctx.base_url = "";
    let rows = parse_csv(&to_csv(&ctx, &[profile("DB-005")]));
    assert_eq!(rows[0]["link"], "?item=profile:DB-005&lang=en");
}

// ---- Citation ----------------------------------------------------------------------------

#[test]
fn citation_of_db_005_names_its_title_place_in_the_source_and_link() {
    let relations = shipped();
    let cited = citation(
        &context(relations, Lang::En),
        &ItemRef::Profile("DB-005".into()),
    )
    .expect("a citation");
    assert!(cited.starts_with(
        "UK-Portugal trade union cooperation agreement (TUC and CGTP-IN). Practice, United \
         Kingdom, Portugal, 2001-2014. In: MFLM Explorer (compilation of "
    ));
    assert!(cited.contains(&relations.framework().meta.compiled));
    assert!(cited.contains("practice 5"));
    assert!(cited.contains("https://example.org/mflm/?item=profile:DB-005&lang=en"));
    assert!(cited
        .contains("Source: ILO good practices database: labour migration policies and programmes"));
    assert!(!cited.contains("ilo-migpractice") && !cited.contains('\n'));
    assert!(cited.ends_with('.'));
}

#[test]
fn citations_of_principles_and_guidelines_name_the_principle() {
    let relations = shipped();
    let ctx = context(relations, Lang::En);
    let principle = citation(&ctx, &ItemRef::Principle(4)).unwrap();
    let title = relations.principle(4).unwrap().title.get("en");
    assert!(
        principle.starts_with(&format!("Principle 4: {title}")),
        "{principle}"
    );
    let guideline = citation(&ctx, &ItemRef::Guideline("g4-t2".into())).unwrap();
    assert!(
        guideline.contains(". Guideline, Principle 4. In: "),
        "{guideline}"
    );
}

// ---- Languages ---------------------------------------------------------------------------

#[test]
fn french_exports_use_the_french_text_where_the_data_has_it() {
    let relations = translated(Lang::Fr);
    let ctx = context(&relations, Lang::Fr);
    let french_title =
        "Accord de coopération syndicale entre le Royaume-Uni et le Portugal (TUC et CGTP-IN)";
    let rows = parse_csv(&to_csv(&ctx, &[profile("DB-005")]));
    let row = &rows[0];
    assert_eq!(row["title"], french_title);
    assert!(row["summary"].starts_with("Le TUC britannique"));
    assert_eq!(row["countries"], "Royaume-Uni; Portugal");
    assert_eq!(row["link"], format!("{BASE}?item=profile:DB-005&lang=fr"));
    assert!(row["source"].starts_with("Base de données de l'OIT sur les bonnes pratiques"));
    assert_eq!(row["type"], "practice", "type keys stay fixed");

    let markdown = to_markdown(&ctx, &[profile("DB-005")], "Ma liste");
    assert!(markdown.contains(&format!("## [{french_title}]")));
    assert!(markdown.contains("- **Pays :** Royaume-Uni, Portugal"));
    assert!(markdown.contains("*Pratique* · DB-005"));

    let ris = to_ris(&ctx, &[profile("DB-005")]);
    assert!(ris.contains(&format!("TI  - {french_title}\r\n")));
    assert!(ris.contains("LA  - fr\r\n"));

    let cited = citation(&ctx, &ItemRef::Profile("DB-005".into())).unwrap();
    assert!(cited.starts_with(&format!("{french_title}. Pratique, Royaume-Uni, Portugal, 2001-2014. Dans : MFLM Explorer (compilation du ")));
    assert!(cited.contains("Source : Base de données de l'OIT"));
}

#[test]
fn languages_without_translated_content_export_wholly_in_english() {
    let relations = shipped();
    let markdown = to_markdown(&context(relations, Lang::Ar), &[profile("DB-005")], "List");
    assert!(markdown.contains("- **Countries:** United Kingdom, Portugal"));
    let cited = citation(
        &context(relations, Lang::Zh),
        &ItemRef::Profile("DB-005".into()),
    )
    .unwrap();
    assert!(cited.contains("Practice, United Kingdom") && cited.contains("&lang=zh"));
}

/// The simple messages (`id = value`) of an interface catalogue.
fn catalogue(lang: Lang) -> BTreeMap<String, String> {
    let path = format!("{ROOT}/i18n/{}.ftl", lang.tag());
    let source = std::fs::read_to_string(&path).expect("catalogue");
    source
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .map(|(id, value)| (id.to_string(), value.to_string()))
        .collect()
}

#[test]
fn the_words_an_export_adds_are_the_interface_catalogues_own() {
    let relations = shipped();
    let with_why_good = relations
        .framework()
        .profiles
        .iter()
        .find(|p| p.why_good.is_some() && !p.countries.is_empty() && !p.tags.is_empty())
        .expect("a practice with all fields");
    for (lang, colon) in [(Lang::En, ":"), (Lang::Fr, " :"), (Lang::Es, ":")] {
        let words = catalogue(lang);
        let relations = if lang == Lang::En {
            shipped()
        } else {
            &translated(lang)
        };
        let ctx = context(relations, lang);
        let items = [ExportItem {
            item: ItemRef::Profile(with_why_good.id.clone()),
            note: Some("note"),
        }];
        let markdown = to_markdown(&ctx, &items, "List");
        for id in [
            "field-countries",
            "field-regions",
            "field-sectors",
            "field-period",
            "field-principles",
            "field-actors",
            "field-tags",
            "field-source",
            "why-good-heading",
            "field-note",
        ] {
            let label = format!("**{}{colon}**", words[id]);
            assert!(markdown.contains(&label), "{}: {id}: {label}", lang.tag());
        }
        assert!(markdown.contains(&format!("*{}* · ", words["type-practice"])));
        let principle = citation(&ctx, &ItemRef::Principle(4)).unwrap();
        let short = words["principle-short"].replace("{ $number }", "4");
        assert!(principle.starts_with(&short), "{}: {principle}", lang.tag());
        let guideline = citation(&ctx, &ItemRef::Guideline("g4-t2".into())).unwrap();
        assert!(guideline.contains(&format!(". {}, {short}.", words["type-guideline"])));
        let activity = relations
            .framework()
            .profiles
            .iter()
            .find(|p| p.profile_type == ProfileType::Activity)
            .expect("an activity");
        let cited = citation(&ctx, &ItemRef::Profile(activity.id.clone())).unwrap();
        assert!(
            cited.contains(&format!(". {}", words["type-activity"])),
            "{cited}"
        );
    }
}

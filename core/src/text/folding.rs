//! [`fold`]: case, accents, compatibility forms, letter variants and invisible characters.

use crate::fold_table::{COMBINING_MARKS, DEFAULT_IGNORABLES, FOLDED, FOLDS};

/// Lower-cases, strips accents and spells compatibility forms out as the characters they stand
/// for: "Côte d'Ivoire" -> "cote d'ivoire", "Straße" -> "strasse", "إدارة" -> "اداره",
/// "ﬃ" -> "ffi", "ｆｅｅｓ" -> "fees", "x²" -> "x2". Default-ignorable code points (soft hyphen,
/// zero-width space and joiners, byte order mark...) are dropped. Characters that are not
/// letters or digits are kept (lower-cased).
///
/// Folding is Unicode's NFKC case folding (NFKC_Casefold) with accents stripped, plus the
/// letter variants of `push_merging_letter_variants`, one character at a time; it is
/// idempotent. Where the two part from NFKC_Casefold, on purpose:
/// - Hangul syllables are kept whole, as they are written and typed.
/// - A character whose compatibility form mixes letters or digits with other characters
///   ("½" is "1⁄2", "⑴" is "(1)", "ŀ" is "l·") keeps its canonical fold: spelled out, it would
///   split into several words within one character, which no highlight could show.
/// - Arabic ligatures of several letters (U+FC00 to U+FDFF) and CJK squared words and units
///   (U+3300 to U+33FF) are left out to keep the table small; they are rare in text and typed
///   as the letters they join.
/// - Only the Basic Multilingual Plane is folded beyond case and ignorables: a character above
///   U+FFFF is only lower-cased, and a combining mark above it is kept rather than dropped.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut folded);
    }
    folded
}

/// Whether `c` is a default-ignorable code point (Unicode's Default_Ignorable_Code_Point):
/// invisible characters that [`fold`] drops, like the soft hyphen U+00AD, the zero-width
/// space U+200B, the joiners U+200C and U+200D, the word joiner U+2060, the byte order mark
/// U+FEFF, bidirectional controls and variation selectors.
pub fn is_default_ignorable(c: char) -> bool {
    let code = u32::from(c);
    let after = DEFAULT_IGNORABLES.partition_point(|&(_, last)| last < code);
    DEFAULT_IGNORABLES
        .get(after)
        .is_some_and(|&(first, _)| first <= code)
}

/// The byte offset and the character of the first default-ignorable code point in `text`
/// (see [`is_default_ignorable`]), if any.
pub fn find_ignorable(text: &str) -> Option<(usize, char)> {
    text.char_indices()
        .find(|&(_, c)| !c.is_ascii() && is_default_ignorable(c))
}

/// Appends the folded form of `c` to `out`: see [`fold`].
pub(super) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_default_ignorable(c) || push_from_table(c, out) {
        return;
    }
    for lower in c.to_lowercase() {
        if is_combining_mark(lower) {
            continue;
        }
        push_merging_letter_variants(lower, out);
    }
}

/// How the characters of one run of `FOLDS` fold, given the run's segment of `FOLDED` (from
/// its offset to the next run's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Every character of the run folds to the whole segment, which may be empty.
    Same,
    /// The segment is one character: the run's first character folds to it, the second to the
    /// character after it, and so on.
    Next,
    /// The segment is the folded forms of the run's characters in order, each the same number
    /// of characters long.
    Each,
}

/// Appends the folded form of `c` from the fold table and returns true, or returns false when
/// `c` is not in the table: then its folded form is its lower case without combining marks,
/// its letter variants merged.
fn push_from_table(c: char, out: &mut String) -> bool {
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return false;
    };
    let Some(run) = FOLDS
        .partition_point(|&(first, ..)| first <= code)
        .checked_sub(1)
    else {
        return false;
    };
    let (first, len, fold, start) = FOLDS[run];
    let at = code - first;
    if at >= u16::from(len) {
        return false;
    }
    let end = FOLDS
        .get(run + 1)
        .map_or(FOLDED.len(), |&(.., next)| usize::from(next));
    // Every segment is on char boundaries (the generator writes whole strings).
    let Some(segment) = FOLDED.get(usize::from(start)..end) else {
        return false;
    };
    match fold {
        Fold::Same => out.push_str(segment),
        Fold::Next => out.extend(
            segment
                .chars()
                .next()
                .and_then(|first| char::from_u32(u32::from(first) + u32::from(at))),
        ),
        Fold::Each => {
            let each = segment.chars().count() / usize::from(len);
            out.extend(segment.chars().skip(usize::from(at) * each).take(each));
        }
    }
    true
}

/// Whether `c` is a combining mark (general category M) in the Basic Multilingual Plane.
fn is_combining_mark(c: char) -> bool {
    let Ok(code) = u16::try_from(u32::from(c)) else {
        return false;
    };
    let after = COMBINING_MARKS.partition_point(|&(_, last)| last < code);
    COMBINING_MARKS
        .get(after)
        .is_some_and(|&(first, _)| first <= code)
}

/// Appends `lower`, a lower-case letter without accents, to `out`, spelling out ligatures and
/// merging letter variants that people type interchangeably.
pub(super) fn push_merging_letter_variants(lower: char, out: &mut String) {
    match lower {
        'ß' => out.push_str("ss"),
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        'ø' => out.push('o'),
        'đ' => out.push('d'),
        'ł' => out.push('l'),
        'ı' => out.push('i'),
        'ς' => out.push('σ'),
        // Arabic: alef wasla is an alef; ta marbuta is written and typed as ha;
        // alef maqsura as ya. (Alef with hamza or madda decomposes to a bare alef
        // plus a combining mark, which is dropped by the caller, as are the short vowels.)
        'ٱ' => out.push('ا'),
        'ة' => out.push('ه'),
        'ى' => out.push('ي'),
        // Tatweel only stretches a word; it is not a letter.
        'ـ' => {}
        other => out.push(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tests::folded_words;

    #[test]
    fn fold_lower_cases_and_strips_accents() {
        assert_eq!(fold("Côte d'Ivoire"), "cote d'ivoire");
        assert_eq!(fold("SÃO TOMÉ"), "sao tome");
        assert_eq!(fold("Türkiye, Curaçao, Ñandú"), "turkiye, curacao, nandu");
    }

    #[test]
    fn fold_handles_decomposed_input_like_precomposed() {
        assert_eq!(fold("Co\u{302}te"), fold("Côte"));
    }

    #[test]
    fn fold_expands_ligatures_and_sharp_s() {
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Œuvre, Æsir"), "oeuvre, aesir");
        assert_eq!(fold("København, Łódź"), "kobenhavn, lodz");
    }

    #[test]
    fn fold_normalises_arabic_alef_forms_and_ta_marbuta() {
        assert_eq!(fold("أ"), "ا");
        assert_eq!(fold("إ"), "ا");
        assert_eq!(fold("آ"), "ا");
        assert_eq!(fold("ٱ"), "ا");
        assert_eq!(fold("إدارة"), "اداره");
        assert_eq!(fold("منظمة العمل الدولية"), "منظمه العمل الدوليه");
    }

    #[test]
    fn fold_strips_arabic_diacritics_and_tatweel() {
        // "al-ʿamal" with fatha, sukun and shadda, and a stretched "hijra".
        assert_eq!(fold("اَلْعَمَّال"), "العمال");
        assert_eq!(fold("هـجـرة"), "هجره");
    }

    /// Inputs and their folded forms: compatibility characters, ignorables, and what stays.
    const FOLDED_EXAMPLES: &[(&str, &str)] = &[
        // Ligatures, as PDFs produce them.
        ("tra\u{FB03}cking", "trafficking"),
        ("\u{FB01}nancial \u{FB02}ow", "financial flow"),
        ("\u{FB00}, \u{FB04}, \u{FB05}, \u{FB06}", "ff, ffl, st, st"),
        ("TRA\u{FB03}CKING", "trafficking"),
        (
            "\u{132}ssel, \u{1C4}, \u{1C5}, \u{1C9}",
            "ijssel, dz, dz, lj",
        ),
        // Fullwidth and halfwidth forms.
        ("ｆｅｅｓ", "fees"),
        ("ＦＥＥＳ", "fees"),
        ("２０２４", "2024"),
        ("ILO（Ｃ１８９）", "ilo(c189)"),
        ("ｶﾞｲﾄﾞ", "カイト"),
        ("ガイド", "カイト"),
        // Superscripts, subscripts and other compatibility digits and letters.
        ("x²", "x2"),
        ("H₂O, 10³, 1ˢᵗ", "h2o, 103, 1st"),
        ("①②", "12"),
        ("Ⅻ, ⅻ", "xii, xii"),
        ("\u{17F} \u{B5}", "s μ"),
        ("\u{2126}, \u{212A}, \u{212B}", "ω, k, a"),
        ("™ №", "tm no"),
        // Spaces and punctuation keep separating.
        ("a\u{A0}b\u{3000}c\u{2009}d", "a b c d"),
        ("wait…", "wait..."),
        // Ignorables, inside and at the edges of words.
        ("recruit\u{AD}ment", "recruitment"),
        ("zero\u{200B}width", "zerowidth"),
        ("pay\u{200C}roll co\u{200D}op", "payroll coop"),
        ("word\u{2060}joiner", "wordjoiner"),
        ("\u{FEFF}BOM", "bom"),
        ("\u{200B}edge\u{AD}", "edge"),
        ("\u{200E}left\u{200F}", "left"),
        ("variation\u{FE0F}", "variation"),
        ("می\u{200C}خواهم", "میخواهم"),
        // Accents and letter variants, as before.
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("Ǖ, ệ", "u, e"),
        // Arabic, including presentation forms as PDFs produce them.
        ("إدارة", "اداره"),
        ("\u{FE8D}\u{FEDF}\u{FECC}\u{FEE4}\u{FEDE}", "العمل"),
        ("\u{FEFB}", "لا"),
        ("\u{FE94}", "ه"),
        ("\u{FE71}", ""),
        // Kept whole: Hangul syllables, and forms that would mix letters and other characters.
        ("한국어", "한국어"),
        ("½ ⑴ ℅ \u{13F}", "½ ⑴ ℅ \u{140}"),
        // Left out of the table to keep it small.
        ("㎏ \u{FDF2}", "㎏ \u{FDF2}"),
    ];

    #[test]
    fn fold_examples() {
        for &(input, folded) in FOLDED_EXAMPLES {
            assert_eq!(fold(input), folded, "fold({input:?})");
        }
    }

    #[test]
    fn ignorables_are_found() {
        assert!(is_default_ignorable('\u{AD}'));
        assert!(is_default_ignorable('\u{200B}'));
        assert!(is_default_ignorable('\u{200C}'));
        assert!(is_default_ignorable('\u{200D}'));
        assert!(is_default_ignorable('\u{2060}'));
        assert!(is_default_ignorable('\u{FEFF}'));
        assert!(is_default_ignorable('\u{E0001}'));
        assert!(!is_default_ignorable('a'));
        assert!(!is_default_ignorable(' '));
        assert!(!is_default_ignorable('\u{A0}'));
        assert!(!is_default_ignorable('-'));
        assert_eq!(find_ignorable("recruit\u{AD}ment"), Some((7, '\u{AD}')));
        assert_eq!(find_ignorable("é\u{200B}\u{AD}"), Some((2, '\u{200B}')));
        assert_eq!(find_ignorable("Côte d'Ivoire ﬃ"), None);
        assert_eq!(find_ignorable(""), None);
    }

    #[test]
    fn fold_strips_stacked_accents_and_maps_singletons() {
        assert_eq!(fold("ệ"), "e"); // e, circumflex, dot below
        assert_eq!(fold("Ǖ"), "u"); // U with diaeresis (itself decomposable) and macron
        assert_eq!(fold("\u{2126}"), "ω"); // OHM SIGN
        assert_eq!(fold("\u{F900}"), "\u{8C48}"); // CJK compatibility ideograph
        assert_eq!(fold("\u{FA6C}"), "\u{242EE}"); // one whose unified ideograph is not in the BMP
        assert_eq!(
            fold("Tiếng Việt có nhiều dấu: Đường phố Hà Nội"),
            "tieng viet co nhieu dau: duong pho ha noi"
        );
    }

    #[test]
    fn fold_keeps_hangul_syllables_whole() {
        assert_eq!(fold("한국어"), "한국어");
        assert_eq!(folded_words("대한민국 이민"), ["대한민국", "이민"]);
        // A circled syllable is the syllable, whole too.
        assert_eq!(fold("\u{326E}"), "가");
    }

    #[test]
    fn fold_only_lower_cases_outside_the_bmp() {
        // Deseret capital and small long I.
        assert_eq!(fold("\u{10400}"), "\u{10428}");
        // MUSICAL SYMBOL HALF NOTE decomposes canonically, but is kept as it is.
        assert_eq!(fold("\u{1D15E}"), "\u{1D15E}");
        // MATHEMATICAL BOLD CAPITAL A is compatible with "A", but kept too.
        assert_eq!(fold("\u{1D400}"), "\u{1D400}");
        // A tag character is ignorable, though.
        assert_eq!(fold("a\u{E0041}b"), "ab");
    }
}

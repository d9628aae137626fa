//! The languages the interface and the data can be read in: the six official languages of the
//! United Nations, as the ILO publishes in them.

/// A supported language. Its [`Lang::tag`] is the key of a [`crate::model::Text`] map and the
/// value of the page's `lang` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English: the data's required language and everyone's fallback.
    #[default]
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Ru,
}

impl Lang {
    /// Every supported language, in the order a language menu lists them.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar, Lang::Zh, Lang::Ru];

    /// The BCP 47 tag: `"en"`, `"fr"`, `"es"`, `"ar"`, `"zh"`, `"ru"`. Stable: the data's
    /// `Text` maps and shared links use it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }

    /// The language of a BCP 47 tag, by its primary subtag, case-insensitively: `"fr"`,
    /// `"FR"`, `"fr-CA"`, `"zh-Hant-TW"` and `"es_419"` all name a language; `None` for a
    /// language that is not supported (or an empty or malformed tag).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// Whether the language is written right to left (Arabic only).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The value of the HTML `dir` attribute: `"rtl"` or `"ltr"`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::Ru => "Русский",
        }
    }

    /// The first supported language among a browser's preferred languages (navigator.languages order).
    ///
    /// `preferred` holds BCP 47 tags, most preferred first; `None` when none is supported
    /// (the caller then uses [`Lang::default`], English).
    pub fn pick(preferred: &[&str]) -> Option<Lang> {
        preferred.iter().find_map(|tag| Lang::from_tag(tag))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_the_six_languages_once_english_first() {
        let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(tags, ["en", "fr", "es", "ar", "zh", "ru"]);
        assert_eq!(Lang::default(), Lang::En);
        assert_eq!(Lang::ALL[0], Lang::default());
    }

    #[test]
    fn tag_round_trips_through_from_tag() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn from_tag_ignores_case_and_region_and_script_subtags() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("En-gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("es_419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag(" ru "), Some(Lang::Ru));
    }

    #[test]
    fn from_tag_rejects_unsupported_and_malformed_tags() {
        for tag in ["", "-", "de", "de-CH", "eng", "english", "f", "x-en", "-en"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(lang.is_rtl(), lang == Lang::Ar);
            assert_eq!(lang.dir(), if lang == Lang::Ar { "rtl" } else { "ltr" });
        }
    }

    #[test]
    fn native_names_are_in_the_language_itself() {
        let names: Vec<&str> = Lang::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(
            names,
            [
                "English",
                "Français",
                "Español",
                "العربية",
                "中文",
                "Русский"
            ]
        );
    }

    #[test]
    fn pick_takes_the_first_supported_preference() {
        assert_eq!(Lang::pick(&["de-DE", "fr-CH", "en-US"]), Some(Lang::Fr));
        assert_eq!(Lang::pick(&["en-US", "fr"]), Some(Lang::En));
        assert_eq!(Lang::pick(&["ja", "zh-CN"]), Some(Lang::Zh));
        assert_eq!(Lang::pick(&["de", "it"]), None);
        assert_eq!(Lang::pick(&[]), None);
    }
}

//! Text normalisation for search (being written).

/// Lower-cases and strips accents: "Côte d'Ivoire" -> "cote d'ivoire".
pub fn fold(text: &str) -> String { text.to_lowercase() }

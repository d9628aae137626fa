//! Keys repeated in one JSON object: a parser keeps only the last, so the first would vanish
//! without a word. Found by walking the text itself with serde, before any `Value` exists.

use super::naming::Step;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;

/// Every object key that appears twice in the same object, with the path of that object.
/// Parsed into a [`Value`], the later one would silently win.
pub(super) fn repeated_keys(json: &str) -> Vec<(Vec<Step>, String)> {
    let found = RefCell::new(Vec::new());
    let mut deserializer = serde_json::Deserializer::from_str(json);
    // The text already parsed as JSON, so this walk cannot fail; were it to, it would just
    // report fewer repeats.
    let _ = KeyWalk {
        path: Vec::new(),
        found: &found,
    }
    .deserialize(&mut deserializer);
    found.into_inner()
}

struct KeyWalk<'f> {
    path: Vec<Step>,
    found: &'f RefCell<Vec<(Vec<Step>, String)>>,
}

impl KeyWalk<'_> {
    fn child(&self, step: Step) -> Self {
        let mut path = self.path.clone();
        path.push(step);
        KeyWalk {
            path,
            found: self.found,
        }
    }
}

impl<'de> DeserializeSeed<'de> for KeyWalk<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyWalk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                self.found
                    .borrow_mut()
                    .push((self.path.clone(), key.clone()));
            }
            map.next_value_seed(self.child(Step::Key(key)))?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq
            .next_element_seed(self.child(Step::Index(index)))?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

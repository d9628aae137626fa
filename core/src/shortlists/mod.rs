//! Shortlists: the named lists of practices a trainer keeps (one per course, say), each entry
//! with a short note, saved on this device, kept in step across the browser's tabs and shared
//! as links. Pure logic: the view reads and writes local storage, listens for the browser's
//! `storage` event and draws the lists; every decision is made here, with native tests.
//!
//! ```
//! use mflm_core::shortlists::{parse_shared, share_query, Shortlists};
//!
//! let mut shortlists = Shortlists::new();
//! let manila = shortlists.create("Manila course", 1_700_000_000_000).unwrap();
//! shortlists.add(&manila, "DB-005").unwrap();
//! shortlists.add(&manila, "S3-10b").unwrap();
//! shortlists.set_note(&manila, "S3-10b", "Day 2: fees").unwrap();
//!
//! let saved = shortlists.to_storage();
//! assert_eq!(Shortlists::from_storage(&saved, "Shortlist"), Ok(shortlists.clone()));
//!
//! let link = share_query(shortlists.list(&manila).unwrap());
//! assert_eq!(link, "list=Manila+course&items=DB-005,S3-10b");
//! assert_eq!(parse_shared(&link).unwrap().items, ["DB-005", "S3-10b"]);
//! ```
//!
//! # Shape
//!
//! [`Shortlists`] holds up to [`MAX_LISTS`] [`Shortlist`]s, oldest first. A shortlist has a
//! stable generated id (`l` and base-36 digits, made from a seed the caller gives, so the core
//! stays deterministic), a name, and up to [`MAX_ENTRIES`] [`Entry`]s in the trainer's order.
//! An entry is a profile id (the item) and a note. An item is at most once in a list, and may
//! be in several lists.
//!
//! Profile ids the data does not have (any more) are kept: the data may change back, and
//! [`Shortlists::retain_known`] prunes them when the trainer asks. Syntax alone is checked:
//! an item is 1 to [`MAX_ITEM_CHARS`] chars, not blank, without a comma (a share link
//! separates items by commas; the data's ids never contain one).
//!
//! The fields of [`Shortlist`] and [`Entry`] are public to read; a caller only ever gets `&`
//! access to them. Every change is a method of [`Shortlists`]; a refused change returns a
//! [`ChangeError`] and leaves everything as it was. Changes that are already true (adding an
//! item the list holds, removing one it does not) succeed without changing anything.
//!
//! # Caps
//!
//! | constant | value | beyond it |
//! | --- | --- | --- |
//! | [`MAX_LISTS`] | 50 | `create` is refused; a merge or a read keeps the oldest |
//! | [`MAX_ENTRIES`] | 500 per list | `add` is refused; a merge, a read or a share link keeps the first |
//! | [`MAX_NAME_CHARS`] | 80 | the name is cut |
//! | [`MAX_NOTE_CHARS`] | 500 | the note is cut |
//! | [`MAX_ITEM_CHARS`] | 100 | the item is refused (an id cut short would be another id) |
//! | [`MAX_REMOVED_PER_LIST`], [`MAX_DELETED_LISTS`] | 500, 100 | the oldest removals and deletions are forgotten |
//!
//! Text is cut on a char boundary, after trimming spaces at both ends; a name's control
//! characters (line breaks, tabs) become spaces. Nothing here panics on any input.
//!
//! # Stored on the device
//!
//! [`Shortlists::to_storage`] writes JSON, version 2:
//!
//! ```text
//! {"version":2,"clock":8,
//!  "lists":[{"id":"l1","name":"Manila course","created":1,"named":1,
//!            "entries":[{"item":"DB-005","note":"","place":1099511627776,"changed":2},
//!                       {"item":"S3-10b","note":"Day 2: fees","place":1099512676352,"changed":4}],
//!            "removed":[{"item":"C-17","at":6}]}],
//!  "deleted":[{"id":"l2","at":8}]}
//! ```
//!
//! (on one line; `tests/shortlists.rs` checks this very text).
//!
//! `clock`, `created`, `named`, `changed` and `at` are the stamps of the changes (see "Across
//! tabs"); `place` orders the entries; `removed` and `deleted` remember removals and deleted
//! lists so another tab's merge does not bring them back. [`Shortlists::from_storage`] reads
//! that, and version 1, the app's first format: a bare JSON array of profile ids
//! (`["DB-005","S3-10b"]`), which becomes one list with the id [`V1_LIST_ID`] (`v1`), named
//! by the caller (the same in every tab, so tabs migrating at once agree). Reading:
//!
//! - **rejects**, with a [`ReadError`] naming the place: text that is not JSON; JSON that is
//!   neither an array nor an object with a `version`; an object whose version is not 2 (a
//!   newer app's, say: the view may prefer to leave it alone rather than overwrite it); a field of
//!   the wrong type; a missing `lists`, `id`, `name`, `entries` or `item`; a list id or item
//!   that is not one (see above). The app then shows a notice and starts afresh.
//! - **repairs** what is merely out of bounds: text and counts are cut to the caps, a repeated
//!   list id or item is merged as across tabs, a stamp above `clock` raises it. Missing stamps
//!   are 0 and a missing `place` follows the array's order, so a hand-written file works.
//!   Unknown fields are ignored. In version 1, repeats and invalid ids are dropped.
//!
//! So what [`Shortlists::to_storage`] wrote reads back equal.
//!
//! # Across tabs
//!
//! Another tab's save reaches this one as a `storage` event carrying the stored text; the
//! view reads it with [`Shortlists::from_storage`] and calls [`Shortlists::merge`]. The rule:
//! **the later change wins, thing by thing, and nothing is lost by merging**:
//!
//! - Every change takes a stamp from a counter (a Lamport clock): one more than the highest
//!   stamp this state has seen, its own or merged in. A change made after seeing another
//!   tab's save therefore always has a later stamp than everything in that save.
//! - An item of a list is present or removed, whichever was done last (adding, moving or
//!   noting an entry counts as doing it; so does removing it). Two tabs that each add an item
//!   both keep theirs; an idle tab learns the other's removals instead of bringing them back.
//!   At equal stamps (changes at the same moment in two tabs) the entry is kept.
//! - An entry's note and place come with it from the side that changed it last. Entries are
//!   shown by place (then item): a move gives the entry a place between its new neighbours,
//!   so two tabs moving different entries both keep their moves, and the additions of two
//!   tabs come after what both had (by place, so at the same moment they may interleave).
//!   After about twenty moves into one gap the list is renumbered, which counts as a change
//!   to each of its entries. (An order that depends on which tab merges, such as "ours
//!   first, then theirs", would leave two tabs disagreeing, or saving back and forth.)
//! - A list's name is the one given last.
//! - **A deleted list stays deleted**: list ids are never reused, so a deletion wins over
//!   anything another tab did to that list meanwhile (an item added to it at the same moment
//!   in another tab is lost with it). Lists created in two tabs are both kept.
//!
//! The merge is symmetric (`a` merged with `b` equals `b` merged with `a`) and merging
//! something already merged changes nothing. So the view can follow one rule, and two tabs
//! settle after one exchange: **after merging another tab's save, save the result if it
//! differs from what that tab saved** (`merged != theirs`).
//!
//! The removals and deletions remembered are capped ([`MAX_REMOVED_PER_LIST`],
//! [`MAX_DELETED_LISTS`]): a tab left open through more of them than that, then merged, may
//! bring the oldest back.
//!
//! # Share links
//!
//! [`share_query`] gives the query parameters carrying a list's name and items (not its
//! notes, which are the trainer's own), [`parse_shared`] reads them back:
//!
//! ```text
//! list=Manila+course+%26+Cebu&items=DB-005,S3-10b
//! ```
//!
//! Encoding follows `application/x-www-form-urlencoded`, as [`crate::url`] does: ASCII letters,
//! digits and `-._~:` as they are, a space as `+`, every other byte as `%XX`; items are encoded
//! one by one and joined by a literal `,`. The names `list` and `items` are not among the view
//! parameters of [`crate::url`], which ignores them, so the two can share one link
//! (`?view=shortlist&list=...&items=...`).

use crate::url::component::{decode_component, encode_component};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

/// At most this many shortlists: [`Shortlists::create`] is refused beyond it, and a merge or a
/// read keeps the oldest this many.
pub const MAX_LISTS: usize = 50;
/// At most this many entries in one shortlist: [`Shortlists::add`] is refused beyond it, and a
/// merge, a read or a share link keeps the first this many (today's single shortlist had the
/// same cap).
pub const MAX_ENTRIES: usize = 500;
/// A shortlist's name is cut to this many chars.
pub const MAX_NAME_CHARS: usize = 80;
/// An entry's note is cut to this many chars.
pub const MAX_NOTE_CHARS: usize = 500;
/// An item (a profile id) longer than this many chars is refused, as in [`crate::url`].
pub const MAX_ITEM_CHARS: usize = 100;
/// A list id is 1 to this many ASCII letters, digits, `-` or `_` (generated ids are 14 at most).
pub const MAX_LIST_ID_CHARS: usize = 32;
/// Each list remembers this many removed items at most (the most recent), so a merge with
/// a tab that still holds them does not bring them back.
pub const MAX_REMOVED_PER_LIST: usize = 500;
/// The ids of this many deleted lists are remembered at most (the most recent).
pub const MAX_DELETED_LISTS: usize = 100;
/// The version [`Shortlists::to_storage`] writes.
pub const STORAGE_VERSION: u64 = 2;
/// The id of the list a version-1 store becomes.
pub const V1_LIST_ID: &str = "v1";
/// The share link's parameter holding the list's name.
pub const SHARED_NAME_PARAM: &str = "list";
/// The share link's parameter holding the list's items, comma-separated.
pub const SHARED_ITEMS_PARAM: &str = "items";

/// The place of the first entry of a new or renumbered list: room in front of it for a
/// million moves to the top.
const FIRST_PLACE: u64 = 1 << 40;
/// The gap between the places of entries added one after another: room for twenty moves into
/// the same gap before the list is renumbered (a change to every entry of the list).
const PLACE_STEP: u64 = 1 << 20;
/// Places stay below 2^53, so they read exactly as JavaScript numbers too (in the browser's
/// storage inspector, say).
const MAX_PLACE: u64 = (1 << 53) - 1;

/// All the shortlists kept on this device, oldest first, with what merging needs: the clock
/// and the deleted lists. Compare two with `==` (the view does, after a merge).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shortlists {
    lists: Vec<Shortlist>,
    /// Deleted lists: `key` is the list id. Sorted by (`at`, id).
    deleted: Vec<Tombstone>,
    /// The highest stamp this state has seen; the next change is stamped one more.
    clock: u64,
}

/// One named shortlist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortlist {
    /// Stable and generated: `l` and base-36 digits ([`Shortlists::create`]), or `v1` for the
    /// list a version-1 store became. Never reused, even after the list is deleted.
    pub id: String,
    /// The trainer's name for it: at most [`MAX_NAME_CHARS`] chars, one line, trimmed;
    /// not blank, except when read so from storage.
    pub name: String,
    /// In the trainer's order; each item once; at most [`MAX_ENTRIES`].
    pub entries: Vec<Entry>,
    /// The stamp of the creation, which orders the lists.
    created: u64,
    /// The stamp of the last naming.
    named: u64,
    /// Removed items: `key` is the item. Sorted by (`at`, item); none of them is in `entries`.
    removed: Vec<Tombstone>,
}

/// One item in a shortlist, with the trainer's note on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// A profile id (`DB-005`); possibly one the data no longer has.
    pub item: String,
    /// The trainer's note: at most [`MAX_NOTE_CHARS`] chars, trimmed; empty for none. May hold
    /// line breaks.
    pub note: String,
    /// Orders the entries (then the item, for equal places).
    place: u64,
    /// The stamp of the last change: added, moved or noted.
    changed: u64,
}

/// A removed item of a list, or a deleted list: what (`key`) and when (`at`, a stamp).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tombstone {
    key: String,
    at: u64,
}

/// A shortlist as a share link carries it: its name and its items in order, without notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SharedList {
    /// Cleaned like any name; empty when the link names none (the view then names it).
    pub name: String,
    /// Valid, distinct items, at most [`MAX_ENTRIES`], in the link's order.
    pub items: Vec<String>,
}

/// Why a change to the shortlists was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    /// No list has this id (perhaps another tab deleted it).
    NoSuchList(String),
    /// The list does not hold this item.
    NotInList { list: String, item: String },
    /// The name is empty or only spaces.
    BlankName,
    /// There are [`MAX_LISTS`] lists already.
    TooManyLists,
    /// The list holds [`MAX_ENTRIES`] entries already.
    ListFull(String),
    /// Not an item: blank, over [`MAX_ITEM_CHARS`] chars, or with a comma. Holds the item
    /// (cut to [`MAX_ITEM_CHARS`] chars).
    InvalidItem(String),
}

impl fmt::Display for ChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChangeError::NoSuchList(list) => write!(f, "there is no shortlist {list:?}"),
            ChangeError::NotInList { list, item } => {
                write!(f, "shortlist {list:?} does not hold {item:?}")
            }
            ChangeError::BlankName => write!(f, "a shortlist needs a name"),
            ChangeError::TooManyLists => {
                write!(f, "there are {MAX_LISTS} shortlists already, the most kept")
            }
            ChangeError::ListFull(list) => write!(
                f,
                "shortlist {list:?} holds {MAX_ENTRIES} entries already, the most kept"
            ),
            ChangeError::InvalidItem(item) => write!(
                f,
                "{item:?} is not a profile id (1 to {MAX_ITEM_CHARS} characters, not blank, \
                 no comma)"
            ),
        }
    }
}

impl std::error::Error for ChangeError {}

/// Why stored shortlists could not be read. The app shows a notice and starts afresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The text is not JSON; holds the JSON parser's message (with line and column).
    NotJson(String),
    /// JSON, but neither an array (version 1) nor an object (version 2 and later).
    UnknownShape,
    /// An object whose `version` this app does not read: above [`STORAGE_VERSION`], a newer
    /// app's data, which the view may prefer not to overwrite.
    UnsupportedVersion(u64),
    /// A part is missing or not the shape it should be.
    Invalid {
        /// Where: a path such as `lists[0].entries[3].item`, or `[2]` in a version-1 array.
        at: String,
        /// What is wrong, in a few words: `missing`, `expected text`, ...
        problem: &'static str,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotJson(message) => {
                write!(f, "the saved shortlists are not JSON: {message}")
            }
            ReadError::UnknownShape => write!(
                f,
                "the saved shortlists are neither a list of ids (version 1) nor an object \
                 with a version"
            ),
            ReadError::UnsupportedVersion(version) => write!(
                f,
                "the saved shortlists are version {version}; this app reads versions 1 and \
                 {STORAGE_VERSION}"
            ),
            ReadError::Invalid { at, problem } => {
                write!(f, "the saved shortlists are damaged at {at}: {problem}")
            }
        }
    }
}

impl std::error::Error for ReadError {}

impl Shortlist {
    /// Whether this list holds `item`.
    pub fn contains(&self, item: &str) -> bool {
        self.position(item).is_some()
    }

    /// Where `item` is in the list (0 for the first), if it is there.
    pub fn position(&self, item: &str) -> Option<usize> {
        self.entries.iter().position(|entry| entry.item == item)
    }

    /// The entry of `item`, if the list holds it.
    pub fn entry(&self, item: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.item == item)
    }

    /// The items, in order.
    pub fn items(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|entry| entry.item.as_str())
    }

    /// The place after the last entry; renumbers the list first (stamped `at`) when the
    /// places have run out.
    fn next_place(&mut self, at: u64) -> u64 {
        let Some(last) = self.entries.last() else {
            return FIRST_PLACE;
        };
        match last.place.checked_add(PLACE_STEP) {
            Some(place) if place <= MAX_PLACE => place,
            _ => {
                self.renumber(at);
                place_of_index(self.entries.len())
            }
        }
    }

    /// Moves the entry at `from` to index `to`, stamped `at`.
    fn move_entry(&mut self, from: usize, to: usize, at: u64) {
        let place = match self.free_place(from, to) {
            Some(place) => place,
            None => {
                self.renumber(at);
                // Renumbered places are PLACE_STEP apart from FIRST_PLACE on, far below
                // MAX_PLACE, so there is room everywhere: never the fallback.
                self.free_place(from, to).unwrap_or(0)
            }
        };
        if let Some(entry) = self.entries.get_mut(from) {
            entry.place = place;
            entry.changed = at;
        }
        self.sort_entries();
    }

    /// A place for the entry at `from` so that it comes at index `to`, if its new neighbours'
    /// places leave room.
    fn free_place(&self, from: usize, to: usize) -> Option<u64> {
        let others = || {
            self.entries
                .iter()
                .enumerate()
                .filter(move |(index, _)| *index != from)
                .map(|(_, entry)| entry.place)
        };
        let before = to.checked_sub(1).and_then(|index| others().nth(index));
        let after = others().nth(to);
        place_between(before, after)
    }

    /// Gives the entries evenly spaced places in their present order, all stamped `at`.
    fn renumber(&mut self, at: u64) {
        for (index, entry) in self.entries.iter_mut().enumerate() {
            entry.place = place_of_index(index);
            entry.changed = at;
        }
    }

    fn sort_entries(&mut self) {
        self.entries
            .sort_by(|a, b| (a.place, &a.item).cmp(&(b.place, &b.item)));
    }

    /// Remembers that `item` was removed at stamp `at`.
    fn remember_removed(&mut self, item: String, at: u64) {
        self.removed.push(Tombstone { key: item, at });
        self.removed = newest(std::mem::take(&mut self.removed), MAX_REMOVED_PER_LIST);
    }
}

impl Shortlists {
    /// No shortlists: what a first visit starts with.
    pub fn new() -> Shortlists {
        Shortlists::default()
    }

    /// The shortlists, oldest first.
    pub fn lists(&self) -> &[Shortlist] {
        &self.lists
    }

    /// The shortlist with this id.
    pub fn list(&self, id: &str) -> Option<&Shortlist> {
        self.lists.iter().find(|list| list.id == id)
    }

    /// Whether there are no shortlists.
    pub fn is_empty(&self) -> bool {
        self.lists.is_empty()
    }

    /// Whether the shortlist `list` holds `item` (false when there is no such list).
    pub fn contains(&self, list: &str, item: &str) -> bool {
        self.list(list).is_some_and(|list| list.contains(item))
    }

    /// The shortlists that hold `item`, oldest first (for "in 2 shortlists" on a profile).
    pub fn lists_holding(&self, item: &str) -> Vec<&Shortlist> {
        self.lists
            .iter()
            .filter(|list| list.contains(item))
            .collect()
    }

    /// Creates an empty shortlist named `name` (cleaned and cut to [`MAX_NAME_CHARS`]) after
    /// the others, and returns its id.
    ///
    /// The id is `l` followed by `seed` in base 36, or by the next number up whose id is not in
    /// use here nor was ever deleted. The seed should not repeat in another tab: the time in
    /// milliseconds times 2^20 plus 20 random bits, say. (Two tabs that did pick the same id
    /// would merge their two lists into one.)
    ///
    /// Refused: [`ChangeError::BlankName`], [`ChangeError::TooManyLists`].
    pub fn create(&mut self, name: &str, seed: u64) -> Result<String, ChangeError> {
        let name = clean_name(name);
        if name.is_empty() {
            return Err(ChangeError::BlankName);
        }
        if self.lists.len() >= MAX_LISTS {
            return Err(ChangeError::TooManyLists);
        }
        let id = self.fresh_id(seed);
        let at = self.tick();
        self.lists.push(Shortlist {
            id: id.clone(),
            name,
            entries: Vec::new(),
            created: at,
            named: at,
            removed: Vec::new(),
        });
        Ok(id)
    }

    /// Creates a shortlist from a share link's list: its name and items, without notes (see
    /// [`Shortlists::create`] for `seed`). Items beyond [`MAX_ENTRIES`] or invalid are left
    /// out. Returns the new list's id.
    ///
    /// Refused: [`ChangeError::BlankName`] (a link without a name: the view gives one, by
    /// setting `name`), [`ChangeError::TooManyLists`].
    pub fn import_shared(&mut self, shared: &SharedList, seed: u64) -> Result<String, ChangeError> {
        let id = self.create(&shared.name, seed)?;
        for item in &shared.items {
            if let Err(ChangeError::ListFull(_)) = self.add(&id, item) {
                break;
            }
        }
        Ok(id)
    }

    /// Renames the shortlist `list` to `name` (cleaned and cut to [`MAX_NAME_CHARS`]).
    ///
    /// Refused: [`ChangeError::NoSuchList`], [`ChangeError::BlankName`].
    pub fn rename(&mut self, list: &str, name: &str) -> Result<(), ChangeError> {
        let index = self.list_index(list)?;
        let name = clean_name(name);
        if name.is_empty() {
            return Err(ChangeError::BlankName);
        }
        if self.lists[index].name == name {
            return Ok(());
        }
        let at = self.tick();
        let shortlist = &mut self.lists[index];
        shortlist.name = name;
        shortlist.named = at;
        Ok(())
    }

    /// Deletes the shortlist `list`, and remembers that it did, so a merge does not bring it
    /// back. Its id is never given to another list.
    ///
    /// Refused: [`ChangeError::NoSuchList`].
    pub fn delete(&mut self, list: &str) -> Result<(), ChangeError> {
        let index = self.list_index(list)?;
        let at = self.tick();
        let deleted = self.lists.remove(index);
        self.deleted.push(Tombstone {
            key: deleted.id,
            at,
        });
        self.deleted = newest(std::mem::take(&mut self.deleted), MAX_DELETED_LISTS);
        Ok(())
    }

    /// Adds `item` at the end of the shortlist `list`, with no note. Nothing changes if the
    /// list holds it already (an item is at most once in a list).
    ///
    /// Refused: [`ChangeError::InvalidItem`], [`ChangeError::NoSuchList`],
    /// [`ChangeError::ListFull`].
    pub fn add(&mut self, list: &str, item: &str) -> Result<(), ChangeError> {
        if !is_valid_item(item) {
            return Err(ChangeError::InvalidItem(cut_chars(item, MAX_ITEM_CHARS)));
        }
        let index = self.list_index(list)?;
        if self.lists[index].contains(item) {
            return Ok(());
        }
        if self.lists[index].entries.len() >= MAX_ENTRIES {
            return Err(ChangeError::ListFull(list.to_string()));
        }
        let at = self.tick();
        let shortlist = &mut self.lists[index];
        let place = shortlist.next_place(at);
        shortlist.removed.retain(|removed| removed.key != item);
        shortlist.entries.push(Entry {
            item: item.to_string(),
            note: String::new(),
            place,
            changed: at,
        });
        Ok(())
    }

    /// Removes `item` (and its note) from the shortlist `list`, and remembers that it did, so
    /// a merge does not bring it back. Nothing changes if the list does not hold it.
    ///
    /// Refused: [`ChangeError::NoSuchList`].
    pub fn remove(&mut self, list: &str, item: &str) -> Result<(), ChangeError> {
        let index = self.list_index(list)?;
        let Some(position) = self.lists[index].position(item) else {
            return Ok(());
        };
        let at = self.tick();
        let shortlist = &mut self.lists[index];
        let removed = shortlist.entries.remove(position);
        shortlist.remember_removed(removed.item, at);
        Ok(())
    }

    /// Removes every entry of the shortlist `list`, as [`Shortlists::remove`] does one.
    ///
    /// Refused: [`ChangeError::NoSuchList`].
    pub fn clear(&mut self, list: &str) -> Result<(), ChangeError> {
        let index = self.list_index(list)?;
        if self.lists[index].entries.is_empty() {
            return Ok(());
        }
        let at = self.tick();
        let shortlist = &mut self.lists[index];
        for entry in std::mem::take(&mut shortlist.entries) {
            shortlist.removed.push(Tombstone {
                key: entry.item,
                at,
            });
        }
        shortlist.removed = newest(std::mem::take(&mut shortlist.removed), MAX_REMOVED_PER_LIST);
        Ok(())
    }

    /// Moves `item` of the shortlist `list` to `index` (0 for the first; an index past the
    /// end means the last), the others keeping their order.
    ///
    /// Refused: [`ChangeError::NoSuchList`], [`ChangeError::NotInList`].
    pub fn move_to(&mut self, list: &str, item: &str, index: usize) -> Result<(), ChangeError> {
        let list_index = self.list_index(list)?;
        let shortlist = &self.lists[list_index];
        let from = shortlist
            .position(item)
            .ok_or_else(|| not_in_list(list, item))?;
        // `from` is an index of the entries, so there is at least one.
        let to = index.min(shortlist.entries.len() - 1);
        if to == from {
            return Ok(());
        }
        let at = self.tick();
        self.lists[list_index].move_entry(from, to, at);
        Ok(())
    }

    /// Moves `item` of the shortlist `list` one up (nothing changes for the first).
    ///
    /// Refused: [`ChangeError::NoSuchList`], [`ChangeError::NotInList`].
    pub fn move_up(&mut self, list: &str, item: &str) -> Result<(), ChangeError> {
        let position = self.position(list, item)?;
        self.move_to(list, item, position.saturating_sub(1))
    }

    /// Moves `item` of the shortlist `list` one down (nothing changes for the last).
    ///
    /// Refused: [`ChangeError::NoSuchList`], [`ChangeError::NotInList`].
    pub fn move_down(&mut self, list: &str, item: &str) -> Result<(), ChangeError> {
        let position = self.position(list, item)?;
        self.move_to(list, item, position.saturating_add(1))
    }

    /// Sets the note on `item` in the shortlist `list`: trimmed, cut to [`MAX_NOTE_CHARS`]
    /// chars; empty removes it.
    ///
    /// Refused: [`ChangeError::NoSuchList`], [`ChangeError::NotInList`].
    pub fn set_note(&mut self, list: &str, item: &str, note: &str) -> Result<(), ChangeError> {
        let list_index = self.list_index(list)?;
        let position = self.position(list, item)?;
        let note = clean_note(note);
        if self.lists[list_index].entries[position].note == note {
            return Ok(());
        }
        let at = self.tick();
        let entry = &mut self.lists[list_index].entries[position];
        entry.note = note;
        entry.changed = at;
        Ok(())
    }

    /// Removes, from every shortlist, the entries whose item `is_known` says the data does not
    /// have (as [`Shortlists::remove`] does), and returns how many it removed. Nothing else
    /// drops unknown items: the data may change back.
    pub fn retain_known(&mut self, mut is_known: impl FnMut(&str) -> bool) -> usize {
        let at = self.clock.saturating_add(1);
        let mut pruned = 0;
        for shortlist in &mut self.lists {
            let (kept, unknown): (Vec<Entry>, Vec<Entry>) = std::mem::take(&mut shortlist.entries)
                .into_iter()
                .partition(|entry| is_known(&entry.item));
            shortlist.entries = kept;
            if unknown.is_empty() {
                continue;
            }
            pruned += unknown.len();
            for entry in unknown {
                shortlist.removed.push(Tombstone {
                    key: entry.item,
                    at,
                });
            }
            shortlist.removed =
                newest(std::mem::take(&mut shortlist.removed), MAX_REMOVED_PER_LIST);
        }
        if pruned > 0 {
            self.clock = at;
        }
        pruned
    }

    /// Merges another tab's shortlists (as [`Shortlists::from_storage`] read them from the
    /// `storage` event) into these, by the rule of the module documentation: the later change
    /// wins, thing by thing; both tabs' additions are kept; a deleted list stays deleted.
    /// Symmetric and idempotent. Save the result when it differs from `other`.
    pub fn merge(&mut self, other: &Shortlists) {
        let deleted = self.deleted.iter().chain(&other.deleted).cloned().collect();
        *self = assemble(
            self.lists.iter().chain(&other.lists),
            deleted,
            self.clock.max(other.clock),
        );
    }

    /// The text to keep on the device: JSON, version 2 (see the module documentation).
    pub fn to_storage(&self) -> String {
        let stored = Stored {
            version: STORAGE_VERSION,
            clock: self.clock,
            lists: self
                .lists
                .iter()
                .map(|list| StoredList {
                    id: &list.id,
                    name: &list.name,
                    created: list.created,
                    named: list.named,
                    entries: list
                        .entries
                        .iter()
                        .map(|entry| StoredEntry {
                            item: &entry.item,
                            note: &entry.note,
                            place: entry.place,
                            changed: entry.changed,
                        })
                        .collect(),
                    removed: list
                        .removed
                        .iter()
                        .map(|removed| StoredRemoved {
                            item: &removed.key,
                            at: removed.at,
                        })
                        .collect(),
                })
                .collect(),
            deleted: self
                .deleted
                .iter()
                .map(|deleted| StoredDeleted {
                    id: &deleted.key,
                    at: deleted.at,
                })
                .collect(),
        };
        // Strings, numbers and arrays of structs without maps: serde_json cannot fail on them.
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads what [`Shortlists::to_storage`] wrote (version 2), or the app's first format
    /// (version 1: a JSON array of profile ids), which becomes one list with the id
    /// [`V1_LIST_ID`] named `v1_name` (an empty array: no list). Out-of-bounds values are
    /// repaired; anything else is a [`ReadError`] (see the module documentation).
    pub fn from_storage(raw: &str, v1_name: &str) -> Result<Shortlists, ReadError> {
        let value: Value =
            serde_json::from_str(raw).map_err(|error| ReadError::NotJson(error.to_string()))?;
        match &value {
            Value::Array(items) => read_v1(items, v1_name),
            Value::Object(fields) => match fields.get("version") {
                None => Err(invalid("version", MISSING)),
                Some(version) => match version.as_u64() {
                    Some(STORAGE_VERSION) => read_v2(fields),
                    Some(version) => Err(ReadError::UnsupportedVersion(version)),
                    None => Err(invalid("version", EXPECTED_NUMBER)),
                },
            },
            _ => Err(ReadError::UnknownShape),
        }
    }

    /// The next stamp.
    fn tick(&mut self) -> u64 {
        self.clock = self.clock.saturating_add(1);
        self.clock
    }

    fn list_index(&self, list: &str) -> Result<usize, ChangeError> {
        self.lists
            .iter()
            .position(|shortlist| shortlist.id == list)
            .ok_or_else(|| ChangeError::NoSuchList(list.to_string()))
    }

    fn position(&self, list: &str, item: &str) -> Result<usize, ChangeError> {
        let index = self.list_index(list)?;
        self.lists[index]
            .position(item)
            .ok_or_else(|| not_in_list(list, item))
    }

    /// `l` and `seed` in base 36, or the next seed up whose id is neither in use nor deleted.
    /// Ends within `lists + deleted + 1` tries: distinct seeds give distinct ids.
    fn fresh_id(&self, seed: u64) -> String {
        let taken = |id: &str| {
            self.lists.iter().any(|list| list.id == id)
                || self.deleted.iter().any(|deleted| deleted.key == id)
        };
        let mut seed = seed;
        loop {
            let id = format!("l{}", base36(seed));
            if !taken(&id) {
                return id;
            }
            seed = seed.wrapping_add(1);
        }
    }
}

fn not_in_list(list: &str, item: &str) -> ChangeError {
    ChangeError::NotInList {
        list: list.to_string(),
        item: cut_chars(item, MAX_ITEM_CHARS),
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = Vec::new();
    loop {
        // `n % 36` is below 36, an index of DIGITS.
        digits.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits
        .iter()
        .rev()
        .map(|&digit| char::from(digit))
        .collect()
}

/// The place of the entry at `index` in an evenly spaced list.
fn place_of_index(index: usize) -> u64 {
    u64::try_from(index)
        .unwrap_or(u64::MAX)
        .saturating_mul(PLACE_STEP)
        .saturating_add(FIRST_PLACE)
}

/// A place strictly between `before` and `after` (either may be absent: the start or the end),
/// if there is one within `0..=MAX_PLACE`.
fn place_between(before: Option<u64>, after: Option<u64>) -> Option<u64> {
    match (before, after) {
        (None, None) => Some(FIRST_PLACE),
        (Some(before), None) => before
            .checked_add(PLACE_STEP)
            .filter(|place| *place <= MAX_PLACE),
        (None, Some(after)) => after
            .checked_sub(PLACE_STEP)
            .or((after > 0).then_some(after / 2)),
        (Some(before), Some(after)) => {
            (after > before && after - before >= 2).then(|| before + (after - before) / 2)
        }
    }
}

/// Whether `item` can be a shortlist's item: 1 to [`MAX_ITEM_CHARS`] chars, not blank, no comma.
fn is_valid_item(item: &str) -> bool {
    !item.trim().is_empty() && !item.contains(',') && item.chars().nth(MAX_ITEM_CHARS).is_none()
}

/// Whether `id` can be a list's id: 1 to [`MAX_LIST_ID_CHARS`] of `A-Za-z0-9-_`.
fn is_valid_list_id(id: &str) -> bool {
    (1..=MAX_LIST_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// A name as kept: control characters as spaces, trimmed, cut to [`MAX_NAME_CHARS`].
fn clean_name(name: &str) -> String {
    let one_line: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    clean_text(&one_line, MAX_NAME_CHARS)
}

/// A note as kept: trimmed, cut to [`MAX_NOTE_CHARS`].
fn clean_note(note: &str) -> String {
    clean_text(note, MAX_NOTE_CHARS)
}

fn clean_text(text: &str, max_chars: usize) -> String {
    cut_chars(text.trim(), max_chars).trim_end().to_string()
}

/// The first `max_chars` chars of `text`.
fn cut_chars(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((byte_index, _)) => text[..byte_index].to_string(),
        None => text.to_string(),
    }
}

/// The latest stamp of each key, the most recent `cap` of them, sorted by (stamp, key).
fn newest(tombstones: impl IntoIterator<Item = Tombstone>, cap: usize) -> Vec<Tombstone> {
    let mut latest: BTreeMap<String, u64> = BTreeMap::new();
    for tombstone in tombstones {
        let at = latest.entry(tombstone.key).or_insert(tombstone.at);
        *at = (*at).max(tombstone.at);
    }
    let mut sorted: Vec<Tombstone> = latest
        .into_iter()
        .map(|(key, at)| Tombstone { key, at })
        .collect();
    sorted.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
    let excess = sorted.len().saturating_sub(cap);
    sorted.drain(..excess);
    sorted
}

/// Shortlists in their one normal form, from lists in any order, possibly repeating ids
/// (merged) or deleted (left out), and tombstones in any order: lists by (creation, id),
/// within the caps, the clock at least every stamp. What a merge and a read both end with.
fn assemble<'a>(
    lists: impl IntoIterator<Item = &'a Shortlist>,
    deleted: Vec<Tombstone>,
    clock: u64,
) -> Shortlists {
    let deleted = newest(deleted, MAX_DELETED_LISTS);
    let deleted_ids: BTreeSet<&str> = deleted.iter().map(|d| d.key.as_str()).collect();
    let mut by_id: BTreeMap<&str, Vec<&Shortlist>> = BTreeMap::new();
    for list in lists {
        if !deleted_ids.contains(list.id.as_str()) {
            by_id.entry(&list.id).or_default().push(list);
        }
    }
    let mut lists: Vec<Shortlist> = by_id
        .into_values()
        .filter_map(|sides| {
            let (first, others) = sides.split_first()?;
            Some(merge_list(first, others))
        })
        .collect();
    lists.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
    lists.truncate(MAX_LISTS);

    let latest = lists
        .iter()
        .flat_map(|list| {
            let entries = list.entries.iter().map(|entry| entry.changed);
            let removed = list.removed.iter().map(|removed| removed.at);
            [list.created, list.named]
                .into_iter()
                .chain(entries)
                .chain(removed)
        })
        .chain(deleted.iter().map(|deleted| deleted.at))
        .max()
        .unwrap_or(0);
    Shortlists {
        lists,
        deleted,
        clock: clock.max(latest),
    }
}

/// What one side says of an item of a list.
#[derive(Clone, Copy)]
enum Record<'a> {
    Present(&'a Entry),
    Removed(u64),
}

impl Record<'_> {
    /// The later stamp wins; at equal stamps an entry beats a removal, then the larger place
    /// and note win, so the winner does not depend on which side merges.
    fn rank(&self) -> (u64, bool, u64, &str) {
        match *self {
            Record::Present(entry) => (entry.changed, true, entry.place, &entry.note),
            Record::Removed(at) => (at, false, 0, ""),
        }
    }
}

/// The versions of one list (same id) merged into one, in normal form.
fn merge_list(first: &Shortlist, others: &[&Shortlist]) -> Shortlist {
    let sides = || std::iter::once(first).chain(others.iter().copied());
    let created = sides()
        .map(|list| list.created)
        .min()
        .unwrap_or(first.created);
    let (named, name) = sides()
        .map(|list| (list.named, &list.name))
        .max()
        .unwrap_or((first.named, &first.name));

    let mut records: BTreeMap<&str, Record> = BTreeMap::new();
    for list in sides() {
        let present = list
            .entries
            .iter()
            .map(|e| (e.item.as_str(), Record::Present(e)));
        let removed = list
            .removed
            .iter()
            .map(|r| (r.key.as_str(), Record::Removed(r.at)));
        for (item, record) in present.chain(removed) {
            let kept = records.entry(item).or_insert(record);
            if record.rank() > kept.rank() {
                *kept = record;
            }
        }
    }

    let mut entries = Vec::new();
    let mut removed = Vec::new();
    for (item, record) in records {
        match record {
            Record::Present(entry) => entries.push(entry.clone()),
            Record::Removed(at) => removed.push(Tombstone {
                key: item.to_string(),
                at,
            }),
        }
    }
    let mut merged = Shortlist {
        id: first.id.clone(),
        name: name.clone(),
        entries,
        created,
        named,
        removed: newest(removed, MAX_REMOVED_PER_LIST),
    };
    merged.sort_entries();
    merged.entries.truncate(MAX_ENTRIES);
    merged
}

// ---- storage ----

const MISSING: &str = "missing";
const EXPECTED_TEXT: &str = "expected text";
const EXPECTED_NUMBER: &str = "expected a whole number, 0 or more";
const EXPECTED_ARRAY: &str = "expected an array";
const EXPECTED_OBJECT: &str = "expected an object";
const NOT_A_LIST_ID: &str = "not a list id (1 to 32 of A-Z, a-z, 0-9, - and _)";
const NOT_AN_ITEM: &str = "not a profile id (1 to 100 characters, not blank, no comma)";

#[derive(Serialize)]
struct Stored<'a> {
    version: u64,
    clock: u64,
    lists: Vec<StoredList<'a>>,
    deleted: Vec<StoredDeleted<'a>>,
}

#[derive(Serialize)]
struct StoredList<'a> {
    id: &'a str,
    name: &'a str,
    created: u64,
    named: u64,
    entries: Vec<StoredEntry<'a>>,
    removed: Vec<StoredRemoved<'a>>,
}

#[derive(Serialize)]
struct StoredEntry<'a> {
    item: &'a str,
    note: &'a str,
    place: u64,
    changed: u64,
}

#[derive(Serialize)]
struct StoredRemoved<'a> {
    item: &'a str,
    at: u64,
}

#[derive(Serialize)]
struct StoredDeleted<'a> {
    id: &'a str,
    at: u64,
}

fn invalid(at: impl Into<String>, problem: &'static str) -> ReadError {
    ReadError::Invalid {
        at: at.into(),
        problem,
    }
}

/// `at.key`, or `key` at the top.
fn path(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at}.{key}")
    }
}

/// Version 1: a JSON array of profile ids, in the order they were added.
fn read_v1(items: &[Value], name: &str) -> Result<Shortlists, ReadError> {
    let mut kept: Vec<&str> = Vec::new();
    for (index, value) in items.iter().enumerate() {
        let item = value
            .as_str()
            .ok_or_else(|| invalid(format!("[{index}]"), EXPECTED_TEXT))?;
        if kept.len() < MAX_ENTRIES && is_valid_item(item) && !kept.contains(&item) {
            kept.push(item);
        }
    }
    if kept.is_empty() {
        return Ok(Shortlists::new());
    }
    // Every stamp is 1, so tabs migrating the same store at once get equal states.
    let list = Shortlist {
        id: V1_LIST_ID.to_string(),
        name: clean_name(name),
        entries: kept
            .iter()
            .enumerate()
            .map(|(index, item)| Entry {
                item: item.to_string(),
                note: String::new(),
                place: place_of_index(index),
                changed: 1,
            })
            .collect(),
        created: 1,
        named: 1,
        removed: Vec::new(),
    };
    Ok(assemble([&list], Vec::new(), 1))
}

/// Version 2: see the module documentation.
fn read_v2(fields: &Map<String, Value>) -> Result<Shortlists, ReadError> {
    let clock = number(fields, "clock", "")?.unwrap_or(0);
    let mut lists = Vec::new();
    let stored_lists = required(array(fields, "lists", "")?, "lists", "")?;
    for (index, value) in stored_lists.iter().enumerate() {
        lists.push(read_list(value, &format!("lists[{index}]"))?);
    }
    let deleted = tombstones(fields, "deleted", "id", "", is_valid_list_id, NOT_A_LIST_ID)?;
    Ok(assemble(&lists, deleted, clock))
}

fn read_list(value: &Value, at: &str) -> Result<Shortlist, ReadError> {
    let fields = value
        .as_object()
        .ok_or_else(|| invalid(at, EXPECTED_OBJECT))?;
    let id = required(text(fields, "id", at)?, "id", at)?;
    if !is_valid_list_id(id) {
        return Err(invalid(path(at, "id"), NOT_A_LIST_ID));
    }
    let name = required(text(fields, "name", at)?, "name", at)?;
    let entries = required(array(fields, "entries", at)?, "entries", at)?;
    let mut read_entries = Vec::with_capacity(entries.len().min(MAX_ENTRIES));
    for (index, value) in entries.iter().enumerate() {
        read_entries.push(read_entry(value, &format!("{at}.entries[{index}]"), index)?);
    }
    Ok(Shortlist {
        id: id.to_string(),
        name: clean_name(name),
        entries: read_entries,
        created: number(fields, "created", at)?.unwrap_or(0),
        named: number(fields, "named", at)?.unwrap_or(0),
        removed: tombstones(fields, "removed", "item", at, is_valid_item, NOT_AN_ITEM)?,
    })
}

fn read_entry(value: &Value, at: &str, index: usize) -> Result<Entry, ReadError> {
    let fields = value
        .as_object()
        .ok_or_else(|| invalid(at, EXPECTED_OBJECT))?;
    let item = required(text(fields, "item", at)?, "item", at)?;
    if !is_valid_item(item) {
        return Err(invalid(path(at, "item"), NOT_AN_ITEM));
    }
    Ok(Entry {
        item: item.to_string(),
        note: clean_note(text(fields, "note", at)?.unwrap_or("")),
        place: number(fields, "place", at)?.unwrap_or_else(|| place_of_index(index)),
        changed: number(fields, "changed", at)?.unwrap_or(0),
    })
}

/// The optional array `key` of `{"<id_key>": ..., "at": ...}` objects.
fn tombstones(
    fields: &Map<String, Value>,
    key: &str,
    id_key: &str,
    at: &str,
    is_valid: fn(&str) -> bool,
    not_valid: &'static str,
) -> Result<Vec<Tombstone>, ReadError> {
    let Some(values) = array(fields, key, at)? else {
        return Ok(Vec::new());
    };
    let mut read = Vec::with_capacity(values.len());
    for (index, value) in values.iter().enumerate() {
        let here = format!("{}[{index}]", path(at, key));
        let fields = value
            .as_object()
            .ok_or_else(|| invalid(&here, EXPECTED_OBJECT))?;
        let id = required(text(fields, id_key, &here)?, id_key, &here)?;
        if !is_valid(id) {
            return Err(invalid(path(&here, id_key), not_valid));
        }
        let stamp = required(number(fields, "at", &here)?, "at", &here)?;
        read.push(Tombstone {
            key: id.to_string(),
            at: stamp,
        });
    }
    Ok(read)
}

fn required<T>(value: Option<T>, key: &str, at: &str) -> Result<T, ReadError> {
    value.ok_or_else(|| invalid(path(at, key), MISSING))
}

/// The text field `key`, if present.
fn text<'a>(
    fields: &'a Map<String, Value>,
    key: &str,
    at: &str,
) -> Result<Option<&'a str>, ReadError> {
    match fields.get(key) {
        None => Ok(None),
        Some(value) => value
            .as_str()
            .map(Some)
            .ok_or_else(|| invalid(path(at, key), EXPECTED_TEXT)),
    }
}

/// The whole-number field `key`, if present.
fn number(fields: &Map<String, Value>, key: &str, at: &str) -> Result<Option<u64>, ReadError> {
    match fields.get(key) {
        None => Ok(None),
        Some(value) => value
            .as_u64()
            .map(Some)
            .ok_or_else(|| invalid(path(at, key), EXPECTED_NUMBER)),
    }
}

/// The array field `key`, if present.
fn array<'a>(
    fields: &'a Map<String, Value>,
    key: &str,
    at: &str,
) -> Result<Option<&'a Vec<Value>>, ReadError> {
    match fields.get(key) {
        None => Ok(None),
        Some(value) => value
            .as_array()
            .map(Some)
            .ok_or_else(|| invalid(path(at, key), EXPECTED_ARRAY)),
    }
}

// ---- share links ----

/// The query parameters (without `?`) of a share link carrying `list`'s name and items in
/// order, not its notes: `list=Manila+course&items=DB-005,S3-10b`. Always has `list=`;
/// `items=` is left out for an empty list. Plain ASCII, without `#` or spaces.
pub fn share_query(list: &Shortlist) -> String {
    let mut out = format!("{SHARED_NAME_PARAM}=");
    encode_component(&list.name, &mut out);
    let mut items = list.items().filter(|item| is_valid_item(item)).peekable();
    if items.peek().is_some() {
        out.push('&');
        out.push_str(SHARED_ITEMS_PARAM);
        out.push('=');
        for (index, item) in items.enumerate() {
            if index > 0 {
                out.push(',');
            }
            encode_component(item, &mut out);
        }
    }
    out
}

/// The list a share link's query string carries (a leading `?` is accepted), or `None` when it
/// carries neither a name nor an item. Never fails or panics, whatever the input:
///
/// - other parameters are ignored, so a whole view link works;
/// - `+` and `%20` are spaces; a malformed escape is kept literally, bytes that are not UTF-8
///   become U+FFFD (as [`crate::url::decode`]);
/// - the name is cleaned like any name (cut to [`MAX_NAME_CHARS`]); of several non-empty
///   `list` parameters the last wins;
/// - items of several `items` parameters are joined; an invalid item (blank, longer than
///   [`MAX_ITEM_CHARS`]) is skipped, a repeated one kept once, and only the first
///   [`MAX_ENTRIES`] are kept.
///
/// Items are not checked against the data: the view decides what to do with unknown ones.
pub fn parse_shared(query: &str) -> Option<SharedList> {
    // An item of MAX_ITEM_CHARS chars takes at most 4 bytes each, each written as `%XX`.
    const MAX_ENCODED_ITEM_BYTES: usize = MAX_ITEM_CHARS * 4 * 3;
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut name = String::new();
    let mut items: Vec<String> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for pair in query.split('&') {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        match decode_component(raw_key).as_str() {
            SHARED_NAME_PARAM => {
                let given = clean_name(&decode_component(raw_value));
                if !given.is_empty() {
                    name = given;
                }
            }
            SHARED_ITEMS_PARAM => {
                for raw_item in raw_value.split(',') {
                    if items.len() >= MAX_ENTRIES {
                        break;
                    }
                    if raw_item.len() > MAX_ENCODED_ITEM_BYTES {
                        continue;
                    }
                    let item = decode_component(raw_item);
                    if is_valid_item(&item) && seen.insert(item.clone()) {
                        items.push(item);
                    }
                }
            }
            _ => {}
        }
    }
    if name.is_empty() && items.is_empty() {
        return None;
    }
    Some(SharedList { name, items })
}

#[cfg(test)]
mod tests;

//! The trainer's shortlists, saved on this device: several named lists with notes
//! (`mflm_core::shortlists`), read back validated, saved on every change, and kept in step
//! with other open tabs through the browser's `storage` event (both tabs' additions survive).
//! Ground floor: imports nothing of `ui`.

use gloo_storage::{LocalStorage as DeviceStorage, Storage};
use leptos::ev;
use leptos::prelude::*;
use mflm_core::shortlists::{SharedList, Shortlist as List, Shortlists};

/// Where the shortlists are saved (format version 2).
pub const SHORTLIST_KEY: &str = "mflm-explorer.shortlists.v2";
/// Where the first version saved its single list (a JSON array of ids): read once to migrate,
/// never written (an older tab would delete what it cannot read).
pub const OLD_SHORTLIST_KEY: &str = "mflm-explorer.shortlist.v1";

/// The shortlists and which one is shown; a cheap handle (signals).
#[derive(Clone, Copy)]
pub struct Shortlist {
    lists: RwSignal<Shortlists>,
    current: RwSignal<Option<String>>,
    /// True when what was stored could not be read and the lists were started afresh.
    pub was_reset: RwSignal<bool>,
    /// The name a first list gets ("Shortlist", in the reader's language).
    default_name: &'static str,
}

impl Shortlist {
    /// Reads the saved lists (or migrates the first version's list); an unreadable store is
    /// set aside and reported through `was_reset`. Then follows other tabs' saves.
    pub fn load(default_name: &'static str) -> Shortlist {
        let stored = DeviceStorage::raw().get_item(SHORTLIST_KEY).ok().flatten();
        let (raw, from_old) = match stored {
            Some(raw) => (Some(raw), false),
            None => (
                DeviceStorage::raw()
                    .get_item(OLD_SHORTLIST_KEY)
                    .ok()
                    .flatten(),
                true,
            ),
        };
        let (lists, was_reset) = match raw.map(|raw| Shortlists::from_storage(&raw, default_name)) {
            None => (Shortlists::new(), false),
            Some(Ok(lists)) => (lists, false),
            Some(Err(_)) => {
                DeviceStorage::delete(if from_old {
                    OLD_SHORTLIST_KEY
                } else {
                    SHORTLIST_KEY
                });
                (Shortlists::new(), true)
            }
        };
        let current = lists.lists().first().map(|l| l.id.clone());
        let shortlist = Shortlist {
            lists: RwSignal::new(lists),
            current: RwSignal::new(current),
            was_reset: RwSignal::new(was_reset),
            default_name,
        };
        if from_old && !shortlist.lists.with_untracked(Shortlists::is_empty) {
            shortlist.save();
        }
        shortlist.follow_other_tabs();
        shortlist
    }

    /// The shown list, if there is one.
    pub fn current(&self) -> Option<List> {
        let id = self.current.get()?;
        self.lists.with(|lists| lists.list(&id).cloned())
    }

    /// (id, name) of every list, in order.
    pub fn names(&self) -> Vec<(String, String)> {
        self.lists.with(|lists| {
            lists
                .lists()
                .iter()
                .map(|l| (l.id.clone(), l.name.clone()))
                .collect()
        })
    }

    /// The shown list's profile ids, in order.
    pub fn ids(&self) -> Vec<String> {
        self.current()
            .map(|l| l.items().map(str::to_string).collect())
            .unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.current().map_or(0, |l| l.entries.len())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.current().is_some_and(|l| l.contains(id))
    }

    /// Adds `id` to the shown list (a first list is made if there is none), or removes it.
    pub fn toggle(&self, id: &str) {
        let list = self.current_or_new();
        self.change(|lists| {
            if lists.contains(&list, id) {
                let _ = lists.remove(&list, id);
            } else {
                let _ = lists.add(&list, id);
            }
        });
    }

    pub fn clear(&self) {
        if let Some(list) = self.current.get_untracked() {
            self.change(|lists| {
                let _ = lists.clear(&list);
            });
        }
    }

    pub fn select(&self, id: &str) {
        self.current.set(Some(id.to_string()));
    }

    /// Makes a new list named `name` and shows it.
    pub fn create(&self, name: &str) {
        let mut made = None;
        self.change(|lists| made = lists.create(name, seed()).ok());
        if made.is_some() {
            self.current.set(made);
        }
    }

    pub fn rename(&self, name: &str) {
        if let Some(list) = self.current.get_untracked() {
            self.change(|lists| {
                let _ = lists.rename(&list, name);
            });
        }
    }

    /// Deletes the shown list and shows the first one left.
    pub fn delete_current(&self) {
        if let Some(list) = self.current.get_untracked() {
            self.change(|lists| {
                let _ = lists.delete(&list);
            });
            let first = self
                .lists
                .with_untracked(|l| l.lists().first().map(|l| l.id.clone()));
            self.current.set(first);
        }
    }

    pub fn move_up(&self, item: &str) {
        self.on_current(|lists, list| lists.move_up(list, item).is_ok());
    }

    pub fn move_down(&self, item: &str) {
        self.on_current(|lists, list| lists.move_down(list, item).is_ok());
    }

    pub fn set_note(&self, item: &str, note: &str) {
        self.on_current(|lists, list| lists.set_note(list, item, note).is_ok());
    }

    /// "Keep a copy" of a shared list: a new list of one's own, shown.
    pub fn keep_copy(&self, shared: &SharedList) {
        let mut made = None;
        self.change(|lists| made = lists.import_shared(shared, seed()).ok());
        if made.is_some() {
            self.current.set(made);
        }
    }

    fn on_current(&self, change: impl FnOnce(&mut Shortlists, &str) -> bool) {
        if let Some(list) = self.current.get_untracked() {
            self.change(|lists| {
                change(lists, &list);
            });
        }
    }

    fn current_or_new(&self) -> String {
        if let Some(id) = self.current.get_untracked() {
            if self.lists.with_untracked(|l| l.list(&id).is_some()) {
                return id;
            }
        }
        self.create(self.default_name);
        self.current.get_untracked().unwrap_or_default()
    }

    fn change(&self, change: impl FnOnce(&mut Shortlists)) {
        self.lists.update(change);
        self.save();
    }

    fn save(&self) {
        // Storage can be full or disabled (private windows): the lists then last the visit.
        let saved = self.lists.with_untracked(Shortlists::to_storage);
        let _ = DeviceStorage::raw().set_item(SHORTLIST_KEY, &saved);
    }

    /// Another tab saved: merge its lists into ours, so both tabs' additions survive; save
    /// the result only when it differs from what that tab saved (so two tabs settle).
    fn follow_other_tabs(&self) {
        let this = *self;
        let listener = window_event_listener(ev::storage, move |event| {
            if event.key().as_deref() != Some(SHORTLIST_KEY) {
                return;
            }
            let Some(theirs) = event
                .new_value()
                .and_then(|raw| Shortlists::from_storage(&raw, this.default_name).ok())
            else {
                return;
            };
            // The explorer this store belongs to may have been redrawn (a user's own data
            // file): its signals are gone, and the new store has its own listener.
            if this.lists.try_update(|ours| ours.merge(&theirs)).is_none() {
                return;
            }
            if this.lists.with_untracked(|ours| *ours != theirs) {
                this.save();
            }
            if this.current.get_untracked().is_none() {
                let first = this
                    .lists
                    .with_untracked(|l| l.lists().first().map(|l| l.id.clone()));
                this.current.set(first);
            }
        });
        // The page's whole life (a disposed store's listener returns at once, see above).
        std::mem::forget(listener);
    }
}

/// A new list's id seed: milliseconds, then 20 random bits, so two tabs never make the same.
fn seed() -> u64 {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * f64::from(1u32 << 20)) as u64;
    (now << 20) | random
}

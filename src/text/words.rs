//! Word lists indexed by their first character.
//!
//! The recognizers ask "does one of these words start here?" at many positions. Testing every
//! word of a list with `starts_with` costs one comparison per word; a [`WordSet`] looks up the
//! words that begin with the character at hand (usually none) and tests only those.

use crate::text::scan::{decode, indexed, starts_at};

/// The [`WordSet`] of a static list, built on first use: `word_set!(LIST).at(text, pos)`.
macro_rules! word_set {
    ($list:expr) => {{
        static S: std::sync::OnceLock<$crate::text::words::WordSet> = std::sync::OnceLock::new();
        match S.get() {
            Some(set) => set,
            None => $crate::text::words::first_use(&S, $list.into()),
        }
    }};
}
pub(crate) use word_set;

/// A long word list written as one string, `|` after each word: `joined!["甲", "乙"]`. A
/// slice of `&str` costs 8 bytes of pointers per word in the `.wasm`, which compress badly;
/// the long lists of the recognizers are written this way and split on first use.
macro_rules! joined {
    ($($w:literal),* $(,)?) => {
        concat!($($w, "|"),*)
    };
}
pub(crate) use joined;

/// A list for `word_set!`: a slice, or a `joined!` string.
pub enum Words {
    /// A slice of words.
    Slice(&'static [&'static str]),
    /// Words each followed by `|`.
    Joined(&'static str),
}

impl From<&'static [&'static str]> for Words {
    fn from(list: &'static [&'static str]) -> Self {
        Words::Slice(list)
    }
}

impl<const N: usize> From<&'static [&'static str; N]> for Words {
    fn from(list: &'static [&'static str; N]) -> Self {
        Words::Slice(list)
    }
}

impl From<&'static str> for Words {
    fn from(joined: &'static str) -> Self {
        Words::Joined(joined)
    }
}

/// Builds a `word_set!` list on its first use. One function for every list: a `get_or_init` at
/// each use site was a copy of the standard library's one-time initialisation per list (25
/// of them, 8 KB of the `.wasm`).
#[inline(never)]
pub fn first_use(cell: &'static std::sync::OnceLock<WordSet>, list: Words) -> &'static WordSet {
    cell.get_or_init(|| match list {
        Words::Slice(list) => WordSet::new(list),
        Words::Joined(s) => WordSet::new(&s.split_terminator('|').collect::<Vec<_>>()),
    })
}

/// The [`WordSet`] of a static list, built on first use and kept for the life of the program
/// (one per list: the cache is keyed by the list's address, which a `'static` slice keeps).
///
/// For functions that receive their list as an argument; with the list at hand, prefer
/// `word_set!`, which needs no lookup.
pub fn cached(list: &'static [&'static str]) -> &'static WordSet {
    use std::sync::{Mutex, PoisonError};
    /// `(address, length)` of each list seen, sorted, with its set. A few dozen lists: a sorted
    /// list and a binary search, not a hash map (whose code is a sizeable part of the module).
    type Cache = Vec<((usize, usize), &'static WordSet)>;
    // A static, not a thread-local: it is never dropped, so the sets stay reachable for the
    // life of the program (a leak checker sees no leak at exit). Uncontended in practice.
    static CACHE: Mutex<Cache> = Mutex::new(Vec::new());
    let key = (list.as_ptr() as usize, list.len());
    // A panic while the lock was held cannot leave the list half-written: recover it.
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    let i = cache.partition_point(|(k, _)| *k < key);
    match cache.get(i) {
        Some(&(k, set)) if k == key => set,
        _ => {
            let set: &'static WordSet = Box::leak(Box::new(WordSet::new(list)));
            cache.insert(i, (key, set));
            set
        }
    }
}

/// A static word list, indexed by first character.
#[derive(Debug)]
pub struct WordSet {
    /// `(first character, words)` sorted by character; each group keeps the list's order.
    groups: Vec<(char, Vec<(u16, &'static str)>)>,
    /// Length of the list.
    len: usize,
    /// Bit `c % 1024` set for every first character `c`: most characters of a text are
    /// rejected by this test alone, before any search (a 128-bit filter let through a third
    /// of a text's characters for the longer lists).
    filter: [u64; 16],
}

impl WordSet {
    /// Indexes `list`. Empty words are ignored.
    pub fn new(list: &[&'static str]) -> Self {
        let mut groups: Vec<(char, Vec<(u16, &'static str)>)> = Vec::new();
        for (i, w) in list.iter().enumerate() {
            let Some(c) = w.chars().next() else { continue };
            match groups.iter_mut().find(|(g, _)| *g == c) {
                Some((_, v)) => v.push((i as u16, w)),
                None => groups.push((c, vec![(i as u16, w)])),
            }
        }
        crate::sort::by_key(&mut groups, |(c, _)| *c as u128);
        let mut filter = [0u64; 16];
        for (c, _) in &groups {
            let bit = *c as usize % 1024;
            filter[bit / 64] |= 1 << (bit % 64);
        }
        WordSet {
            groups,
            len: list.len(),
            filter,
        }
    }

    /// The words that start with `c`, with their indexes in the list, in list order.
    #[inline(always)]
    fn group(&self, c: char) -> &[(u16, &'static str)] {
        // The filter inline (it runs for every character of a text), the search out of line.
        let bit = c as usize % 1024;
        if self.filter[bit / 64] & 1 << (bit % 64) == 0 {
            return &[];
        }
        self.search(c)
    }

    #[inline(never)]
    fn search(&self, c: char) -> &[(u16, &'static str)] {
        match self.groups.binary_search_by_key(&c, |(g, _)| *g) {
            Ok(i) => &self.groups[i].1,
            Err(_) => &[],
        }
    }

    /// The first word of the list (in list order) that `text` continues with at byte `pos`,
    /// with its index in the list: what `list.iter().position(|w| tail.starts_with(w))` gives.
    pub fn at(&self, text: &str, pos: usize) -> Option<(usize, &'static str)> {
        let (c, _) = decode(text.as_bytes(), pos)?;
        self.group(c)
            .iter()
            .find(|(_, w)| starts_at(text.as_bytes(), pos, w))
            .map(|&(i, w)| (i as usize, w))
    }

    /// The longest word of the list that `text` continues with at byte `pos`.
    pub fn longest_at(&self, text: &str, pos: usize) -> Option<&'static str> {
        let (c, _) = decode(text.as_bytes(), pos)?;
        self.group(c)
            .iter()
            .filter(|(_, w)| starts_at(text.as_bytes(), pos, w))
            .map(|&(_, w)| w)
            .max_by_key(|w| w.len())
    }

    /// True when `text` continues with a word of the list at byte `pos`.
    pub fn starts(&self, text: &str, pos: usize) -> bool {
        self.at(text, pos).is_some()
    }

    /// True when a word of the list occurs in `text[from..to]` (whole word inside the range):
    /// `list.iter().any(|w| window.contains(w))`, in one pass.
    pub fn occurs(&self, text: &str, from: usize, to: usize) -> bool {
        let Some(window) = text.get(from..to) else {
            return false;
        };
        let b = window.as_bytes();
        let mut i = 0;
        while let Some((c, n)) = decode(b, i) {
            if self.group(c).iter().any(|(_, w)| starts_at(b, i, w)) {
                return true;
            }
            i += n;
        }
        false
    }

    /// The bits of `tags[k]` for every list entry `k` that occurs in `text[from..to]`, or'd:
    /// which of several lists (concatenated into this one) have a word in the text, in one pass.
    pub fn tags_in(&self, text: &str, from: usize, to: usize, tags: &[u32]) -> u32 {
        let Some(window) = text.get(from..to) else {
            return 0;
        };
        let mut mask = 0;
        for (i, c) in indexed(window) {
            for &(k, w) in self.group(c) {
                let bit = tags.get(k as usize).copied().unwrap_or(0);
                if mask & bit != bit && starts_at(window.as_bytes(), i, w) {
                    mask |= bit;
                }
            }
        }
        mask
    }

    /// For each entry of the list, whether it occurs in `text[from..to]`, in one pass.
    pub fn found_in(&self, text: &str, from: usize, to: usize) -> Vec<bool> {
        let mut found = vec![false; self.len];
        let Some(window) = text.get(from..to) else {
            return found;
        };
        for (i, c) in indexed(window) {
            for &(k, w) in self.group(c) {
                if !found[k as usize] && starts_at(window.as_bytes(), i, w) {
                    found[k as usize] = true;
                }
            }
        }
        found
    }

    /// Every occurrence of every word in `text[from..to]` as `(start, end)`, by start; for each
    /// word its occurrences do not overlap, as `window.match_indices(word)` gives them.
    pub fn all_in(&self, text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
        self.all_in_indexed(text, from, to)
            .into_iter()
            .map(|(_, a, b)| (a, b))
            .collect()
    }

    /// [`WordSet::all_in`] with the list index of the word of each occurrence:
    /// `(index, start, end)`.
    pub fn all_in_indexed(&self, text: &str, from: usize, to: usize) -> Vec<(u16, usize, usize)> {
        let Some(window) = text.get(from..to) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // End of the last occurrence of each word (a word's next match starts after it).
        let mut last_end = vec![0usize; self.len];
        for (i, c) in indexed(window) {
            for &(k, w) in self.group(c) {
                if i >= last_end[k as usize] && starts_at(window.as_bytes(), i, w) {
                    last_end[k as usize] = i + w.len();
                    out.push((k, from + i, from + i + w.len()));
                }
            }
        }
        out
    }

    /// The smallest list index of a word that occurs in `text[from..to]` (whole word inside
    /// the range) and for which `ok(start, end)` holds: what
    /// `list.iter().position(|w| window.contains(w))` gives, in one pass over the window.
    pub fn first_in(
        &self,
        text: &str,
        from: usize,
        to: usize,
        mut ok: impl FnMut(usize, usize) -> bool,
    ) -> Option<usize> {
        let window = text.get(from..to)?;
        let mut best: Option<usize> = None;
        for (i, c) in indexed(window) {
            for &(k, w) in self.group(c) {
                let k = k as usize;
                if best.is_some_and(|b| b <= k) {
                    continue;
                }
                if starts_at(window.as_bytes(), i, w) && ok(from + i, from + i + w.len()) {
                    best = Some(k);
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: &[&str] = &["住址", "家庭住址", "现住", "住", "", "址"];

    #[test]
    fn at_follows_list_order() {
        let s = WordSet::new(L);
        let t = "家庭住址:某路";
        assert_eq!(s.at(t, 0), Some((1, "家庭住址")));
        assert_eq!(s.at(t, 6), Some((0, "住址")));
        assert_eq!(s.longest_at(t, 6), Some("住址"));
        assert_eq!(s.at(t, 9), Some((5, "址")));
        assert_eq!(s.at(t, 12), None);
        assert_eq!(s.at(t, 99), None);
        assert!(s.starts("住宅", 0));
        assert_eq!(s.at("住宅", 0), Some((3, "住")));
    }

    #[test]
    fn first_in_matches_position_contains() {
        let s = WordSet::new(L);
        for t in ["其现住某地", "址与住址", "无", "", "𠮷住"] {
            let expected = L.iter().position(|w| !w.is_empty() && t.contains(w));
            assert_eq!(s.first_in(t, 0, t.len(), |_, _| true), expected, "{t}");
        }
        // The filter sees each occurrence.
        let t = "住址住址";
        assert_eq!(s.first_in(t, 0, t.len(), |a, _| a > 0), Some(0));
        assert_eq!(s.first_in(t, 0, t.len(), |_, _| false), None);
        // Words must lie inside the window.
        assert_eq!(s.first_in(t, 0, 3, |_, _| true), Some(3));
    }
}

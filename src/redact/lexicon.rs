//! One pass over the canonical text finds the cue words of every recognizer (role words before
//! names, address labels, health terms, account labels…). Each recognizer module declares its
//! words in a `LEXICON` table; they are compiled once into a single literal alternation, so the
//! text is scanned once however many recognizers there are.

use std::sync::OnceLock;

use crate::finding::Span;
use crate::text::scan::utf8_len;

use super::{address, birth, health, keep, layout, names, passport, property, social, Role};

/// What a cue word signals. One word may carry several tags (for several recognizers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// A role word that introduces person names (证人, 鉴定人, 执法人员…).
    NameCue(names::Cue),
    /// A word that follows a name and tells its role (的证言 → witness, 证号 → officer).
    NameAfter(Role),
    /// Health vocabulary.
    Health(health::H),
    /// An address label.
    Address(address::A),
    /// A social-account label (微信号, QQ号…).
    Social(social::S),
    /// A passport or permit label.
    Passport,
    /// A property-certificate label.
    Property,
    /// A word inside a property-certificate number (不动产权, 房权证…): try the patterns here.
    PropertyAnchor,
    /// A date-of-birth label.
    Birth,
    /// A label of numbers that are published or not personal (执法证号, 设备编号…).
    Keep(keep::K),
    /// A word that says which side of the document a line belongs to.
    Zone(layout::Side),
}

/// One occurrence of a cue word in the canonical text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The word.
    pub word: &'static str,
    /// What it signals.
    pub tags: &'static [Tag],
}

impl Hit {
    /// The same hit `delta` bytes further on.
    fn shifted(&self, delta: isize) -> Hit {
        Hit {
            start: self.start.wrapping_add_signed(delta),
            end: self.end.wrapping_add_signed(delta),
            ..*self
        }
    }

    /// True when the hit carries a tag for which `f` is true.
    pub fn has(&self, f: impl Fn(&Tag) -> bool) -> bool {
        self.tags.iter().any(f)
    }
}

/// Words sharing a first character, longest first.
type Group = Box<[Entry]>;

/// A word of a [`Group`].
struct Entry {
    word: &'static str,
    /// The word after its first character (the group's): all that is left to compare.
    tail: &'static str,
    /// The [`second_key`] of the word, or [`NO_SECOND`] for a one-character word: words whose
    /// key is not the text's are skipped with one comparison.
    second: u8,
    tags: Box<[Tag]>,
}

/// [`Entry::second`] of a one-character word.
const NO_SECOND: u8 = 64;

struct Lexicon {
    /// Groups of words sharing a first character, longest first, with their tags.
    groups: Box<[Group]>,
    /// Per group, a bitmap of [`second_key`]s of its words: most positions whose first
    /// character starts some word are rejected here without comparing any word.
    seconds: Box<[u64]>,
    /// Bitmap of the first characters in U+4E00..U+A000 (the common case): 2.6 KB that stay
    /// in the cache, read once per character of the text.
    han_first: Box<[u64]>,
    /// For each character of U+4E00..U+A000, its group index + 1, or 0 (read only for the
    /// characters the bitmap lets through).
    han: Box<[u16]>,
    /// Groups of the other first characters, sorted by character.
    other: Vec<(char, u16)>,
    /// Bitmap of (first character, second character) keys of all words ([`pair_key`]): 8 KB
    /// that reject almost every position of a text before any table of words is read.
    pairs: Box<[u64; 1024]>,
    /// The ASCII characters among them (digits, spaces and punctuation are most of the
    /// non-Han text and start no word: one test instead of a search).
    other_ascii: u128,
    /// The longest word, in bytes.
    max_len: usize,
}

const HAN_BASE: u32 = 0x4E00;
const HAN_END: u32 = 0xA000;

/// A table of cue words and their tags. The words are one string, `|` after each: a slice per
/// word was 8 bytes of pointers in the `.wasm`, which compress badly (about a thousand words).
pub struct Table {
    /// The words, each followed by `|`.
    pub words: &'static str,
    /// The tag of each word, in order.
    pub tags: &'static [Tag],
}

impl Table {
    /// The (word, tag) pairs.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, Tag)> {
        self.words
            .split_terminator('|')
            .zip(self.tags.iter().copied())
    }
}

/// A [`Table`] written as `("word", tag),` pairs.
macro_rules! table {
    ($(($w:literal, $t:expr)),* $(,)?) => {
        $crate::redact::lexicon::Table {
            words: concat!($($w, "|"),*),
            tags: &[$($t),*],
        }
    };
}
pub(crate) use table;

fn tables() -> [&'static Table; 9] {
    [
        &names::LEXICON,
        &health::LEXICON,
        &address::LEXICON,
        &social::LEXICON,
        &passport::LEXICON,
        &property::LEXICON,
        &birth::LEXICON,
        &keep::LEXICON,
        &layout::LEXICON,
    ]
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut groups: Vec<Vec<(&'static str, Vec<Tag>)>> = Vec::new();
        let mut han = vec![0u16; (HAN_END - HAN_BASE) as usize];
        let mut han_first = vec![0u64; ((HAN_END - HAN_BASE) / 64 + 1) as usize];
        let mut other: Vec<(char, u16)> = Vec::new();
        for (w, t) in tables().into_iter().flat_map(Table::entries) {
            let Some(c) = w.chars().next() else { continue };
            let u = c as u32;
            let slot = if (HAN_BASE..HAN_END).contains(&u) {
                let k = u - HAN_BASE;
                han_first[(k / 64) as usize] |= 1 << (k % 64);
                &mut han[k as usize]
            } else {
                let i = match other.iter().position(|&(o, _)| o == c) {
                    Some(i) => i,
                    None => {
                        other.push((c, 0));
                        other.len() - 1
                    }
                };
                &mut other[i].1
            };
            if *slot == 0 {
                groups.push(Vec::new());
                *slot = groups.len() as u16;
            }
            // A word in several tables gets all their tags (the words of one first character
            // are few: a search, not a map).
            let group = &mut groups[*slot as usize - 1];
            match group.iter_mut().find(|e| e.0 == w) {
                Some(e) if !e.1.contains(&t) => e.1.push(t),
                Some(_) => {}
                None => group.push((w, vec![t])),
            }
        }
        // Longest first, so that at one position the longest word wins (家庭住址 over 住址).
        for v in &mut groups {
            // Among words of one length at most one can match at a position: their order
            // does not matter.
            crate::sort::by_key(v, |w| crate::sort::desc(w.0.len()) as u128);
        }
        crate::sort::by_key(&mut other, |&(c, _)| c as u128);
        let seconds = groups
            .iter()
            .map(|v| {
                v.iter().fold(0u64, |m, (w, _)| {
                    let first = w.chars().next().map_or(0, char::len_utf8);
                    m | second_key(w.as_bytes(), first).map_or(!0, |k| 1 << k)
                })
            })
            .collect();
        let other_ascii = other
            .iter()
            .filter(|&&(c, _)| c.is_ascii())
            .fold(0u128, |m, &(c, _)| m | 1 << (c as u32));
        let max_len = groups
            .iter()
            .flatten()
            .map(|(w, _)| w.len())
            .max()
            .unwrap_or(0);
        let mut pairs = Box::new([0u64; 1024]);
        for v in &groups {
            for (w, _) in v {
                let Some(c) = w.chars().next() else { continue };
                let b = w.as_bytes();
                // A one-character word may be followed by anything.
                let keys = match second_key(b, c.len_utf8()) {
                    Some(k) => k..k + 1,
                    None => 0..64,
                };
                for k in keys {
                    let p = pair_key(c, k);
                    pairs[p / 64] |= 1 << (p % 64);
                }
            }
        }
        let groups = groups
            .into_iter()
            .map(|v| {
                v.into_iter()
                    .map(|(word, tags)| {
                        let first = word.chars().next().map_or(0, char::len_utf8);
                        Entry {
                            word,
                            tail: &word[first..],
                            second: second_key(word.as_bytes(), first)
                                .map_or(NO_SECOND, |k| k as u8),
                            tags: tags.into_boxed_slice(),
                        }
                    })
                    .collect()
            })
            .collect();
        // Boxed slices, not Vecs: at `opt-level = "z"` indexing a Vec stays an out-of-line call.
        Lexicon {
            pairs,
            other_ascii,
            max_len,
            groups,
            seconds,
            han_first: han_first.into_boxed_slice(),
            han: han.into_boxed_slice(),
            other,
        }
    })
}

impl Lexicon {
    /// The words that start with `c`, and the bitmap of their second characters.
    fn group(&self, c: char) -> Option<(&Group, u64)> {
        let u = c as u32;
        let slot = if (HAN_BASE..HAN_END).contains(&u) {
            let k = u - HAN_BASE;
            if self.han_first[(k / 64) as usize] & (1 << (k % 64)) == 0 {
                return None;
            }
            self.han[k as usize]
        } else {
            if u < 128 && self.other_ascii & (1 << u) == 0 {
                return None;
            }
            let i = self.other.binary_search_by_key(&c, |&(o, _)| o).ok()?;
            self.other[i].1
        };
        let g = slot.checked_sub(1)?;
        Some((&self.groups[g as usize], self.seconds[g as usize]))
    }
}

/// The bit of a (first character, second-character key) pair in [`Lexicon::pairs`].
#[inline(always)]
fn pair_key(first: char, second: u32) -> usize {
    ((first as usize & 0x3FF) << 6) | second as usize
}

/// Six bits of the character at byte `at` (its last byte): the filter key of the character
/// after a word's first. `None` at the end.
#[inline(always)]
fn second_key(b: &[u8], at: usize) -> Option<u32> {
    let len = utf8_len(*b.get(at)?);
    // A character cut by the end of the text cannot continue any word.
    Some((*b.get(at + len - 1)? & 63) as u32)
}

/// True when `[start, end)` lies inside a bracketed mask label such as `[身份证号码]`: a word
/// written by a previous masking pass is not a cue (so a second pass reads the text the same).
pub fn in_mask_label(text: &str, start: usize, end: usize) -> bool {
    let head = text[..start].chars().rev().take(9);
    let mut open = false;
    for c in head {
        if c == '[' {
            open = true;
            break;
        }
        if !super::context::is_han(c) {
            return false;
        }
    }
    open && text[end..]
        .chars()
        .take(9)
        .find(|c| !super::context::is_han(*c))
        == Some(']')
}

/// Finds every cue word in `text`, leftmost-longest, in order (one pass; a bitmap of first
/// characters skips the rest without hashing).
pub fn scan(text: &str) -> Vec<Hit> {
    let mut out = Vec::with_capacity(super::capacity_for(text.len(), 64));
    scan_until(text, 0, has_labels(text), &mut out, None);
    out
}

/// Bytes after a replacement within which a decision of the scan can read back into it (the
/// nine characters [`in_mask_label`] looks back over).
const READS_BACK: usize = 9 * 4;

/// [`scan`] of `text`, an edited copy of `old_text` whose scan was `old`: `moved` gives each
/// edit's range in `old_text` and the range of its replacement in `text` (in order, disjoint).
///
/// Only the text around each edit is scanned again; elsewhere the old hits are moved. The
/// scan is a left-to-right parse whose decision at a position reads a bounded stretch around
/// it (the longest word and the label look-around), so it can restart at any position the old
/// parse visited (one not inside a hit) far enough before an edit, and the old hits are valid
/// again from the first position past the edit, out of its reach, that the old parse also
/// visited. A property test compares the result with scanning `text` afresh.
pub fn rescan(old_text: &str, old: &[Hit], text: &str, moved: &[(Span, Span)]) -> Vec<Hit> {
    if !edits_fit(old_text, text, moved) {
        // Not an edit of `old_text` into `text`: scan afresh.
        return scan(text);
    }
    let mut out = Vec::with_capacity(old.len() + 4 * moved.len());
    // Once for the whole text, not once per stretch scanned again (linear in the edits).
    let labels = has_labels(text);
    let mut sync = Resync {
        old,
        moved,
        // Decisions before an edit read at most this far forward: the pair filter, the
        // longest word and the look-around after it.
        reads_ahead: lexicon().max_len + 4 + READS_BACK + 8,
        hi: 0,
        e: 0,
        delta: 0,
        passed: false,
    };
    // The old position up to which `out` is complete (one the old parse visited).
    let mut t = 0;
    while let Some(&(first, _)) = moved.get(sync.e) {
        let mut r = first.start.saturating_sub(sync.reads_ahead).max(t);
        while !old_text.is_char_boundary(r) {
            r -= 1;
        }
        while let Some(h) = old.get(sync.hi).filter(|h| h.start < r) {
            if h.end > r {
                // A hit straddles the restart point: restart where it starts.
                r = h.start;
                break;
            }
            out.push(h.shifted(sync.delta));
            sync.hi += 1;
        }
        sync.passed = false;
        let from = r.wrapping_add_signed(sync.delta);
        match scan_until(text, from, labels, &mut out, Some(&mut sync)) {
            Some(pos) => t = pos.wrapping_add_signed(-sync.delta),
            // The scan reached the end of the text: nothing of the old one is left to move.
            None => return out,
        }
    }
    out.extend(old[sync.hi..].iter().map(|h| h.shifted(sync.delta)));
    out
}

/// True when `moved` can describe an edit of `old` into `new`: ranges in order, disjoint, on
/// character boundaries, the stretches between them of equal length.
fn edits_fit(old: &str, new: &str, moved: &[(Span, Span)]) -> bool {
    let (mut o_at, mut n_at) = (0, 0);
    for &(o, n) in moved {
        let fits = o.start >= o_at
            && o.start <= o.end
            && n.start <= n.end
            && o.start - o_at == n.start.wrapping_sub(n_at)
            && n.start >= n_at
            && [o.start, o.end].iter().all(|&i| old.is_char_boundary(i))
            && [n.start, n.end].iter().all(|&i| new.is_char_boundary(i));
        if !fits {
            return false;
        }
        (o_at, n_at) = (o.end, n.end);
    }
    old.len().checked_sub(o_at) == new.len().checked_sub(n_at)
}

/// Where a [`rescan`] stands: the next old hit and edit, and new minus old offsets past the
/// edits behind.
struct Resync<'a> {
    old: &'a [Hit],
    moved: &'a [(Span, Span)],
    reads_ahead: usize,
    hi: usize,
    e: usize,
    delta: isize,
    /// An edit has been passed since the scan restarted.
    passed: bool,
}

impl Resync<'_> {
    /// True when the new scan, standing at `pos`, is in step with the old one again.
    fn in_step(&mut self, pos: usize) -> bool {
        while let Some(&(o, n)) = self
            .moved
            .get(self.e)
            .filter(|(_, n)| pos >= n.end + READS_BACK)
        {
            self.delta = n.end as isize - o.end as isize;
            self.e += 1;
            self.passed = true;
        }
        if !self.passed {
            return false;
        }
        let t = pos.wrapping_add_signed(-self.delta);
        if self
            .moved
            .get(self.e)
            .is_some_and(|(o, _)| o.start.saturating_sub(self.reads_ahead) <= t)
        {
            // The next edit is within reach already: scan on through it.
            return false;
        }
        while self.old.get(self.hi).is_some_and(|h| h.end <= t) {
            self.hi += 1;
        }
        // Where the old parse stood too (not inside one of its hits).
        self.old.get(self.hi).is_none_or(|h| h.start >= t)
    }
}

/// Without a `[` no word can be inside a mask label: the scan skips the look-around (the first
/// pass over an unmasked text never needs it).
fn has_labels(text: &str) -> bool {
    text.as_bytes().contains(&b'[')
}

/// Scans `text` from byte `pos` (a character boundary), pushing hits onto `out`, until `sync`
/// is in step with an old scan at a position where the scan stands (returned), or to the end
/// (`None`). `labels`: [`has_labels`] of `text`.
fn scan_until(
    text: &str,
    mut pos: usize,
    labels: bool,
    out: &mut Vec<Hit>,
    mut sync: Option<&mut Resync<'_>>,
) -> Option<usize> {
    let lex = lexicon();
    let bytes = text.as_bytes();
    while let Some(&b0) = bytes.get(pos) {
        if sync.as_mut().is_some_and(|s| s.in_step(pos)) {
            return Some(pos);
        }
        // Two three-byte characters (most of a Chinese text): the pair key straight from the
        // six bytes, one bounds check for all of them.
        if let Some(&[_, x1, x2, y0, _, y2]) = bytes.get(pos..pos + 6) {
            if b0 & 0xF0 == 0xE0 && y0 & 0xF0 == 0xE0 {
                let p = (((x1 & 0x0F) as usize) << 6 | (x2 & 0x3F) as usize) << 6
                    | (y2 & 0x3F) as usize;
                if lex.pairs[p / 64] & (1 << (p % 64)) == 0 {
                    pos += 3;
                    continue;
                }
            }
        }
        // The pair filter reads bytes only: most positions are rejected before the character
        // is decoded.
        let next = pos + utf8_len(b0);
        let second = second_key(bytes, next);
        if let Some(k) = second {
            // The low ten bits of the first character ([`pair_key`]) from its last two bytes.
            let low = if next - pos == 1 {
                b0 as usize
            } else {
                ((bytes[next - 2] & 0x0F) as usize) << 6 | (bytes[next - 1] & 0x3F) as usize
            };
            let p = (low << 6) | k as usize;
            if lex.pairs[p / 64] & (1 << (p % 64)) == 0 {
                pos = next;
                continue;
            }
        }
        let (c, _) = crate::text::scan::decode(bytes, pos)?;
        if let Some((words, _)) = lex.group(c).filter(|&(_, m)| {
            // No second character (end of text) matches only one-character words (all bits).
            second.map_or(m == !0, |k| m & (1 << k) != 0)
        }) {
            // The first character is the group's: compare the rest, and only of the words
            // whose second character can be the text's.
            let key = second.map_or(NO_SECOND, |k| k as u8);
            if let Some(e) = words.iter().find(|e| {
                (e.second == key || e.second == NO_SECOND)
                    && crate::text::scan::starts_at(bytes, next, e.tail)
            }) {
                let (w, tags) = (e.word, &e.tags);
                let end = pos + w.len();
                if !(labels && in_mask_label(text, pos, end)) {
                    out.push(Hit {
                        start: pos,
                        end,
                        word: w,
                        tags: &tags[..],
                    });
                    pos = end;
                    continue;
                }
            }
        }
        pos += c.len_utf8();
    }
    None
}

/// The last hit that starts before `pos` (hits never overlap: the one that may end at `pos`).
pub fn last_before(hits: &[Hit], pos: usize) -> Option<&Hit> {
    hits[..hits.partition_point(|h| h.start < pos)].last()
}

/// The hits that start in `[from, to)`.
pub fn within(hits: &[Hit], from: usize, to: usize) -> &[Hit] {
    let a = hits.partition_point(|h| h.start < from);
    let b = hits.partition_point(|h| h.start < to);
    &hits[a..b.max(a)]
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Leftmost-longest over the whole word list, one character at a time: what [`scan`]
    /// computes with its tables and filters.
    fn naive(text: &str) -> Vec<(usize, &'static str)> {
        let words: Vec<&'static str> = tables()
            .iter()
            .flat_map(|t| t.entries().map(|(w, _)| w))
            .collect();
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(c) = text[pos..].chars().next() {
            let best = words
                .iter()
                .filter(|w| text[pos..].starts_with(*w))
                .max_by_key(|w| w.len());
            if let Some(&w) = best {
                if !in_mask_label(text, pos, pos + w.len()) {
                    out.push((pos, w));
                    pos += w.len();
                    continue;
                }
            }
            pos += c.len_utf8();
        }
        out
    }

    fn piece() -> impl Strategy<Value = String> {
        let words: Vec<&'static str> = tables()
            .iter()
            .flat_map(|t| t.entries().map(|(w, _)| w))
            .collect();
        prop_oneof![
            proptest::sample::select(words).prop_map(str::to_string),
            proptest::sample::select(vec![
                "[", "]", "某", "张", "电", "话", "住", "址", ":", " ", "\n", "1", "a", "Q", "😀",
                "𠮷", "。",
            ])
            .prop_map(str::to_string),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
        #[test]
        fn same_as_naive_leftmost_longest(v in proptest::collection::vec(piece(), 0..24)) {
            let t: String = v.concat();
            let got: Vec<(usize, &str)> = scan(&t).iter().map(|h| (h.start, h.word)).collect();
            prop_assert_eq!(got, naive(&t));
        }
    }

    fn replacement() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(vec![
                "[住址]",
                "[身份证号码]",
                "[手机号码]",
                "王某",
                "欧阳某",
                "***",
                "",
                "[",
                "]",
                "住址",
                "某1",
            ])
            .prop_map(str::to_string),
            piece(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]
        /// Rescanning around the edits gives exactly the scan of the edited text.
        #[test]
        fn rescan_is_a_fresh_scan(
            v in proptest::collection::vec(
                (piece(), proptest::option::weighted(0.15, replacement())),
                0..80,
            ),
        ) {
            let (mut old, mut new, mut moved) = (String::new(), String::new(), Vec::new());
            for (p, r) in &v {
                match r {
                    Some(r) => {
                        moved.push((
                            Span::new(old.len(), old.len() + p.len()),
                            Span::new(new.len(), new.len() + r.len()),
                        ));
                        new.push_str(r);
                    }
                    None => new.push_str(p),
                }
                old.push_str(p);
            }
            let got = rescan(&old, &scan(&old), &new, &moved);
            let want = scan(&new);
            let key = |h: &Hit| (h.start, h.end, h.word);
            prop_assert_eq!(
                got.iter().map(key).collect::<Vec<_>>(),
                want.iter().map(key).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn rescan_of_a_mismatched_edit_list_scans_afresh() {
        // Long enough around the edits that a rescan moves hits instead of scanning them.
        let pad = "家庭住址：泉州市丰泽区。联系电话：无。".repeat(8);
        let old = format!("{pad}证人：张三，住址：泉州市{pad}");
        let new = format!("{pad}证人：张某，住址：[住址]{pad}");
        // 三 → 某, 泉州市 → [住址].
        let a = pad.len() + "证人：张".len();
        let b = pad.len() + "证人：张三，住址：".len();
        let good = [
            (Span::new(a, a + 3), Span::new(a, a + 3)),
            (Span::new(b, b + 9), Span::new(b, b + 8)),
        ];
        let words = |h: Vec<Hit>| h.iter().map(|h| (h.start, h.word)).collect::<Vec<_>>();
        let want = words(scan(&new));
        assert_eq!(words(rescan(&old, &scan(&old), &new, &good)), want);
        for bad in [
            // Off a character boundary, out of order, past the end, lengths that disagree.
            vec![(Span::new(a + 1, a + 3), Span::new(a, a + 3))],
            vec![good[1], good[0]],
            vec![(Span::new(b, old.len() + 9), Span::new(b, b + 8))],
            vec![(Span::new(b, b + 9), Span::new(b, b + 9))],
            vec![(Span::new(b, b + 9), Span::new(b + 3, b + 11))],
        ] {
            assert_eq!(
                words(rescan(&old, &scan(&old), &new, &bad)),
                want,
                "{bad:?}"
            );
        }
    }

    #[test]
    fn longest_word_wins() {
        let hits = scan("家庭住址:泉州市;证人:王五");
        let words: Vec<&str> = hits.iter().map(|h| h.word).collect();
        assert!(words.contains(&"家庭住址"));
        assert!(!words.contains(&"住址"));
        assert!(words.contains(&"证人"));
    }
}

//! A cursor for hand-written matchers: the few regex-like steps the parsers need (literals,
//! character classes, bounded repetition, optional parts with backtracking by copy).
//!
//! gongshi has no regex engine: a regex crate with its lazy DFA and literal optimisations
//! weighed about 300 KB of the WebAssembly module and compiled its automata on the first call;
//! the patterns here are short, anchored on a literal or a digit, and read better as code.
//!
//! A [`Cursor`] is `Copy`: try an optional part on a copy and keep the copy only when the part
//! matched, which is how `(?:…)?` and alternation backtrack.

use crate::finding::Span;

/// A position in a text, moved forward by the matching steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor<'t> {
    /// The whole text.
    pub text: &'t str,
    /// Byte offset of the next character; always on a character boundary.
    pub pos: usize,
}

impl<'t> Cursor<'t> {
    /// A cursor at byte `pos` of `text` (clamped to the end).
    pub fn new(text: &'t str, pos: usize) -> Self {
        let mut pos = pos.min(text.len());
        while !text.is_char_boundary(pos) {
            pos -= 1;
        }
        Cursor { text, pos }
    }

    /// The text after the cursor.
    pub fn rest(&self) -> &'t str {
        &self.text[self.pos..]
    }

    /// The next character, if any.
    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// True at the end of the text.
    pub fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// The span from `start` to the cursor.
    pub fn span_from(&self, start: usize) -> Span {
        Span::new(start, self.pos)
    }

    /// Consumes `s` when the text continues with it.
    #[inline]
    pub fn eat(&mut self, s: &str) -> bool {
        if starts_at(self.text.as_bytes(), self.pos, s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Consumes the first of `alts` the text continues with (regex alternation is
    /// leftmost-first too: list longer alternatives first where one is a prefix of another).
    pub fn eat_any<'a>(&mut self, alts: &[&'a str]) -> Option<&'a str> {
        let rest = self.rest();
        let hit = alts.iter().copied().find(|a| rest.starts_with(a))?;
        self.pos += hit.len();
        Some(hit)
    }

    /// Consumes one character for which `f` holds.
    pub fn eat_if(&mut self, f: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|&c| f(c))?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Consumes one character of `set`.
    pub fn eat_in(&mut self, set: &str) -> Option<char> {
        self.eat_if(|c| set.contains(c))
    }

    /// Consumes at most `max` characters for which `f` holds (greedy); returns how many.
    pub fn eat_while(&mut self, max: usize, f: impl Fn(char) -> bool) -> usize {
        let mut n = 0;
        for c in self.rest().chars() {
            if n >= max || !f(c) {
                break;
            }
            self.pos += c.len_utf8();
            n += 1;
        }
        n
    }

    /// Consumes `min..=max` ASCII digits (greedy) and returns their span; consumes nothing and
    /// returns `None` when fewer than `min` follow.
    pub fn digits(&mut self, min: usize, max: usize) -> Option<Span> {
        let start = self.pos;
        let n = self
            .rest()
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        if n < min {
            return None;
        }
        self.pos += n;
        Some(Span::new(start, self.pos))
    }

    /// Skips spaces and tabs (`[ \t]*`).
    pub fn blanks(&mut self) {
        self.eat_while(usize::MAX, |c| c == ' ' || c == '\t');
    }

    /// Skips white space, line breaks included (`\s*`).
    pub fn spaces(&mut self) {
        self.eat_while(usize::MAX, char::is_whitespace);
    }
}

/// The character starting at byte `i` of `b` and its length in bytes, or `None` past the end.
///
/// `b` is valid UTF-8 and `i` a character boundary (callers step by the returned length).
/// Written out so that it is inlined in the scanning loops even at `opt-level = "z"`, where the
/// standard `chars()` decoder stays an out-of-line call.
#[inline(always)]
pub fn decode(b: &[u8], i: usize) -> Option<(char, usize)> {
    let b0 = *b.get(i)? as u32;
    let (c, n) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        let s = b.get(i..i + 2)?;
        ((b0 & 0x1F) << 6 | (s[1] & 0x3F) as u32, 2)
    } else if b0 < 0xF0 {
        let s = b.get(i..i + 3)?;
        (
            (b0 & 0x0F) << 12 | ((s[1] & 0x3F) as u32) << 6 | (s[2] & 0x3F) as u32,
            3,
        )
    } else {
        let s = b.get(i..i + 4)?;
        (
            (b0 & 0x07) << 18
                | ((s[1] & 0x3F) as u32) << 12
                | ((s[2] & 0x3F) as u32) << 6
                | (s[3] & 0x3F) as u32,
            4,
        )
    };
    Some((char::from_u32(c)?, n))
}

/// `s.char_indices()` decoded with [`decode`].
#[inline(always)]
pub fn indexed(s: &str) -> Indexed<'_> {
    Indexed {
        b: s.as_bytes(),
        i: 0,
    }
}

/// The iterator of [`indexed`].
#[derive(Debug, Clone)]
pub struct Indexed<'a> {
    b: &'a [u8],
    i: usize,
}

impl Iterator for Indexed<'_> {
    type Item = (usize, char);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, char)> {
        let (c, n) = decode(self.b, self.i)?;
        let at = self.i;
        self.i += n;
        Some((at, c))
    }
}

/// The character ending at byte `end` of `b` and its start, or `None` at the start.
///
/// `b` is valid UTF-8 and `end` a character boundary; the backward twin of [`decode`], inlined
/// for the same reason.
#[inline(always)]
pub fn decode_back(b: &[u8], end: usize) -> Option<(char, usize)> {
    let mut i = end.checked_sub(1)?;
    // Continuation bytes are 10xxxxxx; a character has at most three of them.
    while i > 0 && end - i < 4 && (*b.get(i)? & 0xC0) == 0x80 {
        i -= 1;
    }
    let (c, _) = decode(b, i)?;
    Some((c, i))
}

/// `s.trim()` (Unicode white space at both ends), written out: the standard one is an
/// out-of-line pattern search at `opt-level = "z"`, called for every line of a document.
#[inline]
pub fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let mut start = 0;
    while let Some((c, n)) = decode(b, start) {
        if !c.is_whitespace() {
            break;
        }
        start += n;
    }
    let mut end = b.len();
    while end > start {
        match decode_back(b, end) {
            Some((c, i)) if c.is_whitespace() => end = i,
            _ => break,
        }
    }
    &s[start..end]
}

/// `s.trim().is_empty()`: stops at the first character that is not white space, where
/// [`trim`] also walks back from the end.
#[inline]
pub fn is_blank(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some((c, n)) = decode(b, i) {
        if !c.is_whitespace() {
            return false;
        }
        i += n;
    }
    true
}

/// `s.trim_end()`, written out (see [`trim`]).
#[inline]
pub fn trim_end(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some((c, i)) = decode_back(b, end) {
        if !c.is_whitespace() {
            break;
        }
        end = i;
    }
    &s[..end]
}

/// Byte offset of the last `w` in `s` (`s.rfind(w)`). A plain byte search: for the short
/// words and short lines it is used on, the two-way searcher of the standard library spends
/// more on its set-up than on the search (and it is an out-of-line call at `opt-level = "z"`).
/// The words are constants, so the cost stays linear in `s`.
#[inline]
pub fn rfind_str(s: &str, w: &str) -> Option<usize> {
    let (h, n) = (s.as_bytes(), w.as_bytes());
    let Some(&first) = n.first() else {
        return Some(h.len());
    };
    let mut i = h.len().checked_sub(n.len())? + 1;
    while i > 0 {
        i -= 1;
        if h[i] == first && starts_at(h, i, w) {
            return Some(i);
        }
    }
    None
}

/// The eight bytes of `b` from `i` as one little-endian word, when there are eight: the
/// unit of the word-at-a-time scans.
#[inline(always)]
pub fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let w: [u8; 8] = b.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(w))
}

/// Bit 7 set in exactly the bytes of `x` equal to `v` (no carry between bytes, so no false
/// marks above a match).
#[inline(always)]
pub fn bytes_equal(x: u64, v: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let y = x ^ (0x0101_0101_0101_0101 * v as u64);
    !(((y & LOW7) + LOW7) | y | LOW7)
}

/// Byte offset of the first `w` in `b` at or after `from` (`s[from..].find(w)`, offset into
/// `s`), for a word of two or more characters or one of two or more bytes. Eight bytes at a
/// time, for the pair of bytes where its first character meets its second (`BA E7` in 出生),
/// or the last two bytes of a lone character (`9F 90` in 某), rare in any text: the two-way
/// searcher of the standard library stops at every byte that occurs in the word, and the
/// lead bytes of common Han characters do (the `char` searcher, at every byte equal to the
/// character's last: `90` is the last byte of one Han character in 64).
pub fn find_word(b: &[u8], from: usize, w: &str) -> Option<usize> {
    let n = w.as_bytes();
    let first = utf8_len(*n.first()?);
    // Where the pair starts in the word.
    let k = if n.len() > first {
        first - 1
    } else {
        first.checked_sub(2)?
    };
    let (&p, &q) = (n.get(k)?, n.get(k + 1)?);
    let found = |pair: usize| {
        let at = pair.checked_sub(k)?;
        (at >= from && starts_at(b, at, w)).then_some(at)
    };
    let mut i = from + k;
    // Seven pairs per word (byte k with byte k + 1); the next word starts at byte 7.
    while let Some(x) = word_at(b, i) {
        let mut pairs = bytes_equal(x, p) & (bytes_equal(x, q) >> 8);
        while pairs != 0 {
            if let Some(at) = found(i + (pairs.trailing_zeros() / 8) as usize) {
                return Some(at);
            }
            pairs &= pairs - 1;
        }
        i += 7;
    }
    while i + 1 < b.len() {
        if b[i] == p && b[i + 1] == q {
            if let Some(at) = found(i) {
                return Some(at);
            }
        }
        i += 1;
    }
    None
}

/// `s.find(set)` for a small set of characters: one `memchr`-based search per character
/// (the std searcher for a char slice tests every character of `s` by an out-of-line call at
/// `opt-level = "z"`).
#[inline]
pub fn find_any(s: &str, set: &[char]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for &c in set {
        // Only the part before the best match so far needs searching.
        let hay = &s[..best.unwrap_or(s.len())];
        if let Some(i) = hay.find(c) {
            best = Some(i);
        }
    }
    best
}

/// `s.contains(set)` for a small set of characters (see [`find_any`]).
#[inline]
pub fn contains_any(s: &str, set: &[char]) -> bool {
    set.iter().any(|&c| s.contains(c))
}

/// Length of the UTF-8 sequence a lead byte starts.
#[inline(always)]
pub fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// True when `b[..end]` ends with `w` (a byte comparison, inlined).
#[inline(always)]
pub fn ends_at(b: &[u8], end: usize, w: &str) -> bool {
    end >= w.len() && starts_at(b, end - w.len(), w)
}

/// A set of characters for scanning loops: a bitmap over U+0000–U+9FFF (5 KB: ASCII and the
/// common Han block) and a sorted list of the rest. [`CharSet::find`] skips ASCII bytes
/// without decoding and tests every other character with one load, where a hash or a binary
/// search per character of the text cost several times more.
#[derive(Debug, Clone)]
pub struct CharSet {
    // A boxed array, not a Vec: at `opt-level = "z"` indexing a Vec stays an out-of-line call.
    low: Box<[u64; LOW_WORDS]>,
    high: Vec<char>,
    ascii: bool,
}

/// Words of the bitmap part of a [`CharSet`] (U+0000–U+9FFF).
const LOW_WORDS: usize = 0xA000 / 64;

impl CharSet {
    /// The set of `chars`.
    pub fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut low = Box::new([0u64; LOW_WORDS]);
        let mut high = Vec::new();
        let mut ascii = false;
        for c in chars {
            let u = c as usize;
            if u < LOW_WORDS * 64 {
                low[u / 64] |= 1 << (u % 64);
                ascii |= u < 0x80;
            } else {
                high.push(c);
            }
        }
        crate::sort::by_key(&mut high, |&c| c as u128);
        high.dedup();
        CharSet { low, high, ascii }
    }

    /// True when `c` is in the set.
    #[inline(always)]
    pub fn contains(&self, c: char) -> bool {
        let u = c as usize;
        match self.low.get(u / 64) {
            Some(w) => w & (1 << (u % 64)) != 0,
            None => self.high.binary_search(&c).is_ok(),
        }
    }

    /// The first character of the set at or after byte `i` of `b` (valid UTF-8, `i` a
    /// character boundary), with its position.
    #[inline]
    pub fn find(&self, b: &[u8], mut i: usize) -> Option<(usize, char)> {
        while let Some(&b0) = b.get(i) {
            // A three-byte character below U+A000 (most of a Chinese text) not in the set:
            // its bit straight from the bytes, one bounds check.
            if let Some(&[_, x1, x2]) = b.get(i..i + 3) {
                if b0 & 0xF0 == 0xE0 {
                    let u = ((b0 & 0x0F) as usize) << 12
                        | ((x1 & 0x3F) as usize) << 6
                        | (x2 & 0x3F) as usize;
                    if self
                        .low
                        .get(u / 64)
                        .is_some_and(|w| w & (1 << (u % 64)) == 0)
                    {
                        i += 3;
                        continue;
                    }
                }
            }
            if b0 < 0x80 && !self.ascii {
                i += 1;
                continue;
            }
            let (c, n) = decode(b, i)?;
            if self.contains(c) {
                return Some((i, c));
            }
            i += n;
        }
        None
    }
}

/// True when `b` continues with `w` at byte `i` (a byte comparison, inlined).
#[inline(always)]
pub fn starts_at(b: &[u8], i: usize, w: &str) -> bool {
    // A byte loop: comparing `Option<&[u8]>`s is an out-of-line call and a `memcmp` at
    // `opt-level = "z"`, for words whose first bytes the callers have usually checked already.
    let w = w.as_bytes();
    let Some(rest) = b.get(i..) else {
        return false;
    };
    if rest.len() < w.len() {
        return false;
    }
    let mut k = 0;
    while k < w.len() {
        if rest[k] != w[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// True for a CJK ideograph of the basic block, extension A or the compatibility block (the
/// ranges the parsers treat as Han; extension B and later are names' rare characters).
pub fn is_han_bmp(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// A Unicode decimal digit (`Nd`, Unicode 16), as the regex `\d` the parsers were first written
/// with. The canonical view folds full-width, Arabic-Indic and mathematical digits to ASCII but
/// not, say, Devanagari `२` or Thai `๒`, which the parsers have always accepted as digits.
pub fn is_digit(c: char) -> bool {
    // The zero of each block of ten digits.
    const ZEROS: [u32; 76] = [
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x10D30, 0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450,
        0x114D0, 0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50,
        0x11D50, 0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE,
        0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
    ];
    let u = c as u32;
    if u < 0x80 || (0x1C5A..0xA620).contains(&u) {
        return c.is_ascii_digit(); // ASCII, and the CJK ranges: no other digits there
    }
    let i = ZEROS.partition_point(|&z| z <= u);
    i > 0 && u - ZEROS[i - 1] < 10
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn decoders_agree_with_std() {
        for t in [
            "",
            "a",
            "é𠮷x",
            "身份证号：11010519491231002X，电话😀",
            "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}",
        ] {
            let fwd: Vec<(usize, char)> = indexed(t).collect();
            assert_eq!(fwd, t.char_indices().collect::<Vec<_>>());
            assert_eq!(trim(t), t.trim());
            assert_eq!(trim_end(t), t.trim_end());
            let padded = format!(" \u{2028}\t{t}\u{85} \n");
            assert_eq!(trim(&padded), padded.trim());
            assert_eq!(trim_end(&padded), padded.trim_end());
            for s in [
                t,
                &padded,
                &padded[..padded.len() - 2],
                " \u{3000}\u{2028}\t\u{85}",
            ] {
                assert_eq!(is_blank(s), s.trim().is_empty(), "{s:?}");
            }
            let mut back = Vec::new();
            let mut end = t.len();
            while let Some((c, i)) = decode_back(t.as_bytes(), end) {
                back.push((i, c));
                end = i;
            }
            assert_eq!(back, t.char_indices().rev().collect::<Vec<_>>());
            for set in [&[':', '：'][..], &['。', ',', '，', '😀'], &['\t'], &[]] {
                assert_eq!(find_any(t, set), t.find(set), "{t} {set:?}");
                assert_eq!(contains_any(t, set), t.contains(set), "{t} {set:?}");
            }
            for w in ["", "号", "：1", "𠮷x", "a", "证号", "电话😀"] {
                assert_eq!(rfind_str(t, w), t.rfind(w), "{t} {w}");
            }
            for (i, _) in t.char_indices() {
                for w in ["号", "：1", "𠮷x", "a"] {
                    assert_eq!(starts_at(t.as_bytes(), i, w), t[i..].starts_with(w));
                    assert_eq!(ends_at(t.as_bytes(), i, w), t[..i].ends_with(w));
                }
            }
        }
        let set = CharSet::new("号a𠮷".chars());
        let t = "x身份证号a𠮷";
        let found: Vec<usize> = std::iter::successors(set.find(t.as_bytes(), 0), |&(i, c)| {
            set.find(t.as_bytes(), i + c.len_utf8())
        })
        .map(|(i, _)| i)
        .collect();
        assert_eq!(found, vec![10, 13, 14]);
    }

    /// Characters for the set tests: ASCII, two-, three- (below and above U+A000) and
    /// four-byte.
    const SET_CHARS: &[char] = &[
        'a', '7', 'é', '张', '蓝', '中', '王', '某', '：', '가', '𠮷', '😀',
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]
        /// [`find_word`] is `str::find` from a character boundary.
        #[test]
        fn find_word_is_str_find(
            v in proptest::collection::vec(
                proptest::sample::select(&["出生", "出", "生", "年", "a", "，", "1", "😀", "出生于", "é"][..]),
                0..40,
            ),
            from in 0usize..40,
            w in proptest::sample::select(&["出生", "a1", "生年", "😀出", "éa", "出", "😀", "é"][..]),
        ) {
            let t: String = v.concat();
            let starts: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
            let from = starts[from % starts.len()];
            prop_assert_eq!(find_word(t.as_bytes(), from, w), t[from..].find(w).map(|i| from + i));
        }

        /// [`CharSet::find`] finds what a plain scan of the characters finds.
        #[test]
        fn char_set_find_is_a_plain_scan(
            members in proptest::collection::vec(proptest::sample::select(SET_CHARS), 1..6),
            text in proptest::collection::vec(proptest::sample::select(SET_CHARS), 0..30),
            from in 0usize..30,
        ) {
            let t: String = text.into_iter().collect();
            let set = CharSet::new(members.iter().copied());
            let starts: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
            let from = starts[from % starts.len()];
            let want = t[from..]
                .char_indices()
                .find(|(_, c)| members.contains(c))
                .map(|(i, c)| (from + i, c));
            prop_assert_eq!(set.find(t.as_bytes(), from), want);
        }
    }

    #[test]
    fn bytes_equal_marks_exactly_the_equal_bytes() {
        for v in 0..=255u8 {
            let w = [
                v,
                v.wrapping_sub(1),
                v.wrapping_add(1),
                0,
                0xFF,
                v,
                0x80,
                v ^ 0x80,
            ];
            let got = bytes_equal(u64::from_le_bytes(w), v);
            for (k, &x) in w.iter().enumerate() {
                assert_eq!(
                    got >> (8 * k) & 0xFF,
                    if x == v { 0x80 } else { 0 },
                    "{v} {k}"
                );
            }
        }
        assert_eq!(
            word_at(b"12345678", 0),
            Some(u64::from_le_bytes(*b"12345678"))
        );
        assert_eq!(word_at(b"1234567", 0), None);
        assert_eq!(word_at(b"12345678", usize::MAX), None);
    }

    #[test]
    fn steps() {
        let t = "人民币 12,000元整";
        let mut c = Cursor::new(t, 0);
        assert!(c.eat("人民币"));
        assert!(!c.eat("RMB"));
        c.blanks();
        let d = c.digits(1, 3).unwrap();
        assert_eq!(&t[d.start..d.end], "12");
        // Backtracking by copy: an optional part that fails leaves the cursor where it was.
        let mut k = c;
        assert!(k.eat(","));
        assert!(k.digits(4, 4).is_none());
        assert_eq!(k.digits(3, 3).map(|s| &t[s.start..s.end]), Some("000"));
        c = k;
        assert_eq!(c.eat_any(&["圆", "元"]), Some("元"));
        assert_eq!(c.eat_in("整正"), Some('整'));
        assert!(c.at_end());
        assert_eq!(c.peek(), None);
        assert_eq!(c.span_from(0), Span::new(0, t.len()));
    }

    #[test]
    fn decoding_matches_the_standard_library() {
        let s = "a¢€𠮷中\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}";
        let mine: Vec<(usize, char)> = indexed(s).collect();
        let std: Vec<(usize, char)> = s.char_indices().collect();
        assert_eq!(mine, std);
        assert!(starts_at(s.as_bytes(), 1, "¢€"));
        assert!(!starts_at(s.as_bytes(), s.len() - 1, "ab"));
        assert_eq!(decode(s.as_bytes(), s.len()), None);
    }

    #[test]
    fn new_clamps_to_a_boundary() {
        let t = "号1";
        assert_eq!(Cursor::new(t, 1).pos, 0);
        assert_eq!(Cursor::new(t, 99).pos, t.len());
        let mut c = Cursor::new(t, 0);
        assert_eq!(c.eat_while(5, |c| c == '号'), 1);
        assert_eq!(c.eat_if(|c| c.is_ascii_digit()), Some('1'));
    }
}

//! Width folding and invisible-character removal, with a map back to the original text.
//!
//! Every detector matches on the *canonical view* produced here, so that `１３８００１３８０００`,
//! `138‐0013‐8000` or an ID number with a zero-width space pasted into it look like their plain
//! ASCII forms. Every span a detector finds in the canonical view is mapped back to byte offsets
//! of the original text with [`Normalized::to_original`], so findings always point at what the
//! user wrote.

use std::borrow::Cow;

use crate::finding::Span;

/// What the canonical view does with one character of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// Replace the character with this one.
    To(char),
    /// Drop the character (default-ignorable: zero-width and bidi controls, soft hyphen…).
    Drop,
}

/// Decides how a character is folded; `None` keeps it unchanged.
///
/// The table is deliberately small: full-width ASCII, exotic spaces and dashes, small-form
/// brackets, the table bar, and digit homoglyphs that could otherwise smuggle an ID number
/// past the detectors.
fn fold(c: char) -> Option<Fold> {
    let u = c as u32;
    Some(match u {
        // Full-width ASCII: ！ … ～ (includes ０-９, Ａ-Ｚ, （）：，； …).
        0xFF01..=0xFF5E => Fold::To(char::from_u32(u - 0xFEE0)?),
        // Ideographic space, no-break space and the typographic spaces.
        0x3000 | 0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F => Fold::To(' '),
        // Hyphens and dashes that people type between digit groups.
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 => Fold::To('-'),
        // Small-form brackets ﹙﹚﹝﹞ used in 文号.
        // The box-drawing bar that separates the columns of a table (│), as the ASCII one.
        0x2502 => Fold::To('|'),
        0xFE59 => Fold::To('('),
        0xFE5A => Fold::To(')'),
        0xFE5D => Fold::To('〔'),
        0xFE5E => Fold::To('〕'),
        // Arabic-Indic and extended Arabic-Indic digits.
        0x0660..=0x0669 => Fold::To(char::from_u32(u - 0x0660 + '0' as u32)?),
        0x06F0..=0x06F9 => Fold::To(char::from_u32(u - 0x06F0 + '0' as u32)?),
        // Circled digits ⓪ ①–⑨ and mathematical digits 𝟎–𝟿 (five styles of ten).
        0x24EA => Fold::To('0'),
        0x2460..=0x2468 => Fold::To(char::from_u32(u - 0x2460 + '1' as u32)?),
        0x1D7CE..=0x1D7FF => Fold::To(char::from_u32((u - 0x1D7CE) % 10 + '0' as u32)?),
        // Invisible characters: Unicode's Default_Ignorable_Code_Point set (zero-width
        // space/joiners, bidi marks, embeddings and isolates, the Arabic letter mark, word joiner
        // and invisible operators, BOM, soft hyphen, combining grapheme joiner, Hangul fillers,
        // Mongolian selectors, variation selectors, tag characters…): a renderer shows none of
        // them, so none may split a number in two.
        0x00AD
        | 0x034F
        | 0x061C
        | 0x115F..=0x1160
        | 0x17B4..=0x17B5
        | 0x180B..=0x180F
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x206F
        | 0x3164
        | 0xFE00..=0xFE0F
        | 0xFEFF
        | 0xFFA0
        | 0xFFF0..=0xFFF8
        | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF => Fold::Drop,
        _ => return None,
    })
}

/// True for the first byte of a UTF-8 sequence that may encode a character [`fold`] changes:
/// U+00A0/U+00AD (C2), U+034F (CD), U+061C (D8), Arabic-Indic digits (D9, DB), U+1000–U+1FFF
/// (E1), U+2000–U+24FF (E2), U+3000 and U+3164 (E3), U+FE00–U+FFFF (EF), the mathematical
/// digits and other astral format characters (F0), tags and variation selectors (F3); and the
/// ASCII colon, which does not fold but ends a padded label ([`label_gaps`]).
/// Everything else (ASCII, Han…) is skipped without decoding.
const fn may_fold(lead: u8) -> bool {
    matches!(
        lead,
        b':' | 0xC2 | 0xCD | 0xD8 | 0xD9 | 0xDB | 0xE1 | 0xE2 | 0xE3 | 0xEF | 0xF0 | 0xF3
    )
}

/// Per lead byte: 0 when a character starting with it never folds ([`may_fold`]), else 1;
/// plus, in the upper bits, the length of the character it starts (1 for ASCII and stray
/// continuation bytes, which valid UTF-8 never puts on a character boundary).
const LEAD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let len: u8 = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xFF => 4,
            _ => 1,
        };
        t[b] = len << 1 | may_fold(b as u8) as u8;
        b += 1;
    }
    t
};

/// The next character at or after byte `from` that folds, with its position and fold.
/// Colons (`:` and `：`) it passes or stops at are pushed onto `colons` (for [`label_gaps`]).
fn next_foldable(text: &str, from: usize, colons: &mut Vec<usize>) -> Option<(usize, char, Fold)> {
    let bytes = text.as_bytes();
    let mut i = from;
    // One step per character (`i` stays on a lead byte), one table load per step: most of a
    // Chinese text is three-byte characters that never fold.
    while let Some(&b) = bytes.get(i) {
        let t = LEAD[b as usize];
        // 、。《》「」 (U+3001…) are E3 sequences too; only U+3000 (E3 80 80) and U+3164
        // (E3 85 A4) fold there.
        if t & 1 == 1
            && (b != 0xE3 || matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x80] | [0x85, 0xA4])))
        {
            if b == b':' {
                colons.push(i);
            } else {
                let (c, _) = crate::text::scan::decode(bytes, i)?;
                if let Some(f) = fold(c) {
                    if c == '：' {
                        colons.push(i);
                    }
                    return Some((i, c, f));
                }
            }
        }
        i += (t >> 1) as usize;
    }
    None
}

/// The spaces inside labels padded to a fixed width (`住    址：`, `姓　　名:`, `联 系 电 话：`):
/// two to four ideographs, each standing alone, with spaces between them and a colon after
/// them. The canonical view drops those spaces, so the label reads as the word it is. Read
/// back from the `colons` (a few per document, in order), not character by character.
fn label_gaps(text: &str, colons: &[usize]) -> Vec<Span> {
    let mut out = Vec::new();
    for &at in colons {
        padded_label_before(text, at, &mut out);
    }
    out
}

/// True when `rest` starts with the punctuation of a list number, an ideograph and a space:
/// the start of a padded label after a number (`．姓　　名：`).
fn padded_after_number(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('.' | '．' | '、' | ')' | '）'))
        && chars.next().is_some_and(is_han)
        && matches!(chars.next(), Some(' ' | '\u{3000}'))
}

/// The gaps of a padded label that ends (spaces allowed) at byte `colon`, pushed in order.
fn padded_label_before(text: &str, colon: usize, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    // At a line start, after a space, or after a list number (`1．姓　　名：`).
    let alone_before = |i: usize| {
        let mut back = text[..i].chars().rev();
        match back.next() {
            None => true,
            Some('\n' | '\r' | '\t' | ' ' | '\u{3000}') => true,
            Some('.' | '．' | '、' | ')' | '）') => back
                .next()
                .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)),
            Some(_) => false,
        }
    };
    let mut at = colon - space_len_back(b, colon);
    let mut gaps = [Span::new(0, 0); 3];
    let mut n = 0;
    loop {
        let Some(h) = text[..at].chars().next_back().filter(|&c| is_han(c)) else {
            return;
        };
        let hs = at - h.len_utf8();
        let g0 = hs - space_len_back(b, hs);
        if g0 == hs {
            // The label's first ideograph: alone at a line start, or the label is a word.
            if alone_before(hs) && n > 0 {
                break;
            }
            return;
        }
        // Spaces before this ideograph: another one of the label before them, or the label
        // starts here.
        let prev = text[..g0].chars().next_back().filter(|&c| is_han(c));
        match prev {
            Some(p) if alone_before(g0 - p.len_utf8()) => {
                // More than four ideographs spaced out: not a label.
                if n == gaps.len() {
                    return;
                }
                gaps[n] = Span::new(g0, hs);
                n += 1;
                at = g0;
            }
            _ if n > 0 => break,
            _ => return,
        }
    }
    out.extend(gaps[..n].iter().rev());
}

/// The length of the run of spaces (ASCII or U+3000) that ends at byte `i` of `b`.
fn space_len_back(b: &[u8], mut i: usize) -> usize {
    let end = i;
    loop {
        match b.get(..i) {
            Some([.., b' ']) => i -= 1,
            Some([.., 0xE3, 0x80, 0x80]) => i -= 3,
            _ => return end - i,
        }
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// A point where the offset difference between canonical and original text changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    /// Byte offset in the canonical text.
    norm: u32,
    /// Byte offset in the original text that `norm` corresponds to (for span starts).
    orig: u32,
    /// True when the anchor only records dropped characters: a span *ending* here must not
    /// swallow them.
    drop_only: bool,
}

/// The canonical view of a text plus the map back to the original.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    anchors: Vec<Anchor>,
}

impl<'a> Normalized<'a> {
    /// Builds the canonical view of `original` in one pass. When nothing needs folding the view
    /// borrows the original and the map is empty.
    ///
    /// Texts longer than `u32::MAX` bytes are not supported by the offset map; callers enforce a
    /// much smaller input limit before getting here.
    pub fn new(original: &'a str) -> Self {
        let mut colons = Vec::new();
        let view = Self::build(original, &[], &mut colons);
        // Padded labels are rare: found from the colons the fold scan passed, and only then
        // is the view built again without their spaces.
        let gaps = label_gaps(original, &colons);
        if gaps.is_empty() {
            view
        } else {
            Self::build(original, &gaps, &mut Vec::new())
        }
    }

    /// The canonical view of `original` with the `gaps` (in order, disjoint) dropped; the colons
    /// passed are pushed onto `colons`.
    fn build(original: &'a str, gaps: &[Span], colons: &mut Vec<usize>) -> Self {
        let bytes = original.as_bytes();
        let first = next_foldable(original, 0, colons);
        if first.is_none() && gaps.is_empty() {
            return Normalized {
                original,
                text: Cow::Borrowed(original),
                anchors: Vec::new(),
            };
        }
        let mut gaps = gaps.iter().copied().peekable();
        let mut out = String::with_capacity(original.len());
        let mut anchors: Vec<Anchor> = Vec::new();
        // Unchanged stretches are copied whole; only characters that fold are looked at.
        let mut copied = 0;
        let mut at = first;
        loop {
            // The next change: a label's padding (dropped whole) or a folding character.
            let gap = gaps.next_if(|g| at.is_none_or(|(i, _, _)| g.start <= i));
            let (i, len, f) = match (gap, at) {
                (Some(g), _) => (g.start, g.len(), Fold::Drop),
                (None, Some((i, c, f))) => (i, c.len_utf8(), f),
                (None, None) => break,
            };
            out.push_str(&original[copied..i]);
            let norm_before = out.len() as u32;
            let orig_after = (i + len) as u32;
            copied = orig_after as usize;
            if at.is_some_and(|(j, _, _)| j < copied) {
                at = next_foldable(original, copied, colons);
            }
            let drop = f == Fold::Drop;
            if let Fold::To(r) = f {
                out.push(r);
            }
            let norm_after = out.len() as u32;
            // Merge runs of dropped characters into one anchor so lookups stay O(log n).
            if drop {
                if let Some(last) = anchors.last_mut() {
                    if last.drop_only && last.norm == norm_before {
                        last.orig = orig_after;
                        continue;
                    }
                }
            }
            anchors.push(Anchor {
                norm: norm_after,
                orig: orig_after,
                drop_only: drop,
            });
        }
        out.push_str(&original[copied..bytes.len()]);
        Normalized {
            original,
            text: Cow::Owned(out),
            anchors,
        }
    }

    /// The canonical view of `edited`: this view's original text with each `(span, replacement)`
    /// of `edits` (original spans, in text order, disjoint, on character boundaries) replaced.
    /// The same as `Normalized::new(edited)`, built from this view without reading the unchanged
    /// text again (masking normalises its output once more to check it). `None` when that is
    /// not exact here — the text has dropped characters (their anchors merge across edits) or
    /// a replacement folds — and the caller normalises `edited` itself.
    ///
    /// With it, each edit as it lands in the two canonical views: the range it replaced in
    /// this one and the range of its replacement in the new one (for scans that are moved
    /// rather than run again).
    pub fn spliced<'b>(
        &self,
        edited: &'b str,
        edits: &[(Span, &str)],
    ) -> Option<(Normalized<'b>, Vec<(Span, Span)>)> {
        if self.anchors.iter().any(|a| a.drop_only)
            || edits.iter().any(|&(span, r)| {
                next_foldable(r, 0, &mut Vec::new()).is_some() || self.may_pad(span, r)
            })
        {
            return None;
        }
        let norm = self.text.as_ref();
        // Canonical offset of an original offset outside every folded character.
        let to_norm = |o: usize| -> usize {
            let k = self.anchors.partition_point(|a| a.orig as usize <= o);
            match k.checked_sub(1).map(|i| self.anchors[i]) {
                Some(a) => o - a.orig as usize + a.norm as usize,
                None => o,
            }
        };
        let mut text = String::with_capacity(edited.len());
        let mut anchors = Vec::with_capacity(self.anchors.len());
        let mut moved = Vec::with_capacity(edits.len());
        let mut next = self.anchors.iter().peekable();
        // Offset in `edited` of the next unchanged stretch, and that stretch in the original.
        let mut at = 0;
        let mut from = 0;
        let ends = edits
            .iter()
            .map(|&(s, r)| (s, Some(r)))
            .chain([(Span::new(self.original.len(), self.original.len()), None)]);
        for (span, replacement) in ends {
            let (a, b) = (from, span.start);
            let (na, nb) = (to_norm(a), to_norm(b));
            text.push_str(norm.get(na..nb)?);
            // The folds of the stretch, moved to where it now is; those inside the edit go.
            while let Some(f) = next.next_if(|f| f.orig as usize <= span.end.max(b)) {
                if f.orig as usize > a && f.orig as usize <= b {
                    anchors.push(Anchor {
                        norm: (text.len() - (nb - na) + (f.norm as usize - na)) as u32,
                        orig: (at + (f.orig as usize - a)) as u32,
                        drop_only: false,
                    });
                }
            }
            at += b - a;
            if let Some(r) = replacement {
                moved.push((
                    Span::new(nb, to_norm(span.end)),
                    Span::new(text.len(), text.len() + r.len()),
                ));
                text.push_str(r);
                at += r.len();
            }
            from = span.end;
        }
        let text = if anchors.is_empty() {
            Cow::Borrowed(edited)
        } else {
            Cow::Owned(text)
        };
        Some((
            Normalized {
                original: edited,
                text,
                anchors,
            },
            moved,
        ))
    }

    /// True when replacing `span` of the original by `r` could make a padded label
    /// ([`label_gaps`]) that the original does not have: the edit is next to a space, or `r`
    /// is empty, a single ideograph, or holds a space, a colon or the punctuation of a list
    /// number (or ends in a digit before it). Any other edit leaves every
    /// label's ideographs, gaps, colon and the spaces around them as they were.
    fn may_pad(&self, span: Span, r: &str) -> bool {
        let b = self.original.as_bytes();
        let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        let mut chars = r.chars();
        let single_han = chars.next().is_some_and(is_han) && chars.next().is_none();
        r.is_empty()
            || single_han
            || r.contains([' ', '\u{3000}', ':', '：', '\t', '\n', '.', '．', '、', ')', '）'])
            // A digit written or removed before `．姓　　名：` makes or unmakes a list number
            // (looked at only where an ideograph and a space follow the punctuation: masked
            // numbers end in digits before `）` and `、` all the time).
            || ((r.ends_with(digit) || self.original[..span.end].ends_with(digit))
                && padded_after_number(&self.original[span.end..]))
            || space_len_back(b, span.start) > 0
            || matches!(b.get(span.end..), Some([b' ', ..] | [0xE3, 0x80, 0x80, ..]))
    }

    /// The canonical view that detectors match on.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The text as the user wrote it.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// True when the canonical view differs from the original.
    pub fn is_folded(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }

    /// Maps a canonical byte offset used as a span *start* to the original text. Characters
    /// dropped at this point (zero-width, bidi) are skipped.
    pub fn start_to_original(&self, norm: usize) -> usize {
        let idx = self.anchors.partition_point(|a| a.norm as usize <= norm);
        match idx.checked_sub(1).map(|i| self.anchors[i]) {
            Some(a) => a.orig as usize + (norm - a.norm as usize),
            None => norm,
        }
    }

    /// Maps a canonical byte offset used as a span *end* to the original text. Characters
    /// dropped right at this point are left outside the span.
    pub fn end_to_original(&self, norm: usize) -> usize {
        let mut idx = self.anchors.partition_point(|a| a.norm as usize <= norm);
        if idx > 0 {
            let a = self.anchors[idx - 1];
            if a.drop_only && a.norm as usize == norm {
                idx -= 1;
            }
        }
        match idx.checked_sub(1).map(|i| self.anchors[i]) {
            Some(a) => a.orig as usize + (norm - a.norm as usize),
            None => norm,
        }
    }

    /// Maps a span of the canonical view to the original text.
    pub fn to_original(&self, span: Span) -> Span {
        if self.anchors.is_empty() {
            return span;
        }
        let start = self.start_to_original(span.start);
        let end = self.end_to_original(span.end).max(start);
        Span { start, end }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn orig_of<'a>(n: &Normalized<'a>, s: usize, e: usize) -> &'a str {
        let sp = n.to_original(Span { start: s, end: e });
        &n.original()[sp.start..sp.end]
    }

    #[test]
    fn plain_text_is_borrowed() {
        let n = Normalized::new("身份证号:110105。");
        assert!(!n.is_folded());
        assert_eq!(n.as_str(), "身份证号:110105。");
        assert_eq!(
            n.to_original(Span { start: 3, end: 6 }),
            Span { start: 3, end: 6 }
        );
    }

    #[test]
    fn full_width_digits_fold_and_map_back() {
        let src = "电话：１３８００１３８０００。";
        let n = Normalized::new(src);
        assert_eq!(n.as_str(), "电话:13800138000。");
        let s = n.as_str().find("138").unwrap();
        assert_eq!(orig_of(&n, s, s + 11), "１３８００１３８０００");
        // The colon folded too, and the text after the number maps correctly.
        let dot = n.as_str().find('。').unwrap();
        assert_eq!(orig_of(&n, dot, dot + 3), "。");
    }

    #[test]
    fn dropped_characters_stay_outside_spans() {
        let src = "a\u{200b}1101\u{200b}\u{200d}05b\u{200b}";
        let n = Normalized::new(src);
        assert_eq!(n.as_str(), "a110105b");
        // The digits: span starts after the first ZWSP and ends before the one after "05".
        assert_eq!(orig_of(&n, 1, 7), "1101\u{200b}\u{200d}05");
        assert_eq!(orig_of(&n, 0, 1), "a");
        assert_eq!(orig_of(&n, 7, 8), "b");
        assert_eq!(orig_of(&n, 8, 8), "");
    }

    /// A label padded to a width (`住    址：`) reads as its word; spaces anywhere else stay.
    #[test]
    fn padded_labels_lose_their_spaces() {
        let src = "姓　　名：张三    性  别:男\n住    址：某路1号\n联 系 电 话：138";
        let n = Normalized::new(src);
        assert_eq!(
            n.as_str(),
            "姓名:张三    性别:男\n住址:某路1号\n联系电话:138"
        );
        let s = n.as_str().find("住址").unwrap();
        assert_eq!(orig_of(&n, s, s + "住址".len()), "住    址");
        let v = n.as_str().find("某路").unwrap();
        assert_eq!(orig_of(&n, v, v + "某路1号".len()), "某路1号");
        // After a list number.
        assert_eq!(Normalized::new("1．姓　　名：张三").as_str(), "1.姓名:张三");
        assert_eq!(Normalized::new("12.姓  名:张三").as_str(), "12.姓名:张三");
        // Not a padded label: a word before the spaces, five characters, no colon, a name
        // and a label side by side, a word before the list punctuation.
        for t in [
            "共计.姓  名:男",
            "当事人 张三:男",
            "一 二 三 四 五:",
            "住    址在某路",
            "张三    住址:某路",
        ] {
            assert_eq!(Normalized::new(t).as_str(), t, "{t}");
        }
    }

    #[test]
    fn homoglyph_digits_fold() {
        let n = Normalized::new("①②٣۴𝟓⓪");
        assert_eq!(n.as_str(), "12345".to_string() + "0");
        assert_eq!(orig_of(&n, 4, 6), "𝟓⓪");
    }

    #[test]
    fn every_folded_character_is_found_by_the_fast_scan() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if fold(c).is_some() {
                let s = c.encode_utf8(&mut buf);
                assert!(may_fold(s.as_bytes()[0]), "U+{:04X}", c as u32);
                assert!(
                    next_foldable(s, 0, &mut Vec::new()).is_some(),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn default_ignorables_inside_a_number_are_dropped() {
        for z in [
            '\u{061C}',
            '\u{034F}',
            '\u{180E}',
            '\u{115F}',
            '\u{3164}',
            '\u{FFA0}',
            '\u{2066}',
            '\u{206F}',
            '\u{E0020}',
            '\u{E0101}',
            '\u{1D173}',
        ] {
            let src = format!("1101{z}0519{z}49");
            let n = Normalized::new(&src);
            assert_eq!(n.as_str(), "1101051949", "U+{:04X}", z as u32);
            assert_eq!(orig_of(&n, 0, 10), src);
        }
        // Visible blanks are not invisible: they stay.
        assert_eq!(Normalized::new("1\u{2800}2").as_str(), "1\u{2800}2");
    }

    #[test]
    fn astral_and_mixed() {
        let src = "𠮷１x\u{feff}😀２";
        let n = Normalized::new(src);
        assert_eq!(n.as_str(), "𠮷1x😀2");
        let p = n.as_str().find('2').unwrap();
        assert_eq!(orig_of(&n, p, p + 1), "２");
        assert_eq!(orig_of(&n, 0, 4), "𠮷");
    }

    /// Characters of the splice tests: plain, folded (full-width, ideographic space, a
    /// four-byte digit) and dropped (zero-width space, in some cases only).
    const PIECES: &[&str] = &[
        "张", "a", "1", "，", "：", "１", "\u{3000}", "𝟏", "〔", "😀", "．", "、",
    ];
    const ZWSP: &str = "\u{200B}";
    const REPLACEMENTS: &[&str] = &["[住址]", "王某", "***", "x", "１", "", "某", "某 ", "王某1"];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 800, ..ProptestConfig::default() })]
        /// [`Normalized::spliced`] gives exactly what normalising the edited text gives, and
        /// declines only when it has to.
        #[test]
        fn spliced_is_normalising_the_edited_text(
            pieces in proptest::collection::vec(0..PIECES.len(), 0..30),
            with_drop in proptest::bool::weighted(0.1),
            marks in proptest::collection::btree_set(0usize..31, 0..8),
            replacements in proptest::collection::vec(0..REPLACEMENTS.len(), 4),
        ) {
            let mut t: String = pieces.iter().map(|&i| PIECES[i]).collect();
            if with_drop {
                let mid = t.char_indices().nth(pieces.len() / 2).map_or(t.len(), |(i, _)| i);
                t.insert_str(mid, ZWSP);
            }
            let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
            // Marks taken in pairs: disjoint, non-empty spans in text order.
            let marks: Vec<usize> = marks.into_iter().filter(|&m| m < bounds.len()).collect();
            let edits: Vec<(Span, &str)> = marks
                .chunks_exact(2)
                .zip(&replacements)
                .map(|(m, &r)| (Span::new(bounds[m[0]], bounds[m[1]]), REPLACEMENTS[r]))
                .collect();
            let mut edited = String::new();
            let mut from = 0;
            for (s, r) in &edits {
                edited.push_str(&t[from..s.start]);
                edited.push_str(r);
                from = s.end;
            }
            edited.push_str(&t[from..]);
            let n = Normalized::new(&t);
            let want = Normalized::new(&edited);
            match n.spliced(&edited, &edits) {
                Some((got, moved)) => {
                    prop_assert_eq!(got.as_str(), want.as_str());
                    prop_assert_eq!(&got.anchors, &want.anchors);
                    prop_assert_eq!(got.is_folded(), want.is_folded());
                    // The moved ranges: replacing each old range of the old view by the new
                    // range's text gives the new view, and the new ranges hold the replacements.
                    prop_assert_eq!(moved.len(), edits.len());
                    let mut rebuilt = String::new();
                    let mut from = 0;
                    for ((o, m), (_, r)) in moved.iter().zip(&edits) {
                        prop_assert_eq!(&got.as_str()[m.start..m.end], *r);
                        rebuilt.push_str(&n.as_str()[from..o.start]);
                        prop_assert_eq!(rebuilt.len(), m.start);
                        rebuilt.push_str(r);
                        from = o.end;
                    }
                    rebuilt.push_str(&n.as_str()[from..]);
                    prop_assert_eq!(rebuilt.as_str(), got.as_str());
                }
                None => {
                    let folds = edits.iter().any(|(_, r)| *r == "１");
                    // Dropped characters (a zero-width space, a padded label's spaces), or an
                    // edit that could make a padded label.
                    let drops = n.anchors.iter().any(|a| a.drop_only);
                    let pads = edits.iter().any(|&(span, r)| n.may_pad(span, r));
                    prop_assert!(with_drop || folds || drops || pads);
                }
            }
        }
    }
}

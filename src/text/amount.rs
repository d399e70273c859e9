//! Money amounts: `人民币伍万元整`, `罚款人民币20000.00元（大写：贰万元整）`, `¥5000元`, `5万元`,
//! `0.8万元`, `3万元以下`, `10万元以上13万元以下`, `二万元以上二十万元以下` (statute wording).
//!
//! Values are integers in 分 (fen, 1/100 yuan) so that nothing is lost to floating point.
//! [`find`] scans the canonical text (see [`crate::text::normalise`]) and returns byte spans of
//! that canonical text; map them with [`crate::Doc::to_original`]. [`pairs`] links an amount
//! in words (大写) with the figures next to it (`…元（大写：…）`, `…元整（¥…元）`) so a check
//! can compare them, and [`ranges`] links `…以上…以下` / `…至…` bounds into fine ranges.
//!
//! ```
//! use gongshi::text::amount::{find, pairs, Form};
//! let t = "罚款人民币20000.00元(大写:贰万元整)";
//! let a = find(t);
//! assert_eq!(a.len(), 2);
//! assert_eq!(a[0].fen, 2_000_000);
//! assert_eq!(a[1].form, Form::Capital);
//! let p = pairs(t, &a);
//! assert!(p[0].agree);
//! ```

use crate::finding::Span;
use crate::text::numerals;
use crate::text::scan::{is_digit, Cursor};

/// How an amount is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Form {
    /// Arabic figures, possibly scaled: `34000元`, `¥5000`, `20,000.00元`, `3万元`, `0.8万元`.
    Figures,
    /// Financial capitals (大写): `叁万肆仟元整`.
    Capital,
    /// Ordinary Chinese numerals: `五万元`, `二十万元` (the wording of statutes).
    Chinese,
}

impl Form {
    /// True for amounts written in words (大写 or ordinary Chinese numerals).
    pub fn is_words(self) -> bool {
        !matches!(self, Form::Figures)
    }
}

/// A bound word written right after the amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Bound {
    /// `以上` / `以上（含本数）`: the amount is a lower bound.
    AtLeast,
    /// `以下` / `以内` / `不超过…`: the amount is an upper bound.
    AtMost,
}

/// One amount found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount {
    /// Byte span in the canonical text, from the `人民币`/`¥` prefix (when present) to the
    /// final `元`/`整`. The bound word is not included.
    pub span: Span,
    /// Value in 分 (1/100 yuan).
    pub fen: u64,
    /// How it is written.
    pub form: Form,
    /// `以上` / `以下` after it, or `不超过` before it.
    pub bound: Option<Bound>,
    /// Written with a currency marker (`人民币`, `RMB`, `¥`, `￥`).
    pub currency: bool,
}

impl Amount {
    /// The value in whole yuan (truncated).
    pub fn yuan(&self) -> u64 {
        self.fen / 100
    }
}

/// A 大写/小写 pair: the same amount written in words and in figures side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Index (in the slice given to [`pairs`]) of the amount in figures.
    pub figures: usize,
    /// Index of the amount in words.
    pub words: usize,
    /// True when both give the same value.
    pub agree: bool,
}

/// A fine range such as `10万元以上13万元以下` or `二万元至五万元`, or a one-sided bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// Span covering the whole range expression (canonical text).
    pub span: Span,
    /// Lower bound in 分, if any.
    pub min_fen: Option<u64>,
    /// Upper bound in 分, if any.
    pub max_fen: Option<u64>,
}

const CAPITAL_CHARS: &str = "壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟";

/// The numerals an amount in words is written with.
#[rustfmt::skip]
fn is_numeral(c: char) -> bool {
    // Sorted by code point, for the binary search.
    const NUMERALS: [char; 37] = ['○', '〇', '一', '七', '万', '三', '两', '九', '二', '五', '亿', '仟', '伍', '佰', '億', '兩', '八', '六', '十', '千', '叁', '參', '叄', '四', '壹', '拾', '捌', '柒', '玖', '百', '肆', '萬', '貳', '贰', '陆', '陸', '零'];
    // Bit `c % 128` of every numeral: most characters fail this test alone (the match it
    // replaced cost some sixty instructions per character of every text).
    const FILTER: u128 = {
        let mut f = 0u128;
        let mut i = 0;
        while i < NUMERALS.len() {
            f |= 1 << (NUMERALS[i] as u32 % 128);
            i += 1;
        }
        f
    };
    FILTER & (1 << (c as u32 % 128)) != 0 && NUMERALS.binary_search(&c).is_ok()
}

/// Consumes a currency prefix with its separator: `(人民币|RMB|CNY)\s*[:：]?\s*` (`CNY` only
/// with figures). Whitespace and a colon can never start what follows, so this never backtracks.
fn prefix(c: &mut Cursor, alts: &[&str]) -> bool {
    if c.eat_any(alts).is_none() {
        return false;
    }
    c.spaces();
    c.eat_in(":：");
    c.spaces();
    true
}

/// One amount in figures, as the regex `((人民币|RMB|CNY)\s*[:：]?\s*)?([¥￥]\s*)?`
/// `(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*[万千百亿]?\s*[元圆]?[整正]?` matched it. Whether it is
/// money is decided in [`find`]: it needs 元 or a currency marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Figures {
    /// The whole match (trailing white space and `整` included even without `元`).
    span: Span,
    /// `人民币`/`RMB`/`CNY` written.
    pre: bool,
    /// `¥`/`￥` written.
    sym: bool,
    int: Span,
    dec: Option<Span>,
    scale: Option<Span>,
    yuan: bool,
}

fn figures_at(text: &str, start: usize) -> Option<Figures> {
    let mut c = Cursor::new(text, start);
    let pre = prefix(&mut c, &["人民币", "RMB", "CNY"]);
    let sym = c.eat_in("¥￥").is_some();
    if sym {
        c.spaces();
    }
    let int_start = c.pos;
    let n = c.eat_while(usize::MAX, is_digit);
    if n == 0 {
        return None;
    }
    // `\d{1,3}(,\d{3})+` comes first: a run of at most three digits takes every `,ddd` after it
    // (the next digits may go on: `1,2345` reads `1,234`).
    let mut k = c;
    while n <= 3 && k.eat(",") && k.eat_while(3, is_digit) == 3 {
        c = k;
    }
    let int = c.span_from(int_start);
    let mut k = c;
    let dec = (k.eat(".") && k.eat_while(usize::MAX, is_digit) > 0).then(|| k.span_from(c.pos + 1));
    if dec.is_some() {
        c = k;
    }
    c.spaces();
    let s = c.pos;
    let scale = c.eat_in("万千百亿").map(|_| c.span_from(s));
    c.spaces();
    let yuan = c.eat_in("元圆").is_some();
    c.eat_in("整正");
    Some(Figures {
        span: c.span_from(start),
        pre,
        sym,
        int,
        dec,
        scale,
        yuan,
    })
}

/// Figures matches in text order, each search resuming where the previous match ended.
fn figures(text: &str) -> impl Iterator<Item = Figures> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some((i, ch)) = next_figure_start(text, pos) {
            pos = i;
            if let Some(f) = figures_at(text, pos) {
                pos = f.span.end;
                return Some(f);
            }
            pos += ch.len_utf8();
        }
        None
    })
}

/// The next character at or after byte `from` that can start a [`Figures`] match: 人, R, C,
/// ¥, ￥ or a digit. Han characters (lead bytes E4–E9, U+4000–U+9FFF: no digits there) are
/// stepped over three bytes at a time without decoding; only 人 (E4 BA BA) stops there.
fn next_figure_start(text: &str, from: usize) -> Option<(usize, char)> {
    let b = text.as_bytes();
    let mut i = from;
    while let Some(&x) = b.get(i) {
        match x {
            b'0'..=b'9' | b'R' | b'C' => return Some((i, x as char)),
            0..=0x7F => i += 1,
            0xE4..=0xE9 => {
                // 人 is E4 BA BA.
                if x == 0xE4 && b.get(i + 1) == Some(&0xBA) && b.get(i + 2) == Some(&0xBA) {
                    return Some((i, '人'));
                }
                i += 3;
            }
            _ => {
                let (c, len) = crate::text::scan::decode(b, i)?;
                if matches!(c, '¥' | '￥') || is_digit(c) {
                    return Some((i, c));
                }
                i += len;
            }
        }
    }
    None
}

/// One amount in words, as the regex `((人民币|RMB)\s*[:：]?\s*)?([N]+)[元圆]`
/// `(零?([N])角)?(零?([N])分)?[整正]?` matched it (`N`: [`is_numeral`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Words {
    span: Span,
    pre: bool,
    int: Span,
    jiao: Option<Span>,
    fen: Option<Span>,
}

/// `(零?([N])unit)?`: since 零 is a numeral too, `零角` reads as 零 jiao.
fn small_unit(c: &mut Cursor, unit: &str) -> Option<Span> {
    for skip_zero in [true, false] {
        let mut k = *c;
        if skip_zero && !k.eat("零") {
            continue;
        }
        let s = k.pos;
        if k.eat_if(is_numeral).is_some() {
            let digit = k.span_from(s);
            if k.eat(unit) {
                *c = k;
                return Some(digit);
            }
        }
    }
    None
}

fn words_at(text: &str, start: usize) -> Option<Words> {
    let mut c = Cursor::new(text, start);
    let pre = prefix(&mut c, &["人民币", "RMB"]);
    let s = c.pos;
    // The run of numerals is maximal: 元 is not a numeral, so giving some back never helps.
    if c.eat_while(usize::MAX, is_numeral) == 0 {
        return None;
    }
    let int = c.span_from(s);
    c.eat_in("元圆")?;
    let jiao = small_unit(&mut c, "角");
    let fen = small_unit(&mut c, "分");
    c.eat_in("整正");
    Some(Words {
        span: c.span_from(start),
        pre,
        int,
        jiao,
        fen,
    })
}

/// Words matches in text order. A run of numerals without 元 after it is skipped whole: every
/// start inside it fails the same way.
fn words(text: &str) -> impl Iterator<Item = Words> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let first = |c| matches!(c, '人' | 'R') || is_numeral(c);
        while let Some((i, ch)) = text[pos..].char_indices().find(|&(_, c)| first(c)) {
            pos += i;
            if let Some(w) = words_at(text, pos) {
                pos = w.span.end;
                return Some(w);
            }
            pos += if is_numeral(ch) {
                text[pos..]
                    .chars()
                    .take_while(|&c| is_numeral(c))
                    .map(char::len_utf8)
                    .sum()
            } else {
                ch.len_utf8()
            };
        }
        None
    })
}

/// Value in 分 of `int.dec × scale`, or `None` on overflow.
fn scaled_fen(int: &str, dec: &str, scale: u64) -> Option<u64> {
    let mut whole: u64 = 0;
    for b in int.bytes().filter(u8::is_ascii_digit) {
        whole = whole.checked_mul(10)?.checked_add((b - b'0') as u64)?;
    }
    // Fraction digits beyond what 分 can hold are truncated.
    let mut frac_fen: u64 = 0; // value of the fraction in units of 1/(100·10^k)
    let mut denom: u64 = 1;
    for b in dec.bytes().take(12) {
        frac_fen = frac_fen * 10 + (b - b'0') as u64;
        denom *= 10;
    }
    let fen = whole.checked_mul(scale)?.checked_mul(100)?;
    let frac = frac_fen.checked_mul(scale)?.checked_mul(100)? / denom;
    fen.checked_add(frac)
}

fn bound_after(text: &str, end: usize) -> Option<Bound> {
    let rest = text.get(end..)?.trim_start_matches([' ', '\t']);
    if rest.starts_with("以上") {
        Some(Bound::AtLeast)
    } else if rest.starts_with("以下") || rest.starts_with("以内") {
        Some(Bound::AtMost)
    } else {
        None
    }
}

fn bound_before(text: &str, start: usize) -> Option<Bound> {
    let before = text.get(..start)?.trim_end_matches([' ', '\t']);
    if before.ends_with("不超过") || before.ends_with("不高于") || before.ends_with("最高")
    {
        Some(Bound::AtMost)
    } else if before.ends_with("不低于") || before.ends_with("不少于") {
        Some(Bound::AtLeast)
    } else {
        None
    }
}

/// Finds every amount in `text` (the canonical view), in text order.
///
/// A run of figures counts as money only with `元`/`圆` after it or a currency marker before it;
/// words count only with `元`. Percentages and counts (`3%`, `20张`) are therefore never amounts.
pub fn find(text: &str) -> Vec<Amount> {
    let mut out: Vec<Amount> = Vec::new();
    let part = |s: Span| &text[s.start..s.end];
    for f in figures(text) {
        let currency = f.pre || f.sym;
        if !f.yuan && !currency {
            continue;
        }
        // A figure glued to a preceding letter or digit is part of a code, not money.
        if !currency {
            if let Some(p) = text[..f.int.start].chars().next_back() {
                if p.is_ascii_alphanumeric() || p == '.' || p == '-' {
                    continue;
                }
            }
        }
        let scale = match f.scale.map(part) {
            Some("万") => 10_000,
            Some("千") => 1_000,
            Some("百") => 100,
            Some("亿") => 100_000_000,
            _ => 1,
        };
        let Some(fen) = scaled_fen(part(f.int), f.dec.map_or("", part), scale) else {
            continue;
        };
        // Without 元 the match ends at the number (or its scale); trailing spaces are not part.
        let end = if f.yuan {
            f.span.end
        } else {
            f.scale.or(f.dec).unwrap_or(f.int).end
        };
        out.push(Amount {
            span: Span::new(f.span.start, end),
            fen,
            form: Form::Figures,
            bound: bound_after(text, end).or_else(|| bound_before(text, f.span.start)),
            currency,
        });
    }
    for w in words(text) {
        let int = part(w.int);
        let Some(yuan) = numerals::parse_int(int) else {
            continue;
        };
        let capital = int.chars().any(|ch| CAPITAL_CHARS.contains(ch));
        // A lone ordinary numeral before 元 (三元里, 一元化) is too weak to be money, unless
        // the amount goes on in 角/分 or closes with 整 (`零元整`, `五元整`).
        let closed = w.jiao.is_some() || w.fen.is_some() || part(w.span).ends_with(['整', '正']);
        if !capital && !w.pre && !closed && int.chars().count() < 2 {
            continue;
        }
        let small = |d: Option<Span>| {
            d.and_then(|x| part(x).chars().next())
                .and_then(numerals::digit_value)
                .unwrap_or(0) as u64
        };
        let Some(fen) = yuan
            .checked_mul(100)
            .and_then(|v| v.checked_add(small(w.jiao) * 10 + small(w.fen)))
        else {
            continue;
        };
        out.push(Amount {
            span: w.span,
            fen,
            form: if capital {
                Form::Capital
            } else {
                Form::Chinese
            },
            bound: bound_after(text, w.span.end).or_else(|| bound_before(text, w.span.start)),
            currency: w.pre,
        });
    }
    crate::sort::by_key(&mut out, |a| {
        crate::sort::key4(
            crate::sort::sat(a.span.start),
            crate::sort::desc(a.span.end),
            0,
            0,
        )
    });
    // Drop matches nested in an earlier, longer one.
    let mut kept: Vec<Amount> = Vec::with_capacity(out.len());
    for a in out {
        if kept.last().is_some_and(|k| a.span.start < k.span.end) {
            continue;
        }
        kept.push(a);
    }
    kept
}

/// Links amounts written twice, once in words and once in figures, when the second one follows
/// the first in brackets: `…元（大写：…）`, `…元整（¥…元）`, `…元（小写：…）`.
pub fn pairs(text: &str, amounts: &[Amount]) -> Vec<Pair> {
    let mut out = Vec::new();
    for (i, w) in amounts.windows(2).enumerate() {
        let (a, b) = (&w[0], &w[1]);
        if a.form.is_words() == b.form.is_words() {
            continue;
        }
        let Some(gap) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        let gap = gap.trim();
        let opened = gap.starts_with(['(', '（', '[', '【']);
        let label_ok = gap
            .trim_start_matches(['(', '（', '[', '【', ' '])
            .trim_end_matches([':', '：', ' '])
            .trim_start_matches(['即', '合'])
            .trim();
        let label_ok = matches!(
            label_ok,
            "" | "大写" | "小写" | "人民币" | "人民币大写" | "人民币小写" | "金额大写" | "金额小写"
        );
        if !(opened && label_ok) && gap.trim_end_matches([':', '：', ' ']) != "即" {
            continue;
        }
        let (fig, words) = if a.form.is_words() {
            (i + 1, i)
        } else {
            (i, i + 1)
        };
        out.push(Pair {
            figures: fig,
            words,
            agree: a.fen == b.fen,
        });
    }
    out
}

/// Links bounds into ranges: `A以上B以下`, `A至B`, `A-B元`, and keeps one-sided bounds
/// (`五万元以下`) as ranges with one end open.
pub fn ranges(text: &str, amounts: &[Amount]) -> Vec<Range> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < amounts.len() {
        let a = &amounts[i];
        if let Some(b) = amounts.get(i + 1) {
            let gap = text.get(a.span.end..b.span.start).unwrap_or("").trim();
            let joined = match a.bound {
                Some(Bound::AtLeast) => {
                    let g = gap
                        .trim_start_matches("以上")
                        .trim_start_matches("(含本数)");
                    let g = g.trim_start_matches([',', '、', ' ']);
                    g.is_empty() && b.bound != Some(Bound::AtLeast)
                }
                None => matches!(gap, "至" | "到" | "-" | "~" | "～" | "—" | "－"),
                _ => false,
            };
            if joined && a.fen <= b.fen {
                let end = match b.bound {
                    Some(Bound::AtMost) => bound_word_end(text, b.span.end),
                    _ => b.span.end,
                };
                out.push(Range {
                    span: Span::new(a.span.start, end),
                    min_fen: Some(a.fen),
                    max_fen: Some(b.fen),
                });
                i += 2;
                continue;
            }
        }
        match a.bound {
            Some(Bound::AtLeast) => out.push(Range {
                span: Span::new(a.span.start, bound_word_end(text, a.span.end)),
                min_fen: Some(a.fen),
                max_fen: None,
            }),
            Some(Bound::AtMost) => out.push(Range {
                span: Span::new(a.span.start, bound_word_end(text, a.span.end)),
                min_fen: None,
                max_fen: Some(a.fen),
            }),
            None => {}
        }
        i += 1;
    }
    out
}

fn bound_word_end(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let skip = rest.len() - trimmed.len();
    for w in ["以上", "以下", "以内"] {
        if trimmed.starts_with(w) {
            return end + skip + w.len();
        }
    }
    end
}

/// Parses one complete amount expression (`人民币叁万元整`, `¥5,000.00`, `0.8万元`) to 分.
pub fn parse(s: &str) -> Option<u64> {
    let s = s.trim();
    let all = find(s);
    match all.as_slice() {
        [a] if a.span.start == 0 && a.span.end == s.len() => Some(a.fen),
        _ => None,
    }
}

/// Writes `fen` in financial capitals as on a cheque or in a decision: 3_400_000 → `叁万肆仟元整`,
/// 1_050 → `壹拾元零伍角`, 0 → `零元整`.
pub fn to_capital(fen: u64) -> String {
    const D: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
    let yuan = fen / 100;
    let jiao = (fen / 10 % 10) as usize;
    let f = (fen % 10) as usize;
    let mut out = String::new();
    if yuan == 0 {
        // 零元伍角: the 元 keeps the expression recognisable as money.
        out.push_str("零元");
    } else {
        // Ordinary numerals → capitals, keeping the unit structure (十 → 拾 etc.).
        let lower = numerals::to_chinese(yuan);
        let mut prev_unit_start = true;
        for ch in lower.chars() {
            let mapped = match ch {
                '十' => {
                    // 十五 → 壹拾伍 (capitals always write the leading digit).
                    if prev_unit_start {
                        out.push('壹');
                    }
                    '拾'
                }
                '百' => '佰',
                '千' => '仟',
                '万' => '万',
                '亿' => '亿',
                c => numerals::digit_value(c).map_or(c, |d| D[d as usize]),
            };
            prev_unit_start = matches!(ch, '万' | '亿' | '零');
            out.push(mapped);
        }
        out.push('元');
    }
    if jiao == 0 && f == 0 {
        out.push('整');
        return out;
    }
    if jiao > 0 {
        if yuan > 0 && yuan.is_multiple_of(10) {
            out.push('零');
        }
        out.push(D[jiao]);
        out.push('角');
    } else if yuan > 0 {
        out.push('零');
    }
    if f > 0 {
        out.push(D[f]);
        out.push('分');
    }
    out
}

/// Writes `fen` in figures with two decimals: 2_000_000 → `20000.00`.
pub fn to_figures(fen: u64) -> String {
    format!("{}.{:02}", fen / 100, fen % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(t: &str) -> Vec<(u64, Form)> {
        find(t).iter().map(|a| (a.fen, a.form)).collect()
    }

    #[test]
    fn legal_md_forms() {
        assert_eq!(values("人民币伍万元整"), [(5_000_000, Form::Capital)]);
        assert_eq!(
            values("罚款人民币20000.00元(大写:贰万元整)"),
            [(2_000_000, Form::Figures), (2_000_000, Form::Capital)]
        );
        assert_eq!(values("¥5000元整"), [(500_000, Form::Figures)]);
        assert_eq!(values("￥5000"), [(500_000, Form::Figures)]);
        assert_eq!(values("5万元"), [(5_000_000, Form::Figures)]);
        assert_eq!(values("0.8万元"), [(800_000, Form::Figures)]);
        assert_eq!(values("1.9万元"), [(1_900_000, Form::Figures)]);
        assert_eq!(values("伍佰肆拾伍元整"), [(54_500, Form::Capital)]);
        assert_eq!(values("人民币 20,000 元"), [(2_000_000, Form::Figures)]);
        assert_eq!(values("壹佰元伍角贰分"), [(10_052, Form::Capital)]);
    }

    #[test]
    fn bounds_and_ranges() {
        let t = "处3万元以下的罚款;逾期未改正的,处10万元以上13万元以下的罚款";
        let a = find(t);
        assert_eq!(a.len(), 3);
        assert_eq!(a[0].bound, Some(Bound::AtMost));
        assert_eq!(a[1].bound, Some(Bound::AtLeast));
        let r = ranges(t, &a);
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].min_fen, r[0].max_fen), (None, Some(3_000_000)));
        assert_eq!(
            (r[1].min_fen, r[1].max_fen),
            (Some(10_000_000), Some(13_000_000))
        );
        assert_eq!(&t[r[1].span.start..r[1].span.end], "10万元以上13万元以下");
        let s = "处二万元以上二十万元以下的罚款";
        let a = find(s);
        assert_eq!(
            a.iter().map(|x| (x.fen, x.form)).collect::<Vec<_>>(),
            [(2_000_000, Form::Chinese), (20_000_000, Form::Chinese)]
        );
        let r = ranges(s, &a);
        assert_eq!(
            (r[0].min_fen, r[0].max_fen),
            (Some(2_000_000), Some(20_000_000))
        );
        let z = "罚款2万元至5万元";
        let r = ranges(z, &find(z));
        assert_eq!(
            (r[0].min_fen, r[0].max_fen),
            (Some(2_000_000), Some(5_000_000))
        );
    }

    #[test]
    fn pairs_agree_and_disagree() {
        let t = "罚款人民币叁万肆仟元整(¥34000元)";
        let a = find(t);
        let p = pairs(t, &a);
        assert_eq!(p.len(), 1);
        assert!(p[0].agree);
        assert_eq!(a[p[0].words].form, Form::Capital);
        let bad = "罚款人民币62000元(大写:陆万叁仟元整)";
        let a = find(bad);
        let p = pairs(bad, &a);
        assert_eq!(p.len(), 1);
        assert!(!p[0].agree);
        // Two figures side by side are not a 大写/小写 pair.
        let two = "罚款5000元(已缴3000元)";
        assert!(pairs(two, &find(two)).is_empty());
    }

    #[test]
    fn not_money() {
        assert!(find("现场照片20张,3%加处罚款,第九十九条").is_empty());
        assert!(find("三元里街道").is_empty());
        assert!(find("编号AB5000元").is_empty());
        assert!(find("每日按罚款数额的百分之三加处罚款").is_empty());
    }

    #[test]
    fn capitals_writer() {
        assert_eq!(to_capital(3_400_000), "叁万肆仟元整");
        assert_eq!(to_capital(1_820_000), "壹万捌仟贰佰元整");
        assert_eq!(to_capital(1_500), "壹拾伍元整");
        assert_eq!(to_capital(1_050), "壹拾元零伍角");
        assert_eq!(to_capital(5), "零元伍分");
        assert_eq!(to_capital(105), "壹元零伍分");
        assert_eq!(to_capital(0), "零元整");
        assert_eq!(to_capital(20_050_000), "贰拾万零伍佰元整");
        assert_eq!(to_figures(2_000_000), "20000.00");
        assert_eq!(parse("人民币叁万元整"), Some(3_000_000));
        assert_eq!(parse("叁万元整 多余"), None);
    }

    #[test]
    fn overflow_is_not_a_panic() {
        let t = format!("{}元", "9".repeat(60));
        assert!(find(&t).is_empty());
        let w = format!("{}元", "玖亿".repeat(10));
        let _ = find(&w);
    }
}

/// Property tests with a small deterministic generator.
#[cfg(test)]
mod props {
    use super::*;

    /// xorshift64*: reproducible, good enough to spread values over the range.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        /// Values of every magnitude: 1–13 digits.
        fn fen(&mut self) -> u64 {
            let digits = (self.next() % 13) as u32 + 1;
            self.next() % 10u64.pow(digits)
        }
    }

    #[test]
    fn capital_round_trip() {
        // Zero (a fuzz find): `零元整` is money, `三元里` is a place.
        assert_eq!(parse(&to_capital(0)), Some(0));
        assert_eq!(parse("五元整"), Some(500));
        assert_eq!(parse("零元伍角"), Some(50));
        assert_eq!(parse("三元里"), None);
        assert!(find("一元化改革").is_empty());
        let mut r = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let fen = r.fen();
            let s = format!("人民币{}", to_capital(fen));
            assert_eq!(parse(&s), Some(fen), "{s}");
        }
    }

    #[test]
    fn figures_round_trip() {
        let mut r = Rng(42);
        for _ in 0..20_000 {
            let fen = r.fen();
            let s = format!("¥{}元", to_figures(fen));
            assert_eq!(parse(&s), Some(fen), "{s}");
        }
    }

    #[test]
    fn pair_agrees_with_itself_and_not_with_another() {
        let mut r = Rng(7);
        for _ in 0..5_000 {
            let yuan = r.next() % 100_000_000 + 1;
            let t = format!("罚款人民币{}元(大写:{})", yuan, to_capital(yuan * 100));
            let a = find(&t);
            let p = pairs(&t, &a);
            assert_eq!(p.len(), 1, "{t}");
            assert!(p[0].agree, "{t}");
            let off = format!("罚款人民币{}元(大写:{})", yuan + 1, to_capital(yuan * 100));
            let a = find(&off);
            assert!(!pairs(&off, &a)[0].agree, "{off}");
        }
    }

    #[test]
    fn never_panics_on_random_text() {
        const ALPHABET: &[char] = &[
            '人', '民', '币', '元', '整', '万', '亿', '拾', '佰', '仟', '壹', '贰', '零', '以',
            '上', '下', '至', '¥', '1', '0', '.', ',', '(', ')', '大', '写', ':', ' ', '𠮷', '角',
            '分',
        ];
        let mut r = Rng(3);
        for _ in 0..20_000 {
            let n = (r.next() % 40) as usize;
            let s: String = (0..n)
                .map(|_| ALPHABET[(r.next() % ALPHABET.len() as u64) as usize])
                .collect();
            let a = find(&s);
            let _ = pairs(&s, &a);
            let _ = ranges(&s, &a);
            for x in &a {
                assert!(
                    s.is_char_boundary(x.span.start) && s.is_char_boundary(x.span.end),
                    "{s}"
                );
            }
        }
    }
}

/// The hand-written matchers against the regexes they replaced (the `regex` crate is a
/// dev-dependency): every match and every group, on unit-test inputs, edge cases and random
/// strings made of the patterns' pieces.
#[cfg(test)]
mod oracle {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    const NUMERAL_CLASS: &str =
        "零〇○壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億一二三四五六七八九十百千万亿两兩";

    static FIGURES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)
            (?P<pre>(?:人民币|RMB|CNY)\s*[:：]?\s*)?
            (?P<sym>[¥￥]\s*)?
            (?P<int>\d{1,3}(?:,\d{3})+|\d+)
            (?:\.(?P<dec>\d+))?
            \s*(?P<scale>[万千百亿])?
            \s*(?P<yuan>[元圆])?
            (?P<zheng>[整正])?",
        )
        .unwrap()
    });

    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        let n = NUMERAL_CLASS;
        Regex::new(&format!(
            r"(?P<pre>(?:人民币|RMB)\s*[:：]?\s*)?(?P<int>[{n}]+)[元圆](?:零?(?P<jiao>[{n}])角)?(?:零?(?P<fen>[{n}])分)?(?P<zheng>[整正])?"
        ))
        .unwrap()
    });

    fn span(m: Option<regex::Match<'_>>) -> Option<Span> {
        m.map(|m| Span::new(m.start(), m.end()))
    }

    fn old_figures(t: &str) -> Vec<Figures> {
        let caps = FIGURES.captures_iter(t);
        caps.map(|c| Figures {
            span: span(c.get(0)).unwrap(),
            pre: c.name("pre").is_some(),
            sym: c.name("sym").is_some(),
            int: span(c.name("int")).unwrap(),
            dec: span(c.name("dec")),
            scale: span(c.name("scale")),
            yuan: c.name("yuan").is_some(),
        })
        .collect()
    }

    fn old_words(t: &str) -> Vec<Words> {
        let caps = WORDS.captures_iter(t);
        caps.map(|c| Words {
            span: span(c.get(0)).unwrap(),
            pre: c.name("pre").is_some(),
            int: span(c.name("int")).unwrap(),
            jiao: span(c.name("jiao")),
            fen: span(c.name("fen")),
        })
        .collect()
    }

    fn same(t: &str) {
        let new: Vec<Figures> = figures(t).collect();
        assert_eq!(new, old_figures(t), "figures in {t:?}");
        let new: Vec<Words> = words(t).collect();
        assert_eq!(new, old_words(t), "words in {t:?}");
    }

    /// Byte offsets of the characters `re` matches, or `f` holds for, in a string of them all.
    fn classes_agree(re: &str, f: fn(char) -> bool) {
        let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        let old: Vec<usize> = Regex::new(re)
            .unwrap()
            .find_iter(&all)
            .map(|m| m.start())
            .collect();
        let new: Vec<usize> = all
            .char_indices()
            .filter(|&(_, c)| f(c))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(new, old, "{re}");
    }

    #[test]
    fn classes() {
        classes_agree(r"\d", is_digit);
        classes_agree(r"\s", char::is_whitespace); // what `Cursor::spaces` skips
        classes_agree(&format!("[{NUMERAL_CLASS}]"), is_numeral);
    }

    #[test]
    fn unit_inputs_and_edge_cases() {
        for t in [
            "",
            "人民币伍万元整",
            "罚款人民币20000.00元(大写:贰万元整)",
            "¥5000元整",
            "￥5000",
            "5万元",
            "0.8万元",
            "1.9万元",
            "伍佰肆拾伍元整",
            "人民币 20,000 元",
            "壹佰元伍角贰分",
            "处3万元以下的罚款;逾期未改正的,处10万元以上13万元以下的罚款",
            "处二万元以上二十万元以下的罚款",
            "罚款2万元至5万元",
            "罚款人民币叁万肆仟元整(¥34000元)",
            "罚款人民币62000元(大写:陆万叁仟元整)",
            "罚款5000元(已缴3000元)",
            "现场照片20张,3%加处罚款,第九十九条",
            "三元里街道",
            "编号AB5000元",
            "每日按罚款数额的百分之三加处罚款",
            // Separators: groups of exactly three, a run longer than three, a trailing comma.
            "1,234,567元 1234,567元 12,3456元 1,23元 1,元 ,123元 1,234,5678.9万元",
            "1.元 .5元 1..2元 1.2.3元 5 . 5元 5 万 元 整 5万 5万整 5整 5 正 5圆正",
            // Prefixes with and without separators and what they may be followed by.
            "人民币:5 人民币： ¥ 5元 RMB5 CNY 5 CNY:¥5元 RMB 壹元 CNY壹元 人民币RMB5元 人民币 元",
            "RM5元 CN5元 人民5元 ¥¥5 ¥ ￥5 人民币\n\t:\u{3000}5元",
            // 零 before 角/分, 零 as the digit itself, units missing.
            "壹元零伍角零贰分 壹元零角 壹元零零角 壹元零分 壹元角 壹元伍分整 壹元零伍 壹元伍角伍",
            "十二三 十二三元 一元化 两元 兩萬元 萬億元 零元整 〇元 ○元正 壹圆",
            // Adjacent matches and matches glued to letters, dots and dashes.
            "5元6元 5元5元5元 a5元 .5元 -5元 5-5元 x¥5 x人民币5",
            // Other scripts' digits (not folded by the canonical view), astral characters.
            "२०२३元 ๕元 ¥٣ 𝟓元 １２元 5२元 𠮷5元😀 😀人民币𠮷5元 𠮷壹元😀",
            "人民币",
            "元",
            "¥",
            "9999999999999999999999999999元",
        ] {
            same(t);
        }
    }

    /// One of the `|`-separated variants.
    fn one_of(variants: &'static str) -> impl Strategy<Value = &'static str> {
        prop::sample::select(variants.split('|').collect::<Vec<_>>())
    }

    /// Pieces of the patterns and of their surroundings.
    const PIECES: &str = "人民币|RMB|CNY|人民|R|¥|￥| |\t|\n|\u{3000}|:|：|,|.|-|0|1|5|9|12|123|1234|,000|\
        万|千|百|亿|元|圆|整|正|零|〇|壹|贰|伍|拾|佰|仟|萬|一|二|十|两|角|分|以上|以下|不超过|罚款|(|\
        大写|a|𠮷|😀|२|๓|１|人民币 |RMB:|¥ |1,234|,5678|0.5|5万元|元整|壹元|零伍角|伍角|零分|贰分|\
        叁拾万|二十万元";

    /// Amount-shaped strings: each slot picks one of its variants (often a wrong or empty one).
    const SLOTS: [&str; 13] = [
        "|人民币|RMB|CNY|人民|罚款",
        "| |:|：| : |\n|\u{3000}",
        "|¥|￥|¥ ",
        "5|1,234|12,345,678|1234,567|1,23|२|零|壹拾|二十|十二三|",
        "|.5|.|.05|.२|,000",
        "| ",
        "|万|千|百|亿",
        "| |\t",
        "|元|圆",
        "|零伍角|伍角|零角|零零角|角|零",
        "|零贰分|贰分|分|零分",
        "|整|正",
        "|以上|以下|至|(大写:",
    ];

    fn text() -> impl Strategy<Value = String> {
        let shaped = SLOTS.map(one_of).into_iter().collect::<Vec<_>>();
        let shaped = shaped.prop_map(|v| v.concat());
        let piece = one_of(PIECES).prop_map(String::from);
        prop::collection::vec(prop_oneof![shaped, piece], 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn same_as_regex(t in text()) {
            same(&t);
        }
    }
}

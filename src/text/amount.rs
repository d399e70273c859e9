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

use std::sync::OnceLock;

use regex::Regex;

use crate::finding::Span;
use crate::text::numerals;

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
const NUMERAL_CLASS: &str =
    "零〇○壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬億一二三四五六七八九十百千万亿两兩";

fn figures_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // prefix, number (with optional thousands separators and decimals), optional scale
        // (万/千/百/亿), optional 元/圆 and 整. Whether a match is an amount is decided in code:
        // it needs 元 or a currency marker.
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
        .expect("static regex")
    })
}

fn words_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let n = NUMERAL_CLASS;
        Regex::new(&format!(
            r"(?P<pre>(?:人民币|RMB)\s*[:：]?\s*)?(?P<int>[{n}]+)[元圆](?:零?(?P<jiao>[{n}])角)?(?:零?(?P<fen>[{n}])分)?(?P<zheng>[整正])?"
        ))
        .expect("static regex")
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
    for c in figures_re().captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let has_yuan = c.name("yuan").is_some();
        let currency = c.name("pre").is_some() || c.name("sym").is_some();
        if !has_yuan && !currency {
            continue;
        }
        // A figure glued to a preceding letter or digit is part of a code, not money.
        let int = c.name("int").map_or("", |x| x.as_str());
        let int_start = c.name("int").map_or(m.start(), |x| x.start());
        if c.name("pre").is_none() && c.name("sym").is_none() {
            if let Some(p) = text[..int_start].chars().next_back() {
                if p.is_ascii_alphanumeric() || p == '.' || p == '-' {
                    continue;
                }
            }
        }
        let scale = match c.name("scale").map(|x| x.as_str()) {
            Some("万") => 10_000,
            Some("千") => 1_000,
            Some("百") => 100,
            Some("亿") => 100_000_000,
            _ => 1,
        };
        let dec = c.name("dec").map_or("", |x| x.as_str());
        let Some(fen) = scaled_fen(int, dec, scale) else {
            continue;
        };
        // Without 元 the match ends at the number (or its scale); trailing spaces are not part.
        let end = if has_yuan {
            m.end()
        } else {
            c.name("scale").map_or_else(
                || c.name("dec").map_or(int_start + int.len(), |d| d.end()),
                |s| s.end(),
            )
        };
        let span = Span::new(m.start(), end);
        out.push(Amount {
            span,
            fen,
            form: Form::Figures,
            bound: bound_after(text, end).or_else(|| bound_before(text, m.start())),
            currency,
        });
    }
    for c in words_re().captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let Some(int) = c.name("int") else { continue };
        let Some(yuan) = numerals::parse_int(int.as_str()) else {
            continue;
        };
        let capital = int.as_str().chars().any(|ch| CAPITAL_CHARS.contains(ch));
        let currency = c.name("pre").is_some();
        // A lone ordinary numeral before 元 (三元里, 一元化) is too weak to be money.
        if !capital && !currency && int.as_str().chars().count() < 2 {
            continue;
        }
        let small = |name: &str| {
            c.name(name)
                .and_then(|x| x.as_str().chars().next())
                .and_then(numerals::digit_value)
                .unwrap_or(0) as u64
        };
        let Some(fen) = yuan
            .checked_mul(100)
            .and_then(|v| v.checked_add(small("jiao") * 10 + small("fen")))
        else {
            continue;
        };
        out.push(Amount {
            span: Span::new(m.start(), m.end()),
            fen,
            form: if capital {
                Form::Capital
            } else {
                Form::Chinese
            },
            bound: bound_after(text, m.end()).or_else(|| bound_before(text, m.start())),
            currency,
        });
    }
    out.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
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

/// Property tests with a small deterministic generator. (No proptest: as a dev-dependency it
/// would switch on regex features the library build does not have, hiding patterns that only
/// compile in tests.)
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

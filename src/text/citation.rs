//! Law citations: `《中华人民共和国安全生产法》第九十九条第一项`, `第九十七条第（七）项`,
//! `第三十六条第一款第一项、第二项`, `《工贸企业有限空间作业安全规定》（应急管理部令第13号）第十一条`,
//! `GB11652-2012 第9.3.7条`, short forms such as `《安全生产法》`, and the role each citation plays
//! in its sentence: the provision violated (违则, `违反了…的规定`) or the provision applied
//! (罚则 / 处理依据, `依据…的规定，…处罚`).
//!
//! The parser reads the canonical view ([`Normalized`]), so full-width brackets, digits and
//! punctuation are already folded (`（七）` is seen as `(七)`), and reports spans in the
//! original text. One citation is one source (a law, a standard, a discretion benchmark) with
//! the provisions listed after it: `《安全生产法》第二十一条、第二十五条` is one citation with two
//! provisions; `第三十六条第一款第一项、第二项` yields 36.1.1 and 36.1.2.
//!
//! ```
//! use gongshi::text::{citation, Normalized};
//! let n = Normalized::new("违反了《安全生产法》第三十六条第一款第一项、第二项的规定");
//! let c = &citation::parse(&n)[0];
//! assert_eq!(c.full_name.as_deref(), Some("中华人民共和国安全生产法"));
//! assert!(c.short_form);
//! assert_eq!(c.role, citation::Role::Violated);
//! assert_eq!(c.provisions[1].label(), "第三十六条第一款第二项");
//! ```

use serde::Serialize;

use crate::finding::Span;
use crate::render::MapSpans;
use crate::text::normalise::Normalized;
use crate::text::numerals;
use crate::text::scan::{is_digit, Cursor};

/// What kind of source a citation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A law, regulation or rule (法律、行政法规、地方性法规、规章).
    Law,
    /// A national or sector standard (GB, GB/T, AQ …).
    Standard,
    /// A discretion benchmark (裁量基准, 自由裁量适用规则).
    Benchmark,
    /// `同法` / `该法` / `该条例`: the law of the previous citation.
    Reference,
}

/// The role of a citation in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 违则: the provision the party violated (`违反了…的规定`, `不符合…`).
    Violated,
    /// 罚则 / 处理依据: the provision the decision is based on (`依据…的规定，处…罚款`).
    Penalty,
    /// Anything else: quoted for context, procedure (行政处罚法), a benchmark.
    Other,
}

/// One provision pointed at: article, 之一 suffix, paragraph (款), item (项), sub-item (目), or
/// a clause number of a standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Provision {
    /// Where this provision is written (for the second of `第一项、第二项`, just `第二项`).
    pub span: Span,
    /// 条 (article) number.
    pub article: Option<u32>,
    /// `之一` → 1, `之二` → 2.
    pub article_suffix: Option<u32>,
    /// Clause number of a standard, e.g. `9.3.7`.
    pub clause: Option<String>,
    /// 款 (paragraph) number.
    pub paragraph: Option<u32>,
    /// 项 (item) number.
    pub item: Option<u32>,
    /// 目 (sub-item) number.
    pub sub_item: Option<u32>,
}

impl Provision {
    /// The provision written out canonically: `第九十九条第一款第五项`, `第二十一条之一`, `第9.3.7条`.
    pub fn label(&self) -> String {
        let mut s = String::new();
        if let Some(c) = &self.clause {
            s.push('第');
            s.push_str(c);
            s.push('条');
        }
        if let Some(a) = self.article {
            s.push('第');
            s.push_str(&numerals::to_chinese(a as u64));
            s.push('条');
        }
        if let Some(x) = self.article_suffix {
            s.push('之');
            s.push_str(&numerals::to_chinese(x as u64));
        }
        for (v, unit) in [
            (self.paragraph, '款'),
            (self.item, '项'),
            (self.sub_item, '目'),
        ] {
            if let Some(v) = v {
                s.push('第');
                s.push_str(&numerals::to_chinese(v as u64));
                s.push(unit);
            }
        }
        s
    }

    /// How deep the provision goes: 1 article, 2 paragraph, 3 item, 4 sub-item.
    pub fn depth(&self) -> u8 {
        if self.sub_item.is_some() {
            4
        } else if self.item.is_some() {
            3
        } else if self.paragraph.is_some() {
            2
        } else {
            u8::from(self.article.is_some() || self.clause.is_some())
        }
    }
}

impl MapSpans for Provision {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
    }
}

/// One citation: a source and the provisions listed after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Citation {
    /// The whole citation, from the source name to the last provision.
    pub span: Span,
    /// Where the source name is written.
    pub law_span: Span,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The name as written, without 《》 and without a trailing version in brackets.
    pub law: String,
    /// The full official name where it can be told: `中华人民共和国安全生产法` for
    /// `《安全生产法》`; for a standard, its code.
    pub full_name: Option<String>,
    /// True when a national law is cited by its short name (`《安全生产法》`).
    pub short_form: bool,
    /// True when the name is in 《》 (standards and references are never bracketed).
    pub bracketed: bool,
    /// The bracketed note after (or inside) the name: `应急管理部令第13号`, `2021年修正`.
    pub version: Option<String>,
    /// A year read from the version note or the standard code.
    pub version_year: Option<u32>,
    /// The provisions, in the order written.
    pub provisions: Vec<Provision>,
    /// 违则, 罚则 or other, from the sentence around the citation.
    pub role: Role,
}

impl MapSpans for Citation {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
        self.law_span.map_spans(f);
        self.provisions.map_spans(f);
    }
}

impl Citation {
    /// The name used to identify the source: the full name when known, else as written.
    pub fn name(&self) -> &str {
        self.full_name.as_deref().unwrap_or(&self.law)
    }

    /// True when the source is the given national law (short or full name), e.g.
    /// `is_law("安全生产法")`.
    pub fn is_law(&self, short: &str) -> bool {
        let n = self.name();
        n == short || n.strip_prefix("中华人民共和国") == Some(short)
    }
}

/// National laws (法律) cited without 《》 in running text. Only matched when a provision follows
/// (`安全生产法第九十九条`), so a law merely named in prose is not a citation.
const UNBRACKETED_LAWS: &[&str] = &[
    "安全生产法",
    "行政处罚法",
    "行政强制法",
    "行政许可法",
    "消防法",
    "特种设备安全法",
    "职业病防治法",
    "矿山安全法",
    "突发事件应对法",
    "道路交通安全法",
    "危险化学品安全管理条例",
    "烟花爆竹安全管理条例",
    "安全生产许可证条例",
    "生产安全事故报告和调查处理条例",
    "生产安全事故应急条例",
    "民用爆炸物品安全管理条例",
    "建设工程安全生产管理条例",
];

/// Name endings of a title that is a law, regulation, rule, standard or benchmark, so that a
/// title without provisions (`《福建省安全生产条例》`) still counts; `《行政处罚告知书》` does not.
const LAW_SUFFIXES: &[&str] = &[
    "法", "条例", "规定", "办法", "细则", "规则", "规程", "规范", "标准", "基准", "准则", "决定",
];

/// Words before a citation that make it the provision violated (违则).
const VIOLATED_CUES: &[&str] = &[
    "违反",
    "违背",
    "不符合",
    "未按照",
    "未依照",
    "未按",
    "未依",
    "不执行",
];
/// Words before a citation that make it the provision applied (罚则 / 处理依据) when the sentence
/// goes on to a decision.
const BASIS_CUES: &[&str] = &["依据", "根据", "依照", "按照", "适用"];
/// Words after a citation in a sentence that mark a decision or a sanction.
const DECISION_WORDS: &[&str] = &[
    "处罚", "处以", "罚款", "给予", "决定", "查封", "扣押", "没收", "吊销", "暂扣", "责令", "处理",
    "予以", "关闭", "撤销", "拘留",
];
/// Joiners that carry the role of the previous citation over to the next one.
const JOINERS: &[&str] = &["和", "及", "与", "以及", "、", ",", "或者", "或", "并"];

// ------------------------------------------------------------------ matchers
//
// Hand-written replacements of the former regexes (quoted above each matcher), with the same
// leftmost-first semantics; the tests compare them with the regexes.

/// The matches of `at` (a matcher anchored at a byte offset, returning its end and captures),
/// tried where `first` holds for the byte there, a cheap filter that must hold only for ASCII or
/// lead bytes (`at` checks the rest): non-overlapping, left to right, the search resuming at the
/// end of each match, like `Regex::captures_iter` (matches are never empty).
pub(crate) fn find_iter<'t, T>(
    text: &'t str,
    first: impl Fn(u8) -> bool + 't,
    at: impl Fn(usize) -> Option<(usize, T)> + 't,
) -> impl Iterator<Item = (usize, usize, T)> + 't {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some(k) = text.as_bytes()[pos..].iter().position(|&b| first(b)) {
            let i = pos + k;
            if let Some((end, t)) = at(i) {
                pos = end;
                return Some((i, end, t));
            }
            pos = i + 1;
        }
        None
    })
}

/// `《([^《》\n]{1,80})》`: a title in 《》; the captures are the span of the name.
fn title_at(text: &str, i: usize) -> Option<(usize, Span)> {
    let mut c = Cursor::new(text, i);
    let start = c.pos + '《'.len_utf8();
    if !c.eat("《") || c.eat_while(80, |ch| !matches!(ch, '《' | '》' | '\n')) == 0 {
        return None;
    }
    let inner = c.span_from(start);
    c.eat("》").then_some((c.pos, inner))
}

/// A standard code as matched: series (`GB`, `DB35`), `/T`, number and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct StandardCode<'t> {
    series: &'t str,
    sub: &'t str,
    number: &'t str,
    year: &'t str,
}

impl StandardCode<'_> {
    /// `GB/T 29639-2020`.
    fn code(&self) -> String {
        format!("{}{} {}-{}", self.series, self.sub, self.number, self.year)
    }
}

/// Series of standard codes, in the order of the former alternation (`DB` takes two digits).
const STANDARD_SERIES: &[&str] = &[
    "GBZ", "GB", "AQ", "YJ", "JGJ", "HG", "SH", "SY", "TSG", "WS", "MT", "DB",
];

/// `(GBZ|GB|AQ|YJ|JGJ|HG|SH|SY|TSG|WS|MT|DB\d{2})(/[TZ])?\s*(\d{1,6}(?:\.\d{1,3})?)\s*-\s*((?:19|20)\d{2})`:
/// GB 11652-2012, GB/T 29639-2020, AQ 3013-2008, GBZ 2.1-2019, DB35/T 1234-2020. Each part
/// after the series is followed by a character it cannot take, so greedy steps without
/// backtracking match as the regex did.
fn standard_at(text: &str, i: usize) -> Option<(usize, StandardCode<'_>)> {
    STANDARD_SERIES.iter().find_map(|s| {
        let mut c = Cursor::new(text, i);
        if !c.eat(s) || (*s == "DB" && c.eat_while(2, is_digit) < 2) {
            return None;
        }
        let series = &text[i..c.pos];
        let at = c.pos;
        let mut k = c;
        if k.eat("/") && k.eat_in("TZ").is_some() {
            c = k;
        }
        let sub = &text[at..c.pos];
        c.spaces();
        let at = c.pos;
        if c.eat_while(6, is_digit) == 0 {
            return None;
        }
        let mut k = c;
        if k.eat(".") && k.eat_while(3, is_digit) > 0 {
            c = k;
        }
        let number = &text[at..c.pos];
        c.spaces();
        if !c.eat("-") {
            return None;
        }
        c.spaces();
        let at = c.pos;
        c.eat_any(&["19", "20"])?;
        let year = (c.eat_while(2, is_digit) == 2).then(|| &text[at..c.pos])?;
        Some((
            c.pos,
            StandardCode {
                series,
                sub,
                number,
                year,
            },
        ))
    })
}

/// The length of the first of `alts` (names starting with a character of three bytes) that `s`
/// starts with, as a regex alternation takes it (leftmost-first, not the longest). The first
/// characters are compared before the rest, which keeps the common misses cheap.
fn first_of(s: &str, alts: &[&str]) -> Option<usize> {
    let head = s.as_bytes().get(..3)?;
    let hit = alts
        .iter()
        .find(|a| a.as_bytes()[..3] == *head && s.starts_with(*a))?;
    Some(hit.len())
}

/// `(?:中华人民共和国)?(?:安全生产法|行政处罚法|…)`: a law of [`UNBRACKETED_LAWS`].
fn unbracketed_at(text: &str, i: usize) -> Option<usize> {
    const PRC: &str = "中华人民共和国";
    let rest = &text[i..];
    let n = rest
        .strip_prefix(PRC)
        .and_then(|r| first_of(r, UNBRACKETED_LAWS));
    n.map(|n| PRC.len() + n)
        .or_else(|| first_of(rest, UNBRACKETED_LAWS))
        .map(|n| i + n)
}

/// `同法|该法|同条例|该条例|该规定|上述法律`.
const REFERENCES: &[&str] = &["同法", "该法", "同条例", "该条例", "该规定", "上述法律"];

/// The matches of the patterns a citation starts with, found in one pass over the text. Each
/// pattern's matches are non-overlapping, left to right, its search resuming at the end of its
/// previous match, as each former regex's `captures_iter` gave them.
#[derive(Default)]
struct Starts<'t> {
    titles: Vec<(usize, usize, Span)>,
    standards: Vec<(usize, usize, StandardCode<'t>)>,
    laws: Vec<Span>,
    references: Vec<Span>,
}

/// The characters the matches of [`starts`] begin with, besides 《 (checked against the tables
/// in the tests): series of standards, unbracketed laws (and 中华人民共和国), references.
const STANDARD_FIRSTS: [char; 10] = ['G', 'A', 'Y', 'J', 'H', 'S', 'T', 'W', 'M', 'D'];
const LAW_FIRSTS: [char; 14] = [
    '中', '安', '行', '消', '特', '职', '矿', '突', '道', '危', '烟', '生', '民', '建',
];
const REFERENCE_FIRSTS: [char; 3] = ['同', '该', '上'];

/// All those characters as one bit per code point modulo 1024: most characters fail this cheap
/// test, which makes the scan about a third faster than comparing each with the lists
/// (mispredicted branches).
const FIRST_BITS: [u64; 16] = {
    let lists: [&[char]; 4] = [&['《'], &STANDARD_FIRSTS, &LAW_FIRSTS, &REFERENCE_FIRSTS];
    let mut bits = [0; 16];
    let mut k = 0;
    while k < lists.len() {
        let mut j = 0;
        while j < lists[k].len() {
            let c = lists[k][j] as usize;
            bits[c >> 6 & 15] |= 1 << (c & 63);
            j += 1;
        }
        k += 1;
    }
    bits
};

fn starts(text: &str) -> Starts<'_> {
    let mut m = Starts::default();
    // Where the search of each pattern resumes.
    let mut next = [0; 4];
    for (i, c) in text.char_indices() {
        if FIRST_BITS[c as usize >> 6 & 15] >> (c as u32 & 63) & 1 == 0 {
            continue;
        }
        if c == '《' && i >= next[0] {
            if let Some((e, name)) = title_at(text, i) {
                m.titles.push((i, e, name));
                next[0] = e;
            }
        }
        if STANDARD_FIRSTS.contains(&c) && i >= next[1] {
            if let Some((e, code)) = standard_at(text, i) {
                m.standards.push((i, e, code));
                next[1] = e;
            }
        }
        if LAW_FIRSTS.contains(&c) && i >= next[2] {
            if let Some(e) = unbracketed_at(text, i) {
                m.laws.push(Span::new(i, e));
                next[2] = e;
            }
        }
        if REFERENCE_FIRSTS.contains(&c) && i >= next[3] {
            if let Some(n) = first_of(&text[i..], REFERENCES) {
                m.references.push(Span::new(i, i + n));
                next[3] = i + n;
            }
        }
    }
    m
}

/// `((?:19|20)\d{2})\s*年`: years written `2014年`; the capture is the year, whose digits may
/// be other than ASCII ones.
fn years(s: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let at = move |i| {
        let mut c = Cursor::new(s, i);
        c.eat_any(&["19", "20"])?;
        if c.eat_while(2, is_digit) < 2 {
            return None;
        }
        let year = &s[i..c.pos];
        c.spaces();
        c.eat("年").then_some((c.pos, year))
    };
    find_iter(s, |b| b == b'1' || b == b'2', at)
}

/// The first year written `2014年` (the former `captures`).
fn year_in(s: &str) -> Option<&str> {
    years(s).next().map(|(_, _, y)| y)
}

/// Parses every citation in the canonical view of `norm`; spans point into the original text.
pub fn parse(norm: &Normalized<'_>) -> Vec<Citation> {
    let text = norm.as_str();
    let mut found: Vec<Citation> = Vec::new();
    let mut taken = Taken::default();
    let starts = starts(text);

    // 1. Bracketed titles.
    for (start, name_end, inner) in starts.titles {
        let (name, inner_version) = split_version(&text[inner.start..inner.end]);
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        let mut end = name_end;
        let mut version = inner_version.map(str::to_string);
        if let Some((v, e)) = version_after(text, end) {
            version = Some(v);
            end = e;
        }
        let kind = if is_benchmark(name) {
            SourceKind::Benchmark
        } else if version.as_deref().and_then(standard_code).is_some() {
            SourceKind::Standard
        } else {
            SourceKind::Law
        };
        let (provisions, pend) = parse_provisions(text, end, kind == SourceKind::Standard);
        let lawlike = LAW_SUFFIXES.iter().any(|s| name.ends_with(s)) || is_benchmark(name);
        if provisions.is_empty() && !lawlike {
            continue;
        }
        let end = if provisions.is_empty() { end } else { pend };
        taken.insert(start, end);
        found.push(build(
            start, name_end, end, kind, name, true, version, provisions,
        ));
    }

    // 2. Standards by code (unless already inside a bracketed citation's version note).
    for (start, code_end, m) in starts.standards {
        // `XGB…` is part of some other token.
        let glued = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        if glued || taken.overlaps(start, code_end) {
            continue;
        }
        let code = m.code();
        // An optional title in 《》 right after the code belongs to the standard.
        let mut end = code_end;
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        if trimmed.starts_with('《') {
            if let Some(close) = trimmed.find('》') {
                end += rest.len() - trimmed.len() + close + '》'.len_utf8();
            }
        }
        let (provisions, pend) = parse_provisions(text, end, true);
        let end = if provisions.is_empty() { end } else { pend };
        // A title right after the code was read as a citation of its own: fold it in.
        if taken.remove_inside(start, end) {
            found.retain(|c| !(c.span.start >= start && c.span.end <= end));
        }
        taken.insert(start, end);
        let year = m.year.parse().ok();
        let mut c = build(
            start,
            code_end,
            end,
            SourceKind::Standard,
            &code,
            false,
            None,
            provisions,
        );
        c.version_year = year;
        c.full_name = Some(code);
        found.push(c);
    }

    // 3. Well-known laws written without 《》, only when a provision follows.
    for Span { start, end } in starts.laws {
        if taken.overlaps(start, end) {
            continue;
        }
        let (provisions, pend) = parse_provisions(text, end, false);
        if provisions.is_empty() {
            continue;
        }
        taken.insert(start, pend);
        found.push(build(
            start,
            end,
            pend,
            SourceKind::Law,
            &text[start..end],
            false,
            None,
            provisions,
        ));
    }

    // 4. 同法 / 该法: provisions of the law cited just before.
    for Span { start, end } in starts.references {
        if taken.overlaps(start, end) {
            continue;
        }
        let (provisions, pend) = parse_provisions(text, end, false);
        if provisions.is_empty() {
            continue;
        }
        taken.insert(start, pend);
        found.push(build(
            start,
            end,
            pend,
            SourceKind::Reference,
            &text[start..end],
            false,
            None,
            provisions,
        ));
    }

    crate::sort::by_key(&mut found, |c| c.span.start as u128);
    resolve_references(&mut found);
    assign_roles(text, &mut found);
    for c in &mut found {
        c.span = norm.to_original(c.span);
        c.law_span = norm.to_original(c.law_span);
        for p in &mut c.provisions {
            p.span = norm.to_original(p.span);
        }
    }
    found
}

/// Ranges already claimed by a citation, disjoint.
#[derive(Default)]
struct Taken(crate::spans::SpanSet);

impl Taken {
    fn overlaps(&self, s: usize, e: usize) -> bool {
        self.0.meets(s, e)
    }

    fn insert(&mut self, s: usize, e: usize) {
        self.0.insert(s, e);
    }

    /// Removes the ranges inside [s, e) (those from the first starting at `s` or later, while
    /// they end by `e`); true when there were any.
    fn remove_inside(&mut self, s: usize, e: usize) -> bool {
        self.0.remove_inside(s, e)
    }
}

fn is_benchmark(name: &str) -> bool {
    name.contains("裁量")
}

#[allow(clippy::too_many_arguments)]
fn build(
    start: usize,
    name_end: usize,
    end: usize,
    kind: SourceKind,
    name: &str,
    bracketed: bool,
    version: Option<String>,
    provisions: Vec<Provision>,
) -> Citation {
    let (full_name, short_form) = match kind {
        SourceKind::Law => full_law_name(name),
        _ => (None, false),
    };
    let version_year = version.as_deref().and_then(|v| {
        year_in(v)
            .and_then(|y| y.parse().ok())
            .or_else(|| standard_code(v).map(|(_, y)| y))
    });
    let full_name = match kind {
        SourceKind::Standard => version
            .as_deref()
            .and_then(standard_code)
            .map(|(c, _)| c)
            .or(full_name),
        _ => full_name,
    };
    Citation {
        span: Span::new(start, end),
        law_span: Span::new(start, name_end),
        kind,
        law: name.to_string(),
        full_name,
        short_form,
        bracketed,
        version,
        version_year,
        provisions,
        role: Role::Other,
    }
}

/// The full name of a national law cited by its short name: `安全生产法` →
/// (`中华人民共和国安全生产法`, true). National laws are named `…法` and officially carry the
/// `中华人民共和国` prefix; `…办法` are rules, and a name starting with a place is local.
fn full_law_name(name: &str) -> (Option<String>, bool) {
    if name.starts_with("中华人民共和国") {
        return (Some(name.to_string()), false);
    }
    // Local regulations are 条例/规定/办法, never `…法`; `…实施办法` is a rule.
    if name.ends_with('法') && !name.ends_with("办法") && !name.contains("实施") {
        return (Some(format!("中华人民共和国{name}")), true);
    }
    (Some(name.to_string()), false)
}

/// A standard code inside a note such as `GB11652-2012`: (`GB 11652-2012`, 2012).
fn standard_code(s: &str) -> Option<(String, u32)> {
    let first = |b| {
        matches!(
            b,
            b'G' | b'A' | b'Y' | b'J' | b'H' | b'S' | b'T' | b'W' | b'M' | b'D'
        )
    };
    let (_, _, c) = find_iter(s, first, |i| standard_at(s, i)).next()?;
    let year: u32 = c.year.parse().ok()?;
    Some((c.code(), year))
}

/// Splits `安全生产法(2021年修正)` into the name and the bracketed note.
fn split_version(inner: &str) -> (&str, Option<&str>) {
    let t = inner.trim_end();
    if let Some(stripped) = t.strip_suffix(')') {
        if let Some(open) = stripped.rfind('(') {
            let note = &stripped[open + 1..];
            if !note.is_empty() && !note.contains('(') {
                return (&t[..open], Some(note));
            }
        }
    }
    (inner, None)
}

/// A bracketed note right after a title: `（应急管理部令第13号）`, `(2021年修正)`, `(GB11652-2012)`.
/// A 文号 in brackets (`（厦应急告〔2023〕84号）`) is not a version.
fn version_after(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = text.get(at..)?;
    let lead = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let body = rest.get(lead..)?;
    let inner = body.strip_prefix('(')?;
    let close = inner.find(')')?;
    let note = &inner[..close];
    if note.is_empty() || note.chars().count() > 30 || note.contains('〔') || note.contains('\n') {
        return None;
    }
    let versionish = note.contains('令')
        || note.contains("修正")
        || note.contains("修订")
        || note.contains("公布")
        || note.contains("施行")
        || year_in(note).is_some()
        || standard_code(note).is_some()
        || note.contains("第") && note.ends_with('号');
    if !versionish {
        return None;
    }
    Some((note.to_string(), at + lead + 1 + close + 1))
}

// ------------------------------------------------------------------ provision scanner

/// Levels of a provision pointer.
const ART: usize = 0;
const PARA: usize = 1;
const ITEM: usize = 2;
const SUB: usize = 3;
/// Pseudo-level of the `之一` suffix.
const SUFFIX: usize = usize::MAX;

#[derive(Default, Clone)]
struct Pointer {
    levels: [Option<u32>; 4],
    suffix: Option<u32>,
    clause: Option<String>,
    start: usize,
    end: usize,
}

impl Pointer {
    fn any(&self) -> bool {
        self.levels[ART].is_some() || self.clause.is_some()
    }
    fn to_provision(&self) -> Provision {
        Provision {
            span: Span::new(self.start, self.end),
            article: self.levels[ART],
            article_suffix: self.suffix,
            clause: self.clause.clone(),
            paragraph: self.levels[PARA],
            item: self.levels[ITEM],
            sub_item: self.levels[SUB],
        }
    }
}

/// One unit read by the scanner: a level, the numbers at that level (several for
/// `第一、二项`), and where it ends.
struct Unit {
    level: usize,
    nums: Vec<u32>,
    clause: Option<String>,
    end: usize,
}

fn is_num_char(c: char) -> bool {
    c.is_ascii_digit() || (numerals::is_numeral_char(c) && !matches!(c, '万' | '萬' | '亿' | '億'))
}

fn skip_spaces(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    i + (rest.len() - rest.trim_start_matches([' ', '\t']).len())
}

/// Reads a numeral at `i` (Chinese or arabic, optionally in brackets). Returns (value, end,
/// bracketed).
fn read_num(text: &str, i: usize) -> Option<(u32, usize, bool)> {
    let rest = text.get(i..)?;
    if let Some(inner) = rest.strip_prefix('(') {
        let n: usize = inner
            .char_indices()
            .take_while(|&(_, c)| is_num_char(c))
            .last()
            .map(|(k, c)| k + c.len_utf8())?;
        let after = &inner[n..];
        after.strip_prefix(')')?;
        let v = numerals::parse_int(&inner[..n])?;
        return Some((u32::try_from(v).ok()?, i + 1 + n + 1, true));
    }
    let n: usize = rest
        .char_indices()
        .take_while(|&(_, c)| is_num_char(c))
        .last()
        .map(|(k, c)| k + c.len_utf8())?;
    // Long numeral runs are numbers of something else (IDs, amounts), not provisions.
    if rest[..n].chars().count() > 8 {
        return None;
    }
    let v = numerals::parse_int(&rest[..n])?;
    if v == 0 {
        return None;
    }
    Some((u32::try_from(v).ok()?, i + n, false))
}

fn unit_level(c: char) -> Option<usize> {
    Some(match c {
        '条' => ART,
        '款' => PARA,
        '项' => ITEM,
        '目' => SUB,
        _ => return None,
    })
}

/// Reads one unit at `i`: `第九十九条`, `第(五)项`, `(七)项`, `第一、二项`, `之一`, and for a
/// standard `第9.3.7条`. `in_provision` is true once an article has been read, which allows a
/// bracketed item without 项 (`第二十一条(一)`) and the `之一` suffix.
fn read_unit(text: &str, i: usize, standard: bool, in_provision: bool) -> Option<Unit> {
    let rest = text.get(i..)?;
    if in_provision {
        if let Some(r) = rest.strip_prefix('之') {
            let (v, e, _) = read_num(r, 0)?;
            return Some(Unit {
                level: SUFFIX,
                nums: vec![v],
                clause: None,
                end: i + '之'.len_utf8() + e,
            });
        }
    }
    let (mut j, had_di) = match rest.strip_prefix('第') {
        Some(_) => (skip_spaces(text, i + '第'.len_utf8()), true),
        None => (i, false),
    };
    if standard {
        let r = &text[j..];
        let n = r
            .char_indices()
            .take_while(|&(_, c)| c.is_ascii_digit() || c == '.')
            .last()
            .map(|(k, c)| k + c.len_utf8())
            .unwrap_or(0);
        let clause = r[..n].trim_end_matches('.');
        if clause.is_empty() || !(clause.contains('.') || had_di) {
            return None;
        }
        let e = skip_spaces(text, j + clause.len());
        let end = match text[e..].strip_prefix('条') {
            Some(t) => text.len() - t.len(),
            None if had_di => return None,
            None => j + clause.len(),
        };
        return Some(Unit {
            level: ART,
            nums: Vec::new(),
            clause: Some(clause.to_string()),
            end,
        });
    }
    let mut nums = Vec::new();
    let mut bracketed_all = true;
    loop {
        let (v, e, br) = read_num(text, j)?;
        nums.push(v);
        bracketed_all &= br;
        let k = skip_spaces(text, e);
        let next = text[k..].chars().next();
        if let Some(level) = next.and_then(unit_level) {
            if !had_di && !bracketed_all {
                return None; // a bare number before 条 is a count ("3条"), not a provision
            }
            return Some(Unit {
                level,
                nums,
                clause: None,
                end: k + next.map_or(0, char::len_utf8),
            });
        }
        // Lists sharing one unit: `第(一)、(二)项`, `第一、二项`, `(一)(二)项`.
        let cont = if text[k..].starts_with('、') {
            let mut k2 = skip_spaces(text, k + '、'.len_utf8());
            if text[k2..].starts_with('第') {
                k2 = skip_spaces(text, k2 + '第'.len_utf8());
            }
            Some(k2)
        } else if br && text[k..].starts_with('(') {
            Some(k)
        } else {
            None
        };
        match cont {
            Some(k2) if read_num(text, k2).is_some() => j = k2,
            _ => {
                // Bracketed items right after an article or paragraph: `第二十一条(一)`.
                if bracketed_all && !had_di && in_provision {
                    return Some(Unit {
                        level: ITEM,
                        nums,
                        clause: None,
                        end: e,
                    });
                }
                return None;
            }
        }
    }
}

/// Reads the provisions listed at `i`: units joined by nothing (`第三十六条第一款`) or by a
/// separator (`、`, `,`, `和`, `及`…) when another unit follows. Returns the provisions and the
/// end of the last one.
fn parse_provisions(text: &str, i: usize, standard: bool) -> (Vec<Provision>, usize) {
    let mut out = Vec::new();
    let mut cur = Pointer::default();
    let mut pos = skip_spaces(text, i);
    let mut last_end = i;
    // Standards are often written `GB 11652-2012 中第9.3.7条` / `的第…条`.
    if standard {
        for filler in ["中", "的"] {
            if text[pos..].starts_with(filler) {
                let p = pos + filler.len();
                if read_unit(text, p, true, false).is_some() {
                    pos = p;
                }
            }
        }
    }
    let mut guard = 0;
    loop {
        guard += 1;
        if guard > 400 {
            break;
        }
        // The first unit must name an article (or a clause of a standard).
        let unit =
            read_unit(text, pos, standard, cur.any()).filter(|u| cur.any() || u.level == ART);
        let Some(u) = unit else {
            // A separator followed by another unit continues the list.
            if !cur.any() {
                break;
            }
            let Some(after_sep) = separator(text, pos) else {
                break;
            };
            let p = skip_spaces(text, after_sep);
            match read_unit(text, p, standard, true) {
                // A comma only continues a list of whole articles: `第二十一条,第二十五条`.
                Some(u)
                    if u.level != SUFFIX && !(text[pos..].starts_with(',') && u.level != ART) =>
                {
                    pos = p;
                    continue;
                }
                _ => break,
            }
        };
        if u.level == SUFFIX {
            // 之一 only follows the article itself.
            if cur.levels[PARA..].iter().any(Option::is_some) || cur.suffix.is_some() {
                break;
            }
            cur.suffix = u.nums.first().copied();
            cur.end = u.end;
            last_end = u.end;
            pos = skip_spaces(text, u.end);
            continue;
        }
        let level = u.level;
        let unit_start = pos;
        let n = u.nums.len().max(1);
        for k in 0..n {
            let occupied = if level == ART {
                cur.any()
            } else {
                cur.levels[level..].iter().any(Option::is_some)
            };
            if occupied {
                out.push(cur.to_provision());
                for l in cur.levels[level..].iter_mut() {
                    *l = None;
                }
                if level == ART {
                    cur.suffix = None;
                    cur.clause = None;
                }
                cur.start = unit_start;
            } else if !cur.any() {
                cur.start = unit_start;
            }
            if let Some(c) = &u.clause {
                cur.clause = Some(c.clone());
            } else if let Some(&v) = u.nums.get(k) {
                cur.levels[level] = Some(v);
            }
            cur.end = u.end;
        }
        last_end = u.end;
        pos = skip_spaces(text, u.end);
    }
    if cur.any() {
        out.push(cur.to_provision());
    }
    (out, last_end)
}

/// A list separator at `i`; returns the position after it.
fn separator(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    for sep in ["以及", "或者", "、", ",", "和", "及", "与", "或", "至"] {
        if rest.starts_with(sep) {
            return Some(i + sep.len());
        }
    }
    None
}

// ------------------------------------------------------------------ references and roles

fn resolve_references(found: &mut [Citation]) {
    let mut last: Option<(String, Option<String>, bool)> = None;
    for c in found.iter_mut() {
        match c.kind {
            SourceKind::Law => {
                last = Some((c.law.clone(), c.full_name.clone(), c.short_form));
            }
            SourceKind::Reference => {
                if let Some((law, full, _)) = &last {
                    c.full_name = full.clone().or_else(|| Some(law.clone()));
                }
            }
            _ => {}
        }
    }
}

/// Sentence boundaries for role detection.
fn is_boundary(c: char) -> bool {
    matches!(c, '。' | ';' | '\n' | '!' | '?' | ':')
}

/// Longest stretch (in characters) read on each side of a citation to find its sentence.
const SENTENCE_CAP: usize = 300;

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn assign_roles(text: &str, found: &mut [Citation]) {
    let mut prev: Option<(usize, Role)> = None; // end of previous citation and its role
    for cit in found.iter_mut() {
        let start = cit.span.start;
        let end = cit.span.end;
        // The sentence around the citation, capped so a text without punctuation stays linear.
        let sent_start = text[..start]
            .char_indices()
            .rev()
            .take(SENTENCE_CAP)
            .find(|&(_, c)| is_boundary(c))
            .map_or(start.saturating_sub(SENTENCE_CAP * 3), |(k, c)| {
                k + c.len_utf8()
            });
        let sent_start = floor_boundary(text, sent_start);
        let sent_end = text[end..]
            .char_indices()
            .take(SENTENCE_CAP)
            .find(|&(_, c)| is_boundary(c))
            .map_or((end + SENTENCE_CAP * 3).min(text.len()), |(k, _)| end + k);
        let sent_end = floor_boundary(text, sent_end);
        // Joined to the previous citation (`…第五条和《B》第十一条`): same role.
        let mut role = None;
        if let Some((pend, prole)) = prev {
            if pend >= sent_start && pend <= start {
                let gap = text[pend..start].trim();
                if gap.is_empty() || JOINERS.contains(&gap) {
                    role = Some(prole);
                }
            }
        }
        let window_start = prev
            .map(|(pend, _)| pend)
            .filter(|&p| p >= sent_start && p <= start)
            .unwrap_or(sent_start);
        let prefix = &text[window_start..start];
        // A label before a colon decides alone: `处罚依据：《…》…`, `违反条款：《…》…`.
        if role.is_none() && prefix.trim().is_empty() {
            role = label_role(&text[..window_start]);
        }
        let suffix = &text[end..sent_end];
        let c = &*cit;
        let role = role.unwrap_or_else(|| {
            if c.kind == SourceKind::Benchmark {
                return Role::Other;
            }
            let v = last_cue(prefix, VIOLATED_CUES);
            // A bare 依 right before the citation (`依《安全生产法》…`) is a basis cue too.
            let b = last_cue(prefix, BASIS_CUES).or_else(|| {
                prefix
                    .trim_end()
                    .ends_with('依')
                    .then(|| prefix.trim_end().len())
            });
            match (v, b) {
                (Some(v), Some(b)) if v >= b => Role::Violated,
                (Some(_), None) => Role::Violated,
                (_, Some(_)) => {
                    if DECISION_WORDS.iter().any(|w| suffix.contains(w)) {
                        Role::Penalty
                    } else {
                        Role::Other
                    }
                }
                (None, None) => {
                    // `《…》第九十九条第五项规定，对该违法行为应当“…处五万元以下的罚款”`.
                    let s = suffix.trim_start();
                    if s.starts_with("规定")
                        && ["罚款", "处罚", "吊销", "没收", "责令停产"]
                            .iter()
                            .any(|w| suffix.contains(w))
                    {
                        Role::Penalty
                    } else {
                        Role::Other
                    }
                }
            }
        });
        // The general law on penalties (行政处罚法) is procedure or discretion, not a 罚则.
        let role = if role == Role::Penalty && cit.is_law("行政处罚法") {
            Role::Other
        } else {
            role
        };
        cit.role = role;
        prev = Some((end, role));
    }
}

/// The role given by a form label right before a colon: `处罚依据：`, `违反条款：`.
fn label_role(before: &str) -> Option<Role> {
    let label = before.strip_suffix(':')?.trim_end();
    if ["处罚依据", "罚则", "处理依据", "执法依据", "强制依据"]
        .iter()
        .any(|l| label.ends_with(l))
    {
        Some(Role::Penalty)
    } else if ["违反条款", "违法条款", "违则", "违反规定"]
        .iter()
        .any(|l| label.ends_with(l))
    {
        Some(Role::Violated)
    } else {
        None
    }
}

/// Byte position of the last occurrence of any cue in `s`, ignoring 未按照 when looking for
/// 按照 (the violated cue wins there).
fn last_cue(s: &str, cues: &[&str]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for cue in cues {
        for (k, _) in s.match_indices(cue) {
            // `按照` inside `未按照` is the violated cue, not a basis cue.
            if (*cue == "按照" || *cue == "依照") && s[..k].ends_with('未') {
                continue;
            }
            best = Some(best.map_or(k, |b: usize| b.max(k)));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cites(s: &str) -> Vec<Citation> {
        parse(&Normalized::new(s))
    }

    fn labels(c: &Citation) -> Vec<String> {
        c.provisions.iter().map(Provision::label).collect()
    }

    #[test]
    fn canonical_full_citation() {
        let s = "依据《中华人民共和国安全生产法》第九十九条第一项的规定，处以罚款。";
        let c = &cites(s)[0];
        assert_eq!(c.law, "中华人民共和国安全生产法");
        assert!(!c.short_form);
        assert!(c.bracketed);
        assert_eq!(c.kind, SourceKind::Law);
        assert_eq!(labels(c), ["第九十九条第一项"]);
        let p = &c.provisions[0];
        assert_eq!((p.article, p.paragraph, p.item), (Some(99), None, Some(1)));
        assert_eq!(
            &s[c.span.start..c.span.end],
            "《中华人民共和国安全生产法》第九十九条第一项"
        );
        assert_eq!(&s[p.span.start..p.span.end], "第九十九条第一项");
        assert_eq!(c.role, Role::Penalty);
    }

    #[test]
    fn bracketed_item_full_width() {
        let s = "违反了《安全生产法》第九十七条第（七）项的规定";
        let c = &cites(s)[0];
        assert_eq!(c.provisions[0].item, Some(7));
        assert_eq!(c.provisions[0].article, Some(97));
        assert!(c.short_form);
        assert_eq!(c.full_name.as_deref(), Some("中华人民共和国安全生产法"));
        assert_eq!(c.role, Role::Violated);
        assert_eq!(
            &s[c.span.start..c.span.end],
            "《安全生产法》第九十七条第（七）项"
        );
    }

    #[test]
    fn items_listed_after_one_article() {
        let c = &cites("《中华人民共和国安全生产法》第三十六条第一款第一项、第二项")[0];
        assert_eq!(
            labels(c),
            ["第三十六条第一款第一项", "第三十六条第一款第二项"]
        );
        let c = &cites("《安全生产法》第三十六条第一款第（一）、（二）项")[0];
        assert_eq!(
            labels(c),
            ["第三十六条第一款第一项", "第三十六条第一款第二项"]
        );
        let c = &cites("《安全生产法》第二十一条第一、二项")[0];
        assert_eq!(labels(c), ["第二十一条第一项", "第二十一条第二项"]);
    }

    #[test]
    fn articles_listed_after_one_law() {
        let s = "违反了《中华人民共和国安全生产法》第二十一条、第二十五条和第四十一条第二款的规定";
        let c = &cites(s)[0];
        assert_eq!(labels(c), ["第二十一条", "第二十五条", "第四十一条第二款"]);
        assert_eq!(c.role, Role::Violated);
        let second = &c.provisions[1];
        assert_eq!(&s[second.span.start..second.span.end], "第二十五条");
    }

    #[test]
    fn order_number_as_version() {
        let s = "违反了《工贸企业有限空间作业安全规定》（应急管理部令第13号）第十一条的规定";
        let c = &cites(s)[0];
        assert_eq!(c.law, "工贸企业有限空间作业安全规定");
        assert_eq!(c.version.as_deref(), Some("应急管理部令第13号"));
        assert_eq!(labels(c), ["第十一条"]);
        assert!(!c.short_form);
        assert_eq!(c.role, Role::Violated);
    }

    #[test]
    fn version_year_inside_or_after() {
        let c = &cites("《中华人民共和国安全生产法（2014年修正）》第九十四条")[0];
        assert_eq!(c.law, "中华人民共和国安全生产法");
        assert_eq!(c.version_year, Some(2014));
        let c = &cites("《安全生产法》(2021年修正)第九十九条")[0];
        assert_eq!(c.version_year, Some(2021));
        assert_eq!(c.provisions[0].article, Some(99));
        // A 文号 in brackets after a document title is neither a version nor a citation.
        assert!(cites("送达了《行政处罚告知书》（厦应急告〔2023〕84号）").is_empty());
    }

    #[test]
    fn short_forms_and_names_alone() {
        let cs = cites("根据《福建省安全生产行政处罚自由裁量适用规则》，参照《安全生产法》和《福建省安全生产条例》");
        assert_eq!(cs.len(), 3);
        assert_eq!(cs[0].kind, SourceKind::Benchmark);
        assert!(cs[1].short_form);
        assert!(cs[1].provisions.is_empty());
        assert!(!cs[2].short_form, "local regulation is not a short form");
        // 办法 is a rule, not a national law.
        let c = &cites("《生产安全事故应急预案管理办法》第三十六条")[0];
        assert!(!c.short_form);
    }

    #[test]
    fn arabic_numbers() {
        let c = &cites("《安全生产法》第99条第7项")[0];
        assert_eq!(
            (c.provisions[0].article, c.provisions[0].item),
            (Some(99), Some(7))
        );
        let c = &cites("《安全生产法》第21条之1")[0];
        assert_eq!(c.provisions[0].article_suffix, Some(1));
        let c = &cites("《中华人民共和国刑法》第一百三十四条之一第一款")[0];
        assert_eq!(labels(c), ["第一百三十四条之一第一款"]);
    }

    #[test]
    fn standards() {
        let s = "不符合GB11652-2012 第9.3.7条的规定";
        let c = &cites(s)[0];
        assert_eq!(c.kind, SourceKind::Standard);
        assert_eq!(c.full_name.as_deref(), Some("GB 11652-2012"));
        assert_eq!(c.provisions[0].clause.as_deref(), Some("9.3.7"));
        assert_eq!(c.version_year, Some(2012));
        assert_eq!(c.role, Role::Violated);
        assert_eq!(&s[c.span.start..c.span.end], "GB11652-2012 第9.3.7条");
        let c = &cites("违反《危险化学品企业特殊作业安全规范》（GB/T 30871-2022）第5.2条")[0];
        assert_eq!(c.kind, SourceKind::Standard);
        assert_eq!(c.full_name.as_deref(), Some("GB/T 30871-2022"));
        assert_eq!(c.provisions[0].clause.as_deref(), Some("5.2"));
        let c = &cites("GB/T29639-2020")[0];
        assert_eq!(c.full_name.as_deref(), Some("GB/T 29639-2020"));
    }

    #[test]
    fn roles_from_context() {
        let s = "你单位的上述行为违反了《安全生产法》第四十五条的规定，依据《中华人民共和国安全生产法》第九十九条第（五）项的规定，应当予以行政处罚。";
        let cs = cites(s);
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[0].role, Role::Violated);
        assert_eq!(cs[1].role, Role::Penalty);
        // Joined citations share the role.
        let cs = cites("根据《安全生产法》第六十五条第一款第（四）项和《行政强制法》第二十四条的规定，本局决定予以查封");
        assert_eq!(cs[0].role, Role::Penalty);
        assert_eq!(cs[1].role, Role::Penalty);
        // A quoted 罚则.
        let cs = cites("《中华人民共和国安全生产法》第九十九条第（五）项规定，对该违法行为应当“责令限期改正，处五万元以下的罚款”。");
        assert_eq!(cs[0].role, Role::Penalty);
        // 行政处罚法 and benchmarks are never the 罚则.
        let cs =
            cites("根据《中华人民共和国行政处罚法》第二十九条的规定，按照罚款数额高的规定处罚。");
        assert_eq!(cs[0].role, Role::Other);
        // 未按照 is a violation, not a basis.
        let cs = cites("未按照《安全生产法》第二十八条的规定对从业人员进行培训");
        assert_eq!(cs[0].role, Role::Violated);
        // A label before a colon.
        let cs = cites("处罚依据：《中华人民共和国安全生产法》第九十九条第一项\n执法结论：罚款");
        assert_eq!(cs[0].role, Role::Penalty);
        // Context only.
        let cs = cites("《中华人民共和国行政强制法》第九条将查封场所列为行政强制措施的种类。");
        assert_eq!(cs[0].role, Role::Other);
    }

    #[test]
    fn unbracketed_and_references() {
        let cs =
            cites("违反了安全生产法第四十一条第二款的规定，依据同法第一百零二条的规定，处以罚款");
        assert_eq!(cs.len(), 2);
        assert!(!cs[0].bracketed);
        assert_eq!(cs[0].full_name.as_deref(), Some("中华人民共和国安全生产法"));
        assert_eq!(cs[1].kind, SourceKind::Reference);
        assert_eq!(cs[1].full_name.as_deref(), Some("中华人民共和国安全生产法"));
        assert_eq!(cs[1].role, Role::Penalty);
        // A law named without a provision is not a citation.
        assert!(cites("依照安全生产法进行处理").is_empty());
    }

    #[test]
    fn spans_map_to_original_with_astral_and_zero_width() {
        let s = "😀违反《安全生产法》第\u{200b}９９条第（一）项";
        let c = &cites(s)[0];
        assert_eq!(
            &s[c.span.start..c.span.end],
            "《安全生产法》第\u{200b}９９条第（一）项"
        );
        assert_eq!(c.provisions[0].article, Some(99));
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "",
            "《",
            "》《》",
            "第",
            "《安全生产法》第",
            "《安全生产法》第（",
            "《安全生产法》第九十九条第（",
            "《安全生产法》第九十九条、",
            "《安全生产法》第九十九条之",
            "GB-2012",
            "《a》(",
            "《安全生产法》第99999999999999999999条",
            &"第一条、".repeat(500),
        ] {
            let _ = cites(s);
        }
        let long = format!("《安全生产法》{}", "第一条、".repeat(300));
        let c = cites(&long);
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn serializes_camel_case() {
        let c = &cites("《安全生产法》第九十九条第一项")[0];
        let v = serde_json::to_value(c).unwrap();
        assert_eq!(v["fullName"], "中华人民共和国安全生产法");
        assert_eq!(v["provisions"][0]["item"], 1);
        assert_eq!(v["role"], "other");
        assert_eq!(v["kind"], "law");
    }

    // ------------------------------------------------------------- differential tests

    use proptest::prelude::*;
    use regex::Regex;

    /// The former patterns, as oracles.
    fn oracles() -> &'static [Regex; 5] {
        static RES: std::sync::OnceLock<[Regex; 5]> = std::sync::OnceLock::new();
        RES.get_or_init(|| {
            let laws: Vec<String> = UNBRACKETED_LAWS.iter().map(|s| regex::escape(s)).collect();
            [
                r"《([^《》\n]{1,80})》".to_string(),
                concat!(
                    r"(GBZ|GB|AQ|YJ|JGJ|HG|SH|SY|TSG|WS|MT|DB\d{2})(/[TZ])?",
                    r"\s*(\d{1,6}(?:\.\d{1,3})?)\s*-\s*((?:19|20)\d{2})"
                )
                .to_string(),
                format!(r"(?:中华人民共和国)?(?:{})", laws.join("|")),
                r"同法|该法|同条例|该条例|该规定|上述法律".to_string(),
                r"((?:19|20)\d{2})\s*年".to_string(),
            ]
            .map(|p| Regex::new(&p).unwrap())
        })
    }

    type Groups = Vec<Option<(usize, usize)>>;

    /// Every match with all its groups, as the regex reports them.
    fn by_regex(re: &Regex, t: &str) -> Vec<Groups> {
        re.captures_iter(t)
            .map(|c| c.iter().map(|g| g.map(|g| (g.start(), g.end()))).collect())
            .collect()
    }

    /// The span of `s`, a slice of `t`; `None` when empty (an optional group that is absent).
    fn at(t: &str, s: &str) -> Option<(usize, usize)> {
        let start = s.as_ptr() as usize - t.as_ptr() as usize;
        (!s.is_empty()).then_some((start, start + s.len()))
    }

    /// Every match of the hand-written matchers, in the same shape.
    fn by_hand(t: &str) -> [Vec<Groups>; 5] {
        let m = starts(t);
        let spans = |v: Vec<Span>| v.iter().map(|s| vec![Some((s.start, s.end))]).collect();
        [
            m.titles
                .iter()
                .map(|&(s, e, n)| vec![Some((s, e)), Some((n.start, n.end))])
                .collect(),
            m.standards
                .iter()
                .map(|&(s, e, m)| {
                    let g = [m.series, m.sub, m.number, m.year].map(|x| at(t, x));
                    [vec![Some((s, e))], g.to_vec()].concat()
                })
                .collect(),
            spans(m.laws),
            spans(m.references),
            years(t)
                .map(|(s, e, y)| vec![Some((s, e)), at(t, y)])
                .collect(),
        ]
    }

    fn same(t: &str) -> Result<(), String> {
        let res = oracles();
        let hand = by_hand(t);
        for (k, re) in res.iter().enumerate() {
            let want = by_regex(re, t);
            if want != hand[k] {
                return Err(format!(
                    "pattern {k} on {t:?}:\n regex {want:?}\n hand  {:?}",
                    hand[k]
                ));
            }
        }
        // `year_in` is the former `captures` (the first match), `version_after` its `is_match`.
        if res[4]
            .captures(t)
            .and_then(|c| c.get(1))
            .map(|y| y.as_str())
            != year_in(t)
            || res[4].is_match(t) != year_in(t).is_some()
        {
            return Err(format!("year_in differs on {t:?}"));
        }
        // `standard_code` reads the first standard match.
        let old = res[1].captures(t).and_then(|c| {
            let year: u32 = c.get(4)?.as_str().parse().ok()?;
            let g = |i| c.get(i).map_or("", |x| x.as_str());
            Some((format!("{}{} {}-{}", g(1), g(2), g(3), year), year))
        });
        if old != standard_code(t) {
            return Err(format!("standard_code differs on {t:?}"));
        }
        Ok(())
    }

    /// Inputs of the unit tests above.
    const UNIT_INPUTS: &[&str] = &[
        "依据《中华人民共和国安全生产法》第九十九条第一项的规定，处以罚款。",
        "违反了《安全生产法》第九十七条第(七)项的规定",
        "《中华人民共和国安全生产法》第三十六条第一款第一项、第二项",
        "违反了《中华人民共和国安全生产法》第二十一条、第二十五条和第四十一条第二款的规定",
        "违反了《工贸企业有限空间作业安全规定》(应急管理部令第13号)第十一条的规定",
        "《中华人民共和国安全生产法(2014年修正)》第九十四条",
        "《安全生产法》(2021年修正)第九十九条",
        "送达了《行政处罚告知书》(厦应急告〔2023〕84号)",
        "根据《福建省安全生产行政处罚自由裁量适用规则》，参照《安全生产法》和《福建省安全生产条例》",
        "《安全生产法》第21条之1",
        "不符合GB11652-2012 第9.3.7条的规定",
        "违反《危险化学品企业特殊作业安全规范》(GB/T 30871-2022)第5.2条",
        "GB/T29639-2020",
        "违反了安全生产法第四十一条第二款的规定，依据同法第一百零二条的规定，处以罚款",
        "依照安全生产法进行处理",
        "😀违反《安全生产法》第９９条第(一)项",
        "",
        "《",
        "》《》",
        "GB-2012",
        "《a》(",
    ];

    #[test]
    fn matchers_equal_the_former_regexes() {
        let long = "字".repeat(80);
        let edge: Vec<String> = [
            // Titles: empty, 80 and 81 characters, nested, unbalanced, line break, adjacent.
            "《》《a》《《b》》《c\nd》《e》《f》".to_string(),
            format!("《{long}》《{long}字》《{long}"),
            "《𠮷😀》《安全生产法(2021年修正)》》《".to_string(),
            // Standards: every series, optional parts, too many digits, glued, Unicode digits.
            "GBZ2.1-2019 GBZ 2-2019 GB 1-1999 AQ3013 - 2008 YJ1-2000 JGJ 59-2011 HG/T 20660-2017"
                .to_string(),
            "SH 3047-2021 SY/Z 6-2020 TSG 21-2016 WS 1-2012 MT 2-2010 DB35/T 1234-2020 DB3 1-2020"
                .to_string(),
            "GB1234567-2012 GB123456-2012 GB1.2345-2012 GB1.-2012 GB1.234-20 GB 1-1899 GB 1-20123"
                .to_string(),
            "GBZ/T 1-2019 GBZZ1-2019 GB/X 1-2019 GB 1\u{3000}-\n2019 DB٣٥ 1-2020 GB १२-20٣٤ GB1-1९९९"
                .to_string(),
            "XGB1-2012GB2-2013AQ3-2014 GGB1-2012 GB1--2012 GB 1 - 2012年".to_string(),
            // Unbracketed laws: prefix with and without a law, leftmost-first order.
            "中华人民共和国安全生产法中华人民共和国刑法安全生产许可证条例中华人民共和国中华人民共和国消防法"
                .to_string(),
            "生产安全事故报告和调查处理条例生产安全事故应急条例民用爆炸物品安全管理条例建设工程安全生产管理条例"
                .to_string(),
            "行政处罚法行政强制法行政许可法特种设备安全法职业病防治法矿山安全法突发事件应对法道路交通安全法危险化学品安全管理条例烟花爆竹安全管理条例"
                .to_string(),
            // References.
            "同法同条例该法该条例该规定上述法律上述同该".to_string(),
            // Years.
            "2014年 1999 年 2021\n年 1899年 20२१年 20145年 202年 2020".to_string(),
            "19年2020年".to_string(),
            "2021\n年".to_string(),
            "20२१\u{3000}年2021年".to_string(),
        ]
        .into();
        for t in UNIT_INPUTS
            .iter()
            .copied()
            .chain(edge.iter().map(String::as_str))
        {
            same(t).unwrap();
            same(Normalized::new(t).as_str()).unwrap();
        }
    }

    #[test]
    fn decimal_and_space_classes_equal_the_regex_ones() {
        let (d, s) = (Regex::new(r"^\d$").unwrap(), Regex::new(r"^\s$").unwrap());
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let t = c.encode_utf8(&mut buf);
            assert_eq!(is_digit(c), d.is_match(t), "{c:?}");
            assert_eq!(c.is_whitespace(), s.is_match(t), "{c:?}");
        }
    }

    #[test]
    fn firsts_are_the_first_characters_of_the_patterns() {
        let firsts = |t: &[&str]| {
            let mut v: Vec<char> = t.iter().map(|s| s.chars().next().unwrap()).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let sorted = |a: &[char]| {
            let mut v = a.to_vec();
            v.sort_unstable();
            v
        };
        assert_eq!(sorted(&STANDARD_FIRSTS), firsts(STANDARD_SERIES));
        let laws = [UNBRACKETED_LAWS, &["中华人民共和国"]].concat();
        assert_eq!(sorted(&LAW_FIRSTS), firsts(&laws));
        assert_eq!(sorted(&REFERENCE_FIRSTS), firsts(REFERENCES));
    }

    #[test]
    fn every_unbracketed_law_is_found() {
        for l in UNBRACKETED_LAWS {
            for t in [l.to_string(), format!("中华人民共和国{l}")] {
                assert_eq!(starts(&t).laws, [Span::new(0, t.len())]);
                same(&t).unwrap();
            }
        }
    }

    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "《",
                "》",
                "\n",
                "安全生产法",
                "中华人民共和国",
                "安全生产许可证条例",
                "生产安全事故",
                "应急条例",
                "消防法",
                "行政",
                "处罚法",
                "同法",
                "同条例",
                "该",
                "规定",
                "上述法律",
                "GB",
                "GBZ",
                "Z",
                "/T",
                "/Z",
                "/",
                "DB",
                "DB35",
                "35",
                "AQ",
                "JGJ",
                "TSG",
                "MT",
                " ",
                "\t",
                "\u{3000}",
                "\u{2028}",
                "-",
                ".",
                "2012",
                "19",
                "20",
                "年",
                "२",
                "٣",
                "𠮷",
                "😀",
                "第",
                "条",
                "(2021年修正)",
                "字",
            ])
            .prop_map(str::to_string),
            "[0-9]{1,8}",
            "[GBAQZ/T0-9 .\\-]{1,6}",
            // Near-matches of each pattern.
            "《[^》]{0,3}》?",
            "(GBZ|GB|DB[0-9]{1,2}|DB٣٥|AQ|TSG)(/[TZ])?[ \n]{0,2}[0-9२]{0,7}(\\.[0-9]{0,4})?[ \t]{0,2}-?[ \u{3000}]{0,2}(19|20)?[0-9٣]{0,3}",
            "(中华人民共和国)?(安全生产|消防|生产安全事故)(法|许可证条例|应急条例)?",
            "(19|20)[0-9२]{1,3}[ \n\u{2028}]{0,2}年?",
            "字{76,82}",
            "\\PC{0,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn matchers_equal_the_former_regexes_on_random_text(
            v in proptest::collection::vec(fragment(), 0..24)
        ) {
            let t = v.concat();
            if let Err(e) = same(&t) {
                prop_assert!(false, "{}", e);
            }
        }
    }
}

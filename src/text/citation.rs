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

use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

use crate::finding::Span;
use crate::render::MapSpans;
use crate::text::normalise::Normalized;
use crate::text::numerals;

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

fn bracket_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"《([^《》\n]{1,80})》").expect("static regex"))
}

fn standard_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // GB 11652-2012, GB/T 29639-2020, AQ 3013-2008, GBZ 2.1-2019, DB35/T 1234-2020.
    RE.get_or_init(|| {
        Regex::new(
            r"(GBZ|GB|AQ|YJ|JGJ|HG|SH|SY|TSG|WS|MT|DB\d{2})(/[TZ])?\s*(\d{1,6}(?:\.\d{1,3})?)\s*-\s*((?:19|20)\d{2})",
        )
        .expect("static regex")
    })
}

fn unbracketed_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let alts: Vec<String> = UNBRACKETED_LAWS.iter().map(|s| regex::escape(s)).collect();
        Regex::new(&format!(r"(?:中华人民共和国)?(?:{})", alts.join("|"))).expect("static regex")
    })
}

fn reference_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"同法|该法|同条例|该条例|该规定|上述法律").expect("static regex"))
}

fn year_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"((?:19|20)\d{2})\s*年").expect("static regex"))
}

/// Parses every citation in the canonical view of `norm`; spans point into the original text.
pub fn parse(norm: &Normalized<'_>) -> Vec<Citation> {
    let text = norm.as_str();
    let mut found: Vec<Citation> = Vec::new();
    let mut taken = Taken::default();

    // 1. Bracketed titles.
    for m in bracket_re().captures_iter(text) {
        let (Some(all), Some(inner)) = (m.get(0), m.get(1)) else {
            continue;
        };
        let (name, inner_version) = split_version(inner.as_str());
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        let mut end = all.end();
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
        taken.insert(all.start(), end);
        found.push(build(
            all.start(),
            all.end(),
            end,
            kind,
            name,
            true,
            version,
            provisions,
        ));
    }

    // 2. Standards by code (unless already inside a bracketed citation's version note).
    for m in standard_re().captures_iter(text) {
        let Some(all) = m.get(0) else { continue };
        // `XGB…` is part of some other token.
        let glued = text[..all.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric());
        if glued || taken.overlaps(all.start(), all.end()) {
            continue;
        }
        let code = format!(
            "{}{} {}-{}",
            m.get(1).map_or("", |x| x.as_str()),
            m.get(2).map_or("", |x| x.as_str()),
            m.get(3).map_or("", |x| x.as_str()),
            m.get(4).map_or("", |x| x.as_str())
        );
        // An optional title in 《》 right after the code belongs to the standard.
        let mut end = all.end();
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
        if taken.remove_inside(all.start(), end) {
            found.retain(|c| !(c.span.start >= all.start() && c.span.end <= end));
        }
        taken.insert(all.start(), end);
        let year = m.get(4).and_then(|y| y.as_str().parse().ok());
        let mut c = build(
            all.start(),
            all.end(),
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
    for m in unbracketed_re().find_iter(text) {
        if taken.overlaps(m.start(), m.end()) {
            continue;
        }
        let (provisions, pend) = parse_provisions(text, m.end(), false);
        if provisions.is_empty() {
            continue;
        }
        taken.insert(m.start(), pend);
        found.push(build(
            m.start(),
            m.end(),
            pend,
            SourceKind::Law,
            m.as_str(),
            false,
            None,
            provisions,
        ));
    }

    // 4. 同法 / 该法: provisions of the law cited just before.
    for m in reference_re().find_iter(text) {
        if taken.overlaps(m.start(), m.end()) {
            continue;
        }
        let (provisions, pend) = parse_provisions(text, m.end(), false);
        if provisions.is_empty() {
            continue;
        }
        taken.insert(m.start(), pend);
        found.push(build(
            m.start(),
            m.end(),
            pend,
            SourceKind::Reference,
            m.as_str(),
            false,
            None,
            provisions,
        ));
    }

    found.sort_by_key(|c| c.span.start);
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

/// Ranges already claimed by a citation, sorted and disjoint, so each lookup is a binary search.
#[derive(Default)]
struct Taken(Vec<(usize, usize)>);

impl Taken {
    fn overlaps(&self, s: usize, e: usize) -> bool {
        let i = self.0.partition_point(|&(a, _)| a < e);
        // Only the range starting last before `e` can reach into [s, e).
        i > 0 && self.0[i - 1].1 > s
    }

    fn insert(&mut self, s: usize, e: usize) {
        let i = self.0.partition_point(|&(a, _)| a < s);
        self.0.insert(i, (s, e));
    }

    /// Removes the ranges inside [s, e); true when there were any.
    fn remove_inside(&mut self, s: usize, e: usize) -> bool {
        let lo = self.0.partition_point(|&(a, _)| a < s);
        let hi = lo + self.0[lo..].iter().take_while(|&&(_, b)| b <= e).count();
        self.0.drain(lo..hi).count() > 0
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
        year_re()
            .captures(v)
            .and_then(|c| c.get(1))
            .and_then(|y| y.as_str().parse().ok())
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
    let c = standard_re().captures(s)?;
    let year: u32 = c.get(4)?.as_str().parse().ok()?;
    Some((
        format!(
            "{}{} {}-{}",
            c.get(1)?.as_str(),
            c.get(2).map_or("", |x| x.as_str()),
            c.get(3)?.as_str(),
            year
        ),
        year,
    ))
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
        || year_re().is_match(note)
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
}

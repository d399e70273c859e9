//! The six summary fields of 公示制度（十四）2 — 决定书文号、执法主体、执法对象、执法类别、
//! 执法日期、执法结论 — read from a publication summary (under their labels) or from a
//! decision (from its header, operative part and signature).
//!
//! Everything here reads the canonical view through the shared parsers on [`Doc`] (lines,
//! sections, dates, 文号) and keeps canonical spans; [`super`] maps them to the original text
//! and masks the values.

use crate::doc::Doc;
use crate::finding::Span;
use crate::text::date::DateMention;
use crate::text::docnum::DocKind;
use crate::text::sections::{heading_at, label_at, HeadingKind};

use super::civil::Date;
use super::rules::{
    self, Category, AGENCY_SUFFIXES, CONCLUSION_HEADINGS, CONCLUSION_LEADS, FIELDS, OUTCOME_WORDS,
    PARTY_LABELS,
};

/// A labelled value on one line: `执法主体：泉州市应急管理局`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labelled {
    /// Index of the line in `doc.lines()`.
    pub line: usize,
    /// The label word (canonical span).
    pub label: Span,
    /// The value (canonical span, trimmed; may be empty).
    pub value: Span,
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// True when `s` starts with a field label: 1–10 Han characters and a colon.
fn starts_with_label(s: &str) -> bool {
    for (n, c) in s.chars().enumerate() {
        if c == ':' || c == '：' {
            return n > 0;
        }
        if !is_han(c) || n == 10 {
            return false;
        }
    }
    false
}

/// Ends a value at a tab, a run of two or more spaces, or a space before the next label on the
/// same line (`女 出生日期:…`).
fn value_end(s: &str) -> usize {
    // Field values are short; the cap keeps a line full of colons linear.
    const MAX_VALUE: usize = 1024;
    let b = s.as_bytes();
    let mut cap = b.len().min(MAX_VALUE);
    while !s.is_char_boundary(cap) {
        cap -= 1;
    }
    for i in 0..cap {
        if b[i] == b'\t' || (b[i] == b' ' && b.get(i + 1) == Some(&b' ')) {
            return i;
        }
        if (b[i] == b' ' || b[i] == b';') && starts_with_label(s[i + 1..].trim_start()) {
            return i;
        }
    }
    cap
}

fn trim_span(text: &str, mut sp: Span) -> Span {
    let s = &text[sp.start..sp.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    sp.start += lead;
    sp.end -= trail;
    sp.end = sp.end.max(sp.start);
    sp
}

/// One `label：value` pair of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    at: Labelled,
    /// The label word, spaces removed (`执法主体`, `法定代表人(负责人)`).
    word: String,
}

/// Every `label：value` pair of a document, found in one pass: a label is a run of Han
/// characters (optionally followed by a bracketed qualifier, `法定代表人（负责人）`) that starts
/// a line (after a list marker such as `1.` or `(一)`) or follows a space or `;`, then a colon.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    entries: Vec<Entry>,
}

/// Longest label word, in characters.
const MAX_LABEL_CHARS: usize = 16;

impl Labels {
    /// Indexes the labels of `doc`.
    pub fn new(doc: &Doc<'_>) -> Labels {
        let text = doc.text();
        let mut entries = Vec::new();
        for (i, l) in doc.lines().iter().enumerate() {
            let s = &text[l.span.start..l.span.end];
            if !crate::text::scan::contains_any(s, &[':', '：']) {
                // Table rows copied from a web page or a spreadsheet: `执法主体<TAB>泉州市…`,
                // `执法主体    泉州市…`, `【执法主体】泉州市…`.
                if let Some((ls, le, vs)) = table_label(s) {
                    let ve = vs + value_end(&s[vs..]);
                    entries.push(Entry {
                        at: Labelled {
                            line: i,
                            label: Span::new(l.span.start + ls, l.span.start + le),
                            value: trim_span(text, Span::new(l.span.start + vs, l.span.start + ve)),
                        },
                        word: s[ls..le].to_string(),
                    });
                }
                continue;
            }
            let marker = heading_at(s).map_or(0, |(_, _, m)| m);
            let marker_end =
                marker + (s[marker..].len() - s[marker..].trim_start_matches(is_space).len());
            for (c, ch) in s.char_indices().filter(|&(_, c)| c == ':' || c == '：') {
                let Some(ls) = label_start(s, c, marker_end) else {
                    continue;
                };
                let word: String = s[ls..c].chars().filter(|c| !is_space(*c)).collect();
                let le = ls + s[ls..c].trim_end_matches(is_space).len();
                let vs = c + ch.len_utf8();
                let ve = vs + value_end(&s[vs..]);
                entries.push(Entry {
                    at: Labelled {
                        line: i,
                        label: Span::new(l.span.start + ls, l.span.start + le),
                        value: trim_span(text, Span::new(l.span.start + vs, l.span.start + ve)),
                    },
                    word,
                });
            }
        }
        Labels { entries }
    }

    /// The first pair (on a line from `from`, before `until`) whose label is one of `labels`
    /// (or one of them with a bracketed qualifier: `当事人（单位）`).
    pub fn find(&self, labels: &[&str], from: usize, until: usize) -> Option<Labelled> {
        self.entries
            .iter()
            .filter(|e| e.at.line >= from && e.at.line < until)
            .find(|e| {
                labels.iter().any(|l| {
                    e.word == *l
                        || e.word
                            .strip_prefix(l)
                            .is_some_and(|r| r.starts_with(['(', '（']))
                })
            })
            .map(|e| e.at)
    }
}

/// A label without a colon at the start of line `s`: `【label】value`, or a short Han label
/// followed by a tab or two or more spaces. Returns label start, label end and value start.
fn table_label(s: &str) -> Option<(usize, usize, usize)> {
    if let Some(rest) = s.strip_prefix('【') {
        let close = rest.find('】')?;
        let word = &rest[..close];
        let n = word.chars().count();
        if n == 0 || n > MAX_LABEL_CHARS || !word.chars().all(is_han) {
            return None;
        }
        let ls = '【'.len_utf8();
        let le = ls + close;
        return Some((ls, le, le + '】'.len_utf8()));
    }
    let le = s.find(|c: char| !is_han(c))?;
    let n = s[..le].chars().count();
    if n == 0 || n > MAX_LABEL_CHARS {
        return None;
    }
    let gap = &s[le..];
    let ws = gap.len() - gap.trim_start_matches(is_space).len();
    let tab = gap[..ws].contains('\t');
    if ws == 0 || (!tab && ws < 2) || ws == gap.len() {
        return None;
    }
    Some((0, le, le + ws))
}

/// Where the label ending at the colon at byte `colon` of line `s` starts, if there is one.
fn label_start(s: &str, colon: usize, marker_end: usize) -> Option<usize> {
    let head = s[..colon].trim_end_matches(is_space);
    let mut start = head.len();
    let mut chars = head.char_indices().rev().peekable();
    // An optional bracketed qualifier right before the colon.
    if chars.peek().is_some_and(|&(_, c)| c == ')' || c == '）') {
        chars.next();
        let mut open = None;
        for (k, c) in chars.by_ref() {
            if c == '(' || c == '（' {
                open = Some(k);
                break;
            }
            if !is_han(c) {
                return None;
            }
        }
        start = open?;
    }
    let mut n = 0;
    for (k, c) in chars {
        if !is_han(c) {
            break;
        }
        n += 1;
        if n > MAX_LABEL_CHARS {
            return None;
        }
        start = k;
    }
    if n == 0 {
        return None;
    }
    let before = s[..start].chars().next_back();
    let ok = start == marker_end
        || start == 0
        || before.is_some_and(|b| is_space(b) || b == ';' || b == '；');
    ok.then_some(start)
}

/// The first line (from `from`, before `until`) with one of `labels` and a colon: a
/// convenience over [`Labels`] for a single lookup.
pub fn find_labelled(
    doc: &Doc<'_>,
    labels: &[&str],
    from: usize,
    until: usize,
) -> Option<Labelled> {
    Labels::new(doc).find(labels, from, until)
}

/// How many of the six summary fields have a label line: three or more make a text a
/// publication summary rather than a decision.
pub fn summary_label_count(doc: &Doc<'_>, idx: &Labels) -> usize {
    let n = doc.lines().len();
    FIELDS
        .iter()
        .filter(|f| {
            // `当事人：` alone is a decision header; count the target only under its own words.
            let labels: Vec<&str> = f
                .labels
                .iter()
                .copied()
                .filter(|l| !matches!(*l, "当事人" | "被处罚单位" | "被处罚人" | "文号"))
                .collect();
            idx.find(&labels, 0, n).is_some()
        })
        .count()
}

/// Cuts a party value at the first bracket, comma or semicolon: `福建某有限公司（统一社会信用代码：…）`
/// → `福建某有限公司`.
pub fn name_only(text: &str, sp: Span) -> Span {
    let s = &text[sp.start..sp.end];
    let cut = s
        .find(['(', '（', ',', '，', ';', '；', '、', '。'])
        .unwrap_or(s.len());
    trim_span(text, Span::new(sp.start, sp.start + cut))
}

/// Index of the first line of a decision's body: a numbered heading, or the first running-text
/// line after the header (long, or opening with `经查`, `现查明`…, and not a `label:` line).
pub fn body_start(doc: &Doc<'_>) -> usize {
    const OPENINGS: &[&str] = &[
        "经查",
        "现查明",
        "经调查",
        "本局于",
        "本机关于",
        "你单位",
        "你公司",
    ];
    let text = doc.text();
    for (i, l) in doc.lines().iter().enumerate().skip(1) {
        let s = &text[l.span.start..l.span.end];
        if let Some((k, _, _)) = heading_at(s) {
            if matches!(k, HeadingKind::Chinese | HeadingKind::Article) {
                return i;
            }
        }
        let label = label_at(s).is_some();
        if !label && (s.chars().count() >= 30 || OPENINGS.iter().any(|o| s.starts_with(o))) {
            return i;
        }
    }
    doc.lines().len()
}

/// The party line of a decision header: a party label (`被处罚单位：…`), else the addressee
/// line of an order (`泉州市某某有限公司：` on its own line).
pub fn party_line(doc: &Doc<'_>, idx: &Labels, body: usize) -> Option<Labelled> {
    if let Some(l) = idx.find(PARTY_LABELS, 0, body.max(1)) {
        return Some(l);
    }
    let text = doc.text();
    for (i, l) in doc
        .lines()
        .iter()
        .enumerate()
        .take(body.clamp(1, 8))
        .skip(1)
    {
        let s = &text[l.span.start..l.span.end];
        let Some(name) = s.strip_suffix([':', '：']) else {
            continue;
        };
        let name = name.trim();
        let n = name.chars().count();
        if (2..=40).contains(&n)
            && name.chars().all(|c| is_han(c) || "()（）·".contains(c))
            && !name.contains("文号")
        {
            let start = l.span.start + (s.find(name).unwrap_or(0));
            let sp = Span::new(start, start + name.len());
            return Some(Labelled {
                line: i,
                label: Span::new(start, start),
                value: sp,
            });
        }
    }
    None
}

/// This document's own 文号: the first complete number in the header of a decision.
pub fn own_doc_number(doc: &Doc<'_>, body: usize) -> Option<(Span, Option<DocKind>)> {
    // The header: before the body, and within the first lines even when no body was found.
    let lines = doc.lines();
    let limit = lines
        .get(body.min(8))
        .map_or(doc.text().len(), |l| l.span.start);
    doc.doc_numbers()
        .iter()
        .take_while(|n| n.span.start < limit)
        .find(|n| n.is_complete() && !n.blank)
        .map(|n| (n.span, n.kind))
}

fn strip_seal(s: &str) -> &str {
    let mut s = s.trim();
    for mark in ["(印章)", "(公章)", "(盖章)", "(章)", "(签章)"] {
        if let Some(x) = s.strip_suffix(mark) {
            s = x.trim_end();
        }
        if let Some(x) = s.strip_prefix(mark) {
            s = x.trim_start();
        }
    }
    s
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// True when `s` looks like an agency name: Han characters (and brackets), ending in an agency
/// suffix, not too long.
pub fn is_agency_name(s: &str) -> bool {
    let n = s.chars().count();
    (3..=40).contains(&n)
        && s.chars().all(|c| is_han(c) || "()（）".contains(c))
        && AGENCY_SUFFIXES.iter().any(|x| s.ends_with(x))
}

/// The issuing agency: the signature line near the end, else the agency heading the title.
pub fn agency(doc: &Doc<'_>, body: usize) -> Option<Span> {
    let text = doc.text();
    let lines = doc.lines();
    // Signature: one of the last lines consisting of an agency name (maybe with the seal mark).
    for l in lines.iter().rev().take(12) {
        let s = &text[l.span.start..l.span.end];
        let name = strip_seal(s);
        if is_agency_name(name) {
            let off = s.find(name).unwrap_or(0);
            return Some(Span::new(
                l.span.start + off,
                l.span.start + off + name.len(),
            ));
        }
    }
    // Header: `XX应急管理局` on its own line, or before the title on the same line.
    for l in lines.iter().take(body.clamp(1, 4)) {
        let s = &text[l.span.start..l.span.end];
        if is_agency_name(s) {
            return Some(l.span);
        }
        for suffix in AGENCY_SUFFIXES {
            if let Some(i) = s.find(suffix) {
                let head = &s[..i + suffix.len()];
                if is_agency_name(head) && s[head.len()..].contains("书") {
                    return Some(Span::new(l.span.start, l.span.start + head.len()));
                }
            }
        }
    }
    None
}

fn date_of(m: &DateMention) -> Option<Date> {
    let y = m.ymd()?;
    Date::new(y.year, y.month, y.day)
}

/// The decision date: the date of the signature block — a line of the closing lines that holds
/// only a date (and maybe the seal mark) — else a labelled date (`决定日期：…`). A blank
/// template date (`年 月 日`) or a date that only sits on someone's signature line does not
/// count: the document is then undated.
pub fn decision_date(doc: &Doc<'_>, idx: &Labels) -> Option<(Date, Span)> {
    let text = doc.text();
    let lines = doc.lines();
    let dates = doc.dates();
    let tail = lines.len().saturating_sub(6);
    for l in lines[tail..].iter().rev() {
        let s = strip_seal(&text[l.span.start..l.span.end]);
        let on_line = dates
            .iter()
            .filter(|m| m.span.start >= l.span.start && m.span.end <= l.span.end);
        for m in on_line {
            let ms = text[m.span.start..m.span.end].trim();
            // The date alone, or after the agency's name on the same line.
            let alone = ms == s
                || s.strip_suffix(ms)
                    .is_some_and(|head| is_agency_name(strip_seal(head.trim_end())));
            if alone {
                if m.blank {
                    return None;
                }
                if let Some(d) = date_of(m) {
                    return Some((d, m.span));
                }
            }
        }
    }
    let l = idx.find(
        &["决定日期", "作出决定日期", "作出日期", "签发日期", "日期"],
        0,
        lines.len(),
    )?;
    dates
        .iter()
        .find(|m| m.span.start >= l.value.start && m.span.end <= l.value.end)
        .and_then(|m| date_of(m).map(|d| (d, m.span)))
}

/// The category of a decision, from the caller's document type, its own 文号 code or its
/// title words.
pub fn decision_category(
    doc: &Doc<'_>,
    doc_type: Option<&str>,
    kind: Option<DocKind>,
    body: usize,
) -> Option<Category> {
    if let Some(t) = doc_type {
        if let Some(&(_, c)) = rules::DOC_TYPE_CATEGORIES.iter().find(|(id, _)| *id == t) {
            return Some(c);
        }
    }
    let from_kind = match kind {
        Some(DocKind::PenaltyDecision | DocKind::OnSpotPenaltyDecision) => Some(Category::Penalty),
        Some(
            DocKind::SeizureDecision
            | DocKind::CompulsoryMeasureDecision
            | DocKind::EnforcementDecision,
        ) => Some(Category::Coercion),
        Some(
            DocKind::RectificationOrder | DocKind::RectificationReview | DocKind::InspectionRecord,
        ) => Some(Category::Inspection),
        _ => None,
    };
    if from_kind.is_some() {
        return from_kind;
    }
    let text = doc.text();
    doc.lines().iter().take(body.clamp(1, 4)).find_map(|l| {
        let s = &text[l.span.start..l.span.end];
        (s.ends_with('书') || s.contains("决定") || s.contains("记录"))
            .then(|| rules::category_in(s))
            .flatten()
    })
}

/// The kind of document when it is not a decision (a notice, a record of questioning…):
/// publication rules apply to decisions.
pub fn not_a_decision(doc: &Doc<'_>, doc_type: Option<&str>, kind: Option<DocKind>) -> bool {
    if let Some(t) = doc_type {
        return rules::NOT_DECISIONS.contains(&t);
    }
    // A title naming a notice, a record of questioning or a receipt.
    let text = doc.text();
    let titled = doc.lines().iter().take(3).any(|l| {
        let s = &text[l.span.start..l.span.end];
        rules::NOT_DECISION_TITLES.iter().any(|t| s.ends_with(t))
    });
    titled
        || matches!(
            kind,
            Some(
                DocKind::PenaltyNotice
                    | DocKind::HearingNotice
                    | DocKind::Inquiry
                    | DocKind::Reminder
                    | DocKind::ServiceReceipt
            )
        )
}

/// True when the line starting at `s` is a heading, list item or label (so a sentence cannot
/// run into it).
fn starts_block(s: &str) -> bool {
    let s = s.trim_start();
    heading_at(s).is_some() || label_at(s).is_some()
}

/// Cuts a conclusion at the end of its sentence (a hard line wrap does not end it; a line that
/// starts a heading, item or label does) and keeps it short. A sentence ending in a colon that
/// introduces a list (`予以查封（扣押）：` + `1．…`) takes the list's items along.
fn sentence_from(text: &str, start: usize, limit: usize) -> Span {
    // A sentence longer than this is not an operative part; the bound keeps repeated
    // candidates linear.
    const MAX_SCAN: usize = 4096;
    let mut limit = limit.max(start).min(text.len());
    if limit - start > MAX_SCAN {
        limit = start + MAX_SCAN;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
    }
    let rest = &text[start..limit];
    let mut end = rest.len();
    for (i, c) in rest.char_indices() {
        if c == '。' {
            end = i;
            break;
        }
        // A line break after running text is a hard wrap; after punctuation, or before a
        // heading, it ends the sentence.
        if c == '\n' {
            let prev = rest[..i]
                .trim_end_matches([' ', '\t', '\r'])
                .chars()
                .next_back();
            let after_punct = prev.is_some_and(|p| "。；;：:！!？?）)".contains(p));
            if heading_at(rest[i + 1..].trim_start()).is_some()
                || (after_punct && starts_block(&rest[i + 1..]))
            {
                end = i;
                break;
            }
        }
    }
    let sentence = rest[..end].trim_end();
    if sentence.ends_with([':', '：']) {
        // The list items that follow, while they are numbered items.
        let mut at = end;
        let mut items = 0;
        while items < 3 {
            let tail = &rest[at..];
            let skip = tail.len() - tail.trim_start_matches(['\n', '\r', ' ', '\t', '。']).len();
            let line = &tail[skip..];
            let line_end = line.find('\n').unwrap_or(line.len());
            if !matches!(
                heading_at(line),
                Some((HeadingKind::Arabic | HeadingKind::ParenArabic, _, _))
            ) {
                break;
            }
            at += skip + line_end;
            items += 1;
        }
        end = at;
    }
    // Keep it readable: at most 160 characters, cut at a clause boundary if longer.
    if rest[..end].chars().count() > 160 {
        let cut = rest[..end].char_indices().nth(160).map_or(end, |(i, _)| i);
        end = rest[..cut].rfind(['；', ';', '，', ',']).unwrap_or(cut);
    }
    trim_span(text, Span::new(start, start + end))
}

fn says_outcome(text: &str, sp: Span) -> bool {
    let s = &text[sp.start..sp.end];
    OUTCOME_WORDS.iter().any(|w| s.contains(w))
}

/// Labels whose value is the outcome of a review or an inspection.
const OUTCOME_LABELS: &[&str] = &["复查意见", "复查结论", "检查结论", "处理意见"];

/// The operative part of a decision (执法结论).
pub fn conclusion(doc: &Doc<'_>, body: usize) -> Option<Span> {
    let text = doc.text();
    let body_from = doc.lines().get(body).map_or(0, |l| l.span.start);
    // 0. A labelled outcome of a review or an inspection (`复查意见：第1、2项已整改完毕…`).
    if let Some(l) = find_labelled(doc, OUTCOME_LABELS, body, doc.lines().len()) {
        let sp = sentence_from(text, l.value.start, l.value.end);
        if !sp.is_empty() {
            return Some(sp);
        }
    }
    // 1. A section headed 处罚决定 / 行政处罚决定 …: its body's first sentence, after a lead
    //    such as 作出如下行政处罚: when there is one.
    for s in doc.sections() {
        if s.kind == HeadingKind::Label || s.title_span.start < body_from {
            continue;
        }
        let title = s.title(text);
        if CONCLUSION_HEADINGS.iter().any(|h| title.contains(h)) {
            let b = s.body_span;
            let seg = &text[b.start..b.end];
            let start = CONCLUSION_LEADS
                .iter()
                .filter_map(|lead| seg.find(lead).map(|i| i + lead.len()))
                .next()
                .and_then(|i| {
                    let after = &seg[i..];
                    after
                        .find(':')
                        .filter(|&c| c <= 3)
                        .map(|c| b.start + i + c + 1)
                })
                .unwrap_or(b.start);
            let sp = sentence_from(text, start, b.end);
            if says_outcome(text, sp) {
                return Some(sp);
            }
        }
    }
    // 2. A lead phrase anywhere in the body: 决定…作出如下行政处罚：X。
    for lead in CONCLUSION_LEADS {
        if let Some(i) = text[body_from..].find(lead) {
            let at = body_from + i + lead.len();
            let after = &text[at..];
            let skip = after.find(':').filter(|&c| c <= 3).map_or(0, |c| c + 1);
            let sp = sentence_from(text, at + skip, text.len());
            if says_outcome(text, sp) {
                return Some(sp);
            }
        }
    }
    // 3. The sentence that decides: `决定给予…`, `决定对你单位处以…`, `决定对…予以查封`,
    //    `现责令你单位…`.
    const VERBS: &[&str] = &[
        "给予", "处以", "予以", "并处", "没收", "责令", "吊销", "暂扣",
    ];
    // A decision names 决定 a handful of times; the cap keeps odd inputs linear.
    for (i, m) in text[body_from..].match_indices("决定").take(64) {
        let at = body_from + i + m.len();
        let sp = sentence_from(text, at, text.len());
        let s = &text[sp.start..sp.end];
        if VERBS.iter().any(|v| s.contains(v)) && !s.contains("如不服") && says_outcome(text, sp)
        {
            return Some(sp);
        }
    }
    for (i, _) in text[body_from..].match_indices("现责令").take(64) {
        let sp = sentence_from(text, body_from + i, text.len());
        if says_outcome(text, sp) {
            return Some(sp);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_with_markers_and_spaces() {
        let t = "决定书文号：泉应急罚〔2024〕3号\n1. 执法主体 : 泉州市应急管理局\n性别：女　　出生日期：1987年4月\n";
        let doc = Doc::new(t);
        let n = doc.lines().len();
        let l = find_labelled(&doc, &["执法主体"], 0, n).unwrap();
        assert_eq!(&doc.text()[l.value.start..l.value.end], "泉州市应急管理局");
        let l = find_labelled(&doc, &["性别"], 0, n).unwrap();
        assert_eq!(&doc.text()[l.value.start..l.value.end], "女");
        let l = find_labelled(&doc, &["出生日期"], 0, n).unwrap();
        assert_eq!(&doc.text()[l.value.start..l.value.end], "1987年4月");
        assert!(find_labelled(&doc, &["执法对象"], 0, n).is_none());
    }

    #[test]
    fn agency_names() {
        assert!(is_agency_name("泉州市应急管理局"));
        assert!(is_agency_name("泉州市丰泽区应急管理局"));
        assert!(!is_agency_name("执法人员：张三"));
        assert!(!is_agency_name("行政处罚决定书"));
    }

    #[test]
    fn names_stop_at_brackets() {
        let t = "福建某某有限公司(统一社会信用代码:91350100M000100Y43)";
        let sp = name_only(t, Span::new(0, t.len()));
        assert_eq!(&t[sp.start..sp.end], "福建某某有限公司");
    }
}

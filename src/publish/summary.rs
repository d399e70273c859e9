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
use crate::text::sections::{heading_at, HeadingKind};

use super::civil::Date;
use super::rules::{
    self, Category, AGENCY_SUFFIXES, CONCLUSION_HEADINGS, CONCLUSION_LEADS, FIELDS, PARTY_LABELS,
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

/// Finds `label` followed by a colon at the start of line `s` (after an optional list marker
/// such as `1.` or `(一)`); returns the offsets of the label and of the value within `s`.
fn label_prefix(s: &str, labels: &[&str]) -> Option<(usize, usize, usize)> {
    let mut start = 0;
    if let Some((_, _, mlen)) = heading_at(s) {
        start = mlen;
    }
    let rest = &s[start..];
    let rest_trim = rest.trim_start_matches(is_space);
    let start = start + (rest.len() - rest_trim.len());
    for l in labels {
        let Some(after) = rest_trim.strip_prefix(l) else {
            continue;
        };
        let after_trim = after.trim_start_matches(is_space);
        if let Some(v) = after_trim.strip_prefix([':', '：']) {
            let value_at = s.len() - v.len();
            return Some((start, start + l.len(), value_at));
        }
    }
    None
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
    let b = s.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'\t' || (b[i] == b' ' && b.get(i + 1) == Some(&b' ')) {
            return i;
        }
        if b[i] == b' ' && starts_with_label(&s[i + 1..]) {
            return i;
        }
    }
    s.len()
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

/// The first line (from `from`, before `until`) that starts with one of `labels` and a colon.
pub fn find_labelled(
    doc: &Doc<'_>,
    labels: &[&str],
    from: usize,
    until: usize,
) -> Option<Labelled> {
    let text = doc.text();
    let lines = doc.lines();
    for (i, l) in lines.iter().enumerate().take(until).skip(from) {
        let s = &text[l.span.start..l.span.end];
        // A label starts the line, or follows a space (`性别：女　　年龄：16岁`).
        let starts = std::iter::once(0).chain(
            s.char_indices()
                .filter(|&(_, c)| is_space(c))
                .map(|(j, c)| j + c.len_utf8())
                .filter(|&j| !s[j..].starts_with(is_space)),
        );
        for at in starts {
            let Some((ls, le, vs)) = label_prefix(&s[at..], labels) else {
                continue;
            };
            let (ls, le, vs) = (at + ls, at + le, at + vs);
            let ve = vs + value_end(&s[vs..]);
            let value = trim_span(text, Span::new(l.span.start + vs, l.span.start + ve));
            return Some(Labelled {
                line: i,
                label: Span::new(l.span.start + ls, l.span.start + le),
                value,
            });
        }
    }
    None
}

/// How many of the six summary fields have a label line: three or more make a text a
/// publication summary rather than a decision.
pub fn summary_label_count(doc: &Doc<'_>) -> usize {
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
            find_labelled(doc, &labels, 0, n).is_some()
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

/// Index of the first line of a decision's body: a numbered heading or a narrative opening
/// (`经查`, `现查明`, `本局于`…) after the header.
pub fn body_start(doc: &Doc<'_>) -> usize {
    const OPENINGS: &[&str] = &[
        "经查",
        "现查明",
        "经调查",
        "本局于",
        "本机关于",
        "你单位",
        "你公司",
        "你于",
        "你在",
        "我局",
        "本局",
    ];
    let text = doc.text();
    for (i, l) in doc.lines().iter().enumerate() {
        let s = &text[l.span.start..l.span.end];
        if i > 0 {
            if let Some((k, _, _)) = heading_at(s) {
                if matches!(k, HeadingKind::Chinese | HeadingKind::Article) {
                    return i;
                }
            }
            if OPENINGS.iter().any(|o| s.starts_with(o)) {
                return i;
            }
        }
    }
    doc.lines().len()
}

/// The party label line of a decision header.
pub fn party_line(doc: &Doc<'_>, body: usize) -> Option<Labelled> {
    find_labelled(doc, PARTY_LABELS, 0, body.max(1))
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

/// The decision date: the date of the signature block (a line that is only a date, searching
/// from the end), else a labelled date, else the last full date of the closing lines.
pub fn decision_date(doc: &Doc<'_>) -> Option<(Date, Span)> {
    let text = doc.text();
    let lines = doc.lines();
    let dates = doc.dates();
    let tail = lines.len().saturating_sub(12);
    for l in lines[tail..].iter().rev() {
        let s = strip_seal(&text[l.span.start..l.span.end]);
        for m in dates
            .iter()
            .filter(|m| m.span.start >= l.span.start && m.span.end <= l.span.end)
        {
            let ms = &text[m.span.start..m.span.end];
            if ms.trim() == s || s.ends_with(ms.trim()) && s.len() - ms.trim().len() <= 12 {
                if let Some(d) = date_of(m) {
                    return Some((d, m.span));
                }
            }
        }
    }
    if let Some(l) = find_labelled(
        doc,
        &["决定日期", "作出决定日期", "日期", "执法日期"],
        0,
        lines.len(),
    ) {
        if let Some(m) = dates
            .iter()
            .find(|m| m.span.start >= l.value.start && m.span.end <= l.value.end)
        {
            if let Some(d) = date_of(m) {
                return Some((d, m.span));
            }
        }
    }
    let from = lines.get(tail).map_or(0, |l| l.span.start);
    dates
        .iter()
        .rev()
        .take_while(|m| m.span.start >= from)
        .find_map(|m| date_of(m).map(|d| (d, m.span)))
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
pub fn not_a_decision(doc_type: Option<&str>, kind: Option<DocKind>) -> bool {
    if let Some(t) = doc_type {
        return rules::NOT_DECISIONS.contains(&t);
    }
    matches!(
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

/// Cuts a conclusion at the end of its sentence and keeps it short.
fn sentence_from(text: &str, start: usize, limit: usize) -> Span {
    let rest = &text[start..limit.max(start)];
    let mut end = rest.find(['。', '\n']).unwrap_or(rest.len());
    // Keep it readable: at most 160 characters, cut at a clause boundary if longer.
    if rest[..end].chars().count() > 160 {
        let cut = rest[..end].char_indices().nth(160).map_or(end, |(i, _)| i);
        end = rest[..cut].rfind(['；', ';', '，', ',']).unwrap_or(cut);
    }
    trim_span(text, Span::new(start, start + end))
}

/// The operative part of a decision (执法结论).
pub fn conclusion(doc: &Doc<'_>, body: usize) -> Option<Span> {
    let text = doc.text();
    let body_from = doc.lines().get(body).map_or(0, |l| l.span.start);
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
            if !sp.is_empty() {
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
            if !sp.is_empty() {
                return Some(sp);
            }
        }
    }
    // 3. The sentence that decides: `决定给予…`, `决定对你单位处以…`, `决定对…予以查封`,
    //    `现责令你单位…`.
    const VERBS: &[&str] = &[
        "给予", "处以", "予以", "并处", "没收", "责令", "吊销", "暂扣",
    ];
    for (i, _) in text[body_from..].match_indices("决定") {
        let at = body_from + i;
        let sp = sentence_from(text, at, text.len());
        let s = &text[sp.start..sp.end];
        if VERBS.iter().any(|v| s.contains(v)) && !s.contains("如不服") {
            return Some(sp);
        }
    }
    for (i, _) in text[body_from..].match_indices("现责令") {
        let sp = sentence_from(text, body_from + i, text.len());
        if !sp.is_empty() {
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

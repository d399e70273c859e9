//! The penalty as the text states it: the fine decided, the fine proposed in the 告知书 (when
//! the decision narrates it), the party's income for income-based fines, the decision date, and
//! the range allowed — from the built-in 安全生产法 table ([`super::laws`]) or, for other laws,
//! as the document quotes the 罚则.

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::Span;
use crate::render::MapSpans;
use crate::text::amount::{self, Amount};
use crate::text::citation::{Citation, Role};
use crate::text::date::Ymd;

use super::laws::{self, Measure, PenaltyRule};
use super::locate::{Class, Layout};
use super::scope::DocScope;

/// An amount of money found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// Whole yuan.
    pub yuan: u64,
    /// Where it is written.
    pub span: Span,
}

impl MapSpans for Money {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
    }
}

/// A range a fine must fall in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FineRange {
    /// Lower bound (inclusive), in yuan or percent.
    pub min: Option<u64>,
    /// Upper bound (inclusive), in yuan or percent.
    pub max: Option<u64>,
    /// `yuan`, or `income_percent` (of the previous year's income).
    pub measure: String,
    /// The provision the range comes from, e.g. `《中华人民共和国安全生产法》第九十九条第五项`.
    pub provision: String,
    /// `law_table` (built-in table) or `document` (as quoted in the text).
    pub source: String,
}

/// The penalty as stated in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Penalty {
    /// The fine decided.
    pub amount: Option<Money>,
    /// The fine proposed in the 告知书, when the decision narrates it.
    pub proposed: Option<Money>,
    /// The party's income of the previous year, for income-based fines.
    pub income: Option<Money>,
    /// The range of the 罚则 from the built-in table.
    pub statutory: Option<FineRange>,
    /// The range of the 罚则 as quoted in the document.
    pub stated: Option<FineRange>,
    /// The decision date, `YYYY-MM-DD`.
    pub decision_date: Option<String>,
}

impl MapSpans for Penalty {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.amount.map_spans(f);
        self.proposed.map_spans(f);
        self.income.map_spans(f);
    }
}

/// Penalty facts with canonical spans, for the assessors.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// The fine decided (canonical span).
    pub amount: Option<(u64, Span)>,
    /// The fine proposed in the notice.
    pub proposed: Option<(u64, Span)>,
    /// The previous year's income.
    pub income: Option<(u64, Span)>,
    /// Statutory range from the table, with the rules it came from.
    pub statutory: Option<(FineRange, Vec<&'static PenaltyRule>)>,
    /// Range quoted in the document near the 罚则.
    pub stated: Option<(FineRange, Span)>,
    /// The decision date.
    pub date: Option<Ymd>,
}

impl Facts {
    /// The public form, with original spans.
    pub fn to_public(&self, doc: &Doc<'_>) -> Penalty {
        let m = |x: Option<(u64, Span)>| {
            x.map(|(yuan, s)| Money {
                yuan,
                span: doc.to_original(s),
            })
        };
        Penalty {
            amount: m(self.amount),
            proposed: m(self.proposed),
            income: m(self.income),
            statutory: self.statutory.as_ref().map(|(r, _)| r.clone()),
            stated: self.stated.as_ref().map(|(r, _)| r.clone()),
            decision_date: self
                .date
                .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        }
    }
}

/// The decision date: the last complete date of the document (the date under the seal).
pub fn decision_date(doc: &Doc<'_>) -> Option<Ymd> {
    doc.dates()
        .iter()
        .rev()
        .filter(|d| !d.blank && d.valid)
        .find_map(|d| d.ymd())
}

/// Words right before an amount that make it something other than the fine.
const NOT_A_FINE: &[&str] = &[
    "违法所得",
    "年收入",
    "货值",
    "没收",
    "价值",
    "投资",
    "损失",
    "收入为",
    "收入",
];

fn is_fine_amount(text: &str, a: &Amount) -> bool {
    if a.bound.is_some() {
        return false;
    }
    let before = &text[..a.span.start];
    let window: String = before
        .chars()
        .rev()
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !NOT_A_FINE.iter().any(|w| window.contains(w))
}

fn amounts_in<'a>(doc: &'a Doc<'_>, span: Span) -> impl Iterator<Item = &'a Amount> {
    super::within(doc.amounts(), span, |a| a.span)
}

/// Gathers the penalty facts.
pub fn facts(doc: &Doc<'_>, layout: &Layout, scope: DocScope) -> Facts {
    let text = doc.text();
    let mut f = Facts {
        date: decision_date(doc),
        ..Facts::default()
    };
    // The fine decided: the last decision sentence that names a fine. Text under a heading
    // such as `五、处罚决定` is the decision even without the word 决定.
    let decision_bodies = super::Cover::new(
        doc.sections()
            .iter()
            .filter(|s| {
                s.kind != crate::text::sections::HeadingKind::Label && {
                    let t = s.title(text);
                    t.contains("决定") && !t.contains("告知") && !t.contains("理由")
                }
            })
            .map(|s| s.body_span)
            .collect(),
    );
    for s in layout.sentences.iter().rev() {
        let t = &text[s.span.start..s.span.end];
        let decision = s.class == Class::Decision
            || (t.contains("决定") && (t.contains("处以") || t.contains("如下")))
            || decision_bodies.contains(s.span);
        if !decision || !t.contains("罚款") || t.contains('拟') {
            continue;
        }
        let after_fine = t.find("罚款").map_or(0, |k| s.span.start + k);
        let pick = amounts_in(doc, s.span)
            .filter(|a| is_fine_amount(text, a))
            .find(|a| a.span.start >= after_fine)
            .or_else(|| amounts_in(doc, s.span).find(|a| is_fine_amount(text, a)));
        if let Some(a) = pick {
            f.amount = Some((a.yuan(), a.span));
            break;
        }
    }
    // The fine proposed in the notice: `拟…罚款…元`.
    for s in &layout.sentences {
        let t = &text[s.span.start..s.span.end];
        if !(t.contains("拟") && t.contains("罚款")) {
            continue;
        }
        let after = t.find('拟').map_or(0, |k| s.span.start + k);
        if let Some(a) = amounts_in(doc, s.span)
            .filter(|a| is_fine_amount(text, a))
            .find(|a| a.span.start >= after)
        {
            f.proposed = Some((a.yuan(), a.span));
            break;
        }
    }
    // Income of the previous year, for fines counted in percent of it.
    for a in doc.amounts() {
        let before: String = text[..a.span.start]
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if before.contains("年收入") && a.bound.is_none() {
            f.income = Some((a.yuan(), a.span));
            break;
        }
    }
    f.statutory = statutory_range(doc, scope);
    f.stated = stated_range(doc, layout, text);
    f
}

/// At most this many citations of a role are compared with each other.
pub const MAX_PAIRED: usize = 8;

/// Articles whose fine is on a natural person (主要负责人, 个人经营的投资人…), so the table's
/// `fine` applies to a person party.
const PERSONAL_ARTICLES: &[u32] = &[93, 94, 95, 96, 106, 110];

/// True when the party is a natural person (a person decision).
pub fn person_party(doc: &Doc<'_>) -> bool {
    let text = doc.text();
    let head_end = doc
        .sections()
        .iter()
        .find(|s| s.kind != crate::text::sections::HeadingKind::Label)
        .map_or(text.len().min(600), |s| s.line.start);
    let head = text.get(..head_end).unwrap_or("");
    ["(个人)", "身份证", "性别", "被处罚人:"]
        .iter()
        .any(|w| head.contains(w))
        && !head.contains("统一社会信用代码")
}

/// True when the text outside quotation marks uses one of the escalation words.
fn escalated(text: &str) -> bool {
    let mut depth = 0usize;
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    super::cues::any_in(&plain, super::cues::ESCALATION_WORDS)
}

fn statutory_range(
    doc: &Doc<'_>,
    scope: DocScope,
) -> Option<(FineRange, Vec<&'static PenaltyRule>)> {
    if scope.is_compulsion() {
        return None;
    }
    let c: &Citation = doc.citations().iter().find(|c| {
        c.role == Role::Penalty
            && c.is_law("安全生产法")
            && c.provisions
                .iter()
                .any(|p| p.article.is_some_and(laws::is_penalty_article))
    })?;
    let p = c
        .provisions
        .iter()
        .find(|p| p.article.is_some_and(laws::is_penalty_article))?;
    let article = p.article?;
    let rules = laws::rules_for(article, p.paragraph, p.item);
    let person = person_party(doc);
    let esc = escalated(doc.text());
    let mut lo: Option<u64> = None;
    let mut hi: Option<u64> = None;
    let (mut lo_open, mut hi_open) = (false, false);
    let mut measure = None;
    let mut any = false;
    for r in &rules {
        let personal = PERSONAL_ARTICLES.contains(&r.article);
        let mut ranges = Vec::new();
        if person && !personal {
            ranges.extend(r.responsible_persons);
        } else {
            ranges.extend(r.fine);
            if esc {
                ranges.extend(r.escalated);
            }
        }
        for fr in ranges {
            if measure.is_some_and(|m| m != fr.measure) {
                continue;
            }
            measure = Some(fr.measure);
            any = true;
            // The union of the ranges that may apply.
            match fr.min {
                Some(m) => lo = Some(lo.map_or(m, |a| a.min(m))),
                None => lo_open = true,
            }
            match fr.max {
                Some(m) => hi = Some(hi.map_or(m, |a| a.max(m))),
                None => hi_open = true,
            }
        }
    }
    let lo = if lo_open { None } else { lo };
    let hi = if hi_open { None } else { hi };
    if !any {
        return None;
    }
    let measure = match measure? {
        Measure::Yuan => "yuan",
        Measure::IncomePercent => "income_percent",
    };
    let provision = format!(
        "《中华人民共和国安全生产法》{}",
        if rules.len() == 1 {
            rules[0].label()
        } else {
            p.label()
        }
    );
    Some((
        FineRange {
            min: lo,
            max: hi,
            measure: measure.to_string(),
            provision,
            source: "law_table".to_string(),
        },
        rules,
    ))
}

/// The range quoted next to the 罚则 (`…第九十九条第（五）项规定，对该违法行为应当“…处五万元以下的
/// 罚款”`), read from the sentence of the first 罚则 citation.
fn stated_range(doc: &Doc<'_>, layout: &Layout, text: &str) -> Option<(FineRange, Span)> {
    // The first few 罚则 are enough; this keeps a document of thousands of citations linear.
    for c in doc
        .citations()
        .iter()
        .filter(|c| c.role == Role::Penalty)
        .take(MAX_PAIRED)
    {
        let Some(sentence) = canonical_sentence_of(doc, layout, c.span) else {
            continue;
        };
        let amounts: Vec<Amount> = amounts_in(doc, sentence).cloned().collect();
        let ranges = amount::ranges(text, &amounts);
        if let Some(r) = ranges.first() {
            let provision = format!(
                "《{}》{}",
                c.name(),
                c.provisions.first().map(|p| p.label()).unwrap_or_default()
            );
            return Some((
                FineRange {
                    min: r.min_fen.map(|v| v / 100),
                    max: r.max_fen.map(|v| v / 100),
                    measure: "yuan".to_string(),
                    provision,
                    source: "document".to_string(),
                },
                r.span,
            ));
        }
    }
    None
}

/// The canonical sentence containing the start of an original span.
pub fn canonical_sentence_of(doc: &Doc<'_>, layout: &Layout, orig: Span) -> Option<Span> {
    layout.sentences.iter().map(|s| s.span).find(|s| {
        let o = doc.to_original(*s);
        orig.start >= o.start && orig.start < o.end
    })
}

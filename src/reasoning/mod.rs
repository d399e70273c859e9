//! The reasoning explainer (说理): finds the three sections 公示制度（十二） requires in
//! general-procedure penalty and compulsion decisions — 证据采信 (evidence adoption), 依据选择
//! (choice of legal basis) and 自由裁量 (discretion) — grades each `adequate`, `hollow` or
//! `missing` from the checklist of `shared/reference/legal.md` §4 (signals EV1–EV7, LB1–LB9,
//! DS1–DS10), and says in plain Chinese (and English) what is there, what is not, the rule
//! behind it and what to write.
//!
//! Flow: [`locate`] (headings and prose, sentence by sentence) → [`evidence`],
//! [`legal_basis`], [`discretion`] (signals and grade) → findings and a report ([`report()`]).
//! The 安全生产法 (2021) penalty articles and their ranges are data in [`laws`]; the words
//! looked for are data in [`cues`]; the checklist texts are data in [`catalogue`].
//!
//! ```
//! let text = "行政处罚决定书\n三、证据采信理由\n　　上述证据经审查，予以采信。\n";
//! let r = gongshi::explain(text, &Default::default()).unwrap();
//! assert_eq!(r.evidence.grade, gongshi::reasoning::Grade::Hollow);
//! assert!(r.findings.iter().any(|f| f.code == "reasoning.evidence.hollow"));
//! ```

pub mod catalogue;
pub mod cues;
pub mod discretion;
pub mod evidence;
pub mod laws;
pub mod legal_basis;
pub mod locate;
pub mod penalty;
mod report;
pub mod scope;

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Severity, Span, Text};
use crate::options::Options;
use crate::render::MapSpans;
use crate::text::citation::Citation;
use crate::text::date::Ymd;

pub use locate::Kind;
pub use penalty::{FineRange, Money, Penalty};
pub use report::{report, report_for};
pub use scope::DocScope;

/// How well a reasoning section is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// Names the evidence, articles or circumstances it relies on.
    Adequate,
    /// Present but boilerplate: names no evidence, no article, no circumstance.
    Hollow,
    /// Absent (or a heading with nothing under it).
    Missing,
    /// The document type does not call for this section (e.g. a 告知书 or an inspection
    /// record); nothing is wrong.
    NotRequired,
}

/// Where a section was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// Under a heading of its own (`三、证据采信理由`, `关于处罚幅度：`).
    Heading,
    /// In running text (`对上述证据，本机关审查后认为…`).
    Embedded,
    /// Not found.
    None,
}

/// One checklist item (legal.md §4) as evaluated on the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Signal {
    /// `EV1` … `EV7`, `LB1` … `LB9`, `DS1` … `DS10`.
    pub id: String,
    /// What is checked.
    pub label: Text,
    /// True when the document satisfies the item.
    pub found: bool,
    /// False when the item does not arise here (e.g. DS8 without a proposed amount in the
    /// notice); `found` is then false and means nothing.
    pub applicable: bool,
    /// Where the evidence for (or against) the item is.
    pub spans: Vec<Span>,
    /// Specifics: which kinds of evidence, which provision, which amount.
    pub detail: Option<Text>,
    /// The rule behind the item.
    pub basis: String,
}

impl MapSpans for Signal {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.spans.map_spans(f);
    }
}

/// One of the three reasoning sections.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// The grade.
    pub grade: Grade,
    /// Where the section's text is (several spans when it is spread over the prose).
    pub spans: Vec<Span>,
    /// Its heading line, when it has one.
    pub heading: Option<Span>,
    /// Under a heading, in prose, or not found.
    pub placement: Placement,
    /// The checklist items of this section.
    pub signals: Vec<Signal>,
    /// The ids of the signals that decided the grade (`section` when nothing was found).
    pub decided_by: Vec<String>,
    /// What is there and what is not.
    pub message: Text,
    /// The rule requiring the section and the rules behind the missing items.
    pub basis: String,
    /// What to write, most important first.
    pub suggestions: Vec<Text>,
}

impl MapSpans for Section {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.spans.map_spans(f);
        self.heading.map_spans(f);
        self.signals.map_spans(f);
    }
}

/// Result of [`crate::explain`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reasoning {
    /// Always true: the explainer is available.
    pub supported: bool,
    /// The kind of document, as far as the reasoning rules are concerned.
    pub doc_scope: DocScope,
    /// True when 公示制度（十二） requires the three sections for this document.
    pub required: bool,
    /// 证据采信.
    pub evidence: Section,
    /// 依据选择.
    pub legal_basis: Section,
    /// 自由裁量.
    pub discretion: Section,
    /// Every law citation in the document, with its role (违则 / 罚则).
    pub citations: Vec<Citation>,
    /// The penalty decided, proposed and allowed, as far as the text states them.
    pub penalty: Penalty,
    /// The built-in article table used for the range and pairing checks.
    pub law_table: String,
    /// Findings about the three sections (category `reasoning`).
    pub findings: Vec<Finding>,
}

impl MapSpans for Reasoning {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.evidence.map_spans(f);
        self.legal_basis.map_spans(f);
        self.discretion.map_spans(f);
        self.citations.map_spans(f);
        self.penalty.map_spans(f);
        self.findings.map_spans(f);
    }
}

impl Reasoning {
    /// The section of `kind`.
    pub fn section(&self, kind: Kind) -> &Section {
        match kind {
            Kind::Evidence => &self.evidence,
            Kind::LegalBasis => &self.legal_basis,
            Kind::Discretion => &self.discretion,
        }
    }
}

/// What the three assessors share: the document, the located sections and the penalty facts.
pub struct Ctx<'d, 'a> {
    /// The document.
    pub doc: &'d Doc<'a>,
    /// Its canonical view.
    pub text: &'d str,
    /// The located sections and sentences.
    pub layout: &'d locate::Layout,
    /// The document type.
    pub scope: DocScope,
    /// Penalty facts (canonical spans).
    pub penalty: &'d penalty::Facts,
    /// The decision date (the last full date of the document).
    pub date: Option<Ymd>,
}

impl Ctx<'_, '_> {
    /// A canonical span in the original text.
    pub fn orig(&self, s: Span) -> Span {
        self.doc.to_original(s)
    }

    /// The canonical spans of a section (empty when absent).
    pub fn spans(&self, kind: Kind) -> &[Span] {
        self.layout.get(kind).map_or(&[], |f| f.spans.as_slice())
    }

    /// The text of a section, its spans joined by a newline.
    pub fn section_text(&self, kind: Kind) -> String {
        let mut s = String::new();
        for sp in self.spans(kind) {
            if !s.is_empty() {
                s.push('\n');
            }
            s.push_str(self.text.get(sp.start..sp.end).unwrap_or(""));
        }
        s
    }

    /// Every hit of `cues` inside the section, as canonical spans.
    pub fn hits_in(&self, kind: Kind, cues: &'static [&'static str]) -> Vec<Span> {
        let mut out = Vec::new();
        for sp in self.spans(kind) {
            let t = self.text.get(sp.start..sp.end).unwrap_or("");
            for (a, b) in cues::hits(t, cues) {
                out.push(Span::new(sp.start + a, sp.start + b));
            }
        }
        out
    }

    /// Hits of `cues` inside `span` of the canonical text.
    pub fn hits_at(&self, span: Span, cues: &'static [&'static str]) -> Vec<Span> {
        let t = self.text.get(span.start..span.end).unwrap_or("");
        cues::hits(t, cues)
            .into_iter()
            .map(|(a, b)| Span::new(span.start + a, span.start + b))
            .collect()
    }

    /// The section's spans in the original text.
    pub fn orig_spans(&self, kind: Kind) -> Vec<Span> {
        self.spans(kind).iter().map(|s| self.orig(*s)).collect()
    }

    /// The citations written inside the section.
    pub fn citations_in(&self, kind: Kind) -> Vec<&Citation> {
        let cs = self.doc.citations();
        self.orig_spans(kind)
            .into_iter()
            .flat_map(|s| within(cs, s, |c| c.span))
            .collect()
    }

    /// Builds a signal from its checklist definition; `spans` are canonical.
    pub fn signal(&self, id: &str, found: bool, spans: &[Span], detail: Option<Text>) -> Signal {
        let def = catalogue::def(id);
        let mut spans: Vec<Span> = spans.iter().map(|s| self.orig(*s)).collect();
        crate::sort::spans(&mut spans);
        spans.truncate(MAX_SIGNAL_SPANS);
        Signal {
            id: id.to_string(),
            label: def.map_or_else(Text::default, |d| Text::new(d.zh, d.en)),
            found,
            applicable: true,
            spans,
            detail,
            basis: def.map_or_else(String::new, |d| d.basis.to_string()),
        }
    }

    /// A signal that does not arise in this document.
    pub fn not_applicable(&self, id: &str, why: Text) -> Signal {
        let mut s = self.signal(id, false, &[], Some(why));
        s.applicable = false;
        s
    }
}

/// The items of a start-sorted slice lying inside `span`, found by binary search so that
/// looking items up section by section stays linear.
pub fn within<T>(items: &[T], span: Span, key: fn(&T) -> Span) -> impl Iterator<Item = &T> {
    let first = items.partition_point(|x| key(x).start < span.start);
    items[first..]
        .iter()
        .take_while(move |x| key(x).start < span.end)
        .filter(move |x| key(x).end <= span.end)
}

/// A set of ranges answering "is this span inside one of them?" in O(log n).
pub struct Cover {
    starts: Vec<usize>,
    /// Largest end among the ranges up to each index (ranges sorted by start).
    max_end: Vec<usize>,
}

impl Cover {
    /// Builds the set.
    pub fn new(mut spans: Vec<Span>) -> Self {
        crate::sort::by_key(&mut spans, |s| crate::sort::span_key(*s));
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for s in &spans {
            m = m.max(s.end);
            max_end.push(m);
        }
        Cover {
            starts: spans.iter().map(|s| s.start).collect(),
            max_end,
        }
    }

    /// True when `s` lies inside one of the ranges.
    pub fn contains(&self, s: Span) -> bool {
        let i = self.starts.partition_point(|&a| a <= s.start);
        i > 0 && self.max_end[i - 1] >= s.end
    }
}

/// At most this many spans are reported per signal.
const MAX_SIGNAL_SPANS: usize = 40;

/// The names of the sections in messages.
pub fn kind_name(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Evidence => ("证据采信", "evidence adoption"),
        Kind::LegalBasis => ("依据选择", "choice of legal basis"),
        Kind::Discretion => ("自由裁量", "discretion"),
    }
}

/// The code segment of a section in finding codes.
pub fn kind_code(kind: Kind) -> &'static str {
    match kind {
        Kind::Evidence => "evidence",
        Kind::LegalBasis => "legal_basis",
        Kind::Discretion => "discretion",
    }
}

/// The outcome of one assessor before it becomes a [`Section`].
pub struct Assessment {
    /// The grade (before the document scope is applied).
    pub grade: Grade,
    /// Signals, in checklist order.
    pub signals: Vec<Signal>,
    /// Signals that decided the grade.
    pub decided_by: Vec<String>,
    /// What the section contains, for the message (zh, en); empty when nothing.
    pub present: Vec<(String, String)>,
    /// Findings beyond the grade (ranges, numbering, pairing…).
    pub findings: Vec<Finding>,
}

/// Finds and grades the reasoning sections.
pub fn run(doc: &Doc<'_>, opts: &Options) -> Reasoning {
    let scope = scope::detect(doc, opts);
    let layout = locate::locate(doc);
    let date = penalty::decision_date(doc);
    let facts = penalty::facts(doc, &layout, scope);
    let ctx = Ctx {
        doc,
        text: doc.text(),
        layout: &layout,
        scope,
        penalty: &facts,
        date,
    };
    let required = scope.requires_reasoning();
    let mut findings = Vec::new();
    let ev = evidence::assess(&ctx);
    let lb = legal_basis::assess(&ctx);
    let ds = discretion::assess(&ctx);
    let evidence = build_section(&ctx, Kind::Evidence, ev, required, &mut findings);
    let legal_basis = build_section(&ctx, Kind::LegalBasis, lb, required, &mut findings);
    let discretion = build_section(&ctx, Kind::Discretion, ds, required, &mut findings);
    if !required {
        findings.insert(
            0,
            Finding::new(
                "reasoning.not_required",
                Severity::Info,
                Text::new(
                    format!(
                        "本文书（{}）不属于须说明证据采信、依据选择和自由裁量理由的一般程序行政处罚、行政强制决定。",
                        scope.name_zh()
                    ),
                    format!(
                        "This document ({}) is not a general-procedure penalty or compulsion decision; the three reasoning sections are not required.",
                        scope.name_en()
                    ),
                ),
            )
            .with_basis(catalogue::MANDATE),
        );
    }
    Reasoning {
        supported: true,
        doc_scope: scope,
        required,
        evidence,
        legal_basis,
        discretion,
        citations: doc.citations().to_vec(),
        penalty: facts.to_public(doc),
        law_table: laws::VERSION.to_string(),
        findings,
    }
}

/// Turns an assessment into a section with its message, suggestions and findings.
fn build_section(
    ctx: &Ctx<'_, '_>,
    kind: Kind,
    a: Assessment,
    required: bool,
    findings: &mut Vec<Finding>,
) -> Section {
    let found = ctx.layout.get(kind);
    let placement = match found.map(|f| f.how) {
        Some(locate::How::Heading) => Placement::Heading,
        Some(locate::How::Embedded) => Placement::Embedded,
        None => Placement::None,
    };
    let spans: Vec<Span> = ctx
        .orig_spans(kind)
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let heading = found.and_then(|f| f.heading).map(|h| ctx.orig(h));
    let grade = if required {
        a.grade
    } else {
        Grade::NotRequired
    };
    let (zh_name, en_name) = kind_name(kind);
    let missing: Vec<&Signal> = a
        .signals
        .iter()
        .filter(|s| s.applicable && !s.found)
        .collect();
    let missing_zh: Vec<&str> = missing
        .iter()
        .filter_map(|s| catalogue::def(&s.id).map(|d| d.zh))
        .collect();
    let missing_en: Vec<&str> = missing
        .iter()
        .filter_map(|s| catalogue::def(&s.id).map(|d| d.en))
        .collect();
    let present_zh: Vec<&str> = a.present.iter().map(|(z, _)| z.as_str()).collect();
    let present_en: Vec<&str> = a.present.iter().map(|(_, e)| e.as_str()).collect();
    let mut zh = String::new();
    let mut en = String::new();
    match grade {
        Grade::Adequate => {
            zh.push_str(&format!("{zh_name}说理已载明：{}。", present_zh.join("；")));
            en.push_str(&format!(
                "The {en_name} reasoning states: {}.",
                present_en.join("; ")
            ));
        }
        Grade::Hollow => {
            // The text itself is not quoted: messages never carry document text.
            zh.push_str(&format!("{zh_name}部分只有套话，{}。", hollow_zh(kind)));
            en.push_str(&format!(
                "The {en_name} part is boilerplate: {}.",
                hollow_en(kind)
            ));
        }
        Grade::Missing => {
            if heading.is_some() {
                zh.push_str(&format!("{zh_name}标题下没有内容。"));
                en.push_str(&format!("The {en_name} heading has nothing under it."));
            } else {
                zh.push_str(&format!("未找到{zh_name}说理。"));
                en.push_str(&format!("No {en_name} reasoning was found."));
            }
            if !present_zh.is_empty() {
                zh.push_str(&format!("文书其他部分载有：{}。", present_zh.join("；")));
                en.push_str(&format!(
                    " Elsewhere the document has: {}.",
                    present_en.join("; ")
                ));
            }
        }
        Grade::NotRequired => {
            zh.push_str(&format!(
                "本文书（{}）不要求{zh_name}说理。",
                ctx.scope.name_zh()
            ));
            en.push_str(&format!(
                "This document ({}) does not require {en_name} reasoning.",
                ctx.scope.name_en()
            ));
        }
    }
    if grade != Grade::NotRequired && !missing_zh.is_empty() {
        zh.push_str(&format!("缺少：{}。", missing_zh.join("、")));
        en.push_str(&format!(" Missing: {}.", missing_en.join(", ")));
    }
    let mut basis = vec![catalogue::MANDATE.to_string()];
    for s in &missing {
        for b in s.basis.split('；') {
            if !b.is_empty() && !basis.iter().any(|x| x == b) {
                basis.push(b.to_string());
            }
        }
    }
    let basis = basis.join("；");
    let suggestions: Vec<Text> = if grade == Grade::NotRequired {
        Vec::new()
    } else {
        missing
            .iter()
            .filter_map(|s| catalogue::def(&s.id))
            .map(|d| Text::new(d.fix_zh, d.fix_en))
            .collect()
    };
    if matches!(grade, Grade::Hollow | Grade::Missing) {
        let state = if grade == Grade::Hollow {
            "hollow"
        } else {
            "missing"
        };
        let mut f = Finding::new(
            format!("reasoning.{}.{state}", kind_code(kind)),
            Severity::Error,
            Text::new(zh.clone(), en.clone()),
        )
        .with_basis(catalogue::MANDATE);
        if let Some(s) = spans.first().copied().or(heading) {
            f = f.with_span(s);
        }
        if let Some(first) = suggestions.first() {
            f = f.with_suggestion(first.clone());
        }
        findings.push(f);
    }
    if required {
        findings.extend(a.findings);
    }
    Section {
        grade,
        spans,
        heading,
        placement,
        signals: a.signals,
        decided_by: a.decided_by,
        message: Text::new(zh, en),
        basis,
        suggestions,
    }
}

fn hollow_zh(kind: Kind) -> &'static str {
    match kind {
        Kind::Evidence => "未指明任何一项证据及其证明的事实",
        Kind::LegalBasis => "未引用任何具体条款，也未说明为何适用",
        Kind::Discretion => "未说明任何裁量情节、裁量基准或确定数额的理由",
    }
}

fn hollow_en(kind: Kind) -> &'static str {
    match kind {
        Kind::Evidence => "it names no item of evidence and no fact it proves",
        Kind::LegalBasis => "it cites no provision and gives no reason for applying one",
        Kind::Discretion => "it names no circumstance, no benchmark and no reason for the amount",
    }
}

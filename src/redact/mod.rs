//! The masking engine: finds personal data (个人信息) in a document and masks it.
//!
//! Data flows one way: the canonical view of the [`Doc`] is scanned by the recognizers (one
//! module per kind), candidates are resolved so that spans never overlap, mapped back to the
//! original text, and turned into [`Finding`]s that carry a [`PiiDetail`] with the replacement.
//! [`apply`] then writes the masked text; it changes nothing outside the masked spans.

pub mod checksum;
pub mod context;
pub mod digits;
pub mod id_card;
pub mod phone;

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Severity, Span, Text};
use crate::options::Options;
use crate::render::MapSpans;

/// What kind of personal data an item is. Names match the corpus labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PiiKind {
    /// 居民身份证号码.
    IdCard,
    /// 手机号码.
    MobilePhone,
}

impl PiiKind {
    /// Stable code suffix, as in `pii.id_card`.
    pub fn as_str(self) -> &'static str {
        match self {
            PiiKind::IdCard => "id_card",
            PiiKind::MobilePhone => "mobile_phone",
        }
    }

    /// The label written in place of the value.
    pub fn label(self) -> Text {
        match self {
            PiiKind::IdCard => Text::new("身份证号码", "ID number"),
            PiiKind::MobilePhone => Text::new("手机号码", "mobile number"),
        }
    }

    /// The rule of the founding notice that requires hiding it.
    pub fn basis(self) -> &'static str {
        "公示制度（十四）1"
    }
}

/// What the validators said about a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Validity {
    /// Checksum, date or format validators passed.
    Passed,
    /// A validator failed; the item was still masked because of its context.
    Failed,
    /// No validator applies to this kind.
    None,
}

/// How a masking finding was reached and what replaced the value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PiiDetail {
    /// The kind of personal data.
    pub kind: PiiKind,
    /// The recognizer that matched.
    pub recognizer: String,
    /// The context word that fired, if any (a label such as 身份证号, never the value).
    pub cue: Option<String>,
    /// What the validators said.
    pub validity: Validity,
    /// Confidence between 0 and 1.
    pub score: f32,
    /// The text written in place of the value.
    pub replacement: String,
}

/// A recognizer's raw match, in canonical-view offsets.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Canonical byte range.
    pub span: Span,
    /// Kind of data.
    pub kind: PiiKind,
    /// Which recognizer matched.
    pub recognizer: &'static str,
    /// The context label that fired.
    pub cue: Option<&'static str>,
    /// Validator result.
    pub validity: Validity,
    /// Confidence.
    pub score: f32,
    /// Extra explanation (e.g. a likely typo).
    pub note: Option<Text>,
}

/// The masked text and what was masked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Redaction {
    /// The text with every masked span replaced.
    pub text: String,
    /// One finding per masked item, sorted by position, never overlapping.
    pub findings: Vec<Finding>,
}

impl MapSpans for Redaction {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.findings.map_spans(f);
    }
}

/// Runs every recognizer on the document and masks what they find.
pub fn run(doc: &Doc<'_>, _opts: &Options) -> Redaction {
    let text = doc.norm.as_str();
    let chains = digits::chains(text);
    let mut cands = Vec::new();
    id_card::find(text, &chains, &mut cands);
    phone::find(text, &chains, &mut cands);
    let cands = resolve(cands);
    let findings: Vec<Finding> = cands.into_iter().map(|c| to_finding(doc, c)).collect();
    Redaction {
        text: apply(doc.original(), &findings),
        findings,
    }
}

/// Keeps the best of overlapping candidates (higher score, then longer), in text order.
fn resolve(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    for c in cands {
        if !kept.iter().any(|k| k.span.overlaps(&c.span)) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| c.span.start);
    kept
}

fn to_finding(doc: &Doc<'_>, c: Candidate) -> Finding {
    let label = c.kind.label();
    let replacement = format!("[{}]", label.zh);
    let mut message = Text::new(
        format!(
            "{}属于应隐去的个人信息，已替换为“{}”。",
            label.zh, replacement
        ),
        format!(
            "{} is personal data that must be hidden; replaced by “{}”.",
            capitalise(&label.en),
            replacement
        ),
    );
    if let Some(note) = &c.note {
        message.zh.push_str(&note.zh);
        message.en.push(' ');
        message.en.push_str(&note.en);
    }
    let mut f = Finding::new(format!("pii.{}", c.kind.as_str()), Severity::Info, message)
        .with_span(doc.norm.to_original(c.span))
        .with_basis(c.kind.basis());
    f.pii = Some(Box::new(PiiDetail {
        kind: c.kind,
        recognizer: c.recognizer.to_string(),
        cue: c.cue.map(str::to_string),
        validity: c.validity,
        score: c.score,
        replacement,
    }));
    f
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Writes `original` with each finding's span replaced by its replacement.
///
/// Findings must be sorted and non-overlapping (as [`run`] returns them); text outside the
/// spans is copied unchanged.
pub fn apply(original: &str, findings: &[Finding]) -> String {
    let mut out = String::with_capacity(original.len());
    let mut at = 0;
    for f in findings {
        let (Some(span), Some(p)) = (f.span, f.pii.as_deref()) else {
            continue;
        };
        if span.start < at || span.end > original.len() {
            continue;
        }
        out.push_str(&original[at..span.start]);
        out.push_str(&p.replacement);
        at = span.end;
    }
    out.push_str(&original[at..]);
    out
}

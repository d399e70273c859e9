//! The reasoning explainer (说理: 证据采信、依据选择、自由裁量). Not built yet: [`run`] reports
//! that honestly.

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Severity, Span, Text};
use crate::options::Options;
use crate::render::MapSpans;

/// How well a reasoning section is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// Names the evidence, articles or circumstances it relies on.
    Adequate,
    /// Present but boilerplate.
    Hollow,
    /// Absent.
    Missing,
    /// Not assessed (this version cannot grade reasoning).
    NotAssessed,
}

/// One of the three reasoning sections.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// The grade.
    pub grade: Grade,
    /// Where the section is.
    pub spans: Vec<Span>,
}

impl MapSpans for Section {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.spans.map_spans(f);
    }
}

/// Result of [`crate::explain`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reasoning {
    /// False while the explainer is not available in this version.
    pub supported: bool,
    /// 证据采信.
    pub evidence: Section,
    /// 依据选择.
    pub legal_basis: Section,
    /// 自由裁量.
    pub discretion: Section,
    /// Findings about the three sections.
    pub findings: Vec<Finding>,
}

impl MapSpans for Reasoning {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.evidence.map_spans(f);
        self.legal_basis.map_spans(f);
        self.discretion.map_spans(f);
        self.findings.map_spans(f);
    }
}

/// Finds and grades the reasoning sections.
pub fn run(_doc: &Doc<'_>, _opts: &Options) -> Reasoning {
    let none = Section {
        grade: Grade::NotAssessed,
        spans: Vec::new(),
    };
    Reasoning {
        supported: false,
        evidence: none.clone(),
        legal_basis: none.clone(),
        discretion: none,
        findings: vec![Finding::new(
            "reasoning.unsupported",
            Severity::Info,
            Text::new(
                "本版本尚未提供说理评估。",
                "Reasoning assessment is not available in this version.",
            ),
        )],
    }
}

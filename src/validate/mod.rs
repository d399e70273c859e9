//! Required-elements validation (载明事项). Not built yet: [`run`] reports that honestly.

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Severity, Span, Text};
use crate::options::Options;
use crate::render::MapSpans;

/// One required element of a document type and whether the document has it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Element {
    /// Stable id, e.g. `remedy_channels_deadlines`.
    pub id: String,
    /// Chinese label.
    pub label: Text,
    /// Present and complete.
    pub present: bool,
    /// Where it was found.
    pub span: Option<Span>,
}

impl MapSpans for Element {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
    }
}

/// Result of [`crate::validate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Validation {
    /// False while element validation is not available in this version.
    pub supported: bool,
    /// The detected or given document type id.
    pub doc_type: Option<String>,
    /// Every element of the document type.
    pub elements: Vec<Element>,
    /// Ids of the elements that are missing or defective.
    pub missing: Vec<String>,
    /// Findings (one per missing or defective element).
    pub findings: Vec<Finding>,
}

impl MapSpans for Validation {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.elements.map_spans(f);
        self.findings.map_spans(f);
    }
}

/// Validates the required elements of the document.
pub fn run(_doc: &Doc<'_>, opts: &Options) -> Validation {
    Validation {
        supported: false,
        doc_type: opts.doc_type.clone(),
        elements: Vec::new(),
        missing: Vec::new(),
        findings: vec![Finding::new(
            "validate.unsupported",
            Severity::Info,
            Text::new(
                "本版本尚未提供必备要素校验。",
                "Required-element validation is not available in this version.",
            ),
        )],
    }
}

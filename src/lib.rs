//! # gongshi (公示)
//!
//! Checks Chinese administrative law-enforcement decisions before they are published: masks
//! personal data (公示制度（十四）), checks the required elements, grades the reasoning
//! (说理) and applies the publication rules. The same core runs natively (this crate, the
//! `gongshi` CLI) and in the browser (WebAssembly, npm package `gongshi`).
//!
//! Data flows one way: text → [`text::Normalized`] (canonical view with an offset map) →
//! detectors → [`Finding`]s → rendering (UTF-16 offsets, one language) or masking.
//!
//! ```
//! let out = gongshi::redact("身份证号：11010519491231002X，电话138 0013 8000", &Default::default()).unwrap();
//! assert_eq!(out.text, "身份证号：[身份证号码]，电话[手机号码]");
//! assert_eq!(out.findings[0].code, "pii.id_card");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

/// The allocator of the WebAssembly build: talc instead of the standard library's dlmalloc,
/// smaller and faster there (see the README's design notes for the measurements).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod doc;
pub mod error;
pub mod finding;
mod json;
pub mod options;
pub mod publish;
pub mod reasoning;
pub mod record;
pub mod redact;
pub mod render;
mod sort;
mod spans;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod tape;
pub mod text;
pub mod validate;

#[cfg(target_arch = "wasm32")]
mod wasm;

use serde::Serialize;

pub use doc::Doc;
pub use error::{Error, ErrorCode};
pub use finding::{Finding, Lang, Severity, Span, Text};
pub use options::Options;
pub use publish::Publication;
pub use reasoning::Reasoning;
pub use redact::Redaction;
pub use render::{MapSpans, Units};
pub use validate::Validation;

/// The crate version, also reported by the npm package and the CLI.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Masks the personal data in `text`. Spans in the result are byte offsets into `text`.
pub fn redact(text: &str, opts: &Options) -> Result<Redaction, Error> {
    opts.check_input(text)?;
    Ok(redact::run(&Doc::new(text), opts))
}

/// Checks the required elements of the document in `text`.
pub fn validate(text: &str, opts: &Options) -> Result<Validation, Error> {
    opts.check_input(text)?;
    Ok(validate::run(&Doc::new(text), opts))
}

/// Finds and grades the three reasoning sections of the decision in `text`.
pub fn explain(text: &str, opts: &Options) -> Result<Reasoning, Error> {
    opts.check_input(text)?;
    Ok(reasoning::run(&Doc::new(text), opts))
}

/// Everything a form needs before submission, from one normalisation of the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// True when nothing blocks submission.
    pub ok: bool,
    /// Problems in the blocking categories (`blockOn`), most serious first.
    pub blocking: Vec<Finding>,
    /// Other problems worth a look.
    pub warnings: Vec<Finding>,
    /// The masked text and what was masked.
    pub redacted: Redaction,
    /// Required elements.
    pub validation: Validation,
    /// Reasoning sections.
    pub reasoning: Reasoning,
    /// Publication checks.
    pub publication: Publication,
}

impl MapSpans for Report {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.blocking.map_spans(f);
        self.warnings.map_spans(f);
        self.redacted.map_spans(f);
        self.validation.map_spans(f);
        self.reasoning.map_spans(f);
        self.publication.map_spans(f);
    }
}

/// Runs masking, validation, reasoning and publication checks and says whether the document
/// may be submitted.
///
/// Personal data found in `text` is reported as an error (`pii.*`): the raw text must not be
/// submitted, its masked version (`redacted.text`) may. Which categories block is set by
/// [`Options::block_on`].
pub fn check(text: &str, opts: &Options) -> Result<Report, Error> {
    opts.check_input(text)?;
    let doc = Doc::new(text);
    let redacted = redact::run(&doc, opts);
    let reasoning = reasoning::run(&doc, opts);
    let validation = validate::run_with_reasoning(&doc, opts, Some(&reasoning));
    let publication = publish::run_with(
        &doc,
        opts,
        &redacted,
        validation.doc_type.as_deref(),
        validation.supported,
    );
    let blocking_prefixes = opts.blocking_categories();
    let blocks = |code: &str| {
        blocking_prefixes.iter().any(|p| {
            code.strip_prefix(p.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
    };
    // A reasoning section that is missing or hollow is reported by the element validator
    // (`element.missing.reasoning_evidence`) and by the explainer (`reasoning.evidence.missing`,
    // with the signals that decided it and concrete advice). The report lists it once, as the
    // explainer's finding; `blockOn: ["reasoning"]` makes such findings block.
    let explained = |code: &str| {
        code.strip_prefix("element.")
            .and_then(|rest| rest.rsplit('.').next())
            .and_then(|id| id.strip_prefix("reasoning_"))
            .is_some_and(|section| {
                reasoning.findings.iter().any(|f| {
                    f.code == format!("reasoning.{section}.missing")
                        || f.code == format!("reasoning.{section}.hollow")
                })
            })
    };
    let mut blocking = Vec::new();
    let mut warnings = Vec::new();
    let pii = redacted.findings.iter().map(|f| {
        let mut f = f.clone();
        f.severity = Severity::Error;
        f
    });
    // Residual masking warnings stay warnings: they ask for a look, they do not prove a leak.
    let others = redacted
        .warnings
        .iter()
        .chain(validation.findings.iter().filter(|f| !explained(&f.code)))
        .chain(&reasoning.findings)
        .chain(&publication.findings)
        .cloned();
    for f in pii.chain(others) {
        if f.severity == Severity::Info {
            continue;
        }
        if f.severity == Severity::Error && blocks(&f.code) {
            blocking.push(f);
        } else {
            warnings.push(f);
        }
    }
    Ok(Report {
        ok: blocking.is_empty(),
        blocking,
        warnings,
        redacted,
        validation,
        reasoning,
        publication,
    })
}

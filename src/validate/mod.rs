//! Required-elements validation (载明事项): detects the document type, checks every element the
//! law or the standard template requires, and reports what is missing or defective with the
//! provision behind it.
//!
//! * The rulebook is data: [`rulebook`] holds one table per document type; [`custom`] lets a
//!   caller add types or override elements at run time ([`crate::Options::validate`]).
//! * Each element is decided by a detector ([`rules::Check`], implemented in `checks`): presence
//!   is not enough where the law fixes content — a remedy clause without the 60日/6个月
//!   deadlines, a fine without an amount, `违反了有关规定` with no article, a blank `年 月 日`
//!   all count as missing, with a finding that says why.
//! * Content checks across elements (`content`): 当场 limits, hearing triggers, date order,
//!   大写/小写 agreement, 文号 kind.
//!
//! ```
//! let text = "某市应急管理局\n责令限期整改指令书\n某应急责改〔2024〕3号\n\n某某有限公司：\n　　经查，你单位存在下列问题：\n　　1．仓库未设置明显的安全警示标志。\n　　现责令你单位于2024年3月20日前整改完毕。\n";
//! let v = gongshi::validate(text, &Default::default()).unwrap();
//! assert_eq!(v.doc_type.as_deref(), Some("rectification_order"));
//! assert!(v.missing.contains(&"legal_basis_order".to_string()));
//! assert!(v.findings.iter().any(|f| f.code == "element.missing.seal"));
//! ```

pub mod checks;
pub mod content;
pub mod ctx;
pub mod custom;
pub mod doctype;
pub mod rulebook;
pub mod rules;

use std::cell::OnceCell;

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Lang, Severity, Span, Text};
use crate::options::Options;
use crate::reasoning::Reasoning;
use crate::render::MapSpans;

pub use custom::ValidateOptions;
pub use doctype::Detection;
pub use rules::{Check, PartyKind, Requirement};

/// Where an element stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Present and complete.
    Present,
    /// Absent (or only a blank template field).
    Missing,
    /// Present but hollow, incomplete or wrong; the element's `note` says why.
    Defective,
    /// Does not apply to this document (a payment clause where no fine is imposed).
    NotApplicable,
    /// Could not be assessed (the reasoning grader is not available in this build).
    NotAssessed,
}

/// One required element of the document type and what the document has of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Element {
    /// Stable id, e.g. `remedy_channels_deadlines`.
    pub id: String,
    /// Label (Chinese and English).
    pub label: Text,
    /// `statutory` or `template`.
    pub requirement: Requirement,
    /// The provision behind it, e.g. `行政处罚法第五十九条第一款第五项`.
    pub basis: String,
    /// Present and complete (also true when not applicable or not assessed).
    pub present: bool,
    /// Present, missing, defective, not applicable, not assessed.
    pub status: Status,
    /// Where it was found (or the defective part).
    pub span: Option<Span>,
    /// Why it is defective or missing, when more can be said.
    pub note: Option<Text>,
}

impl MapSpans for Element {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
    }
}

/// Result of [`fn@crate::validate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Validation {
    /// True: element validation is available.
    pub supported: bool,
    /// The detected or given document type id (`None` when the type could not be told).
    pub doc_type: Option<String>,
    /// Name of the document type.
    pub doc_type_label: Option<Text>,
    /// How the type was found and with what confidence.
    pub detection: Option<Detection>,
    /// Every element of the document type, in table order.
    pub elements: Vec<Element>,
    /// Ids of the elements that are missing or defective.
    pub missing: Vec<String>,
    /// One finding per missing or defective element, then the content checks.
    pub findings: Vec<Finding>,
    /// Version of the rulebook that produced this result.
    pub rulebook_version: String,
}

impl MapSpans for Validation {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.elements.map_spans(f);
        self.findings.map_spans(f);
    }
}

/// One source of the rulebook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleSource {
    /// Title of the law, rule or template.
    pub title: String,
    /// Version or date.
    pub version: String,
    /// What the rulebook takes from it.
    pub used_for: String,
}

/// One document type of the rulebook, as listed by [`rulebook_info`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocTypeInfo {
    /// Type id.
    pub id: String,
    /// Name.
    pub label: Text,
    /// Main statute.
    pub basis: String,
    /// Its elements: id, label, requirement, basis.
    pub elements: Vec<ElementInfo>,
}

/// One element of a document type, as listed by [`rulebook_info`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ElementInfo {
    /// Element id.
    pub id: String,
    /// Label.
    pub label: Text,
    /// Statutory or template.
    pub requirement: Requirement,
    /// Legal basis.
    pub basis: String,
    /// Detector name.
    pub check: String,
}

/// Version and sources of the rulebook, and the document types it covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulebookInfo {
    /// Rulebook version.
    pub version: String,
    /// Laws, rules and templates it rests on.
    pub sources: Vec<RuleSource>,
    /// Built-in document types with their elements.
    pub doc_types: Vec<DocTypeInfo>,
}

/// The rulebook's version, sources and tables (the `rulebookInfo()` of the JavaScript API).
pub fn rulebook_info() -> RulebookInfo {
    RulebookInfo {
        version: rulebook::VERSION.to_string(),
        sources: rulebook::SOURCES
            .iter()
            .map(|(t, v, u)| RuleSource {
                title: t.to_string(),
                version: v.to_string(),
                used_for: u.to_string(),
            })
            .collect(),
        doc_types: rulebook::BUILTIN
            .iter()
            .map(|d| DocTypeInfo {
                id: d.id.to_string(),
                label: Text::new(d.zh, d.en),
                basis: d.basis.to_string(),
                elements: d
                    .elements
                    .iter()
                    .map(|e| ElementInfo {
                        id: e.id.to_string(),
                        label: Text::new(e.zh, e.en),
                        requirement: e.requirement,
                        basis: e.basis.to_string(),
                        check: e.check.name().to_string(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn element_finding(e: &Element, rule: &rules::ElementRule) -> Finding {
    let severity = match e.requirement {
        Requirement::Statutory => Severity::Error,
        Requirement::Template => Severity::Warning,
    };
    let (code, zh, en) = match (e.status, &e.note) {
        (Status::Defective, Some(n)) => (
            format!("element.defective.{}", e.id),
            format!("“{}”不符合要求：{}。{}", e.label.zh, n.zh, rule.add.zh),
            format!("Not as required: {}: {}. {}", e.label.en, n.en, rule.add.en),
        ),
        (Status::Defective, None) => (
            format!("element.defective.{}", e.id),
            format!("“{}”不符合要求。{}", e.label.zh, rule.add.zh),
            format!("Not as required: {}. {}", e.label.en, rule.add.en),
        ),
        (_, Some(n)) => (
            format!("element.missing.{}", e.id),
            format!("缺少“{}”：{}。{}", e.label.zh, n.zh, rule.add.zh),
            format!("Missing: {} ({}). {}", e.label.en, n.en, rule.add.en),
        ),
        (_, None) => (
            format!("element.missing.{}", e.id),
            format!("缺少“{}”。{}", e.label.zh, rule.add.zh),
            format!("Missing: {}. {}", e.label.en, rule.add.en),
        ),
    };
    let mut f = Finding::new(code, severity, Text::new(zh, en))
        .with_basis(e.basis.clone())
        .with_suggestion(rule.add.clone());
    if let Some(sp) = e.span {
        f = f.with_span(sp);
    }
    f
}

/// Validates the required elements of the document.
pub fn run(doc: &Doc<'_>, opts: &Options) -> Validation {
    run_with_reasoning(doc, opts, None)
}

/// Like [`run`], reusing a reasoning result already computed for the same document (as
/// [`crate::check`] does) instead of grading the reasoning sections a second time.
pub fn run_with_reasoning(
    doc: &Doc<'_>,
    opts: &Options,
    reasoning: Option<&Reasoning>,
) -> Validation {
    let vopts = &opts.validate;
    let types = custom::registry(vopts);
    let ctx = ctx::Ctx::new(doc);
    let mut findings = Vec::new();

    // The type: named by the caller, else detected.
    let mut detection = None;
    if let Some(id) = opts.doc_type.as_deref() {
        if types.iter().any(|t| t.id == id) {
            detection = Some(Detection {
                id: id.to_string(),
                confidence: 1.0,
                signals: vec!["option".to_string()],
                alternative: None,
            });
        } else {
            findings.push(Finding::new(
                "validate.unknown_doc_type",
                Severity::Warning,
                Text::new(
                    "选项 docType 指定的文书类型不存在，已改为自动识别。可用类型见 rulebookInfo()。",
                    "The docType option names no known document type; the type was detected instead. See rulebookInfo() for the types.",
                ),
            ));
        }
    }
    if detection.is_none() {
        detection = doctype::detect(&ctx, &types);
    }
    let Some(det) = detection else {
        findings.push(Finding::new(
            "validate.doc_type_unknown",
            Severity::Warning,
            Text::new(
                "无法识别文书类型（标题、文号和结构均不匹配），未检查必备要素。请在选项 docType 中指定文书类型。",
                "The document type could not be told (title, number and structure match none); elements were not checked. Name the type in the docType option.",
            ),
        ));
        return Validation {
            supported: true,
            doc_type: None,
            doc_type_label: None,
            detection: None,
            elements: Vec::new(),
            missing: Vec::new(),
            findings,
            rulebook_version: rulebook::VERSION.to_string(),
        };
    };
    let Some(ty) = types.iter().find(|t| t.id == det.id.as_str()) else {
        return Validation {
            supported: true,
            doc_type: None,
            doc_type_label: None,
            detection: None,
            elements: Vec::new(),
            missing: Vec::new(),
            findings,
            rulebook_version: rulebook::VERSION.to_string(),
        };
    };
    if det.confidence < 0.7 && det.signals.iter().all(|s| s != "option") {
        findings.push(Finding::new(
            "validate.doc_type_uncertain",
            Severity::Info,
            Text::new(
                format!("文书类型按结构推断为“{}”，把握不大；如有误，请在选项 docType 中指定。", ty.label.zh),
                format!("The document type was inferred from its structure as “{}” with low confidence; set docType if this is wrong.", ty.label.en),
            ),
        ));
    }

    let party = match ty.party {
        PartyKind::Any => doctype::party_hint(&ctx).unwrap_or(PartyKind::Any),
        p => p,
    };
    let reasoning_cell: OnceCell<Reasoning> = OnceCell::new();
    let reasoning_fn = || {
        Some(match reasoning {
            Some(r) => r,
            None => reasoning_cell.get_or_init(|| crate::reasoning::run(doc, opts)),
        })
    };
    let env = checks::Env {
        ctx: &ctx,
        party,
        citations: doc.citations(),
        reasoning: &reasoning_fn,
        decision_date: OnceCell::new(),
    };

    let mut elements = Vec::with_capacity(ty.elements.len());
    let mut penalty = None;
    for rule in &ty.elements {
        let outcome = if rule.check == Check::PenaltyTypeAmount {
            let cues: Vec<&str> = rule.cues.iter().map(|c| c.as_ref()).collect();
            let p = checks::penalty(&env, &cues);
            let o = p.outcome.clone();
            penalty = Some(p);
            o
        } else {
            checks::run(&env, rule)
        };
        let present = matches!(
            outcome.status,
            Status::Present | Status::NotApplicable | Status::NotAssessed
        );
        elements.push(Element {
            id: rule.id.to_string(),
            label: rule.label.clone(),
            requirement: rule.requirement,
            basis: rule.basis.to_string(),
            present,
            status: outcome.status,
            span: outcome.span,
            note: outcome.note,
        });
    }
    let extra = content::run(&env, ty, penalty.as_ref(), &mut elements, vopts);

    // Spans to the original text, findings per element.
    for (e, rule) in elements.iter_mut().zip(&ty.elements) {
        e.span = e.span.map(|s| doc.to_original(s));
        if !e.present {
            findings.push(element_finding(e, rule));
        }
    }
    findings.extend(extra);
    let missing = elements
        .iter()
        .filter(|e| !e.present)
        .map(|e| e.id.clone())
        .collect();
    Validation {
        supported: true,
        doc_type: Some(ty.id.to_string()),
        doc_type_label: Some(ty.label.clone()),
        detection: Some(det),
        elements,
        missing,
        findings,
        rulebook_version: rulebook::VERSION.to_string(),
    }
}

/// A plain-text checklist a person can read: ✓/✗ per element with its legal basis, then the
/// other findings. Used by `gongshi validate FILE`.
pub fn checklist(v: &Validation, lang: Lang) -> String {
    use std::fmt::Write;
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    match (&v.doc_type_label, &v.detection) {
        (Some(label), Some(d)) => {
            let _ = writeln!(
                out,
                "{}{}（{}，{} {}%）",
                if zh {
                    "文书类型："
                } else {
                    "Document type: "
                },
                label.get(lang),
                d.id,
                if zh { "置信度" } else { "confidence" },
                // Whole percent, without float formatting code in the module.
                (d.confidence * 100.0).round() as u32
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "{}",
                if zh {
                    "文书类型：无法识别"
                } else {
                    "Document type: unknown"
                }
            );
        }
    }
    for e in &v.elements {
        let mark = match e.status {
            Status::Present => "✓",
            Status::Missing | Status::Defective => "✗",
            Status::NotApplicable => "–",
            Status::NotAssessed => "?",
        };
        let kind = match (e.requirement, zh) {
            (Requirement::Statutory, true) => "法定",
            (Requirement::Template, true) => "式样",
            (Requirement::Statutory, false) => "statutory",
            (Requirement::Template, false) => "template",
        };
        let _ = write!(out, "{mark} {}  [{kind}] {}", e.label.get(lang), e.basis);
        match (e.status, &e.note) {
            (Status::Defective | Status::Missing, Some(n)) => {
                let _ = write!(out, "\n    {}", n.get(lang));
            }
            (Status::NotApplicable, _) => {
                let _ = write!(out, "  ({})", if zh { "不适用" } else { "not applicable" });
            }
            (Status::NotAssessed, _) => {
                let _ = write!(out, "  ({})", if zh { "未评估" } else { "not assessed" });
            }
            _ => {}
        }
        out.push('\n');
    }
    let others: Vec<&Finding> = v
        .findings
        .iter()
        .filter(|f| {
            !f.code.starts_with("element.missing.") && !f.code.starts_with("element.defective.")
        })
        .collect();
    if !others.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            if zh {
                "其他问题："
            } else {
                "Other findings:"
            }
        );
        for f in others {
            let mark = match f.severity {
                Severity::Error => "✗",
                Severity::Warning => "!",
                Severity::Info => "i",
            };
            let _ = write!(out, "{mark} {}", f.message.get(lang));
            if let Some(b) = &f.basis {
                let _ = write!(out, "  [{b}]");
            }
            out.push('\n');
        }
    }
    let n = v.missing.len();
    let _ = writeln!(
        out,
        "{}",
        if zh {
            format!(
                "共 {} 项要素，缺少或不符合要求 {} 项。",
                v.elements.len(),
                n
            )
        } else {
            format!("{} elements, {} missing or defective.", v.elements.len(), n)
        }
    );
    out
}

//! Caller-supplied rules (serde, from JavaScript or the CLI): extra document types, element
//! overrides, and the thresholds of content checks.
//!
//! ```json
//! { "validate": {
//!     "docTypes": [{ "id": "license_decision", "label": "行政许可决定书", "titles": ["行政许可决定书"],
//!                    "extends": "penalty_notice", "remove": ["penalty_type_amount"] }],
//!     "elements": [{ "docType": "penalty_decision_org", "id": "seal", "requirement": "template" },
//!                  { "docType": "inspection_record", "id": "page_numbers", "label": "页码",
//!                    "check": "any_cue", "cues": ["共", "页"] }],
//!     "hearingThresholds": { "personYuan": 20000, "orgYuan": 50000 } } }
//! ```

use std::borrow::Cow;

use serde::Deserialize;

use crate::finding::Text;
use crate::text::docnum::DocKind;

use super::rulebook;
use super::rules::{Check, DocType, ElementRule, PartyKind, Requirement};

/// Options of the validator (`options.validate`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ValidateOptions {
    /// Extra document types (or replacements of built-in ones with the same id).
    pub doc_types: Vec<DocTypeSpec>,
    /// Element overrides and additions.
    pub elements: Vec<ElementSpec>,
    /// 较大数额 thresholds that trigger the right to a hearing (行政处罚法第六十三条).
    pub hearing_thresholds: HearingThresholds,
    /// Limits of on-the-spot fines (行政处罚法第五十一条).
    pub on_spot_limits: OnSpotLimits,
}

/// 较大数额 for 听证: provinces set their own; the default is the 安全生产违法行为行政处罚办法
/// fallback (个人 1 万元, 单位 3 万元).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct HearingThresholds {
    /// Fines on a natural person from this many yuan carry a right to a hearing.
    pub person_yuan: u64,
    /// Fines on a unit from this many yuan carry a right to a hearing.
    pub org_yuan: u64,
}

impl Default for HearingThresholds {
    fn default() -> Self {
        HearingThresholds {
            person_yuan: 10_000,
            org_yuan: 30_000,
        }
    }
}

/// 当场处罚 limits (行政处罚法第五十一条: 公民 200 元, 法人或者其他组织 3000 元).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct OnSpotLimits {
    /// Highest on-the-spot fine for a citizen, in yuan.
    pub person_yuan: u64,
    /// Highest on-the-spot fine for an organisation, in yuan.
    pub org_yuan: u64,
}

impl Default for OnSpotLimits {
    fn default() -> Self {
        OnSpotLimits {
            person_yuan: 200,
            org_yuan: 3_000,
        }
    }
}

/// A label given as one string (Chinese) or both languages.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum LabelSpec {
    /// Chinese only (also used for English).
    Plain(String),
    /// Both languages.
    Both {
        /// Chinese.
        zh: String,
        /// English.
        en: String,
    },
}

impl LabelSpec {
    fn to_text(&self) -> Text {
        match self {
            LabelSpec::Plain(s) => Text::new(s.clone(), s.clone()),
            LabelSpec::Both { zh, en } => Text::new(zh.clone(), en.clone()),
        }
    }
}

/// A document type supplied by the caller.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocTypeSpec {
    /// Stable id; a built-in id replaces that type.
    pub id: String,
    /// Name.
    pub label: LabelSpec,
    /// Title words that identify it.
    #[serde(default)]
    pub titles: Vec<String>,
    /// Title words that rule it out.
    #[serde(default)]
    pub not_titles: Vec<String>,
    /// 文号 kind codes (`罚`, `责改`, or a new one such as `许决`).
    #[serde(default)]
    pub codes: Vec<String>,
    /// Structural cues for detection without a title.
    #[serde(default)]
    pub structure: Vec<String>,
    /// Who the party is (`org`, `person`, `any`).
    #[serde(default)]
    pub party: Option<PartyKind>,
    /// The statute behind it.
    #[serde(default)]
    pub basis: Option<String>,
    /// Start from the elements of this built-in (or earlier custom) type.
    #[serde(default)]
    pub extends: Option<String>,
    /// Element ids to drop from the extended table.
    #[serde(default)]
    pub remove: Vec<String>,
    /// Elements of its own (added after the extended ones, replacing same ids).
    #[serde(default)]
    pub elements: Vec<ElementSpec>,
}

/// An element supplied by the caller: a new one, or fields to override on an existing one.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ElementSpec {
    /// The document type it belongs to (`"*"` or absent: every type that has this id; inside a
    /// `DocTypeSpec`, ignored).
    #[serde(default)]
    pub doc_type: Option<String>,
    /// Element id.
    pub id: String,
    /// Label.
    #[serde(default)]
    pub label: Option<LabelSpec>,
    /// `statutory` or `template`.
    #[serde(default)]
    pub requirement: Option<Requirement>,
    /// Legal basis text.
    #[serde(default)]
    pub basis: Option<String>,
    /// Built-in detector name (`labeled_value`, `any_cue`, `remedy`…).
    #[serde(default)]
    pub check: Option<Check>,
    /// Cues for the detector.
    #[serde(default)]
    pub cues: Option<Vec<String>>,
    /// What to add (hint for the officer).
    #[serde(default)]
    pub hint: Option<LabelSpec>,
    /// Remove this element from the type.
    #[serde(default)]
    pub remove: bool,
}

fn kind_of_code(code: &str) -> Option<DocKind> {
    crate::text::docnum::KIND_CODES
        .iter()
        .find(|(k, _)| *k == code)
        .map(|(_, kind)| *kind)
}

fn new_rule(spec: &ElementSpec) -> ElementRule {
    let label = spec.label.as_ref().map_or_else(
        || Text::new(spec.id.clone(), spec.id.clone()),
        LabelSpec::to_text,
    );
    ElementRule {
        id: Cow::Owned(spec.id.clone()),
        add: spec.hint.as_ref().map_or_else(
            || {
                Text::new(
                    format!("请补充“{}”。", label.zh),
                    format!("Add: {}.", label.en),
                )
            },
            LabelSpec::to_text,
        ),
        label,
        requirement: spec.requirement.unwrap_or(Requirement::Template),
        basis: Cow::Owned(spec.basis.clone().unwrap_or_default()),
        check: spec.check.unwrap_or(Check::AnyCue),
        cues: spec
            .cues
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(Cow::Owned)
            .collect(),
    }
}

fn apply(rules: &mut Vec<ElementRule>, spec: &ElementSpec) {
    if spec.remove {
        rules.retain(|r| r.id != spec.id.as_str());
        return;
    }
    match rules.iter_mut().find(|r| r.id == spec.id.as_str()) {
        Some(r) => {
            if let Some(l) = &spec.label {
                r.label = l.to_text();
            }
            if let Some(x) = spec.requirement {
                r.requirement = x;
            }
            if let Some(b) = &spec.basis {
                r.basis = Cow::Owned(b.clone());
            }
            if let Some(c) = spec.check {
                r.check = c;
            }
            if let Some(c) = &spec.cues {
                r.cues = c.iter().cloned().map(Cow::Owned).collect();
            }
            if let Some(h) = &spec.hint {
                r.add = h.to_text();
            }
        }
        None => rules.push(new_rule(spec)),
    }
}

/// The rulebook in force: built-in types with the caller's types and overrides applied.
pub fn registry(opts: &ValidateOptions) -> Vec<DocType> {
    let mut types: Vec<DocType> = rulebook::BUILTIN
        .iter()
        .map(|d| DocType::from(*d))
        .collect();
    for spec in &opts.doc_types {
        let base = spec
            .extends
            .as_deref()
            .and_then(|b| types.iter().find(|t| t.id == b).cloned());
        let mut elements = base
            .as_ref()
            .map(|b| b.elements.clone())
            .unwrap_or_default();
        elements.retain(|e| !spec.remove.iter().any(|r| r == e.id.as_ref()));
        for e in &spec.elements {
            apply(&mut elements, e);
        }
        let t = DocType {
            id: Cow::Owned(spec.id.clone()),
            label: spec.label.to_text(),
            basis: Cow::Owned(
                spec.basis
                    .clone()
                    .or_else(|| base.as_ref().map(|b| b.basis.to_string()))
                    .unwrap_or_default(),
            ),
            titles: spec.titles.iter().cloned().map(Cow::Owned).collect(),
            not_titles: spec.not_titles.iter().cloned().map(Cow::Owned).collect(),
            codes: spec.codes.iter().filter_map(|c| kind_of_code(c)).collect(),
            party: spec
                .party
                .or_else(|| base.as_ref().map(|b| b.party))
                .unwrap_or(PartyKind::Any),
            structure: spec.structure.iter().cloned().map(Cow::Owned).collect(),
            elements,
        };
        match types.iter_mut().find(|x| x.id == t.id) {
            Some(slot) => *slot = t,
            None => types.push(t),
        }
    }
    for spec in &opts.elements {
        for t in types.iter_mut() {
            let applies = match spec.doc_type.as_deref() {
                None | Some("*") => {
                    t.elements.iter().any(|e| e.id == spec.id.as_str()) || spec.remove
                }
                Some(d) => t.id == d,
            };
            if applies {
                apply(&mut t.elements, spec);
            }
        }
    }
    types
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_and_apply() {
        let json = r#"{
            "docTypes": [{"id": "license_decision", "label": {"zh": "行政许可决定书", "en": "Licence decision"},
                          "titles": ["行政许可决定书"], "extends": "penalty_notice",
                          "remove": ["penalty_type_amount"],
                          "elements": [{"id": "license_scope", "label": "许可范围", "check": "labeled_value", "cues": ["许可范围"]}]}],
            "elements": [{"docType": "penalty_decision_org", "id": "seal", "requirement": "template"},
                         {"docType": "inspection_record", "id": "page_numbers", "label": "页码", "cues": ["共", "页"], "check": "all_cues"}],
            "hearingThresholds": {"personYuan": 20000, "orgYuan": 50000}
        }"#;
        let o: ValidateOptions = serde_json::from_str(json).unwrap();
        assert_eq!(o.hearing_thresholds.org_yuan, 50_000);
        let reg = registry(&o);
        let lic = reg.iter().find(|t| t.id == "license_decision").unwrap();
        assert!(lic.elements.iter().all(|e| e.id != "penalty_type_amount"));
        assert!(lic
            .elements
            .iter()
            .any(|e| e.id == "license_scope" && e.check == Check::LabeledValue));
        let org = reg.iter().find(|t| t.id == "penalty_decision_org").unwrap();
        assert_eq!(
            org.elements
                .iter()
                .find(|e| e.id == "seal")
                .unwrap()
                .requirement,
            Requirement::Template
        );
        let person = reg
            .iter()
            .find(|t| t.id == "penalty_decision_person")
            .unwrap();
        assert_eq!(
            person
                .elements
                .iter()
                .find(|e| e.id == "seal")
                .unwrap()
                .requirement,
            Requirement::Statutory
        );
        let insp = reg.iter().find(|t| t.id == "inspection_record").unwrap();
        assert!(insp.elements.iter().any(|e| e.id == "page_numbers"));
        assert!(serde_json::from_str::<ValidateOptions>(r#"{"docTypez": []}"#).is_err());
    }
}

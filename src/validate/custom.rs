//! Caller-supplied rules (from the options JSON of JavaScript or the CLI): extra document types, element
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

use crate::finding::Text;
use crate::json::{self, At, FromJson, Problem, Value};
use crate::text::docnum::DocKind;

use super::rulebook;
use super::rules::{Check, DocType, ElementRule, PartyKind, Requirement};

/// Options of the validator (`options.validate`). Absent keys keep their defaults; unknown keys
/// are errors (here and in every object below).
#[derive(Debug, Clone, Default, PartialEq)]
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

json::json_struct!(ValidateOptions {
    "docTypes" => doc_types,
    "elements" => elements,
    "hearingThresholds" => hearing_thresholds,
    "onSpotLimits" => on_spot_limits,
});

/// 较大数额 for 听证: provinces set their own; the default is the 安全生产违法行为行政处罚办法
/// fallback (个人 1 万元, 单位 3 万元).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HearingThresholds {
    /// Fines on a natural person from this many yuan carry a right to a hearing.
    pub person_yuan: u64,
    /// Fines on a unit from this many yuan carry a right to a hearing.
    pub org_yuan: u64,
}

json::json_struct!(HearingThresholds { "personYuan" => person_yuan, "orgYuan" => org_yuan });

impl Default for HearingThresholds {
    fn default() -> Self {
        HearingThresholds {
            person_yuan: 10_000,
            org_yuan: 30_000,
        }
    }
}

/// 当场处罚 limits (行政处罚法第五十一条: 公民 200 元, 法人或者其他组织 3000 元).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OnSpotLimits {
    /// Highest on-the-spot fine for a citizen, in yuan.
    pub person_yuan: u64,
    /// Highest on-the-spot fine for an organisation, in yuan.
    pub org_yuan: u64,
}

json::json_struct!(OnSpotLimits { "personYuan" => person_yuan, "orgYuan" => org_yuan });

impl Default for OnSpotLimits {
    fn default() -> Self {
        OnSpotLimits {
            person_yuan: 200,
            org_yuan: 3_000,
        }
    }
}

/// A label given as one string (Chinese) or both languages (`{"zh": …, "en": …}`).
#[derive(Debug, Clone, PartialEq)]
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

impl FromJson for LabelSpec {
    fn from_json(v: &Value<'_>, at: &At<'_>) -> Result<Self, Problem> {
        match v {
            Value::String(s) => Ok(LabelSpec::Plain(s.to_string())),
            // Other keys are ignored, as they always were for this form.
            Value::Object(m) => {
                json::require(v, at, &["zh", "en"])?;
                let get = |key: &str| -> Result<String, Problem> {
                    match m.iter().find(|(k, _)| k == key) {
                        Some((k, x)) => String::from_json(x, &at.key(k)),
                        None => Ok(String::new()),
                    }
                };
                Ok(LabelSpec::Both {
                    zh: get("zh")?,
                    en: get("en")?,
                })
            }
            _ => Err(json::expected(
                at,
                "字符串或 {\"zh\": …, \"en\": …} 对象",
                "a string or an object {\"zh\": …, \"en\": …}",
            )),
        }
    }
}

impl LabelSpec {
    fn to_text(&self) -> Text {
        match self {
            LabelSpec::Plain(s) => Text::new(s.clone(), s.clone()),
            LabelSpec::Both { zh, en } => Text::new(zh.clone(), en.clone()),
        }
    }
}

/// A document type supplied by the caller: `id` and `label` are required, the rest optional.
#[derive(Debug, Clone, PartialEq)]
pub struct DocTypeSpec {
    /// Stable id; a built-in id replaces that type.
    pub id: String,
    /// Name.
    pub label: LabelSpec,
    /// Title words that identify it.
    pub titles: Vec<String>,
    /// Title words that rule it out.
    pub not_titles: Vec<String>,
    /// 文号 kind codes (`罚`, `责改`, or a new one such as `许决`).
    pub codes: Vec<String>,
    /// Structural cues for detection without a title.
    pub structure: Vec<String>,
    /// Who the party is (`org`, `person`, `any`).
    pub party: Option<PartyKind>,
    /// The statute behind it.
    pub basis: Option<String>,
    /// Start from the elements of this built-in (or earlier custom) type.
    pub extends: Option<String>,
    /// Element ids to drop from the extended table.
    pub remove: Vec<String>,
    /// Elements of its own (added after the extended ones, replacing same ids).
    pub elements: Vec<ElementSpec>,
}

/// An element supplied by the caller: a new one, or fields to override on an existing one.
/// `id` is required, the rest optional.
#[derive(Debug, Clone, PartialEq)]
pub struct ElementSpec {
    /// The document type it belongs to (`"*"` or absent: every type that has this id; inside a
    /// `DocTypeSpec`, ignored).
    pub doc_type: Option<String>,
    /// Element id.
    pub id: String,
    /// Label.
    pub label: Option<LabelSpec>,
    /// `statutory` or `template`.
    pub requirement: Option<Requirement>,
    /// Legal basis text.
    pub basis: Option<String>,
    /// Built-in detector name (`labeled_value`, `any_cue`, `remedy`…).
    pub check: Option<Check>,
    /// Cues for the detector.
    pub cues: Option<Vec<String>>,
    /// What to add (hint for the officer).
    pub hint: Option<LabelSpec>,
    /// Remove this element from the type.
    pub remove: bool,
}

json::json_struct!(DocTypeSpec
new = DocTypeSpec {
    id: String::new(),
    label: LabelSpec::Plain(String::new()),
    titles: Vec::new(),
    not_titles: Vec::new(),
    codes: Vec::new(),
    structure: Vec::new(),
    party: None,
    basis: None,
    extends: None,
    remove: Vec::new(),
    elements: Vec::new(),
};
required = ["id", "label"];
{
    "id" => id,
    "label" => label,
    "titles" => titles,
    "notTitles" => not_titles,
    "codes" => codes,
    "structure" => structure,
    "party" => party,
    "basis" => basis,
    "extends" => extends,
    "remove" => remove,
    "elements" => elements,
});

json::json_struct!(ElementSpec
new = ElementSpec {
    doc_type: None,
    id: String::new(),
    label: None,
    requirement: None,
    basis: None,
    check: None,
    cues: None,
    hint: None,
    remove: false,
};
required = ["id"];
{
    "docType" => doc_type,
    "id" => id,
    "label" => label,
    "requirement" => requirement,
    "basis" => basis,
    "check" => check,
    "cues" => cues,
    "hint" => hint,
    "remove" => remove,
});

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

/// The built-in rulebook, converted once.
fn builtin() -> &'static [DocType] {
    static B: std::sync::OnceLock<Vec<DocType>> = std::sync::OnceLock::new();
    B.get_or_init(|| {
        rulebook::BUILTIN
            .iter()
            .map(|d| DocType::from(*d))
            .collect()
    })
}

/// The rulebook in force: built-in types with the caller's types and overrides applied (the
/// built-in rulebook itself, without a copy, when the caller adds nothing).
pub fn registry(opts: &ValidateOptions) -> Cow<'static, [DocType]> {
    if opts.doc_types.is_empty() {
        return Cow::Borrowed(builtin());
    }
    let mut types: Vec<DocType> = builtin().to_vec();
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
    Cow::Owned(types)
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
        let o: ValidateOptions = json::from_str(json).unwrap();
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
        assert!(json::from_str::<ValidateOptions>(r#"{"docTypez": []}"#).is_err());
    }

    fn err(json: &str) -> String {
        json::from_str::<ValidateOptions>(json)
            .unwrap_err()
            .message
            .en
    }

    #[test]
    fn forms_defaults_and_errors() {
        let o: ValidateOptions = json::from_str(
            r#"{"hearingThresholds": {"orgYuan": 50000},
                "docTypes": [{"id": "x", "label": {"zh": "甲", "en": "A", "note": 1}, "party": "org"}],
                "elements": [{"id": "seal", "remove": true, "label": null, "hint": "加盖印章"}]}"#,
        )
        .unwrap();
        // Absent keys keep the struct's defaults, not zero.
        assert_eq!(o.hearing_thresholds.person_yuan, 10_000);
        assert_eq!(o.hearing_thresholds.org_yuan, 50_000);
        assert_eq!(o.on_spot_limits, OnSpotLimits::default());
        let t = &o.doc_types[0];
        assert_eq!(
            t.label,
            LabelSpec::Both {
                zh: "甲".into(),
                en: "A".into()
            }
        );
        assert_eq!(t.party, Some(PartyKind::Org));
        assert!(t.titles.is_empty() && t.extends.is_none());
        let e = &o.elements[0];
        assert!(e.remove && e.label.is_none());
        assert_eq!(e.hint, Some(LabelSpec::Plain("加盖印章".into())));

        for (json, want) in [
            (
                r#"{"docTypes": [{"id": "a", "label": "甲"}, {"id": "b", "label": "乙", "elements": [{"id": 7}]}]}"#,
                "Invalid option docTypes[1].elements[0].id: expected a string.",
            ),
            (
                r#"{"docTypes": [{"label": "甲"}]}"#,
                r#"Invalid option docTypes[0]: missing required key "id"."#,
            ),
            (
                r#"{"docTypes": [{"id": "a"}]}"#,
                r#"Invalid option docTypes[0]: missing required key "label"."#,
            ),
            (
                r#"{"docTypes": [{"id": "a", "label": {"zh": "甲"}}]}"#,
                r#"Invalid option docTypes[0].label: missing required key "en"."#,
            ),
            (
                r#"{"docTypes": [{"id": "a", "label": {"zh": "甲", "en": 1}}]}"#,
                "Invalid option docTypes[0].label.en: expected a string.",
            ),
            (
                r#"{"docTypes": [{"id": "a", "label": ["甲", "A"]}]}"#,
                r#"Invalid option docTypes[0].label: expected a string or an object {"zh": …, "en": …}."#,
            ),
            (
                r#"{"elements": [{"id": "seal", "check": "any-cue"}]}"#,
                "Invalid option elements[0].check: unknown value (expected one of: doc_number,",
            ),
            (
                r#"{"elements": [{"id": "seal", "requirement": "Statutory"}]}"#,
                "Invalid option elements[0].requirement: unknown value (expected one of: statutory, template).",
            ),
            (
                r#"{"elements": [{"id": "seal", "remove": null}]}"#,
                "Invalid option elements[0].remove: expected a boolean (true or false).",
            ),
            (
                r#"{"hearingThresholds": {"personYuan": 1.5}}"#,
                "Invalid option hearingThresholds.personYuan: expected a non-negative integer.",
            ),
            (
                r#"{"onSpotLimits": {"orgYuan": -200}}"#,
                "Invalid option onSpotLimits.orgYuan: expected a non-negative integer.",
            ),
            (
                r#"{"onSpotLimits": null}"#,
                "Invalid option onSpotLimits: expected an object.",
            ),
            (
                r#"{"docTypes": [{"id": "a", "label": "甲", "notTitle": []}]}"#,
                r#"Invalid option docTypes[0]: unknown key "notTitle" (expected one of: id, label, titles, notTitles, codes, structure, party, basis, extends, remove, elements)."#,
            ),
        ] {
            let got = err(json);
            assert!(got.starts_with(want), "{json}\n got {got}\nwant {want}");
        }
    }

    #[test]
    fn names_match_serialization() {
        use crate::json::JsonEnum;
        fn check<T: JsonEnum + serde::Serialize>() {
            assert_eq!(T::NAMES.len(), T::VALUES.len());
            for (name, v) in T::NAMES.iter().zip(T::VALUES).take(T::CANONICAL) {
                assert_eq!(serde_json::to_value(v).unwrap(), *name);
            }
        }
        check::<Check>();
        check::<Requirement>();
        check::<PartyKind>();
        assert_eq!(Check::CANONICAL, 31);
        for (i, c) in Check::VALUES.iter().enumerate() {
            assert_eq!(Check::NAMES[i], c.name());
        }
    }
}

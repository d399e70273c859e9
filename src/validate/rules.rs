//! The shapes of the rulebook: a document type and its required elements, as plain data.
//!
//! The built-in tables live in [`super::rulebook`], one file per document type. A caller can add
//! document types or override elements at run time with [`super::custom`] (read from the options JSON); both
//! end up as a [`DocType`] with owned [`ElementRule`]s, which is what the checks read.

use std::borrow::Cow;

use serde::Serialize;

use crate::finding::Text;
use crate::text::docnum::DocKind;

/// Whether an element is required by statute or by the standard template only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Requirement {
    /// Required by a statute (行政处罚法, 行政强制法, 安全生产法…): a missing element is an error.
    Statutory,
    /// Required by the 应急/安监 standard template or the 公示制度: a missing element is a warning.
    Template,
}

crate::json::json_enum!(Requirement { "statutory" => Statutory, "template" => Template });

/// Who the party of a document type is, which decides what identifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PartyKind {
    /// A unit (单位): name and 统一社会信用代码.
    Org,
    /// A natural person (个人): name and 身份证号码.
    Person,
    /// Either, as the document shows.
    Any,
}

crate::json::json_enum!(PartyKind { "org" => Org, "person" => Person, "any" => Any });

/// The detector that decides whether an element is present and complete. Each element's
/// `cues` feed its detector; what they mean is said on each variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// This document's own 文号 in the header, or after a label in `cues` (`决定书文号`); it
    /// must parse with a year and a sequence.
    DocNumber,
    /// The party's name (after a label in `cues`, or as the addressee line `X公司:`) and its
    /// identifying code: 统一社会信用代码 passing GB 32100 for a unit, 身份证号码 for a person.
    PartyIdentity,
    /// The party's name only (`cues`: name labels; the addressee line also counts).
    PartyName,
    /// A non-empty value after an address label in `cues`, in the party block.
    PartyAddress,
    /// A concrete account of the facts (when, where, what), not boilerplate; `cues` are the
    /// section titles and openings (`违法事实`, `经查`).
    Facts,
    /// The evidence listed item by item or by kind (笔录, 照片, 视听资料…); `cues` are section
    /// titles and openings.
    Evidence,
    /// A citation in the role of the provision violated (违则: `违反了《…》第…条`).
    LegalBasisViolated,
    /// A citation in the role of the provision applied (罚则 / 处理依据: `依据《…》第…条…`).
    LegalBasisApplied,
    /// The kind of penalty (行政处罚法第九条) and, for a fine, its amount; 大写 and 小写 agree.
    PenaltyTypeAmount,
    /// How and by when to pay: 15 days, where to pay, the 3%-per-day surcharge.
    Payment,
    /// 行政复议 within 60 days and 行政诉讼 within 6 months, with the review body and court.
    Remedy,
    /// The issuing agency named in the title or the signature block.
    AgencyName,
    /// The issuing date in the signature block (a blank `年 月 日` is missing).
    DecisionDate,
    /// The seal mark `（印章）` in the signature block.
    Seal,
    /// How 告知, 陈述申辩 and 听证 were handled (a decision's narrative).
    StatementDefenseHandling,
    /// The party's rights to 陈述/申辩 (and 听证 where triggered) with the deadline (a notice).
    StatementDefenseRights,
    /// The right to request a hearing with its deadline (a 听证告知书).
    HearingRights,
    /// 证据采信 reasoning, graded by the reasoning module.
    ReasoningEvidence,
    /// 依据选择 reasoning, graded by the reasoning module.
    ReasoningLegalBasis,
    /// 自由裁量 reasoning, graded by the reasoning module.
    ReasoningDiscretion,
    /// A date by which to rectify (`于…前整改完毕`) or a number of days.
    RectificationDeadline,
    /// Officers named with their 执法证号 (two, as 行政处罚法第四十二条 requires).
    OfficerInfo,
    /// A non-empty value after one of the labels in `cues`.
    LabeledValue,
    /// A valid date after one of the labels in `cues`.
    LabeledDate,
    /// A non-empty body (same line or lines below) after one of the labels in `cues`, or a
    /// section with such a title.
    LabeledBody,
    /// A signature line whose label contains one of `cues`, signed (a name after it) or with a
    /// refusal noted (`拒绝签字`).
    Signature,
    /// The places, facilities or goods seized, listed.
    SeizedItems,
    /// The term of a seizure: at most 30 days with start and end (行政强制法第二十五条).
    MeasureTerm,
    /// A money amount is written (after a cue in `cues` when given).
    MoneyAmount,
    /// Any one of `cues` occurs in the text. A cue may list alternatives separated by `|`
    /// (`时间|日期`); the alternative `@date` holds when the document is dated (a valid date in
    /// its signature block).
    AnyCue,
    /// Every one of `cues` occurs in the text (each cue with its `|` alternatives, as for
    /// [`Check::AnyCue`]).
    AllCues,
}

crate::json::json_enum!(Check {
    "doc_number" => DocNumber,
    "party_identity" => PartyIdentity,
    "party_name" => PartyName,
    "party_address" => PartyAddress,
    "facts" => Facts,
    "evidence" => Evidence,
    "legal_basis_violated" => LegalBasisViolated,
    "legal_basis_applied" => LegalBasisApplied,
    "penalty_type_amount" => PenaltyTypeAmount,
    "payment" => Payment,
    "remedy" => Remedy,
    "agency_name" => AgencyName,
    "decision_date" => DecisionDate,
    "seal" => Seal,
    "statement_defense_handling" => StatementDefenseHandling,
    "statement_defense_rights" => StatementDefenseRights,
    "hearing_rights" => HearingRights,
    "reasoning_evidence" => ReasoningEvidence,
    "reasoning_legal_basis" => ReasoningLegalBasis,
    "reasoning_discretion" => ReasoningDiscretion,
    "rectification_deadline" => RectificationDeadline,
    "officer_info" => OfficerInfo,
    "labeled_value" => LabeledValue,
    "labeled_date" => LabeledDate,
    "labeled_body" => LabeledBody,
    "signature" => Signature,
    "seized_items" => SeizedItems,
    "measure_term" => MeasureTerm,
    "money_amount" => MoneyAmount,
    "any_cue" => AnyCue,
    "all_cues" => AllCues,
});

impl Check {
    /// The snake_case name used in options and reports.
    pub fn name(self) -> &'static str {
        use Check::*;
        match self {
            DocNumber => "doc_number",
            PartyIdentity => "party_identity",
            PartyName => "party_name",
            PartyAddress => "party_address",
            Facts => "facts",
            Evidence => "evidence",
            LegalBasisViolated => "legal_basis_violated",
            LegalBasisApplied => "legal_basis_applied",
            PenaltyTypeAmount => "penalty_type_amount",
            Payment => "payment",
            Remedy => "remedy",
            AgencyName => "agency_name",
            DecisionDate => "decision_date",
            Seal => "seal",
            StatementDefenseHandling => "statement_defense_handling",
            StatementDefenseRights => "statement_defense_rights",
            HearingRights => "hearing_rights",
            ReasoningEvidence => "reasoning_evidence",
            ReasoningLegalBasis => "reasoning_legal_basis",
            ReasoningDiscretion => "reasoning_discretion",
            RectificationDeadline => "rectification_deadline",
            OfficerInfo => "officer_info",
            LabeledValue => "labeled_value",
            LabeledDate => "labeled_date",
            LabeledBody => "labeled_body",
            Signature => "signature",
            SeizedItems => "seized_items",
            MeasureTerm => "measure_term",
            MoneyAmount => "money_amount",
            AnyCue => "any_cue",
            AllCues => "all_cues",
        }
    }
}

/// One required element as written in a built-in table (static data).
#[derive(Debug, Clone, Copy)]
pub struct ElementDef {
    /// Stable id (`remedy_channels_deadlines`).
    pub id: &'static str,
    /// Chinese label.
    pub zh: &'static str,
    /// English label.
    pub en: &'static str,
    /// Statutory or template.
    pub requirement: Requirement,
    /// The provision behind it, e.g. `行政处罚法第五十九条第一款第五项`.
    pub basis: &'static str,
    /// The detector.
    pub check: Check,
    /// Words the detector looks for (labels, titles or keywords; see [`Check`]).
    pub cues: &'static [&'static str],
    /// What to add, in Chinese (one sentence the officer can act on).
    pub add_zh: &'static str,
    /// What to add, in English.
    pub add_en: &'static str,
}

/// One document type as written in a built-in table (static data).
#[derive(Debug, Clone, Copy)]
pub struct DocTypeDef {
    /// Stable id (`penalty_decision_org`).
    pub id: &'static str,
    /// Chinese name.
    pub zh: &'static str,
    /// English name.
    pub en: &'static str,
    /// The statute that fixes its content.
    pub basis: &'static str,
    /// Title words that name it (`行政处罚决定书`); matched on the title lines.
    pub titles: &'static [&'static str],
    /// Title words that rule it out even when a title word matches (`当场` for a general
    /// decision).
    pub not_titles: &'static [&'static str],
    /// 文号 kinds that stand for it.
    pub codes: &'static [DocKind],
    /// Who the party is.
    pub party: PartyKind,
    /// Structural cues (labels or phrases typical of the type) used when the title is absent.
    pub structure: &'static [&'static str],
    /// The required elements.
    pub elements: &'static [ElementDef],
}

/// An element as the checks use it: a built-in definition or one supplied by the caller.
#[derive(Debug, Clone, PartialEq)]
pub struct ElementRule {
    /// Stable id.
    pub id: Cow<'static, str>,
    /// Label in both languages.
    pub label: Text,
    /// Statutory or template.
    pub requirement: Requirement,
    /// Legal basis.
    pub basis: Cow<'static, str>,
    /// Detector.
    pub check: Check,
    /// Detector cues.
    pub cues: Vec<Cow<'static, str>>,
    /// What to add.
    pub add: Text,
}

impl From<&ElementDef> for ElementRule {
    fn from(d: &ElementDef) -> Self {
        ElementRule {
            id: Cow::Borrowed(d.id),
            label: Text::new(d.zh, d.en),
            requirement: d.requirement,
            basis: Cow::Borrowed(d.basis),
            check: d.check,
            cues: d.cues.iter().map(|c| Cow::Borrowed(*c)).collect(),
            add: Text::new(d.add_zh, d.add_en),
        }
    }
}

/// A document type as the checks use it.
#[derive(Debug, Clone, PartialEq)]
pub struct DocType {
    /// Stable id.
    pub id: Cow<'static, str>,
    /// Name in both languages.
    pub label: Text,
    /// Main statute.
    pub basis: Cow<'static, str>,
    /// Title words.
    pub titles: Vec<Cow<'static, str>>,
    /// Title words that exclude it.
    pub not_titles: Vec<Cow<'static, str>>,
    /// 文号 kinds.
    pub codes: Vec<DocKind>,
    /// Who the party is.
    pub party: PartyKind,
    /// Structural cues.
    pub structure: Vec<Cow<'static, str>>,
    /// Elements, in table order.
    pub elements: Vec<ElementRule>,
}

impl From<&DocTypeDef> for DocType {
    fn from(d: &DocTypeDef) -> Self {
        DocType {
            id: Cow::Borrowed(d.id),
            label: Text::new(d.zh, d.en),
            basis: Cow::Borrowed(d.basis),
            titles: d.titles.iter().map(|c| Cow::Borrowed(*c)).collect(),
            not_titles: d.not_titles.iter().map(|c| Cow::Borrowed(*c)).collect(),
            codes: d.codes.to_vec(),
            party: d.party,
            structure: d.structure.iter().map(|c| Cow::Borrowed(*c)).collect(),
            elements: d.elements.iter().map(ElementRule::from).collect(),
        }
    }
}

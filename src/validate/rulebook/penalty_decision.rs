//! 行政处罚决定书（一般程序）— 单位 and 个人. 行政处罚法第五十九条 lists what the decision must
//! state; the 2016 安监 template adds the 文号, the 告知/陈述申辩 narrative, and the 公示制度
//! (十二) the three reasoning sections.

use super::common::*;
use crate::text::docnum::DocKind;
use crate::validate::rules::{DocTypeDef, ElementDef, PartyKind};

const ELEMENTS: &[ElementDef] = &[
    PARTY_IDENTITY,
    PARTY_ADDRESS,
    FACTS,
    EVIDENCE,
    LEGAL_BASIS_VIOLATED,
    LEGAL_BASIS_PENALTY,
    PENALTY_TYPE_AMOUNT,
    PERFORMANCE,
    REMEDY,
    AGENCY_NAME,
    DECISION_DATE,
    SEAL,
    DOC_NUMBER,
    REASONING_EVIDENCE,
    REASONING_LEGAL_BASIS,
    REASONING_DISCRETION,
    STATEMENT_DEFENSE_HANDLING,
];

const TITLES: &[&str] = &["行政处罚决定书", "处罚决定书"];
/// 不予行政处罚决定书 decides not to punish: none of these elements apply to it.
const NOT_TITLES: &[&str] = &[
    "当场", "简易", "告知", "公开", "公示", "信息", "摘要", "不予",
];
const STRUCTURE: &[&str] = &[
    "决定给予",
    "作出如下行政处罚",
    "如下行政处罚",
    "履行方式",
    "收到本决定书之日起",
    "本处罚决定",
];

/// 行政处罚决定书（单位）.
pub const ORG: DocTypeDef = DocTypeDef {
    id: "penalty_decision_org",
    zh: "行政处罚决定书（单位）",
    en: "Penalty decision (unit)",
    basis: "行政处罚法第五十九条",
    titles: TITLES,
    not_titles: NOT_TITLES,
    codes: &[DocKind::PenaltyDecision],
    party: PartyKind::Org,
    structure: STRUCTURE,
    elements: ELEMENTS,
};

/// 行政处罚决定书（个人）.
pub const PERSON: DocTypeDef = DocTypeDef {
    id: "penalty_decision_person",
    zh: "行政处罚决定书（个人）",
    en: "Penalty decision (individual)",
    basis: "行政处罚法第五十九条",
    titles: TITLES,
    not_titles: NOT_TITLES,
    codes: &[DocKind::PenaltyDecision],
    party: PartyKind::Person,
    structure: STRUCTURE,
    elements: ELEMENTS,
};

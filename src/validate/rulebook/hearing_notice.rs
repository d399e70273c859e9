//! 听证告知书. 行政处罚法第六十三条 lists the penalties that carry a right to a hearing (较大数额罚款,
//! 没收较大数额违法所得, 降低资质等级, 吊销许可证件, 责令停产停业, 责令关闭, 限制从业…);
//! 第六十四条第一项: the party asks within five (working) days of being told.

use super::common::*;
use crate::text::docnum::DocKind;
use crate::validate::rules::{Check, DocTypeDef, ElementDef, PartyKind, Requirement};

const B: &str = "行政处罚法第六十三条、第六十四条";

const ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    ElementDef { basis: B, ..PARTY_IDENTITY },
    ElementDef {
        basis: "行政处罚法第四十四条",
        ..FACTS
    },
    ElementDef {
        basis: "行政处罚法第四十四条",
        ..LEGAL_BASIS_VIOLATED
    },
    ElementDef {
        basis: "行政处罚法第四十四条",
        ..LEGAL_BASIS_PENALTY
    },
    ElementDef {
        zh: "拟作出的行政处罚种类和数额",
        en: "Intended kind and amount of the penalty",
        basis: "行政处罚法第四十四条、第六十三条",
        cues: &["拟", "拟作出", "拟给予", "拟对", "拟处"],
        ..PENALTY_TYPE_AMOUNT
    },
    ElementDef {
        id: "hearing_rights",
        zh: "要求听证的权利及期限",
        en: "Right to a hearing and the deadline",
        requirement: Requirement::Statutory,
        basis: "行政处罚法第六十三条、第六十四条第一项",
        check: Check::HearingRights,
        cues: &[],
        add_zh: "告知当事人有权要求举行听证，并写明应在收到本告知书之日起五日内提出及受理机关。",
        add_en: "Tell the party of the right to request a hearing, to be asked for within 5 days of receipt, and where.",
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "听证告知书式样",
        ..AGENCY_NAME
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "听证告知书式样",
        ..DECISION_DATE
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "听证告知书式样",
        ..SEAL
    },
];

/// 听证告知书.
pub const HEARING_NOTICE: DocTypeDef = DocTypeDef {
    id: "hearing_notice",
    zh: "听证告知书",
    en: "Notice of the right to a hearing",
    basis: B,
    titles: &["听证告知书", "行政处罚听证告知书", "听证权利告知书"],
    not_titles: &["笔录", "通知书", "报告"],
    codes: &[DocKind::HearingNotice],
    party: PartyKind::Any,
    structure: &["要求听证", "举行听证"],
    elements: ELEMENTS,
};

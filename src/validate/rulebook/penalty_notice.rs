//! 行政处罚告知书（事先告知）. 行政处罚法第四十四条: before deciding, the agency tells the party
//! the intended penalty and its facts, reasons and basis, and the rights to state, defend and —
//! where 第六十三条 applies — ask for a hearing; 第六十二条: without this no penalty may be
//! decided.

use super::common::*;
use crate::text::docnum::DocKind;
use crate::validate::rules::{Check, DocTypeDef, ElementDef, PartyKind, Requirement};

const B: &str = "行政处罚法第四十四条";

const ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    ElementDef { basis: B, ..PARTY_IDENTITY },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政处罚告知书式样",
        ..PARTY_ADDRESS
    },
    ElementDef { basis: B, ..FACTS },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政处罚法第四十四条；行政处罚告知书式样（以上事实主要证据如下）",
        ..EVIDENCE
    },
    ElementDef { basis: B, ..LEGAL_BASIS_VIOLATED },
    ElementDef { basis: B, ..LEGAL_BASIS_PENALTY },
    ElementDef {
        zh: "拟作出的行政处罚种类和数额",
        en: "Intended kind and amount of the penalty",
        basis: "行政处罚法第四十四条、第九条",
        cues: &["拟", "拟作出", "拟给予", "拟对", "拟处"],
        add_zh: "写明拟作出的处罚种类（警告、罚款、没收违法所得等）；拟罚款的写明数额，大写与小写一致。",
        add_en: "State the intended kind of penalty; an intended fine needs its amount, with words and figures agreeing.",
        ..PENALTY_TYPE_AMOUNT
    },
    ElementDef {
        id: "statement_defense_rights",
        zh: "陈述、申辩（听证）权利及期限",
        en: "Rights to state, defend (and ask for a hearing), with the deadline",
        requirement: Requirement::Statutory,
        basis: "行政处罚法第四十四条、第四十五条、第六十三条、第六十四条",
        check: Check::StatementDefenseRights,
        cues: &[],
        add_zh: "告知当事人享有陈述、申辩的权利及提出的期限（如收到本告知书之日起五日内）和受理机关；拟作出较大数额罚款等第六十三条情形的，还须告知要求听证的权利。",
        add_en: "Tell the party of the rights to state and defend, the deadline (e.g. within 5 days of receipt) and where to submit; for penalties under art. 63 (large fines etc.) also the right to a hearing.",
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政处罚告知书式样",
        ..AGENCY_NAME
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政处罚告知书式样",
        ..DECISION_DATE
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政处罚告知书式样",
        ..SEAL
    },
];

/// 行政处罚告知书.
pub const NOTICE: DocTypeDef = DocTypeDef {
    id: "penalty_notice",
    zh: "行政处罚告知书",
    en: "Prior notice of penalty",
    basis: "行政处罚法第四十四条、第四十五条",
    titles: &[
        "行政处罚告知书",
        "处罚告知书",
        "行政处罚事先告知书",
        "事先告知书",
    ],
    not_titles: &["听证"],
    codes: &[DocKind::PenaltyNotice],
    party: PartyKind::Any,
    structure: &[
        "拟作出",
        "拟对你",
        "拟给予",
        "陈述和申辩",
        "陈述、申辩",
        "收到本告知书",
    ],
    elements: ELEMENTS,
};

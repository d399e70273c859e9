//! 行政（当场）处罚决定书 — 简易程序. 行政处罚法第五十一条 allows it only for a warning or a fine of
//! at most 200 元 (citizen) / 3000 元 (organisation); 第五十二条 lists what the pre-printed,
//! numbered form must state and requires the officers' signatures.

use super::common::*;
use crate::text::docnum::DocKind;
use crate::validate::rules::{Check, DocTypeDef, ElementDef, PartyKind, Requirement};

const B: &str = "行政处罚法第五十二条第一款";

const ELEMENTS: &[ElementDef] = &[
    ElementDef {
        basis: B,
        ..PARTY_IDENTITY
    },
    ElementDef {
        zh: "当事人的违法行为",
        en: "The party's violation",
        basis: B,
        ..FACTS
    },
    ElementDef {
        basis: B,
        ..LEGAL_BASIS_VIOLATED
    },
    ElementDef {
        basis: B,
        ..LEGAL_BASIS_PENALTY
    },
    ElementDef {
        basis: "行政处罚法第五十一条、第五十二条第一款",
        add_zh: "写明处罚种类和罚款数额；当场处罚仅限警告或对公民二百元以下、对法人或其他组织三千元以下的罚款。",
        add_en: "State the kind of penalty and the fine; an on-the-spot decision may only give a warning or fine a citizen up to 200 yuan, an organisation up to 3,000 yuan.",
        ..PENALTY_TYPE_AMOUNT
    },
    ElementDef {
        id: "time_place",
        zh: "作出处罚的时间、地点",
        en: "Time and place",
        requirement: Requirement::Statutory,
        basis: B,
        check: Check::AllCues,
        // The date of an on-the-spot decision is when it was made; the place needs saying.
        cues: &["时间|@date", "地点|场所"],
        add_zh: "写明当场作出处罚的时间和地点。",
        add_en: "State the time and place of the on-the-spot decision.",
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政处罚法第六十七条、第六十八条、第六十九条",
        add_zh: "写明罚款的缴纳方式：当场缴纳（限第六十八条、第六十九条情形，出具专用票据），或自收到本决定书之日起十五日内缴至指定银行，并告知逾期每日加处百分之三罚款。",
        add_en: "Say how the fine is paid: on the spot (only in the cases of arts. 68–69, with an official receipt) or within 15 days of receipt at the designated bank, with the 3%-per-day surcharge.",
        ..PERFORMANCE
    },
    ElementDef {
        basis: "行政处罚法第五十二条第一款；行政复议法第二十条；行政诉讼法第四十六条",
        ..REMEDY
    },
    ElementDef {
        basis: B,
        ..AGENCY_NAME
    },
    ElementDef {
        id: "officer_signature",
        zh: "执法人员签名或者盖章",
        en: "Officers' signatures or seals",
        requirement: Requirement::Statutory,
        basis: B,
        check: Check::Signature,
        cues: &["执法人员", "行政执法人员", "执法人"],
        add_zh: "由执法人员在决定书上签名或者盖章，并写明执法证件号。",
        add_en: "The officers must sign or seal the decision and give their certificate numbers.",
    },
    ElementDef {
        requirement: Requirement::Statutory,
        basis: "行政处罚法第五十二条第一款（预定格式、编有号码）",
        ..DOC_NUMBER
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政（当场）处罚决定书式样",
        ..DECISION_DATE
    },
];

/// 行政（当场）处罚决定书.
pub const ON_SPOT: DocTypeDef = DocTypeDef {
    id: "penalty_decision_on_spot",
    zh: "行政（当场）处罚决定书（简易程序）",
    en: "On-the-spot penalty decision (summary procedure)",
    basis: "行政处罚法第五十一条、第五十二条",
    titles: &[
        "当场处罚决定书",
        "当场行政处罚决定书",
        "简易程序处罚决定书",
        "简易程序行政处罚决定书",
    ],
    not_titles: &["告知", "公开", "公示"],
    codes: &[DocKind::OnSpotPenaltyDecision],
    party: PartyKind::Any,
    structure: &["当场", "简易程序"],
    elements: ELEMENTS,
};

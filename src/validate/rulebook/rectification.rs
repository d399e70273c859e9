//! 责令限期整改指令书 and 整改复查意见书. The power is 安全生产法第六十五条第一款第二项、第三项
//! (限期改正; 事故隐患责令排除); the content follows the 2016 安监 templates.

use super::common::*;
use crate::text::docnum::DocKind;
use crate::validate::rules::{Check, DocTypeDef, ElementDef, PartyKind, Requirement};

const T_ORDER: &str = "责令限期整改指令书式样";

const PARTY_NAME: ElementDef = ElementDef {
    zh: "被检查单位名称",
    en: "Inspected unit",
    requirement: Requirement::Template,
    check: Check::PartyName,
    add_zh: "写明被检查单位的全称（如“××有限公司：”）。",
    add_en: "Name the inspected unit in full (e.g. “××有限公司：”).",
    basis: T_ORDER,
    ..PARTY_IDENTITY
};

const ORDER_ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    PARTY_NAME,
    ElementDef {
        zh: "存在的问题（隐患）",
        en: "Problems found",
        requirement: Requirement::Statutory,
        basis: "安全生产法第六十五条第一款第二项、第三项",
        add_zh: "逐项写明检查发现的问题或事故隐患（地点、部位、具体情形），不能只写“存在安全生产问题”。",
        add_en: "List each problem or hazard found (where, what exactly); “存在安全生产问题” alone is not enough.",
        ..FACTS
    },
    ElementDef {
        id: "legal_basis_order",
        zh: "责令整改的法律依据",
        en: "Legal basis of the order",
        requirement: Requirement::Template,
        basis: "安全生产法第六十五条第一款第二项、第三项",
        check: Check::LegalBasisApplied,
        cues: &[],
        add_zh: "写明责令整改所依据的条款，如“依据《中华人民共和国安全生产法》第六十五条第一款第（二）项的规定”。",
        add_en: "Cite the provision for the order, e.g. “依据《中华人民共和国安全生产法》第六十五条第一款第（二）项的规定”.",
    },
    ElementDef {
        id: "rectification_deadline",
        zh: "整改期限",
        en: "Deadline for rectification",
        requirement: Requirement::Statutory,
        basis: "安全生产法第六十五条第一款第二项（限期改正）",
        check: Check::RectificationDeadline,
        cues: &["整改", "改正", "消除", "排除"],
        add_zh: "写明整改完毕的具体期限（如“于2024年7月13日前整改完毕”），期限应晚于本指令书日期。",
        add_en: "Give a concrete deadline for completing the rectification (e.g. “于2024年7月13日前整改完毕”), later than the order's date.",
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政复议法第二十条；行政诉讼法第四十六条；责令限期整改指令书式样",
        ..REMEDY
    },
    OFFICER_INFO,
    ElementDef {
        requirement: Requirement::Template,
        basis: T_ORDER,
        ..AGENCY_NAME
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: T_ORDER,
        ..DECISION_DATE
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: T_ORDER,
        ..SEAL
    },
];

/// 责令限期整改指令书.
pub const ORDER: DocTypeDef = DocTypeDef {
    id: "rectification_order",
    zh: "责令限期整改指令书",
    en: "Order to rectify within a time limit",
    basis: "安全生产法第六十五条第一款第二项、第三项",
    titles: &[
        "责令限期整改指令书",
        "责令整改指令书",
        "限期整改指令书",
        "责令限期改正指令书",
        "责令改正通知书",
        "责令限期整改通知书",
    ],
    not_titles: &["复查"],
    codes: &[DocKind::RectificationOrder],
    party: PartyKind::Org,
    structure: &["责令你单位", "整改完毕", "存在下列问题", "限期整改"],
    elements: ORDER_ELEMENTS,
};

const T_REVIEW: &str = "整改复查意见书式样";

const REVIEW_ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    ElementDef {
        zh: "被复查单位名称",
        en: "Unit reviewed",
        basis: T_REVIEW,
        ..PARTY_NAME
    },
    ElementDef {
        id: "original_order",
        zh: "原整改指令（文号及日期）",
        en: "The original order (number and date)",
        requirement: Requirement::Template,
        basis: T_REVIEW,
        check: Check::AllCues,
        cues: &["责改", "年"],
        add_zh: "写明复查所依据的原责令限期整改指令书的作出日期和文号。",
        add_en: "Give the date and number of the order to rectify being reviewed.",
    },
    ElementDef {
        id: "review_opinion",
        zh: "复查意见（整改情况）",
        en: "Review findings",
        requirement: Requirement::Template,
        basis: "安全生产法第六十五条第一款第二项；整改复查意见书式样",
        check: Check::LabeledBody,
        cues: &[
            "复查意见",
            "复查情况",
            "整改情况",
            "提出如下意见",
            "意见如下",
            "已整改",
            "未整改",
        ],
        add_zh: "逐项写明复查结果：哪些问题已整改合格，哪些未整改合格及后续措施。",
        add_en: "Say item by item which problems were fixed and which were not, and what follows.",
    },
    OFFICER_INFO,
    ElementDef {
        id: "party_signature",
        zh: "被复查单位负责人签名",
        en: "Signature of the unit's person in charge",
        requirement: Requirement::Template,
        basis: T_REVIEW,
        check: Check::Signature,
        cues: &["被复查单位", "单位负责人", "负责人"],
        add_zh: "由被复查单位负责人签名；拒绝签名的，注明情况。",
        add_en: "The unit's person in charge signs; if they refuse, note it.",
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: T_REVIEW,
        ..AGENCY_NAME
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: T_REVIEW,
        ..DECISION_DATE
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: T_REVIEW,
        ..SEAL
    },
];

/// 整改复查意见书.
pub const REVIEW: DocTypeDef = DocTypeDef {
    id: "rectification_review",
    zh: "整改复查意见书",
    en: "Rectification review opinion",
    basis: "安全生产法第六十五条第一款第二项",
    titles: &["整改复查意见书", "复查意见书"],
    not_titles: &[],
    codes: &[DocKind::RectificationReview],
    party: PartyKind::Org,
    structure: &["复查", "整改情况"],
    elements: REVIEW_ELEMENTS,
};

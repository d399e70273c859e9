//! 行政强制: 查封扣押决定书 (行政强制法第二十四条, 期限第二十五条), 强制措施决定书 and
//! 现场处理措施决定书 (安全生产法第六十五条第一款第三项、第四项), 催告书 (行政强制法第三十五条)
//! and 强制执行决定书 (行政强制法第三十七条).

use super::common::*;
use crate::text::docnum::DocKind;
use crate::validate::rules::{Check, DocTypeDef, ElementDef, PartyKind, Requirement};

const Q: &str = "行政强制法第二十四条第二款";

const LEGAL_BASIS_MEASURE: ElementDef = ElementDef {
    id: "legal_basis_measure",
    zh: "采取强制措施的依据",
    en: "Legal basis of the measure",
    requirement: Requirement::Statutory,
    basis: "行政强制法第二十四条第二款第二项",
    check: Check::LegalBasisApplied,
    cues: &[],
    add_zh: "写明采取措施所依据的条款，如“根据《中华人民共和国安全生产法》第六十五条第一款第（四）项的规定”。",
    add_en: "Cite the provision the measure rests on, e.g. “根据《中华人民共和国安全生产法》第六十五条第一款第（四）项的规定”.",
};

const SEIZURE_ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    ElementDef {
        basis: "行政强制法第二十四条第二款第一项",
        ..PARTY_IDENTITY
    },
    ElementDef {
        basis: "行政强制法第二十四条第二款第一项",
        ..PARTY_ADDRESS
    },
    ElementDef {
        zh: "查封、扣押的理由（事实）",
        en: "Reasons (facts) for the seizure",
        basis: "行政强制法第二十四条第二款第二项",
        ..FACTS
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "行政强制法第二十四条第二款第二项；查封扣押决定书式样",
        ..EVIDENCE
    },
    LEGAL_BASIS_MEASURE,
    ElementDef {
        id: "seized_items",
        zh: "查封、扣押的场所、设施或者财物（名称、数量）",
        en: "Places, facilities or goods seized (names and quantities)",
        requirement: Requirement::Statutory,
        basis: "行政强制法第二十四条第二款第三项",
        check: Check::SeizedItems,
        cues: &["查封", "扣押"],
        add_zh: "逐项写明查封、扣押的场所、设施或者财物的名称、数量等，并附查封（扣押）清单。",
        add_en: "List each place, facility or item seized with its name and quantity, and attach the list (清单).",
    },
    ElementDef {
        id: "seizure_term",
        zh: "查封、扣押的期限",
        en: "Term of the seizure",
        requirement: Requirement::Statutory,
        basis: "行政强制法第二十四条第二款第二项、第二十五条",
        check: Check::MeasureTerm,
        cues: &["期限"],
        add_zh: "写明查封、扣押的期限及起止日期；期限不得超过三十日（情况复杂经批准可延长，延长不超过三十日）。",
        add_en: "Give the term with its start and end dates; it may not exceed 30 days (extendable once by up to 30 days with approval).",
    },
    ElementDef { basis: "行政强制法第二十四条第二款第四项；行政复议法第二十条；行政诉讼法第四十六条", ..REMEDY },
    ElementDef { basis: "行政强制法第二十四条第二款第五项", ..AGENCY_NAME },
    ElementDef { basis: "行政强制法第二十四条第二款第五项", ..DECISION_DATE },
    ElementDef { basis: "行政强制法第二十四条第二款第五项", ..SEAL },
    REASONING_EVIDENCE,
    REASONING_LEGAL_BASIS,
    REASONING_DISCRETION,
];

/// 查封扣押决定书.
pub const SEIZURE: DocTypeDef = DocTypeDef {
    id: "seizure_decision",
    zh: "查封（扣押）决定书",
    en: "Seizure decision",
    basis: Q,
    titles: &[
        "查封扣押决定书",
        "查封决定书",
        "扣押决定书",
        "查封扣押强制措施决定书",
    ],
    not_titles: &["解除", "延长", "清单"],
    codes: &[DocKind::SeizureDecision],
    party: PartyKind::Any,
    structure: &["予以查封", "予以扣押", "查封(扣押)", "查封、扣押"],
    elements: SEIZURE_ELEMENTS,
};

const LIST_ELEMENTS: &[ElementDef] = &[
    ElementDef {
        zh: "当事人",
        en: "Party",
        requirement: Requirement::Template,
        check: Check::PartyName,
        basis: "查封（扣押）清单式样",
        add_zh: "写明当事人的名称或姓名。",
        add_en: "Name the party.",
        ..PARTY_IDENTITY
    },
    ElementDef {
        id: "decision_reference",
        zh: "对应的查封（扣押）决定书",
        en: "The seizure decision it belongs to",
        requirement: Requirement::Template,
        basis: "行政强制法第二十四条第一款",
        check: Check::AnyCue,
        cues: &["决定书"],
        add_zh: "注明本清单所附的查封（扣押）决定书及其文号。",
        add_en: "Name the seizure decision (and its number) this list belongs to.",
    },
    ElementDef {
        id: "items_table",
        zh: "场所、设施或者财物的名称、数量",
        en: "Names and quantities of what is seized",
        requirement: Requirement::Statutory,
        basis: "行政强制法第二十四条第二款第三项",
        check: Check::AllCues,
        cues: &["名称", "数量"],
        add_zh: "逐项列明查封、扣押的场所、设施或者财物的名称、规格（型号）或地址、单位、数量。",
        add_en: "List each place, facility or item with its name, specification or address, unit and quantity.",
    },
    ElementDef {
        id: "party_signature",
        zh: "当事人签名或者盖章",
        en: "Party's signature or seal",
        requirement: Requirement::Statutory,
        basis: "行政强制法第十八条第八项",
        check: Check::Signature,
        cues: &["当事人", "被查封", "被扣押", "持有人"],
        add_zh: "由当事人签名或者盖章；拒绝的，在清单上注明。",
        add_en: "The party signs or seals; a refusal is noted on the list.",
    },
    ElementDef {
        basis: "行政强制法第十八条第二项、第八项",
        ..OFFICER_INFO
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: "查封（扣押）清单式样",
        ..DECISION_DATE
    },
];

/// 查封（扣押）清单.
pub const SEIZURE_LIST: DocTypeDef = DocTypeDef {
    id: "seizure_list",
    zh: "查封（扣押）清单",
    en: "List of items seized",
    basis: "行政强制法第二十四条",
    titles: &[
        "查封扣押清单",
        "查封扣押物品清单",
        "查封扣押财物清单",
        "查封清单",
        "扣押清单",
        "扣押物品清单",
        "查封物品清单",
        "扣押财物清单",
    ],
    not_titles: &["决定书"],
    codes: &[],
    party: PartyKind::Any,
    structure: &["规格", "数量", "清单"],
    elements: LIST_ELEMENTS,
};

const MEASURE_ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    ElementDef { basis: "行政强制法第二十四条第二款第一项", ..PARTY_IDENTITY },
    ElementDef {
        requirement: Requirement::Template,
        basis: "强制措施决定书式样",
        ..PARTY_ADDRESS
    },
    ElementDef {
        zh: "采取措施的理由（事实、隐患）",
        en: "Reasons (facts, hazards) for the measure",
        basis: "行政强制法第二十四条第二款第二项",
        ..FACTS
    },
    ElementDef {
        basis: "安全生产法第六十五条第一款第三项、第四项；行政强制法第二十四条第二款第二项",
        ..LEGAL_BASIS_MEASURE
    },
    ElementDef {
        id: "measure_content",
        zh: "采取的措施",
        en: "The measure taken",
        requirement: Requirement::Statutory,
        basis: "安全生产法第六十五条第一款第三项、第四项",
        check: Check::AnyCue,
        cues: &["责令", "撤出", "停产停业", "停止使用", "停止施工", "停止作业", "暂时停产", "查封", "扣押", "排除"],
        add_zh: "写明采取的具体措施（如责令从危险区域撤出作业人员、暂时停产停业、停止使用相关设施设备）及其对象。",
        add_en: "State the measure (e.g. withdraw workers from the danger zone, suspend production, stop using equipment) and what it applies to.",
    },
    ElementDef {
        id: "measure_term",
        zh: "措施的期限",
        en: "Duration of the measure",
        requirement: Requirement::Template,
        basis: "行政强制法第二十四条第二款第二项、第二十五条",
        check: Check::AnyCue,
        cues: &["期限", "日内", "至", "前", "排除后", "消除后"],
        add_zh: "写明措施的期限或解除条件（如“重大事故隐患排除后，经审查同意方可恢复”）。",
        add_en: "Give the duration of the measure or the condition for lifting it.",
    },
    REMEDY_MEASURE,
    ElementDef { basis: "行政强制法第二十四条第二款第五项", ..AGENCY_NAME },
    ElementDef { basis: "行政强制法第二十四条第二款第五项", ..DECISION_DATE },
    ElementDef { basis: "行政强制法第二十四条第二款第五项", ..SEAL },
];

/// 强制措施决定书 / 现场处理措施决定书.
pub const MEASURE: DocTypeDef = DocTypeDef {
    id: "compulsory_measure_decision",
    zh: "强制措施决定书 / 现场处理措施决定书",
    en: "Compulsory / on-site measure decision",
    basis: "安全生产法第六十五条第一款；行政强制法第二十四条",
    titles: &[
        "强制措施决定书",
        "现场处理措施决定书",
        "现场处理决定书",
        "行政强制措施决定书",
    ],
    not_titles: &["查封", "扣押", "解除"],
    codes: &[DocKind::CompulsoryMeasureDecision],
    party: PartyKind::Any,
    structure: &["现场处理措施", "强制措施", "撤出作业人员"],
    elements: MEASURE_ELEMENTS,
};

const C35: &str = "行政强制法第三十五条";

const REMINDER_ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    ElementDef {
        requirement: Requirement::Template,
        basis: "催告书式样",
        ..PARTY_IDENTITY
    },
    ElementDef {
        id: "obligation_deadline",
        zh: "履行义务的期限",
        en: "Deadline to perform",
        requirement: Requirement::Statutory,
        basis: "行政强制法第三十五条第一项",
        check: Check::RectificationDeadline,
        cues: &["履行", "缴纳", "缴清"],
        add_zh: "写明履行义务的期限（如“自收到本催告书之日起十日内”）。",
        add_en: "Give the deadline to perform (e.g. within ten days of receiving this reminder).",
    },
    ElementDef {
        id: "obligation_method",
        zh: "履行义务的方式",
        en: "How to perform",
        requirement: Requirement::Statutory,
        basis: "行政强制法第三十五条第二项",
        check: Check::AnyCue,
        cues: &["缴至", "缴纳至", "缴入", "银行", "账户", "账号", "电子支付", "履行方式", "缴款码"],
        add_zh: "写明履行义务的方式（如缴款银行、账户或电子支付渠道）。",
        add_en: "Say how to perform (bank, account or e-payment channel).",
    },
    ElementDef {
        id: "payment_amount",
        zh: "金钱给付的金额",
        en: "Amount due",
        requirement: Requirement::Statutory,
        basis: "行政强制法第三十五条第三项、第四十五条",
        check: Check::MoneyAmount,
        cues: &[],
        add_zh: "涉及金钱给付的，写明明确的金额（罚款及加处罚款分别列明，加处罚款不得超出罚款数额）。",
        add_en: "For money due, give the exact amount (fine and surcharge separately; the surcharge may not exceed the fine).",
    },
    ElementDef {
        id: "statement_defense_rights",
        zh: "陈述权和申辩权",
        en: "Rights to state and defend",
        requirement: Requirement::Statutory,
        basis: "行政强制法第三十五条第四项、第三十六条",
        check: Check::AllCues,
        cues: &["陈述", "申辩"],
        add_zh: "告知当事人依法享有陈述权和申辩权。",
        add_en: "Tell the party of the rights to state and defend.",
    },
    ElementDef { requirement: Requirement::Template, basis: "催告书式样", ..AGENCY_NAME },
    ElementDef { requirement: Requirement::Template, basis: "催告书式样", ..DECISION_DATE },
    ElementDef { requirement: Requirement::Template, basis: "催告书式样", ..SEAL },
];

/// 催告书.
pub const REMINDER: DocTypeDef = DocTypeDef {
    id: "enforcement_reminder",
    zh: "催告书",
    en: "Reminder before enforcement",
    basis: C35,
    titles: &[
        "催告书",
        "履行催告书",
        "行政决定履行催告书",
        "强制执行催告书",
        "事先催告书",
        "催缴通知书",
    ],
    not_titles: &[],
    codes: &[DocKind::Reminder],
    party: PartyKind::Any,
    structure: &["催告", "逾期仍不履行"],
    elements: REMINDER_ELEMENTS,
};

const C37: &str = "行政强制法第三十七条第二款";

const ENFORCEMENT_ELEMENTS: &[ElementDef] = &[
    DOC_NUMBER,
    ElementDef { basis: "行政强制法第三十七条第二款第一项", ..PARTY_IDENTITY },
    ElementDef { basis: "行政强制法第三十七条第二款第一项", ..PARTY_ADDRESS },
    ElementDef {
        zh: "强制执行的理由",
        en: "Reasons for enforcement",
        basis: "行政强制法第三十七条第二款第二项",
        add_zh: "写明强制执行的理由：原决定的文号和内容、催告情况及当事人逾期不履行的事实。",
        add_en: "Give the reasons: the original decision, the reminder, and the failure to perform.",
        ..FACTS
    },
    ElementDef {
        id: "legal_basis_enforcement",
        zh: "强制执行的依据",
        en: "Legal basis of enforcement",
        requirement: Requirement::Statutory,
        basis: "行政强制法第三十七条第二款第二项",
        check: Check::LegalBasisApplied,
        cues: &[],
        add_zh: "写明强制执行所依据的条款。",
        add_en: "Cite the provision the enforcement rests on.",
    },
    ElementDef {
        id: "enforcement_method_time",
        zh: "强制执行的方式和时间",
        en: "How and when enforcement takes place",
        requirement: Requirement::Statutory,
        basis: "行政强制法第三十七条第二款第三项",
        check: Check::AnyCue,
        cues: &["划拨", "拍卖", "代履行", "强制执行", "加处罚款", "扣押"],
        add_zh: "写明强制执行的方式（如划拨存款、拍卖财物、代履行）和执行时间。",
        add_en: "State the method (transfer of deposits, auction, substitute performance…) and when it happens.",
    },
    ElementDef { basis: "行政强制法第三十七条第二款第四项；行政复议法第二十条；行政诉讼法第四十六条", ..REMEDY },
    ElementDef { basis: "行政强制法第三十七条第二款第五项", ..AGENCY_NAME },
    ElementDef { basis: "行政强制法第三十七条第二款第五项", ..DECISION_DATE },
    ElementDef { basis: "行政强制法第三十七条第二款第五项", ..SEAL },
];

/// 强制执行决定书.
pub const ENFORCEMENT: DocTypeDef = DocTypeDef {
    id: "enforcement_decision",
    zh: "强制执行决定书",
    en: "Enforcement decision",
    basis: C37,
    titles: &["强制执行决定书", "行政强制执行决定书"],
    not_titles: &["申请"],
    codes: &[DocKind::EnforcementDecision],
    party: PartyKind::Any,
    structure: &["强制执行"],
    elements: ENFORCEMENT_ELEMENTS,
};

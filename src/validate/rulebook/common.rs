//! Elements shared by several document types. A type's table copies one of these and sets its
//! own `basis` (`ElementDef { basis: "…", ..common::SEAL }`), so the wording of a hint is written
//! once.

use crate::validate::rules::{Check, ElementDef, Requirement};

/// Label words that introduce the party.
pub const PARTY_LABELS: &[&str] = &[
    "被处罚单位",
    "被处罚人",
    "当事人",
    "当事人名称",
    "当事人姓名",
    "单位名称",
    "名称",
    "姓名",
    "被检查单位",
    "被复查单位",
    "被检查人",
    "受检单位",
    "被催告人",
    "被执行人",
    "个体工商户名称",
    "经营者",
    "被告知人",
    "被申请人",
    "企业名称",
    "被处罚单位名称",
    "被处罚人姓名",
    "检查对象",
    "被检查对象",
    "受检对象",
];

/// Label words that introduce the party's address.
pub const ADDRESS_LABELS: &[&str] = &[
    "住所",
    "住所地",
    "地址",
    "住址",
    "家庭住址",
    "经营场所",
    "经营地址",
    "单位地址",
    "注册地址",
    "住所(经营场所)",
    "通讯地址",
    "户籍地",
    "现住址",
    "企业地址",
];

/// Closing: the issuing agency.
pub const AGENCY_NAME: ElementDef = ElementDef {
    id: "agency_name",
    zh: "作出决定的行政机关名称",
    en: "Issuing agency",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第六项",
    check: Check::AgencyName,
    cues: &[],
    add_zh: "在文书标题或落款处写明作出决定的行政机关全称（如“××市应急管理局”），不能只写“本局”。",
    add_en: "Name the issuing agency in full in the title or the signature block (e.g. “××市应急管理局”), not just “本局”.",
};

/// Closing: the date of the decision.
pub const DECISION_DATE: ElementDef = ElementDef {
    id: "decision_date",
    zh: "作出决定的日期",
    en: "Date of the decision",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第六项",
    check: Check::DecisionDate,
    cues: &["日期", "作出日期", "决定日期", "签发日期", "落款日期"],
    add_zh: "在落款处填写作出决定的具体日期（年、月、日），不得留空。",
    add_en: "Fill in the date of the decision (year, month, day) in the signature block; it must not be blank.",
};

/// Closing: the seal.
pub const SEAL: ElementDef = ElementDef {
    id: "seal",
    zh: "行政机关印章",
    en: "Agency seal",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第二款",
    check: Check::Seal,
    cues: &["印章", "公章", "盖章", "签章", "章"],
    add_zh: "在落款处加盖作出决定的行政机关印章，电子文本标注“（印章）”。",
    add_en:
        "Affix the agency's seal to the signature block; in the electronic text mark it “（印章）”.",
};

/// Header: this document's own number.
pub const DOC_NUMBER: ElementDef = ElementDef {
    id: "doc_number",
    zh: "文书编号（文号）",
    en: "Document number (文号)",
    requirement: Requirement::Template,
    basis: "安全生产行政执法文书式样；行政执法全过程记录制度（八）",
    check: Check::DocNumber,
    cues: &["文号", "文书编号", "编号", "决定书文号"],
    add_zh: "在标题下方写明本文书的文号，格式如“（地区）应急罚〔2024〕12号”：年份用六角括号，序号后加“号”。",
    add_en: "Write this document's number under the title, e.g. “（地区）应急罚〔2024〕12号”: the year in 〔〕 and 号 after the sequence.",
};

/// Party: name and identifying code.
pub const PARTY_IDENTITY: ElementDef = ElementDef {
    id: "party_identity",
    zh: "当事人名称（姓名）及身份代码",
    en: "Party's name and identifying code",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第一项",
    check: Check::PartyIdentity,
    cues: PARTY_LABELS,
    add_zh: "写明当事人的名称或姓名，单位写统一社会信用代码（须通过 GB 32100 校验），个人写居民身份证号码。",
    add_en: "Give the party's name; for a unit its unified social credit code (must pass GB 32100), for a person the ID card number.",
};

/// Party: address.
pub const PARTY_ADDRESS: ElementDef = ElementDef {
    id: "party_address",
    zh: "当事人地址",
    en: "Party's address",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第一项",
    check: Check::PartyAddress,
    cues: ADDRESS_LABELS,
    add_zh: "写明当事人的地址：单位写住所（经营场所），个人写住址。",
    add_en: "Give the party's address: a unit's registered address (place of business), a person's home address.",
};

/// Facts of the violation.
pub const FACTS: ElementDef = ElementDef {
    id: "facts",
    zh: "违法事实",
    en: "Facts of the violation",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第二项",
    check: Check::Facts,
    cues: &[
        "违法事实",
        "违法行为",
        "案件事实",
        "事实",
        "经查",
        "现查明",
        "查明",
        "检查发现",
        "发现",
        "存在下列",
        "存在以下",
    ],
    add_zh: "具体写明违法事实：何时、何地、何人、实施了什么行为、造成什么后果，不能只写“存在安全生产违法行为”。",
    add_en: "State the facts concretely: when, where, who did what and with what result; “存在安全生产违法行为” alone is not enough.",
};

/// Evidence.
pub const EVIDENCE: ElementDef = ElementDef {
    id: "evidence",
    zh: "证据",
    en: "Evidence",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第二项",
    check: Check::Evidence,
    cues: &["证据", "证据如下", "以下证据", "主要证据", "证据材料"],
    add_zh: "逐项列明认定事实的证据（如现场检查记录、询问笔录、现场照片、视听资料），不能只写“有相关证据证实”。",
    add_en: "List the evidence item by item (inspection record, interview transcripts, photos, recordings…); “有相关证据证实” is not enough.",
};

/// The provision violated.
pub const LEGAL_BASIS_VIOLATED: ElementDef = ElementDef {
    id: "legal_basis_violated",
    zh: "违反的法律条款（违则）",
    en: "Provision violated",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第二项",
    check: Check::LegalBasisViolated,
    cues: &[],
    add_zh: "写明当事人违反的法律、法规、规章名称及条、款、项，如“违反了《中华人民共和国安全生产法》第四十五条的规定”。",
    add_en: "Cite the provision violated by name and article/paragraph/item, e.g. “违反了《中华人民共和国安全生产法》第四十五条的规定”.",
};

/// The provision applied for the penalty.
pub const LEGAL_BASIS_PENALTY: ElementDef = ElementDef {
    id: "legal_basis_penalty",
    zh: "处罚依据（罚则）",
    en: "Provision applied for the penalty",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第三项",
    check: Check::LegalBasisApplied,
    cues: &[],
    add_zh: "写明作出处罚所依据的条款（罚则）并具体到条、款、项，如“依据《中华人民共和国安全生产法》第九十九条第五项的规定”。",
    add_en: "Cite the penalty provision applied, to article/paragraph/item, e.g. “依据《中华人民共和国安全生产法》第九十九条第五项的规定”.",
};

/// Kind and amount of the penalty.
pub const PENALTY_TYPE_AMOUNT: ElementDef = ElementDef {
    id: "penalty_type_amount",
    zh: "行政处罚的种类和数额",
    en: "Kind and amount of the penalty",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第三项、第九条",
    check: Check::PenaltyTypeAmount,
    cues: &[
        "处罚决定",
        "行政处罚决定",
        "处理决定",
        "决定如下",
        "如下行政处罚",
        "决定给予",
        "决定对",
        "决定:",
        "决定处以",
        "决定予以",
        "机关决定",
        "局决定",
    ],
    add_zh: "写明处罚种类（警告、罚款、没收违法所得、责令停产停业等，见行政处罚法第九条）；罚款须写明数额，大写与小写一致。",
    add_en: "State the kind of penalty (warning, fine, confiscation, suspension… see 行政处罚法 art. 9); a fine needs its amount, with words and figures agreeing.",
};

/// How and by when to pay.
pub const PERFORMANCE: ElementDef = ElementDef {
    id: "performance_method_deadline",
    zh: "履行方式和期限",
    en: "How and by when to pay",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第四项、第六十七条第三款、第七十二条第一款第一项",
    check: Check::Payment,
    cues: &[],
    add_zh: "写明罚款自收到决定书之日起十五日内缴至指定银行或电子支付系统（写明收款单位或账号），并告知到期不缴每日按罚款数额的百分之三加处罚款。",
    add_en: "Say the fine is to be paid within 15 days of receipt to the designated bank or e-payment system (name the payee or account), and that late payment adds 3% of the fine per day.",
};

/// 复议 and 诉讼.
pub const REMEDY: ElementDef = ElementDef {
    id: "remedy_channels_deadlines",
    zh: "申请行政复议、提起行政诉讼的途径和期限",
    en: "Administrative review and litigation: where and by when",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第五十九条第一款第五项；行政复议法第二十条、第二十四条；行政诉讼法第四十六条",
    check: Check::Remedy,
    cues: &[],
    add_zh: "写明：不服的，可在收到之日起六十日内向××人民政府申请行政复议，或在六个月内向××人民法院提起行政诉讼。",
    add_en: "Say: if dissatisfied, apply within 60 days of receipt to the ×× people's government for administrative review, or sue in the ×× people's court within 6 months.",
};

/// Narrative of 告知 and 陈述申辩.
pub const STATEMENT_DEFENSE_HANDLING: ElementDef = ElementDef {
    id: "statement_defense_handling",
    zh: "告知及陈述、申辩、听证情况",
    en: "Notice, statements, defence and hearing: how they were handled",
    requirement: Requirement::Template,
    basis: "行政处罚法第四十四条、第四十五条、第六十二条、第六十三条",
    check: Check::StatementDefenseHandling,
    cues: &[],
    add_zh: "写明事先告知的时间和告知书文号，当事人是否陈述、申辩或要求听证，以及复核、采纳或不予采纳的理由。",
    add_en: "Say when the prior notice was served (with its number), whether the party made statements, a defence or asked for a hearing, and what was adopted or rejected and why.",
};

/// 证据采信.
pub const REASONING_EVIDENCE: ElementDef = ElementDef {
    id: "reasoning_evidence",
    zh: "说理：证据采信",
    en: "Reasoning: evidence adoption",
    requirement: Requirement::Template,
    basis: "行政执法公示制度（十二）",
    check: Check::ReasoningEvidence,
    cues: &[],
    add_zh: "说明对各项证据的审查和采信理由：来源是否合法、内容是否真实、与待证事实的关联及相互印证情况。",
    add_en: "Explain why each piece of evidence is adopted: lawful source, authenticity, relevance and corroboration.",
};

/// 依据选择.
pub const REASONING_LEGAL_BASIS: ElementDef = ElementDef {
    id: "reasoning_legal_basis",
    zh: "说理：依据选择",
    en: "Reasoning: choice of legal basis",
    requirement: Requirement::Template,
    basis: "行政执法公示制度（十二）",
    check: Check::ReasoningLegalBasis,
    cues: &[],
    add_zh: "说明为何适用所引条款：违法行为与违则、罚则的对应关系，存在多个规定时的选择理由。",
    add_en: "Explain why the cited provisions apply: how the conduct matches the provision violated and the penalty provision, and the choice where several apply.",
};

/// 自由裁量.
pub const REASONING_DISCRETION: ElementDef = ElementDef {
    id: "reasoning_discretion",
    zh: "说理：自由裁量",
    en: "Reasoning: discretion",
    requirement: Requirement::Template,
    basis: "行政执法公示制度（十二）；行政处罚法第五条、第三十四条",
    check: Check::ReasoningDiscretion,
    cues: &[],
    add_zh: "说明裁量理由：适用的裁量基准及阶次、从轻或从重情节，以及据此确定处罚数额的理由。",
    add_en: "Explain the discretion: the benchmark and tier applied, mitigating or aggravating circumstances, and how they lead to the amount.",
};

/// Officers with certificate numbers.
pub const OFFICER_INFO: ElementDef = ElementDef {
    id: "officer_info",
    zh: "执法人员姓名及执法证号",
    en: "Officers and their certificate numbers",
    requirement: Requirement::Statutory,
    basis: "行政处罚法第四十二条、第五十五条；安全生产法第六十七条",
    check: Check::OfficerInfo,
    cues: &[
        "执法证号",
        "证号",
        "执法证件号",
        "执法证件编号",
        "证件号码",
        "执法证编号",
    ],
    add_zh: "写明两名以上执法人员的姓名及其执法证件号。",
    add_en: "Name at least two officers with their enforcement certificate numbers.",
};

/// Remedy for measures and orders (行政强制法 wording).
pub const REMEDY_MEASURE: ElementDef = ElementDef {
    basis: "行政强制法第二十四条第二款第四项；行政复议法第二十条；行政诉讼法第四十六条",
    ..REMEDY
};

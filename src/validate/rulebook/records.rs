//! Records made on site: 现场检查记录 (安全生产法第六十八条: time, place, content, problems found and
//! how they were handled, signed by the inspectors and the unit's person in charge) and 询问笔录
//! (行政处罚法第五十五条: interviews are recorded; 第四十二条: two officers).

use super::common::*;
use crate::text::docnum::DocKind;
use crate::validate::rules::{Check, DocTypeDef, ElementDef, PartyKind, Requirement};

const B68: &str = "安全生产法第六十八条";
const T_INSP: &str = "现场检查记录式样";

const INSPECTION_ELEMENTS: &[ElementDef] = &[
    ElementDef {
        zh: "被检查单位名称",
        en: "Inspected unit",
        requirement: Requirement::Template,
        check: Check::PartyName,
        basis: T_INSP,
        add_zh: "写明被检查单位的全称。",
        add_en: "Name the inspected unit in full.",
        ..PARTY_IDENTITY
    },
    ElementDef {
        zh: "被检查单位地址",
        en: "Inspected unit's address",
        requirement: Requirement::Template,
        basis: T_INSP,
        add_zh: "写明被检查单位的地址。",
        add_en: "Give the inspected unit's address.",
        ..PARTY_ADDRESS
    },
    ElementDef {
        id: "inspection_site",
        zh: "检查场所（地点）",
        en: "Place inspected",
        requirement: Requirement::Statutory,
        basis: B68,
        check: Check::LabeledValue,
        cues: &["检查场所", "检查地点", "检查部位", "检查区域", "地点"],
        add_zh: "写明实施检查的具体场所（车间、仓库等）。",
        add_en: "Name the exact places inspected (workshop, warehouse…).",
    },
    ElementDef {
        id: "inspection_time",
        zh: "检查时间",
        en: "Time of the inspection",
        requirement: Requirement::Statutory,
        basis: B68,
        check: Check::LabeledDate,
        cues: &["检查时间", "检查日期", "时间"],
        add_zh: "写明检查的起止时间（年月日时分至时分），不得留空。",
        add_en: "Give the start and end of the inspection (date, hour and minute); it must not be blank.",
    },
    ElementDef {
        basis: "安全生产法第六十七条；行政处罚法第四十二条、第五十五条",
        ..OFFICER_INFO
    },
    ElementDef {
        id: "inspection_findings",
        zh: "检查情况（发现的问题及处理情况）",
        en: "What was inspected, problems found and how they were handled",
        requirement: Requirement::Statutory,
        basis: B68,
        check: Check::LabeledBody,
        cues: &["检查情况", "检查内容", "现场检查情况", "检查发现的问题", "发现的问题", "存在的问题", "检查记录"],
        add_zh: "写明检查的内容、发现的问题及其处理情况；未发现问题的也应写明。",
        add_en: "Record what was inspected, the problems found and how they were handled; if none, say so.",
    },
    ElementDef {
        id: "party_signature",
        zh: "被检查单位负责人签字",
        en: "Signature of the unit's person in charge",
        requirement: Requirement::Statutory,
        basis: B68,
        check: Check::Signature,
        cues: &["被检查单位", "单位负责人", "现场负责人", "负责人"],
        add_zh: "由被检查单位负责人签字；拒绝签字的，检查人员应将情况记录在案。",
        add_en: "The unit's person in charge signs; if they refuse, the inspectors record that.",
    },
    ElementDef {
        requirement: Requirement::Template,
        basis: T_INSP,
        ..AGENCY_NAME
    },
];

/// 现场检查记录.
pub const INSPECTION: DocTypeDef = DocTypeDef {
    id: "inspection_record",
    zh: "现场检查记录",
    en: "On-site inspection record",
    basis: B68,
    titles: &["现场检查记录", "现场检查笔录", "检查记录", "监督检查记录"],
    not_titles: &[],
    codes: &[DocKind::InspectionRecord],
    party: PartyKind::Org,
    structure: &["检查场所", "检查时间", "检查情况", "检查人员"],
    elements: INSPECTION_ELEMENTS,
};

const B55: &str = "行政处罚法第五十五条";

const INQUIRY_ELEMENTS: &[ElementDef] = &[
    ElementDef {
        id: "inquiry_time",
        zh: "询问时间",
        en: "Time of the interview",
        requirement: Requirement::Template,
        basis: "询问笔录式样",
        check: Check::LabeledDate,
        cues: &["询问时间", "时间"],
        add_zh: "写明询问的起止时间（年月日时分至时分）。",
        add_en: "Give the start and end time of the interview.",
    },
    ElementDef {
        id: "inquiry_place",
        zh: "询问地点",
        en: "Place of the interview",
        requirement: Requirement::Template,
        basis: "询问笔录式样",
        check: Check::LabeledValue,
        cues: &["询问地点", "地点"],
        add_zh: "写明询问地点。",
        add_en: "Give the place of the interview.",
    },
    ElementDef {
        zh: "询问人、记录人及执法证号",
        en: "Interviewer and recorder with certificate numbers",
        basis: "行政处罚法第四十二条、第五十五条",
        ..OFFICER_INFO
    },
    ElementDef {
        id: "interviewee_identity",
        zh: "被询问人身份",
        en: "Identity of the person interviewed",
        requirement: Requirement::Template,
        basis: "询问笔录式样",
        check: Check::PartyIdentity,
        cues: &["被询问人", "姓名", "被询问人姓名"],
        add_zh: "写明被询问人的姓名、身份证件号码、工作单位及职务。",
        add_en: "Give the interviewee's name, ID number, employer and position.",
    },
    ElementDef {
        id: "identity_shown",
        zh: "出示证件、表明身份",
        en: "Officers showed their certificates",
        requirement: Requirement::Statutory,
        basis: "行政处罚法第五十五条第一款",
        check: Check::AnyCue,
        cues: &["出示", "执法证件", "表明身份", "这是我们的证件"],
        add_zh: "记录执法人员向被询问人出示执法证件、表明身份。",
        add_en: "Record that the officers showed their certificates and identified themselves.",
    },
    ElementDef {
        id: "rights_notice",
        zh: "告知如实回答义务及回避权利",
        en: "Duty to answer truthfully and right to challenge officers",
        requirement: Requirement::Statutory,
        basis: "行政处罚法第五十五条第二款、第四十三条",
        check: Check::AnyCue,
        cues: &["如实回答", "如实提供", "如实陈述", "申请回避", "回避"],
        add_zh: "记录已告知被询问人如实回答询问的义务和申请执法人员回避的权利。",
        add_en: "Record that the interviewee was told of the duty to answer truthfully and the right to ask an officer to withdraw.",
    },
    ElementDef {
        id: "qa_content",
        zh: "问答内容",
        en: "Questions and answers",
        requirement: Requirement::Statutory,
        basis: B55,
        check: Check::AllCues,
        cues: &["问", "答"],
        add_zh: "以一问一答的形式记录询问内容。",
        add_en: "Record the interview as questions and answers.",
    },
    ElementDef {
        id: "interviewee_confirmation",
        zh: "被询问人核对确认",
        en: "Interviewee's confirmation",
        requirement: Requirement::Template,
        basis: "询问笔录式样",
        check: Check::AnyCue,
        cues: &["以上笔录", "和我说的一样", "与我说的一致", "和我说的相符", "核对无误", "记录属实"],
        add_zh: "笔录末尾由被询问人写明“以上笔录我已看过，和我说的一样”并签名、注明日期。",
        add_en: "At the end the interviewee writes “以上笔录我已看过，和我说的一样”, signs and dates it.",
    },
    ElementDef {
        id: "interviewee_signature",
        zh: "被询问人签名",
        en: "Interviewee's signature",
        requirement: Requirement::Statutory,
        basis: B55,
        check: Check::Signature,
        cues: &["被询问人"],
        add_zh: "由被询问人签名或捺指印；拒绝签名的，注明情况。",
        add_en: "The interviewee signs or leaves a fingerprint; a refusal is noted.",
    },
];

/// 询问笔录.
pub const INQUIRY: DocTypeDef = DocTypeDef {
    id: "inquiry_record",
    zh: "询问笔录",
    en: "Interview record",
    basis: B55,
    titles: &["询问笔录", "调查询问笔录", "询问记录"],
    not_titles: &["通知"],
    codes: &[DocKind::Inquiry],
    party: PartyKind::Person,
    structure: &["被询问人", "询问人", "记录人", "问:", "答:"],
    elements: INQUIRY_ELEMENTS,
};

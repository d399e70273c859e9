//! The publication rules as data (泉州市应急管理局行政执法公示制度, 泉应急〔2020〕6号 附件1, cited
//! as 公示制度（N）): categories and their deadlines, the six summary fields and the labels
//! they are written under, the labels that introduce the party, the exclusion questions and
//! the publication periods. The code in this module's siblings reads these tables only.

use serde::Serialize;

use crate::finding::Text;

/// 执法类别: the kind of enforcement decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    /// 行政处罚.
    Penalty,
    /// 行政强制 (查封、扣押等措施及强制执行).
    Coercion,
    /// 行政许可.
    Licensing,
    /// 行政征收（征用）.
    Expropriation,
    /// 行政检查 (检查结果, 责令限期整改).
    Inspection,
    /// 行政确认、行政给付、行政奖励、行政裁决等其他执法决定.
    Other,
}

impl Category {
    /// The Chinese name used in summaries.
    pub fn zh(self) -> &'static str {
        match self {
            Category::Penalty => "行政处罚",
            Category::Coercion => "行政强制",
            Category::Licensing => "行政许可",
            Category::Expropriation => "行政征收",
            Category::Inspection => "行政检查",
            Category::Other => "其他行政执法决定",
        }
    }

    /// The English name.
    pub fn en(self) -> &'static str {
        match self {
            Category::Penalty => "administrative penalty",
            Category::Coercion => "administrative coercion",
            Category::Licensing => "administrative licensing",
            Category::Expropriation => "expropriation",
            Category::Inspection => "inspection",
            Category::Other => "other enforcement decision",
        }
    }

    /// 公示制度（十五）: working days from the decision to its publication.
    pub fn publication_days(self) -> u32 {
        match self {
            Category::Penalty
            | Category::Coercion
            | Category::Licensing
            | Category::Expropriation => DEADLINE_MAIN_DAYS,
            Category::Inspection | Category::Other => DEADLINE_OTHER_DAYS,
        }
    }
}

/// 公示制度（十五）: 行政处罚、行政强制、行政许可、行政征收 decisions, within 7 working days.
pub const DEADLINE_MAIN_DAYS: u32 = 7;
/// 公示制度（十五）: other decisions, within 20 working days.
pub const DEADLINE_OTHER_DAYS: u32 = 20;
/// 公示制度（七）: withdraw within 3 working days of receiving the revocation.
pub const WITHDRAWAL_DAYS: u32 = 3;
/// 公示制度（十五）: tell the inspected party test results within 3 working days.
pub const TEST_RESULTS_DAYS: u32 = 3;
/// 公示制度（十七）: publication period, years.
pub const PERIOD_YEARS: i32 = 5;
/// 公示制度（十七）: publication period when the party is a natural person, years.
pub const PERIOD_YEARS_PERSON: i32 = 2;
/// 公示制度（三）1: parties under this age are not published.
pub const AGE_OF_MAJORITY: i32 = 18;

/// Words in a category value (of a summary) or a title, and the category they mean. First
/// match wins, so the more specific words come first.
pub const CATEGORY_WORDS: &[(&str, Category)] = &[
    ("行政处罚", Category::Penalty),
    ("处罚", Category::Penalty),
    ("行政强制", Category::Coercion),
    ("查封", Category::Coercion),
    ("扣押", Category::Coercion),
    ("强制措施", Category::Coercion),
    ("强制执行", Category::Coercion),
    ("行政许可", Category::Licensing),
    ("许可", Category::Licensing),
    ("征收", Category::Expropriation),
    ("征用", Category::Expropriation),
    ("行政检查", Category::Inspection),
    ("检查", Category::Inspection),
    ("责令限期整改", Category::Inspection),
    ("整改", Category::Inspection),
    ("复查", Category::Inspection),
    // A summary that gives the kind of penalty as its category (`处罚类别：罚款`): the kinds of
    // 行政处罚法第九条.
    ("罚款", Category::Penalty),
    ("警告", Category::Penalty),
    ("通报批评", Category::Penalty),
    ("没收", Category::Penalty),
    ("暂扣", Category::Penalty),
    ("吊销", Category::Penalty),
    ("降低资质等级", Category::Penalty),
    ("责令停产停业", Category::Penalty),
    ("责令关闭", Category::Penalty),
    ("限制从业", Category::Penalty),
    ("行政确认", Category::Other),
    ("行政给付", Category::Other),
    ("行政奖励", Category::Other),
    ("行政裁决", Category::Other),
    ("行政收费", Category::Other),
    ("其他", Category::Other),
];

/// The category a piece of text names, if any.
pub fn category_in(text: &str) -> Option<Category> {
    CATEGORY_WORDS
        .iter()
        .find(|(w, _)| text.contains(w))
        .map(|&(_, c)| c)
}

/// Document types (the ids of [`mod@crate::validate`] and the corpus) and their category.
pub const DOC_TYPE_CATEGORIES: &[(&str, Category)] = &[
    ("penalty_decision_org", Category::Penalty),
    ("penalty_decision_person", Category::Penalty),
    ("penalty_decision_on_spot", Category::Penalty),
    ("seizure_decision", Category::Coercion),
    ("compulsory_measure_decision", Category::Coercion),
    ("enforcement_decision", Category::Coercion),
    ("rectification_order", Category::Inspection),
    ("rectification_review", Category::Inspection),
    ("inspection_record", Category::Inspection),
    ("licensing_decision", Category::Licensing),
    ("expropriation_decision", Category::Expropriation),
];

/// Document types that are not decisions (公示制度 applies to decisions and their results).
pub const NOT_DECISIONS: &[&str] = &[
    "penalty_notice",
    "hearing_notice",
    "inquiry_record",
    "service_receipt",
    "enforcement_reminder",
];

/// The document type of a publication summary.
pub const SUMMARY_DOC_TYPE: &str = "publication_summary";

/// Document types that say who the party is.
pub const DOC_TYPE_PARTY: &[(&str, bool)] = &[
    ("penalty_decision_person", true),
    ("penalty_decision_org", false),
];

/// Title endings of documents that are not decisions.
pub const NOT_DECISION_TITLES: &[&str] = &[
    "告知书",
    "通知书",
    "笔录",
    "送达回证",
    "送达回执",
    "催告书",
    "审批表",
    "呈批表",
];

/// One of the six summary fields of 公示制度（十四）2.
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    /// Stable id (the corpus element id).
    pub id: &'static str,
    /// Chinese label, as the summary should print it.
    pub zh: &'static str,
    /// English label.
    pub en: &'static str,
    /// Labels under which the field is written in summaries, longest first where one is a
    /// prefix of another.
    pub labels: &'static [&'static str],
}

/// The six summary fields, in the order of 公示制度（十四）2.
pub const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        id: "doc_number",
        zh: "决定书文号",
        en: "decision number",
        labels: &[
            "行政处罚决定书文号",
            "处罚决定书文号",
            "行政执法决定书文号",
            "决定书文号",
            "决定文书号",
            "决定文号",
            "文书编号",
            "文书号",
            "文号",
        ],
    },
    FieldSpec {
        id: "enforcement_subject",
        zh: "执法主体",
        en: "enforcement authority",
        labels: &[
            "执法主体",
            "执法机关",
            "实施机关",
            "作出处罚决定的机关",
            "作出决定的机关",
            "作出决定机关",
            "处罚决定机关",
            "处罚机关",
            "决定机关",
        ],
    },
    FieldSpec {
        id: "enforcement_target",
        zh: "执法对象",
        en: "party",
        labels: &[
            "执法对象",
            "行政相对人名称",
            "行政相对人",
            "相对人名称",
            "被处罚单位",
            "被处罚人",
            "处罚对象",
            "当事人名称",
            "当事人",
        ],
    },
    FieldSpec {
        id: "enforcement_category",
        zh: "执法类别",
        en: "category",
        labels: &[
            "执法类别",
            "执法类型",
            "执法决定类别",
            "决定类别",
            "执法种类",
            "处罚类别",
            "处罚种类",
            "处罚类型",
            "行为类别",
        ],
    },
    FieldSpec {
        id: "enforcement_date",
        zh: "执法日期",
        en: "decision date",
        labels: &[
            "执法日期",
            "作出处罚决定日期",
            "作出决定日期",
            "处罚决定日期",
            "执法决定日期",
            "决定日期",
            "处罚日期",
            "作出处罚决定的日期",
        ],
    },
    FieldSpec {
        id: "enforcement_conclusion",
        zh: "执法结论",
        en: "outcome",
        labels: &[
            "执法结论",
            "执法结果",
            "处罚结果",
            "处罚决定内容",
            "处罚内容",
            "行政处罚内容",
            "决定内容",
            "处理结果",
            "处理决定",
            "处罚决定",
        ],
    },
];

/// Labels of a summary's publication date.
pub const PUBLICATION_DATE_LABELS: &[&str] = &[
    "公开日期",
    "公示日期",
    "发布日期",
    "发布时间",
    "公开时间",
    "公示时间",
];

/// Labels of a summary's stated publication period.
pub const PERIOD_LABELS: &[&str] = &["公示期限", "公开期限", "公示期", "公开期"];

/// Labels that introduce the party in a decision's header.
pub const PARTY_LABELS: &[&str] = &[
    "被处罚单位",
    "被处罚人",
    "被检查单位",
    "被复查单位",
    "被查封扣押单位",
    "当事人名称",
    "当事人姓名",
    "当事人",
    "行政相对人",
    "执法对象",
    "申请人",
    "被征收人",
    "单位名称",
    "姓名",
    "名称",
];

/// Labels in the party block that show a natural person.
pub const PERSON_MARKS: &[&str] = &[
    "性别",
    "出生日期",
    "出生年月",
    "年龄",
    "身份证",
    "居民身份证",
    "家庭住址",
    "住址",
    "民族",
    "被处罚人",
    "当事人姓名",
    "姓名",
];

/// Labels in the party block that show an organisation.
pub const ORG_MARKS: &[&str] = &[
    "统一社会信用代码",
    "法定代表人",
    "负责人",
    "注册号",
    "组织机构代码",
    "被处罚单位",
    "单位名称",
    "经营场所",
    "住所",
];

/// Endings of organisation names (a party named so is not a natural person).
pub const ORG_SUFFIXES: &[&str] = &[
    "公司",
    "厂",
    "店",
    "部",
    "中心",
    "合作社",
    "场",
    "站",
    "院",
    "所",
    "馆",
    "行",
    "社",
    "队",
    "会",
    "处",
    "室",
    "园",
    "坊",
    "矿",
    "中学",
    "小学",
    "学校",
    "医院",
    "集团",
    "经营户",
    "工作室",
    "酒家",
    "酒楼",
    "餐厅",
    "超市",
    "门市",
    "加油站",
];

/// Endings of agency names (执法主体).
pub const AGENCY_SUFFIXES: &[&str] = &[
    "应急管理局",
    "应急局",
    "安全生产监督管理局",
    "综合执法局",
    "管理局",
    "委员会",
    "人民政府",
    "执法支队",
    "执法大队",
    "执法局",
    "局",
    "厅",
    "部",
];

/// Phrases that introduce a decision's operative part, most specific first.
pub const CONCLUSION_LEADS: &[&str] = &[
    "作出如下行政处罚",
    "作出如下处罚",
    "作出如下决定",
    "作出以下行政处罚",
    "给予如下行政处罚",
    "决定如下",
];

/// Words an operative part contains (a clause without any of them, such as `依法作出如下处罚决定`,
/// says nothing about the outcome).
pub const OUTCOME_WORDS: &[&str] = &[
    "罚款",
    "警告",
    "通报批评",
    "没收",
    "责令",
    "停产停业",
    "停业整顿",
    "吊销",
    "暂扣",
    "降低资质",
    "限制",
    "关闭",
    "拘留",
    "查封",
    "扣押",
    "整改",
    "许可",
    "准予",
    "不予",
    "征收",
    "征用",
    "元",
];

/// Headings of a decision's operative section.
pub const CONCLUSION_HEADINGS: &[&str] = &[
    "行政处罚决定",
    "处罚决定",
    "处理决定",
    "决定内容",
    "强制措施决定",
    "查封扣押决定",
];

/// A question the officer must answer before publishing (公示制度（三）).
#[derive(Debug, Clone, Copy)]
pub struct QuestionSpec {
    /// Stable id, also the key in the `exclusions` option.
    pub id: &'static str,
    /// The question (Chinese).
    pub zh: &'static str,
    /// The question (English).
    pub en: &'static str,
    /// The rule it asks about.
    pub basis: &'static str,
    /// Words that, when present in the document, make the question worth a closer look.
    pub cues: &'static [&'static str],
}

/// The exclusion grounds other than the minor party, as questions (公示制度（三）2–6).
pub const QUESTIONS: &[QuestionSpec] = &[
    QuestionSpec {
        id: "secrets",
        zh: "本决定的主要事实是否涉及国家秘密、商业秘密或者个人隐私？",
        en: "Do the main facts involve state secrets, trade secrets or personal privacy?",
        basis: "公示制度（三）2",
        cues: &["国家秘密", "商业秘密", "个人隐私", "涉密", "保密"],
    },
    QuestionSpec {
        id: "security",
        zh: "公开后是否可能危及国家安全、公共安全、经济安全和社会稳定？",
        en: "Could publication endanger national, public or economic security or social stability?",
        basis: "公示制度（三）3",
        cues: &["国家安全", "社会稳定", "群体性"],
    },
    QuestionSpec {
        id: "superiorObjection",
        zh: "上级人民政府或主管部门是否认为本决定信息不适宜公开？",
        en: "Has a higher government or department found this information unsuitable for publication?",
        basis: "公示制度（三）4",
        cues: &[],
    },
    QuestionSpec {
        id: "obstruction",
        zh: "公开后是否可能妨害正常执法活动（如关联案件尚在调查）？",
        en: "Could publication obstruct ongoing enforcement (e.g. a related case still under investigation)?",
        basis: "公示制度（三）5",
        cues: &["另案处理", "移送公安", "移送司法", "正在调查"],
    },
    QuestionSpec {
        id: "legalProhibition",
        zh: "是否有法律、法规、规章规定本决定不予公开？",
        en: "Does a law, regulation or rule forbid publishing this decision?",
        basis: "公示制度（三）6",
        cues: &[],
    },
];

/// The reminder attached to every exclusion: non-publication needs a filed written record.
pub fn filing_reminder() -> Text {
    Text::new(
        "决定不予公开的，应将不宜公开的书面意见及理由向同级司法行政部门备案。",
        "If the decision is not published, file the written opinion and reasons with the justice administration department at the same level.",
    )
}

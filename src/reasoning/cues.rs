//! The words the explainer looks for, in one place so that a domain expert can read and extend
//! them. Every list is matched on the canonical view (full-width punctuation folded: `（` is
//! `(`, `：` is `:`). Sources: `shared/reference/legal.md` §4 (the 说理 checklist EV/LB/DS), the
//! 行政处罚法 (2021) articles it cites, and the wording of 应急管理 decision templates.

use crate::text::words::{cached, WordSet};

/// Heading titles of the 证据采信 section (`三、证据采信理由`, `(一)证据采信`, `关于证据的认定`).
/// A title matches when it contains one of these.
pub const EVIDENCE_TITLES: &[&str] = &[
    "证据采信",
    "采信",
    "证据认定",
    "认定证据",
    "证据的认定",
    "证据审查",
    "证据分析",
    "证据评析",
    "证据的审查",
    "关于证据",
    "对证据",
    "证据理由",
    "证据说明",
];

/// Heading titles of the 依据选择 section (`五、依据选择理由`, `关于法律适用`, `法律适用说明`).
pub const LEGAL_BASIS_TITLES: &[&str] = &[
    "依据选择",
    "依据的选择",
    "选择依据",
    "法律适用",
    "适用法律",
    "适用依据",
    "法律依据的选择",
    "法律依据选择",
    "适用理由",
    "定性及依据",
    "定性依据",
    "关于依据",
    "依据理由",
    "依据说明",
    "法律依据说明",
    "法律依据理由",
];

/// Heading titles of the 自由裁量 section (`六、自由裁量理由`, `关于处罚幅度`, `裁量说明`).
pub const DISCRETION_TITLES: &[&str] = &[
    "裁量",
    "处罚幅度",
    "罚款幅度",
    "量罚",
    "处罚种类和幅度",
    "处罚种类及幅度",
    "从轻",
    "从重",
    "减轻处罚",
    "强制措施的必要性",
    "必要性",
];

/// Titles made of a subject and a reasoning word (`处罚依据及理由`, `证据的审查认定`,
/// `罚款数额的确定`): the subject must appear with one of the words.
pub const TITLE_PAIRS: &[(&str, &[&str], u8)] = &[
    // 0 = evidence, 1 = legal basis, 2 = discretion.
    (
        "证据",
        &[
            "采信", "认定", "审查", "分析", "理由", "说明", "评析", "评判", "采纳",
        ],
        0,
    ),
    ("依据", &["选择", "理由", "说明", "适用", "分析"], 1),
    ("法律", &["适用", "选择", "理由", "说明"], 1),
    ("条款", &["适用", "选择", "理由"], 1),
    ("处罚", &["幅度", "裁量", "数额", "标准"], 2),
    ("罚款", &["幅度", "数额", "金额"], 2),
    ("强制措施", &["必要", "适当", "理由"], 2),
    // `关于…` sub-headings of a reasoning part: `关于事实和证据`, `关于定性和处罚依据`.
    ("关于", &["证据"], 0),
    ("关于", &["依据", "法律", "定性", "适用"], 1),
    ("关于", &["裁量", "幅度", "罚款数额", "处罚种类"], 2),
    ("定性", &["依据", "理由", "说明", "分析"], 1),
];

/// Umbrella headings whose body holds the three sections as sub-headings or prose
/// (`四、说理`, `四、处罚理由`, `本机关认为`).
pub const UMBRELLA_TITLES: &[&str] = &[
    "说理",
    "处罚理由",
    "决定理由",
    "处理理由",
    "理由",
    "本机关认为",
    "本局认为",
    "案件分析",
    "案件评析",
    "合议意见",
];

/// Lead-ins that put a whole paragraph in the 证据采信 section (`对上述证据，本机关审查后认为…`).
pub const EVIDENCE_LEADS: &[&str] = &[
    "对上述证据",
    "对以上证据",
    "对本案证据",
    "关于证据采信",
    "关于证据的采信",
    "关于证据认定",
    "关于证据",
    "证据采信:",
    "证据采信方面",
];

/// Lead-ins of a 依据选择 paragraph (`关于依据选择：`, `本机关适用上述依据的理由是…`).
pub const LEGAL_BASIS_LEADS: &[&str] = &[
    "关于依据选择",
    "关于法律适用",
    "关于适用法律",
    "关于法律依据",
    "关于依据的选择",
    "关于适用依据",
    "依据选择:",
    "法律适用:",
    "法律适用方面",
    "适用上述依据的理由",
    "适用依据的理由",
    "适用该条款的理由",
    "选择适用",
];

/// Lead-ins of a 自由裁量 paragraph (`关于处罚幅度：`, `综合考虑…`).
pub const DISCRETION_LEADS: &[&str] = &[
    "关于处罚幅度",
    "关于自由裁量",
    "关于裁量",
    "关于处罚裁量",
    "关于罚款数额",
    "关于处罚种类和幅度",
    "关于强制措施的必要性",
    "自由裁量:",
    "裁量方面",
];

/// Words that make a sentence about evidence adoption (when it also speaks of evidence).
pub const EVIDENCE_ADOPTION: &[&str] = &[
    "采信",
    "予以认定",
    "予以确认",
    "不予认定",
    "认定如下",
    "作为定案",
    "作为认定",
    "足以认定",
    "可以作为",
    "来源合法",
    "内容真实",
    "合法有效",
    "真实有效",
    "相互印证",
    "证据链",
    "查证属实",
];

/// Words that make a sentence explain the choice of legal basis.
pub const LEGAL_BASIS_REASONS: &[&str] = &[
    "依据选择",
    "法律适用",
    "适用上述",
    "适用该",
    "应当适用",
    "故适用",
    "因此适用",
    "予以适用",
    "选择适用",
    "上位法",
    "下位法",
    "特别法",
    "一般法",
    "特别规定",
    "新法优于",
    "从旧兼从轻",
    "罚款数额高的规定",
    "竞合",
    "择一",
    "明确授权",
    "授权负有",
    "之所以适用",
    "适用的理由",
];

/// Boilerplate that stands where the 依据选择 section should be, naming no article
/// (`本局依照有关规定进行处理`, `本局依法采取行政强制措施`). Only counted in a short sentence
/// without a citation.
pub const LEGAL_BASIS_BOILERPLATE: &[&str] = &[
    "依照有关规定",
    "依据有关规定",
    "根据有关规定",
    "依照相关规定",
    "依据相关规定",
    "根据相关规定",
    "依据相关法律",
    "依照相关法律",
    "依据有关法律",
    "依照有关法律",
    "根据相关法律",
    "依照法律规定",
    "依法采取行政强制措施",
    "依法采取强制措施",
    "依法实施行政强制",
];

/// Openings that make a sentence about discretion when it also names a circumstance
/// (`鉴于当事人系初次违法…`, `为防止危害扩大…`).
pub const DISCRETION_OPENINGS: &[&str] =
    &["鉴于", "考虑到", "为防止", "为避免", "如不及时", "不及时"];

/// Words after a factor that make it a category, not a fact (`整改情况`, `社会危害程度`,
/// `危害后果等因素`): listing categories is boilerplate.
pub const ABSTRACT_AFTER: &[&str] = &["情况", "程度", "因素", "等情节", "等情形", "等"];

/// Words that make a sentence about discretion.
pub const DISCRETION_WORDS: &[&str] = &[
    "裁量",
    "综合考虑",
    "综合考量",
    "综合分析",
    "从轻",
    "从重",
    "减轻处罚",
    "减轻行政处罚",
    "不予处罚",
    "不予行政处罚",
    "免予处罚",
    "处罚幅度",
    "罚款幅度",
    "幅度内",
    "过罚相当",
    "是必要的",
    "确有必要",
    "必要性",
    "适当原则",
    "比例原则",
    "未扩大范围",
];

/// Sentences about the notice, statements and hearing (陈述申辩、听证): their own element, not
/// one of the three sections, even when they mention 采纳 or 裁量. (`陈述` alone is not enough:
/// `如实陈述违法事实` is a discretion factor.)
pub const STATEMENT_WORDS: &[&str] = &["申辩", "听证", "复核", "告知书", "陈述权", "陈述意见"];

/// Sentence openings of the operative decision (`本局决定对你单位作出如下行政处罚`).
pub const DECISION_OPENINGS: &[&str] = &[
    "本局决定对",
    "本机关决定对",
    "现决定",
    "决定如下",
    "作出如下",
    "给予如下",
    "决定给予",
    "决定对你",
];

/// Evidence kinds of 行政处罚法 第四十六条 and the words that name an item of each kind.
pub const EVIDENCE_KINDS: &[(&str, &str, &[&str])] = &[
    (
        "书证",
        "documentary evidence",
        &[
            "书证",
            "营业执照",
            "复印件",
            "身份证明",
            "合同",
            "协议",
            "台账",
            "档案",
            "花名册",
            "记录表",
            "登记表",
            "证书",
            "许可证",
            "发票",
            "清单",
            "纳税记录",
            "工资发放",
            "调查报告",
            "指令书",
            "意见书",
            "通知书",
            "批复",
            "制度",
            "预案",
        ],
    ),
    (
        "物证",
        "physical evidence",
        &["物证", "实物", "扣押物品", "样品", "涉案物品"],
    ),
    (
        "视听资料",
        "audio-visual material",
        &[
            "视听资料",
            "照片",
            "录像",
            "录音",
            "视频",
            "执法记录仪",
            "影像",
        ],
    ),
    (
        "电子数据",
        "electronic data",
        &[
            "电子数据",
            "聊天记录",
            "截图",
            "短信",
            "电子邮件",
            "监控数据",
            "系统数据",
            "电子台账",
        ],
    ),
    (
        "证人证言",
        "witness testimony",
        &["证人证言", "证言", "证人"],
    ),
    (
        "当事人的陈述",
        "statement of the party",
        &[
            "询问笔录",
            "当事人陈述",
            "陈述材料",
            "陈述笔录",
            "情况说明",
            "自述",
        ],
    ),
    (
        "鉴定意见",
        "expert opinion",
        &[
            "鉴定意见",
            "鉴定书",
            "鉴定报告",
            "检测报告",
            "检验报告",
            "检测结果",
            "检验结果",
            "评估报告",
        ],
    ),
    (
        "勘验笔录、现场笔录",
        "inspection and on-site records",
        &[
            "勘验笔录",
            "现场笔录",
            "现场检查记录",
            "检查记录",
            "勘查笔录",
            "现场勘验",
        ],
    ),
];

/// What an item proves (EV3): `证明…`, `用以证明…`.
pub const PROOF_WORDS: &[&str] = &[
    "证明",
    "证实",
    "用以证明",
    "拟证明",
    "足以认定",
    "反映了",
    "反映出",
    "客观反映",
];

/// Who made an item or where it came from (EV4), besides its date.
pub const SOURCE_WORDS: &[&str] = &[
    "制作",
    "出具",
    "提供",
    "拍摄",
    "调取",
    "提取",
    "收集",
    "被询问人",
    "证人:",
    "鉴定所",
    "检测机构",
    "报告编号",
    "编号",
    "签字确认",
    "签名确认",
];

/// Legality, authenticity and relevance (EV5; 记录制度（四）).
pub const RELIABILITY_WORDS: &[&str] = &[
    "合法",
    "真实",
    "关联",
    "相互印证",
    "证据链",
    "查证属实",
    "经核实",
    "属实",
    "法定程序",
    "客观反映",
    "相互吻合",
    "一致",
];

/// The party's statement answered (EV6).
pub const STATEMENT_OUTCOMES: &[&str] = &[
    "不予采纳",
    "予以采纳",
    "部分采纳",
    "采纳",
    "理由不成立",
    "不能成立",
    "不成立",
    "成立",
    "维持原",
    "放弃",
    "未提出",
    "未提交",
    "逾期",
    "予以考虑",
    "未要求听证",
];

/// Place words in the facts (EV7).
pub const PLACE_WORDS: &[&str] = &[
    "位于",
    "车间",
    "仓库",
    "场所",
    "现场",
    "厂区",
    "厂房",
    "作业区",
    "工地",
    "门店",
    "店内",
    "库房",
    "区域",
    "地址",
    "路",
    "街道",
    "镇",
    "村",
    "号",
];

/// Conduct words in the facts (EV7).
pub const CONDUCT_WORDS: &[&str] = &[
    "未", "擅自", "违规", "违反", "存在", "使用", "储存", "经营", "占用", "锁闭", "拒绝", "无证",
];

/// Result words in the facts (EV7).
pub const RESULT_WORDS: &[&str] = &[
    "导致",
    "造成",
    "致使",
    "发生",
    "未造成",
    "尚未造成",
    "隐患",
    "受伤",
    "死亡",
    "损失",
    "后果",
];

/// Reasons for choosing between provisions (LB8; 行政处罚法第二十九条).
pub const CHOICE_WORDS: &[&str] = &[
    "上位法",
    "下位法",
    "特别法",
    "一般法",
    "新法",
    "数额高",
    "竞合",
    "择一",
    "优先适用",
    "第二十九条",
    "吸收",
    "特别规定",
];

/// A second provision mentioned as also applicable, which calls for LB8.
pub const CONCURRENCE_WORDS: &[&str] = &[
    "亦有相应规定",
    "也有规定",
    "亦有规定",
    "同时违反",
    "多个法律规范",
    "同一个违法行为违反",
];

/// Discretion benchmark names (DS1) when not written as a 《》 title.
pub const BENCHMARK_WORDS: &[&str] = &[
    "裁量基准",
    "裁量权基准",
    "裁量标准",
    "裁量适用规则",
    "自由裁量适用规则",
    "自由裁量标准",
    "裁量规则",
];

/// The benchmark's item or tier (DS2).
pub const TIER_WORDS: &[&str] = &[
    "裁量阶次",
    "阶次",
    "裁量等级",
    "裁量档次",
    "档次",
    "“轻微”",
    "“一般”",
    "“较轻”",
    "“较重”",
    "“严重”",
    "“特别严重”",
    "\"轻微\"",
    "\"一般\"",
    "\"较重\"",
    "\"严重\"",
    "轻微情形",
    "一般情形",
    "较重情形",
    "严重情形",
    "从轻档",
    "从重档",
    "一般档",
];

/// Concrete circumstances weighed in discretion (DS3). `违法行为的事实、性质、情节以及社会危害程度`
/// alone (第五条 restated) is not a circumstance.
pub const FACTOR_WORDS: &[&str] = &[
    "初次",
    "首次",
    "持续时间",
    "人次",
    "比例",
    "规模",
    "人数",
    "涉及作业人员",
    "后果",
    "事故",
    "伤亡",
    "受伤",
    "死亡",
    "损失",
    "整改",
    "改正",
    "积极配合",
    "如实陈述",
    "主动提供",
    "拒不",
    "阻挠",
    "多次",
    "屡次",
    "再次",
    "隐患",
    "易燃",
    "易爆",
    "人员较为密集",
    "人员密集",
    "数量",
    "面积",
    "违法所得",
    "年收入",
    "经营额",
    "安全风险",
    "危险物品",
];

/// 从轻/减轻 circumstances (DS4; 行政处罚法第三十条至第三十二条).
pub const MITIGATION_WORDS: &[&str] = &[
    "从轻",
    "减轻",
    "第三十二条",
    "主动消除",
    "主动减轻",
    "胁迫",
    "诱骗",
    "主动供述",
    "立功",
    "配合查处",
    "已满十四周岁",
    "不满十八周岁",
];

/// 不予处罚 considered (DS5; 行政处罚法第三十三条).
pub const NON_PUNISHMENT_WORDS: &[&str] = &[
    "不予处罚",
    "不予行政处罚",
    "免予处罚",
    "第三十三条",
    "首违不罚",
    "轻微并及时改正",
    "没有造成危害后果",
    "未造成危害后果",
    "无主观过错",
    "没有主观过错",
];

/// 从重 circumstances (DS6; 行政处罚法第四十九条, benchmark 从重情形).
pub const AGGRAVATION_WORDS: &[&str] = &[
    "从重",
    "加重",
    "第四十九条",
    "拒不配合",
    "阻挠",
    "多次",
    "屡次",
    "再次违法",
    "突发事件",
];

/// Words linking the circumstances to the amount or measure chosen (DS7).
pub const AMOUNT_LINK_WORDS: &[&str] = &[
    "中间值",
    "幅度内",
    "阶次内",
    "档次内",
    "区间内",
    "确定罚款",
    "确定处罚",
    "确定为罚款",
    "上限",
    "下限",
    "百分之",
    "决定按",
    "处以",
    "酌情",
    "是必要的",
    "确有必要",
    "适当原则",
    "比例原则",
    "未扩大范围",
    "仅对",
];

/// Several violations punished together or separately (DS9).
pub const COMBINATION_WORDS: &[&str] = &[
    "合并处罚",
    "合并给予",
    "分别处罚",
    "分别裁量",
    "分别给予",
    "分别处以",
    "并处",
    "合并执行",
];

/// Persons punished alongside the unit (DS10).
pub const PERSON_WORDS: &[&str] = &["直接负责的主管人员", "其他直接责任人员", "主要负责人"];

/// Words that move a fine to the escalated range of a 罚则 (逾期未改正, 拒不执行, 导致事故).
pub const ESCALATION_WORDS: &[&str] = &[
    "逾期未改正",
    "拒不改正",
    "拒不执行",
    "导致发生",
    "情节特别严重",
    "情节严重",
];

// The cue lists are searched with their `WordSet` (one pass over the text whatever the number
// of cues), built once per list (`words::cached`).

/// Returns the first cue of `cues` (in list order) found in `s`.
pub fn first_in(s: &str, cues: &'static [&'static str]) -> Option<&'static str> {
    cached(cues)
        .first_in(s, 0, s.len(), |_, _| true)
        .map(|k| cues[k])
}

/// True when `s` contains any of `cues`.
pub fn any_in(s: &str, cues: &'static [&'static str]) -> bool {
    cached(cues).occurs(s, 0, s.len())
}

/// Byte ranges of every occurrence of every cue in `s` (sorted, overlapping hits merged).
pub fn hits(s: &str, cues: &'static [&'static str]) -> Vec<(usize, usize)> {
    merged(cached(cues).all_in(s, 0, s.len()))
}

/// Ranges sorted, and those that overlap or touch merged into one.
pub fn merged(mut v: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    crate::sort::by_key(&mut v, |&(a, b)| {
        crate::sort::key4(crate::sort::sat(a), crate::sort::sat(b), 0, 0)
    });
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Every word of [`EVIDENCE_KINDS`] in one set, with the index of its kind: one pass over a
/// text finds the words of all nine kinds.
pub fn evidence_words() -> &'static (WordSet, Vec<u8>) {
    static W: std::sync::OnceLock<(WordSet, Vec<u8>)> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        let mut kinds = Vec::new();
        for (k, (_, _, list)) in EVIDENCE_KINDS.iter().enumerate() {
            words.extend_from_slice(list);
            kinds.extend(std::iter::repeat_n(k as u8, list.len()));
        }
        (WordSet::new(&words), kinds)
    })
}

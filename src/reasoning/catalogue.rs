//! The checklist of `shared/reference/legal.md` §4 as data: each signal's id, what it checks,
//! the rule behind it and what to write when it is missing (zh-CN and en).

/// One checklist item.
#[derive(Debug, Clone, Copy)]
pub struct SignalDef {
    /// `EV1` … `DS10`.
    pub id: &'static str,
    /// What is checked (zh).
    pub zh: &'static str,
    /// What is checked (en).
    pub en: &'static str,
    /// The rule it rests on.
    pub basis: &'static str,
    /// What to write when it is missing (zh).
    pub fix_zh: &'static str,
    /// What to write when it is missing (en).
    pub fix_en: &'static str,
}

/// The rule requiring the three sections.
pub const MANDATE: &str = "公示制度（十二）";

/// All signals, in checklist order.
pub const SIGNALS: &[SignalDef] = &[
    SignalDef {
        id: "EV1",
        zh: "证据逐项列明",
        en: "evidence listed item by item",
        basis: "行政处罚法第五十九条第一款第二项",
        fix_zh: "将证据逐项编号列明（1．…；2．…），不要以“有关证据为凭”“相关证据证实”概括。",
        fix_en: "List each item of evidence with a number (1. …; 2. …) instead of “the relevant evidence”.",
    },
    SignalDef {
        id: "EV2",
        zh: "证据种类",
        en: "kind of each item",
        basis: "行政处罚法第四十六条",
        fix_zh: "写明每项证据的种类：书证、物证、视听资料、电子数据、证人证言、当事人的陈述、鉴定意见、勘验笔录、现场笔录。",
        fix_en: "Name the kind of each item: documentary or physical evidence, audio-visual material, electronic data, witness testimony, the party's statement, expert opinion, inspection or on-site record.",
    },
    SignalDef {
        id: "EV3",
        zh: "证明对象",
        en: "what each item proves",
        basis: "行政处罚法第四十条、第四十六条",
        fix_zh: "写明每项证据证明什么事实，如“现场照片3张，证明仓库内存放危险化学品”。",
        fix_en: "State what each item proves, e.g. “3 photos, proving that hazardous chemicals were stored in the warehouse”.",
    },
    SignalDef {
        id: "EV4",
        zh: "证据来源与时间",
        en: "source and date of each item",
        basis: "行政处罚法第四十六条；记录制度（四）",
        fix_zh: "写明每项证据由谁、何时制作或收集（如“2023年6月25日执法人员现场制作”）。",
        fix_en: "State who made or collected each item and when (e.g. “made on site by the officers on 2023-06-25”).",
    },
    SignalDef {
        id: "EV5",
        zh: "合法性、真实性、关联性",
        en: "legality, authenticity and relevance",
        basis: "行政处罚法第四十六条第三款；记录制度（四）",
        fix_zh: "说明证据取得程序合法、内容真实、与待证事实关联，证据之间能够相互印证、形成证据链。",
        fix_en: "Explain that the evidence was lawfully obtained, is authentic and relevant, and that the items corroborate each other.",
    },
    SignalDef {
        id: "EV6",
        zh: "陈述申辩的记录和答复",
        en: "the party's statement recorded and answered",
        basis: "行政处罚法第四十五条；公示制度（十二）",
        fix_zh: "记录当事人提出的陈述、申辩意见，逐项说明采纳或不予采纳及理由；未提出的，写明“在法定期限内未提出陈述、申辩”。",
        fix_en: "Record the party's statement and defence and answer each point (adopted or not, and why); if none was made, say so.",
    },
    SignalDef {
        id: "EV7",
        zh: "事实要素（时间、地点、行为、后果）",
        en: "facts with time, place, conduct and result",
        basis: "行政处罚法第四十条",
        fix_zh: "违法事实写明时间、地点、违法行为和后果，并与证据相对应。",
        fix_en: "State the time, place, conduct and result of the violation, matching the evidence.",
    },
    SignalDef {
        id: "LB1",
        zh: "违则（所违反的条款）",
        en: "the provision violated",
        basis: "行政处罚法第五十九条第一款第二项",
        fix_zh: "写明“违反了《……》第×条第×款第×项的规定”。",
        fix_en: "State “violated Article × (paragraph ×, item ×) of …”.",
    },
    SignalDef {
        id: "LB2",
        zh: "罚则（处罚依据）",
        en: "the penalty provision applied",
        basis: "行政处罚法第五十九条第一款第三项",
        fix_zh: "写明“依据《……》第×条第×款第×项的规定”。",
        fix_en: "State “under Article × (paragraph ×, item ×) of …”.",
    },
    SignalDef {
        id: "LB3",
        zh: "法律名称使用全称",
        en: "full law names in 《》",
        basis: "立法技术规范；公示制度（十二）",
        fix_zh: "法律名称使用带书名号的全称，如《中华人民共和国安全生产法》，不用简称。",
        fix_en: "Cite laws by their full name in 《》, e.g. 《中华人民共和国安全生产法》, not a short form.",
    },
    SignalDef {
        id: "LB4",
        zh: "具体到条、款、项",
        en: "cited down to article, paragraph and item",
        basis: "行政处罚法第五十九条第一款第三项",
        fix_zh: "引用条文具体到条、款、项、目，与所认定的违法行为一一对应。",
        fix_en: "Cite down to article, paragraph, item and sub-item, matching the conduct found.",
    },
    SignalDef {
        id: "LB5",
        zh: "违则与罚则相互对应",
        en: "violated and penalty provisions match",
        basis: "《中华人民共和国安全生产法》第六章",
        fix_zh: "核对罚则所列行为与违则是否对应；不对应的，改用与违法行为相应的罚则。",
        fix_en: "Check that the penalty provision punishes the obligation cited as violated; otherwise cite the matching one.",
    },
    SignalDef {
        id: "LB6",
        zh: "条文编号为现行版本",
        en: "current article numbering",
        basis: "行政处罚法第三十七条；行政处罚法（2021年修订）；安全生产法（2021年修正）",
        fix_zh: "使用作出决定时有效的条文编号：行政处罚法陈述申辩为第四十四条、第四十五条，听证为第六十三条、第六十四条，加处罚款为第七十二条；安全生产法2021年9月1日起适用新编号。",
        fix_en: "Use the numbering in force on the decision date (行政处罚法 2021: statements art. 44/45, hearing art. 63/64, late fee art. 72; 安全生产法 2021 numbering from 2021-09-01).",
    },
    SignalDef {
        id: "LB7",
        zh: "条文内容引述准确",
        en: "provision quoted accurately",
        basis: "公示制度（十二）",
        fix_zh: "引述所适用条文的内容（尤其罚则的处罚种类和幅度），并与现行文本一致。",
        fix_en: "Quote what the applied provision says (especially the kind and range of penalty), matching the text in force.",
    },
    SignalDef {
        id: "LB8",
        zh: "多个条款可适用时的选择理由",
        en: "why this provision when several could apply",
        basis: "行政处罚法第二十九条；立法法第九十二条",
        fix_zh: "同一违法行为可能适用多个条款时，说明选择的理由（特别规定优于一般规定、上位法优先、按罚款数额高的规定处罚等）。",
        fix_en: "When several provisions could apply, explain the choice (special over general, higher-ranking law, the higher fine — 行政处罚法 art. 29).",
    },
    SignalDef {
        id: "LB9",
        zh: "罚则幅度及处罚在幅度内",
        en: "penalty range stated and respected",
        basis: "行政处罚法第五条",
        fix_zh: "写明罚则规定的处罚幅度，所处罚款应在该幅度以内。",
        fix_en: "State the range the penalty provision allows and keep the fine inside it.",
    },
    SignalDef {
        id: "DS1",
        zh: "裁量基准名称",
        en: "discretion benchmark named",
        basis: "行政处罚法第三十四条；应急管理部令第12号",
        fix_zh: "写明所适用的裁量基准名称及文号或版本，如《应急管理行政处罚裁量权基准》（应急〔2024〕90号）。",
        fix_en: "Name the discretion benchmark applied, with its number or version, e.g. 《应急管理行政处罚裁量权基准》 (应急〔2024〕90号).",
    },
    SignalDef {
        id: "DS2",
        zh: "基准条目或裁量阶次",
        en: "benchmark item or tier",
        basis: "行政处罚法第三十四条",
        fix_zh: "写明适用的基准条目和裁量阶次（如“裁量阶次A”“较重情形”）及其对应幅度。",
        fix_en: "State the benchmark item and tier applied (e.g. tier A, “serious”) and the range it gives.",
    },
    SignalDef {
        id: "DS3",
        zh: "裁量因素",
        en: "factual circumstances weighed",
        basis: "行政处罚法第五条",
        fix_zh: "列明裁量所考虑的具体事实：涉及人数或比例、持续时间、规模、后果、改正情况、是否初次违法等。",
        fix_en: "List the facts weighed: persons or share affected, duration, scale, consequences, correction, first offence…",
    },
    SignalDef {
        id: "DS4",
        zh: "从轻、减轻情节",
        en: "mitigating circumstances examined",
        basis: "行政处罚法第三十条至第三十二条",
        fix_zh: "说明是否具有第三十二条规定的从轻、减轻情节（主动消除或减轻危害后果、受胁迫诱骗、主动供述、立功等）。",
        fix_en: "Say whether art. 32 mitigating circumstances apply (harm removed, coercion, confession, cooperation…).",
    },
    SignalDef {
        id: "DS5",
        zh: "不予处罚情形",
        en: "non-punishment considered",
        basis: "行政处罚法第三十三条",
        fix_zh: "说明是否属于第三十三条规定的不予处罚情形（轻微并及时改正且无危害后果、初次违法且后果轻微并及时改正、无主观过错）。",
        fix_en: "Say whether art. 33 applies (minor and corrected without harm; first offence, slight harm, corrected; no fault).",
    },
    SignalDef {
        id: "DS6",
        zh: "从重情节",
        en: "aggravating circumstances examined",
        basis: "行政处罚法第四十九条；裁量基准从重情形",
        fix_zh: "说明是否存在从重情节（拒不配合、多次违法、突发事件期间等）。",
        fix_en: "Say whether aggravating circumstances exist (obstruction, repeat offence, emergency period…).",
    },
    SignalDef {
        id: "DS7",
        zh: "确定处罚数额（措施）的理由",
        en: "why this amount (or measure)",
        basis: "行政处罚法第五条；行政强制法第五条",
        fix_zh: "把上述因素与最终数额联系起来，说明为何在幅度内选定该数额；行政强制措施说明其必要性和适当性。",
        fix_en: "Link the circumstances to the amount chosen within the range; for a compulsory measure, explain why it is necessary and proportionate.",
    },
    SignalDef {
        id: "DS8",
        zh: "未因陈述申辩加重处罚",
        en: "penalty not raised after the statement",
        basis: "行政处罚法第四十五条第二款；公示制度（十二）",
        fix_zh: "决定的处罚不得重于告知书拟作出的处罚；如有变化，说明理由。",
        fix_en: "The penalty decided must not exceed the one proposed in the notice; explain any change.",
    },
    SignalDef {
        id: "DS9",
        zh: "多个违法行为的合并或分别处罚",
        en: "several violations combined or punished separately",
        basis: "行政处罚法第二十九条",
        fix_zh: "有多个违法行为的，说明分别裁量、合并处罚的方式和理由。",
        fix_en: "With several violations, explain how each was weighed and whether penalties were combined.",
    },
    SignalDef {
        id: "DS10",
        zh: "双罚（单位和责任人员）",
        en: "unit and responsible persons each weighed",
        basis: "《中华人民共和国安全生产法》第六章",
        fix_zh: "对单位和直接负责的主管人员分别处罚的，分别说明各自的幅度和裁量理由。",
        fix_en: "When both the unit and responsible persons are fined, give each its own range and reasons.",
    },
];

/// The definition of a signal.
pub fn def(id: &str) -> Option<&'static SignalDef> {
    SIGNALS.iter().find(|d| d.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_26_signals() {
        let ids: Vec<&str> = SIGNALS.iter().map(|d| d.id).collect();
        assert_eq!(ids.len(), 7 + 9 + 10);
        for (p, n) in [("EV", 7), ("LB", 9), ("DS", 10)] {
            for i in 1..=n {
                assert!(def(&format!("{p}{i}")).is_some(), "{p}{i}");
            }
        }
    }
}

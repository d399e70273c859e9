//! The 《中华人民共和国安全生产法》 penalty articles (罚则, 第九十三条至第一百一十四条) as data: for
//! each article (and 项 / 款 where the conduct differs) the conduct it punishes, the obligation
//! articles (违则) it normally pairs with, and its fine ranges.
//!
//! **Version and source.** [`VERSION`]: the law as amended on 2021-06-10 (third amendment), in
//! force from 2021-09-01. Article texts were read from GitHub `LawRefBook/Laws`,
//! `社会法/安全生产法(2021-06-10).md` (commit `ad3fc7a710153f0a72b1a600f57654aab9653c36`); the
//! 违则 pairing follows the wording of each 罚则 item and the obligation articles of chapter
//! 二/三 of the same text (see also `shared/reference/legal.md` §2).
//!
//! The 2014 numbering ([`OLD_2014`]) maps the penalty articles of the 2014 text to their 2021
//! numbers. It was compiled from the structure of the 2014 text and is **not** verified against
//! a stored copy of that text: it is used only to say "this looks like the 2014 numbering",
//! never to decide a range.
//!
//! Ranges are in yuan. "以上/以下" are read as inclusive; an amount exactly on a bound is
//! reported as a boundary case elsewhere, since some rules read "以下" as exclusive.

/// Identifies this table in results and reports.
pub const VERSION: &str =
    "中华人民共和国安全生产法（2021年修正，2021-09-01施行）第九十三条至第一百一十四条";

/// Where the article texts come from.
pub const SOURCE: &str =
    "LawRefBook/Laws 社会法/安全生产法(2021-06-10).md @ ad3fc7a710153f0a72b1a600f57654aab9653c36";

/// Day the 2021 amendment took effect (year, month, day).
pub const EFFECTIVE_2021: (i32, u32, u32) = (2021, 9, 1);

/// How a fine is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// An amount in yuan.
    Yuan,
    /// A percentage of the person's income of the previous year.
    IncomePercent,
}

/// A fine range: `min ..= max` in the unit of `measure`; `None` means no bound on that side
/// (`处五万元以下` has no minimum).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fine {
    /// Lower bound (inclusive).
    pub min: Option<u64>,
    /// Upper bound (inclusive).
    pub max: Option<u64>,
    /// Yuan or income percent.
    pub measure: Measure,
}

const fn up_to(max: u64) -> Option<Fine> {
    Some(Fine {
        min: None,
        max: Some(max),
        measure: Measure::Yuan,
    })
}

const fn between(min: u64, max: u64) -> Option<Fine> {
    Some(Fine {
        min: Some(min),
        max: Some(max),
        measure: Measure::Yuan,
    })
}

const fn income(min: u64, max: u64) -> Option<Fine> {
    Some(Fine {
        min: Some(min),
        max: Some(max),
        measure: Measure::IncomePercent,
    })
}

/// An obligation article (违则): article and, where it matters, paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Obligation {
    /// Article number.
    pub article: u32,
    /// Paragraph (款), when the pairing is with one paragraph only.
    pub paragraph: Option<u32>,
}

const fn ob(article: u32) -> Obligation {
    Obligation {
        article,
        paragraph: None,
    }
}

const fn obp(article: u32, paragraph: u32) -> Obligation {
    Obligation {
        article,
        paragraph: Some(paragraph),
    }
}

/// One penalty provision of the 2021 law.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PenaltyRule {
    /// 罚则 article.
    pub article: u32,
    /// 款, when the article has several paragraphs with different conduct.
    pub paragraph: Option<u32>,
    /// 项, when the article lists conduct item by item.
    pub item: Option<u32>,
    /// The conduct punished, in the law's words (shortened).
    pub conduct: &'static str,
    /// The obligation articles it normally pairs with.
    pub violated: &'static [Obligation],
    /// Fine on the party at first instance.
    pub fine: Option<Fine>,
    /// Fine after 逾期未改正 / 拒不执行 / accident, where the article escalates.
    pub escalated: Option<Fine>,
    /// Fine on 直接负责的主管人员和其他直接责任人员.
    pub responsible_persons: Option<Fine>,
}

impl PenaltyRule {
    /// The provision written out: `第九十九条第五项`.
    pub fn label(&self) -> String {
        use crate::text::numerals::to_chinese;
        let mut s = format!("第{}条", to_chinese(self.article as u64));
        if let Some(p) = self.paragraph {
            s.push_str(&format!("第{}款", to_chinese(p as u64)));
        }
        if let Some(i) = self.item {
            s.push_str(&format!("第{}项", to_chinese(i as u64)));
        }
        s
    }
}

/// Articles whose conduct is listed item by item (项): citing them without the 项 is not
/// granular enough (legal.md §4.2 LB4).
pub const ITEMISED: &[u32] = &[95, 97, 98, 99, 101, 105, 113, 114];

/// Articles with several paragraphs of different conduct: citing them without the 款 is not
/// granular enough.
pub const MULTI_PARAGRAPH: &[u32] = &[93, 103, 110];

const W: u64 = 10_000;

/// The table. One row per (article, paragraph, item) with its own conduct.
pub const RULES: &[PenaltyRule] = &[
    PenaltyRule {
        article: 93,
        paragraph: Some(1),
        item: None,
        conduct: "不依照本法规定保证安全生产所必需的资金投入",
        violated: &[ob(23)],
        fine: None,
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 93,
        paragraph: Some(2),
        item: None,
        conduct: "资金投入不足导致发生生产安全事故（个人经营的投资人）",
        violated: &[ob(23)],
        fine: between(2 * W, 20 * W),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 94,
        paragraph: None,
        item: None,
        conduct: "主要负责人未履行本法规定的安全生产管理职责",
        violated: &[ob(21), ob(5)],
        fine: between(2 * W, 5 * W),
        escalated: between(5 * W, 10 * W),
        responsible_persons: None,
    },
    PenaltyRule {
        article: 95,
        paragraph: None,
        item: Some(1),
        conduct: "主要负责人未履行职责，导致发生一般事故",
        violated: &[ob(21), ob(5)],
        fine: income(40, 40),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 95,
        paragraph: None,
        item: Some(2),
        conduct: "主要负责人未履行职责，导致发生较大事故",
        violated: &[ob(21), ob(5)],
        fine: income(60, 60),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 95,
        paragraph: None,
        item: Some(3),
        conduct: "主要负责人未履行职责，导致发生重大事故",
        violated: &[ob(21), ob(5)],
        fine: income(80, 80),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 95,
        paragraph: None,
        item: Some(4),
        conduct: "主要负责人未履行职责，导致发生特别重大事故",
        violated: &[ob(21), ob(5)],
        fine: income(100, 100),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 96,
        paragraph: None,
        item: None,
        conduct: "其他负责人和安全生产管理人员未履行安全生产管理职责",
        violated: &[ob(25), ob(26)],
        fine: between(W, 3 * W),
        // 导致发生生产安全事故的: 上一年年收入百分之二十以上百分之五十以下.
        escalated: income(20, 50),
        responsible_persons: None,
    },
    PenaltyRule {
        article: 97,
        paragraph: None,
        item: Some(1),
        conduct: "未按照规定设置安全生产管理机构或者配备安全生产管理人员、注册安全工程师",
        violated: &[ob(24), obp(27, 3)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 97,
        paragraph: None,
        item: Some(2),
        conduct: "主要负责人和安全生产管理人员未按照规定经考核合格",
        violated: &[obp(27, 2)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 97,
        paragraph: None,
        item: Some(3),
        conduct: "未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未如实告知有关的安全生产事项",
        violated: &[obp(28, 1), obp(28, 2), obp(28, 3), obp(44, 1)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 97,
        paragraph: None,
        item: Some(4),
        conduct: "未如实记录安全生产教育和培训情况",
        violated: &[obp(28, 4)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 97,
        paragraph: None,
        item: Some(5),
        conduct: "未将事故隐患排查治理情况如实记录或者未向从业人员通报",
        violated: &[obp(41, 2)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 97,
        paragraph: None,
        item: Some(6),
        conduct: "未按照规定制定生产安全事故应急救援预案或者未定期组织演练",
        violated: &[ob(81)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 97,
        paragraph: None,
        item: Some(7),
        conduct: "特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业",
        violated: &[ob(30)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 98,
        paragraph: None,
        item: Some(1),
        conduct: "未按照规定对建设项目进行安全评价",
        violated: &[ob(32)],
        fine: between(10 * W, 50 * W),
        escalated: between(50 * W, 100 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 98,
        paragraph: None,
        item: Some(2),
        conduct: "建设项目没有安全设施设计或者安全设施设计未按照规定报经审查同意",
        violated: &[ob(33)],
        fine: between(10 * W, 50 * W),
        escalated: between(50 * W, 100 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 98,
        paragraph: None,
        item: Some(3),
        conduct: "施工单位未按照批准的安全设施设计施工",
        violated: &[obp(34, 1)],
        fine: between(10 * W, 50 * W),
        escalated: between(50 * W, 100 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 98,
        paragraph: None,
        item: Some(4),
        conduct: "建设项目竣工投入生产或者使用前，安全设施未经验收合格",
        violated: &[obp(34, 2), ob(31)],
        fine: between(10 * W, 50 * W),
        escalated: between(50 * W, 100 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(1),
        conduct: "未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志",
        violated: &[ob(35)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(2),
        conduct: "安全设备的安装、使用、检测、改造和报废不符合国家标准或者行业标准",
        violated: &[obp(36, 1)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(3),
        conduct: "未对安全设备进行经常性维护、保养和定期检测",
        violated: &[obp(36, 2)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(4),
        conduct: "关闭、破坏直接关系生产安全的监控、报警、防护、救生设备、设施，或者篡改、隐瞒、销毁其相关数据、信息",
        violated: &[obp(36, 3)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(5),
        conduct: "未为从业人员提供符合国家标准或者行业标准的劳动防护用品",
        violated: &[ob(45)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(6),
        conduct: "危险物品的容器、运输工具以及特种设备未经检测、检验合格，取得安全使用证或者安全标志，投入使用",
        violated: &[ob(37)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(7),
        conduct: "使用应当淘汰的危及生产安全的工艺、设备",
        violated: &[obp(38, 3)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 99,
        paragraph: None,
        item: Some(8),
        conduct: "餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置",
        violated: &[obp(36, 4)],
        fine: up_to(5 * W),
        escalated: between(5 * W, 20 * W),
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 100,
        paragraph: None,
        item: None,
        conduct: "未经依法批准，擅自生产、经营、运输、储存、使用危险物品或者处置废弃危险物品（依照有关危险物品安全管理的法律、行政法规处罚）",
        violated: &[obp(39, 1)],
        fine: None,
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 101,
        paragraph: None,
        item: Some(1),
        conduct: "危险物品未建立专门安全管理制度、未采取可靠的安全措施",
        violated: &[obp(39, 2)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 101,
        paragraph: None,
        item: Some(2),
        conduct: "对重大危险源未登记建档，未进行定期检测、评估、监控，未制定应急预案，或者未告知应急措施",
        violated: &[ob(40)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 101,
        paragraph: None,
        item: Some(3),
        conduct: "进行爆破、吊装、动火、临时用电等危险作业，未安排专门人员进行现场安全管理",
        violated: &[ob(43)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 101,
        paragraph: None,
        item: Some(4),
        conduct: "未建立安全风险分级管控制度或者未按照安全风险分级采取相应管控措施",
        violated: &[obp(41, 1)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 101,
        paragraph: None,
        item: Some(5),
        conduct: "未建立事故隐患排查治理制度，或者重大事故隐患排查治理情况未按照规定报告",
        violated: &[obp(41, 2)],
        fine: up_to(10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: between(2 * W, 5 * W),
    },
    PenaltyRule {
        article: 102,
        paragraph: None,
        item: None,
        conduct: "未采取措施消除事故隐患",
        violated: &[obp(41, 2)],
        fine: up_to(5 * W),
        escalated: None,
        // 拒不执行的: 直接负责的主管人员和其他直接责任人员五万元以上十万元以下.
        responsible_persons: between(5 * W, 10 * W),
    },
    PenaltyRule {
        article: 103,
        paragraph: Some(1),
        item: None,
        conduct: "将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人",
        violated: &[obp(49, 1)],
        // 没有违法所得或者违法所得不足十万元的; 十万元以上的为违法所得二倍以上五倍以下.
        fine: between(10 * W, 20 * W),
        escalated: None,
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 103,
        paragraph: Some(2),
        item: None,
        conduct: "未与承包单位、承租单位签订专门的安全生产管理协议或者未明确各自的安全生产管理职责，或者未统一协调、管理",
        violated: &[obp(49, 2)],
        fine: up_to(5 * W),
        escalated: None,
        responsible_persons: up_to(W),
    },
    PenaltyRule {
        article: 103,
        paragraph: Some(3),
        item: None,
        conduct: "建设项目施工单位未按照规定对施工项目进行安全管理",
        violated: &[obp(49, 3)],
        fine: up_to(10 * W),
        escalated: None,
        responsible_persons: up_to(2 * W),
    },
    PenaltyRule {
        article: 104,
        paragraph: None,
        item: None,
        conduct: "同一作业区域内未签订安全生产管理协议或者未指定专职安全生产管理人员进行安全检查与协调",
        violated: &[ob(48)],
        fine: up_to(5 * W),
        escalated: None,
        responsible_persons: up_to(W),
    },
    PenaltyRule {
        article: 105,
        paragraph: None,
        item: Some(1),
        conduct: "危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，或者与员工宿舍的距离不符合安全要求",
        violated: &[obp(42, 1)],
        fine: up_to(5 * W),
        escalated: None,
        responsible_persons: up_to(W),
    },
    PenaltyRule {
        article: 105,
        paragraph: None,
        item: Some(2),
        conduct: "未设有符合紧急疏散需要、标志明显、保持畅通的出口、疏散通道，或者占用、锁闭、封堵出口、疏散通道",
        violated: &[obp(42, 2)],
        fine: up_to(5 * W),
        escalated: None,
        responsible_persons: up_to(W),
    },
    PenaltyRule {
        article: 106,
        paragraph: None,
        item: None,
        conduct: "与从业人员订立协议，免除或者减轻其对从业人员因生产安全事故伤亡依法应承担的责任",
        violated: &[obp(52, 2)],
        fine: between(2 * W, 10 * W),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 108,
        paragraph: None,
        item: None,
        conduct: "拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查（拒不改正的）",
        violated: &[ob(66)],
        fine: between(2 * W, 20 * W),
        escalated: None,
        responsible_persons: between(W, 2 * W),
    },
    PenaltyRule {
        article: 109,
        paragraph: None,
        item: None,
        conduct: "高危行业、领域的生产经营单位未按照国家规定投保安全生产责任保险",
        violated: &[obp(51, 2)],
        fine: between(5 * W, 10 * W),
        escalated: between(10 * W, 20 * W),
        responsible_persons: None,
    },
    PenaltyRule {
        article: 110,
        paragraph: Some(1),
        item: None,
        conduct: "主要负责人在事故时不立即组织抢救或者在事故调查处理期间擅离职守或者逃匿",
        violated: &[ob(50)],
        fine: income(60, 100),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 110,
        paragraph: Some(2),
        item: None,
        conduct: "主要负责人对生产安全事故隐瞒不报、谎报或者迟报",
        violated: &[obp(83, 2)],
        fine: income(60, 100),
        escalated: None,
        responsible_persons: None,
    },
    PenaltyRule {
        article: 114,
        paragraph: None,
        item: Some(1),
        conduct: "发生一般事故，对负有责任的生产经营单位",
        violated: &[],
        fine: between(30 * W, 100 * W),
        // 情节特别严重、影响特别恶劣的: 二倍以上五倍以下.
        escalated: between(60 * W, 500 * W),
        responsible_persons: None,
    },
    PenaltyRule {
        article: 114,
        paragraph: None,
        item: Some(2),
        conduct: "发生较大事故，对负有责任的生产经营单位",
        violated: &[],
        fine: between(100 * W, 200 * W),
        escalated: between(200 * W, 1000 * W),
        responsible_persons: None,
    },
    PenaltyRule {
        article: 114,
        paragraph: None,
        item: Some(3),
        conduct: "发生重大事故，对负有责任的生产经营单位",
        violated: &[],
        fine: between(200 * W, 1000 * W),
        escalated: between(400 * W, 5000 * W),
        responsible_persons: None,
    },
    PenaltyRule {
        article: 114,
        paragraph: None,
        item: Some(4),
        conduct: "发生特别重大事故，对负有责任的生产经营单位",
        violated: &[],
        fine: between(1000 * W, 2000 * W),
        escalated: between(2000 * W, 10000 * W),
        responsible_persons: None,
    },
];

/// 2014 penalty article → 2021 penalty article (第九十条至第一百零九条 of the 2014 text). Used
/// only to recognise the old numbering. [compiled, not verified against a stored 2014 text]
pub const OLD_2014: &[(u32, u32)] = &[
    (90, 93),
    (91, 94),
    (92, 95),
    (93, 96),
    (94, 97),
    (95, 98),
    (96, 99),
    (97, 100),
    (98, 101),
    (99, 102),
    (100, 103),
    (101, 104),
    (102, 105),
    (103, 106),
    (104, 107),
    (105, 108),
    (106, 110),
    (107, 111),
    (108, 113),
    (109, 114),
];

/// 2014 obligation article → 2021 obligation article, for the obligations the 2014 penalty
/// articles pair with (chapter 二 of the 2014 text shifted by three articles in 2021).
/// [compiled, not verified against a stored 2014 text]
pub const OLD_2014_OBLIGATIONS: &[(u32, u32)] = &[
    (18, 21),
    (20, 23),
    (21, 24),
    (22, 25),
    (24, 27),
    (25, 28),
    (27, 30),
    (29, 32),
    (30, 33),
    (31, 34),
    (32, 35),
    (33, 36),
    (34, 37),
    (35, 38),
    (36, 39),
    (37, 40),
    (38, 41),
    (39, 42),
    (40, 43),
    (41, 44),
    (42, 45),
    (45, 48),
    (46, 49),
    (47, 50),
    (48, 51),
];

/// The rows for a cited 罚则: exact item/paragraph when given, else every row of the article.
pub fn rules_for(
    article: u32,
    paragraph: Option<u32>,
    item: Option<u32>,
) -> Vec<&'static PenaltyRule> {
    let rows: Vec<&PenaltyRule> = RULES.iter().filter(|r| r.article == article).collect();
    let exact: Vec<&PenaltyRule> = rows
        .iter()
        .copied()
        .filter(|r| {
            (item.is_none() || r.item.is_none() || r.item == item)
                && (paragraph.is_none() || r.paragraph.is_none() || r.paragraph == paragraph)
        })
        .collect();
    if exact.is_empty() {
        rows
    } else {
        exact
    }
}

/// True when `article` is one of the 2021 penalty articles in the table.
pub fn is_penalty_article(article: u32) -> bool {
    (93..=114).contains(&article)
}

/// True when the obligation (article, paragraph) matches one of `rule`'s 违则.
pub fn pairs_with(rule: &PenaltyRule, article: u32, paragraph: Option<u32>) -> bool {
    rule.violated.iter().any(|o| {
        o.article == article
            && (o.paragraph.is_none() || paragraph.is_none() || o.paragraph == paragraph)
    })
}

/// The 2021 number of a 2014 penalty article.
pub fn penalty_2014_to_2021(old: u32) -> Option<u32> {
    OLD_2014.iter().find(|(o, _)| *o == old).map(|(_, n)| *n)
}

/// The 2021 number of a 2014 obligation article.
pub fn obligation_2014_to_2021(old: u32) -> Option<u32> {
    OLD_2014_OBLIGATIONS
        .iter()
        .find(|(o, _)| *o == old)
        .map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_penalty_article_93_to_114_with_a_fine_or_a_reason() {
        for a in [
            93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 108, 109, 110, 114,
        ] {
            assert!(RULES.iter().any(|r| r.article == a), "{a}");
        }
        // Articles 107, 111, 112, 113 carry no fine on the party of a decision here.
        for a in [107, 111, 112, 113] {
            assert!(!RULES.iter().any(|r| r.article == a), "{a}");
        }
    }

    #[test]
    fn ranges_are_ordered() {
        for r in RULES {
            for f in [r.fine, r.escalated, r.responsible_persons]
                .into_iter()
                .flatten()
            {
                if let (Some(a), Some(b)) = (f.min, f.max) {
                    assert!(a <= b, "{}", r.label());
                }
            }
        }
    }

    #[test]
    fn lookups() {
        let r = rules_for(99, None, Some(5));
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].fine.and_then(|f| f.max), Some(50_000));
        assert!(pairs_with(r[0], 45, None));
        assert!(!pairs_with(r[0], 28, Some(1)));
        // Without the item, every item of the article.
        assert_eq!(rules_for(99, None, None).len(), 8);
        assert_eq!(rules_for(102, None, None)[0].label(), "第一百零二条");
        assert_eq!(penalty_2014_to_2021(96), Some(99));
        assert_eq!(obligation_2014_to_2021(33), Some(36));
    }
}

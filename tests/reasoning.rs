//! The reasoning explainer through the public API, on whole documents written in several
//! templates (numbered headings, `关于…` sub-headings, one `本机关认为` paragraph, embedded prose
//! in a compulsion decision, a decision without any reasoning), plus the types that must not be
//! graded.

use gongshi::reasoning::{Grade, Placement};
use gongshi::text::citation::Role;
use gongshi::{explain, MapSpans, Options, Units};

fn grades(t: &str) -> [Grade; 3] {
    let r = explain(t, &Options::default()).unwrap();
    [r.evidence.grade, r.legal_basis.grade, r.discretion.grade]
}

/// A 说理式 decision with `（一）关于…` sub-headings, arabic-numbered evidence with what each
/// proves, a departmental rule cited with its 令号, and the amount proposed in the notice.
const SUBHEADINGS: &str = "莆田市应急管理局
行政处罚决定书
莆应急罚〔2024〕18号

被处罚单位：莆田市某某金属制品有限公司
统一社会信用代码：91350300MA2XXXXXX1
一、违法事实
　　2024年3月5日，本局执法人员对你单位进行执法检查，发现你单位在厂区东侧污水池进行清淤有限空间作业前，未对作业环境进行评估，未进行通风和气体检测。
二、证据
　　证据1：现场检查记录1份，由执法人员于2024年3月5日现场制作，证明作业现场情况；
　　证据2：询问笔录2份，证明你单位未进行通风和气体检测的事实；
　　证据3：现场照片6张，证明有限空间作业现场状况。
三、说理
（一）关于证据采信
　　上述证据由两名执法人员依法收集，来源合法，内容真实，与本案事实具有关联性，相互印证，本局予以采信。
（二）关于法律适用
　　当事人的行为违反了《工贸企业有限空间作业安全规定》（应急管理部令第13号）第十一条的规定。该规定系针对工贸企业有限空间作业的特别规定，依据《中华人民共和国安全生产法》第一百零一条第三项的规定予以处罚。
（三）关于处罚幅度
　　依据《应急管理行政处罚裁量权基准》（应急〔2024〕90号），该违法行为属于裁量阶次A。当事人系初次违法，检查后立即停止作业并完成整改，未造成危害后果，本局决定在幅度内处以罚款人民币2万元。
四、告知及陈述申辩情况
　　本局于2024年3月20日送达《行政处罚告知书》，拟对你单位处以罚款人民币2万元的行政处罚。你单位在法定期限内未提出陈述、申辩。
五、处罚决定
　　本局决定对你单位作出如下行政处罚：罚款人民币贰万元整。
　　　　　　　　　　　　　　　　　　莆田市应急管理局
　　　　　　　　　　　　　　　　　　2024年4月2日
";

/// One `本机关认为` paragraph holding all three sections.
const ONE_PARAGRAPH: &str = "某市应急管理局
行政处罚决定书
当事人：某某化工贸易有限公司
　　经查，2023年9月12日，当事人在其位于某市某区某路18号的仓库内储存危险化学品，未建立专门安全管理制度。
　　本机关认为：上述事实有现场检查记录、询问笔录、现场照片等证据证实，上述证据取得程序合法，内容客观真实，与本案具有关联性，本机关予以采信。当事人的行为违反了《中华人民共和国安全生产法》第三十九条第二款的规定，依据《中华人民共和国安全生产法》第一百零一条第一项的规定，应当予以处罚。鉴于当事人系初次违法，且在调查期间积极配合、主动整改，本机关决定从轻处以罚款人民币叁万元。
　　如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。
某市应急管理局
2023年10月8日
";

/// A decision with only the 违则/罚则 sentence: no reasoning at all (the common real gap).
const NO_REASONING: &str = "醴陵市应急管理局
行政处罚决定书
（湘株醴）应急罚〔2023〕125 号
被处罚单位：醴陵市某某花炮厂
违法事实及证据：2023年5月10日，我局执法人员对你单位进行检查，发现你单位药物总库超量储存。以上事实有现场检查记录、询问笔录、现场照片等证据为证。
以上行为违反了《烟花爆竹安全管理条例》第十一条第一款的规定，依据《烟花爆竹安全管理条例》第三十六条第一款的规定，决定给予罚款人民币伍万元整的行政处罚。
2023年6月30日
";

/// The boilerplate of legal.md §4: each section present but hollow.
const HOLLOW: &str = "某县应急管理局
行政处罚决定书
三、证据采信理由
　　上述证据经审查，予以采信。
四、依据选择理由
　　本局依照有关规定进行处理。
五、自由裁量理由
　　经综合考虑，依法作出如下处罚。
";

/// A seizure decision with the reasoning in prose, no headings.
const SEIZURE: &str = "某区应急管理局
查封扣押决定书
当事人：某某五金店
　　2022年5月22日，本局执法人员检查时发现你店在营业场所内违规储存烟花爆竹。以上事实有现场检查记录1份、询问笔录1份、现场照片8张等证据证实。
　　对上述证据，本局审查后认为：现场检查记录、询问笔录由执法人员依法制作并经当事人签字，现场照片客观反映现场状况，予以采信。
　　关于依据选择：《中华人民共和国安全生产法》第六十五条第一款第四项授权负有安全生产监督管理职责的部门对违法储存的危险物品予以查封或者扣押，本案情形符合该项规定，故适用该规定。
　　烟花爆竹属易燃易爆物品，存放于人员密集的营业场所，不及时扣押极易引发事故，采取扣押措施是必要的；本局仅扣押涉案物品，未扩大范围，符合适当原则。
　　根据《中华人民共和国安全生产法》第六十五条第一款第四项和《中华人民共和国行政强制法》第二十四条的规定，本局决定对下列物品予以扣押：组合烟花20箱。
";

/// The evidence list and the reasoning on it under one heading (`二、证据及采信理由`, items
/// `（一）…；（二）…` inline), the choice between two applicable provisions argued, and the
/// amount fixed inside a tier (`在该阶次内从轻确定罚款数额为5万元`).
const COMBINED_HEADINGS: &str = "杭州市应急管理局
行政处罚决定书
杭应急罚〔2025〕42号

被处罚单位：杭州某某化工有限公司
统一社会信用代码：91330100MA27XYZ12K
住所：杭州市钱塘区临江工业园区经七路188号
法定代表人：蒋立新

一、违法事实
2025年2月18日，本局执法人员对你单位进行检查，发现你单位甲类仓库内违规存放过氧化氢等危险化学品共计3.2吨，与可燃物混存，未设置明显安全警示标志。
二、证据及采信理由
本局收集的证据有：（一）2025年2月18日现场检查记录1份，由执法人员现场制作，记载了仓库存储情况；（二）现场照片12张，2025年2月18日执法人员现场拍摄，反映混存状况；（三）2025年2月20日对仓库主管的询问笔录1份，证实危险化学品系由你单位自行存放；（四）你单位提供的危险化学品出入库台账复印件1份，经核对与原件一致。上述证据均由执法人员依照法定程序收集，内容客观真实，与本案待证事实具有关联性，证据之间相互印证，形成完整的证据链，本局予以采信。
三、法律适用
你单位的上述行为违反了《中华人民共和国安全生产法》第三十九条第一款和第三十五条的规定。鉴于违反第三十五条的行为与违反第三十九条第一款的行为系同一仓库存储管理中的同一行为，依据行政处罚法第二十九条“对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚”的规定，择一重处，适用《中华人民共和国安全生产法》第一百零一条第三项“未采取可靠的安全措施”的规定予以处罚。该项规定：责令限期改正，处十万元以下的罚款。
四、陈述申辩及采纳情况
本局于2025年3月3日向你单位送达了《行政处罚告知书》（杭应急罚告〔2025〕42号），拟处罚款人民币6万元。你单位于3月6日提出陈述申辩，称已于检查次日完成整改。经复查属实，本局予以部分采纳，作为从轻情节考虑。
五、自由裁量
依据《浙江省应急管理行政处罚裁量基准（2023版）》第57项，违法行为危险化学品数量在1吨以上5吨以下的，属于“较重”阶次，罚款幅度为4万元以上7万元以下。考虑到你单位积极配合调查、及时完成整改，未造成危害后果，具有从轻处罚情节，无从重情节，本局在该阶次内从轻确定罚款数额为5万元。
六、处罚决定
决定给予你单位罚款人民币伍万元整（¥50000）的行政处罚。
罚款自收到本决定书之日起十五日内缴至指定银行或通过浙江政务服务网缴纳。逾期不缴纳的，每日按罚款数额的3%加处罚款。
如不服本决定，可以在收到本决定书之日起六十日内向杭州市人民政府申请行政复议，也可以在六个月内依法向杭州铁路运输法院提起行政诉讼。

杭州市应急管理局（印章）
2025年3月20日
";

#[test]
fn combined_evidence_heading_and_tier_reasoning() {
    let r = explain(COMBINED_HEADINGS, &Options::default()).unwrap();
    assert_eq!(
        [r.evidence.grade, r.legal_basis.grade, r.discretion.grade],
        [Grade::Adequate, Grade::Adequate, Grade::Adequate]
    );
    let signal = |a: &gongshi::reasoning::Section, id: &str| {
        a.signals.iter().find(|s| s.id == id).map(|s| s.found)
    };
    assert_eq!(signal(&r.evidence, "EV1"), Some(true));
    assert_eq!(signal(&r.legal_basis, "LB8"), Some(true));
    assert_eq!(signal(&r.discretion, "DS7"), Some(true));
    assert_eq!(signal(&r.discretion, "DS8"), Some(true));
    // The element validator reads the same list as the evidence element, and a court of
    // special jurisdiction (铁路运输法院) as the court of the remedy clause.
    let v = gongshi::validate(COMBINED_HEADINGS, &Options::default()).unwrap();
    for id in ["evidence", "remedy_channels_deadlines"] {
        let e = v.elements.iter().find(|e| e.id == id).unwrap();
        assert!(e.present, "{id}: {:?}", e.note);
    }
}

#[test]
fn subheadings_template() {
    let r = explain(SUBHEADINGS, &Options::default()).unwrap();
    assert_eq!(
        r.evidence.grade,
        Grade::Adequate,
        "{:?}",
        r.evidence.message
    );
    assert_eq!(r.legal_basis.grade, Grade::Adequate);
    assert_eq!(r.discretion.grade, Grade::Adequate);
    for s in [&r.evidence, &r.legal_basis, &r.discretion] {
        assert_eq!(s.placement, Placement::Heading);
        assert!(s.heading.is_some());
    }
    let found = |sec: &gongshi::reasoning::Section, id: &str| {
        sec.signals.iter().find(|s| s.id == id).map(|s| s.found)
    };
    assert_eq!(found(&r.evidence, "EV1"), Some(true));
    assert_eq!(found(&r.evidence, "EV3"), Some(true));
    assert_eq!(found(&r.evidence, "EV4"), Some(true));
    assert_eq!(found(&r.discretion, "DS1"), Some(true));
    assert_eq!(found(&r.discretion, "DS2"), Some(true));
    assert_eq!(found(&r.discretion, "DS8"), Some(true));
    // The rule with its 令号 is the 违则; the law's 罚则 is in the table: 10万元以下.
    let rule = r
        .citations
        .iter()
        .find(|c| c.law == "工贸企业有限空间作业安全规定")
        .unwrap();
    assert_eq!(rule.version.as_deref(), Some("应急管理部令第13号"));
    assert_eq!(rule.role, Role::Violated);
    assert_eq!(r.penalty.amount.map(|m| m.yuan), Some(20_000));
    assert_eq!(r.penalty.proposed.map(|m| m.yuan), Some(20_000));
    assert_eq!(
        r.penalty.statutory.as_ref().and_then(|s| s.max),
        Some(100_000)
    );
    assert!(!r
        .findings
        .iter()
        .any(|f| f.severity == gongshi::Severity::Error));
}

#[test]
fn one_paragraph_template() {
    assert_eq!(grades(ONE_PARAGRAPH), [Grade::Adequate; 3]);
    let r = explain(ONE_PARAGRAPH, &Options::default()).unwrap();
    assert_eq!(r.evidence.placement, Placement::Embedded);
    let text = ONE_PARAGRAPH;
    let lb = r.legal_basis.spans[0];
    assert!(text[lb.start..lb.end].starts_with("当事人的行为违反了"));
    // 第一百零一条第一项 pairs with 第三十九条第二款.
    let lb5 = r
        .legal_basis
        .signals
        .iter()
        .find(|s| s.id == "LB5")
        .unwrap();
    assert!(lb5.found, "{:?}", lb5.detail);
}

#[test]
fn decision_without_reasoning() {
    assert_eq!(grades(NO_REASONING), [Grade::Missing; 3]);
    let r = explain(NO_REASONING, &Options::default()).unwrap();
    for code in [
        "reasoning.evidence.missing",
        "reasoning.legal_basis.missing",
        "reasoning.discretion.missing",
    ] {
        assert!(r.findings.iter().any(|f| f.code == code), "{code}");
    }
    // The 违则 and 罚则 are there even though nothing explains them.
    let lb = &r.legal_basis;
    assert!(lb.signals.iter().any(|s| s.id == "LB1" && s.found));
    assert!(lb.signals.iter().any(|s| s.id == "LB2" && s.found));
    assert!(lb.message.zh.contains("未找到依据选择说理"));
    assert!(!lb.suggestions.is_empty());
}

#[test]
fn boilerplate_is_hollow() {
    assert_eq!(grades(HOLLOW), [Grade::Hollow; 3]);
    let r = explain(HOLLOW, &Options::default()).unwrap();
    assert!(r.discretion.message.zh.contains("套话"));
    assert!(r.discretion.message.en.contains("boilerplate"));
}

#[test]
fn seizure_in_prose() {
    let r = explain(SEIZURE, &Options::default()).unwrap();
    assert_eq!(
        [r.evidence.grade, r.legal_basis.grade, r.discretion.grade],
        [Grade::Adequate; 3]
    );
    let t = SEIZURE;
    let ev = r.evidence.spans[0];
    assert!(t[ev.start..ev.end].starts_with("对上述证据"));
    let ds = r.discretion.spans[0];
    assert!(t[ds.start..ds.end].ends_with("符合适当原则。"));
    // The operative decision is not part of any section.
    for s in [&r.evidence, &r.legal_basis, &r.discretion] {
        for sp in &s.spans {
            assert!(!t[sp.start..sp.end].contains("本局决定"));
        }
    }
}

#[test]
fn other_document_types_are_not_required() {
    let notice = "某县应急管理局\n行政处罚告知书\n　　经查，你单位未设置安全警示标志。本局拟对你单位处以罚款人民币一万元。\n";
    let record = "现场检查记录\n检查情况：仓库未设置安全警示标志。\n";
    let on_spot = "行政（当场）处罚决定书\n　　你单位未设置安全警示标志，决定给予警告。\n";
    for t in [notice, record, on_spot] {
        let r = explain(t, &Options::default()).unwrap();
        assert!(!r.required);
        assert_eq!(grades(t), [Grade::NotRequired; 3], "{t}");
        assert!(r
            .findings
            .iter()
            .all(|f| f.severity == gongshi::Severity::Info));
    }
}

#[test]
fn utf16_spans_with_astral_characters() {
    let t = format!("😀𠮷{HOLLOW}");
    let mut r = explain(&t, &Options::default()).unwrap();
    let bytes = r.evidence.spans[0];
    r.convert_spans(&t, Units::Utf16);
    let u = r.evidence.spans[0];
    let utf16: Vec<u16> = t.encode_utf16().collect();
    let got = String::from_utf16(&utf16[u.start..u.end]).unwrap();
    assert_eq!(got, &t[bytes.start..bytes.end]);
    assert_eq!(got, "上述证据经审查，予以采信。");
}

#[test]
fn never_panics_on_odd_input() {
    let long = "《安全生产法》第九十九条".repeat(2000);
    let inputs = [
        "",
        "\n\n\n",
        "行政处罚决定书",
        "三、证据采信理由",
        "（一）",
        "关于依据选择：",
        "\u{0}\u{1}\u{7f}",
        "罚款人民币元整",
        &long,
    ];
    for t in inputs {
        let r = explain(t, &Options::default()).unwrap();
        let _ = gongshi::reasoning::report(&r, gongshi::Lang::Zh);
        let _ = gongshi::reasoning::report_for(&r, t, gongshi::Lang::En);
    }
}

#[test]
fn serializes_camel_case_json() {
    let r = explain(SUBHEADINGS, &Options::default()).unwrap();
    let v =
        gongshi::finding::with_output_lang(gongshi::Lang::Zh, || serde_json::to_value(&r)).unwrap();
    assert_eq!(v["supported"], true);
    assert_eq!(v["docScope"], "penalty_decision");
    assert_eq!(v["legalBasis"]["grade"], "adequate");
    assert!(v["evidence"]["signals"][0]["id"].is_string());
    assert!(v["evidence"]["decidedBy"].is_array());
    assert!(v["citations"][0]["fullName"].is_string());
    assert!(v["discretion"]["message"].is_string());
}

/// ASCII punctuation, no indentation, blank lines, a hard wrap, `同法`, amounts in 万元.
const PLAIN_ASCII: &str = "XX县应急管理局
行政处罚决定书(单位)
XX应急罚[2024]7号

被处罚单位:某某机械有限公司

一、违法事实和证据
2024年1月5日,执法人员检查发现你单位在二号车间进行动火作业,未安排专门人员进行现场安全管理。有现场检查记录、询问笔录、照片为证。

二、证据采信理由:
执法人员现场制作的检查记录和询问笔录经当事人签字确认,照片由执法记录仪拍摄,
均取得程序合法,内容真实,予以采信。

三、依据选择理由:
当事人的行为违反《中华人民共和国安全生产法》第四十三条的规定,依据同法第一百零一条第(三)项的规定处罚。

四、自由裁量理由:
当事人系首次违法,积极整改,依照《福建省安全生产行政处罚自由裁量适用规则》从轻处罚。

五、处罚决定
罚款人民币1.2万元。
";

#[test]
fn ascii_punctuation_template() {
    let r = explain(PLAIN_ASCII, &Options::default()).unwrap();
    assert_eq!(
        [r.evidence.grade, r.legal_basis.grade, r.discretion.grade],
        [Grade::Adequate; 3]
    );
    let t = PLAIN_ASCII;
    let ev = r.evidence.spans[0];
    assert!(t[ev.start..ev.end].starts_with("执法人员现场制作"));
    assert!(t[ev.start..ev.end].ends_with("予以采信。"));
    let lb5 = r
        .legal_basis
        .signals
        .iter()
        .find(|s| s.id == "LB5")
        .unwrap();
    assert!(lb5.found, "{:?}", lb5.detail);
    let lb9 = r
        .legal_basis
        .signals
        .iter()
        .find(|s| s.id == "LB9")
        .unwrap();
    assert!(lb9.found, "{:?}", lb9.detail);
    assert_eq!(r.penalty.amount.map(|m| m.yuan), Some(12_000));
}

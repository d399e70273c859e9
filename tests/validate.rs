//! Element validation, one document type at a time, through the public API. The documents are
//! written from the statutes and the 2016 安监 templates (not from the dev corpus): each type
//! has a complete document and broken ones, and each broken one must be reported with the
//! element id, the finding code and the provision behind it.

use gongshi::validate::{checklist, rulebook_info, Status, Validation};
use gongshi::{Lang, Options, Severity};

const USCC: &str = "91350503MA2Y0K7L3D";
const USCC_BAD: &str = "91350503MA2Y0K7L3E";
const ID: &str = "350503197903151239";

fn v(text: &str) -> Validation {
    gongshi::validate(text, &Options::default()).expect("validate")
}

fn with(text: &str, json: &str) -> Validation {
    let opts = Options::from_json(json).expect("options");
    gongshi::validate(text, &opts).expect("validate")
}

fn status(v: &Validation, id: &str) -> Status {
    v.elements
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no element {id} in {:?}", v.doc_type))
        .status
}

fn assert_all_present(v: &Validation, except: &[&str]) {
    for e in &v.elements {
        if except.contains(&e.id.as_str()) {
            continue;
        }
        assert!(
            e.present,
            "{} should be present in {:?}: {:?} {:?}",
            e.id, v.doc_type, e.status, e.note
        );
    }
}

fn finding<'a>(v: &'a Validation, code: &str) -> &'a gongshi::Finding {
    v.findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| {
            panic!(
                "no finding {code}: {:?}",
                v.findings.iter().map(|f| &f.code).collect::<Vec<_>>()
            )
        })
}

// ------------------------------------------------------------------ 行政处罚决定书（单位）

fn decision_org() -> String {
    format!(
        "安全生产行政执法文书\n行政处罚决定书（单位）\n（泉）应急罚〔2023〕12号\n\n\
被处罚单位：泉州某某机械有限公司    地址：泉州市丰泽区东海街道工业路8号\n\
统一社会信用代码：{USCC}\n\
法定代表人（负责人）：张某    职务：总经理    联系电话：0595-22000000\n\
违法事实及证据：\n\
    2023年3月5日，本机关执法人员在你单位检查时发现，你单位二号车间除尘系统未设置泄爆装置，车间内粉尘积聚严重。上述事实有现场检查记录、询问笔录、现场照片及检测报告等证据证实。\n\
    以上行为违反了《中华人民共和国安全生产法》第三十六条第一款的规定，依据《中华人民共和国安全生产法》第九十九条第二项的规定，决定给予罚款人民币贰万元整（¥20000.00）的行政处罚。\n\
    本机关于2023年3月20日向你单位送达了《行政处罚告知书》（（泉）应急罚告〔2023〕10号），你单位在规定期限内未提出陈述、申辩。\n\
    罚款自收到本决定书之日起15日内缴至泉州市财政局非税收入专户（开户行：中国工商银行泉州分行），到期不缴每日按罚款数额的3%加处罚款。\n\
    如果不服本处罚决定，可以依法在60日内向泉州市人民政府申请行政复议，或者在6个月内依法向泉州市丰泽区人民法院提起行政诉讼，但本决定不停止执行，法律另有规定的除外。\n\
\n\
                                      泉州市应急管理局（印章）\n\
                                        2023年4月2日\n"
    )
}

const REASONING: &[&str] = &[
    "reasoning_evidence",
    "reasoning_legal_basis",
    "reasoning_discretion",
];

#[test]
fn decision_org_complete_in_the_2016_template() {
    let d = decision_org();
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("penalty_decision_org"));
    let det = r.detection.as_ref().unwrap();
    assert!(det.confidence >= 0.95, "{det:?}");
    assert!(
        det.signals.iter().any(|s| s == "title") && det.signals.iter().any(|s| s == "docNumber")
    );
    assert_all_present(&r, REASONING);
    // The template has no reasoning sections: 公示制度（十二） asks for them.
    for id in REASONING {
        assert!(
            !r.elements.iter().find(|e| e.id == *id).unwrap().present,
            "{id}"
        );
    }
    let f = finding(&r, "element.missing.reasoning_discretion");
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn decision_org_broken() {
    let d = decision_org()
        // 59(五): no deadlines, no bodies.
        .replace(
            "如果不服本处罚决定，可以依法在60日内向泉州市人民政府申请行政复议，或者在6个月内依法向泉州市丰泽区人民法院提起行政诉讼",
            "如不服本决定，可以依法申请行政复议或者提起行政诉讼",
        )
        // 大写 and 小写 differ.
        .replace("（¥20000.00）", "（¥25000.00）")
        // USCC fails GB 32100.
        .replace(USCC, USCC_BAD)
        // Blank template date.
        .replace("2023年4月2日\n", "年    月    日\n")
        // No surcharge.
        .replace("，到期不缴每日按罚款数额的3%加处罚款", "");
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("penalty_decision_org"));
    for id in [
        "remedy_channels_deadlines",
        "penalty_type_amount",
        "party_identity",
        "decision_date",
        "performance_method_deadline",
    ] {
        assert!(
            r.missing.contains(&id.to_string()),
            "{id} not reported: {:?}",
            r.missing
        );
    }
    let f = finding(&r, "element.defective.remedy_channels_deadlines");
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(
        f.basis
            .as_deref()
            .map(|b| b.contains("第五十九条第一款第五项")),
        Some(true)
    );
    assert!(f.message.zh.contains("六十日") && f.message.zh.contains("六个月"));
    assert!(finding(&r, "element.defective.penalty_type_amount")
        .message
        .zh
        .contains("大写"));
    assert!(finding(&r, "element.defective.party_identity")
        .message
        .zh
        .contains("GB 32100"));
    assert!(finding(&r, "element.missing.decision_date")
        .message
        .zh
        .contains("年 月 日"));
    assert!(finding(&r, "element.defective.performance_method_deadline")
        .message
        .zh
        .contains("百分之三"));
    // Spans point into the original text.
    let e = r
        .elements
        .iter()
        .find(|e| e.id == "penalty_type_amount")
        .unwrap();
    let sp = e.span.unwrap();
    assert!(d[sp.start..sp.end].contains("贰万元整"));
}

#[test]
fn decision_without_articles_or_amount() {
    let d = decision_org()
        .replace(
            "以上行为违反了《中华人民共和国安全生产法》第三十六条第一款的规定，依据《中华人民共和国安全生产法》第九十九条第二项的规定，决定给予罚款人民币贰万元整（¥20000.00）的行政处罚。",
            "以上行为违反了安全生产有关规定，本机关依据相关法律规定，决定给予罚款的行政处罚。",
        );
    let r = v(&d);
    assert_eq!(status(&r, "legal_basis_violated"), Status::Defective);
    assert_eq!(status(&r, "legal_basis_penalty"), Status::Defective);
    assert_eq!(status(&r, "penalty_type_amount"), Status::Defective);
    assert!(finding(&r, "element.defective.penalty_type_amount")
        .message
        .zh
        .contains("数额"));
}

#[test]
fn penalty_provision_must_reach_the_item() {
    // 安全生产法第九十九条 lists eight kinds of conduct: the 项 decides which one applies.
    let d = decision_org().replace("第九十九条第二项的规定，决定", "第九十九条的规定，决定");
    let r = v(&d);
    assert_eq!(status(&r, "legal_basis_penalty"), Status::Defective);
    assert!(finding(&r, "element.defective.legal_basis_penalty")
        .message
        .zh
        .contains("项"));
}

#[test]
fn decision_with_hollow_facts_and_evidence() {
    let d = decision_org().replace(
        "2023年3月5日，本机关执法人员在你单位检查时发现，你单位二号车间除尘系统未设置泄爆装置，车间内粉尘积聚严重。上述事实有现场检查记录、询问笔录、现场照片及检测报告等证据证实。",
        "经查，你单位存在安全生产违法行为，有相关证据证实。",
    );
    let r = v(&d);
    assert!(!r.elements.iter().find(|e| e.id == "facts").unwrap().present);
    assert!(
        !r.elements
            .iter()
            .find(|e| e.id == "evidence")
            .unwrap()
            .present
    );
}

#[test]
fn review_body_after_2024() {
    let old = decision_org().replace(
        "向泉州市人民政府申请行政复议",
        "向上一级应急管理部门申请行政复议",
    );
    // Dated 2023: the old formula was still right.
    assert_eq!(
        status(&v(&old), "remedy_channels_deadlines"),
        Status::Present
    );
    let new = old
        .replace("2023年4月2日", "2024年4月2日")
        .replace("2023年3月20日", "2024年3月20日")
        .replace("2023年3月5日", "2024年3月5日");
    let r = v(&new);
    assert_eq!(status(&r, "remedy_channels_deadlines"), Status::Defective);
    let f = finding(&r, "element.defective.remedy_channels_deadlines");
    assert!(f.message.zh.contains("第二十四条"), "{}", f.message.zh);
}

#[test]
fn notice_after_decision_is_out_of_order() {
    let d = decision_org().replace("2023年3月20日", "2023年4月20日");
    let r = v(&d);
    assert_eq!(status(&r, "decision_date"), Status::Defective);
}

#[test]
fn hearing_threshold_is_configurable() {
    let d = decision_org();
    // 20000 元 < the default 30000 for a unit: no hearing needed.
    assert!(v(&d)
        .findings
        .iter()
        .all(|f| f.code != "element.hearing_not_offered"));
    let r = with(
        &d,
        r#"{"validate": {"hearingThresholds": {"orgYuan": 20000, "personYuan": 5000}}}"#,
    );
    assert_eq!(
        finding(&r, "element.hearing_not_offered").basis.as_deref(),
        Some("行政处罚法第六十三条、第六十四条")
    );
}

#[test]
fn warning_only_needs_no_payment_clause() {
    let d = decision_org()
        .replace("决定给予罚款人民币贰万元整（¥20000.00）的行政处罚", "决定给予警告的行政处罚")
        .replace("罚款自收到本决定书之日起15日内缴至泉州市财政局非税收入专户（开户行：中国工商银行泉州分行），到期不缴每日按罚款数额的3%加处罚款。\n", "");
    let r = v(&d);
    assert_eq!(status(&r, "penalty_type_amount"), Status::Present);
    assert_eq!(
        status(&r, "performance_method_deadline"),
        Status::NotApplicable
    );
    assert!(!r
        .missing
        .contains(&"performance_method_deadline".to_string()));
}

#[test]
fn a_decision_not_to_punish_is_not_a_penalty_decision() {
    let d = decision_org().replace("行政处罚决定书（单位）", "不予行政处罚决定书");
    assert_ne!(v(&d).doc_type.as_deref(), Some("penalty_decision_org"));
}

// ------------------------------------------------------------------ another province's layout

#[test]
fn decision_in_running_text_layout() {
    // Full-width indentation (　　) as typed in a word processor, kept verbatim.
    let d = [
        "福州市晋安区应急管理局",
        "行 政 处 罚 决 定 书",
        "榕晋应急罚字〔2023〕第15号",
        "",
        &format!("当事人：福州某某食品有限公司（统一社会信用代码：{USCC}），住所：福州市晋安区岳峰镇福新路10号，法定代表人：林某。"),
        "　　经查明：2023年6月12日，你单位在冷库检修时安排2名员工进入氨制冷机房作业，未进行有限空间作业审批，未配备气体检测设备。",
        "　　上述事实，有现场检查笔录、询问笔录、现场照片、视频资料等证据在案佐证。",
        "　　你单位的行为违反了《工贸企业有限空间作业安全规定》（应急管理部令第13号）第十一条第一款的规定。依照《工贸企业有限空间作业安全规定》第二十一条第一项的规定，本局决定：对你单位处以人民币肆万元整（￥40,000元）罚款。",
        "　　本局已于2023年7月3日依法告知你单位拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩、听证权利，你单位在法定期限内未提出陈述、申辩和听证申请。",
        "　　罚款请于收到本决定书之日起十五日内缴至福州市晋安区财政局指定的代收银行。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
        "　　如对本决定不服，可以自收到本决定书之日起六十日内向福州市晋安区人民政府申请行政复议；也可以自收到本决定书之日起六个月内向福州市晋安区人民法院起诉。",
        "",
        "　　　　　　　　　　　　　　　　福州市晋安区应急管理局",
        "　　　　　　　　　　　　　　　　二〇二三年七月二十日",
        "　　　　　　　　　　　　　　　　（盖章）",
    ]
    .join("\n");
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("penalty_decision_org"));
    assert_all_present(&r, REASONING);
    // Full-width digits and brackets change nothing.
    let wide: String = d
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    let w = v(&wide);
    assert_all_present(&w, REASONING);
}

// ------------------------------------------------------------------ 行政处罚决定书（个人）

fn decision_person() -> String {
    format!(
        "某县应急管理局\n行政处罚决定书\n某应急罚〔2024〕8号\n\n\
当事人：李某某    性别：男    年龄：44岁\n\
身份证号码：{ID}\n\
家庭住址：某县城关镇解放路12号\n\
一、违法事实\n\
    2024年1月9日，本局执法人员检查某某五金厂时发现，你作为该厂的安全生产管理人员，未如实记录安全生产教育和培训情况，3名新入职员工未经培训即上岗作业。\n\
二、证据\n\
    1．现场检查记录1份；\n\
    2．询问笔录2份；\n\
    3．培训记录台账复印件1份。\n\
三、处罚依据\n\
    你的上述行为违反了《中华人民共和国安全生产法》第二十五条第一款第三项的规定，依据《中华人民共和国安全生产法》第九十六条的规定，本局决定给予你罚款人民币壹万伍仟元整（15000元）的行政处罚。\n\
四、告知情况\n\
    本局于2024年2月1日向你送达了行政处罚告知书，告知了拟作出的处罚及你享有的陈述、申辩和要求听证的权利，你在法定期限内未提出陈述、申辩，也未要求听证。\n\
五、履行方式和期限\n\
    请你自收到本决定书之日起十五日内通过电子支付系统或到某县农村商业银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n\
六、救济途径\n\
    如不服本决定，可在收到本决定书之日起六十日内向某县人民政府申请行政复议，也可以在六个月内直接向某县人民法院起诉。\n\
\n\
                              某县应急管理局\n\
                              二〇二四年二月二十日\n\
                              （公章）\n"
    )
}

#[test]
fn decision_person_complete() {
    let r = v(&decision_person());
    assert_eq!(r.doc_type.as_deref(), Some("penalty_decision_person"));
    assert_all_present(&r, REASONING);
}

#[test]
fn decision_person_without_id_or_address() {
    let d = decision_person()
        .replace(&format!("身份证号码：{ID}\n"), "")
        .replace("家庭住址：某县城关镇解放路12号\n", "家庭住址：\n");
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("penalty_decision_person"));
    assert_eq!(status(&r, "party_identity"), Status::Missing);
    assert!(finding(&r, "element.missing.party_identity")
        .message
        .zh
        .contains("身份证"));
    assert_eq!(status(&r, "party_address"), Status::Missing);
}

#[test]
fn decision_person_on_one_line_with_contact_details_under_the_date() {
    // Another common layout: the party's particulars in one sentence under 被处罚人, and the
    // agency's address and telephone in brackets under the date of the decision.
    let d = decision_person()
        .replace(
            &format!("当事人：李某某    性别：男    年龄：44岁\n身份证号码：{ID}\n家庭住址：某县城关镇解放路12号\n"),
            &format!("被处罚人：李某某，男，汉族，1980年3月15日出生，身份证件号码：{ID}，现住址：某县城关镇解放路12号某小区3栋502室，联系方式：13612345678。\n"),
        )
        .replace(
            "（公章）\n",
            "（公章）\n（地址：某县人民路1号，电话：0595-22881234）\n",
        );
    assert!(d.contains("被处罚人：李某某，男") && d.contains("（地址："));
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("penalty_decision_person"));
    assert_eq!(status(&r, "party_identity"), Status::Present);
    assert_eq!(status(&r, "party_address"), Status::Present);
    assert_eq!(status(&r, "decision_date"), Status::Present);
    assert_eq!(status(&r, "seal"), Status::Present);
}

// ------------------------------------------------------------------ 当场处罚

fn on_spot(fine: &str) -> String {
    format!(
        "行政（当场）处罚决定书（个人）\n（某）应急罚当〔2024〕3号\n\n\
被处罚人：王某    性别：男    身份证号：{ID}\n\
    2024年5月6日10时20分，在某某加油站作业区，你在加油作业现场吸烟，违反了《某省安全生产条例》第二十条的规定，依据《某省安全生产条例》第五十五条的规定，决定给予罚款人民币{fine}的行政处罚。\n\
时间：2024年5月6日10时30分    地点：某某加油站\n\
罚款自收到本决定书之日起15日内缴至某县财政局指定账户，到期不缴每日按罚款数额的3%加处罚款。\n\
如不服本决定，可以在60日内向某县人民政府申请行政复议，或者在6个月内向某县人民法院提起行政诉讼。\n\
执法人员（签名）：赵某（执法证号：35000011111）、钱某（执法证号：35000022222）\n\
当事人（签名）：王某\n\
                      某县应急管理局\n\
                      2024年5月6日\n"
    )
}

#[test]
fn on_spot_within_and_beyond_article_51() {
    let ok = v(&on_spot("壹佰元整（100元）"));
    assert_eq!(ok.doc_type.as_deref(), Some("penalty_decision_on_spot"));
    assert_all_present(&ok, &[]);
    let over = v(&on_spot("伍佰元整（500元）"));
    assert_eq!(status(&over, "penalty_type_amount"), Status::Defective);
    let f = finding(&over, "element.defective.penalty_type_amount");
    assert_eq!(f.basis.as_deref(), Some("行政处罚法第五十一条"));
    assert!(f.message.zh.contains("200"));
}

#[test]
fn on_spot_time_is_the_date_of_the_decision_place_must_be_said() {
    // `处罚地点：…` with the decision dated under the signature: both there.
    let dated = on_spot("壹佰元整（100元）").replace(
        "时间：2024年5月6日10时30分    地点：某某加油站\n",
        "处罚地点：某某加油站\n",
    );
    assert!(!dated.contains("时间："));
    assert_eq!(status(&v(&dated), "time_place"), Status::Present);
    // Without a place, or without any date, the element is missing.
    let nowhere = dated.replace("处罚地点：某某加油站\n", "");
    assert_eq!(status(&v(&nowhere), "time_place"), Status::Missing);
    let undated = dated.replace("2024年5月6日\n", "    年  月  日\n");
    assert_eq!(status(&v(&undated), "time_place"), Status::Missing);
}

// ------------------------------------------------------------------ 行政处罚告知书

fn notice(rights: &str) -> String {
    format!(
        "某市应急管理局\n行政处罚告知书\n某应急罚告〔2024〕5号\n\n\
当事人：某某化工有限公司\n统一社会信用代码：{USCC}\n住所：某市经济开发区化工路1号\n\
    现查明，你单位于2024年3月2日在甲类仓库内违规储存过量甲醇，超过设计储量约6吨，且未设置可燃气体报警装置。\n\
    以上事实主要证据如下：现场检查记录、询问笔录、现场照片、仓库台账。\n\
    以上行为违反了《危险化学品安全管理条例》第二十四条第一款的规定，依据《危险化学品安全管理条例》第八十条第一款第一项的规定，拟对你单位作出罚款人民币伍万元整（50000元）的行政处罚。\n\
    {rights}\n\
\n\
                          某市应急管理局\n\
                          2024年3月20日\n\
                          （印章）\n"
    )
}

#[test]
fn notice_complete_and_with_hearing() {
    let r = v(&notice(
        "如对上述处罚有异议，根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位有权在收到本告知书之日起五个工作日内向本机关进行陈述、申辩或者要求听证，逾期视为放弃上述权利。",
    ));
    assert_eq!(r.doc_type.as_deref(), Some("penalty_notice"));
    assert_all_present(&r, &[]);
    assert!(r
        .findings
        .iter()
        .all(|f| f.code != "element.hearing_not_offered"));
}

#[test]
fn notice_rights_without_deadline_or_hearing() {
    let r = v(&notice("你单位依法享有陈述、申辩的权利。"));
    assert_eq!(status(&r, "statement_defense_rights"), Status::Defective);
    // 50000 元 ≥ 30000 元 for a unit: 第六十三条 requires the hearing right.
    assert_eq!(
        finding(&r, "element.hearing_not_offered").severity,
        Severity::Warning
    );
}

// ------------------------------------------------------------------ 听证告知书

#[test]
fn hearing_notice() {
    let d = format!(
        "某市应急管理局\n听证告知书\n某应急听告〔2024〕2号\n\n\
当事人：某某化工有限公司\n统一社会信用代码：{USCC}\n\
    现查明，你单位于2024年3月2日在甲类仓库内违规储存过量甲醇，超过设计储量约6吨。\n\
    你单位的上述行为违反了《危险化学品安全管理条例》第二十四条第一款的规定，依据《危险化学品安全管理条例》第八十条第一款第一项的规定，本局拟对你单位作出罚款人民币伍万元整的行政处罚。\n\
    根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你单位有权要求举行听证。如要求听证，应当在收到本告知书之日起五日内向本局提出，逾期视为放弃听证权利。\n\
                          某市应急管理局\n                          2024年3月20日\n                          （印章）\n"
    );
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("hearing_notice"));
    assert_all_present(&r, &[]);
    let broken = d.replace(
        "如要求听证，应当在收到本告知书之日起五日内向本局提出，逾期视为放弃听证权利。",
        "",
    );
    assert_eq!(status(&v(&broken), "hearing_rights"), Status::Defective);
    // Several penalties listed inline after a colon, one per `；`.
    let listed = d.replace(
        "本局拟对你单位作出罚款人民币伍万元整的行政处罚。",
        "本局拟对你单位作出以下行政处罚：1.责令停止储存活动；2.没收超量储存的甲醇；3.处罚款人民币伍万元整。",
    );
    assert!(listed.contains("3.处罚款"));
    assert_eq!(status(&v(&listed), "penalty_type_amount"), Status::Present);
}

// ------------------------------------------------------------------ 责令限期整改指令书

fn order(deadline: &str) -> String {
    format!(
        "某县应急管理局\n责令限期整改指令书\n（某）应急责改〔2024〕17号\n\n\
被检查单位：某某纺织有限公司\n\
    经查，你单位存在下列问题：\n\
    1．织布车间安全出口被锁闭；\n\
    2．配电房未配备绝缘手套。\n\
    依据《中华人民共和国安全生产法》第六十五条第一款第二项的规定，现责令你单位对上述第1、2项问题{deadline}，达到有关法律法规规章和标准规定的要求。\n\
    如果不服本指令，可以依法在60日内向某县人民政府申请行政复议，或者在6个月内依法向某县人民法院提起行政诉讼，但本指令不停止执行。\n\
安全生产监管行政执法人员（签名）：孙某  证号：35000033333\n\
                                  李某  证号：35000044444\n\
被检查单位负责人（签名）：周某    2024年6月3日\n\
                       某县应急管理局（印章）\n\
                       2024年6月3日\n"
    )
}

#[test]
fn rectification_order_complete_and_vague() {
    let r = v(&order("于2024年6月20日前整改完毕"));
    assert_eq!(r.doc_type.as_deref(), Some("rectification_order"));
    assert_all_present(&r, &[]);
    let vague = v(&order("限期整改"));
    assert_eq!(status(&vague, "rectification_deadline"), Status::Defective);
    let past = v(&order("于2024年5月20日前整改完毕"));
    assert_eq!(status(&past, "rectification_deadline"), Status::Defective);
    // One officer only: 行政处罚法第四十二条 needs two.
    let one = order("于2024年6月20日前整改完毕").replace("李某  证号：35000044444\n", "");
    assert_eq!(status(&v(&one), "officer_info"), Status::Defective);
}

// ------------------------------------------------------------------ 整改复查意见书

#[test]
fn rectification_review() {
    let d = "某县应急管理局\n整改复查意见书\n（某）应急复查〔2024〕4号\n\n\
被复查单位：某某纺织有限公司\n\
    本机关于2024年6月3日作出了责令限期整改的决定[（某）应急责改〔2024〕17号]，经对你单位整改情况进行复查，提出如下意见：\n\
    1．织布车间安全出口已打开，整改合格；\n\
    2．配电房仍未配备绝缘手套，未整改合格，将依法予以处理。\n\
被复查单位负责人（签名）：周某\n\
执法人员（签名）：孙某（证号：35000033333）、李某（证号：35000044444）\n\
                       某县应急管理局\n                       2024年6月21日\n                       （印章）\n";
    let r = v(d);
    assert_eq!(r.doc_type.as_deref(), Some("rectification_review"));
    assert_all_present(&r, &[]);
}

// ------------------------------------------------------------------ 现场检查记录

fn inspection(time: &str) -> String {
    format!(
        "安全生产行政执法文书\n现场检查记录\n（某）应急检记〔2024〕30号\n\n\
被检查单位：某某鞋业有限公司    地址：某县工业园区2号\n\
法定代表人（负责人）：吴某    职务：总经理    联系电话：0595-80000000\n\
检查场所：成型车间、原料仓库\n\
检查时间：{time}\n\
    我们是某县应急管理局行政执法人员郑某、王某，证件号码为35000055555、35000066666，这是我们的证件（出示证件）。现依法对你单位进行现场检查，请予以配合。\n\
检查情况：\n\
    1．原料仓库内胶水与成品混放；\n\
    2．成型车间灭火器压力不足。现场已责令立即整改。\n\
检查人员（签名）：郑某、王某\n\
被检查单位现场负责人（签名）：吴某\n\
                        2024年7月1日\n"
    )
}

#[test]
fn inspection_record_complete_and_blank_time() {
    let r = v(&inspection("2024年7月1日9时30分至2024年7月1日11时00分"));
    assert_eq!(r.doc_type.as_deref(), Some("inspection_record"));
    assert_all_present(&r, &[]);
    let blank = v(&inspection(
        "    年  月  日  时  分至    年  月  日  时  分",
    ));
    assert_eq!(status(&blank, "inspection_time"), Status::Missing);
    let unsigned = inspection("2024年7月1日9时30分至11时00分").replace(
        "被检查单位现场负责人（签名）：吴某\n",
        "被检查单位现场负责人（签名）：\n",
    );
    let u = v(&unsigned);
    assert_eq!(status(&u, "party_signature"), Status::Missing);
    // Several officers' numbers given at once (`证件号码分别为…、…`).
    let both = inspection("2024年7月1日9时30分至11时00分").replace("证件号码为", "证件号码分别为");
    assert!(both.contains("分别为35000055555"));
    assert_eq!(status(&v(&both), "officer_info"), Status::Present);
    assert_eq!(
        finding(&u, "element.missing.party_signature")
            .basis
            .as_deref(),
        Some("安全生产法第六十八条")
    );
}

// ------------------------------------------------------------------ 询问笔录

#[test]
fn inquiry_record() {
    let d = format!(
        "询问笔录\n\n询问时间：2024年7月2日14时00分至15时10分\n询问地点：某县应急管理局询问室\n\
询问人：郑某    执法证号：35000055555\n记录人：王某    执法证号：35000066666\n\
被询问人：陈某    性别：男    身份证号码：{ID}\n工作单位：某某鞋业有限公司    职务：仓库主管\n\
问：我们是某县应急管理局的执法人员，这是我们的执法证件。你应当如实回答询问，如认为我们与本案有利害关系，可以申请回避，听清楚了吗？\n\
答：听清楚了，不申请回避。\n\
问：仓库内胶水为何与成品混放？\n答：仓库空间不足，临时堆放。\n\
被询问人：以上笔录我已看过，和我说的一样。\n\
被询问人（签名）：陈某    2024年7月2日\n"
    );
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("inquiry_record"));
    assert_all_present(&r, &[]);
    let broken = d
        .replace("以上笔录我已看过，和我说的一样。", "")
        .replace("被询问人（签名）：陈某    2024年7月2日\n", "");
    let b = v(&broken);
    assert_eq!(status(&b, "interviewee_confirmation"), Status::Missing);
    assert_eq!(status(&b, "interviewee_signature"), Status::Missing);
}

// ------------------------------------------------------------------ 查封扣押决定书

fn seizure(term: &str) -> String {
    format!(
        "某市应急管理局\n查封扣押决定书\n某应急查扣〔2024〕6号\n\n\
当事人：某某化工有限公司\n统一社会信用代码：{USCC}\n地址：某市经济开发区化工路1号\n\
    2024年3月2日，本局执法人员检查时发现，你单位在未取得危险化学品经营许可证的情况下，在租用的民房内储存甲醇40桶。以上事实有现场检查记录、询问笔录、现场照片等证据证实。\n\
    根据《中华人民共和国安全生产法》第六十五条第一款第四项和《中华人民共和国行政强制法》第二十四条的规定，本局决定对你单位的下列财物予以扣押：\n\
    1．甲醇40桶（每桶200升）。\n\
    （详见查封扣押物品清单）\n\
    {term}\n\
    如不服本决定，可以在收到本决定书之日起六十日内向某市人民政府申请行政复议，或者在六个月内向某市某区人民法院提起行政诉讼。\n\
                          某市应急管理局\n                          2024年3月2日\n                          （印章）\n"
    )
}

#[test]
fn seizure_term_within_article_25() {
    let r = v(&seizure(
        "扣押期限为三十日，自2024年3月2日起至2024年3月31日止。",
    ));
    assert_eq!(r.doc_type.as_deref(), Some("seizure_decision"));
    assert_all_present(&r, REASONING);
    let long = v(&seizure(
        "扣押期限为四十五日，自2024年3月2日起至2024年4月15日止。",
    ));
    assert_eq!(status(&long, "seizure_term"), Status::Defective);
    assert!(finding(&long, "element.defective.seizure_term")
        .message
        .zh
        .contains("三十日"));
    let no_list = v(
        &seizure("扣押期限为三十日，自2024年3月2日起至2024年3月31日止。")
            .replace("（详见查封扣押物品清单）\n", ""),
    );
    assert_eq!(
        finding(&no_list, "element.seizure_list_missing").severity,
        Severity::Warning
    );
    let open = v(&seizure("扣押期限另行通知。"));
    assert!(
        !open
            .elements
            .iter()
            .find(|e| e.id == "seizure_term")
            .unwrap()
            .present
    );
}

#[test]
fn seizure_list() {
    let d = "查封（扣押）物品清单\n\n当事人：某某化工有限公司\n本清单系某应急查扣〔2024〕6号查封扣押决定书的附件。\n\
编号\t名称\t规格（型号）或者地址\t单位\t数量\t备注\n1\t甲醇\t200升/桶\t桶\t40\t\n\
当事人（签名或者盖章）：陈某    2024年3月2日\n\
执法人员（签名）：孙某（证号：35000033333）、李某（证号：35000044444）\n\
日期：2024年3月2日\n";
    let r = v(d);
    assert_eq!(r.doc_type.as_deref(), Some("seizure_list"));
    assert_all_present(&r, &[]);
    let unsigned = v(&d.replace("当事人（签名或者盖章）：陈某    2024年3月2日\n", ""));
    assert_eq!(status(&unsigned, "party_signature"), Status::Missing);
}

// ------------------------------------------------------------------ 强制措施 / 催告 / 强制执行 / 送达

#[test]
fn compulsory_measure_decision() {
    let d = format!(
        "某县应急管理局\n现场处理措施决定书\n（某）应急现决〔2024〕2号\n\n\
被检查单位：某某矿业有限公司\n统一社会信用代码：{USCC}\n地址：某县某镇矿区路3号\n\
    2024年4月8日，本局执法人员检查时发现，你单位井下二号采区通风系统失效，瓦斯浓度超限，存在重大事故隐患。\n\
    依据《中华人民共和国安全生产法》第六十五条第一款第三项的规定，现作出如下现场处理决定：责令立即从二号采区撤出作业人员，暂时停止二号采区作业，重大事故隐患排除后，经审查同意，方可恢复作业。\n\
    如不服本决定，可以在六十日内向某县人民政府申请行政复议，或者在六个月内向某县人民法院提起行政诉讼。\n\
                          某县应急管理局\n                          2024年4月8日\n                          （印章）\n"
    );
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("compulsory_measure_decision"));
    assert_all_present(&r, &[]);
}

#[test]
fn enforcement_reminder() {
    let d = format!(
        "某县应急管理局\n催告书\n（某）应急执行催告〔2024〕1号\n\n\
当事人：某某纺织有限公司\n统一社会信用代码：{USCC}\n\
    本局于2024年3月1日作出（某）应急罚〔2024〕9号行政处罚决定书，对你单位处以罚款人民币30000元。你单位至今未履行缴纳罚款的义务，依据《中华人民共和国行政强制法》第三十五条、第四十五条的规定，现催告你单位自收到本催告书之日起十日内，将罚款人民币30000元及加处罚款人民币30000元缴至某县财政局指定账户。\n\
    你单位依法享有陈述权和申辩权，可在收到本催告书之日起三日内向本局提出。逾期仍不履行的，本局将依法申请人民法院强制执行。\n\
                          某县应急管理局\n                          2024年5月10日\n                          （印章）\n"
    );
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("enforcement_reminder"));
    assert_all_present(&r, &[]);
    let no_rights = v(&d.replace(
        "你单位依法享有陈述权和申辩权，可在收到本催告书之日起三日内向本局提出。",
        "",
    ));
    assert_eq!(
        status(&no_rights, "statement_defense_rights"),
        Status::Missing
    );
    assert_eq!(
        finding(&no_rights, "element.missing.statement_defense_rights")
            .basis
            .as_deref(),
        Some("行政强制法第三十五条第四项、第三十六条")
    );
}

#[test]
fn enforcement_decision() {
    let d = format!(
        "某县应急管理局\n强制执行决定书\n（某）应急强执〔2024〕1号\n\n\
当事人：某某纺织有限公司\n统一社会信用代码：{USCC}\n住所：某县工业园区5号\n\
    本局于2024年3月1日作出（某）应急罚〔2024〕9号行政处罚决定书，于2024年5月10日送达催告书，你单位在催告期限届满后仍未履行缴纳罚款的义务。\n\
    依据《中华人民共和国行政强制法》第三十七条的规定，本局决定自2024年6月1日起划拨你单位存款人民币60000元。\n\
    如不服本决定，可以在六十日内向某县人民政府申请行政复议，或者在六个月内向某县人民法院提起行政诉讼。\n\
                          某县应急管理局\n                          2024年5月25日\n                          （印章）\n"
    );
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("enforcement_decision"));
    assert_all_present(&r, &[]);
}

#[test]
fn service_receipt() {
    let d = "送达回执\n\n送达文书名称及文号：行政处罚决定书（某）应急罚〔2024〕9号\n受送达人：某某纺织有限公司\n\
送达地点：某县工业园区5号\n送达时间：2024年3月2日\n送达方式：直接送达\n\
受送达人（签名或盖章）：周某    2024年3月2日\n送达人：孙某、李某\n";
    let r = v(d);
    assert_eq!(r.doc_type.as_deref(), Some("service_receipt"));
    assert_all_present(&r, &[]);
    let refused = d.replace(
        "受送达人（签名或盖章）：周某    2024年3月2日\n",
        "受送达人（签名或盖章）：\n",
    );
    assert_eq!(status(&v(&refused), "recipient_signature"), Status::Missing);
}

// ------------------------------------------------------------------ 公示摘要

#[test]
fn publication_summary_in_other_words() {
    let d = "行政处罚结果公示\n\n行政处罚决定书文号：（某）应急罚〔2024〕9号\n处罚机关：某县应急管理局\n\
行政相对人名称：某某纺织有限公司\n执法类别：行政处罚\n处罚决定日期：2024年3月1日\n处罚内容：罚款人民币30000元\n";
    let r = v(d);
    assert_eq!(r.doc_type.as_deref(), Some("publication_summary"));
    assert_all_present(&r, &[]);
    let bad = v(&d
        .replace("2024年3月1日", "2024年2月30日")
        .replace("处罚内容：罚款人民币30000元\n", "处罚内容：\n"));
    assert_eq!(status(&bad, "enforcement_date"), Status::Defective);
    assert_eq!(status(&bad, "enforcement_conclusion"), Status::Missing);
    assert!(bad
        .findings
        .iter()
        .any(|f| f.code == "element.invalid_date"));
}

// ------------------------------------------------------------------ detection, options, output

#[test]
fn detection_from_number_alone_and_option() {
    // No title: the 文号 code 责改 still names the type.
    let d = order("于2024年6月20日前整改完毕").replace("某县应急管理局\n责令限期整改指令书\n", "");
    let r = v(&d);
    assert_eq!(r.doc_type.as_deref(), Some("rectification_order"));
    assert!(r.detection.as_ref().unwrap().confidence < 0.9);
    let forced = with(&d, r#"{"docType": "inspection_record"}"#);
    assert_eq!(forced.doc_type.as_deref(), Some("inspection_record"));
    assert_eq!(forced.detection.as_ref().unwrap().confidence, 1.0);
    let unknown = with(&d, r#"{"docType": "no_such_type"}"#);
    assert!(unknown
        .findings
        .iter()
        .any(|f| f.code == "validate.unknown_doc_type"));
    let nothing = v("今天天气很好。");
    assert!(nothing.doc_type.is_none());
    assert!(nothing
        .findings
        .iter()
        .any(|f| f.code == "validate.doc_type_unknown"));
}

#[test]
fn custom_doc_type_and_override() {
    let d = "某县应急管理局\n行政许可决定书\n\n申请人：某某化工有限公司\n许可事项：危险化学品经营许可\n有效期：三年\n";
    let opts = r#"{"validate": {"docTypes": [{"id": "license_decision", "label": {"zh": "行政许可决定书", "en": "Licence decision"},
        "titles": ["行政许可决定书"], "elements": [
            {"id": "license_item", "label": "许可事项", "check": "labeled_value", "cues": ["许可事项"], "requirement": "statutory", "basis": "行政许可法第三十八条"},
            {"id": "validity", "label": "有效期", "check": "labeled_value", "cues": ["有效期"]},
            {"id": "seal", "label": "印章", "check": "seal", "requirement": "statutory", "basis": "行政许可法第三十九条"}]}]}}"#;
    let r = with(d, opts);
    assert_eq!(r.doc_type.as_deref(), Some("license_decision"));
    assert_eq!(r.missing, vec!["seal".to_string()]);
    assert_eq!(
        finding(&r, "element.missing.seal").severity,
        Severity::Error
    );
    // Downgrade the seal to a template element for every type.
    let r2 = with(
        d,
        &opts.replace(
            "\"requirement\": \"statutory\", \"basis\": \"行政许可法第三十九条\"",
            "\"requirement\": \"template\"",
        ),
    );
    assert_eq!(
        finding(&r2, "element.missing.seal").severity,
        Severity::Warning
    );
    let bad = Options::from_json(r#"{"validate": {"docTypess": []}}"#).unwrap_err();
    assert!(bad.message.en.starts_with(
        r#"Invalid option validate: unknown key "docTypess" (expected one of: docTypes, "#
    ));
}

#[test]
fn checklist_and_rulebook() {
    let r = v(&order("限期整改"));
    let zh = checklist(&r, Lang::Zh);
    assert!(zh.contains("✗ 整改期限"), "{zh}");
    assert!(zh.contains("✓ 文书编号"), "{zh}");
    assert!(zh.contains("安全生产法第六十五条第一款第二项"));
    let en = checklist(&r, Lang::En);
    assert!(en.contains("✗ Deadline for rectification"), "{en}");
    let info = rulebook_info();
    assert!(!info.version.is_empty());
    assert!(info.sources.iter().any(|s| s.title.contains("行政处罚法")));
    let ids: Vec<&str> = info.doc_types.iter().map(|t| t.id.as_str()).collect();
    for id in [
        "penalty_decision_org",
        "penalty_decision_person",
        "penalty_decision_on_spot",
        "penalty_notice",
        "hearing_notice",
        "rectification_order",
        "rectification_review",
        "inspection_record",
        "inquiry_record",
        "seizure_decision",
        "seizure_list",
        "compulsory_measure_decision",
        "enforcement_reminder",
        "enforcement_decision",
        "service_receipt",
        "publication_summary",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    let json = serde_json::to_value(&info).unwrap();
    assert!(json["docTypes"][0]["elements"][0]["requirement"].is_string());
}

#[test]
fn utf16_spans_and_odd_input() {
    use gongshi::{MapSpans, Units};
    let d = format!("😀{}", decision_org());
    let mut r = v(&d);
    let e = r
        .elements
        .iter()
        .find(|e| e.id == "doc_number")
        .unwrap()
        .clone();
    let sp = e.span.unwrap();
    assert_eq!(&d[sp.start..sp.end], "（泉）应急罚〔2023〕12号");
    r.convert_spans(&d, Units::Utf16);
    let u16: Vec<u16> = d.encode_utf16().collect();
    let e = r.elements.iter().find(|e| e.id == "doc_number").unwrap();
    let sp = e.span.unwrap();
    assert_eq!(
        String::from_utf16_lossy(&u16[sp.start..sp.end]),
        "（泉）应急罚〔2023〕12号"
    );
    for t in [
        "",
        "\n\n",
        "：：：",
        "一、\n（一）\n1.",
        "年 月 日",
        "〔〕号",
        &"行政处罚决定书\n".repeat(2000),
    ] {
        let _ = v(t);
    }
}

#[test]
fn random_documents_never_panic() {
    // Fragments of real documents glued at random: headings, labels, dates, numbers, brackets.
    const PARTS: &[&str] = &[
        "行政处罚决定书",
        "责令限期整改指令书",
        "现场检查记录",
        "\n",
        "\n　　",
        "一、",
        "（一）",
        "1．",
        "：",
        ":",
        "\t",
        "被处罚单位",
        "统一社会信用代码",
        USCC,
        ID,
        "住所",
        "经查，",
        "违反了《中华人民共和国安全生产法》第九十九条",
        "依据",
        "第（五）项",
        "的规定，",
        "决定给予",
        "罚款人民币",
        "贰万元整",
        "（¥20000.00）",
        "15日内",
        "缴至",
        "加处罚款3%",
        "六十日内",
        "申请行政复议",
        "六个月内",
        "人民法院",
        "提起行政诉讼",
        "（印章）",
        "年  月  日",
        "2024年2月30日",
        "二〇二四年三月一日",
        "〔2024〕",
        "应急罚",
        "号",
        "第",
        "某市应急管理局",
        "𠮷",
        "😀",
        "\u{200b}",
        "１２３",
        "签名",
        "执法证号",
        "35000011111",
        "检查时间",
        "至",
        "时",
        "分",
        "告知书",
        "陈述",
        "申辩",
        "听证",
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..3000 {
        let mut doc = String::new();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = (x % 60) as usize;
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            doc.push_str(PARTS[(x % PARTS.len() as u64) as usize]);
        }
        let r = v(&doc);
        for e in &r.elements {
            if let Some(sp) = e.span {
                assert!(
                    doc.is_char_boundary(sp.start)
                        && doc.is_char_boundary(sp.end)
                        && sp.start <= sp.end
                );
            }
        }
        let _ = checklist(&r, Lang::En);
    }
}

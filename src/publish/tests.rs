use super::*;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

const ORG_DECISION: &str = "泉州市丰泽区应急管理局
行政处罚决定书
泉丰应急罚〔2024〕88号

被处罚单位：泉州市某某机械制造有限公司
统一社会信用代码：91350503MA2Y4C7E3K
住所：泉州市丰泽区东海街道某某路8号
法定代表人：陈某　　职务：总经理
一、违法事实
　　2024年8月12日，本局执法人员检查时发现，你单位未为从业人员提供符合国家标准的劳动防护用品。
二、证据
　　1．现场检查记录1份；
三、处罚依据
　　你单位的上述行为违反了《中华人民共和国安全生产法》第四十五条的规定，依据《中华人民共和国安全生产法》第九十九条第（五）项的规定，应当予以行政处罚。
四、处罚决定
　　本局决定对你单位作出如下行政处罚：罚款人民币叁万元整（￥30000元）。
五、履行方式和期限
　　请你单位自收到本决定书之日起15日内缴纳罚款。
六、权利告知
　　如不服本处罚决定，可以在收到本决定书之日起60日内申请行政复议，或者在6个月内提起行政诉讼。

　　　　　　　　　　　　　　　　泉州市丰泽区应急管理局
　　　　　　　　　　　　　　　　2024年9月27日
　　　　　　　　　　　　　　　　（印章）
";

fn person_decision(id: &str) -> String {
    format!(
        "仙游县应急管理局
行政处罚决定书
仙应急罚〔2024〕360号

当事人：黄某敏
性别：女　　居民身份证号码：{id}
家庭住址：莆田市仙游县某某街道某某路187号
一、违法事实
　　你作为某公司的安全主任，未履行安全生产管理职责。
二、处罚决定
　　本局决定对你作出如下行政处罚：罚款人民币壹万捌仟贰佰元整（￥18200元）。

　　　　　　　　　　　　　　仙游县应急管理局
　　　　　　　　　　　　　　二〇二四年九月二十七日
　　　　　　　　　　　　　　（印章）
"
    )
}

fn field<'a>(p: &'a Publication, id: &str) -> Option<&'a str> {
    p.fields
        .iter()
        .find(|f| f.id == id)
        .and_then(|f| f.value.as_deref())
}

fn codes(p: &Publication) -> Vec<&str> {
    p.findings.iter().map(|f| f.code.as_str()).collect()
}

fn run_text(text: &str, opts: &Options) -> Publication {
    publication(text, opts).unwrap()
}

#[test]
fn decision_fields_and_summary() {
    let p = run_text(ORG_DECISION, &Options::default());
    assert!(p.supported);
    assert_eq!(p.source, SourceKind::Decision);
    assert_eq!(field(&p, "doc_number"), Some("泉丰应急罚〔2024〕88号"));
    assert_eq!(
        field(&p, "enforcement_subject"),
        Some("泉州市丰泽区应急管理局")
    );
    assert_eq!(
        field(&p, "enforcement_target"),
        Some("泉州市某某机械制造有限公司")
    );
    assert_eq!(field(&p, "enforcement_date"), Some("2024年9月27日"));
    assert_eq!(
        field(&p, "enforcement_conclusion"),
        Some("罚款人民币叁万元整（￥30000元）")
    );
    assert_eq!(p.category, Some(Category::Penalty));
    assert_eq!(p.party.kind, PartyKind::Organisation);
    let s = p.summary_text.as_deref().unwrap();
    assert!(s.contains("决定书文号：泉丰应急罚〔2024〕88号\n"), "{s}");
    assert!(s.contains("执法类别：行政处罚\n"));
    assert!(s.contains("公示期限：自公开之日起5年"));
    // Spans point at the original text.
    let f = p.fields.iter().find(|f| f.id == "doc_number").unwrap();
    let sp = f.span.unwrap();
    assert_eq!(&ORG_DECISION[sp.start..sp.end], "泉丰应急罚〔2024〕88号");
    assert!(p.may_publish, "{:?}", codes(&p));
}

#[test]
fn deadline_around_national_day() {
    // Decided Friday 27 September 2024: 7 working days end on Saturday 12 October (调休).
    let p = run_text(ORG_DECISION, &Options::default());
    let duty = p.deadline.as_ref().unwrap();
    assert_eq!(duty.deadline.date, d("2024-10-12"));
    assert!(duty.deadline.certain);
    assert_eq!(duty.met, None);
    assert!(codes(&p).contains(&"publication.deadline"));

    let late = Options {
        publication_date: Some(d("2024-10-14")),
        ..Options::default()
    };
    let p = run_text(ORG_DECISION, &late);
    assert_eq!(p.deadline.as_ref().unwrap().met, Some(false));
    assert!(codes(&p).contains(&"publication.deadline.missed"));

    let on_time = Options {
        publication_date: Some(d("2024-10-12")),
        ..Options::default()
    };
    let p = run_text(ORG_DECISION, &on_time);
    assert_eq!(p.deadline.as_ref().unwrap().met, Some(true));

    let early = Options {
        publication_date: Some(d("2024-09-20")),
        ..Options::default()
    };
    assert!(codes(&run_text(ORG_DECISION, &early)).contains(&"publication.date.before_decision"));
}

#[test]
fn decision_date_override_and_other_decisions() {
    let opts = Options {
        decision_date: Some(d("2025-01-24")),
        ..Options::default()
    };
    let p = run_text(ORG_DECISION, &opts);
    assert_eq!(p.deadline.unwrap().deadline.date, d("2025-02-10"));

    // A rectification order is an "other" decision: 20 working days.
    let order = ORG_DECISION
        .replace("行政处罚决定书", "责令限期整改指令书")
        .replace("泉丰应急罚〔2024〕88号", "泉丰应急责改〔2024〕88号");
    let p = run_text(&order, &Options::default());
    assert_eq!(p.category, Some(Category::Inspection));
    assert_eq!(p.deadline.unwrap().deadline.date, d("2024-10-30"));
}

#[test]
fn spring_festival_2026() {
    let text = ORG_DECISION.replace("2024年9月27日", "2026年2月13日");
    let p = run_text(&text, &Options::default());
    assert_eq!(p.deadline.unwrap().deadline.date, d("2026-03-02"));
}

#[test]
fn beyond_the_calendar_is_flagged_uncertain() {
    let text = ORG_DECISION.replace("2024年9月27日", "2026年12月28日");
    let p = run_text(&text, &Options::default());
    let dl = p.deadline.unwrap().deadline;
    assert!(!dl.certain);
    assert_eq!(dl.date, d("2027-01-06"));
    assert!(dl.explanation.zh.contains("仅扣除周末估算"));
}

#[test]
fn minor_turning_18_the_day_after_the_decision() {
    // Born 2006-09-28: 17 on the decision date 2024-09-27.
    let text = person_decision("350503200609280018");
    let p = run_text(&text, &Options::default());
    assert_eq!(p.party.kind, PartyKind::Person);
    assert_eq!(p.party.minor, Some(true));
    let age = p.party.age.unwrap();
    assert_eq!(
        (age.min, age.max, age.source),
        (17, 17, AgeSource::IdNumber)
    );
    let f = p
        .findings
        .iter()
        .find(|f| f.code == "publication.exclusion.minor")
        .expect("minor finding");
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.basis.as_deref(), Some("公示制度（三）1"));
    assert!(f
        .suggestion
        .as_ref()
        .unwrap()
        .zh
        .contains("司法行政部门备案"));
    let sp = f.span.unwrap();
    assert_eq!(&text[sp.start..sp.end], "350503200609280018");
    // The message does not repeat the ID or the birth date.
    assert!(!f.message.zh.contains("2006"));
    assert!(!p.may_publish);
}

#[test]
fn adult_on_the_18th_birthday() {
    // Born 2006-09-27: 18 on the decision date.
    let p = run_text(&person_decision("350503200609270012"), &Options::default());
    assert_eq!(p.party.minor, Some(false));
    assert!(!codes(&p).contains(&"publication.exclusion.minor"));
    assert!(p.may_publish, "{:?}", codes(&p));
}

#[test]
fn the_summary_is_built_from_the_masked_text() {
    let text = person_decision("350503198503120016").replace(
        "当事人：黄某敏",
        "当事人：黄某敏（身份证号码：350503198503120016）",
    );
    let p = run_text(&text, &Options::default());
    let s = p.summary_text.unwrap();
    assert!(!s.contains("350503198503120016"), "{s}");
    assert!(s.contains("执法对象：黄某敏\n"), "{s}");
    // A natural person: 2 years.
    assert!(s.contains("公示期限：自公开之日起2年"));
    assert_eq!(p.period.unwrap().years, 2);
}

#[test]
fn stated_age_and_birth_month() {
    let text = person_decision("350503198503120016").replace(
        "性别：女　　居民身份证号码：350503198503120016",
        "性别：女　　年龄：16岁",
    );
    let p = run_text(&text, &Options::default());
    assert_eq!(p.party.minor, Some(true));
    assert_eq!(p.party.age.unwrap().source, AgeSource::StatedAge);

    // Born in September 2006: 17 or 18 on 27 September 2024, so it must be checked.
    let text = person_decision("350503198503120016").replace(
        "性别：女　　居民身份证号码：350503198503120016",
        "性别：女　　出生年月：2006年9月",
    );
    let p = run_text(&text, &Options::default());
    assert_eq!(p.party.minor, None);
    assert!(codes(&p).contains(&"publication.exclusion.minor_possible"));
    // The officer's answer settles it.
    let opts = Options {
        exclusions: Some(ExclusionAnswers {
            minor: Some(false),
            ..Default::default()
        }),
        ..Options::default()
    };
    let p = run_text(&text, &opts);
    assert!(!codes(&p).contains(&"publication.exclusion.minor_possible"));
}

#[test]
fn periods_and_take_down_dates() {
    let opts = Options {
        publication_date: Some(d("2024-10-10")),
        ..Options::default()
    };
    let p = run_text(ORG_DECISION, &opts);
    let period = p.period.unwrap();
    assert_eq!(period.years, 5);
    assert!(!period.natural_person);
    assert_eq!(period.last_day, Some(d("2029-10-10")));
    assert_eq!(period.take_down_date, Some(d("2029-10-11")));

    let opts = Options {
        publication_date: Some(d("2024-02-29")),
        decision_date: Some(d("2024-02-26")),
        ..Options::default()
    };
    let p = run_text(&person_decision("350503198503120016"), &opts);
    let period = p.period.unwrap();
    assert_eq!(period.years, 2);
    assert!(period.natural_person);
    assert_eq!(period.last_day, Some(d("2026-02-28")));
    assert_eq!(period.take_down_date, Some(d("2026-03-01")));

    // The caller can settle the party kind.
    let opts = Options {
        party_kind: Some(PartyKind::Person),
        ..Options::default()
    };
    assert_eq!(run_text(ORG_DECISION, &opts).period.unwrap().years, 2);
}

#[test]
fn withdrawal_and_test_results() {
    let opts = Options {
        revocation_date: Some(d("2024-09-27")),
        withdrawal_date: Some(d("2024-10-09")),
        test_results_date: Some(d("2025-01-24")),
        ..Options::default()
    };
    let p = run_text(ORG_DECISION, &opts);
    // 3 working days after Friday 27 Sep 2024: Sun 29 (调休), Mon 30, Tue 8 Oct.
    let w = p.withdrawal.clone().unwrap();
    assert_eq!(w.deadline.date, d("2024-10-08"));
    assert_eq!(w.met, Some(false));
    assert!(codes(&p).contains(&"publication.withdrawal.missed"));
    // 3 working days after Friday 24 Jan 2025: Sun 26 (调休), Mon 27, Wed 5 Feb.
    assert_eq!(p.test_results.unwrap().deadline.date, d("2025-02-05"));
}

const SUMMARY: &str = "行政处罚决定信息公开
索引号：QZ50503-0300-2024-00001　　发布机构：泉州市应急管理局
公开日期：2024-10-14

决定书文号：泉应急罚〔2024〕12号
执法主体：泉州市应急管理局
执法对象：福建某某建材有限公司（统一社会信用代码：91350100MA2XXXXX0X）
执法类别：行政处罚
执法日期：2024年9月27日
执法结论：罚款人民币12000元
公示期限：自公开之日起5年
";

#[test]
fn a_complete_summary() {
    let p = run_text(SUMMARY, &Options::default());
    assert_eq!(p.source, SourceKind::Summary);
    assert_eq!(
        field(&p, "enforcement_target"),
        Some("福建某某建材有限公司")
    );
    assert_eq!(field(&p, "enforcement_date"), Some("2024年9月27日"));
    assert_eq!(p.publication_date, Some(d("2024-10-14")));
    // Published Monday 14 October, after the deadline of Saturday 12 October.
    assert!(codes(&p).contains(&"publication.deadline.missed"));
    assert!(!codes(&p)
        .iter()
        .any(|c| c.starts_with("publication.summary")));
    assert_eq!(p.period.as_ref().unwrap().stated_years, Some(5));
    assert_eq!(
        p.period.as_ref().unwrap().take_down_date,
        Some(d("2029-10-15"))
    );
    assert!(p.summary_text.is_none());
}

#[test]
fn summary_missing_fields_block() {
    let text = SUMMARY
        .replace("执法主体：泉州市应急管理局\n", "")
        .replace("执法类别：行政处罚\n", "");
    let p = run_text(&text, &Options::default());
    assert_eq!(p.source, SourceKind::Summary);
    let c = codes(&p);
    assert!(c.contains(&"publication.summary.missing.enforcement_subject"));
    assert!(c.contains(&"publication.summary.missing.enforcement_category"));
    assert!(!c.contains(&"publication.summary.missing.doc_number"));
    assert!(!p.may_publish);
}

#[test]
fn summary_period_for_a_natural_person() {
    let text = SUMMARY.replace(
        "福建某某建材有限公司（统一社会信用代码：91350100MA2XXXXX0X）",
        "刘某涛（身份证号码：350503198503120016）",
    );
    let p = run_text(&text, &Options::default());
    assert_eq!(p.party.kind, PartyKind::Person);
    assert!(codes(&p).contains(&"publication.period.mismatch"));
    assert_eq!(p.period.unwrap().years, 2);
}

#[test]
fn full_text_required_for_licences_and_expropriation() {
    let text = SUMMARY
        .replace("执法类别：行政处罚", "执法类别：行政许可")
        .replace("执法结论：罚款人民币12000元", "执法结论：准予行政许可");
    let p = run_text(&text, &Options::default());
    assert!(p.full_text_required);
    let f = p
        .findings
        .iter()
        .find(|f| f.code == "publication.full_text_required")
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(!p.may_publish);

    // A refusal is not covered.
    let text = text.replace("准予行政许可", "不予行政许可");
    assert!(!run_text(&text, &Options::default()).full_text_required);

    let text = SUMMARY.replace("执法类别：行政处罚", "执法类别：行政征收");
    assert!(run_text(&text, &Options::default()).full_text_required);
}

#[test]
fn a_written_summary_is_checked_against_the_decision() {
    let written = "决定书文号：泉丰应急罚〔2024〕88号
执法主体：泉州市丰泽区应急管理局
执法对象：泉州市某某机械制造有限公司
执法类别：行政处罚
执法日期：2024年9月26日
执法结论：罚款人民币30000元";
    let opts = Options {
        publication_summary: Some(written.into()),
        ..Options::default()
    };
    let c: Vec<String> = run_text(ORG_DECISION, &opts)
        .findings
        .into_iter()
        .map(|f| f.code)
        .collect();
    assert!(c.contains(&"publication.summary.mismatch.enforcement_date".to_string()));
    assert!(
        !c.iter()
            .any(|x| x.contains("mismatch.enforcement_conclusion")),
        "{c:?}"
    );
    assert!(
        !c.iter().any(|x| x.contains("mismatch.doc_number")),
        "{c:?}"
    );

    let opts = Options {
        publication_summary: Some(written.replace("30000", "3000").replace("88号", "89号")),
        ..Options::default()
    };
    let c: Vec<String> = run_text(ORG_DECISION, &opts)
        .findings
        .into_iter()
        .map(|f| f.code)
        .collect();
    assert!(c.contains(&"publication.summary.mismatch.enforcement_conclusion".to_string()));
    assert!(c.contains(&"publication.summary.mismatch.doc_number".to_string()));
}

#[test]
fn exclusion_questions() {
    let p = run_text(ORG_DECISION, &Options::default());
    let ids: Vec<&str> = p.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "secrets",
            "security",
            "superiorObjection",
            "obstruction",
            "legalProhibition"
        ]
    );
    // A cue in the text raises the question as a warning.
    let text = ORG_DECISION.replace("劳动防护用品。", "劳动防护用品。该工艺涉及商业秘密。");
    let p = run_text(&text, &Options::default());
    assert!(codes(&p).contains(&"publication.exclusion.question"));
    // An answer "yes" blocks publication and reminds of the filing.
    let opts = Options {
        exclusions: Some(ExclusionAnswers {
            obstruction: Some(true),
            ..Default::default()
        }),
        ..Options::default()
    };
    let p = run_text(ORG_DECISION, &opts);
    assert!(codes(&p).contains(&"publication.exclusion.obstruction"));
    assert!(!p.may_publish);
}

#[test]
fn a_notice_is_not_a_decision() {
    let text = ORG_DECISION
        .replace("行政处罚决定书", "行政处罚告知书")
        .replace("泉丰应急罚〔2024〕88号", "泉丰应急罚告〔2024〕88号");
    let p = run_text(&text, &Options::default());
    assert_eq!(p.source, SourceKind::NotDecision);
    assert!(p.deadline.is_none());
    assert!(codes(&p).contains(&"publication.not_a_decision"));
}

#[test]
fn options_deserialize_from_camel_case() {
    let o = Options::from_json(
        r#"{"decisionDate": "2024-09-27", "publicationDate": "2024-10-12", "partyKind": "person",
            "publicationMode": "summary", "exclusions": {"secrets": false, "superiorObjection": true},
            "extraHolidays": {"2027": {"holidays": ["2027-01-01"]}}, "revocationDate": null}"#,
    )
    .unwrap();
    assert_eq!(o.decision_date, Some(d("2024-09-27")));
    assert_eq!(o.party_kind, Some(PartyKind::Person));
    assert_eq!(o.publication_mode, Some(PublicationMode::Summary));
    let ex = o.exclusions.unwrap();
    assert_eq!(
        (ex.secrets, ex.superior_objection, ex.minor),
        (Some(false), Some(true), None)
    );
    assert_eq!(o.revocation_date, None);
    let err = |json: &str| Options::from_json(json).unwrap_err().message.en;
    assert_eq!(
        err(r#"{"decisionDate": "2024-13-01"}"#),
        "Invalid option decisionDate: expected an existing date written YYYY-MM-DD (e.g. 2024-09-27)."
    );
    assert_eq!(
        err(r#"{"exclusions": {"secret": true}}"#),
        "Invalid option exclusions: unknown key \"secret\" (expected one of: minor, secrets, \
         security, superiorObjection, obstruction, legalProhibition)."
    );
    assert_eq!(
        err(r#"{"exclusions": {"minor": "yes"}}"#),
        "Invalid option exclusions.minor: expected a boolean (true or false)."
    );
    assert_eq!(
        err(r#"{"partyKind": "organization"}"#),
        "Invalid option partyKind: unknown value (expected one of: person, organisation, unknown)."
    );
    assert_eq!(
        err(r#"{"publicationMode": "full_text"}"#),
        "Invalid option publicationMode: unknown value (expected one of: fullText, summary)."
    );
    assert!(
        err(r#"{"extraHolidays": {"2027": {"holidays": ["2027-02-30"]}}}"#).starts_with(
            "Invalid option extraHolidays.2027.holidays[0]: expected an existing date"
        )
    );
}

#[test]
fn odd_inputs_do_not_panic() {
    for t in [
        "",
        "执法主体：",
        "决定书文号：\n执法主体：\n执法对象：\n",
        "行政处罚决定书\n当事人：\n（印章）",
        "😀𠮷\u{200b}执法日期：２０２４年２月３０日\n执法类别：行政许可\n执法结论：准予",
    ] {
        let p = run_text(t, &Options::default());
        let _ = serde_json::to_string(&p).unwrap();
    }
}

#[test]
fn check_includes_publication() {
    let r = crate::check(ORG_DECISION, &Options::default()).unwrap();
    assert!(r.publication.supported);
    assert_eq!(
        r.publication.deadline.unwrap().deadline.date,
        d("2024-10-12")
    );
}

/// Another template: title and agency on one line, 被处罚人, Chinese-numeral date above the
/// seal, `决定给予…` wording, half-width colons.
const OTHER_TEMPLATE: &str = "厦门市思明区应急管理局行政处罚决定书
（闽厦思）应急罚〔2025〕7号
被处罚人: 林某某    性别: 男    年龄: 45岁
身份证号码: 350503198503120016
住址: 厦门市思明区某某路1号
    经查，你于2025年1月10日在未取得特种作业操作证的情况下从事电焊作业。
    以上事实有现场检查记录、询问笔录等证据证明。
    你的上述行为违反了《中华人民共和国安全生产法》第三十条第一款的规定。依据《中华人民共和国安全生产法》第九十七条第七项的规定，本局决定给予你罚款人民币伍仟元的行政处罚。
    如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。
                                        二〇二五年一月二十四日
                                        （公章）
";

#[test]
fn another_template() {
    let p = run_text(OTHER_TEMPLATE, &Options::default());
    assert_eq!(p.source, SourceKind::Decision);
    assert_eq!(field(&p, "doc_number"), Some("（闽厦思）应急罚〔2025〕7号"));
    assert_eq!(
        field(&p, "enforcement_subject"),
        Some("厦门市思明区应急管理局")
    );
    assert_eq!(field(&p, "enforcement_target"), Some("林某某"));
    assert_eq!(field(&p, "enforcement_category"), Some("行政处罚"));
    assert_eq!(
        field(&p, "enforcement_date"),
        Some("二〇二五年一月二十四日")
    );
    assert_eq!(
        field(&p, "enforcement_conclusion"),
        Some("给予你罚款人民币伍仟元的行政处罚")
    );
    assert_eq!(p.party.kind, PartyKind::Person);
    assert_eq!(p.party.minor, Some(false));
    // Decided Friday 24 January 2025: 7 working days end on Monday 10 February.
    assert_eq!(p.deadline.unwrap().deadline.date, d("2025-02-10"));
    assert_eq!(p.period.unwrap().years, 2);
    assert!(!p.summary_text.unwrap().contains("350503198503120016"));
}

#[test]
fn one_line_summary_with_other_labels() {
    let text = "行政处罚结果公示\n行政处罚决定书文号：泉应急罚〔2024〕3号；处罚机关：泉州市应急管理局；行政相对人名称：福建某某有限公司；执法类型：行政处罚；作出处罚决定日期：2024-05-06；处罚结果：警告，并处罚款人民币5000元\n公示日期：2024-05-10\n";
    let p = run_text(text, &Options::default());
    assert_eq!(p.source, SourceKind::Summary);
    assert_eq!(field(&p, "doc_number"), Some("泉应急罚〔2024〕3号"));
    assert_eq!(field(&p, "enforcement_subject"), Some("泉州市应急管理局"));
    assert_eq!(field(&p, "enforcement_target"), Some("福建某某有限公司"));
    assert_eq!(field(&p, "enforcement_date"), Some("2024-05-06"));
    assert_eq!(
        field(&p, "enforcement_conclusion"),
        Some("警告，并处罚款人民币5000元")
    );
    assert_eq!(p.publication_date, Some(d("2024-05-10")));
    assert_eq!(p.deadline.unwrap().met, Some(true));
}

#[test]
fn check_does_not_repeat_missing_summary_fields() {
    let text = SUMMARY.replace("执法主体：泉州市应急管理局\n", "");
    let r = crate::check(&text, &Options::default()).unwrap();
    let listed: Vec<&str> = r
        .blocking
        .iter()
        .chain(&r.warnings)
        .map(|f| f.code.as_str())
        .collect();
    assert!(!listed.contains(&"publication.summary.missing.enforcement_subject"));
    assert!(!r.publication.may_publish);
    assert!(r
        .publication
        .findings
        .iter()
        .any(|f| f.code == "publication.summary.missing.enforcement_subject"));
}

#[test]
fn table_rows_and_bracket_labels() {
    let text = "行政处罚信息公示\n决定书文号\t泉应急罚〔2024〕12号\n执法主体\t泉州市应急管理局\n【执法对象】福建某某建材有限公司\n执法类别    行政处罚\n执法日期\t2024年9月27日\n执法结论\t罚款人民币12000元\n";
    let p = run_text(text, &Options::default());
    assert_eq!(p.source, SourceKind::Summary);
    for id in [
        "doc_number",
        "enforcement_subject",
        "enforcement_target",
        "enforcement_category",
        "enforcement_date",
        "enforcement_conclusion",
    ] {
        assert!(field(&p, id).is_some(), "{id}");
    }
    assert_eq!(
        field(&p, "enforcement_target"),
        Some("福建某某建材有限公司")
    );
    assert_eq!(p.decision_date, Some(d("2024-09-27")));
}

#[test]
fn agency_and_date_on_one_signature_line() {
    let text = ORG_DECISION.replace(
        "　　　　　　　　　　　　　　　　泉州市丰泽区应急管理局\n　　　　　　　　　　　　　　　　2024年9月27日\n",
        "　　　　　　　　泉州市丰泽区应急管理局　　2024年9月27日\n",
    );
    assert_ne!(text, ORG_DECISION);
    let p = run_text(&text, &Options::default());
    assert_eq!(p.decision_date, Some(d("2024-09-27")));
}

#[test]
fn summary_labels_agree_with_the_element_validator() {
    // The validator's summary elements and the extractor read the same six fields: every label
    // the validator accepts must be one the extractor reads, or the two would disagree on a
    // summary (`处罚类别：罚款` found by one and not the other).
    let summary = crate::validate::rulebook::service_and_summary::SUMMARY;
    for e in summary.elements {
        let Some(field) = rules::FIELDS.iter().find(|f| f.id == e.id) else {
            panic!("no summary field for element {}", e.id);
        };
        for cue in e.cues {
            assert!(
                field.labels.contains(cue),
                "{}: label {cue} is validated but not extracted",
                e.id
            );
        }
    }
    let text = "行政处罚决定信息公示\n行政处罚决定书文号：惠应急罚〔2025〕15号\n执法机关：惠州市应急管理局\n行政相对人名称：惠州市某某五金厂\n处罚类别：罚款\n处罚决定日期：2025年5月8日\n处罚内容：罚款人民币贰万元整\n";
    let p = run_text(text, &Options::default());
    assert_eq!(p.source, SourceKind::Summary);
    assert!(!p
        .findings
        .iter()
        .any(|f| f.code == "publication.category.unknown"));
    assert_eq!(p.category, Some(Category::Penalty));
}

#[test]
fn review_outcome_from_its_label() {
    // A 整改复查意见书 states its outcome under `复查意见：`.
    let text = "某区应急管理局\n整改复查意见书\n某应急复查〔2025〕21号\n\n某某物流有限公司：\n    本局于2025年5月12日作出了《责令限期整改指令书》，责令你单位对3项问题限期整改。经2025年6月3日复查：\n    1.仓库消防通道堵塞问题已整改；\n    2.叉车作业区未设置警示标志问题未整改。\n    复查意见：第1项已整改完毕；第2项未整改完毕，责令你单位于2025年6月20日前整改完毕。逾期未整改的，依法予以处罚。\n\n某区应急管理局（印章）\n2025年6月3日\n";
    let p = run_text(text, &Options::default());
    let conclusion = p
        .fields
        .iter()
        .find(|f| f.id == "enforcement_conclusion")
        .and_then(|f| f.value.clone());
    assert_eq!(
        conclusion.as_deref(),
        Some("第1项已整改完毕；第2项未整改完毕，责令你单位于2025年6月20日前整改完毕")
    );
    assert!(!p
        .findings
        .iter()
        .any(|f| f.code == "publication.summary.unextracted"));
}

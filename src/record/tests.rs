use super::*;
use crate::error::ErrorCode;

fn t(s: &str) -> DateTime {
    DateTime::parse(s).unwrap()
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn officer(name: &str) -> PersonPresent {
    PersonPresent {
        name: Some(name.into()),
        role: Some(PersonRole::Officer),
        certificate_no: Some("35050012345".into()),
    }
}

/// A seizure recorded by the book: no rule fails.
fn good() -> RecordForm {
    RecordForm {
        case_number: Some("泉应急查扣〔2024〕3号".into()),
        measure_type: Some(MeasureType::Seizure),
        start_time: Some(t("2024-05-06T09:00")),
        end_time: Some(t("2024-05-06T10:30")),
        people_present: vec![
            officer("张三"),
            officer("李四"),
            PersonPresent {
                name: Some("王某".into()),
                role: Some(PersonRole::Party),
                certificate_no: None,
            },
        ],
        scene: Some("仓库内存放液化石油气钢瓶12只".into()),
        items: vec!["液化石油气钢瓶12只".into()],
        device_check: Some(DeviceCheck {
            device: Some("执法记录仪 07".into()),
            performance: Some(true),
            battery: Some(true),
            storage: Some(true),
            clock_calibrated: Some(true),
            clock_offset_seconds: Some(2.0),
            checked_at: Some(t("2024-05-06T08:40")),
        }),
        return_time: Some(t("2024-05-06T11:30")),
        storage_transfer_time: Some(t("2024-05-06T15:00")),
        storage: Some(Storage {
            kind: Some(StorageKind::DesignatedPlatform),
            location: Some("执法音像记录管理平台".into()),
        }),
        text_explanation: Some(true),
        used_as_evidence: Some(true),
        disc: Some(DiscLabel {
            method: Some("执法记录仪拍摄，原始文件刻录".into()),
            made_at: Some(d("2024-05-07")),
            maker: Some("张三".into()),
            proves: Some("当事人储存液化石油气钢瓶的事实".into()),
            archived: Some(true),
        }),
        archived: Some(true),
        case_closure_date: Some(d("2024-08-31")),
        retention_until: Some(d("2030-12-31")),
        ..Default::default()
    }
}

fn codes(form: &RecordForm) -> Vec<String> {
    check(form).findings.into_iter().map(|f| f.code).collect()
}

fn fires(form: &RecordForm, code: &str) -> bool {
    codes(form).iter().any(|c| c == code)
}

#[test]
fn a_complete_record_passes() {
    let r = check(&good());
    assert!(r.ok, "{:?}", codes(&good()));
    assert!(r.findings.is_empty());
    assert!(r.full_recording_required);
    assert_eq!(r.duration_minutes, Some(90));
    assert_eq!(r.transfer_delay_hours, Some(3.5));
    assert_eq!(r.retention_minimum, Some(d("2025-02-28")));
}

#[test]
fn findings_name_their_article_and_field() {
    let mut f = good();
    f.device_check = None;
    let r = check(&f);
    assert_eq!(r.findings.len(), r.fields.len());
    assert_eq!(r.findings[0].code, "record.device.unchecked");
    assert_eq!(r.findings[0].basis.as_deref(), Some("记录制度（十五）"));
    assert_eq!(r.fields[0], "deviceCheck");
    assert!(r.findings[0].suggestion.is_some());
    assert!(!r.ok);
}

#[test]
fn w1_measure_type() {
    let mut f = good();
    f.measure_type = None;
    assert!(fires(&f, "record.measure.missing"));
    assert!(!fires(&good(), "record.measure.missing"));
}

#[test]
fn w2_inadmissible_evidence() {
    let mut f = good();
    f.evidence = vec![
        EvidenceItem {
            name: Some("现场照片".into()),
            issues: vec![],
        },
        EvidenceItem {
            name: Some("录音".into()),
            issues: vec![EvidenceIssue::CovertRecording],
        },
    ];
    let r = check(&f);
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].code, "record.evidence.inadmissible");
    assert_eq!(r.fields[0], "evidence[1].issues");
    assert!(r.findings[0].message.zh.contains("第2项证据"));
}

#[test]
fn w5_mandatory_full_recording() {
    for m in [
        MeasureType::Sealing,
        MeasureType::Seizure,
        MeasureType::Demolition,
    ] {
        let mut f = good();
        f.measure_type = Some(m);
        f.av_recorded = Some(false);
        assert!(fires(&f, "record.av.mandatory"), "{m:?}");
        let mut f = good();
        f.measure_type = Some(m);
        f.full_process = Some(false);
        assert!(fires(&f, "record.av.mandatory"), "{m:?}");
    }
    // Other coercion only when it affects liberty, health or major property.
    let mut f = good();
    f.measure_type = Some(MeasureType::OtherCoercion);
    f.av_recorded = Some(false);
    assert!(!fires(&f, "record.av.mandatory"));
    assert!(fires(&f, "record.av.recommended"));
    f.high_impact = Some(true);
    assert!(fires(&f, "record.av.mandatory"));
    // An ordinary penalty decision may be recorded in writing only (记录制度（七）).
    let mut f = good();
    f.measure_type = Some(MeasureType::Penalty);
    f.av_recorded = Some(false);
    assert!(codes(&f).is_empty(), "{:?}", codes(&f));
}

#[test]
fn w5_start_and_end_time() {
    let mut f = good();
    f.end_time = None;
    assert!(fires(&f, "record.time.missing"));
    let mut f = good();
    f.end_time = Some(t("2024-05-06T09:00"));
    assert!(fires(&f, "record.time.order"));
    assert!(!fires(&good(), "record.time.order"));
}

#[test]
fn w5_people_scene_items() {
    let mut f = good();
    f.people_present.clear();
    assert!(fires(&f, "record.people.missing"));

    let mut f = good();
    f.people_present.remove(1);
    assert!(fires(&f, "record.people.officers"));

    // Party absent: a witness is needed for a coercive measure.
    let mut f = good();
    f.people_present.truncate(2);
    f.party_absent = Some(true);
    assert!(fires(&f, "record.people.party_or_witness"));
    f.people_present.push(PersonPresent {
        name: Some("陈某".into()),
        role: Some(PersonRole::Witness),
        certificate_no: None,
    });
    assert!(!fires(&f, "record.people.party_or_witness"));

    let mut f = good();
    f.scene = Some("  ".into());
    assert!(fires(&f, "record.scene.missing"));

    let mut f = good();
    f.items.clear();
    assert!(fires(&f, "record.items.missing"));
    // Items are only required where property is concerned.
    f.measure_type = Some(MeasureType::Hearing);
    assert!(!fires(&f, "record.items.missing"));
}

#[test]
fn w6_recommended_recording() {
    let mut f = good();
    f.measure_type = Some(MeasureType::ServiceByLeaving);
    f.av_recorded = Some(false);
    let r = check(&f);
    assert!(r.ok, "an info finding does not fail the record");
    assert_eq!(r.findings[0].code, "record.av.recommended");
    assert_eq!(r.findings[0].severity, Severity::Info);
}

#[test]
fn w7_device_check_and_clock() {
    let mut f = good();
    if let Some(dc) = f.device_check.as_mut() {
        dc.battery = None;
    }
    let r = check(&f);
    assert_eq!(r.findings[0].code, "record.device.incomplete");
    assert_eq!(r.fields[0], "deviceCheck.battery");
    assert!(r.findings[0].message.zh.contains("电量"));

    let mut f = good();
    if let Some(dc) = f.device_check.as_mut() {
        dc.clock_calibrated = Some(false);
    }
    assert!(fires(&f, "record.device.clock"));

    let mut f = good();
    if let Some(dc) = f.device_check.as_mut() {
        dc.clock_offset_seconds = Some(-95.0);
    }
    assert!(fires(&f, "record.device.clock_offset"));
    assert!(check(&f).ok, "an offset is a warning");

    let mut f = good();
    if let Some(dc) = f.device_check.as_mut() {
        dc.checked_at = Some(t("2024-05-06T09:05"));
    }
    assert!(fires(&f, "record.device.checked_late"));
}

#[test]
fn w8_interruptions_and_lost_records() {
    let mut f = good();
    f.interruptions = vec![Interruption {
        from: Some(t("2024-05-06T09:20")),
        to: Some(t("2024-05-06T09:25")),
        cause: Some(InterruptionCause::Battery),
        reason: None,
        voice_explanation: Some(true),
    }];
    assert!(codes(&f).is_empty(), "{:?}", codes(&f));

    let mut g = f.clone();
    g.interruptions[0].cause = None;
    assert!(fires(&g, "record.interruption.no_reason"));
    g.interruptions[0].cause = Some(InterruptionCause::Other);
    assert!(fires(&g, "record.interruption.no_reason"));
    g.interruptions[0].reason = Some("现场人员阻挡镜头".into());
    assert!(!fires(&g, "record.interruption.no_reason"));

    let mut g = f.clone();
    g.interruptions[0].voice_explanation = None;
    assert!(fires(&g, "record.interruption.no_voice_note"));

    let mut g = f.clone();
    g.interruptions[0].from = Some(t("2024-05-06T11:00"));
    assert!(fires(&g, "record.interruption.time"));

    // Not resumed: a report to the head of the agency is required.
    let mut g = f.clone();
    g.interruptions[0].to = None;
    assert!(fires(&g, "record.lost.no_report"));
    assert!(!fires(&g, "record.interruption.no_voice_note"));
    g.lost_report = Some(LostReport {
        reported_to: Some("局长".into()),
        reported_at: Some(t("2024-05-06T11:00")),
        explanation: Some("电池耗尽，无法继续记录".into()),
    });
    assert!(!fires(&g, "record.lost.no_report"));
    if let Some(r) = g.lost_report.as_mut() {
        r.reported_at = Some(t("2024-05-09T11:00"));
    }
    assert!(fires(&g, "record.lost.report_late"));

    let mut g = good();
    g.record_lost = Some(true);
    assert!(fires(&g, "record.lost.no_report"));
}

#[test]
fn w9_transfer_within_24_hours_of_return() {
    let mut f = good();
    f.away_work = Some(true);
    f.return_time = Some(t("2024-05-08T18:00"));
    f.storage_transfer_time = Some(t("2024-05-09T17:59"));
    assert!(!fires(&f, "record.transfer.late"));
    f.storage_transfer_time = Some(t("2024-05-09T18:01"));
    assert!(fires(&f, "record.transfer.late"));
    assert_eq!(check(&f).transfer_delay_hours, Some(24.0));

    let mut f = good();
    f.storage_transfer_time = None;
    assert!(fires(&f, "record.transfer.missing"));

    let mut f = good();
    f.storage_transfer_time = Some(t("2024-05-06T10:00"));
    assert!(fires(&f, "record.transfer.order"));

    // No return time and a late transfer: promptness cannot be confirmed.
    let mut f = good();
    f.return_time = None;
    f.storage_transfer_time = Some(t("2024-05-08T10:00"));
    assert!(fires(&f, "record.transfer.not_prompt"));
    f.storage_transfer_time = Some(t("2024-05-06T16:00"));
    assert!(!fires(&f, "record.transfer.not_prompt"));
}

#[test]
fn w10_explanation_copies_integrity() {
    let mut f = good();
    f.text_explanation = None;
    assert!(fires(&f, "record.explanation.missing"));
    f.used_as_evidence = Some(false);
    assert!(!fires(&f, "record.explanation.missing"));

    let mut f = good();
    f.copies = vec![
        CopyRecord {
            for_case_handling: Some(true),
            ..Default::default()
        },
        CopyRecord {
            purpose: Some("培训".into()),
            ..Default::default()
        },
    ];
    let r = check(&f);
    assert_eq!(codes(&f), vec!["record.copy.unapproved"]);
    assert_eq!(r.fields[0], "copies[1].approvedBy");
    f.copies[1].approved_by = Some("局长".into());
    assert!(codes(&f).is_empty());

    let mut f = good();
    f.original_altered = Some(true);
    assert!(fires(&f, "record.original.altered"));
}

#[test]
fn w11_storage() {
    let mut f = good();
    f.storage = None;
    assert!(fires(&f, "record.storage.missing"));
    let mut f = good();
    f.storage = Some(Storage {
        kind: Some(StorageKind::Other),
        location: Some("个人电脑".into()),
    });
    assert!(fires(&f, "record.storage.not_dedicated"));
}

#[test]
fn w12_retention_six_months_after_closure() {
    let mut f = good();
    f.case_closure_date = Some(d("2024-08-31"));
    f.retention_until = Some(d("2025-02-28"));
    assert!(!fires(&f, "record.retention.too_short"));
    f.retention_until = Some(d("2025-02-27"));
    assert!(fires(&f, "record.retention.too_short"));
    f.retention_until = None;
    assert!(fires(&f, "record.retention.missing"));
    // Case not closed yet: nothing to check.
    f.case_closure_date = None;
    assert!(!fires(&f, "record.retention.missing"));
}

#[test]
fn w13_evidence_disc() {
    let mut f = good();
    f.disc = None;
    assert!(fires(&f, "record.disc.missing"));
    f.used_as_evidence = None;
    assert!(!fires(&f, "record.disc.missing"));

    let mut f = good();
    if let Some(disc) = f.disc.as_mut() {
        disc.maker = None;
        disc.proves = Some(" ".into());
    }
    let r = check(&f);
    assert_eq!(r.findings[0].code, "record.disc.label");
    assert_eq!(r.fields[0], "disc.maker");
    assert!(r.findings[0].message.zh.contains("制作人、证明对象"));

    let mut f = good();
    if let Some(disc) = f.disc.as_mut() {
        disc.made_at = Some(d("2024-05-01"));
    }
    assert!(fires(&f, "record.disc.date"));

    let mut f = good();
    if let Some(disc) = f.disc.as_mut() {
        disc.archived = Some(false);
    }
    assert!(fires(&f, "record.disc.not_archived"));
}

#[test]
fn w14_archive() {
    let mut f = good();
    f.archived = Some(false);
    assert!(fires(&f, "record.archive.missing"));
    f.case_closure_date = None;
    assert!(!fires(&f, "record.archive.missing"));
}

#[test]
fn json_entry_point() {
    let json = serde_json::to_string(&good()).unwrap();
    assert!(json.contains("\"startTime\":\"2024-05-06T09:00\""));
    let r = check_json(&json).unwrap();
    assert!(r.ok);
    let out = serde_json::to_value(&r).unwrap();
    assert_eq!(out["fullRecordingRequired"], true);
    assert_eq!(out["retentionMinimum"], "2025-02-28");

    assert!(check_json("{}").is_ok());
    // The serialized form reads back as the same form.
    assert_eq!(RecordForm::from_json(&json).unwrap(), good());
    for (bad, want) in [
        (
            "",
            "Malformed record form JSON at line 1, column 1: unexpected end of input.",
        ),
        ("[]", "Invalid record form: expected an object."),
        ("null", "Invalid record form: expected an object."),
        (
            r#"{"startTime": "yesterday 13800138000"}"#,
            "Invalid record form field startTime: expected an existing date and time written \
             YYYY-MM-DDTHH:MM (e.g. 2024-09-27T09:30).",
        ),
        (
            r#"{"measureType": "arrest"}"#,
            "Invalid record form field measureType: unknown value",
        ),
        (
            r#"{"unknownField": 1}"#,
            r#"Invalid record form: unknown key "unknownField""#,
        ),
        (
            r#"{"peoplePresent": [{"name": "王某", "role": "officer"}, {"role": "boss"}]}"#,
            "Invalid record form field peoplePresent[1].role: unknown value (expected one of: \
             officer, party, partyAgent, witness, other).",
        ),
        (
            r#"{"deviceCheck": {"clockOffsetSeconds": "3"}}"#,
            "Invalid record form field deviceCheck.clockOffsetSeconds: expected a number.",
        ),
        (
            r#"{"evidence": [{"issues": ["covertRecording", "13800138000"]}]}"#,
            "Invalid record form field evidence[0].issues[1]: unknown value",
        ),
        (
            "{\"scene\": \"13800138000\",\n \"scene\": \"x\"}",
            r#"Malformed record form JSON at line 2, column 2: duplicate key "scene"."#,
        ),
    ] {
        let e = check_json(bad).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidArgument);
        assert!(
            e.message.en.starts_with(want),
            "{bad}\n got {}\nwant {want}",
            e.message.en
        );
        for m in [&e.message.zh, &e.message.en] {
            assert!(
                !m.contains("13800138000") && !m.contains("yesterday") && !m.contains("arrest")
            );
        }
    }
    let e = check_json(r#"{"disc": {"madeAt": "2024-02-30"}}"#).unwrap_err();
    assert_eq!(
        e.message.zh,
        "记录表字段 disc.madeAt 无效：应为存在的日期，格式为 YYYY-MM-DD（例如 2024-09-27）。"
    );
    // Numbers: any finite JSON number for seconds, `null` for an absent value.
    let f = RecordForm::from_json(
        r#"{"deviceCheck": {"clockOffsetSeconds": -1.5e1, "checkedAt": null}, "storage": null}"#,
    )
    .unwrap();
    let dc = f.device_check.unwrap();
    assert_eq!(
        (dc.clock_offset_seconds, dc.checked_at),
        (Some(-15.0), None)
    );
    assert!(f.storage.is_none());
    assert!(check_json(r#"{"deviceCheck": {"clockOffsetSeconds": 1e999}}"#).is_err());
}

#[test]
fn enum_names_match_serialization() {
    use crate::json::JsonEnum;
    fn check<T: JsonEnum + Serialize>(n: usize) {
        assert_eq!(T::CANONICAL, n);
        assert_eq!(T::NAMES.len(), T::VALUES.len());
        for (name, v) in T::NAMES.iter().zip(T::VALUES) {
            assert_eq!(serde_json::to_value(v).unwrap(), *name);
        }
    }
    check::<MeasureType>(15);
    check::<PersonRole>(5);
    check::<InterruptionCause>(6);
    check::<StorageKind>(3);
    check::<EvidenceIssue>(8);
}

#[test]
fn an_empty_form_reports_what_is_missing_without_panicking() {
    let r = check(&RecordForm::default());
    assert!(!r.ok);
    let c: Vec<&str> = r.findings.iter().map(|f| f.code.as_str()).collect();
    for want in [
        "record.measure.missing",
        "record.time.missing",
        "record.people.missing",
        "record.scene.missing",
        "record.device.unchecked",
        "record.storage.missing",
    ] {
        assert!(c.contains(&want), "{want} in {c:?}");
    }
}

#[test]
fn hours_in_messages_match_the_reported_value() {
    for secs in [
        0i64, 1, 179, 180, 3600, 5400, 93_600, 95_399, 95_400, 1_000_000,
    ] {
        let shown = super::hours_text(secs);
        let value = super::hours(secs);
        assert_eq!(shown.parse::<f64>().unwrap(), value, "{secs}");
    }
    assert_eq!(super::hours_text(95_400), "26.5");
    assert_eq!(super::hours_text(93_600), "26");
}

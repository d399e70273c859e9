//! Whole-process record checks (行政执法全过程记录制度).
//!
//! An officer (or a case system) fills in a [`RecordForm`] describing one audio-visual record
//! of an enforcement action: when it started and ended, who was there, what was recorded, the
//! device check, interruptions, storage, retention and the evidence disc. [`check`] applies the
//! rules of 记录制度（四）–（二十） and returns one [`Finding`] per failed rule, each naming
//! the form field it is about. The wording of every rule is in [`rules::RULES`].
//!
//! ```
//! let report = gongshi::record::check_json(r#"{
//!   "measureType": "seizure",
//!   "startTime": "2024-05-06T09:00", "endTime": "2024-05-06T08:30"
//! }"#).unwrap();
//! assert!(!report.ok);
//! assert!(report.findings.iter().any(|f| f.code == "record.time.order"));
//! ```

pub mod rules;

use serde::Serialize;

use crate::error::Error;
use crate::finding::{Finding, Severity, Text};
use crate::json::{self, Subject};
use crate::publish::{Date, DateTime};
use crate::render::MapSpans;

/// The enforcement action a record documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MeasureType {
    /// 现场检查.
    Inspection,
    /// 调查取证.
    Investigation,
    /// 证据保全 (先行登记保存等).
    EvidencePreservation,
    /// 听证.
    Hearing,
    /// 查封.
    Sealing,
    /// 扣押.
    Seizure,
    /// 强制拆除.
    Demolition,
    /// 其他行政强制措施或强制执行.
    OtherCoercion,
    /// 留置送达.
    ServiceByLeaving,
    /// 公告送达.
    ServiceByNotice,
    /// 其他送达.
    Service,
    /// 行政处罚（决定、执行）.
    Penalty,
    /// 行政许可.
    Licensing,
    /// 行政征收、征用.
    Expropriation,
    /// Anything else.
    Other,
}

json::json_enum!(MeasureType {
    "inspection" => Inspection,
    "investigation" => Investigation,
    "evidencePreservation" => EvidencePreservation,
    "hearing" => Hearing,
    "sealing" => Sealing,
    "seizure" => Seizure,
    "demolition" => Demolition,
    "otherCoercion" => OtherCoercion,
    "serviceByLeaving" => ServiceByLeaving,
    "serviceByNotice" => ServiceByNotice,
    "service" => Service,
    "penalty" => Penalty,
    "licensing" => Licensing,
    "expropriation" => Expropriation,
    "other" => Other,
});

impl MeasureType {
    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            MeasureType::Inspection => "现场检查",
            MeasureType::Investigation => "调查取证",
            MeasureType::EvidencePreservation => "证据保全",
            MeasureType::Hearing => "听证",
            MeasureType::Sealing => "查封",
            MeasureType::Seizure => "扣押",
            MeasureType::Demolition => "强制拆除",
            MeasureType::OtherCoercion => "行政强制",
            MeasureType::ServiceByLeaving => "留置送达",
            MeasureType::ServiceByNotice => "公告送达",
            MeasureType::Service => "送达",
            MeasureType::Penalty => "行政处罚",
            MeasureType::Licensing => "行政许可",
            MeasureType::Expropriation => "行政征收征用",
            MeasureType::Other => "其他",
        }
    }

    /// 记录制度（十一）: actions that must be recorded on audio-video from start to end.
    pub fn recording_mandatory(self) -> bool {
        matches!(
            self,
            MeasureType::Sealing | MeasureType::Seizure | MeasureType::Demolition
        )
    }

    /// 记录制度（十二）: procedures that should progressively be fully recorded.
    pub fn recording_recommended(self) -> bool {
        matches!(
            self,
            MeasureType::Inspection
                | MeasureType::Investigation
                | MeasureType::EvidencePreservation
                | MeasureType::Hearing
                | MeasureType::OtherCoercion
                | MeasureType::ServiceByLeaving
                | MeasureType::ServiceByNotice
        )
    }

    /// Coercive measures (行政强制法第十八条 procedure).
    pub fn coercive(self) -> bool {
        matches!(
            self,
            MeasureType::Sealing
                | MeasureType::Seizure
                | MeasureType::Demolition
                | MeasureType::OtherCoercion
        )
    }

    /// Actions that need at least two officers (行政处罚法第四十二条, 行政强制法第十八条).
    fn two_officers(self) -> bool {
        self.coercive()
            || matches!(
                self,
                MeasureType::Inspection
                    | MeasureType::Investigation
                    | MeasureType::EvidencePreservation
            )
    }
}

/// The role of a person present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PersonRole {
    /// 行政执法人员.
    Officer,
    /// 当事人 (or its 法定代表人/负责人).
    Party,
    /// 当事人的委托代理人.
    PartyAgent,
    /// 见证人.
    Witness,
    /// Anyone else.
    Other,
}

json::json_enum!(PersonRole {
    "officer" => Officer,
    "party" => Party,
    "partyAgent" => PartyAgent,
    "witness" => Witness,
    "other" => Other,
});

/// A person present at the scene (记录制度（十一）2).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonPresent {
    /// Name (or 王某 for a person who must stay anonymous in published material).
    pub name: Option<String>,
    /// Role at the scene; `None` counts as "other".
    pub role: Option<PersonRole>,
    /// 执法证件号 for officers.
    pub certificate_no: Option<String>,
}

json::json_struct!(PersonPresent {
    "name" => name,
    "role" => role,
    "certificateNo" => certificate_no,
});

/// The pre-use device check (记录制度（十五）).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceCheck {
    /// Device identifier (e.g. the body camera's number).
    pub device: Option<String>,
    /// 性能 checked and working.
    pub performance: Option<bool>,
    /// 电量 checked and sufficient.
    pub battery: Option<bool>,
    /// 存储空间 checked and sufficient.
    pub storage: Option<bool>,
    /// 系统时间 calibrated.
    pub clock_calibrated: Option<bool>,
    /// Remaining difference between the device clock and standard time after calibration,
    /// in seconds (device minus standard).
    pub clock_offset_seconds: Option<f64>,
    /// When the check was made.
    pub checked_at: Option<DateTime>,
}

json::json_struct!(DeviceCheck {
    "device" => device,
    "performance" => performance,
    "battery" => battery,
    "storage" => storage,
    "clockCalibrated" => clock_calibrated,
    "clockOffsetSeconds" => clock_offset_seconds,
    "checkedAt" => checked_at,
});

/// Why a recording stopped (记录制度（十六）).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum InterruptionCause {
    /// 天气恶劣.
    Weather,
    /// 设备故障.
    DeviceFailure,
    /// 设备损坏.
    DeviceDamage,
    /// 电量不足.
    Battery,
    /// 存储空间不足.
    Storage,
    /// Another objective reason, described in `reason`.
    Other,
}

json::json_enum!(InterruptionCause {
    "weather" => Weather,
    "deviceFailure" => DeviceFailure,
    "deviceDamage" => DeviceDamage,
    "battery" => Battery,
    "storage" => Storage,
    "other" => Other,
});

/// One interruption of the recording.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Interruption {
    /// When recording stopped.
    pub from: Option<DateTime>,
    /// When it resumed; `None` when it could not be resumed.
    pub to: Option<DateTime>,
    /// The cause.
    pub cause: Option<InterruptionCause>,
    /// The reason in words.
    pub reason: Option<String>,
    /// The reason was stated on the recording after it resumed (语音说明).
    pub voice_explanation: Option<bool>,
}

json::json_struct!(Interruption {
    "from" => from,
    "to" => to,
    "cause" => cause,
    "reason" => reason,
    "voiceExplanation" => voice_explanation,
});

/// The report to the head of the agency when a recording could not continue or was lost.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LostReport {
    /// Who it was reported to (所属机关负责人).
    pub reported_to: Option<String>,
    /// When.
    pub reported_at: Option<DateTime>,
    /// What was explained and recorded.
    pub explanation: Option<String>,
}

json::json_struct!(LostReport {
    "reportedTo" => reported_to,
    "reportedAt" => reported_at,
    "explanation" => explanation,
});

/// Where the recording is stored (记录制度（十九）).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StorageKind {
    /// 专用存储设备.
    DedicatedDevice,
    /// 指定平台.
    DesignatedPlatform,
    /// Anything else (a personal computer, a phone…).
    Other,
}

json::json_enum!(StorageKind {
    "dedicatedDevice" => DedicatedDevice,
    "designatedPlatform" => DesignatedPlatform,
    "other" => Other,
});

/// The storage of the recording.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Storage {
    /// Kind of storage.
    pub kind: Option<StorageKind>,
    /// Location or platform name.
    pub location: Option<String>,
}

json::json_struct!(Storage {
    "kind" => kind,
    "location" => location,
});

/// One copy made of the recording (记录制度（十七）2、（十九）).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CopyRecord {
    /// Made because handling the case required it.
    pub for_case_handling: Option<bool>,
    /// The head of the agency who approved it.
    pub approved_by: Option<String>,
    /// When it was made.
    pub made_at: Option<DateTime>,
    /// Purpose in words.
    pub purpose: Option<String>,
}

json::json_struct!(CopyRecord {
    "forCaseHandling" => for_case_handling,
    "approvedBy" => approved_by,
    "madeAt" => made_at,
    "purpose" => purpose,
});

/// Why evidence may have lost its legal force (记录制度（四）).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EvidenceIssue {
    /// 违反法定程序收集.
    IllegalProcedure,
    /// 以非法偷拍、偷录、窃听等手段获取.
    CovertRecording,
    /// 以利诱、欺诈、胁迫、暴力等不正当手段获取.
    ImproperMeans,
    /// 没有其他证据印证且对方不予认可的复制件或复制品.
    UncorroboratedCopy,
    /// 被技术处理而无法辨明真伪.
    TechnicallyAltered,
    /// 不能正确表达意志的证人提供的证言.
    IncompetentWitness,
    /// 境外或港澳台形成、未办理法定证明手续.
    UncertifiedForeign,
    /// 不具备合法性、真实性和关联性的其他情形.
    Other,
}

json::json_enum!(EvidenceIssue {
    "illegalProcedure" => IllegalProcedure,
    "covertRecording" => CovertRecording,
    "improperMeans" => ImproperMeans,
    "uncorroboratedCopy" => UncorroboratedCopy,
    "technicallyAltered" => TechnicallyAltered,
    "incompetentWitness" => IncompetentWitness,
    "uncertifiedForeign" => UncertifiedForeign,
    "other" => Other,
});

impl EvidenceIssue {
    fn zh(self) -> &'static str {
        match self {
            EvidenceIssue::IllegalProcedure => "违反法定程序收集",
            EvidenceIssue::CovertRecording => "以偷拍、偷录、窃听等非法手段获取",
            EvidenceIssue::ImproperMeans => "以利诱、欺诈、胁迫、暴力等不正当手段获取",
            EvidenceIssue::UncorroboratedCopy => "无其他证据印证且对方不予认可的复制件",
            EvidenceIssue::TechnicallyAltered => "被技术处理而无法辨明真伪",
            EvidenceIssue::IncompetentWitness => "不能正确表达意志的证人提供的证言",
            EvidenceIssue::UncertifiedForeign => "境外或港澳台形成且未办理法定证明手续",
            EvidenceIssue::Other => "不具备合法性、真实性和关联性",
        }
    }

    fn en(self) -> &'static str {
        match self {
            EvidenceIssue::IllegalProcedure => "collected against the statutory procedure",
            EvidenceIssue::CovertRecording => {
                "obtained by covert filming, recording or wiretapping"
            }
            EvidenceIssue::ImproperMeans => "obtained by inducement, fraud, coercion or violence",
            EvidenceIssue::UncorroboratedCopy => "an uncorroborated copy the other side disputes",
            EvidenceIssue::TechnicallyAltered => {
                "technically processed so authenticity cannot be established"
            }
            EvidenceIssue::IncompetentWitness => {
                "testimony of a witness unable to express their will"
            }
            EvidenceIssue::UncertifiedForeign => {
                "formed abroad or in Hong Kong, Macao or Taiwan without certification"
            }
            EvidenceIssue::Other => "lacking legality, authenticity or relevance",
        }
    }
}

/// One item of evidence taken from the record.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceItem {
    /// What it is (e.g. 现场照片、询问笔录).
    pub name: Option<String>,
    /// Known problems with it.
    pub issues: Vec<EvidenceIssue>,
}

json::json_struct!(EvidenceItem {
    "name" => name,
    "issues" => issues,
});

/// The label of the disc a recording used as evidence is burnt to (记录制度（二十）).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscLabel {
    /// 制作方法.
    pub method: Option<String>,
    /// 制作时间.
    pub made_at: Option<Date>,
    /// 制作人.
    pub maker: Option<String>,
    /// 证明对象.
    pub proves: Option<String>,
    /// Archived together with the case file.
    pub archived: Option<bool>,
}

json::json_struct!(DiscLabel {
    "method" => method,
    "madeAt" => made_at,
    "maker" => maker,
    "proves" => proves,
    "archived" => archived,
});

/// The structured record an officer fills in for one audio-visual record.
///
/// Every field is optional so a half-filled form can be checked as the officer types; what
/// the rules need and is missing is reported. Unknown fields are refused.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordForm {
    /// Case or document number, for reference.
    pub case_number: Option<String>,
    /// The enforcement action recorded.
    pub measure_type: Option<MeasureType>,
    /// For a coercive measure other than 查封/扣押/强制拆除: it may affect personal liberty,
    /// life and health or major property, so full recording is mandatory (记录制度（十一）).
    pub high_impact: Option<bool>,
    /// An audio-visual record was made (default: yes).
    pub av_recorded: Option<bool>,
    /// The whole action was recorded, start to end, apart from the listed interruptions.
    pub full_process: Option<bool>,
    /// 执法行为开始时间.
    pub start_time: Option<DateTime>,
    /// 执法行为结束时间.
    pub end_time: Option<DateTime>,
    /// 现场人员.
    pub people_present: Vec<PersonPresent>,
    /// The party was absent (当事人不到场).
    pub party_absent: Option<bool>,
    /// 现场环境及执法情况.
    pub scene: Option<String>,
    /// 涉案场所、设施、设备和财物.
    pub items: Vec<String>,
    /// The pre-use device check.
    pub device_check: Option<DeviceCheck>,
    /// Interruptions of the recording.
    pub interruptions: Vec<Interruption>,
    /// Recorded information was lost.
    pub record_lost: Option<bool>,
    /// The report on a lost or stopped recording.
    pub lost_report: Option<LostReport>,
    /// Continuous work, work away or in a remote area kept the officers from transferring
    /// promptly (记录制度（十七）1).
    pub away_work: Option<bool>,
    /// When the officers returned to the agency.
    pub return_time: Option<DateTime>,
    /// When the recording was transferred to storage.
    pub storage_transfer_time: Option<DateTime>,
    /// Where it is stored.
    pub storage: Option<Storage>,
    /// A written explanation (文字说明材料) was prepared.
    pub text_explanation: Option<bool>,
    /// Copies made.
    pub copies: Vec<CopyRecord>,
    /// The original was altered, deleted or damaged.
    pub original_altered: Option<bool>,
    /// Evidence items and their known problems.
    pub evidence: Vec<EvidenceItem>,
    /// The recording is used as evidence.
    pub used_as_evidence: Option<bool>,
    /// The evidence disc.
    pub disc: Option<DiscLabel>,
    /// The case file (records, evidence, documents, approvals, recordings) is archived.
    pub archived: Option<bool>,
    /// 案件办结日期.
    pub case_closure_date: Option<Date>,
    /// The recording is kept until this date.
    pub retention_until: Option<Date>,
}

json::json_struct!(RecordForm {
    "caseNumber" => case_number,
    "measureType" => measure_type,
    "highImpact" => high_impact,
    "avRecorded" => av_recorded,
    "fullProcess" => full_process,
    "startTime" => start_time,
    "endTime" => end_time,
    "peoplePresent" => people_present,
    "partyAbsent" => party_absent,
    "scene" => scene,
    "items" => items,
    "deviceCheck" => device_check,
    "interruptions" => interruptions,
    "recordLost" => record_lost,
    "lostReport" => lost_report,
    "awayWork" => away_work,
    "returnTime" => return_time,
    "storageTransferTime" => storage_transfer_time,
    "storage" => storage,
    "textExplanation" => text_explanation,
    "copies" => copies,
    "originalAltered" => original_altered,
    "evidence" => evidence,
    "usedAsEvidence" => used_as_evidence,
    "disc" => disc,
    "archived" => archived,
    "caseClosureDate" => case_closure_date,
    "retentionUntil" => retention_until,
});

/// The result of [`check`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordReport {
    /// True when no rule failed with severity error.
    pub ok: bool,
    /// One finding per failed rule, in the order of the articles.
    pub findings: Vec<Finding>,
    /// `fields[i]` is the form field `findings[i]` is about (`"deviceCheck.clockCalibrated"`,
    /// `"interruptions[1].reason"`…).
    pub fields: Vec<String>,
    /// Full audio-visual recording is mandatory for this action (记录制度（十一）).
    pub full_recording_required: bool,
    /// Length of the action in minutes, when both times are given and in order.
    pub duration_minutes: Option<i64>,
    /// Hours from the return to the agency (or the end of the action) to the storage transfer.
    pub transfer_delay_hours: Option<f64>,
    /// The earliest allowed end of retention: case closure + 6 months.
    pub retention_minimum: Option<Date>,
}

impl MapSpans for RecordReport {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.findings.map_spans(f);
    }
}

/// Clock offsets above this many seconds after calibration are reported.
pub const CLOCK_TOLERANCE_SECONDS: f64 = 60.0;
/// 记录制度（十七）1: transfer within 24 hours of returning.
pub const TRANSFER_HOURS: i64 = 24;
/// 记录制度（二十）: keep at least 6 months after the case is closed.
pub const RETENTION_MONTHS: i32 = 6;

struct Out {
    findings: Vec<Finding>,
    fields: Vec<String>,
}

impl Out {
    fn emit(&mut self, code: &str, field: impl Into<String>, detail: Option<Text>) {
        let Some(r) = rules::rule(code) else { return };
        let mut message = Text::new(r.zh, r.en);
        if let Some(d) = detail {
            message.zh.push_str(&d.zh);
            message.en.push(' ');
            message.en.push_str(&d.en);
        }
        self.findings.push(
            Finding::new(r.code, r.severity, message)
                .with_basis(r.basis)
                .with_suggestion(Text::new(r.fix_zh, r.fix_en)),
        );
        self.fields.push(field.into());
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn hours(secs: i64) -> f64 {
    (secs as f64 / 360.0).round() / 10.0
}

/// [`hours`] written for a message (`26`, `26.5`), with integer arithmetic: float formatting
/// would add its tables to the WebAssembly module for this one use.
fn hours_text(secs: i64) -> String {
    let tenths = (secs.saturating_add(180)).div_euclid(360);
    match (tenths.div_euclid(10), tenths.rem_euclid(10)) {
        (h, 0) => h.to_string(),
        (h, t) => format!("{h}.{t}"),
    }
}

/// Checks a record form against 记录制度（四）–（二十）.
pub fn check(form: &RecordForm) -> RecordReport {
    let mut out = Out {
        findings: Vec::new(),
        fields: Vec::new(),
    };
    let measure = form.measure_type;
    let mandatory = measure.is_some_and(|m| {
        m.recording_mandatory() || (m.coercive() && form.high_impact == Some(true))
    });
    let recorded = form.av_recorded != Some(false);

    // (二) scope: the action decides which rules apply.
    if measure.is_none() {
        out.emit("record.measure.missing", "measureType", None);
    }

    // (四) evidence that lost its legal force.
    for (i, e) in form.evidence.iter().enumerate() {
        for issue in &e.issues {
            let name = e.name.as_deref().unwrap_or("");
            out.emit(
                "record.evidence.inadmissible",
                format!("evidence[{i}].issues"),
                Some(Text::new(
                    format!("（第{}项证据{}：{}）", i + 1, name, issue.zh()),
                    format!("(evidence item {}: {})", i + 1, issue.en()),
                )),
            );
        }
    }

    // (十一) mandatory full recording, or (十二) recommended.
    if mandatory && (!recorded || form.full_process == Some(false)) {
        out.emit(
            "record.av.mandatory",
            if recorded {
                "fullProcess"
            } else {
                "avRecorded"
            },
            measure.map(|m| {
                Text::new(
                    format!("（执法行为：{}）", m.zh()),
                    format!("(action: {})", m.zh()),
                )
            }),
        );
    } else if !recorded && measure.is_some_and(MeasureType::recording_recommended) {
        out.emit("record.av.recommended", "avRecorded", None);
    }

    let mut duration = None;
    if recorded {
        check_contents(form, measure, mandatory, &mut out, &mut duration);
        check_device(form, &mut out);
        check_interruptions(form, &mut out);
    }

    // (十七)1 storage transfer.
    let mut transfer_delay = None;
    if recorded {
        transfer_delay = check_transfer(form, &mut out);
    }

    let evidence_use = form.used_as_evidence == Some(true);
    // (十七)2 written explanation for a recording used as evidence.
    if recorded && evidence_use && form.text_explanation != Some(true) {
        out.emit("record.explanation.missing", "textExplanation", None);
    }
    // (十七)2, (十九) copies and integrity.
    for (i, c) in form.copies.iter().enumerate() {
        if c.for_case_handling != Some(true) && blank(&c.approved_by) {
            out.emit(
                "record.copy.unapproved",
                format!("copies[{i}].approvedBy"),
                None,
            );
        }
    }
    if form.original_altered == Some(true) {
        out.emit("record.original.altered", "originalAltered", None);
    }
    // (十八) archive once the case is closed.
    if form.case_closure_date.is_some() && form.archived == Some(false) {
        out.emit("record.archive.missing", "archived", None);
    }
    // (十九) storage.
    if recorded {
        match &form.storage {
            None => out.emit("record.storage.missing", "storage", None),
            Some(s) => match s.kind {
                Some(StorageKind::Other) => {
                    out.emit("record.storage.not_dedicated", "storage.kind", None)
                }
                None if blank(&s.location) => out.emit("record.storage.missing", "storage", None),
                _ => {}
            },
        }
    }

    // (二十) retention and the evidence disc.
    let retention_minimum = form
        .case_closure_date
        .and_then(|d| d.add_months(RETENTION_MONTHS));
    if recorded {
        if let Some(min) = retention_minimum {
            match form.retention_until {
                None => out.emit("record.retention.missing", "retentionUntil", None),
                Some(until) if until < min => out.emit(
                    "record.retention.too_short",
                    "retentionUntil",
                    Some(Text::new(
                        format!("（应至少保存至{}）", min.zh()),
                        format!("(keep until at least {min})"),
                    )),
                ),
                _ => {}
            }
        }
    }
    if recorded && evidence_use {
        check_disc(form, &mut out);
    }

    let ok = !out.findings.iter().any(|f| f.severity == Severity::Error);
    RecordReport {
        ok,
        findings: out.findings,
        fields: out.fields,
        full_recording_required: mandatory,
        duration_minutes: duration,
        transfer_delay_hours: transfer_delay,
        retention_minimum,
    }
}

/// (十一) what the record must show, and who must be there.
fn check_contents(
    form: &RecordForm,
    measure: Option<MeasureType>,
    mandatory: bool,
    out: &mut Out,
    duration: &mut Option<i64>,
) {
    match (form.start_time, form.end_time) {
        (Some(s), Some(e)) => {
            if e <= s {
                out.emit("record.time.order", "endTime", None);
            } else {
                *duration = Some(e.seconds_since(s) / 60);
            }
        }
        (s, _) => out.emit(
            "record.time.missing",
            if s.is_none() { "startTime" } else { "endTime" },
            None,
        ),
    }
    if form.people_present.is_empty() {
        out.emit("record.people.missing", "peoplePresent", None);
    } else {
        let count = |r: PersonRole| {
            form.people_present
                .iter()
                .filter(|p| p.role == Some(r))
                .count()
        };
        let officers = count(PersonRole::Officer);
        if officers < 2 && (measure.is_some_and(MeasureType::two_officers) || officers == 0) {
            out.emit(
                "record.people.officers",
                "peoplePresent",
                Some(Text::new(
                    format!("（记录中执法人员{officers}名）"),
                    format!("({officers} recorded)"),
                )),
            );
        }
        let party = count(PersonRole::Party) + count(PersonRole::PartyAgent);
        let witness = count(PersonRole::Witness);
        let absent = form.party_absent == Some(true) || party == 0;
        if measure.is_some_and(MeasureType::coercive) && absent && witness == 0 {
            out.emit("record.people.party_or_witness", "peoplePresent", None);
        }
    }
    if blank(&form.scene) {
        out.emit("record.scene.missing", "scene", None);
    }
    if mandatory && form.items.iter().all(|s| s.trim().is_empty()) {
        out.emit("record.items.missing", "items", None);
    }
}

/// (十五) the pre-use device check.
fn check_device(form: &RecordForm, out: &mut Out) {
    let Some(dc) = &form.device_check else {
        out.emit("record.device.unchecked", "deviceCheck", None);
        return;
    };
    let mut missing_zh = Vec::new();
    let mut missing_en = Vec::new();
    for (v, zh, en) in [
        (dc.performance, "性能", "performance"),
        (dc.battery, "电量", "battery"),
        (dc.storage, "存储空间", "storage space"),
    ] {
        if v != Some(true) {
            missing_zh.push(zh);
            missing_en.push(en);
        }
    }
    if !missing_zh.is_empty() {
        let field = if dc.performance != Some(true) {
            "deviceCheck.performance"
        } else if dc.battery != Some(true) {
            "deviceCheck.battery"
        } else {
            "deviceCheck.storage"
        };
        out.emit(
            "record.device.incomplete",
            field,
            Some(Text::new(
                format!("（未检查或不合格：{}）", missing_zh.join("、")),
                format!("(not checked or not passed: {})", missing_en.join(", ")),
            )),
        );
    }
    if dc.clock_calibrated != Some(true) {
        out.emit("record.device.clock", "deviceCheck.clockCalibrated", None);
    } else if let Some(off) = dc.clock_offset_seconds {
        if off.is_finite() && off.abs() > CLOCK_TOLERANCE_SECONDS {
            // Whole seconds as an integer (a finite offset; saturating far out of range).
            let secs = off.round() as i64;
            out.emit(
                "record.device.clock_offset",
                "deviceCheck.clockOffsetSeconds",
                Some(Text::new(
                    format!("（偏差{secs}秒）"),
                    format!("(offset {secs} s)"),
                )),
            );
        }
    }
    if let (Some(at), Some(start)) = (dc.checked_at, form.start_time) {
        if at > start {
            out.emit("record.device.checked_late", "deviceCheck.checkedAt", None);
        }
    }
}

/// (十六) interruptions and lost records.
fn check_interruptions(form: &RecordForm, out: &mut Out) {
    let mut unrecoverable = form.record_lost == Some(true);
    for (i, it) in form.interruptions.iter().enumerate() {
        let has_reason = match it.cause {
            Some(InterruptionCause::Other) | None => !blank(&it.reason),
            Some(_) => true,
        };
        if !has_reason {
            out.emit(
                "record.interruption.no_reason",
                format!("interruptions[{i}].reason"),
                None,
            );
        }
        match it.to {
            Some(_) if it.voice_explanation != Some(true) => out.emit(
                "record.interruption.no_voice_note",
                format!("interruptions[{i}].voiceExplanation"),
                None,
            ),
            Some(_) => {}
            None => unrecoverable = true,
        }
        let outside = |t: DateTime| {
            form.start_time.is_some_and(|s| t < s) || form.end_time.is_some_and(|e| t > e)
        };
        let bad_order = matches!((it.from, it.to), (Some(a), Some(b)) if b < a);
        if bad_order || it.from.is_some_and(outside) || it.to.is_some_and(outside) {
            out.emit(
                "record.interruption.time",
                format!("interruptions[{i}].from"),
                None,
            );
        }
    }
    if !unrecoverable {
        return;
    }
    let report = form.lost_report.as_ref();
    let complete = report.is_some_and(|r| {
        !blank(&r.reported_to) && r.reported_at.is_some() && !blank(&r.explanation)
    });
    if !complete {
        out.emit("record.lost.no_report", "lostReport", None);
    }
    if let (Some(at), Some(end)) = (report.and_then(|r| r.reported_at), form.end_time) {
        // "执法行为结束后立即": same working day at the latest; we allow 24 hours.
        if at.seconds_since(end) > TRANSFER_HOURS * 3600 {
            out.emit(
                "record.lost.report_late",
                "lostReport.reportedAt",
                Some(Text::new(
                    format!(
                        "（执法结束后{}小时才报告）",
                        hours_text(at.seconds_since(end))
                    ),
                    format!(
                        "(reported {} h after the action)",
                        hours_text(at.seconds_since(end))
                    ),
                )),
            );
        }
    }
}

/// (十七)1 transfer to storage; returns the delay in hours that was judged.
fn check_transfer(form: &RecordForm, out: &mut Out) -> Option<f64> {
    let end = form.end_time;
    let Some(transfer) = form.storage_transfer_time else {
        if end.is_some() {
            out.emit("record.transfer.missing", "storageTransferTime", None);
        }
        return None;
    };
    if let Some(e) = end {
        if transfer < e || form.return_time.is_some_and(|r| r < e) {
            out.emit(
                "record.transfer.order",
                if transfer < e {
                    "storageTransferTime"
                } else {
                    "returnTime"
                },
                None,
            );
            return None;
        }
    }
    let limit = TRANSFER_HOURS * 3600;
    if let Some(ret) = form.return_time {
        let delay = transfer.seconds_since(ret);
        if delay > limit {
            out.emit(
                "record.transfer.late",
                "storageTransferTime",
                Some(Text::new(
                    format!("（返回后{}小时才移交）", hours_text(delay)),
                    format!("(transferred {} h after returning)", hours_text(delay)),
                )),
            );
        }
        return Some(hours(delay.max(0)));
    }
    let e = end?;
    let delay = transfer.seconds_since(e);
    if delay > limit {
        out.emit(
            "record.transfer.not_prompt",
            "returnTime",
            Some(Text::new(
                format!("（执法结束后{}小时才移交）", hours_text(delay)),
                format!("(transferred {} h after the action)", hours_text(delay)),
            )),
        );
    }
    Some(hours(delay))
}

/// (二十) the evidence disc and its label.
fn check_disc(form: &RecordForm, out: &mut Out) {
    let Some(disc) = &form.disc else {
        out.emit("record.disc.missing", "disc", None);
        return;
    };
    let mut missing = Vec::new();
    let mut missing_en = Vec::new();
    let mut first = None;
    for (absent, zh, en, field) in [
        (blank(&disc.method), "制作方法", "method", "disc.method"),
        (
            disc.made_at.is_none(),
            "制作时间",
            "date made",
            "disc.madeAt",
        ),
        (blank(&disc.maker), "制作人", "maker", "disc.maker"),
        (
            blank(&disc.proves),
            "证明对象",
            "what it proves",
            "disc.proves",
        ),
    ] {
        if absent {
            missing.push(zh);
            missing_en.push(en);
            first.get_or_insert(field);
        }
    }
    if let Some(field) = first {
        out.emit(
            "record.disc.label",
            field,
            Some(Text::new(
                format!("（缺少：{}）", missing.join("、")),
                format!("(missing: {})", missing_en.join(", ")),
            )),
        );
    }
    if let (Some(made), Some(start)) = (disc.made_at, form.start_time) {
        if made < start.date() {
            out.emit("record.disc.date", "disc.madeAt", None);
        }
    }
    if disc.archived == Some(false) {
        out.emit("record.disc.not_archived", "disc.archived", None);
    }
}

impl RecordForm {
    /// Reads a form from a JSON object (camelCase keys, as the form is serialized). A malformed
    /// form is an `invalid_argument` error naming the field and what it should hold
    /// (`startTime`: a date and time written `YYYY-MM-DDTHH:MM`); it never quotes a value.
    pub fn from_json(json: &str) -> Result<RecordForm, Error> {
        json::read(json, Subject::Record)
    }
}

/// Parses a record form from JSON and checks it: the entry point for the CLI and for callers
/// holding a JSON string. A malformed form is an `invalid_argument` error whose message never
/// quotes the input (see [`RecordForm::from_json`]).
pub fn check_json(json: &str) -> Result<RecordReport, Error> {
    RecordForm::from_json(json).map(|form| check(&form))
}

#[cfg(test)]
mod tests;

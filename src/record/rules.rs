//! The whole-process-record rules (泉州市应急管理局行政执法全过程记录制度, 泉应急〔2020〕6号
//! 附件2, cited as 记录制度（N）), one row each: code, article, severity, message and fix.
//!
//! [`super::check`] decides which rows fire; the wording lives here only, so an agency can read
//! and adapt the table.

use crate::finding::Severity;

/// One checkable rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable finding code.
    pub code: &'static str,
    /// The article it rests on.
    pub basis: &'static str,
    /// How serious a failure is.
    pub severity: Severity,
    /// What is wrong (Chinese).
    pub zh: &'static str,
    /// What is wrong (English).
    pub en: &'static str,
    /// What to do (Chinese).
    pub fix_zh: &'static str,
    /// What to do (English).
    pub fix_en: &'static str,
}

use Severity::{Error as E, Info as I, Warning as W};

/// Every rule, in the order of the articles.
pub const RULES: &[Rule] = &[
    Rule {
        code: "record.measure.missing",
        basis: "记录制度（二）",
        severity: W,
        zh: "未填写执法行为类型，无法判断是否属于必须全过程音像记录的事项。",
        en: "The type of enforcement action is not given, so it cannot be told whether full audio-visual recording is mandatory.",
        fix_zh: "填写执法行为类型（如现场检查、查封、扣押、强制拆除、听证、留置送达等）。",
        fix_en: "State the action (inspection, sealing, seizure, forced demolition, hearing, service by leaving…).",
    },
    Rule {
        code: "record.evidence.inadmissible",
        basis: "记录制度（四）",
        severity: E,
        zh: "该证据属于违反全过程记录原则而失去法律效力的情形，不得作为定案依据。",
        en: "This evidence falls under the grounds that deprive it of legal force and cannot support the decision.",
        fix_zh: "依法重新收集证据，或以其他合法证据印证；不得采用该证据。",
        fix_en: "Collect the evidence again lawfully or corroborate it with other lawful evidence; do not rely on it.",
    },
    Rule {
        code: "record.av.mandatory",
        basis: "记录制度（十一）",
        severity: E,
        zh: "查封、扣押、强制拆除等可能涉及人身自由、生命健康、重大财产权益的现场执法行为，必须对执法全过程进行音像记录。",
        en: "Sealing, seizure, forced demolition and other on-site actions affecting personal liberty, health or major property must be recorded on audio-video from start to end.",
        fix_zh: "对该执法行为进行全过程音像记录；已发生的未记录部分应书面说明原因并报告机关负责人。",
        fix_en: "Record the whole action on audio-video; explain in writing and report any part already left unrecorded.",
    },
    Rule {
        code: "record.time.missing",
        basis: "记录制度（十一）1",
        severity: E,
        zh: "音像记录未载明执法行为开始和结束的时间。",
        en: "The record does not give the start and end time of the action.",
        fix_zh: "填写执法行为开始和结束的时间（精确到分钟）。",
        fix_en: "Give the start and end time of the action, to the minute.",
    },
    Rule {
        code: "record.time.order",
        basis: "记录制度（十一）1",
        severity: E,
        zh: "执法行为结束时间不晚于开始时间。",
        en: "The end time is not after the start time.",
        fix_zh: "核对开始和结束时间；结束时间应晚于开始时间。",
        fix_en: "Check the times: the end must come after the start.",
    },
    Rule {
        code: "record.people.missing",
        basis: "记录制度（十一）2",
        severity: E,
        zh: "音像记录未载明执法人员、当事人等现场人员。",
        en: "The record does not list the people present (officers, party and others).",
        fix_zh: "列明现场的执法人员、当事人（或见证人）及其他人员。",
        fix_en: "List the officers, the party (or witness) and anyone else present.",
    },
    Rule {
        code: "record.people.officers",
        basis: "行政强制法第十八条第二项；行政处罚法第四十二条",
        severity: E,
        zh: "现场执法人员少于两名。",
        en: "Fewer than two enforcement officers were present.",
        fix_zh: "行政强制措施和调查检查应由两名以上行政执法人员实施，列明全部在场执法人员。",
        fix_en: "Coercive measures and inspections need at least two officers; list every officer present.",
    },
    Rule {
        code: "record.people.party_or_witness",
        basis: "行政强制法第十八条第四项、第九项",
        severity: E,
        zh: "当事人不在场，且记录中没有见证人。",
        en: "The party was absent and no witness is recorded.",
        fix_zh: "当事人不到场的，应邀请见证人到场，并在记录中载明。",
        fix_en: "When the party is absent, invite a witness and record them.",
    },
    Rule {
        code: "record.scene.missing",
        basis: "记录制度（十一）3",
        severity: E,
        zh: "音像记录未载明行政执法现场环境及行政执法情况。",
        en: "The record does not describe the scene and how the action went.",
        fix_zh: "简要记录现场环境及执法经过。",
        fix_en: "Describe the scene and the course of the action.",
    },
    Rule {
        code: "record.items.missing",
        basis: "记录制度（十一）4",
        severity: E,
        zh: "音像记录未载明涉案场所、设施、设备和财物。",
        en: "The record does not list the places, facilities, equipment and property concerned.",
        fix_zh: "逐项列明查封、扣押或拆除涉及的场所、设施、设备和财物。",
        fix_en: "List each place, facility, piece of equipment and item of property concerned.",
    },
    Rule {
        code: "record.av.recommended",
        basis: "记录制度（十二）",
        severity: I,
        zh: "该执法程序容易引发争议，应当逐步实现全过程音像记录。",
        en: "This procedure easily leads to disputes; full audio-visual recording should progressively be introduced for it.",
        fix_zh: "条件具备时对该程序进行全过程音像记录。",
        fix_en: "Record the procedure on audio-video where possible.",
    },
    Rule {
        code: "record.device.unchecked",
        basis: "记录制度（十五）",
        severity: E,
        zh: "未记录使用前对音像设备的检查。",
        en: "No pre-use check of the recording device is recorded.",
        fix_zh: "使用前检查设备性能、电量和存储空间，并校准系统时间，记录检查结果。",
        fix_en: "Before use, check performance, battery and storage, calibrate the clock, and record the check.",
    },
    Rule {
        code: "record.device.incomplete",
        basis: "记录制度（十五）",
        severity: E,
        zh: "使用前的设备检查不完整。",
        en: "The pre-use device check is incomplete.",
        fix_zh: "检查并记录设备的性能、电量和存储空间使用情况。",
        fix_en: "Check and record the device's performance, battery and storage space.",
    },
    Rule {
        code: "record.device.clock",
        basis: "记录制度（十五）",
        severity: E,
        zh: "使用前未对音像设备的系统时间进行校准。",
        en: "The device clock was not calibrated before use.",
        fix_zh: "使用前校准设备系统时间（例如与北京时间同步），并记录校准情况。",
        fix_en: "Calibrate the device clock before use (e.g. to Beijing time) and record it.",
    },
    Rule {
        code: "record.device.clock_offset",
        basis: "记录制度（十五）",
        severity: W,
        zh: "校准后设备时间与标准时间仍有明显偏差，音像记录中的时间可能不准确。",
        en: "After calibration the device clock still deviates noticeably; times in the recording may be wrong.",
        fix_zh: "重新校准系统时间，或在文字说明中注明偏差。",
        fix_en: "Calibrate again, or note the offset in the written explanation.",
    },
    Rule {
        code: "record.device.checked_late",
        basis: "记录制度（十五）",
        severity: E,
        zh: "设备检查时间晚于执法行为开始时间，不属于“使用前”检查。",
        en: "The device check is dated after the action started, so it was not a pre-use check.",
        fix_zh: "核对检查时间；设备检查应在开始记录前完成。",
        fix_en: "Check the time; the device must be checked before recording starts.",
    },
    Rule {
        code: "record.interruption.no_reason",
        basis: "记录制度（十六）",
        severity: E,
        zh: "音像记录中断未说明原因。",
        en: "An interruption of the recording has no stated reason.",
        fix_zh: "载明中断原因（如天气恶劣、设备故障、设备损坏、电量或存储空间不足）。",
        fix_en: "State why it stopped (bad weather, device failure or damage, battery or storage exhausted…).",
    },
    Rule {
        code: "record.interruption.no_voice_note",
        basis: "记录制度（十六）",
        severity: E,
        zh: "音像记录中断后重新开启设备时，未对中断原因进行语音说明。",
        en: "After the recording resumed, the reason for the interruption was not stated on the recording.",
        fix_zh: "重新开启设备后，应在录音录像中口头说明中断原因。",
        fix_en: "When recording resumes, state the reason for the interruption on the recording.",
    },
    Rule {
        code: "record.interruption.time",
        basis: "记录制度（十六）",
        severity: E,
        zh: "中断时间不在执法行为起止时间之内，或恢复时间早于中断时间。",
        en: "The interruption lies outside the action's start and end, or resumes before it began.",
        fix_zh: "核对中断及恢复时间。",
        fix_en: "Check the interruption and resumption times.",
    },
    Rule {
        code: "record.lost.no_report",
        basis: "记录制度（十六）",
        severity: E,
        zh: "音像记录无法继续或信息丢失，但没有向所属机关负责人报告的记录。",
        en: "The recording could not continue or was lost, but no report to the head of the agency is recorded.",
        fix_zh: "执法行为结束后立即向所属机关负责人报告，说明并记录有关情况（报告对象、时间、说明）。",
        fix_en: "Report to the head of the agency right after the action, explaining and recording what happened (to whom, when, what).",
    },
    Rule {
        code: "record.lost.report_late",
        basis: "记录制度（十六）",
        severity: W,
        zh: "记录丢失或无法继续的报告不是在执法行为结束后立即作出。",
        en: "The report of the lost or stopped recording was not made right after the action.",
        fix_zh: "说明报告迟延的原因。",
        fix_en: "Explain why the report was late.",
    },
    Rule {
        code: "record.transfer.missing",
        basis: "记录制度（十七）1",
        severity: E,
        zh: "未记录音像记录信息移交存储的时间。",
        en: "The time the recording was transferred to storage is not recorded.",
        fix_zh: "执法活动结束后及时移交存储，并记录移交时间。",
        fix_en: "Transfer the recording to storage promptly after the action and record when.",
    },
    Rule {
        code: "record.transfer.order",
        basis: "记录制度（十七）1",
        severity: E,
        zh: "移交存储时间或返回本机关时间早于执法行为结束时间。",
        en: "The transfer or return time is before the end of the action.",
        fix_zh: "核对执法结束、返回本机关和移交存储的时间。",
        fix_en: "Check the end, return and transfer times.",
    },
    Rule {
        code: "record.transfer.late",
        basis: "记录制度（十七）1",
        severity: E,
        zh: "未在返回本机关后24小时内将音像记录信息移交存储。",
        en: "The recording was not transferred to storage within 24 hours of returning to the agency.",
        fix_zh: "连续工作、异地工作或在边远、交通不便地区执法的，最迟应在返回本机关后24小时内移交存储；说明迟延原因。",
        fix_en: "After continuous, away or remote work, transfer within 24 hours of returning at the latest; explain the delay.",
    },
    Rule {
        code: "record.transfer.not_prompt",
        basis: "记录制度（十七）1",
        severity: W,
        zh: "执法活动结束24小时后才移交存储，且未记录返回本机关的时间，无法确认是否及时移交。",
        en: "The transfer came more than 24 hours after the action and no return time is recorded, so promptness cannot be confirmed.",
        fix_zh: "填写返回本机关的时间；属连续工作、异地工作或边远地区执法的，予以注明。",
        fix_en: "Give the time of return to the agency, and say whether it was continuous, away or remote work.",
    },
    Rule {
        code: "record.explanation.missing",
        basis: "记录制度（十七）2",
        severity: E,
        zh: "作为证据使用的音像记录未按证据审查与认定要求制作文字说明材料。",
        en: "A recording used as evidence has no written explanation prepared to the evidence-review requirements.",
        fix_zh: "按照证据审查与认定要求制作文字说明材料。",
        fix_en: "Prepare the written explanation the evidence rules require.",
    },
    Rule {
        code: "record.copy.unapproved",
        basis: "记录制度（十七）2、（十九）",
        severity: E,
        zh: "音像记录信息被复制，但既非办理案件需要，也没有所属机关负责人的批准。",
        en: "The recording was copied neither for handling the case nor with the approval of the head of the agency.",
        fix_zh: "复制前报所属机关负责人批准，并记录批准人和时间。",
        fix_en: "Obtain the approval of the head of the agency before copying and record who approved it and when.",
    },
    Rule {
        code: "record.original.altered",
        basis: "记录制度（十七）2、（十九）、（二十二）2",
        severity: E,
        zh: "原始音像记录被修改、删除或损毁。",
        en: "The original recording was altered, deleted or damaged.",
        fix_zh: "任何人不得修改、删除或损毁原始记录；查明情况并依照记录制度（二十二）处理。",
        fix_en: "Nobody may alter, delete or damage the original; establish what happened and apply article (22).",
    },
    Rule {
        code: "record.archive.missing",
        basis: "记录制度（十八）",
        severity: E,
        zh: "案件已办结，但调查记录、证据、文书、审核签批及音像记录等尚未归档。",
        en: "The case is closed but its records, evidence, documents, approvals and recordings are not archived.",
        fix_zh: "按档案管理规定建立执法案卷并及时归档保存。",
        fix_en: "Build the case file and archive it promptly under the records-management rules.",
    },
    Rule {
        code: "record.storage.missing",
        basis: "记录制度（十九）",
        severity: E,
        zh: "未载明音像记录的存储位置。",
        en: "The storage location of the recording is not given.",
        fix_zh: "音像记录应存储于专用存储设备或指定平台，并载明存储位置。",
        fix_en: "Store the recording on a dedicated storage device or the designated platform and say which.",
    },
    Rule {
        code: "record.storage.not_dedicated",
        basis: "记录制度（十九）",
        severity: E,
        zh: "音像记录未存储于专用存储设备或指定平台。",
        en: "The recording is not stored on a dedicated storage device or the designated platform.",
        fix_zh: "将音像记录移交至专用存储设备或指定平台。",
        fix_en: "Move the recording to a dedicated storage device or the designated platform.",
    },
    Rule {
        code: "record.retention.missing",
        basis: "记录制度（二十）",
        severity: E,
        zh: "案件已办结，但未载明音像记录的保存期限。",
        en: "The case is closed but the retention period of the recording is not given.",
        fix_zh: "载明保存期限，不少于案件办结后6个月。",
        fix_en: "Give the retention date: at least 6 months after the case was closed.",
    },
    Rule {
        code: "record.retention.too_short",
        basis: "记录制度（二十）",
        severity: E,
        zh: "音像记录保存期限少于案件办结后6个月。",
        en: "The recording is kept for less than 6 months after the case was closed.",
        fix_zh: "将保存期限延长至案件办结后至少6个月；作为证据使用的，按档案保存期限执行。",
        fix_en: "Keep it at least 6 months after closure; if used as evidence, for the case-file retention period.",
    },
    Rule {
        code: "record.disc.missing",
        basis: "记录制度（二十）",
        severity: E,
        zh: "音像记录作为证据使用，但未刻制光盘。",
        en: "The recording is used as evidence but was not burnt to a disc.",
        fix_zh: "刻制光盘，注明制作方法、制作时间、制作人和证明对象，与档案一并归档。",
        fix_en: "Burn it to a disc labelled with method, date, maker and what it proves, and archive it with the file.",
    },
    Rule {
        code: "record.disc.label",
        basis: "记录制度（二十）",
        severity: E,
        zh: "作为证据的光盘标注不全。",
        en: "The label of the evidence disc is incomplete.",
        fix_zh: "光盘应注明制作方法、制作时间、制作人和证明对象。",
        fix_en: "The disc must state how and when it was made, by whom, and what it proves.",
    },
    Rule {
        code: "record.disc.date",
        basis: "记录制度（二十）",
        severity: E,
        zh: "光盘制作时间早于执法行为开始时间。",
        en: "The disc is dated before the action started.",
        fix_zh: "核对光盘制作时间。",
        fix_en: "Check the date the disc was made.",
    },
    Rule {
        code: "record.disc.not_archived",
        basis: "记录制度（二十）",
        severity: E,
        zh: "作为证据的光盘未与档案一并归档。",
        en: "The evidence disc is not archived with the case file.",
        fix_zh: "将光盘与执法档案一并归档，保存期限按档案保存期限执行。",
        fix_en: "Archive the disc with the case file, for the file's retention period.",
    },
];

/// The rule with `code`.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_cite_the_rules() {
        for (i, r) in RULES.iter().enumerate() {
            assert!(r.code.starts_with("record."));
            assert!(
                RULES[i + 1..].iter().all(|o| o.code != r.code),
                "{}",
                r.code
            );
            assert!(!r.basis.is_empty() && !r.zh.is_empty() && !r.en.is_empty());
        }
    }
}

//! Which documents must carry the three reasoning sections: 公示制度（十二） asks for them in
//! general-procedure (一般程序) penalty and compulsion decisions. Notices, inspection records,
//! rectification orders, on-the-spot (简易程序) decisions and publication summaries do not.
//!
//! The type comes from `options.docType` when given, else from the title line, else from the
//! kind code of the document's own 文号 (`应急罚` → penalty decision, `应急查扣` → seizure).
//! This is a local check of the reasoning module; the validator's full document-type detection
//! may replace it.

use serde::Serialize;

use crate::doc::Doc;
use crate::options::Options;
use crate::text::docnum::DocKind;

/// The document type as far as reasoning is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocScope {
    /// 行政处罚决定书 (一般程序): the three sections are required.
    PenaltyDecision,
    /// 查封扣押 / 强制措施 / 强制执行决定书: the three sections are required.
    CompulsionDecision,
    /// 行政（当场）处罚决定书, 简易程序: not required.
    OnSpotDecision,
    /// 行政处罚告知书 / 听证告知书: not required (the decision carries the reasoning).
    Notice,
    /// 现场检查记录, 询问笔录, 责令限期整改指令书, 复查意见书, 送达回执…: not required.
    Record,
    /// A publication summary (公示摘要): not required.
    Summary,
    /// Unrecognised (no title, 文号 or `docType` says what it is): the sections are graded but
    /// not required, so a fragment of text is not told that its reasoning is missing. Pass
    /// `docType` to require them.
    Unknown,
}

impl DocScope {
    /// True when the three sections are required.
    pub fn requires_reasoning(self) -> bool {
        matches!(
            self,
            DocScope::PenaltyDecision | DocScope::CompulsionDecision
        )
    }

    /// True for compulsion decisions (the discretion section is about necessity and
    /// proportionality, not a fine).
    pub fn is_compulsion(self) -> bool {
        self == DocScope::CompulsionDecision
    }

    /// Name in messages (zh).
    pub fn name_zh(self) -> &'static str {
        match self {
            DocScope::PenaltyDecision => "行政处罚决定书",
            DocScope::CompulsionDecision => "行政强制决定书",
            DocScope::OnSpotDecision => "当场（简易程序）处罚决定书",
            DocScope::Notice => "告知书",
            DocScope::Record => "检查、询问记录或整改文书",
            DocScope::Summary => "公示摘要",
            DocScope::Unknown => "未识别的文书",
        }
    }

    /// Name in messages (en).
    pub fn name_en(self) -> &'static str {
        match self {
            DocScope::PenaltyDecision => "penalty decision",
            DocScope::CompulsionDecision => "compulsion decision",
            DocScope::OnSpotDecision => "on-the-spot penalty decision",
            DocScope::Notice => "notice",
            DocScope::Record => "record or rectification document",
            DocScope::Summary => "publication summary",
            DocScope::Unknown => "unrecognised document",
        }
    }
}

/// `options.docType` values and what they mean here (corpus ids and plain names).
const DOC_TYPES: &[(&str, DocScope)] = &[
    ("penalty_decision", DocScope::PenaltyDecision),
    ("penalty_decision_org", DocScope::PenaltyDecision),
    ("penalty_decision_person", DocScope::PenaltyDecision),
    ("seizure_decision", DocScope::CompulsionDecision),
    ("compulsory_measure_decision", DocScope::CompulsionDecision),
    ("compulsion_decision", DocScope::CompulsionDecision),
    ("enforcement_decision", DocScope::CompulsionDecision),
    ("on_spot_penalty_decision", DocScope::OnSpotDecision),
    ("penalty_notice", DocScope::Notice),
    ("hearing_notice", DocScope::Notice),
    ("rectification_order", DocScope::Record),
    ("rectification_review", DocScope::Record),
    ("inspection_record", DocScope::Record),
    ("inquiry_record", DocScope::Record),
    ("service_receipt", DocScope::Record),
    ("publication_summary", DocScope::Summary),
];

/// Title words, tried in order on the first lines: the first that matches decides.
const TITLES: &[(&str, DocScope)] = &[
    ("当场", DocScope::OnSpotDecision),
    ("简易程序", DocScope::OnSpotDecision),
    ("告知书", DocScope::Notice),
    ("信息公开", DocScope::Summary),
    ("信息公示", DocScope::Summary),
    ("公示摘要", DocScope::Summary),
    ("决定公示", DocScope::Summary),
    ("执法公示", DocScope::Summary),
    ("公示信息", DocScope::Summary),
    ("公开信息", DocScope::Summary),
    ("查封", DocScope::CompulsionDecision),
    ("扣押", DocScope::CompulsionDecision),
    ("强制措施决定书", DocScope::CompulsionDecision),
    ("现场处理措施决定书", DocScope::CompulsionDecision),
    ("强制执行决定书", DocScope::CompulsionDecision),
    ("处罚决定书", DocScope::PenaltyDecision),
    ("检查记录", DocScope::Record),
    ("笔录", DocScope::Record),
    ("指令书", DocScope::Record),
    ("意见书", DocScope::Record),
    ("回执", DocScope::Record),
    ("回证", DocScope::Record),
    ("催告书", DocScope::Record),
];

/// Decides the document type.
pub fn detect(doc: &Doc<'_>, opts: &Options) -> DocScope {
    if let Some(t) = opts.doc_type.as_deref() {
        if let Some((_, s)) = DOC_TYPES.iter().find(|(k, _)| *k == t) {
            return *s;
        }
    }
    let text = doc.text();
    // The title is among the first lines and short.
    for l in doc.lines().iter().take(8) {
        let s = &text[l.span.start..l.span.end];
        if s.chars().count() > 24 {
            continue;
        }
        for (w, scope) in TITLES {
            if s.contains(w) {
                return *scope;
            }
        }
    }
    // The kind code of the first 文号 (the document's own number comes first).
    if let Some(kind) = doc.doc_numbers().iter().find_map(|n| n.kind) {
        return match kind {
            DocKind::PenaltyDecision => DocScope::PenaltyDecision,
            DocKind::OnSpotPenaltyDecision => DocScope::OnSpotDecision,
            DocKind::PenaltyNotice | DocKind::HearingNotice => DocScope::Notice,
            DocKind::SeizureDecision
            | DocKind::CompulsoryMeasureDecision
            | DocKind::EnforcementDecision => DocScope::CompulsionDecision,
            _ => DocScope::Record,
        };
    }
    DocScope::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(t: &str) -> DocScope {
        detect(&Doc::new(t), &Options::default())
    }

    #[test]
    fn from_titles() {
        assert_eq!(
            scope("某县应急管理局\n行政处罚决定书\n"),
            DocScope::PenaltyDecision
        );
        assert_eq!(
            scope("某县应急管理局\n查封（扣押）决定书\n"),
            DocScope::CompulsionDecision
        );
        assert_eq!(scope("行政（当场）处罚决定书\n"), DocScope::OnSpotDecision);
        assert_eq!(scope("行政处罚告知书\n"), DocScope::Notice);
        assert_eq!(scope("现场检查记录\n"), DocScope::Record);
        assert_eq!(scope("行政处罚决定信息公开\n"), DocScope::Summary);
        assert_eq!(
            scope("行政执法决定公示\n决定书文号：泉应急罚〔2023〕12号"),
            DocScope::Summary
        );
        assert_eq!(scope("责令限期整改指令书\n"), DocScope::Record);
    }

    #[test]
    fn from_doc_number_and_options() {
        assert_eq!(
            scope("泉应急罚〔2023〕12号\n当事人：某公司"),
            DocScope::PenaltyDecision
        );
        assert_eq!(scope("当事人：某公司\n经查"), DocScope::Unknown);
        let opts = Options {
            doc_type: Some("penalty_notice".into()),
            ..Options::default()
        };
        assert_eq!(detect(&Doc::new("行政处罚决定书"), &opts), DocScope::Notice);
    }
}

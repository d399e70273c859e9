//! Publication checks (公示制度, 泉应急〔2020〕6号 附件1).
//!
//! For a decision: the six summary fields of （十四）2 and a publication summary built from the
//! **masked** text; the exclusions of （三） (a minor party blocks publication, the other grounds
//! are questions for the officer); the publication deadline of （十五） in working days; the
//! withdrawal (（七）) and test-result (（十五）) deadlines when their dates are given; the
//! publication period of （十七） and its take-down date; the full-text rule of （十四）. For a
//! publication summary: the same six fields, validated, and the same deadlines and period.
//!
//! Working days follow the official holiday and 调休 schedules embedded in [`holidays`]
//! (2020–[`last_covered_year`]); see [`calendar`].
//!
//! ```
//! let text = "泉州市应急管理局\n行政处罚决定书\n泉应急罚〔2024〕15号\n\
//!             被处罚单位：泉州某某机械有限公司\n统一社会信用代码：91350500MA2XXXXX1X\n\
//!             一、违法事实\n经查，你单位未按规定……\n\
//!             二、处罚决定\n本局决定对你单位作出如下行政处罚：罚款人民币叁万元整。\n\
//!             泉州市应急管理局\n2024年9月27日\n（印章）";
//! let p = gongshi::publish::publication(text, &Default::default()).unwrap();
//! let deadline = p.deadline.unwrap();
//! assert_eq!(deadline.deadline.date.to_string(), "2024-10-12"); // 7 working days, 国庆 skipped
//! assert!(p.summary_text.unwrap().contains("执法类别：行政处罚"));
//! ```

pub mod calendar;
pub mod civil;
pub mod exclusions;
pub mod holidays;
pub mod rules;
pub mod summary;

pub use calendar::{
    add_working_days, add_working_days_str, last_covered_year, working_days_arg, Calendar,
    CalendarDay, DayKind, Deadline, ExtraHolidays, ExtraYear,
};
pub use civil::{Date, DateTime, Weekday};
pub use exclusions::{Age, AgeSource, ExclusionAnswers, Party, PartyKind, Question};
pub use rules::Category;

use serde::Serialize;

use crate::doc::Doc;
use crate::error::Error;
use crate::finding::{Finding, Severity, Span, Text};
use crate::options::Options;
use crate::redact::{self, Redaction};
use crate::render::MapSpans;
use crate::text::docnum;

use rules::{FIELDS, PERIOD_LABELS, PUBLICATION_DATE_LABELS};
use summary::{name_only, Labels};

/// What the text is, for publication purposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SourceKind {
    /// An enforcement decision (or record of a result) to be published.
    Decision,
    /// A publication summary (公示摘要).
    Summary,
    /// A document that is not a decision (a 告知书, a 询问笔录…): not published as such.
    NotDecision,
}

/// How the caller intends to publish a decision (公示制度（十四）).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PublicationMode {
    /// The full text (with personal data hidden).
    FullText,
    /// A summary of the six fields.
    Summary,
}

crate::json::json_enum!(PublicationMode { "fullText" => FullText, "summary" => Summary });

/// One of the six summary fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SummaryField {
    /// Stable id: `doc_number`, `enforcement_subject`, `enforcement_target`,
    /// `enforcement_category`, `enforcement_date`, `enforcement_conclusion`.
    pub id: String,
    /// Its label (决定书文号 …).
    pub label: Text,
    /// The value, with personal data masked; `None` when not found.
    pub value: Option<String>,
    /// Where the value is in the text.
    pub span: Option<Span>,
}

impl MapSpans for SummaryField {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.span.map_spans(f);
    }
}

/// A duty with a working-day deadline: publish, withdraw, tell test results.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Duty {
    /// `publish`, `withdraw` or `informTestResults`.
    pub id: String,
    /// The rule it rests on.
    pub basis: String,
    /// The deadline and how it was counted.
    pub deadline: Deadline,
    /// When it was done, if the caller said so.
    pub done_on: Option<Date>,
    /// Whether it was done in time (`None` when not done or unknown).
    pub met: Option<bool>,
}

/// The publication period (公示制度（十七）).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// Years of publication: 5, or 2 for a natural person.
    pub years: i32,
    /// The rule.
    pub basis: String,
    /// The party is a natural person.
    pub natural_person: bool,
    /// The first day of publication, when known.
    pub from: Option<Date>,
    /// The last day of the period (the corresponding day `years` later, 民法典第二百零二条).
    pub last_day: Option<Date>,
    /// The day the decision must no longer be shown: the day after the last day.
    pub take_down_date: Option<Date>,
    /// The period a summary states (公示期限), if any.
    pub stated_years: Option<i32>,
}

/// Result of the publication checks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Publication {
    /// True: the publication checks are available.
    pub supported: bool,
    /// Decision, summary, or a document that is not a decision.
    pub source: SourceKind,
    /// 执法类别.
    pub category: Option<Category>,
    /// The six summary fields, in the order of 公示制度（十四）2.
    pub fields: Vec<SummaryField>,
    /// A publication summary built from the masked decision (decisions only).
    pub summary_text: Option<String>,
    /// The decision date used for the deadline.
    pub decision_date: Option<Date>,
    /// The publication date used (the `publicationDate` option, or the summary's 公开日期).
    pub publication_date: Option<Date>,
    /// What is known about the party.
    pub party: Party,
    /// The publication deadline (公示制度（十五）).
    pub deadline: Option<Duty>,
    /// The withdrawal deadline after a revocation (公示制度（七）), when `revocationDate` is
    /// given.
    pub withdrawal: Option<Duty>,
    /// The deadline to tell the inspected party test results (公示制度（十五）), when
    /// `testResultsDate` is given.
    pub test_results: Option<Duty>,
    /// The publication period and take-down date.
    pub period: Option<Period>,
    /// The decision must be published in full (准予行政许可, 行政征收).
    pub full_text_required: bool,
    /// Exclusion grounds the officer must decide on (公示制度（三）).
    pub questions: Vec<Question>,
    /// False when something blocks publication (an exclusion, a missing summary field, a
    /// summary where the full text is required).
    pub may_publish: bool,
    /// Findings of the publication checks.
    pub findings: Vec<Finding>,
}

impl MapSpans for Publication {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.fields.map_spans(f);
        self.findings.map_spans(f);
    }
}

/// The masked text of an original span: personal data inside it replaced as in the masked
/// document.
fn masked(original: &str, redaction: &Redaction, sp: Span) -> String {
    let mut out = String::new();
    let mut at = sp.start;
    for f in &redaction.findings {
        let (Some(s), Some(p)) = (f.span, f.pii.as_deref()) else {
            continue;
        };
        if s.end <= sp.start || s.start >= sp.end || s.start < at {
            continue;
        }
        out.push_str(original.get(at..s.start).unwrap_or(""));
        out.push_str(&p.replacement);
        at = s.end.min(sp.end).max(at);
        if s.end > sp.end {
            at = sp.end;
        }
    }
    out.push_str(original.get(at..sp.end).unwrap_or(""));
    out
}

/// Joins a hard-wrapped value into one line (Chinese text needs no space at the join).
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut lines = s.lines();
    if let Some(first) = lines.next() {
        out.push_str(first.trim_end());
    }
    for l in lines {
        out.push_str(l.trim());
    }
    out
}

/// Raw extraction in canonical spans.
#[derive(Debug, Default)]
struct Extract {
    values: [Option<Span>; 6],
    category: Option<Category>,
    date: Option<Date>,
    granted: Option<bool>,
}

const DOC_NUMBER: usize = 0;
const SUBJECT: usize = 1;
const TARGET: usize = 2;
const CATEGORY: usize = 3;
const DATE: usize = 4;
const CONCLUSION: usize = 5;

fn date_in(doc: &Doc<'_>, sp: Span) -> Option<Date> {
    doc.dates()
        .iter()
        .find(|m| m.span.start >= sp.start && m.span.end <= sp.end)
        .and_then(|m| m.ymd())
        .and_then(|y| Date::new(y.year, y.month, y.day))
}

fn granted_in(s: &str) -> Option<bool> {
    if s.contains("不予许可") || s.contains("不予行政许可") || s.contains("不予批准")
    {
        Some(false)
    } else if s.contains("准予") || s.contains("予以许可") || s.contains("同意许可") {
        Some(true)
    } else {
        None
    }
}

/// Reads the six fields of a publication summary from their labels.
fn extract_summary(doc: &Doc<'_>, idx: &Labels) -> Extract {
    let text = doc.text();
    let n = doc.lines().len();
    let mut e = Extract::default();
    for (i, f) in FIELDS.iter().enumerate() {
        if let Some(l) = idx.find(f.labels, 0, n) {
            let sp = if i == TARGET {
                name_only(text, l.value)
            } else {
                l.value
            };
            if !sp.is_empty() {
                e.values[i] = Some(sp);
            }
        }
    }
    if let Some(sp) = e.values[CATEGORY] {
        e.category = rules::category_in(&text[sp.start..sp.end]);
    }
    if let Some(sp) = e.values[DATE] {
        e.date = date_in(doc, sp);
    }
    let hay: String = [CATEGORY, CONCLUSION]
        .iter()
        .filter_map(|&i| e.values[i].map(|sp| &text[sp.start..sp.end]))
        .collect();
    e.granted = granted_in(&hay);
    e
}

/// Reads the six fields of a decision from its header, operative part and signature.
fn extract_decision(
    doc: &Doc<'_>,
    idx: &Labels,
    doc_type: Option<&str>,
) -> (Extract, usize, Option<&'static str>) {
    let text = doc.text();
    let body = summary::body_start(doc);
    let mut e = Extract::default();
    let own = summary::own_doc_number(doc, body);
    e.values[DOC_NUMBER] = own.map(|(sp, _)| sp);
    e.values[SUBJECT] = summary::agency(doc, body);
    let party = summary::party_line(doc, idx, body);
    let mut party_label = None;
    if let Some(l) = party {
        let sp = name_only(text, l.value);
        if !sp.is_empty() {
            e.values[TARGET] = Some(sp);
        }
        let word = &text[l.label.start..l.label.end];
        party_label = rules::PARTY_LABELS.iter().copied().find(|p| *p == word);
    }
    e.category = summary::decision_category(doc, doc_type, own.and_then(|(_, k)| k), body);
    e.values[CONCLUSION] = summary::conclusion(doc, body);
    if let Some((d, sp)) = summary::decision_date(doc, idx) {
        e.date = Some(d);
        e.values[DATE] = Some(sp);
    }
    if e.category == Some(Category::Licensing) {
        let head: String = doc
            .lines()
            .iter()
            .take(4)
            .map(|l| &text[l.span.start..l.span.end])
            .collect();
        let concl = e.values[CONCLUSION].map_or("", |sp| &text[sp.start..sp.end]);
        e.granted = granted_in(concl).or(granted_in(&head));
    }
    (e, body, party_label)
}

/// Runs the publication checks on a document, masking it first.
pub fn run(doc: &Doc<'_>, opts: &Options) -> Publication {
    let redaction = redact::run(doc, opts);
    // The document type as the validator sees it (given, or detected).
    let detected = match &opts.doc_type {
        Some(t) => Some(t.clone()),
        None => {
            let types = crate::validate::custom::registry(&opts.validate);
            let ctx = crate::validate::ctx::Ctx::new(doc);
            crate::validate::doctype::detect(&ctx, &types).map(|d| d.id)
        }
    };
    run_with(doc, opts, &redaction, detected.as_deref(), false)
}

/// Checks the publication rules for `text`: the entry point for callers that only want this
/// part (the library's `check` includes it).
pub fn publication(text: &str, opts: &Options) -> Result<Publication, Error> {
    opts.check_input(text)?;
    if let Some(s) = &opts.publication_summary {
        opts.check_input(s)?;
    }
    Ok(run(&Doc::new(text), opts))
}

/// Runs the publication checks with the masking result already computed and the document type
/// (detected or given), as [`crate::check`] does. With `elements_checked`, the element validator
/// has already reported missing summary fields (`element.missing.*`), so the same facts are kept
/// here as `info` (they still set `mayPublish` to false) instead of being reported twice.
pub fn run_with(
    doc: &Doc<'_>,
    opts: &Options,
    redaction: &Redaction,
    doc_type: Option<&str>,
    elements_checked: bool,
) -> Publication {
    let text = doc.text();
    let idx = Labels::new(doc);
    // The validator's type decides when it names a summary or a known non-summary type;
    // otherwise three of the six summary labels make a summary.
    let known = |t: &str| {
        rules::DOC_TYPE_CATEGORIES.iter().any(|(id, _)| *id == t)
            || rules::NOT_DECISIONS.contains(&t)
    };
    let is_summary = match doc_type {
        Some(rules::SUMMARY_DOC_TYPE) => true,
        Some(t) if known(t) => false,
        _ => summary::summary_label_count(doc, &idx) >= 3,
    };
    let (mut ex, body, party_label) = if is_summary {
        (extract_summary(doc, &idx), doc.lines().len(), None)
    } else {
        extract_decision(doc, &idx, doc_type)
    };
    let own_kind = if is_summary {
        None
    } else {
        summary::own_doc_number(doc, body).and_then(|(_, k)| k)
    };
    let source = if is_summary {
        SourceKind::Summary
    } else if summary::not_a_decision(doc, doc_type, own_kind) {
        SourceKind::NotDecision
    } else {
        SourceKind::Decision
    };
    if let Some(d) = opts.decision_date {
        ex.date = Some(d);
    }
    let mut findings = Vec::new();

    // The six fields, masked.
    let original = doc.original();
    let fields: Vec<SummaryField> = FIELDS
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let span = ex.values[i].map(|sp| doc.to_original(sp));
            let mut value = span.map(|sp| one_line(&masked(original, redaction, sp)));
            if i == CATEGORY && value.is_none() {
                value = ex.category.map(|c| c.zh().to_string());
            }
            SummaryField {
                id: f.id.to_string(),
                label: Text::new(f.zh, f.en),
                value,
                span,
            }
        })
        .collect();

    if source == SourceKind::NotDecision {
        findings.push(
            Finding::new(
                "publication.not_a_decision",
                Severity::Info,
                Text::new(
                    "本文书不是执法决定，公示制度的事后公开要求适用于据此作出的执法决定。",
                    "This document is not an enforcement decision; the publication rules apply to the decision made on it.",
                ),
            )
            .with_basis("公示制度（十四）、（十五）"),
        );
    }

    // The party, from the header block (decision) or the target line (summary).
    let (block, target_name) = if is_summary {
        let n = doc.lines().len();
        let line = idx.find(FIELDS[TARGET].labels, 0, n).map(|l| l.line);
        (
            line.map_or((0, 0), |l| (l, l + 1)),
            ex.values[TARGET].map(|sp| &text[sp.start..sp.end]),
        )
    } else {
        let start = summary::party_line(doc, &idx, body).map_or(0, |l| l.line);
        (
            (start, body.max(start + 1)),
            ex.values[TARGET].map(|sp| &text[sp.start..sp.end]),
        )
    };
    let reference_date = ex.date.or(opts.publication_date);
    let type_kind = doc_type.and_then(|t| {
        rules::DOC_TYPE_PARTY
            .iter()
            .find(|(id, _)| *id == t)
            .map(|&(_, person)| {
                if person {
                    PartyKind::Person
                } else {
                    PartyKind::Organisation
                }
            })
    });
    let (party, age_span) = exclusions::party(
        doc,
        &idx,
        block,
        party_label,
        target_name,
        redaction,
        reference_date,
        opts.party_kind.or(type_kind),
    );

    let mut questions = Vec::new();
    if source != SourceKind::NotDecision {
        questions = exclusions::assess(
            doc,
            &party,
            age_span,
            opts.exclusions.as_ref(),
            &mut findings,
        );
    }

    // Summary validation (a summary) or the summary someone wrote (a decision).
    let mut blocked = false;
    if source == SourceKind::Summary {
        let missing_severity = if elements_checked {
            Severity::Info
        } else {
            Severity::Error
        };
        blocked |= validate_summary_fields(doc, &ex, missing_severity, &mut findings);
    }
    if source == SourceKind::Decision {
        if let Some(s) = opts.publication_summary.as_deref() {
            compare_summary(doc, &ex, s, &mut findings);
        }
        let missing: Vec<&str> = (0..6)
            .filter(|&i| ex.values[i].is_none() && !(i == CATEGORY && ex.category.is_some()))
            .filter_map(|i| FIELDS.get(i).map(|f| f.zh))
            .collect();
        if !missing.is_empty() {
            findings.push(
                Finding::new(
                    "publication.summary.unextracted",
                    Severity::Warning,
                    Text::new(
                        format!(
                            "未能从文书中提取公示摘要的以下内容：{}。",
                            missing.join("、")
                        ),
                        format!(
                            "Could not find these summary fields in the document: {}.",
                            missing.join(", ")
                        ),
                    ),
                )
                .with_basis("公示制度（十四）2")
                .with_suggestion(Text::new(
                    "补全文书相应内容，或在公示摘要中手工填写。",
                    "Complete the document, or fill these fields in the summary by hand.",
                )),
            );
        }
    }

    // Full text required (公示制度（十四）).
    let full_text_required = match ex.category {
        Some(Category::Expropriation) => true,
        Some(Category::Licensing) => ex.granted == Some(true),
        _ => false,
    };
    if full_text_required && source != SourceKind::NotDecision {
        let summary_only = source == SourceKind::Summary
            || opts.publication_mode == Some(PublicationMode::Summary);
        let (sev, zh, en) = if summary_only {
            (
                Severity::Error,
                "准予行政许可、行政征收的决定应当全文公开，不能仅公示摘要。",
                "Decisions granting a licence and expropriation decisions must be published in full, not as a summary.",
            )
        } else {
            (
                Severity::Info,
                "准予行政许可、行政征收的决定应当全文公开（隐去个人信息后）。",
                "Decisions granting a licence and expropriation decisions are published in full (with personal data hidden).",
            )
        };
        findings.push(
            Finding::new("publication.full_text_required", sev, Text::new(zh, en))
                .with_basis("公示制度（十四）"),
        );
    }

    // Dates: publication date (option, or the summary's own), deadlines.
    let publication_date = opts.publication_date.or_else(|| {
        if !is_summary {
            return None;
        }
        let l = idx.find(PUBLICATION_DATE_LABELS, 0, doc.lines().len())?;
        date_in(doc, l.value)
    });
    let extra = opts.extra_holidays.as_ref();
    let mut deadline = None;
    if source != SourceKind::NotDecision {
        let organisation = party.kind == PartyKind::Organisation;
        deadline = publication_deadline(&ex, organisation, publication_date, extra, &mut findings);
    }
    let withdrawal_basis = if ex.category == Some(Category::Penalty) {
        "公示制度（七）；行政处罚法第四十八条第二款"
    } else {
        "公示制度（七）"
    };
    let withdrawal = opts.revocation_date.and_then(|r| {
        duty(
            "withdraw",
            withdrawal_basis,
            r,
            rules::WITHDRAWAL_DAYS,
            opts.withdrawal_date,
            extra,
            Text::new(
                "已公开的决定被撤销、确认违法、确认无效或者要求重新作出的，应在收到相关法律文书之日起3个工作日内撤下原决定信息（行政处罚决定还应公开说明理由），重新作出的决定应予公布。",
                "When a published decision is revoked, declared unlawful or void, or must be made again, withdraw it within 3 working days of receiving that document (for a penalty, also state the reasons publicly), and publish the new decision.",
            ),
            "publication.withdrawal",
            &mut findings,
        )
    });
    let test_results = opts.test_results_date.and_then(|r| {
        duty(
            "informTestResults",
            "公示制度（十五）",
            r,
            rules::TEST_RESULTS_DAYS,
            None,
            extra,
            Text::new(
                "需要等待检验、检测、检疫结果的，应当在收到结果之日起3个工作日内告知被检查人。",
                "When inspection, testing or quarantine results are awaited, tell the inspected party within 3 working days of receiving them.",
            ),
            "publication.test_results",
            &mut findings,
        )
    });

    // Period (公示制度（十七）).
    let mut period = None;
    if source != SourceKind::NotDecision {
        period = Some(publication_period(
            doc,
            &idx,
            is_summary,
            &party,
            publication_date,
            &mut findings,
        ));
    }

    let summary_text = (source == SourceKind::Decision)
        .then(|| build_summary_text(&fields, ex.category, ex.date, period.as_ref()));

    let may_publish = source != SourceKind::NotDecision
        && !blocked
        && !findings.iter().any(|f| f.severity == Severity::Error);
    Publication {
        supported: true,
        source,
        category: ex.category,
        fields,
        summary_text,
        decision_date: ex.date,
        publication_date,
        party,
        deadline,
        withdrawal,
        test_results,
        period,
        full_text_required,
        questions,
        may_publish,
        findings,
    }
}

#[allow(clippy::too_many_arguments)]
fn duty(
    id: &str,
    basis: &str,
    from: Date,
    days: u32,
    done_on: Option<Date>,
    extra: Option<&ExtraHolidays>,
    rule: Text,
    code: &str,
    findings: &mut Vec<Finding>,
) -> Option<Duty> {
    let deadline = add_working_days(from, days, extra).ok()?;
    let met = done_on.map(|d| d >= from && d <= deadline.date);
    let mut msg = Text::new(
        format!(
            "{}期限届满日：{}。{}",
            rule.zh,
            deadline.date.zh(),
            deadline.explanation.zh
        ),
        format!(
            "{} Deadline: {}. {}",
            rule.en, deadline.date, deadline.explanation.en
        ),
    );
    let sev = if met == Some(false) {
        msg.zh.insert_str(0, "已逾期：");
        msg.en.insert_str(0, "Missed: ");
        Severity::Warning
    } else {
        Severity::Info
    };
    let code = if met == Some(false) {
        format!("{code}.missed")
    } else {
        code.to_string()
    };
    findings.push(Finding::new(code, sev, msg).with_basis(basis));
    Some(Duty {
        id: id.to_string(),
        basis: basis.to_string(),
        deadline,
        done_on,
        met,
    })
}

fn publication_deadline(
    ex: &Extract,
    organisation: bool,
    publication_date: Option<Date>,
    extra: Option<&ExtraHolidays>,
    findings: &mut Vec<Finding>,
) -> Option<Duty> {
    let Some(decided) = ex.date else {
        findings.push(
            Finding::new(
                "publication.deadline.no_date",
                Severity::Warning,
                Text::new(
                    "未能确定执法决定的作出日期，无法计算公开期限。",
                    "The decision date could not be found, so the publication deadline cannot be computed.",
                ),
            )
            .with_basis("公示制度（十五）")
            .with_suggestion(Text::new(
                "在文书落款处写明决定日期，或通过 decisionDate 选项提供。",
                "Date the decision in its signature block, or pass the decisionDate option.",
            )),
        );
        return None;
    };
    let category = ex.category.unwrap_or(Category::Penalty);
    let days = category.publication_days();
    if ex.category.is_none() {
        findings.push(
            Finding::new(
                "publication.category.unknown",
                Severity::Warning,
                Text::new(
                    format!("未能确定执法类别，按较短的{days}个工作日计算公开期限。"),
                    format!("The category could not be determined; the shorter deadline of {days} working days is used."),
                ),
            )
            .with_basis("公示制度（十五）"),
        );
    }
    if let Some(p) = publication_date {
        if p < decided {
            findings.push(
                Finding::new(
                    "publication.date.before_decision",
                    Severity::Error,
                    Text::new(
                        format!(
                            "公开日期（{}）早于执法决定日期（{}）。",
                            p.zh(),
                            decided.zh()
                        ),
                        format!(
                            "The publication date ({p}) is before the decision date ({decided})."
                        ),
                    ),
                )
                .with_basis("公示制度（十五）"),
            );
        }
    }
    let rule = Text::new(
        format!(
            "{}决定信息应在执法决定作出之日起{}个工作日内公开。",
            category.zh(),
            days
        ),
        format!(
            "A {} decision must be published within {} working days of being made.",
            category.en(),
            days
        ),
    );
    let deadline = add_working_days(decided, days, extra).ok()?;
    let met = publication_date.map(|p| p >= decided && p <= deadline.date);
    let late = publication_date.is_some_and(|p| p > deadline.date);
    let (code, sev, mut msg) = if late {
        (
            "publication.deadline.missed",
            Severity::Warning,
            Text::new(
                format!(
                    "公开日期{}晚于期限届满日{}。",
                    publication_date.map(|d| d.zh()).unwrap_or_default(),
                    deadline.date.zh()
                ),
                format!(
                    "Published on {} after the deadline {}.",
                    publication_date.map(|d| d.to_string()).unwrap_or_default(),
                    deadline.date
                ),
            ),
        )
    } else {
        (
            "publication.deadline",
            Severity::Info,
            Text::new(
                format!("应于{}前公开。", deadline.date.zh()),
                format!("Publish by {}.", deadline.date),
            ),
        )
    };
    msg.zh.insert_str(0, &rule.zh);
    msg.en.insert_str(0, &format!("{} ", rule.en));
    msg.zh.push_str(&deadline.explanation.zh);
    msg.en.push(' ');
    msg.en.push_str(&deadline.explanation.en);
    // 安全生产法第七十八条第二款 sets the same 7 working days for penalties on 生产经营单位.
    let basis = if category == Category::Penalty && organisation {
        "公示制度（十五）；安全生产法第七十八条第二款"
    } else {
        "公示制度（十五）"
    };
    findings.push(Finding::new(code, sev, msg).with_basis(basis));
    Some(Duty {
        id: "publish".into(),
        basis: basis.into(),
        deadline,
        done_on: publication_date,
        met,
    })
}

fn publication_period(
    doc: &Doc<'_>,
    idx: &Labels,
    is_summary: bool,
    party: &Party,
    from: Option<Date>,
    findings: &mut Vec<Finding>,
) -> Period {
    let natural = party.kind == PartyKind::Person;
    let years = if natural {
        rules::PERIOD_YEARS_PERSON
    } else {
        rules::PERIOD_YEARS
    };
    let last_day = from.and_then(|d| d.add_years(years));
    let take_down_date = last_day.and_then(Date::succ);
    let stated_years = if is_summary {
        idx.find(PERIOD_LABELS, 0, doc.lines().len()).and_then(|l| {
            let v = &doc.text()[l.value.start..l.value.end];
            let i = v.find('年')?;
            let num: String = v[..i]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || crate::text::numerals::is_numeral_char(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            crate::text::numerals::parse_int(&num).and_then(|n| i32::try_from(n).ok())
        })
    } else {
        None
    };
    let basis = "公示制度（十七）";
    if let Some(s) = stated_years {
        if s != years && party.kind != PartyKind::Unknown {
            findings.push(
                Finding::new(
                    "publication.period.mismatch",
                    Severity::Warning,
                    Text::new(
                        format!(
                            "公示期限写为{s}年，但{}的公开期限为{years}年。",
                            if natural {
                                "行政相对人是自然人"
                            } else {
                                "行政相对人是法人或其他组织"
                            }
                        ),
                        format!(
                            "The stated period is {s} years, but for {} it is {years} years.",
                            if natural {
                                "a natural person"
                            } else {
                                "an organisation"
                            }
                        ),
                    ),
                )
                .with_basis(basis)
                .with_suggestion(Text::new(
                    "核对公示期限；法律法规规章另有规定的，从其规定。",
                    "Check the period; a law, regulation or rule may provide otherwise.",
                )),
            );
        }
    }
    let (zh, en) = match (from, take_down_date) {
        (Some(f), Some(t)) => (
            format!(
                "公开期限为{years}年（{}），自{}公开，应于{}撤下。",
                if natural {
                    "行政相对人是自然人"
                } else {
                    "行政相对人是法人或其他组织"
                },
                f.zh(),
                t.zh()
            ),
            format!(
                "Published for {years} years ({}) from {f}: take it down on {t}.",
                if natural {
                    "natural person"
                } else {
                    "organisation"
                }
            ),
        ),
        _ => (
            format!(
                "公开期限为{years}年（{}），自公开之日起计算。",
                if natural {
                    "行政相对人是自然人"
                } else {
                    "行政相对人是法人或其他组织"
                }
            ),
            format!(
                "Published for {years} years ({}), counted from the publication date.",
                if natural {
                    "natural person"
                } else {
                    "organisation"
                }
            ),
        ),
    };
    findings.push(
        Finding::new("publication.period", Severity::Info, Text::new(zh, en)).with_basis(basis),
    );
    Period {
        years,
        basis: format!("{basis}；民法典第二百零二条"),
        natural_person: natural,
        from,
        last_day,
        take_down_date,
        stated_years,
    }
}

/// Reports missing and unreadable summary fields; returns true when one is missing.
fn validate_summary_fields(
    doc: &Doc<'_>,
    ex: &Extract,
    missing_severity: Severity,
    findings: &mut Vec<Finding>,
) -> bool {
    let text = doc.text();
    let mut missing = false;
    for (i, f) in FIELDS.iter().enumerate() {
        let Some(sp) = ex.values[i] else {
            missing = true;
            findings.push(
                Finding::new(
                    format!("publication.summary.missing.{}", f.id),
                    missing_severity,
                    Text::new(
                        format!("公示摘要缺少“{}”。", f.zh),
                        format!("The publication summary lacks the {}.", f.en),
                    ),
                )
                .with_basis("公示制度（十四）2")
                .with_suggestion(Text::new(
                    format!("补充“{}：…”一项。", f.zh),
                    format!("Add a “{}: …” line.", f.zh),
                )),
            );
            continue;
        };
        let v = &text[sp.start..sp.end];
        let invalid = match i {
            DOC_NUMBER => !docnum::find(v).iter().any(|n| n.is_complete()),
            DATE => ex.date.is_none(),
            CATEGORY => ex.category.is_none(),
            _ => false,
        };
        if invalid {
            findings.push(
                Finding::new(
                    format!("publication.summary.invalid.{}", f.id),
                    Severity::Warning,
                    Text::new(
                        format!("公示摘要的“{}”无法识别。", f.zh),
                        format!("The {} of the summary cannot be read.", f.en),
                    ),
                )
                .with_span(doc.to_original(sp))
                .with_basis("公示制度（十四）2"),
            );
        }
    }
    missing
}

/// Compares a summary someone wrote with the decision it summarises.
fn compare_summary(doc: &Doc<'_>, ex: &Extract, summary_text: &str, findings: &mut Vec<Finding>) {
    let sdoc = Doc::new(summary_text);
    let sx = extract_summary(&sdoc, &Labels::new(&sdoc));
    let dt = doc.text();
    let st = sdoc.text();
    let squash = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    for (i, f) in FIELDS.iter().enumerate() {
        let Some(ssp) = sx.values[i] else {
            findings.push(
                Finding::new(
                    format!("publication.summary.missing.{}", f.id),
                    Severity::Error,
                    Text::new(
                        format!("所附公示摘要缺少“{}”。", f.zh),
                        format!("The attached summary lacks the {}.", f.en),
                    ),
                )
                .with_basis("公示制度（十四）2"),
            );
            continue;
        };
        let sv = &st[ssp.start..ssp.end];
        let dv = ex.values[i].map(|sp| &dt[sp.start..sp.end]);
        let differs = match i {
            DOC_NUMBER => {
                let key = |s: &str| {
                    docnum::find(s)
                        .into_iter()
                        .next()
                        .map(|n| (n.org + &n.system + &n.code, n.year, n.seq))
                };
                dv.is_some_and(|d| key(d).is_some() && key(d) != key(sv))
            }
            CATEGORY => {
                ex.category.is_some() && sx.category.is_some() && ex.category != sx.category
            }
            DATE => ex.date.is_some() && sx.date.is_some() && ex.date != sx.date,
            CONCLUSION => {
                let fen = |d: &Doc<'_>, sp: Span| {
                    d.amounts()
                        .iter()
                        .filter(|a| a.span.start >= sp.start && a.span.end <= sp.end)
                        .map(|a| a.fen)
                        .max()
                };
                match (ex.values[i], sx.values[i]) {
                    (Some(a), Some(b)) => matches!(
                        (fen(doc, a), fen(&sdoc, b)),
                        (Some(x), Some(y)) if x != y
                    ),
                    _ => false,
                }
            }
            _ => dv.is_some_and(|d| squash(d) != squash(sv)),
        };
        if differs {
            let mut finding = Finding::new(
                format!("publication.summary.mismatch.{}", f.id),
                Severity::Error,
                Text::new(
                    format!("所附公示摘要的“{}”与决定书不一致。", f.zh),
                    format!(
                        "The {} in the attached summary differs from the decision.",
                        f.en
                    ),
                ),
            )
            .with_basis("公示制度（十四）2");
            if let Some(sp) = ex.values[i] {
                finding = finding.with_span(doc.to_original(sp));
            }
            findings.push(finding);
        }
    }
}

fn build_summary_text(
    fields: &[SummaryField],
    category: Option<Category>,
    date: Option<Date>,
    period: Option<&Period>,
) -> String {
    let mut out = String::new();
    for (i, f) in fields.iter().enumerate() {
        let value = match i {
            CATEGORY => category.map(|c| c.zh().to_string()),
            DATE => date.map(Date::zh).or_else(|| f.value.clone()),
            _ => f.value.clone(),
        };
        out.push_str(&f.label.zh);
        out.push('：');
        out.push_str(value.as_deref().unwrap_or("（未能提取，请补充）"));
        out.push('\n');
    }
    if let Some(p) = period {
        out.push_str(&format!("公示期限：自公开之日起{}年\n", p.years));
    }
    out
}

#[cfg(test)]
mod tests;

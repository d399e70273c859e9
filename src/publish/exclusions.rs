//! Exclusions from publication (公示制度（三）): the party's kind and age, the minor-party
//! block, and the other grounds as questions for the officer.

use serde::Serialize;

use crate::doc::Doc;
use crate::finding::{Finding, Severity, Span, Text};
use crate::redact::{PiiKind, Redaction};

use super::civil::Date;
use super::rules::{
    filing_reminder, AGE_OF_MAJORITY, ORG_MARKS, ORG_SUFFIXES, PERSON_MARKS, QUESTIONS,
};
use super::summary::Labels;

/// Whether the party is a natural person (公示制度（十七）: 2 years instead of 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum PartyKind {
    /// 自然人.
    Person,
    /// 法人或者其他组织.
    Organisation,
    /// Could not be told.
    Unknown,
}

crate::json::json_enum!(PartyKind {
    "person" => Person,
    "organisation" => Organisation,
    "unknown" => Unknown,
});

/// Where an age came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum AgeSource {
    /// The birth date in the 居民身份证号码.
    IdNumber,
    /// A 出生日期 / 出生年月 field.
    BirthDate,
    /// A stated age (年龄：16岁).
    StatedAge,
}

/// The party's age at the decision date, as a range when only the birth month is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Age {
    /// Lowest possible age in whole years.
    pub min: i32,
    /// Highest possible age in whole years.
    pub max: i32,
    /// Where it came from.
    pub source: AgeSource,
}

/// What is known about the party.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    /// Natural person or organisation.
    pub kind: PartyKind,
    /// Age at the decision date (natural persons).
    pub age: Option<Age>,
    /// `Some(true)` when the party was under 18 at the decision date, `Some(false)` when not,
    /// `None` when unknown.
    pub minor: Option<bool>,
}

/// The caller's answers to the exclusion questions (`exclusions` option): `true` means the
/// ground applies and the decision is not published. Absent keys are unanswered; unknown keys
/// are errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExclusionAnswers {
    /// 公示制度（三）1: the party is a minor (overrides the detection).
    pub minor: Option<bool>,
    /// （三）2: main facts involve state secrets, trade secrets or privacy.
    pub secrets: Option<bool>,
    /// （三）3: publication could endanger security or stability.
    pub security: Option<bool>,
    /// （三）4: a superior found it unsuitable for publication.
    pub superior_objection: Option<bool>,
    /// （三）5: publication could obstruct enforcement.
    pub obstruction: Option<bool>,
    /// （三）6: law, regulation or rule forbids publication.
    pub legal_prohibition: Option<bool>,
}

crate::json::json_struct!(ExclusionAnswers {
    "minor" => minor,
    "secrets" => secrets,
    "security" => security,
    "superiorObjection" => superior_objection,
    "obstruction" => obstruction,
    "legalProhibition" => legal_prohibition,
});

impl ExclusionAnswers {
    fn get(&self, id: &str) -> Option<bool> {
        match id {
            "minor" => self.minor,
            "secrets" => self.secrets,
            "security" => self.security,
            "superiorObjection" => self.superior_objection,
            "obstruction" => self.obstruction,
            "legalProhibition" => self.legal_prohibition,
            _ => None,
        }
    }
}

/// An exclusion ground the officer must decide on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// Stable id, the key in the `exclusions` option.
    pub id: String,
    /// The question.
    pub text: Text,
    /// The rule.
    pub basis: String,
    /// The caller's answer, if given.
    pub answer: Option<bool>,
    /// Words in the document that make the question worth a closer look.
    pub cues: Vec<String>,
}

fn fold_digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

/// The birth date in an 18-digit (positions 7–14) or 15-digit (positions 7–12, 19YY)
/// 居民身份证号码, ignoring spaces and dashes between groups.
pub fn birth_date_from_id(id: &str) -> Option<Date> {
    let digits: Vec<u8> = id
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '　'))
        .map(|c| fold_digit(c).or(matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ').then_some(10)))
        .collect::<Option<Vec<u8>>>()?;
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        digits
            .get(r)?
            .iter()
            .try_fold(0u32, |acc, &d| (d < 10).then_some(acc * 10 + d as u32))
    };
    match digits.len() {
        18 => Date::new(n(6..10)? as i32, n(10..12)?, n(12..14)?),
        15 => Date::new(1900 + n(6..8)? as i32, n(8..10)?, n(10..12)?),
        _ => None,
    }
}

fn bounds_from_month(year: i32, month: u32, at: Date) -> Option<(i32, i32)> {
    let first = Date::new(year, month, 1)?;
    let last = Date::new(year, month, super::civil::days_in_month(year, month))?;
    Some((at.years_since(last), at.years_since(first)))
}

/// Reads the party's kind and age from the party block (canonical byte range `block`).
#[allow(clippy::too_many_arguments)]
pub fn party(
    doc: &Doc<'_>,
    idx: &Labels,
    block_lines: (usize, usize),
    party_label: Option<&str>,
    name: Option<&str>,
    redaction: &Redaction,
    at: Option<Date>,
    kind_override: Option<PartyKind>,
) -> (Party, Option<Span>) {
    let (from, until) = block_lines;
    let has = |labels: &[&str]| idx.find(labels, from, until).is_some();
    let label_kind = party_label.and_then(|l| {
        if ["被处罚人", "当事人姓名", "姓名"].contains(&l) {
            Some(PartyKind::Person)
        } else if ["被处罚单位", "单位名称", "被检查单位", "被复查单位"].contains(&l)
        {
            Some(PartyKind::Organisation)
        } else {
            None
        }
    });
    let text = doc.text();
    let lines = doc.lines();
    let block = Span::new(
        lines.get(from).map_or(0, |l| l.span.start),
        lines
            .get(until.saturating_sub(1))
            .map_or(text.len(), |l| l.span.end)
            .max(lines.get(from).map_or(0, |l| l.span.start)),
    );
    let block_text = &text[block.start..block.end];
    let name_kind = name.map(|n| {
        let n = n.trim();
        if ORG_SUFFIXES.iter().any(|s| n.ends_with(s)) {
            PartyKind::Organisation
        } else if (2..=4).contains(&n.chars().count()) {
            PartyKind::Person
        } else {
            PartyKind::Unknown
        }
    });
    let org_marks = has(ORG_MARKS)
        || block_text.contains("统一社会信用代码")
        || block_text.contains("法定代表人");
    let person_marks = has(PERSON_MARKS) || block_text.contains("身份证");
    let kind = kind_override
        .or(label_kind)
        .or(match (person_marks, org_marks) {
            (true, false) => Some(PartyKind::Person),
            (false, true) => Some(PartyKind::Organisation),
            _ => None,
        })
        .or(name_kind.filter(|k| *k != PartyKind::Unknown))
        .unwrap_or(PartyKind::Unknown);

    let mut age = None;
    let mut source_span = None;
    if kind != PartyKind::Organisation {
        let orig_block = doc.to_original(block);
        // 1. The ID number found by the masking engine inside the party block.
        if let Some(at) = at {
            for f in &redaction.findings {
                let (Some(sp), Some(p)) = (f.span, f.pii.as_deref()) else {
                    continue;
                };
                if p.kind != PiiKind::IdCard
                    || sp.start < orig_block.start
                    || sp.end > orig_block.end
                {
                    continue;
                }
                let Some(id) = doc.original().get(sp.start..sp.end) else {
                    continue;
                };
                if let Some(b) = birth_date_from_id(id) {
                    let a = at.years_since(b);
                    age = Some(Age {
                        min: a,
                        max: a,
                        source: AgeSource::IdNumber,
                    });
                    source_span = Some(sp);
                    break;
                }
            }
        }
        // 2. A birth date field.
        if age.is_none() {
            if let (Some(l), Some(at)) = (
                idx.find(&["出生日期", "出生年月", "出生年月日", "出生"], from, until),
                at,
            ) {
                if let Some(m) = doc
                    .dates()
                    .iter()
                    .find(|m| m.span.start >= l.value.start && m.span.end <= l.value.end)
                {
                    let r = match (m.year, m.month, m.day) {
                        (Some(y), Some(mo), Some(d)) => Date::new(y, mo, d).map(|b| {
                            let a = at.years_since(b);
                            (a, a)
                        }),
                        (Some(y), Some(mo), None) => bounds_from_month(y, mo, at),
                        _ => None,
                    };
                    if let Some((min, max)) = r {
                        age = Some(Age {
                            min,
                            max,
                            source: AgeSource::BirthDate,
                        });
                        source_span = Some(doc.to_original(m.span));
                    }
                }
            }
        }
        // 3. A stated age.
        if age.is_none() {
            if let Some(l) = idx.find(&["年龄"], from, until) {
                let v = &text[l.value.start..l.value.end];
                let digits: String = v.chars().take_while(|c| c.is_ascii_digit()).collect();
                let n = digits
                    .parse::<i32>()
                    .ok()
                    .or_else(|| {
                        let han: String = v
                            .chars()
                            .take_while(|c| crate::text::numerals::is_numeral_char(*c))
                            .collect();
                        crate::text::numerals::parse_int(&han).and_then(|x| i32::try_from(x).ok())
                    })
                    .filter(|a| (0..=150).contains(a));
                if let Some(a) = n {
                    age = Some(Age {
                        min: a,
                        max: a,
                        source: AgeSource::StatedAge,
                    });
                    source_span = Some(doc.to_original(l.value));
                }
            }
        }
    }
    let minor = age.and_then(|a| {
        if a.max < AGE_OF_MAJORITY {
            Some(true)
        } else if a.min >= AGE_OF_MAJORITY {
            Some(false)
        } else {
            None
        }
    });
    (Party { kind, age, minor }, source_span)
}

/// Findings and questions for the exclusion grounds.
pub fn assess(
    doc: &Doc<'_>,
    party: &Party,
    age_span: Option<Span>,
    answers: Option<&ExclusionAnswers>,
    findings: &mut Vec<Finding>,
) -> Vec<Question> {
    let reminder = filing_reminder();
    let answer_minor = answers.and_then(|a| a.minor);
    let minor = answer_minor.or(party.minor);
    if minor == Some(true) {
        let (zh, en) = match (answer_minor, party.age) {
            (Some(true), _) | (_, None) => (
                "当事人是未成年人，本决定不予公开。".to_string(),
                "The party is a minor: this decision is not published.".to_string(),
            ),
            (_, Some(a)) => (
                format!("作出决定时当事人未满{AGE_OF_MAJORITY}周岁（{}岁），属于未成年人，本决定不予公开。", a.max),
                format!("The party was under {AGE_OF_MAJORITY} ({}) at the decision date: a minor, so this decision is not published.", a.max),
            ),
        };
        let mut f = Finding::new(
            "publication.exclusion.minor",
            Severity::Error,
            Text::new(zh, en),
        )
        .with_basis("公示制度（三）1")
        .with_suggestion(reminder.clone());
        if let Some(sp) = age_span {
            f = f.with_span(sp);
        }
        findings.push(f);
    } else if answer_minor.is_none() && party.kind == PartyKind::Person {
        if let (Some(a), None) = (party.age, party.minor) {
            let mut f = Finding::new(
                "publication.exclusion.minor_possible",
                Severity::Warning,
                Text::new(
                    format!(
                        "当事人作出决定时的年龄为{}至{}岁，可能未满{AGE_OF_MAJORITY}周岁。",
                        a.min, a.max
                    ),
                    format!(
                        "The party was {} to {} at the decision date and may have been under {AGE_OF_MAJORITY}.",
                        a.min, a.max
                    ),
                ),
            )
            .with_basis("公示制度（三）1")
            .with_suggestion(Text::new(
                "核实当事人的出生日期；未成年人的执法决定不予公开。",
                "Check the party's date of birth; decisions on minors are not published.",
            ));
            if let Some(sp) = age_span {
                f = f.with_span(sp);
            }
            findings.push(f);
        }
    }

    let text = doc.text();
    let mut questions = Vec::new();
    if party.kind != PartyKind::Organisation && party.minor.is_none() && answer_minor.is_none() {
        questions.push(Question {
            id: "minor".into(),
            text: Text::new(
                "作出决定时当事人是否未满18周岁？",
                "Was the party under 18 at the decision date?",
            ),
            basis: "公示制度（三）1".into(),
            answer: None,
            cues: Vec::new(),
        });
    }
    for q in QUESTIONS {
        let answer = answers.and_then(|a| a.get(q.id));
        let cues: Vec<String> = q
            .cues
            .iter()
            .filter(|c| text.contains(*c))
            .map(|c| c.to_string())
            .collect();
        if answer == Some(true) {
            findings.push(
                Finding::new(
                    format!("publication.exclusion.{}", q.id),
                    Severity::Error,
                    Text::new(
                        format!("已确认存在不予公开情形：{}", q.zh.trim_end_matches('？')),
                        format!("A ground for non-publication applies: {}", q.en),
                    ),
                )
                .with_basis(q.basis)
                .with_suggestion(reminder.clone()),
            );
        } else if answer.is_none() && !cues.is_empty() {
            findings.push(
                Finding::new(
                    "publication.exclusion.question",
                    Severity::Warning,
                    Text::new(
                        format!("文书提及“{}”，请确认：{}", cues.join("、"), q.zh),
                        format!(
                            "The document mentions “{}”; please confirm: {}",
                            cues.join("、"),
                            q.en
                        ),
                    ),
                )
                .with_basis(q.basis)
                .with_suggestion(reminder.clone()),
            );
        }
        questions.push(Question {
            id: q.id.into(),
            text: Text::new(q.zh, q.en),
            basis: q.basis.into(),
            answer,
            cues,
        });
    }
    questions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birth_dates_from_ids() {
        assert_eq!(
            birth_date_from_id("11010519491231002X"),
            Date::new(1949, 12, 31)
        );
        assert_eq!(
            birth_date_from_id("１１０１０５ １９４９１２３１ ００２Ｘ"),
            Date::new(1949, 12, 31)
        );
        assert_eq!(
            birth_date_from_id("110105491231002"),
            Date::new(1949, 12, 31)
        );
        assert_eq!(birth_date_from_id("110105194913310021"), None);
        assert_eq!(birth_date_from_id("1101051949"), None);
    }

    #[test]
    fn month_precision_bounds() {
        let at = Date::new(2024, 4, 15).unwrap();
        assert_eq!(bounds_from_month(2006, 4, at), Some((17, 18)));
        assert_eq!(bounds_from_month(2006, 3, at), Some((18, 18)));
    }
}

//! Checks across elements: the 当场 limits of 行政处罚法第五十一条, the hearing triggers of
//! 第六十三条, the order of dates (检查 ≤ 告知 ≤ 决定), calendar validity, 大写/小写 amounts outside
//! the operative part, and a 文号 code that names another kind of document.

use crate::finding::{Finding, Severity, Span, Text};
use crate::text::amount;
use crate::text::date::Ymd;

use super::checks::{Env, PenaltyFinding};
use super::custom::ValidateOptions;
use super::doctype;
use super::rules::{DocType, PartyKind};
use super::{Element, Status};

/// Penalties other than a fine that carry a right to a hearing (第六十三条第一款第二至四项).
const HEARING_KINDS: &[&str] = &[
    "降低资质等级",
    "吊销许可证件",
    "吊销安全生产许可证",
    "吊销",
    "责令停产停业整顿",
    "责令停产停业",
    "停产停业整顿",
    "责令关闭",
    "限制从业",
    "限制开展生产经营活动",
];

fn finding(
    code: &str,
    severity: Severity,
    span: Option<Span>,
    zh: String,
    en: String,
    basis: &str,
    doc: &crate::Doc<'_>,
) -> Finding {
    let mut f = Finding::new(code, severity, Text::new(zh, en)).with_basis(basis);
    if let Some(sp) = span {
        f = f.with_span(doc.to_original(sp));
    }
    f
}

/// Runs the cross-element checks. May turn elements defective (with their finding added by the
/// caller) and returns extra findings.
pub fn run(
    env: &Env<'_, '_, '_>,
    ty: &DocType,
    penalty: Option<&PenaltyFinding>,
    elements: &mut [Element],
    opts: &ValidateOptions,
) -> Vec<Finding> {
    let c = env.ctx;
    let doc = c.doc;
    let mut out = Vec::new();
    let party = match env.party {
        PartyKind::Any => doctype::party_hint(c).unwrap_or(PartyKind::Org),
        p => p,
    };

    // 当场处罚: only a warning, or a fine within the limits.
    if ty.id == "penalty_decision_on_spot" {
        if let Some(p) = penalty {
            let limit_yuan = match party {
                PartyKind::Person => opts.on_spot_limits.person_yuan,
                _ => opts.on_spot_limits.org_yuan,
            };
            let over = p
                .fine_fen
                .is_some_and(|f| f > limit_yuan.saturating_mul(100));
            let other_kind = p.kinds.iter().any(|k| *k != "警告" && *k != "罚款");
            if over || other_kind {
                if let Some(e) = elements.iter_mut().find(|e| e.id == "penalty_type_amount") {
                    e.status = Status::Defective;
                    e.present = false;
                    e.note = Some(if over {
                        Text::new(
                            format!(
                                "当场处罚的罚款不得超过{}元（{}），本决定罚款{}元，应适用普通程序",
                                limit_yuan,
                                if party == PartyKind::Person { "公民" } else { "法人或者其他组织" },
                                p.fine_fen.unwrap_or(0) / 100
                            ),
                            format!(
                                "an on-the-spot fine may not exceed {} yuan for {}; this one is {} yuan, so the general procedure applies",
                                limit_yuan,
                                if party == PartyKind::Person { "a citizen" } else { "an organisation" },
                                p.fine_fen.unwrap_or(0) / 100
                            ),
                        )
                    } else {
                        Text::new(
                            "当场处罚只能给予警告或者罚款，其他处罚种类应适用普通程序",
                            "an on-the-spot decision may only give a warning or a fine; other penalties need the general procedure",
                        )
                    });
                    e.basis = "行政处罚法第五十一条".to_string();
                }
            }
        }
    }

    // 行政强制法第二十四条第一款: the decision and its list (清单) are handed over together.
    if ty.id == "seizure_decision" && !c.t.contains("清单") {
        out.push(finding(
            "element.seizure_list_missing",
            Severity::Warning,
            None,
            "未见查封、扣押清单：决定书应与清单（一式二份）一并当场交付。请制作清单，并在决定书中注明“详见查封（扣押）清单”。".to_string(),
            "No list of the seized items is mentioned: the decision and the list (two copies) are handed over together. Draw up the list and refer to it in the decision.".to_string(),
            "行政强制法第二十四条第一款",
            doc,
        ));
    }

    // 听证: a large fine or a heavy penalty must come with the right to a hearing.
    let hearing_types = [
        "penalty_notice",
        "penalty_decision_org",
        "penalty_decision_person",
    ];
    if hearing_types.contains(&ty.id.as_ref()) {
        if let Some(p) = penalty {
            let threshold = match party {
                PartyKind::Person => opts.hearing_thresholds.person_yuan,
                _ => opts.hearing_thresholds.org_yuan,
            };
            let big_fine = p
                .fine_fen
                .is_some_and(|f| f >= threshold.saturating_mul(100));
            let heavy = p.kinds.iter().find(|k| HEARING_KINDS.contains(k));
            if (big_fine || heavy.is_some()) && !c.t.contains("听证") {
                let why_zh = match heavy {
                    Some(k) => format!("拟作出“{k}”"),
                    None => format!(
                        "罚款{}元达到较大数额标准（{}{}元）",
                        p.fine_fen.unwrap_or(0) / 100,
                        if party == PartyKind::Person {
                            "个人"
                        } else {
                            "单位"
                        },
                        threshold
                    ),
                };
                let why_en = match heavy {
                    Some(k) => format!("The penalty “{k}”"),
                    None => format!(
                        "A fine of {} yuan, at or above the large-amount threshold ({} yuan),",
                        p.fine_fen.unwrap_or(0) / 100,
                        threshold
                    ),
                };
                out.push(finding(
                    "element.hearing_not_offered",
                    Severity::Warning,
                    p.outcome.span,
                    format!("{why_zh}，应告知当事人有要求听证的权利，文中未见听证告知。请补充听证权利及提出期限（五日内），或确认已另行送达听证告知书。"),
                    format!("{why_en} carries a right to a hearing, but the text does not mention one. Add the right and its 5-day deadline, or confirm a separate hearing notice was served."),
                    "行政处罚法第六十三条、第六十四条",
                    doc,
                ));
            }
        }
    }

    // Dates: valid, and 检查 ≤ 告知 ≤ 决定.
    for d in c.dates() {
        if !d.blank && !d.valid && d.year.is_some() {
            out.push(finding(
                "element.invalid_date",
                Severity::Warning,
                Some(d.span),
                "日期不是有效的日历日期，请核对。".to_string(),
                "This date does not exist in the calendar; check it.".to_string(),
                "文书制作规范",
                doc,
            ));
        }
    }
    if let Some(dec) = env.decision_date() {
        let mut worst: Option<(Span, Ymd, &str, &str)> = None;
        for sp in c.sentences.iter().copied() {
            let s = c.s(sp);
            let what = if s.contains("告知书") && (s.contains("送达") || s.contains("告知"))
            {
                Some(("告知", "prior notice"))
            } else if (s.contains("检查") || s.contains("立案")) && !s.contains("复查") {
                Some(("检查", "inspection"))
            } else {
                None
            };
            let Some((zh, en)) = what else { continue };
            for d in c.dates_within(sp).iter().filter(|d| d.span.end <= sp.end) {
                if d.year_inferred {
                    continue;
                }
                if let Some(y) = d.ymd() {
                    if y > dec && worst.is_none_or(|w| y > w.1) {
                        worst = Some((d.span, y, zh, en));
                    }
                }
            }
        }
        if let Some((sp, y, zh, en)) = worst {
            if let Some(e) = elements
                .iter_mut()
                .find(|e| e.id == "decision_date" && e.present)
            {
                e.status = Status::Defective;
                e.present = false;
                e.note = Some(Text::new(
                    format!("{zh}日期（{y}）晚于落款日期（{dec}），日期顺序应为检查、告知在前，决定在后"),
                    format!("the {en} date ({y}) is after the document's date ({dec}); inspection and notice must come first"),
                ));
                let _ = sp;
            }
        }
    }

    // 大写/小写 that disagree anywhere else in the document.
    let amounts = doc.amounts();
    let operative = penalty.and_then(|p| p.outcome.span);
    for p in amount::pairs(c.t, amounts) {
        if p.agree {
            continue;
        }
        let (f, w) = (&amounts[p.figures], &amounts[p.words]);
        let sp = Span::new(f.span.start.min(w.span.start), f.span.end.max(w.span.end));
        if operative.is_some_and(|o| o.start <= sp.start && sp.end <= o.end) {
            continue; // already the reason penalty_type_amount is defective
        }
        out.push(finding(
            "element.amount_mismatch",
            Severity::Error,
            Some(sp),
            format!(
                "金额大写与小写不一致：小写{}元，大写{}元。请核对并改正。",
                amount::to_figures(f.fen),
                amount::to_figures(w.fen)
            ),
            format!(
                "Amount in words and figures differ: {} vs {} yuan. Check and correct.",
                amount::to_figures(f.fen),
                amount::to_figures(w.fen)
            ),
            "行政处罚法第五十九条第一款第三项",
            doc,
        ));
    }

    // A 文号 whose code names another kind of document.
    if !ty.codes.is_empty() {
        if let Some(k) = doctype::own_number_kind(c) {
            if !ty.codes.contains(&k) && k != crate::text::docnum::DocKind::Other {
                let sp = c
                    .doc
                    .doc_numbers()
                    .iter()
                    .find(|n| n.kind == Some(k))
                    .map(|n| n.span);
                out.push(finding(
                    "element.doc_number_kind",
                    Severity::Warning,
                    sp,
                    format!("文号的类型代字与“{}”不符，请核对文号。", ty.label.zh),
                    format!("The kind code of the document number does not match “{}”; check the number.", ty.label.en),
                    "安全生产行政执法文书式样",
                    doc,
                ));
            }
        }
    }
    out
}

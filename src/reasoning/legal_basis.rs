//! 依据选择 (choice of legal basis): signals LB1–LB9 and the grade.
//!
//! The section is **adequate** when it cites at least one provision (article or finer) — text
//! such as `本局依照有关规定进行处理` cites none and is hollow. The citation checks (违则 and 罚则
//! present, full names, granularity, 违则↔罚则 pairing against the 安全生产法 table, current
//! numbering, quoted text, choice between provisions, range) run on every citation of the
//! document.

use crate::finding::{Finding, Severity, Span, Text};
use crate::text::citation::{Citation, Role, SourceKind};
use crate::text::date::Ymd;

use super::cues::{self, any_in};
use super::laws::{self, Measure};
use super::locate::Kind;
use super::{Assessment, Ctx, Grade, Signal};

/// 行政处罚法 (2021) took effect on this day: older article numbers are stale after it.
const PENALTY_LAW_2021: (i32, u32, u32) = (2021, 7, 15);

fn on_or_after(d: Option<Ymd>, (y, m, day): (i32, u32, u32)) -> bool {
    // An unknown date is taken as recent: decisions are checked before they are issued.
    d.is_none_or(|d| (d.year, d.month, d.day) >= (y, m, day))
}

/// Findings of one kind reported per citation at most this many times (the signal counts all).
const MAX_PER_CODE: usize = 10;

fn role_citations<'d>(ctx: &Ctx<'d, '_>, role: Role) -> Vec<&'d Citation> {
    ctx.doc
        .citations()
        .iter()
        .filter(|c| c.role == role && !c.provisions.is_empty() && c.kind != SourceKind::Benchmark)
        .collect()
}

/// The sentence of the original text around a citation (for context words).
fn original_sentence(ctx: &Ctx<'_, '_>, span: Span) -> String {
    let t = ctx.doc.original();
    let is_b = |c: char| matches!(c, '。' | '；' | ';' | '\n');
    let start = t[..span.start.min(t.len())]
        .char_indices()
        .rev()
        .take(200)
        .find(|&(_, c)| is_b(c))
        .map_or(span.start.saturating_sub(0), |(k, c)| k + c.len_utf8());
    let start = if start > span.start {
        span.start
    } else {
        start
    };
    let end = t[span.end.min(t.len())..]
        .char_indices()
        .take(200)
        .find(|&(_, c)| is_b(c))
        .map_or(t.len().min(span.end + 600), |(k, _)| span.end + k);
    let mut s = start.min(t.len());
    while !t.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = end.min(t.len());
    while !t.is_char_boundary(e) {
        e -= 1;
    }
    t[s..e.max(s)].to_string()
}

/// Assesses the 依据选择 section.
pub fn assess(ctx: &Ctx<'_, '_>) -> Assessment {
    let kind = Kind::LegalBasis;
    let located = ctx.layout.get(kind).is_some_and(|f| !f.is_empty());
    let compulsion = ctx.scope.is_compulsion();
    let violated = role_citations(ctx, Role::Violated);
    let penalty = role_citations(ctx, Role::Penalty);
    let in_section = ctx.citations_in(kind);
    let mut signals: Vec<Signal> = Vec::new();
    let mut present: Vec<(String, String)> = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();
    let o = |c: &&Citation| c.span;

    // LB1 / LB2: 违则 and 罚则.
    let lb1 = !violated.is_empty();
    let lb1_spans: Vec<Span> = violated.iter().map(o).collect();
    let lb1_sig = if compulsion && !lb1 {
        ctx.not_applicable(
            "LB1",
            Text::new(
                "行政强制决定以强制措施的依据为主，可不单列违则",
                "a compulsion decision rests on the basis of the measure",
            ),
        )
    } else {
        orig_signal(ctx, "LB1", lb1, lb1_spans, labels(&violated))
    };
    signals.push(lb1_sig);
    let lb2 = !penalty.is_empty();
    signals.push(orig_signal(
        ctx,
        "LB2",
        lb2,
        penalty.iter().map(o).collect(),
        labels(&penalty),
    ));
    if lb1 {
        present.push((
            format!("违则：{}", labels_zh(&violated)),
            format!("provision violated: {}", labels_zh(&violated)),
        ));
    }
    if lb2 {
        present.push((
            format!(
                "{}：{}",
                if compulsion { "强制依据" } else { "罚则" },
                labels_zh(&penalty)
            ),
            format!("provision applied: {}", labels_zh(&penalty)),
        ));
    }

    // LB3: full names in 《》.
    let laws_cited: Vec<&Citation> = ctx
        .doc
        .citations()
        .iter()
        .filter(|c| c.kind == SourceKind::Law)
        .collect();
    let short: Vec<&Citation> = laws_cited
        .iter()
        .copied()
        .filter(|c| c.short_form || !c.bracketed)
        .collect();
    for c in short.iter().take(MAX_PER_CODE) {
        let full = c.full_name.clone().unwrap_or_else(|| c.law.clone());
        let (zh, en) = if c.bracketed {
            (
                format!("《{}》是简称，应使用全称《{}》。", c.law, full),
                format!("《{}》 is a short form; cite 《{}》.", c.law, full),
            )
        } else {
            (
                format!("法律名称“{}”未加书名号，应写作《{}》。", c.law, full),
                format!("The law name {} lacks 《》; write 《{}》.", c.law, full),
            )
        };
        findings.push(
            Finding::new(
                "reasoning.legal_basis.short_name",
                Severity::Warning,
                Text::new(zh, en),
            )
            .with_span(c.law_span)
            .with_basis("LB3；公示制度（十二）")
            .with_suggestion(Text::new(
                format!("改为《{full}》"),
                format!("Write 《{full}》"),
            )),
        );
    }
    signals.push(orig_signal(
        ctx,
        "LB3",
        !laws_cited.is_empty() && short.is_empty(),
        short.iter().map(|c| c.law_span).collect(),
        (!short.is_empty()).then(|| {
            Text::new(
                format!("{} 处使用简称或未加书名号", short.len()),
                format!("{} short or unbracketed name(s)", short.len()),
            )
        }),
    ));

    // LB4: granular to 条款项.
    let mut coarse: Vec<(&Citation, String)> = Vec::new();
    for c in violated.iter().chain(penalty.iter()) {
        if !c.is_law("安全生产法") {
            continue;
        }
        for p in &c.provisions {
            let Some(a) = p.article else { continue };
            if laws::ITEMISED.contains(&a) && p.item.is_none() && c.role == Role::Penalty {
                coarse.push((c, format!("{}未写明项", p.label())));
            } else if laws::MULTI_PARAGRAPH.contains(&a) && p.paragraph.is_none() {
                coarse.push((c, format!("{}未写明款", p.label())));
            }
        }
    }
    // A role citation of a law without any article (`违反了《安全生产法》的规定`).
    let bare: Vec<&Citation> = ctx
        .doc
        .citations()
        .iter()
        .filter(|c| {
            c.kind == SourceKind::Law
                && c.provisions.is_empty()
                && matches!(c.role, Role::Violated | Role::Penalty)
        })
        .collect();
    for c in &bare {
        coarse.push((c, format!("《{}》未写明条款", c.law)));
    }
    for (c, what) in coarse.iter().take(MAX_PER_CODE) {
        findings.push(
            Finding::new(
                "reasoning.legal_basis.not_granular",
                Severity::Warning,
                Text::new(
                    format!("引用不够具体：{what}。"),
                    format!("Citation not specific enough: {what}."),
                ),
            )
            .with_span(c.span)
            .with_basis("行政处罚法第五十九条第一款第三项")
            .with_suggestion(Text::new(
                "引用具体到条、款、项、目。",
                "Cite down to article, paragraph and item.",
            )),
        );
    }
    let lb4 = (lb1 || lb2) && coarse.is_empty();
    let coarse_zh: Vec<&str> = coarse.iter().map(|(_, w)| w.as_str()).collect();
    signals.push(orig_signal(
        ctx,
        "LB4",
        lb4,
        coarse.iter().map(|(c, _)| c.span).collect(),
        (!coarse.is_empty()).then(|| Text::new(coarse_zh.join("；"), coarse_zh.join("; "))),
    ));

    // LB5 / LB6: pairing against the table, and stale numbering.
    let (lb5, stale_2014) = pairing(ctx, &violated, &penalty, &mut findings);
    signals.push(lb5);
    signals.push(numbering(ctx, stale_2014, &mut findings));

    // LB7: the 罚则 quoted, consistently with the table.
    signals.push(quoted(ctx, &penalty, &mut findings));

    // LB8: reasons for the choice between provisions.
    let section_text = ctx.section_text(kind);
    let distinct_laws = {
        let mut names: Vec<&str> = Vec::new();
        for c in &penalty {
            if !names.contains(&c.name()) {
                names.push(c.name());
            }
        }
        names.len()
    };
    let concurrent =
        any_in(ctx.text, cues::CONCURRENCE_WORDS) || (!compulsion && distinct_laws > 1);
    let choice = ctx.hits_in(kind, cues::CHOICE_WORDS);
    let lb8 = if concurrent || !choice.is_empty() {
        ctx.signal("LB8", !choice.is_empty(), &choice, None)
    } else {
        ctx.not_applicable(
            "LB8",
            Text::new("未见多个可适用条款", "no competing provisions mentioned"),
        )
    };
    if lb8.found {
        present.push((
            "说明了在多个条款中选择的理由".into(),
            "explains the choice between provisions".into(),
        ));
    }
    signals.push(lb8);

    // LB9: range stated and penalty inside it.
    signals.push(range_check(ctx, &mut findings));

    let lb_cited: Vec<&&Citation> = in_section
        .iter()
        .filter(|c| !c.provisions.is_empty() && c.kind != SourceKind::Benchmark)
        .collect();
    if located && !lb_cited.is_empty() {
        present.push((
            format!(
                "说理中引用了{}",
                labels_zh(&lb_cited.iter().map(|c| **c).collect::<Vec<_>>())
            ),
            "the reasoning cites the provisions".into(),
        ));
    }
    if any_in(&section_text, &["规定,", "规定，"]) && section_text.contains('“') {
        present.push(("引述了条文内容".into(), "quotes the provisions".into()));
    }
    let (grade, decided_by) = if !located {
        (Grade::Missing, vec!["section".to_string()])
    } else if !lb_cited.is_empty() {
        let mut by = Vec::new();
        if lb_cited.iter().any(|c| c.role == Role::Violated) {
            by.push("LB1".to_string());
        }
        if lb_cited.iter().any(|c| c.role == Role::Penalty) {
            by.push("LB2".to_string());
        }
        if by.is_empty() {
            by.push("LB4".to_string());
        }
        (Grade::Adequate, by)
    } else {
        (Grade::Hollow, vec!["LB1".to_string(), "LB2".to_string()])
    };
    Assessment {
        grade,
        signals,
        decided_by,
        present,
        findings,
    }
}

/// A signal whose spans are already in the original text.
fn orig_signal(
    ctx: &Ctx<'_, '_>,
    id: &str,
    found: bool,
    spans: Vec<Span>,
    detail: Option<Text>,
) -> Signal {
    let mut s = ctx.signal(id, found, &[], detail);
    s.spans = spans;
    crate::sort::spans(&mut s.spans);
    s
}

fn labels_zh(cs: &[&Citation]) -> String {
    let mut out: Vec<String> = Vec::new();
    for c in cs {
        let provs: Vec<String> = c.provisions.iter().map(|p| p.label()).collect();
        // `同法第…条` is shown under the law it refers to.
        let name = if c.kind == SourceKind::Reference {
            c.name()
        } else {
            &c.law
        };
        let s = format!("《{}》{}", name, provs.join("、"));
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out.join("；")
}

fn labels(cs: &[&Citation]) -> Option<Text> {
    (!cs.is_empty()).then(|| {
        let s = labels_zh(cs);
        Text::new(s.clone(), s)
    })
}

/// LB5: each 安全生产法 罚则 against the 违则 cited. Returns the signal and whether the pair
/// matches the 2014 numbering instead.
fn pairing(
    ctx: &Ctx<'_, '_>,
    violated: &[&Citation],
    penalty: &[&Citation],
    findings: &mut Vec<Finding>,
) -> (Signal, Option<Span>) {
    let pen: Vec<(&Citation, &crate::text::citation::Provision)> = penalty
        .iter()
        .filter(|c| c.is_law("安全生产法"))
        .take(super::penalty::MAX_PAIRED)
        .flat_map(|c| c.provisions.iter().map(move |p| (*c, p)))
        .filter(|(_, p)| p.article.is_some_and(laws::is_penalty_article))
        .take(64)
        .collect();
    let vio: Vec<(&Citation, &crate::text::citation::Provision)> = violated
        .iter()
        .filter(|c| c.is_law("安全生产法"))
        .take(super::penalty::MAX_PAIRED)
        .flat_map(|c| c.provisions.iter().map(move |p| (*c, p)))
        .filter(|(_, p)| p.article.is_some_and(|a| !laws::is_penalty_article(a)))
        .take(64)
        .collect();
    let rules: Vec<&laws::PenaltyRule> = pen
        .iter()
        .flat_map(|(_, p)| laws::rules_for(p.article.unwrap_or(0), p.paragraph, p.item))
        .filter(|r| !r.violated.is_empty())
        .collect();
    if rules.is_empty() || vio.is_empty() {
        let why = if rules.is_empty() {
            Text::new(
                "罚则不是《中华人民共和国安全生产法》第九十三条至第一百一十四条中有对应违则的条款，内置表无从核对",
                "the penalty provision is not a 安全生产法 (2021) article 93–114 with a listed obligation",
            )
        } else {
            Text::new(
                "违则不是《中华人民共和国安全生产法》条款，内置表无从核对",
                "the provision violated is not in the 安全生产法",
            )
        };
        return (ctx.not_applicable("LB5", why), None);
    }
    let ok = vio.iter().any(|(_, v)| {
        rules
            .iter()
            .any(|r| laws::pairs_with(r, v.article.unwrap_or(0), v.paragraph))
    });
    let expected: Vec<String> = {
        let mut e: Vec<String> = Vec::new();
        for r in &rules {
            for ob in r.violated {
                let s = match ob.paragraph {
                    Some(p) => format!(
                        "第{}条第{}款",
                        crate::text::numerals::to_chinese(ob.article as u64),
                        crate::text::numerals::to_chinese(p as u64)
                    ),
                    None => format!(
                        "第{}条",
                        crate::text::numerals::to_chinese(ob.article as u64)
                    ),
                };
                if !e.contains(&s) {
                    e.push(s);
                }
            }
        }
        e
    };
    let cited: Vec<String> = vio.iter().map(|(_, p)| p.label()).collect();
    let rule_labels: Vec<String> = rules.iter().map(|r| r.label()).collect();
    let mut spans: Vec<Span> = pen.iter().map(|(c, _)| c.span).collect();
    spans.extend(vio.iter().map(|(c, _)| c.span));
    if ok {
        return (
            orig_signal(
                ctx,
                "LB5",
                true,
                spans,
                Some(Text::new(
                    format!("{}与违则{}相对应", rule_labels.join("、"), cited.join("、")),
                    format!("{} matches {}", rule_labels.join(", "), cited.join(", ")),
                )),
            ),
            None,
        );
    }
    // Does the pair fit the 2014 numbering?
    let old_fit = pen.iter().any(|(_, p)| {
        let Some(new_p) = p.article.and_then(laws::penalty_2014_to_2021) else {
            return false;
        };
        vio.iter().any(|(_, v)| {
            let Some(new_v) = v.article.and_then(laws::obligation_2014_to_2021) else {
                return false;
            };
            laws::rules_for(new_p, None, None)
                .iter()
                .any(|r| laws::pairs_with(r, new_v, None))
        })
    });
    let detail = Text::new(
        format!(
            "{}通常对应{}，文书引用的违则为{}{}",
            rule_labels.join("、"),
            expected.join("、"),
            cited.join("、"),
            if old_fit {
                "（与2014年版安全生产法的条文编号相符）"
            } else {
                ""
            }
        ),
        format!(
            "{} normally pairs with {}; the document cites {}{}",
            rule_labels.join(", "),
            expected.join(", "),
            cited.join(", "),
            if old_fit {
                " (this fits the 2014 numbering)"
            } else {
                ""
            }
        ),
    );
    if !old_fit {
        findings.push(
            Finding::new(
                "reasoning.legal_basis.mismatch",
                Severity::Warning,
                Text::new(
                    format!("违则与罚则不对应：{}。", detail.zh),
                    format!("Provision violated and penalty provision do not match: {}.", detail.en),
                ),
            )
            .with_span(spans[0])
            .with_basis("《中华人民共和国安全生产法》第六章；LB5")
            .with_suggestion(Text::new(
                "核对违法行为对应的违则和罚则，改用相互对应的条款。",
                "Check which obligation the conduct breaches and cite the matching penalty provision.",
            )),
        );
    }
    (
        orig_signal(ctx, "LB5", false, spans.clone(), Some(detail)),
        old_fit.then(|| spans[0]),
    )
}

/// LB6: article numbers that were current before 行政处罚法 (2021) or 安全生产法 (2021).
fn numbering(ctx: &Ctx<'_, '_>, stale_2014: Option<Span>, findings: &mut Vec<Finding>) -> Signal {
    let mut stale: Vec<(Span, String, String)> = Vec::new();
    if on_or_after(ctx.date, PENALTY_LAW_2021) {
        for c in ctx
            .doc
            .citations()
            .iter()
            .filter(|c| c.is_law("行政处罚法"))
        {
            let sentence = original_sentence(ctx, c.span);
            for p in &c.provisions {
                let Some(a) = p.article else { continue };
                let old = match a {
                    31 | 32 if sentence.contains("陈述") || sentence.contains("申辩") => {
                        Some(("第四十四条、第四十五条", "articles 44 and 45"))
                    }
                    42 if sentence.contains("听证") => {
                        Some(("第六十三条、第六十四条", "articles 63 and 64"))
                    }
                    51 if sentence.contains("加处罚款")
                        || sentence.contains("百分之三")
                        || sentence.contains("3%") =>
                    {
                        Some(("第七十二条第一款第一项", "article 72(1)(1)"))
                    }
                    _ => None,
                };
                if let Some((zh, en)) = old {
                    stale.push((
                        p.span,
                        format!("行政处罚法{}是2021年修订前的编号，现为{}", p.label(), zh),
                        format!(
                            "行政处罚法 {} is the pre-2021 numbering; now {}",
                            p.label(),
                            en
                        ),
                    ));
                }
            }
        }
    }
    if on_or_after(ctx.date, laws::EFFECTIVE_2021) {
        for c in ctx
            .doc
            .citations()
            .iter()
            .filter(|c| c.is_law("安全生产法"))
        {
            if c.version_year.is_some_and(|y| y < 2021) {
                stale.push((
                    c.span,
                    "引用了2021年修正前的《中华人民共和国安全生产法》版本".into(),
                    "cites a pre-2021 version of the 安全生产法".into(),
                ));
            }
        }
        if let Some(s) = stale_2014 {
            stale.push((
                s,
                "违则与罚则的条文编号与2014年版安全生产法相符，2021年9月1日起应使用新编号".into(),
                "the articles follow the 2014 numbering of the 安全生产法; the 2021 numbering applies from 2021-09-01".into(),
            ));
        }
    }
    for (span, zh, en) in &stale {
        findings.push(
            Finding::new(
                "reasoning.legal_basis.stale_numbering",
                Severity::Warning,
                Text::new(format!("{zh}。"), format!("{en}.")),
            )
            .with_span(*span)
            .with_basis("LB6；行政处罚法（2021年修订）；安全生产法（2021年修正）")
            .with_suggestion(Text::new(
                "按作出决定时有效的法律文本核对条文编号。",
                "Check the article numbers against the text in force on the decision date.",
            )),
        );
    }
    let zh: Vec<&str> = stale.iter().map(|(_, z, _)| z.as_str()).collect();
    let en: Vec<&str> = stale.iter().map(|(_, _, e)| e.as_str()).collect();
    orig_signal(
        ctx,
        "LB6",
        stale.is_empty(),
        stale.iter().map(|(s, _, _)| *s).collect(),
        (!stale.is_empty()).then(|| Text::new(zh.join("；"), en.join("; "))),
    )
}

/// LB7: the 罚则's content quoted, and its range as in the table.
fn quoted(ctx: &Ctx<'_, '_>, penalty: &[&Citation], findings: &mut Vec<Finding>) -> Signal {
    let Some((stated, at)) = ctx.penalty.stated.as_ref() else {
        let quotes = penalty.iter().any(|c| {
            let s = original_sentence(ctx, c.span);
            s.contains('“')
        });
        return ctx.signal(
            "LB7",
            quotes,
            &[],
            (!quotes).then(|| Text::new("未引述罚则的内容", "the penalty provision is not quoted")),
        );
    };
    if let Some((table, rules)) = ctx.penalty.statutory.as_ref() {
        if table.measure == "yuan" {
            let first: Vec<laws::Fine> = rules.iter().filter_map(|r| r.fine).collect();
            let matches =
                first.iter().any(|f| {
                    f.measure == Measure::Yuan && f.max == stated.max && f.min == stated.min
                }) || rules.iter().any(|r| {
                    r.escalated
                        .is_some_and(|f| f.max == stated.max && f.min == stated.min)
                }) || rules.iter().any(|r| {
                    r.responsible_persons
                        .is_some_and(|f| f.max == stated.max && f.min == stated.min)
                });
            if !matches && !first.is_empty() {
                let zh_of = |min: Option<u64>, max: Option<u64>| {
                    range_zh(min.map(yuan_zh), max.map(yuan_zh), "")
                };
                let en_of = |min: Option<u64>, max: Option<u64>| {
                    range_en(
                        min.map(|x| x.to_string()),
                        max.map(|x| x.to_string()),
                        " yuan",
                    )
                };
                let f0 = first[0];
                let zh = format!(
                    "文书引述的幅度（{}）与{}的规定（{}）不一致",
                    zh_of(stated.min, stated.max),
                    table.provision,
                    zh_of(f0.min, f0.max)
                );
                findings.push(
                    Finding::new(
                        "reasoning.legal_basis.quote_mismatch",
                        Severity::Warning,
                        Text::new(
                            format!("{zh}。"),
                            format!(
                                "The range quoted ({}) differs from {} ({}).",
                                en_of(stated.min, stated.max),
                                table.provision,
                                en_of(f0.min, f0.max)
                            ),
                        ),
                    )
                    .with_span(ctx.orig(*at))
                    .with_basis("LB7")
                    .with_suggestion(Text::new(
                        "按现行条文核对引述的处罚幅度。",
                        "Check the quoted range against the text in force.",
                    )),
                );
                return ctx.signal("LB7", false, &[*at], Some(Text::new(zh.clone(), zh)));
            }
        }
    }
    ctx.signal("LB7", true, &[*at], None)
}

/// `50000` → `5万元`, `15000` → `1.5万元`, `2500` → `2500元`.
pub fn yuan_zh(v: u64) -> String {
    if v >= 10_000 && v.is_multiple_of(1_000) {
        // Integer arithmetic: a multiple of 1000 has at most one decimal in 万.
        match (v / 10_000, v % 10_000 / 1_000) {
            (w, 0) => format!("{w}万元"),
            (w, t) => format!("{w}.{t}万元"),
        }
    } else {
        format!("{v}元")
    }
}

/// A range for messages, bounds already formatted: `1万元至3万元`, `10万元以下`, `1万元以上`
/// (`unit` goes after the number or the upper bound: `10000至30000元`).
pub fn range_zh(min: Option<String>, max: Option<String>, unit: &str) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!("{a}至{b}{unit}"),
        (None, Some(b)) => format!("{b}{unit}以下"),
        (Some(a), None) => format!("{a}{unit}以上"),
        (None, None) => "不限".to_string(),
    }
}

/// The English of [`range_zh`]: `10000–30000 yuan`, `up to 100000 yuan`, `at least 10000 yuan`.
pub fn range_en(min: Option<String>, max: Option<String>, unit: &str) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!("{a}–{b}{unit}"),
        (None, Some(b)) => format!("up to {b}{unit}"),
        (Some(a), None) => format!("at least {a}{unit}"),
        (None, None) => "unbounded".to_string(),
    }
}

/// LB9: the fine inside the 罚则's range (table first, else as quoted).
fn range_check(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) -> Signal {
    let facts = ctx.penalty;
    let Some((amount, amount_span)) = facts.amount else {
        return ctx.not_applicable(
            "LB9",
            Text::new("决定中未见罚款数额", "no fine amount in the decision"),
        );
    };
    let range = facts
        .statutory
        .as_ref()
        .map(|(r, _)| r.clone())
        .or_else(|| facts.stated.as_ref().map(|(r, _)| r.clone()));
    let Some(range) = range else {
        return ctx.signal(
            "LB9",
            false,
            &[amount_span],
            Some(Text::new(
                "罚则幅度未载明，内置条文表也未收录该罚则，无法核对",
                "the range is neither stated nor in the built-in table",
            )),
        );
    };
    let (value, unit_zh, unit_en) = if range.measure == "income_percent" {
        match facts.income {
            Some((income, _)) if income > 0 => (
                (amount as f64 * 100.0 / income as f64),
                "%（占上一年年收入）",
                "% of the previous year's income",
            ),
            _ => {
                return ctx.signal(
                    "LB9",
                    false,
                    &[amount_span],
                    Some(Text::new(
                        "罚则按上一年年收入的百分比计罚，但文书未载明年收入，无法核对",
                        "the fine is a percentage of income, but the income is not stated",
                    )),
                )
            }
        }
    } else {
        (amount as f64, "元", " yuan")
    };
    const EPS: f64 = 0.5;
    let below = range.min.is_some_and(|m| value + EPS < m as f64);
    let above = range.max.is_some_and(|m| value > m as f64 + EPS);
    let show = |v: Option<u64>| v.map(|x| x.to_string());
    let range_zh = range_zh(show(range.min), show(range.max), unit_zh);
    let range_en = range_en(show(range.min), show(range.max), unit_en);
    if below || above {
        let zh = format!(
            "罚款{}元超出{}规定的幅度（{}）",
            amount, range.provision, range_zh
        );
        let en = format!(
            "The fine of {amount} yuan is outside the range of {} ({range_en})",
            range.provision
        );
        findings.push(
            Finding::new(
                "reasoning.discretion.range",
                Severity::Error,
                Text::new(format!("{zh}。"), format!("{en}.")),
            )
            .with_span(ctx.orig(amount_span))
            .with_basis("行政处罚法第五条；LB9")
            .with_suggestion(Text::new(
                "在罚则规定的幅度内确定罚款数额；适用减轻处罚的，写明行政处罚法第三十二条的情形。",
                "Keep the fine inside the range; if mitigating below it, state the art. 32 circumstance.",
            )),
        );
        return ctx.signal("LB9", false, &[amount_span], Some(Text::new(zh, en)));
    }
    let on_bound = range
        .max
        .is_some_and(|m| (value - m as f64).abs() < EPS && range.min.is_none());
    let detail = if on_bound {
        Text::new(
            format!("罚款{amount}元恰为“以下”的上限（{range_zh}）；部分规定认为“以下”不含本数，请核对"),
            format!("the fine of {amount} yuan equals the upper bound ({range_en}); some rules read “以下” as exclusive"),
        )
    } else {
        Text::new(
            format!(
                "罚款{amount}元在{}规定的幅度（{range_zh}）内",
                range.provision
            ),
            format!(
                "the fine of {amount} yuan is inside the range of {} ({range_en})",
                range.provision
            ),
        )
    };
    ctx.signal("LB9", true, &[amount_span], Some(detail))
}

#[cfg(test)]
mod tests {
    use crate::reasoning::{Grade, Reasoning};

    #[test]
    fn amounts_in_messages() {
        use super::{range_en, range_zh, yuan_zh};
        assert_eq!(yuan_zh(50_000), "5万元");
        assert_eq!(yuan_zh(15_000), "1.5万元");
        assert_eq!(yuan_zh(120_000), "12万元");
        assert_eq!(yuan_zh(10_500), "10500元");
        assert_eq!(yuan_zh(2_500), "2500元");
        let s = |v: u64| Some(yuan_zh(v));
        assert_eq!(range_zh(s(10_000), s(30_000), ""), "1万元至3万元");
        assert_eq!(range_zh(None, s(100_000), ""), "10万元以下");
        assert_eq!(range_zh(s(10_000), None, ""), "1万元以上");
        assert_eq!(range_zh(Some("1".into()), Some("5".into()), "%"), "1至5%");
        let n = |v: u64| Some(v.to_string());
        assert_eq!(range_en(n(10_000), n(30_000), " yuan"), "10000–30000 yuan");
        assert_eq!(range_en(None, n(100_000), " yuan"), "up to 100000 yuan");
        assert_eq!(range_en(n(10_000), None, " yuan"), "at least 10000 yuan");
    }

    fn explain(t: &str) -> Reasoning {
        crate::explain(t, &Default::default()).unwrap()
    }

    fn found(r: &Reasoning, id: &str) -> bool {
        r.legal_basis
            .signals
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.found)
            .unwrap()
    }

    fn applicable(r: &Reasoning, id: &str) -> bool {
        r.legal_basis
            .signals
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.applicable)
            .unwrap()
    }

    const HEAD: &str = "某县应急管理局\n行政处罚决定书\n";
    const GOOD: &str = "三、违法条款和处罚依据\n　　你单位的上述行为违反了《中华人民共和国安全生产法》第四十五条的规定，依据《中华人民共和国安全生产法》第九十九条第五项的规定，应当予以行政处罚。\n";

    #[test]
    fn lb1_lb2_violated_and_penalty() {
        let r = explain(&format!("{HEAD}{GOOD}"));
        assert!(found(&r, "LB1"));
        assert!(found(&r, "LB2"));
        let r = explain(&format!(
            "{HEAD}三、处罚依据\n　　你单位违反了安全生产有关法律法规的规定，依法应当予以行政处罚。\n"
        ));
        assert!(!found(&r, "LB1"));
        assert!(!found(&r, "LB2"));
    }

    #[test]
    fn lb3_full_names() {
        let r = explain(&format!("{HEAD}{GOOD}"));
        assert!(found(&r, "LB3"));
        let r = explain(&format!(
            "{HEAD}　　违反了《安全生产法》第四十五条的规定，依据《安全生产法》第九十九条第五项的规定处罚。\n"
        ));
        assert!(!found(&r, "LB3"));
        assert!(r
            .findings
            .iter()
            .any(|f| f.code == "reasoning.legal_basis.short_name"));
    }

    #[test]
    fn lb4_granularity() {
        let r = explain(&format!("{HEAD}{GOOD}"));
        assert!(found(&r, "LB4"));
        let r = explain(&format!(
            "{HEAD}　　违反了《中华人民共和国安全生产法》第四十五条的规定，依据《中华人民共和国安全生产法》第九十九条的规定处罚。\n"
        ));
        assert!(!found(&r, "LB4"));
    }

    #[test]
    fn lb5_pairing() {
        let r = explain(&format!("{HEAD}{GOOD}"));
        assert!(found(&r, "LB5"));
        let r = explain(&format!(
            "{HEAD}　　违反了《中华人民共和国安全生产法》第二十八条第一款的规定，依据《中华人民共和国安全生产法》第九十九条第五项的规定处罚。\n"
        ));
        assert!(!found(&r, "LB5"));
        assert!(r
            .findings
            .iter()
            .any(|f| f.code == "reasoning.legal_basis.mismatch"));
    }

    #[test]
    fn lb6_stale_numbering() {
        let r = explain(&format!("{HEAD}{GOOD}　　2023年8月19日\n"));
        assert!(found(&r, "LB6"));
        let r = explain(&format!(
            "{HEAD}{GOOD}　　根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你单位有权进行陈述和申辩。\n　　2023年8月19日\n"
        ));
        assert!(!found(&r, "LB6"));
        // 2014 numbering: 第三十三条 (安全设备) with 第九十六条 after 2021-09-01.
        let r = explain(&format!(
            "{HEAD}　　违反了《中华人民共和国安全生产法》第三十三条第二款的规定，依据《中华人民共和国安全生产法》第九十六条第三项的规定处罚。\n　　2022年3月1日\n"
        ));
        assert!(!found(&r, "LB6"));
        // The same text dated 2020 is correct for its time.
        let r = explain(&format!(
            "{HEAD}　　违反了《中华人民共和国安全生产法》第三十三条第二款的规定，依据《中华人民共和国安全生产法》第九十六条第三项的规定处罚。\n　　2020年3月1日\n"
        ));
        assert!(found(&r, "LB6"));
    }

    #[test]
    fn lb7_quoted() {
        let r = explain(&format!(
            "{HEAD}五、依据选择理由\n　　《中华人民共和国安全生产法》第九十九条第（五）项规定，对该违法行为应当“责令限期改正，处五万元以下的罚款”。\n"
        ));
        assert!(found(&r, "LB7"));
        let r = explain(&format!(
            "{HEAD}五、依据选择理由\n　　《中华人民共和国安全生产法》第九十九条第（五）项规定，对该违法行为应当“责令限期改正，处十万元以下的罚款”。\n"
        ));
        assert!(!found(&r, "LB7"));
        let r = explain(&format!("{HEAD}{GOOD}"));
        assert!(!found(&r, "LB7"));
    }

    #[test]
    fn lb8_choice_between_provisions() {
        let r = explain(&format!(
            "{HEAD}五、依据选择理由\n　　该违法行为在《福建省安全生产条例》中亦有相应规定，但《中华人民共和国安全生产法》系上位法，本案应当适用《中华人民共和国安全生产法》第九十九条第五项。\n"
        ));
        assert!(found(&r, "LB8"));
        let r = explain(&format!(
            "{HEAD}五、依据选择理由\n　　该违法行为在《福建省安全生产条例》中亦有相应规定，本案应当适用《中华人民共和国安全生产法》第九十九条第五项。\n"
        ));
        assert!(applicable(&r, "LB8"));
        assert!(!found(&r, "LB8"));
    }

    #[test]
    fn lb9_range() {
        let inside = explain(&format!(
            "{HEAD}{GOOD}六、处罚决定\n　　本局决定对你单位作出如下行政处罚：罚款人民币叁万元整（￥30000元）。\n"
        ));
        assert!(found(&inside, "LB9"));
        assert_eq!(inside.penalty.amount.map(|m| m.yuan), Some(30000));
        let outside = explain(&format!(
            "{HEAD}{GOOD}六、处罚决定\n　　本局决定对你单位作出如下行政处罚：罚款人民币捌万元整（￥80000元）。\n"
        ));
        assert!(!found(&outside, "LB9"));
        assert!(outside
            .findings
            .iter()
            .any(|f| f.code == "reasoning.discretion.range"));
    }

    #[test]
    fn grades() {
        let r = explain(&format!(
            "{HEAD}五、依据选择理由\n　　本局依照有关规定进行处理。\n"
        ));
        assert_eq!(r.legal_basis.grade, Grade::Hollow);
        let r = explain(&format!("{HEAD}{GOOD}"));
        assert_eq!(r.legal_basis.grade, Grade::Missing);
        let r = explain(&format!(
            "{HEAD}五、依据选择理由\n　　本案应当适用《中华人民共和国安全生产法》第九十九条第五项的规定进行处罚。\n"
        ));
        assert_eq!(r.legal_basis.grade, Grade::Adequate);
    }
}

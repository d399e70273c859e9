//! 自由裁量 (discretion): signals DS1–DS10 and the grade.
//!
//! The section is **adequate** when it names a discretion benchmark (DS1) or its tier (DS2),
//! concrete circumstances (DS3), a specific mitigating or aggravating circumstance (DS4, DS6),
//! or — for a compulsory measure — why the measure is necessary and proportionate (DS7).
//! `经综合考虑，依法作出如下处罚` names none of these and is hollow.

use crate::finding::{Finding, Severity, Span, Text};
use crate::text::amount;
use crate::text::citation::{Role, SourceKind};

use super::cues::{self, any_in};
use super::legal_basis::yuan_zh;
use super::locate::{Class, Kind};
use super::{within, Assessment, Ctx, Grade, Signal};

/// Hits of `cues` in the section, minus the bare words in `bare` (a direction such as `从轻`
/// without a circumstance).
fn specific_hits(ctx: &Ctx<'_, '_>, cues: &'static [&'static str], bare: &[&str]) -> Vec<Span> {
    ctx.hits_in(Kind::Discretion, cues)
        .into_iter()
        .filter(|h| !bare.contains(&&ctx.text[h.start..h.end]))
        .collect()
}

/// Assesses the 自由裁量 section.
pub fn assess(ctx: &Ctx<'_, '_>) -> Assessment {
    let kind = Kind::Discretion;
    let located = ctx.layout.get(kind).is_some_and(|f| !f.is_empty());
    let compulsion = ctx.scope.is_compulsion();
    let mut signals: Vec<Signal> = Vec::new();
    let mut present: Vec<(String, String)> = Vec::new();
    let mut findings: Vec<Finding> = Vec::new();
    let statements: Vec<Span> = ctx
        .layout
        .sentences
        .iter()
        .filter(|s| s.class == Class::Statement)
        .map(|s| s.span)
        .collect();

    // DS1: the benchmark named (in the section; elsewhere counts for the signal only).
    let benchmarks: Vec<Span> = ctx
        .doc
        .citations()
        .iter()
        .filter(|c| c.kind == SourceKind::Benchmark)
        .map(|c| c.span)
        .collect();
    let bench_in_section: Vec<Span> = ctx
        .citations_in(kind)
        .into_iter()
        .filter(|c| c.kind == SourceKind::Benchmark)
        .map(|c| c.span)
        .collect();
    let bench_words = ctx.hits_in(kind, cues::BENCHMARK_WORDS);
    let ds1_sec = !bench_in_section.is_empty() || !bench_words.is_empty();
    let ds1 = ds1_sec || !benchmarks.is_empty();
    let mut s1 = ctx.signal("DS1", ds1, &bench_words, None);
    s1.spans.extend(if ds1_sec {
        bench_in_section
    } else {
        benchmarks
    });
    crate::sort::spans(&mut s1.spans);
    signals.push(s1);
    if ds1_sec {
        present.push((
            "载明了裁量基准".into(),
            "names the discretion benchmark".into(),
        ));
    }

    // DS2: benchmark item or tier.
    let tiers = ctx.hits_in(kind, cues::TIER_WORDS);
    let ds2 = !tiers.is_empty();
    if compulsion && !ds2 {
        signals.push(ctx.not_applicable(
            "DS2",
            Text::new(
                "行政强制措施不按罚款阶次裁量",
                "no fine tiers for a compulsory measure",
            ),
        ));
    } else {
        signals.push(ctx.signal("DS2", ds2, &tiers, None));
    }
    if ds2 {
        present.push((
            "指明了裁量阶次".into(),
            "identifies the benchmark tier".into(),
        ));
    }

    // DS3: concrete circumstances (not categories such as `整改情况`, `危害后果等因素`).
    let factors: Vec<Span> = ctx
        .hits_in(kind, cues::FACTOR_WORDS)
        .into_iter()
        .filter(|h| !is_category(ctx.text, *h))
        .collect();
    let ds3 = !factors.is_empty();
    signals.push(ctx.signal("DS3", ds3, &factors, None));
    if ds3 {
        present.push((
            "列明了裁量因素".into(),
            "lists the circumstances weighed".into(),
        ));
    }

    // DS4: mitigation examined (in the section, or in answering the statement).
    let mitig = specific_hits(ctx, cues::MITIGATION_WORDS, &[]);
    let mitig_stmt: Vec<Span> = statements
        .iter()
        .flat_map(|s| ctx.hits_at(*s, cues::MITIGATION_WORDS))
        .collect();
    let ds4 = !mitig.is_empty() || !mitig_stmt.is_empty();
    let mut at = mitig.clone();
    at.extend(mitig_stmt);
    if compulsion && !ds4 {
        signals.push(ctx.not_applicable(
            "DS4",
            Text::new(
                "从轻、减轻情节针对行政处罚",
                "mitigation concerns penalties",
            ),
        ));
    } else {
        signals.push(ctx.signal("DS4", ds4, &at, None));
    }
    if !mitig.is_empty() {
        present.push(("考虑了从轻、减轻情节".into(), "examines mitigation".into()));
    }

    // DS5: non-punishment considered (any reasoning section or the statement answer).
    let mut non = Vec::new();
    for k in [Kind::Discretion, Kind::LegalBasis, Kind::Evidence] {
        non.extend(ctx.hits_in(k, cues::NON_PUNISHMENT_WORDS));
    }
    for s in &statements {
        non.extend(ctx.hits_at(*s, cues::NON_PUNISHMENT_WORDS));
    }
    let ds5 = !non.is_empty();
    if compulsion && !ds5 {
        signals.push(ctx.not_applicable(
            "DS5",
            Text::new(
                "不予处罚情形针对行政处罚",
                "non-punishment concerns penalties",
            ),
        ));
    } else {
        signals.push(ctx.signal("DS5", ds5, &non, None));
    }
    if ds5 {
        present.push((
            "考虑了是否属于不予处罚情形".into(),
            "considers whether not to punish".into(),
        ));
    }

    // DS6: aggravation examined.
    let aggr = ctx.hits_in(kind, cues::AGGRAVATION_WORDS);
    let ds6 = !aggr.is_empty();
    if compulsion && !ds6 {
        signals.push(ctx.not_applicable(
            "DS6",
            Text::new("从重情节针对行政处罚", "aggravation concerns penalties"),
        ));
    } else {
        signals.push(ctx.signal("DS6", ds6, &aggr, None));
    }
    if ds6 {
        present.push(("考虑了从重情节".into(), "examines aggravation".into()));
    }

    // DS7: why this amount (or measure), and the amount inside the tier range stated.
    let links = ctx.hits_in(kind, cues::AMOUNT_LINK_WORDS);
    let section_amounts: Vec<amount::Amount> = ctx
        .spans(kind)
        .iter()
        .flat_map(|s| within(ctx.doc.amounts(), *s, |a| a.span))
        .cloned()
        .collect();
    let amount_here = ctx
        .penalty
        .amount
        .is_some_and(|(v, _)| section_amounts.iter().any(|a| a.yuan() == v))
        || ctx.section_text(kind).contains("百分之");
    let necessity = any_in(
        &ctx.section_text(kind),
        &[
            "是必要的",
            "确有必要",
            "必要性",
            "适当原则",
            "比例原则",
            "未扩大范围",
        ],
    );
    let ds7 = !links.is_empty() && (amount_here || necessity);
    let mut detail = None;
    if let Some((v, vspan)) = ctx.penalty.amount {
        // The tier range the section states (`对应的罚款幅度为2.5万元以上4万元以下`).
        if let Some(r) = amount::ranges(ctx.text, &section_amounts)
            .into_iter()
            .find(|r| r.min_fen.is_some() || r.max_fen.is_some())
        {
            let lo = r.min_fen.map(|x| x / 100);
            let hi = r.max_fen.map(|x| x / 100);
            let out = lo.is_some_and(|m| v < m) || hi.is_some_and(|m| v > m);
            if out {
                let zh = format!(
                    "所处罚款{}不在说理所述裁量幅度（{}）内",
                    yuan_zh(v),
                    super::legal_basis::range_zh(lo.map(yuan_zh), hi.map(yuan_zh), "")
                );
                let en = format!(
                    "the fine of {v} yuan is outside the tier range stated ({})",
                    super::legal_basis::range_en(
                        lo.map(|x| x.to_string()),
                        hi.map(|x| x.to_string()),
                        " yuan"
                    )
                );
                findings.push(
                    Finding::new(
                        "reasoning.discretion.range",
                        Severity::Warning,
                        Text::new(format!("{zh}。"), format!("{}.", capitalise(&en))),
                    )
                    .with_span(ctx.orig(vspan))
                    .with_basis("行政处罚法第三十四条；DS7")
                    .with_suggestion(Text::new(
                        "使罚款数额与所适用的裁量阶次幅度一致，或说明偏离的理由。",
                        "Keep the fine within the tier's range, or explain why it departs from it.",
                    )),
                );
                detail = Some(Text::new(zh, en));
            } else {
                detail = Some(Text::new(
                    format!(
                        "所处罚款{}在说理所述幅度（{}）内",
                        yuan_zh(v),
                        super::legal_basis::range_zh(lo.map(yuan_zh), hi.map(yuan_zh), "")
                    ),
                    format!("the fine of {v} yuan is inside the tier range stated"),
                ));
            }
        }
    }
    signals.push(ctx.signal("DS7", ds7, &links, detail));
    if ds7 {
        present.push(if compulsion {
            (
                "说明了采取强制措施的必要性和适当性".into(),
                "explains why the measure is necessary and proportionate".into(),
            )
        } else {
            (
                "说明了确定处罚数额的理由".into(),
                "explains the amount chosen".into(),
            )
        });
    }

    // DS8: not raised after the statement.
    signals.push(not_raised(ctx, &mut findings));

    // DS9: several violations.
    let mut provs: Vec<String> = Vec::new();
    for c in ctx.doc.citations() {
        if c.role != Role::Penalty || c.kind != SourceKind::Law {
            continue;
        }
        for p in &c.provisions {
            let label = format!("{}{}", c.name(), p.label());
            if !provs.contains(&label) {
                provs.push(label);
            }
        }
    }
    let several = !compulsion && provs.len() > 1 && !ctx.text.contains("数额高");
    let comb: Vec<Span> = cues::hits(ctx.text, cues::COMBINATION_WORDS)
        .into_iter()
        .map(|(a, b)| Span::new(a, b))
        .collect();
    if several || !comb.is_empty() {
        signals.push(ctx.signal("DS9", !comb.is_empty(), &comb, None));
    } else {
        signals.push(ctx.not_applicable("DS9", Text::new("仅一个违法行为", "a single violation")));
    }

    // DS10: unit and responsible persons both fined.
    let double: Vec<Span> = ctx
        .layout
        .sentences
        .iter()
        .filter(|s| {
            let t = &ctx.text[s.span.start..s.span.end];
            t.contains("罚款")
                && any_in(t, cues::PERSON_WORDS)
                && (t.contains("并对") || t.contains("同时对") || t.contains("对其"))
                && !t.contains('“')
        })
        .map(|s| s.span)
        .collect();
    if double.is_empty() {
        signals.push(ctx.not_applicable(
            "DS10",
            Text::new(
                "未同时处罚责任人员",
                "no responsible person fined alongside",
            ),
        ));
    } else {
        let persons = ctx.hits_in(kind, cues::PERSON_WORDS);
        signals.push(ctx.signal("DS10", !persons.is_empty(), &double, None));
    }

    let decisive: Vec<(&str, bool)> = vec![
        ("DS1", ds1_sec),
        ("DS2", ds2),
        ("DS3", ds3),
        (
            "DS4",
            !specific_hits(ctx, cues::MITIGATION_WORDS, &["从轻", "减轻"]).is_empty(),
        ),
        (
            "DS6",
            !specific_hits(ctx, cues::AGGRAVATION_WORDS, &["从重", "加重"]).is_empty(),
        ),
        ("DS7", compulsion && necessity),
    ];
    let by: Vec<String> = decisive
        .iter()
        .filter(|(_, ok)| *ok)
        .map(|(id, _)| id.to_string())
        .collect();
    let (grade, decided_by) = if !located {
        (Grade::Missing, vec!["section".to_string()])
    } else if !by.is_empty() {
        (Grade::Adequate, by)
    } else {
        (
            Grade::Hollow,
            vec!["DS1".into(), "DS2".into(), "DS3".into()],
        )
    };
    Assessment {
        grade,
        signals,
        decided_by,
        present,
        findings,
    }
}

/// True when a factor word names a category rather than a fact: followed by `情况`/`程度`/
/// `因素`…, or an item of a `综合考虑…、…、…` list.
fn is_category(text: &str, h: Span) -> bool {
    let after = text.get(h.end..).unwrap_or("");
    if cues::ABSTRACT_AFTER.iter().any(|w| after.starts_with(w)) {
        return true;
    }
    let before = text.get(..h.start).unwrap_or("");
    let clause_start = before
        .rfind([',', '，', '。', ';', '；', ':', '\n'])
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = before[clause_start..].trim_start();
    let weighing = ["综合考虑", "综合考量", "结合", "考虑"]
        .iter()
        .any(|w| clause.starts_with(w));
    weighing && (after.starts_with('、') || before.ends_with('、'))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// DS8: the fine decided is not above the fine proposed in the notice (第四十五条第二款).
fn not_raised(ctx: &Ctx<'_, '_>, findings: &mut Vec<Finding>) -> Signal {
    let (Some((decided, dspan)), Some((proposed, pspan))) =
        (ctx.penalty.amount, ctx.penalty.proposed)
    else {
        return ctx.not_applicable(
            "DS8",
            Text::new(
                "决定书未载明告知书拟处罚数额，无法比对",
                "the amount proposed in the notice is not stated, so it cannot be compared",
            ),
        );
    };
    if decided > proposed {
        let zh = format!(
            "决定罚款{}高于告知书拟处罚款{}",
            yuan_zh(decided),
            yuan_zh(proposed)
        );
        let en = format!(
            "the fine decided ({decided} yuan) is above the one proposed ({proposed} yuan)"
        );
        findings.push(
            Finding::new(
                "reasoning.discretion.raised_after_statement",
                Severity::Error,
                Text::new(
                    format!("{zh}；不得因当事人陈述申辩而加重处罚。"),
                    format!("{}; a penalty must not be raised because the party made a statement.", capitalise(&en)),
                ),
            )
            .with_span(ctx.orig(dspan))
            .with_basis("行政处罚法第四十五条第二款；公示制度（十二）")
            .with_suggestion(Text::new(
                "处罚不得重于告知书所拟处罚；如因新查明的事实需加重，应重新告知并说明理由。",
                "Do not exceed the proposed penalty; if new facts justify more, notify the party again and explain.",
            )),
        );
        return ctx.signal("DS8", false, &[pspan, dspan], Some(Text::new(zh, en)));
    }
    ctx.signal(
        "DS8",
        true,
        &[pspan, dspan],
        Some(Text::new(
            format!(
                "决定罚款{}不高于告知书拟处罚款{}",
                yuan_zh(decided),
                yuan_zh(proposed)
            ),
            format!(
                "the fine decided ({decided} yuan) does not exceed the proposal ({proposed} yuan)"
            ),
        )),
    )
}

#[cfg(test)]
mod tests {
    use crate::reasoning::{Grade, Reasoning};

    fn explain(t: &str) -> Reasoning {
        crate::explain(t, &Default::default()).unwrap()
    }

    fn sig(r: &Reasoning, id: &str) -> (bool, bool) {
        r.discretion
            .signals
            .iter()
            .find(|s| s.id == id)
            .map(|s| (s.found, s.applicable))
            .unwrap()
    }

    const HEAD: &str = "某县应急管理局\n行政处罚决定书\n";

    fn ds(body: &str) -> Reasoning {
        explain(&format!("{HEAD}六、自由裁量理由\n　　{body}\n七、处罚决定\n　　本局决定对你单位作出如下行政处罚：罚款人民币叁万元整（￥30000元）。\n"))
    }

    #[test]
    fn ds1_benchmark() {
        assert!(
            sig(
                &ds("根据《福建省安全生产行政处罚自由裁量适用规则》，本局决定处以3万元罚款。"),
                "DS1"
            )
            .0
        );
        assert!(!sig(&ds("本局决定处以3万元罚款。"), "DS1").0);
    }

    #[test]
    fn ds2_tier() {
        assert!(
            sig(
                &ds("当事人的违法行为属于“较重”情形，对应的罚款幅度为2.5万元以上4万元以下。"),
                "DS2"
            )
            .0
        );
        assert!(sig(&ds("适用裁量阶次A。"), "DS2").0);
        assert!(!sig(&ds("当事人的违法行为应予处罚。"), "DS2").0);
    }

    #[test]
    fn ds3_factors() {
        assert!(sig(&ds("当事人系初次违法，违法行为持续时间较短。"), "DS3").0);
        assert!(
            !sig(
                &ds("综合考虑违法行为的事实、性质、情节以及社会危害程度。"),
                "DS3"
            )
            .0
        );
    }

    #[test]
    fn ds3_categories_are_not_circumstances() {
        let r = ds("综合考虑当事人违法行为的性质、后果、整改情况等因素，依法作出处罚。");
        assert!(!sig(&r, "DS3").0);
        assert_eq!(r.discretion.grade, Grade::Hollow);
    }

    #[test]
    fn ds4_mitigation() {
        assert!(sig(&ds("当事人主动消除违法行为危害后果，依法从轻处罚。"), "DS4").0);
        assert!(!sig(&ds("当事人系初次违法。"), "DS4").0);
    }

    #[test]
    fn ds5_non_punishment() {
        assert!(sig(&ds("当事人的违法行为不属于《中华人民共和国行政处罚法》第三十三条规定的不予处罚情形。"), "DS5").0);
        assert!(!sig(&ds("当事人系初次违法。"), "DS5").0);
    }

    #[test]
    fn ds6_aggravation() {
        assert!(sig(&ds("当事人拒不配合检查，应当从重处罚。"), "DS6").0);
        assert!(!sig(&ds("当事人系初次违法。"), "DS6").0);
    }

    #[test]
    fn ds7_amount_reasoned_and_inside_tier() {
        let r = ds("对应的罚款幅度为2.5万元以上4万元以下，当事人系初次违法，本局决定在上述幅度内处以人民币30000元的罚款。");
        assert!(sig(&r, "DS7").0);
        assert!(!r
            .findings
            .iter()
            .any(|f| f.code == "reasoning.discretion.range"));
        let r =
            ds("对应的罚款幅度为4万元以上5万元以下，本局决定在上述幅度内处以人民币30000元的罚款。");
        assert!(r
            .findings
            .iter()
            .any(|f| f.code == "reasoning.discretion.range"));
        assert!(!sig(&ds("当事人系初次违法。"), "DS7").0);
    }

    #[test]
    fn ds8_not_raised() {
        let base = "五、告知情况\n　　本局拟对你单位处以罚款人民币贰万元的行政处罚。\n";
        let r = explain(&format!("{HEAD}{base}七、处罚决定\n　　本局决定对你单位作出如下行政处罚：罚款人民币叁万元整。\n"));
        assert_eq!(sig(&r, "DS8"), (false, true));
        assert!(r
            .findings
            .iter()
            .any(|f| f.code == "reasoning.discretion.raised_after_statement"));
        let r = explain(&format!("{HEAD}{base}七、处罚决定\n　　本局决定对你单位作出如下行政处罚：罚款人民币贰万元整。\n"));
        assert_eq!(sig(&r, "DS8"), (true, true));
        let r = explain(&format!(
            "{HEAD}七、处罚决定\n　　本局决定对你单位作出如下行政处罚：罚款人民币贰万元整。\n"
        ));
        assert_eq!(sig(&r, "DS8"), (false, false));
    }

    #[test]
    fn ds9_several_violations() {
        let r = explain(&format!("{HEAD}　　依据《中华人民共和国安全生产法》第九十九条第一项、第九十七条第三项的规定，决定分别处以罚款，合并执行。\n"));
        assert_eq!(sig(&r, "DS9"), (true, true));
        let r = explain(&format!("{HEAD}　　依据《中华人民共和国安全生产法》第九十九条第一项、第九十七条第三项的规定，决定处以罚款。\n"));
        assert_eq!(sig(&r, "DS9"), (false, true));
    }

    #[test]
    fn ds10_unit_and_persons() {
        let decision =
            "七、处罚决定\n　　对你单位处以罚款十万元，并对直接负责的主管人员处以罚款二万元。\n";
        let r = explain(&format!("{HEAD}六、自由裁量理由\n　　当事人系初次违法，对直接负责的主管人员按下限处罚。\n{decision}"));
        assert_eq!(sig(&r, "DS10"), (true, true));
        let r = explain(&format!(
            "{HEAD}六、自由裁量理由\n　　当事人系初次违法。\n{decision}"
        ));
        assert_eq!(sig(&r, "DS10"), (false, true));
    }

    #[test]
    fn grades() {
        assert_eq!(
            ds("经综合考虑，依法作出如下处罚。").discretion.grade,
            Grade::Hollow
        );
        assert_eq!(
            ds("当事人系初次违法，可以从轻处罚。").discretion.grade,
            Grade::Adequate
        );
        let r = explain(&format!("{HEAD}七、处罚决定\n　　罚款一万元。\n"));
        assert_eq!(r.discretion.grade, Grade::Missing);
    }
}

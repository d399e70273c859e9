//! 证据采信 (evidence adoption): signals EV1–EV7 and the grade.
//!
//! The section is **adequate** when it names at least one item of evidence by its kind (EV2) or
//! states what the evidence proves (EV3) — hollow text such as `上述证据经审查，予以采信` does
//! neither. The other signals (item-by-item list, source and date, legality/authenticity/
//! relevance, the party's statement answered, complete facts) are reported and explained but do
//! not by themselves make the section hollow.

use crate::finding::{Finding, Severity, Span, Text};
use crate::text::sections::{self, HeadingKind};

use super::cues::{self, any_in};
use super::locate::{Class, Kind};
use super::{within, Assessment, Ctx, Grade};

/// The aspects of reliability (EV5), each with the words that argue it.
const RELIABILITY_ASPECTS: &[&[&str]] = &[
    &["合法", "法定程序"],
    &["真实", "属实", "查证属实", "经核实", "客观反映"],
    &["关联"],
    &["相互印证", "证据链", "相互吻合", "一致"],
];

/// Items of an evidence list: numbered lines that name evidence, `证据1：…`, or the parts of an
/// inline list (`以上事实有现场检查记录1份、询问笔录2份…等证据证实`).
pub fn evidence_items(ctx: &Ctx<'_, '_>) -> Vec<Span> {
    let text = ctx.text;
    let mut items = Vec::new();
    for s in ctx.doc.sections() {
        if !matches!(
            s.kind,
            HeadingKind::Arabic | HeadingKind::ParenArabic | HeadingKind::ParenChinese
        ) {
            continue;
        }
        let line = &text[s.line.start..s.line.end];
        if names_evidence(line) || line.contains("证据") {
            items.push(s.line);
        }
    }
    // `证据1：…`, `证据一、…`, `证据(1)…` lines.
    let mut listed: Vec<usize> = items.iter().map(|s| s.start).collect();
    crate::sort::by_key(&mut listed, |&s| s as u128);
    for l in ctx.doc.lines() {
        let line = &text[l.span.start..l.span.end];
        if let Some(rest) = line.strip_prefix("证据") {
            let rest = rest.trim_start_matches([' ', '(']);
            if rest
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
                && listed.binary_search(&l.span.start).is_err()
            {
                items.push(l.span);
            }
        }
    }
    if items.len() >= 2 {
        return items;
    }
    // Inline lists inside a sentence about evidence.
    let section = ctx.spans(Kind::Evidence);
    for s in &ctx.layout.sentences {
        let t = &text[s.span.start..s.span.end];
        // The list, not the reasoning about it.
        let in_section = section
            .iter()
            .any(|x| s.span.start >= x.start && s.span.end <= x.end);
        if !(any_in(t, &["证据", "为证", "为凭", "佐证"])
            && any_in(
                t,
                &[
                    "证实",
                    "证明",
                    "为证",
                    "为凭",
                    "佐证",
                    "在案",
                    "如下",
                    "证据有",
                ],
            ))
        {
            continue;
        }
        // Inside the reasoning (`证据及采信理由`), only an enumerated list
        // (`(一)现场检查记录…;(二)现场照片…`) is the list itself.
        let reasoning = in_section || s.class == Class::Reason(Kind::Evidence);
        if reasoning && enumerators(t) < 2 {
            continue;
        }
        // Split at 、 and ; outside brackets: `询问笔录2份（被询问人：甲、乙）` is one item.
        let mut parts = Vec::new();
        let mut start = 0;
        let mut depth = 0usize;
        for (i, c) in t.char_indices() {
            match c {
                '(' | '（' | '《' | '“' => depth += 1,
                ')' | '）' | '》' | '”' => depth = depth.saturating_sub(1),
                '、' | ';' | '。' if depth == 0 => {
                    parts.push((start, i));
                    start = i + c.len_utf8();
                }
                _ => {}
            }
        }
        parts.push((start, t.len()));
        let named: Vec<Span> = parts
            .into_iter()
            .filter(|&(a, b)| names_evidence(&t[a..b]))
            .map(|(a, b)| Span::new(s.span.start + a, s.span.start + b))
            .collect();
        if named.len() >= 2 {
            items.extend(named);
        }
    }
    items
}

/// Inline item numbers in `t` (`(一)`, `(2)`, `1.`, `2、`, as [`sections::heading_at`] reads
/// them) at the start or after a `:`, `;` or `。`.
fn enumerators(t: &str) -> usize {
    let mut prev: Option<char> = None;
    let mut n = 0;
    for (i, c) in t.char_indices() {
        if matches!(prev, None | Some(':' | ';' | '。')) && sections::is_item_number(&t[i..]) {
            n += 1;
        }
        prev = Some(c);
    }
    n
}

/// True when `s` names an item of one of the 第四十六条 kinds.
pub fn names_evidence(s: &str) -> bool {
    cues::evidence_words().0.occurs(s, 0, s.len())
}

/// The kinds named in `spans`, with where.
fn kinds_in(ctx: &Ctx<'_, '_>, spans: &[Span]) -> (Vec<(&'static str, &'static str)>, Vec<Span>) {
    let mut kinds: Vec<(&str, &str)> = Vec::new();
    let mut at = Vec::new();
    let (set, kind_of) = cues::evidence_words();
    for sp in spans {
        // One pass over the span for all kinds, then the kinds in table order.
        let found = set.all_in_indexed(ctx.text, sp.start, sp.end);
        for (k, (zh, en, _)) in cues::EVIDENCE_KINDS.iter().enumerate() {
            let h = cues::merged(
                found
                    .iter()
                    .filter(|(w, _, _)| kind_of[*w as usize] as usize == k)
                    .map(|&(_, a, b)| (a, b))
                    .collect(),
            );
            if !h.is_empty() {
                if !kinds.iter().any(|(z, _)| z == zh) {
                    kinds.push((zh, en));
                }
                at.extend(h.into_iter().map(|(a, b)| Span::new(a, b)));
            }
        }
    }
    (kinds, at)
}

/// `证明…` with an object (not `有以下证据证明：` nor `等证据证实。`).
fn proofs_in(ctx: &Ctx<'_, '_>, spans: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for sp in spans {
        for h in ctx.hits_at(*sp, cues::PROOF_WORDS) {
            let after: String = ctx.text[h.end..sp.end].chars().take(6).collect();
            let first: String = after.chars().take(2).collect();
            let empty = after.chars().count() < 3
                || first.contains([':', '。', ';', ','])
                || after.starts_with("如下")
                || after.starts_with("以下");
            if !empty {
                out.push(h);
            }
        }
    }
    out
}

/// The facts: the body of a `违法事实` heading, else the first paragraph that narrates them.
pub fn facts_span(ctx: &Ctx<'_, '_>) -> Option<Span> {
    let text = ctx.text;
    for s in ctx.doc.sections() {
        let t = s.title(text);
        if s.kind != HeadingKind::Label
            && t.contains("事实")
            && !t.contains("证据")
            && !s.body_span.is_empty()
        {
            return Some(s.body_span);
        }
    }
    ctx.doc.paragraphs().iter().copied().find(|p| {
        let t = &text[p.start..p.end];
        any_in(
            t,
            &[
                "经查",
                "现查明",
                "检查时发现",
                "检查发现",
                "进行检查",
                "执法检查",
            ],
        )
    })
}

/// Assesses the 证据采信 section.
pub fn assess(ctx: &Ctx<'_, '_>) -> Assessment {
    let kind = Kind::Evidence;
    let section = ctx.spans(kind).to_vec();
    let located = ctx.layout.get(kind).is_some_and(|f| !f.is_empty());
    let items = evidence_items(ctx);
    let mut signals = Vec::new();
    let mut present: Vec<(String, String)> = Vec::new();
    let mut findings = Vec::new();

    // EV1: listed item by item.
    let ev1 = items.len() >= 2;
    signals.push(ctx.signal(
        "EV1",
        ev1,
        &items,
        Some(Text::new(
            format!("识别到 {} 项证据", items.len()),
            format!("{} item(s) of evidence found", items.len()),
        )),
    ));
    if ev1 {
        present.push((
            format!("证据已逐项列明（{}项）", items.len()),
            format!("evidence listed item by item ({} items)", items.len()),
        ));
    }

    // EV2: kinds, in the list and in the section.
    let (sec_kinds, sec_at) = kinds_in(ctx, &section);
    let (list_kinds, list_at) = kinds_in(ctx, &items);
    let mut all_kinds = list_kinds.clone();
    for k in &sec_kinds {
        if !all_kinds.contains(k) {
            all_kinds.push(*k);
        }
    }
    let ev2 = !all_kinds.is_empty();
    let zh_kinds: Vec<&str> = all_kinds.iter().map(|(z, _)| *z).collect();
    let en_kinds: Vec<&str> = all_kinds.iter().map(|(_, e)| *e).collect();
    let mut at = sec_at.clone();
    at.extend(list_at);
    signals.push(ctx.signal(
        "EV2",
        ev2,
        &at,
        ev2.then(|| {
            Text::new(
                format!("证据种类：{}", zh_kinds.join("、")),
                format!("kinds: {}", en_kinds.join(", ")),
            )
        }),
    ));
    if !sec_kinds.is_empty() {
        let z: Vec<&str> = sec_kinds.iter().map(|(z, _)| *z).collect();
        let e: Vec<&str> = sec_kinds.iter().map(|(_, e)| *e).collect();
        present.push((
            format!("逐一评价了{}", z.join("、")),
            format!("weighs the {}", e.join(", ")),
        ));
    }

    // EV3: what each item proves.
    let sec_proofs = proofs_in(ctx, &section);
    let mut proofs = sec_proofs.clone();
    proofs.extend(proofs_in(ctx, &items));
    let ev3 = !proofs.is_empty();
    signals.push(ctx.signal("EV3", ev3, &proofs, None));
    if ev3 {
        present.push((
            "说明了证据所证明的事实".into(),
            "states what the evidence proves".into(),
        ));
    }

    // EV4: source and date of the items.
    let mut sources = Vec::new();
    for it in items.iter().chain(section.iter()) {
        let dated = within(ctx.doc.dates(), *it, |d| d.span)
            .filter(|d| !d.blank)
            .map(|d| d.span);
        sources.extend(dated);
        sources.extend(ctx.hits_at(*it, cues::SOURCE_WORDS));
    }
    let ev4 = !sources.is_empty();
    signals.push(ctx.signal("EV4", ev4, &sources, None));
    if ev4 {
        present.push((
            "载明了证据的来源或时间".into(),
            "gives the source or date of the evidence".into(),
        ));
    }

    // EV5: legality, authenticity, relevance.
    let rel = ctx.hits_in(kind, cues::RELIABILITY_WORDS);
    let ev5 = !rel.is_empty();
    signals.push(ctx.signal("EV5", ev5, &rel, None));
    if ev5 {
        present.push((
            "论证了证据的合法性、真实性、关联性".into(),
            "addresses legality, authenticity and relevance".into(),
        ));
    }

    // EV6: the party's statement recorded and answered.
    let statements: Vec<Span> = ctx
        .layout
        .sentences
        .iter()
        .filter(|s| s.class == Class::Statement)
        .map(|s| s.span)
        .collect();
    let answered: Vec<Span> = statements
        .iter()
        .filter(|s| any_in(&ctx.text[s.start..s.end], cues::STATEMENT_OUTCOMES))
        .copied()
        .collect();
    let made: Vec<Span> = statements
        .iter()
        .filter(|s| {
            let t = &ctx.text[s.start..s.end];
            (t.contains("提出") || t.contains("提交") || t.contains("称"))
                && !t.contains("未提出")
                && !t.contains("未提交")
        })
        .copied()
        .collect();
    let ev6 = !answered.is_empty();
    signals.push(ctx.signal(
        "EV6",
        ev6,
        if ev6 { &answered } else { &statements },
        (!ev6 && statements.is_empty()).then(|| {
            Text::new(
                "未记录告知及陈述申辩情况",
                "the notice and the party's statement are not narrated",
            )
        }),
    ));
    if ev6 {
        present.push((
            "记录并答复了当事人的陈述申辩".into(),
            "records and answers the party's statement".into(),
        ));
    } else if let Some(first) = made.first() {
        findings.push(
            Finding::new(
                "reasoning.evidence.statement_unanswered",
                Severity::Warning,
                Text::new(
                    "当事人提出了陈述申辩，但文书未说明是否采纳及理由。",
                    "The party made a statement, but the document does not say whether it was adopted and why.",
                ),
            )
            .with_span(ctx.orig(*first))
            .with_basis("行政处罚法第四十五条第一款")
            .with_suggestion(Text::new(
                "逐项复核当事人提出的事实、理由和证据，写明采纳或不予采纳及理由。",
                "Review each fact, reason and item of evidence the party raised and state whether it is adopted and why.",
            )),
        );
    }

    // EV7: facts with time, place, conduct, result.
    let ev7 = match facts_span(ctx) {
        Some(f) => {
            let t = &ctx.text[f.start..f.end];
            let dated = within(ctx.doc.dates(), f, |d| d.span).any(|d| !d.blank);
            let place = any_in(t, cues::PLACE_WORDS);
            let conduct = any_in(t, cues::CONDUCT_WORDS);
            let result = any_in(t, cues::RESULT_WORDS);
            let mut lack_zh = Vec::new();
            let mut lack_en = Vec::new();
            for (ok, z, e) in [
                (dated, "时间", "time"),
                (place, "地点", "place"),
                (conduct, "行为", "conduct"),
                (result, "后果", "result"),
            ] {
                if !ok {
                    lack_zh.push(z);
                    lack_en.push(e);
                }
            }
            let ok = dated && place && conduct;
            ctx.signal(
                "EV7",
                ok,
                &[f],
                (!lack_zh.is_empty()).then(|| {
                    Text::new(
                        format!("事实中未见：{}", lack_zh.join("、")),
                        format!("the facts lack: {}", lack_en.join(", ")),
                    )
                }),
            )
        }
        None => ctx.signal(
            "EV7",
            false,
            &[],
            Some(Text::new(
                "未找到违法事实部分",
                "no statement of facts found",
            )),
        ),
    };
    signals.push(ev7);

    // Reasoned reliability: at least two of legality, authenticity, relevance, corroboration
    // argued (not the bare `予以采信`).
    let aspects = RELIABILITY_ASPECTS
        .iter()
        .filter(|words| {
            rel.iter()
                .any(|h| words.contains(&&ctx.text[h.start..h.end]))
        })
        .count();
    let reasoned_reliability = aspects >= 2;
    let (grade, decided_by) = if !located {
        (Grade::Missing, vec!["section".to_string()])
    } else if !sec_kinds.is_empty() || !sec_proofs.is_empty() || reasoned_reliability {
        let mut by = Vec::new();
        if !sec_kinds.is_empty() {
            by.push("EV2".to_string());
        }
        if !sec_proofs.is_empty() {
            by.push("EV3".to_string());
        }
        if reasoned_reliability {
            by.push("EV5".to_string());
        }
        (Grade::Adequate, by)
    } else {
        (Grade::Hollow, vec!["EV2".to_string(), "EV3".to_string()])
    };
    Assessment {
        grade,
        signals,
        decided_by,
        present,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use crate::reasoning::{Grade, Reasoning};

    fn explain(t: &str) -> Reasoning {
        crate::explain(t, &Default::default()).unwrap()
    }

    fn signal(r: &Reasoning, id: &str) -> bool {
        r.evidence
            .signals
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.found)
            .unwrap()
    }

    const HEAD: &str = "某县应急管理局\n行政处罚决定书\n";

    #[test]
    fn ev1_listed_item_by_item() {
        let yes = explain(&format!(
            "{HEAD}二、证据\n　　1．现场检查记录1份；\n　　2．询问笔录2份；\n　　3．现场照片5张。\n"
        ));
        assert!(signal(&yes, "EV1"));
        let inline = explain(&format!(
            "{HEAD}　　以上事实有现场检查记录1份、询问笔录2份、现场照片5张等证据证实。\n"
        ));
        assert!(signal(&inline, "EV1"));
        let no = explain(&format!(
            "{HEAD}二、证据\n　　上述违法事实有相关证据证实。\n"
        ));
        assert!(!signal(&no, "EV1"));
    }

    #[test]
    fn ev2_kinds() {
        let yes = explain(&format!(
            "{HEAD}三、证据采信理由\n　　现场照片由执法人员拍摄，客观反映现场状况，予以采信。\n"
        ));
        assert!(signal(&yes, "EV2"));
        assert_eq!(yes.evidence.grade, Grade::Adequate);
        let no = explain(&format!(
            "{HEAD}三、证据采信理由\n　　上述证据经审查，予以采信。\n"
        ));
        assert!(!signal(&no, "EV2"));
        assert_eq!(no.evidence.grade, Grade::Hollow);
    }

    #[test]
    fn ev3_what_it_proves() {
        let yes = explain(&format!(
            "{HEAD}三、证据采信理由\n　　上述证据相互印证，足以证明当事人未设置安全警示标志的事实，予以采信。\n"
        ));
        assert!(signal(&yes, "EV3"));
        assert_eq!(yes.evidence.grade, Grade::Adequate);
        let no = explain(&format!(
            "{HEAD}二、证据\n　　上述违法事实有以下证据证明：\n三、证据采信理由\n　　本局对上述证据予以认定。\n"
        ));
        assert!(!signal(&no, "EV3"));
        assert_eq!(no.evidence.grade, Grade::Hollow);
    }

    #[test]
    fn ev4_source_and_date() {
        let yes = explain(&format!(
            "{HEAD}二、证据\n　　1．现场检查记录1份（2023年6月25日）；\n　　2．询问笔录2份。\n"
        ));
        assert!(signal(&yes, "EV4"));
        let no = explain(&format!(
            "{HEAD}二、证据\n　　1．现场检查记录；\n　　2．询问笔录。\n"
        ));
        assert!(!signal(&no, "EV4"));
    }

    #[test]
    fn ev5_legality_authenticity_relevance() {
        let yes = explain(&format!(
            "{HEAD}三、证据采信理由\n　　上述证据来源合法，内容真实，与本案具有关联性，予以采信。\n"
        ));
        assert!(signal(&yes, "EV5"));
        assert_eq!(yes.evidence.grade, Grade::Adequate);
        assert!(yes.evidence.decided_by.iter().any(|d| d == "EV5"));
        let no = explain(&format!("{HEAD}三、证据采信理由\n　　上述证据予以采信。\n"));
        assert!(!signal(&no, "EV5"));
    }

    #[test]
    fn ev6_statement_answered() {
        let yes = explain(&format!(
            "{HEAD}五、陈述申辩情况\n　　你单位提出陈述申辩，称已整改。经复核，本局认为理由不成立，不予采纳。\n"
        ));
        assert!(signal(&yes, "EV6"));
        let no = explain(&format!(
            "{HEAD}五、陈述申辩情况\n　　你单位提出陈述申辩，称已整改。\n"
        ));
        assert!(!signal(&no, "EV6"));
        assert!(no
            .findings
            .iter()
            .any(|f| f.code == "reasoning.evidence.statement_unanswered"));
    }

    #[test]
    fn ev7_facts() {
        let yes = explain(&format!(
            "{HEAD}一、违法事实\n　　2023年6月25日，执法人员检查发现你单位二号车间未设置安全警示标志。\n"
        ));
        assert!(signal(&yes, "EV7"));
        let no = explain(&format!(
            "{HEAD}一、违法事实\n　　经查，你单位存在安全生产违法行为。\n"
        ));
        assert!(!signal(&no, "EV7"));
    }

    #[test]
    fn missing_section() {
        let r = explain(&format!("{HEAD}二、证据\n　　1．现场检查记录；\n"));
        assert_eq!(r.evidence.grade, Grade::Missing);
        assert!(r
            .findings
            .iter()
            .any(|f| f.code == "reasoning.evidence.missing"));
        assert_eq!(r.evidence.decided_by, ["section"]);
    }
}

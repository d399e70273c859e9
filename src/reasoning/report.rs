//! A readable plain-text report of a [`Reasoning`], per section: grade, where it is, what is
//! there and what is not, the checklist, and what to write. Used by `gongshi explain`.

use std::fmt::Write;

use crate::finding::{Lang, Severity, Span};

use super::{kind_name, Grade, Kind, Placement, Reasoning, Section};

/// Renders `r` as text in `lang`. Spans are shown as offsets in whatever unit they are in
/// (bytes of the original text unless converted); [`report_for`] shows line numbers instead.
pub fn report(r: &Reasoning, lang: Lang) -> String {
    render(r, None, lang)
}

/// Renders `r` with line:column positions in `text` (the text `r` was computed from, spans
/// still in bytes) and a short excerpt of each section.
pub fn report_for(r: &Reasoning, text: &str, lang: Lang) -> String {
    render(r, Some(text), lang)
}

fn grade_word(g: Grade, lang: Lang) -> &'static str {
    match (g, lang) {
        (Grade::Adequate, Lang::Zh) => "充分",
        (Grade::Hollow, Lang::Zh) => "空洞（套话）",
        (Grade::Missing, Lang::Zh) => "缺失",
        (Grade::NotRequired, Lang::Zh) => "不要求",
        (Grade::Adequate, Lang::En) => "adequate",
        (Grade::Hollow, Lang::En) => "hollow (boilerplate)",
        (Grade::Missing, Lang::En) => "missing",
        (Grade::NotRequired, Lang::En) => "not required",
    }
}

fn position(text: Option<&str>, s: Span) -> String {
    match text {
        Some(t) => {
            let head = t.get(..s.start.min(t.len())).unwrap_or("");
            let line = head.matches('\n').count() + 1;
            let col = head.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{line}:{col}")
        }
        None => format!("{}–{}", s.start, s.end),
    }
}

fn excerpt(text: Option<&str>, s: Span) -> Option<String> {
    let t = text?.get(s.start..s.end)?.trim();
    let mut out: String = t.chars().filter(|c| *c != '\n').take(40).collect();
    if t.chars().count() > 40 {
        out.push('…');
    }
    Some(out)
}

fn render(r: &Reasoning, text: Option<&str>, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}{}",
        if zh { "文书类型：" } else { "Document: " },
        if zh {
            r.doc_scope.name_zh()
        } else {
            r.doc_scope.name_en()
        },
        match (r.required, zh) {
            (true, true) => "（须说明证据采信、依据选择、自由裁量理由，公示制度（十二））",
            (true, false) => " (the three reasoning sections are required, 公示制度（十二）)",
            (false, true) => "（不要求说理部分）",
            (false, false) => " (reasoning sections not required)",
        }
    );
    for kind in Kind::ALL {
        out.push('\n');
        section(&mut out, r.section(kind), kind, text, lang);
    }
    let others: Vec<_> = r
        .findings
        .iter()
        .filter(|f| {
            !f.code.ends_with(".hollow")
                && !f.code.ends_with(".missing")
                && f.severity != Severity::Info
        })
        .collect();
    if !others.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            if zh {
                "其他问题："
            } else {
                "Other problems:"
            }
        );
        for f in others {
            let mark = if f.severity == Severity::Error {
                "✗"
            } else {
                "!"
            };
            let at = f.span.map(|s| position(text, s)).unwrap_or_default();
            let _ = writeln!(out, "  {mark} {at} [{}] {}", f.code, f.message.get(lang));
            if let Some(s) = &f.suggestion {
                let _ = writeln!(out, "      → {}", s.get(lang));
            }
        }
    }
    let p = &r.penalty;
    if p.amount.is_some() || p.statutory.is_some() {
        let _ = writeln!(out, "\n{}", if zh { "处罚：" } else { "Penalty:" });
        if let Some(m) = p.amount {
            let _ = writeln!(
                out,
                "  {} {} {}",
                if zh { "决定罚款" } else { "fine decided" },
                m.yuan,
                if zh { "元" } else { "yuan" }
            );
        }
        if let Some(m) = p.proposed {
            let _ = writeln!(
                out,
                "  {} {} {}",
                if zh {
                    "告知书拟罚款"
                } else {
                    "fine proposed"
                },
                m.yuan,
                if zh { "元" } else { "yuan" }
            );
        }
        for range in [&p.statutory, &p.stated].into_iter().flatten() {
            let show = |v: Option<u64>| v.map(|x| x.to_string());
            let unit = if range.measure == "income_percent" {
                if zh {
                    "%（上一年年收入）"
                } else {
                    "% of income"
                }
            } else if zh {
                "元"
            } else {
                " yuan"
            };
            let src = match (range.source.as_str(), zh) {
                ("law_table", true) => "内置条文表",
                ("law_table", false) => "built-in table",
                (_, true) => "文书引述",
                (_, false) => "as quoted",
            };
            let text = if zh {
                super::legal_basis::range_zh(show(range.min), show(range.max), unit)
            } else {
                super::legal_basis::range_en(show(range.min), show(range.max), unit)
            };
            let _ = writeln!(
                out,
                "  {} {}: {} ({})",
                if zh { "幅度" } else { "range" },
                range.provision,
                text,
                src
            );
        }
    }
    let _ = writeln!(
        out,
        "\n{}{}",
        if zh {
            "条文表："
        } else {
            "Article table: "
        },
        r.law_table
    );
    out
}

/// Which checks decided the grade, in words.
fn decided(s: &Section, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    if s.decided_by.iter().any(|d| d == "section") {
        return if zh {
            "未找到该部分".into()
        } else {
            "the section was not found".into()
        };
    }
    let ids = s.decided_by.join(if zh { "、" } else { ", " });
    match (s.grade, zh) {
        (Grade::Adequate, true) => format!("说理部分具备 {ids}"),
        (Grade::Adequate, false) => format!("the section has {ids}"),
        (_, true) => format!("说理部分不具备 {ids} 中的任何一项"),
        (_, false) => format!("the section has none of {ids}"),
    }
}

fn section(out: &mut String, s: &Section, kind: Kind, text: Option<&str>, lang: Lang) {
    let zh = lang == Lang::Zh;
    let (nz, ne) = kind_name(kind);
    let _ = if zh {
        writeln!(out, "【{nz}】{}", grade_word(s.grade, lang))
    } else {
        writeln!(out, "[{ne}] {}", grade_word(s.grade, lang))
    };
    let place = match (s.placement, zh) {
        (Placement::Heading, true) => "标题下",
        (Placement::Heading, false) => "under a heading",
        (Placement::Embedded, true) => "正文中",
        (Placement::Embedded, false) => "in the running text",
        (Placement::None, true) => "未找到",
        (Placement::None, false) => "not found",
    };
    let mut at: Vec<String> = s.spans.iter().map(|sp| position(text, *sp)).collect();
    if at.is_empty() {
        if let Some(h) = s.heading {
            at.push(position(text, h));
        }
    }
    let _ = writeln!(
        out,
        "  {}{}{}",
        if zh { "位置：" } else { "Where: " },
        place,
        if at.is_empty() {
            String::new()
        } else {
            format!(" {}", at.join(", "))
        }
    );
    if let Some(e) = s.spans.first().and_then(|sp| excerpt(text, *sp)) {
        let _ = writeln!(out, "  {}{}", if zh { "原文：" } else { "Text: " }, e);
    }
    let _ = writeln!(out, "  {}", s.message.get(lang));
    if s.grade == Grade::NotRequired {
        return;
    }
    let _ = writeln!(
        out,
        "  {}{}",
        if zh { "评级依据：" } else { "Graded on: " },
        decided(s, lang)
    );
    let _ = writeln!(out, "  {}{}", if zh { "依据：" } else { "Rule: " }, s.basis);
    let _ = writeln!(out, "  {}", if zh { "检查项：" } else { "Checklist:" });
    for sig in &s.signals {
        let mark = if !sig.applicable {
            "–"
        } else if sig.found {
            "✓"
        } else {
            "✗"
        };
        let detail = sig
            .detail
            .as_ref()
            .map(|d| format!(" — {}", d.get(lang)))
            .unwrap_or_default();
        let _ = writeln!(out, "    {mark} {} {}{detail}", sig.id, sig.label.get(lang));
    }
    if !s.suggestions.is_empty() {
        let _ = writeln!(out, "  {}", if zh { "建议：" } else { "Suggestions:" });
        for sug in &s.suggestions {
            let _ = writeln!(out, "    → {}", sug.get(lang));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_each_section_in_both_languages() {
        let t = "某县应急管理局\n行政处罚决定书\n三、证据采信理由\n　　上述证据经审查，予以采信。\n五、依据选择理由\n　　本案应当适用《中华人民共和国安全生产法》第九十九条第五项的规定进行处罚。\n";
        let r = crate::explain(t, &Default::default()).unwrap();
        let zh = report_for(&r, t, Lang::Zh);
        assert!(zh.contains("【证据采信】空洞"), "{zh}");
        assert!(zh.contains("【依据选择】充分"), "{zh}");
        assert!(zh.contains("【自由裁量】缺失"), "{zh}");
        assert!(zh.contains("位置：标题下 4:3"), "{zh}");
        assert!(zh.contains("✗ EV2"));
        let en = report(&r, Lang::En);
        assert!(en.contains("[evidence adoption] hollow"), "{en}");
        assert!(en.contains("Suggestions"));
    }

    #[test]
    fn not_required() {
        let t = "行政处罚告知书\n　　拟对你单位处以罚款。\n";
        let r = crate::explain(t, &Default::default()).unwrap();
        let zh = report(&r, Lang::Zh);
        assert!(zh.contains("不要求"), "{zh}");
        assert!(!zh.contains("建议"));
    }
}

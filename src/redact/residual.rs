//! After masking: what still looks personal. Long digit runs, `@`, and a surname right after a
//! role word that nothing recognised are reported as warnings (`pii.residual.*`, no
//! replacement), so that a form can block submission until someone has looked.

use super::context::{char_at, is_han};
use super::lexicon::Tag;
use super::names::is_surname;
use super::{Role, Scan};
use crate::doc::Doc;
use crate::finding::{Finding, Severity, Span, Text};

fn claimed_by(claimed: &[Span], span: Span) -> bool {
    let i = claimed.partition_point(|s| s.end <= span.start);
    claimed.get(i).is_some_and(|s| s.overlaps(&span))
}

fn warning(doc: &Doc<'_>, code: &str, span: Span, zh: &str, en: &str) -> Finding {
    Finding::new(code, Severity::Warning, Text::new(zh, en))
        .with_span(doc.norm.to_original(span))
        .with_basis("公示制度（十四）1")
        .with_suggestion(Text::new(
            "请核对：如属个人信息，请手工隐去或在策略的 deny 列表中加入该词。",
            "Check it: if it is personal data, hide it by hand or add it to the policy's deny list.",
        ))
}

/// Warnings for what still looks personal outside the `claimed` spans (canonical offsets of
/// every masked or explained item, sorted).
pub fn check(doc: &Doc<'_>, scan: &Scan<'_>, claimed: &[Span]) -> Vec<Finding> {
    let text = scan.text;
    let b = text.as_bytes();
    let mut out = Vec::new();
    for chain in &scan.chains {
        let (Some(first), Some(last)) = (chain.groups.first(), chain.groups.last()) else {
            continue;
        };
        let digits: usize = chain.groups.iter().map(|g| g.len()).sum();
        if digits < 7 {
            continue;
        }
        let span = Span::new(first.start, last.end);
        let lens: Vec<usize> = chain.groups.iter().map(|g| g.len()).collect();
        let date = lens.len() == 3 && lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2;
        let money = text[span.end..].starts_with('元')
            || text[span.end..].starts_with("万元")
            || text[..span.start].ends_with(['¥', '￥'])
            || b.get(span.end) == Some(&b'.');
        // A standard's number and year (GB 15577-2018, GB/T 3836.1-2021, AQ 3009-2007).
        let code = text[..first.start].trim_end_matches(' ');
        let code = code
            .strip_suffix("/T")
            .or_else(|| code.strip_suffix("/Z"))
            .unwrap_or(code);
        let standard = code.len() >= 2
            && code.as_bytes()[code.len() - 2..]
                .iter()
                .all(u8::is_ascii_uppercase)
            && lens.len() >= 2
            && lens[lens.len() - 1] == 4
            && b.get(last.start - 1) == Some(&b'-');
        if date || money || standard || claimed_by(claimed, span) {
            continue;
        }
        out.push(warning(
            doc,
            "pii.residual.digits",
            span,
            "较长的数字串未被识别，可能是未隐去的号码（账号、电话、证件号等）。",
            "A long run of digits was not recognised; it may be an unmasked number (account, phone, ID…).",
        ));
    }
    for &at in &scan.ats {
        let span = Span::new(at, at + 1);
        let near = b.get(at + 1).is_some_and(u8::is_ascii_alphanumeric)
            && at > 0
            && b[at - 1].is_ascii_alphanumeric();
        if near && !claimed_by(claimed, span) {
            out.push(warning(
                doc,
                "pii.residual.email",
                span,
                "文本中仍有“@”，可能是未隐去的电子邮箱或账号。",
                "An “@” remains; it may be an unmasked e-mail address or account.",
            ));
        }
    }
    for h in &scan.hits {
        let Some(role) = h.tags.iter().find_map(|t| match t {
            Tag::NameCue(c) if c.strong => Some(c.role),
            _ => None,
        }) else {
            continue;
        };
        if !matches!(
            role,
            Role::Witness | Role::LegalAgent | Role::Agent | Role::Appraiser | Role::Other
        ) {
            continue;
        }
        let mut p = h.end;
        while let Some(c @ (':' | ' ' | '为' | '是')) = char_at(text, p) {
            p += c.len_utf8();
        }
        let Some(s) = char_at(text, p) else { continue };
        let Some(g) = char_at(text, p + s.len_utf8()) else {
            continue;
        };
        if !is_surname(s) || !is_han(g) || g == '某' {
            continue;
        }
        let span = Span::new(p, p + s.len_utf8() + g.len_utf8());
        if claimed_by(claimed, span) {
            continue;
        }
        out.push(warning(
            doc,
            "pii.residual.name",
            span,
            "角色词后似有未隐名的姓名。",
            "A name may follow this role word without having been anonymised.",
        ));
    }
    crate::sort::by_key(&mut out, |f| f.span.map_or(0, |s| s.start) as u128);
    out
}

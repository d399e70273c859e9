//! Vehicle licence plates: `闽C12345`, `闽C·12345`, new-energy `闽CD12345` / `闽C12345D`,
//! trailers `闽C1234挂`, and the 学/警/港/澳/领/试/超 and 使 plates. Validated by the province
//! abbreviation, the issuing-office letter (never I or O) and the body's shape.

use std::sync::OnceLock;

use regex::Regex;

use super::context::word_before;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

/// Province abbreviations used on plates.
pub const PROVINCES: &str = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

/// Words near a plate that confirm it.
const CUES: &[&str] = &[
    "号牌",
    "车牌",
    "牌照",
    "车辆",
    "货车",
    "轿车",
    "客车",
    "面包车",
    "摩托车",
    "挂车",
    "车号",
    "机动车",
    "运输车",
];

fn plate_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(&format!(
            r"[{PROVINCES}][A-HJ-NP-Z][·•・\-\. ]?[A-HJ-NP-Z0-9]{{4,6}}[挂学警港澳领试超]?|使[0-9]{{6}}"
        ))
        .expect("plate pattern compiles")
    })
}

fn body_ok(body: &[u8], suffix: bool) -> bool {
    let digits = body.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = body.len() - digits;
    match (body.len(), suffix) {
        (4, true) => digits >= 2,
        (5, false) => digits >= 2 && letters <= 3,
        // New energy: D/F then a letter or digit and four digits, or five digits then D/F.
        (6, false) => {
            (matches!(body[0], b'D' | b'F') && body[2..].iter().all(u8::is_ascii_digit))
                || (matches!(body[5], b'D' | b'F') && body[..5].iter().all(u8::is_ascii_digit))
        }
        _ => false,
    }
}

/// Finds licence plates.
pub fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    let b = text.as_bytes();
    // Candidates start at a province character followed by a letter (or at 使); the pattern
    // is then tried there only, so the text is not run through the automaton.
    for (i, c) in text.char_indices() {
        if c.is_ascii() {
            continue;
        }
        let next = b.get(i + c.len_utf8()).copied();
        // The cheap test first: a Latin capital right after a non-ASCII character is rare.
        let province = next.is_some_and(|x| x.is_ascii_uppercase()) && PROVINCES.contains(c);
        if !province && c != '使' {
            continue;
        }
        let end = super::context::advance(text, i, 12);
        let Some(m0) = plate_re().find(&text[i..end]) else {
            continue;
        };
        if m0.start() != 0 {
            continue;
        }
        let m = Span::new(i, i + m0.end());
        let s = &text[m.start..m.end];
        // Not part of a longer code (闽AJ-2021-4292, ICP numbers, a letter run).
        let after = b.get(m.end).copied();
        if after.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-') {
            continue;
        }
        let ok = if let Some(rest) = s.strip_prefix('使') {
            rest.len() == 6
        } else {
            let mut chars = s.chars();
            chars.next();
            chars.next();
            let rest = chars.as_str();
            let rest = rest.trim_start_matches(['·', '•', '・', '-', '.', ' ']);
            let suffix = rest.chars().next_back().is_some_and(|c| !c.is_ascii());
            let body: &str = if suffix {
                let last = rest.chars().next_back().map_or(0, char::len_utf8);
                &rest[..rest.len() - last]
            } else {
                rest
            };
            body_ok(body.as_bytes(), suffix)
        };
        if !ok {
            continue;
        }
        let cue = word_before(text, m.start, CUES, 15).map(|k| CUES[k]);
        out.push(Candidate::new(
            m,
            PiiKind::LicensePlate,
            Role::Party,
            "plate_cn",
            cue,
            Validity::Passed,
            if cue.is_some() { 0.96 } else { 0.85 },
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plates(t: &str) -> Vec<String> {
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &mut out);
        out.into_iter()
            .map(|c| t[c.span.start..c.span.end].to_string())
            .collect()
    }

    #[test]
    fn plate_forms() {
        for p in [
            "闽C12345",
            "闽C·12345",
            "闽CD12345",
            "闽C12345D",
            "闽C1234挂",
            "闽A1234警",
            "沪A1234领",
            "闽C62U4R",
            "闽CDN6614",
        ] {
            assert_eq!(
                plates(&format!("号牌为{p}的货车")),
                vec![p.to_string()],
                "{p}"
            );
        }
    }

    #[test]
    fn not_plates() {
        assert!(plates("报告编号:闽AJ-2021-4292").is_empty());
        assert!(plates("闽ICP备05025850号").is_empty());
        assert!(plates("闽CABCDE").is_empty());
        assert!(plates("闽C1234567").is_empty());
    }
}

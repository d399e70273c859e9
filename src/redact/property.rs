//! Property-certificate numbers (动产或不动产权属证书编号): `闽（2019）泉州市不动产权第0012345号`,
//! `房权证 泉字第 123456 号`, `泉房权证惠字第251688号`, `泉国用(2008)第100123号`, and whatever
//! follows a certificate label (机动车登记证书编号：350865412388, 权属证书编号：…).

use std::sync::OnceLock;

use regex::Regex;

use super::context::skip_label_gap;
use super::lexicon::Tag;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

/// Certificate labels.
pub const LEXICON: &[(&str, Tag)] = &[
    ("不动产权证号", Tag::Property),
    ("不动产权证书号", Tag::Property),
    ("不动产权证书编号", Tag::Property),
    ("不动产登记证明号", Tag::Property),
    ("权属证书编号", Tag::Property),
    ("权属证书号", Tag::Property),
    ("产权证号", Tag::Property),
    ("房产证号", Tag::Property),
    ("房产证编号", Tag::Property),
    ("房屋所有权证号", Tag::Property),
    ("土地证号", Tag::Property),
    ("土地使用证号", Tag::Property),
    ("土地使用权证号", Tag::Property),
    ("林权证号", Tag::Property),
    ("机动车登记证书编号", Tag::Property),
    ("机动车登记证书号", Tag::Property),
    ("登记证书编号", Tag::Property),
    ("行驶证号", Tag::Property),
    ("船舶登记号", Tag::Property),
    ("船舶所有权登记证书编号", Tag::Property),
    ("抵押登记编号", Tag::Property),
    ("不动产", Tag::PropertyAnchor),
    ("房权证", Tag::PropertyAnchor),
    ("房产证", Tag::PropertyAnchor),
    ("国用", Tag::PropertyAnchor),
    ("集用", Tag::PropertyAnchor),
    ("集建", Tag::PropertyAnchor),
    ("国有", Tag::PropertyAnchor),
    ("房地", Tag::PropertyAnchor),
    ("动产抵押登记编号", Tag::Property),
];

fn patterns() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        let prov = super::plate::PROVINCES;
        Regex::new(&format!(
            concat!(
                r"[{p}]?[(〔\[]\s*\d{{4}}\s*[)〕\]]\s*[\x{{4E00}}-\x{{9FFF}}]{{0,12}}?不动产(?:权|证明)\s*第\s*\d+\s*号",
                r"|[\x{{4E00}}-\x{{9FFF}}]{{0,2}}房(?:权|产)证\s*[\x{{4E00}}-\x{{9FFF}}]{{0,3}}?字?\s*第\s*\d+\s*号",
                r"|[\x{{4E00}}-\x{{9FFF}}]{{0,2}}(?:国用|集用|集建|国有|房地)\s*[(〔\[]\s*\d{{4}}\s*[)〕\]]\s*(?:第\s*)?\d+\s*号",
            ),
            p = prov
        ))
        .expect("property pattern compiles")
    })
}

/// Characters a pattern may have swallowed from the label before it.
const LABEL_TAIL: &[char] = &['号', '证', '为', '是', '编', '码', '的', '在', '于'];

/// Finds property-certificate numbers.
pub fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    let mut spans: Vec<Span> = Vec::new();
    // The patterns are tried only around their anchor words, not over the whole text.
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for h in &scan.hits {
        // Anchor words, or labels that contain them (不动产权证号).
        if h.has(|t| matches!(t, Tag::PropertyAnchor | Tag::Property)) {
            let s = super::context::retreat(text, h.start, 16);
            let e = super::context::advance(text, h.end, 40);
            windows.push((s, e));
        }
    }
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in windows {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let matches = merged.iter().flat_map(|&(ws, we)| {
        patterns()
            .find_iter(&text[ws..we])
            .map(move |m| (ws + m.start(), ws + m.end()))
    });
    let mut last_end = 0;
    for (ms, me) in matches {
        if ms < last_end {
            continue;
        }
        last_end = me;
        let mut s = ms;
        // 房权证 may be preceded by a place abbreviation (泉房权证), never by label characters.
        while let Some(c) = text[s..].chars().next() {
            if LABEL_TAIL.contains(&c) && s < me {
                s += c.len_utf8();
            } else {
                break;
            }
        }
        let span = Span::new(s, me);
        spans.push(span);
        out.push(Candidate::new(
            span,
            PiiKind::PropertyCert,
            Role::Party,
            "property_cert_pattern",
            None,
            Validity::Passed,
            0.96,
        ));
    }
    let b = text.as_bytes();
    for h in &scan.hits {
        if !h.has(|t| *t == Tag::Property) {
            continue;
        }
        let p = skip_label_gap(text, h.end, 4);
        if spans.iter().any(|s| s.start >= p && s.start <= p + 3) {
            continue;
        }
        // Anything up to the next delimiter that holds digits (机动车登记证书编号：350865412388).
        let mut e = p;
        while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
            e += 1;
        }
        let digits = b[p..e].iter().filter(|c| c.is_ascii_digit()).count();
        if digits >= 6 {
            out.push(Candidate::new(
                Span::new(p, e),
                PiiKind::PropertyCert,
                Role::Party,
                "property_cert_label",
                Some(h.word),
                Validity::None,
                0.94,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn certs(t: &str) -> Vec<String> {
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &mut out);
        out.into_iter()
            .map(|c| scan.text[c.span.start..c.span.end].to_string())
            .collect()
    }

    #[test]
    fn certificate_forms() {
        assert_eq!(
            certs("厂房(不动产权证号:闽(2019)泉州市不动产权第0012345号)"),
            vec!["闽(2019)泉州市不动产权第0012345号"]
        );
        assert_eq!(
            certs("不动产权证号:房权证 泉字第 123456 号)"),
            vec!["房权证 泉字第 123456 号"]
        );
        assert_eq!(
            certs("房屋(权属证书编号:泉房权证惠字第251688号)"),
            vec!["泉房权证惠字第251688号"]
        );
        assert_eq!(
            certs("土地(泉国用(2008)第100123号)"),
            vec!["泉国用(2008)第100123号"]
        );
        assert_eq!(
            certs("机动车登记证书编号:350865412388)"),
            vec!["350865412388"]
        );
        assert!(certs("依据《不动产登记暂行条例》第八条").is_empty());
    }
}

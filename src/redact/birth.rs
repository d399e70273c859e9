//! Dates of birth (出生日期：1987年4月12日, 1987年4月出生), kept under the default policy and
//! masked under `strict`.

use super::context::skip_label_gap;
use super::lexicon::Tag;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

/// Birth-date labels.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    ("出生日期", Tag::Birth),
    ("出生年月", Tag::Birth),
    ("出生年月日", Tag::Birth),
    ("出生时间", Tag::Birth),
    ("出生于", Tag::Birth),
    ("生日", Tag::Birth),
];

fn digits(b: &[u8], p: usize, max: usize) -> usize {
    b[p..]
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// Chinese numerals used in dates (二〇二〇年一月十八日).
const CN_DIGITS: &str = "〇○零一二三四五六七八九十";

/// The end of a date starting at `p`, if one is there: `1987年4月12日`, `1987年4月`,
/// `1987-04-12`, `1987.4`, `一九八七年四月`.
pub fn date_end(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes();
    let y = digits(b, p, 4);
    if y == 4 {
        let mut q = p + 4;
        let tail = &text[q..];
        if let Some(r) = tail.strip_prefix('年') {
            q += '年'.len_utf8();
            let m = digits(b, q, 2);
            if m == 0 {
                return None;
            }
            q += m;
            q += text[q..].strip_prefix('月').map_or(0, |_| '月'.len_utf8());
            let d = digits(b, q, 2);
            if d > 0 && text[q + d..].starts_with('日') {
                q += d + '日'.len_utf8();
            }
            let _ = r;
            return Some(q);
        }
        if let Some(sep @ (b'-' | b'.' | b'/')) = b.get(q).copied() {
            let m = digits(b, q + 1, 2);
            if m == 0 {
                return Some(q);
            }
            q += 1 + m;
            if b.get(q) == Some(&sep) {
                let d = digits(b, q + 1, 2);
                if d > 0 {
                    q += 1 + d;
                }
            }
            return Some(q);
        }
        return None;
    }
    // Chinese numerals: up to 年, 月, 日.
    let mut q = p;
    let mut seen_year = false;
    for (i, c) in text[p..].char_indices().take(14) {
        if CN_DIGITS.contains(c) {
            continue;
        }
        match c {
            '年' => seen_year = true,
            '月' | '日' if seen_year => {}
            _ => break,
        }
        q = p + i + c.len_utf8();
    }
    (seen_year && q > p).then_some(q)
}

/// Finds birth dates after their labels, and dates written as `…出生`.
pub fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    for h in &scan.hits {
        if !h.has(|t| matches!(t, Tag::Birth)) {
            continue;
        }
        let p = skip_label_gap(text, h.end, 4);
        if let Some(e) = date_end(text, p) {
            out.push(Candidate::new(
                Span::new(p, e),
                PiiKind::BirthDate,
                Role::Party,
                "birth_date_label",
                Some(h.word),
                Validity::None,
                0.9,
            ));
        }
    }
    // 1987年4月12日出生 / 1987年4月生,
    let mut from = 0;
    while let Some(at) = crate::text::scan::find_word(text.as_bytes(), from, "出生") {
        from = at + "出生".len();
        let hs = super::context::retreat(text, at, 14);
        let Some(start) = text[hs..at]
            .char_indices()
            .map(|(i, _)| hs + i)
            .find(|&s| date_end(text, s) == Some(at))
        else {
            continue;
        };
        out.push(Candidate::new(
            Span::new(start, at),
            PiiKind::BirthDate,
            Role::Party,
            "birth_date_inline",
            Some("出生"),
            Validity::None,
            0.85,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(t: &str) -> Vec<String> {
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &mut out);
        out.into_iter()
            .map(|c| t[c.span.start..c.span.end].to_string())
            .collect()
    }

    #[test]
    fn birth_dates() {
        assert_eq!(
            dates("性别:男  出生日期:1987年4月12日  民族:汉"),
            vec!["1987年4月12日"]
        );
        assert_eq!(dates("出生年月:1997年12月\n"), vec!["1997年12月"]);
        assert_eq!(dates("张三,1985年3月12日出生,汉族"), vec!["1985年3月12日"]);
        assert_eq!(dates("出生日期:一九八七年四月"), vec!["一九八七年四月"]);
        assert!(dates("2023年5月3日生产").is_empty());
    }
}

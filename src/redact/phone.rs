//! Mobile numbers: `13800138000`, `138 0013 8000`, `138-0013-8000`, `+86-13800138000`,
//! `0086 138…`, `(+86)138…`.

use super::context::word_before;
use super::digits::Chain;
use super::{Candidate, PiiKind, Validity};
use crate::finding::Span;

/// Words that make a number a contact number.
pub const PHONE_CUES: &[&str] = &["手机", "电话", "联系方式", "Tel", "TEL", "tel", "致电"];

/// Finds mobile numbers in the digit chains of the canonical text.
pub fn find(text: &str, chains: &[Chain], out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    for chain in chains {
        let groups = &chain.groups;
        let n = groups.len();
        let mut i = 0;
        while i < n {
            // A country-code group (86 / 0086) directly before the number joins it.
            let prefixed =
                matches!(&b[groups[i].start..groups[i].end], b"86" | b"0086") && i + 1 < n;
            let first = if prefixed { i + 1 } else { i };
            let mut len = 0;
            let mut hit = None;
            for j in first + 1..=n {
                len += groups[j - 1].len();
                if len > 11 {
                    break;
                }
                if len == 11 {
                    let s = chain.joined(text, first, j);
                    if is_mobile(&s) {
                        hit = Some(j);
                    }
                    break;
                }
            }
            // `+8613800138000` / `008613800138000`: the prefix fused into one group.
            if hit.is_none() && first == i {
                let g = &b[groups[i].start..groups[i].end];
                let body = g.strip_prefix(b"0086").or_else(|| g.strip_prefix(b"86"));
                if body.is_some_and(is_mobile) {
                    hit = Some(i + 1);
                }
            }
            match hit {
                Some(j) => {
                    let mut start = groups[i].start;
                    if prefixed || groups[i].len() > 11 {
                        start = extend_plus(text, start);
                    } else if first == i {
                        // `+86 138…` with the prefix written as `+86` outside the chain is
                        // covered above; `(+86)` precedes the chain and is included here.
                        start = extend_paren_prefix(text, start);
                    }
                    let span = Span::new(start, groups[j - 1].end);
                    let cue = word_before(text, span.start, PHONE_CUES, 12).map(|k| PHONE_CUES[k]);
                    out.push(Candidate {
                        span,
                        kind: PiiKind::MobilePhone,
                        recognizer: "mobile_cn",
                        cue,
                        validity: Validity::Passed,
                        score: if cue.is_some() { 0.99 } else { 0.85 },
                        note: None,
                    });
                    i = j;
                }
                None => i += 1,
            }
        }
    }
}

/// `1[3-9]` followed by nine digits: the mobile numbering plan of mainland China.
fn is_mobile(s: &[u8]) -> bool {
    s.len() == 11
        && s[0] == b'1'
        && (b'3'..=b'9').contains(&s[1])
        && s.iter().all(u8::is_ascii_digit)
}

/// Includes a `+` written right before the country code.
fn extend_plus(text: &str, start: usize) -> usize {
    if start > 0 && text.as_bytes()[start - 1] == b'+' {
        start - 1
    } else {
        start
    }
}

/// Includes a `(+86)` or `(86)` written right before the number.
fn extend_paren_prefix(text: &str, start: usize) -> usize {
    let head = &text[..start];
    for p in ["(+86)", "(86)"] {
        if head.ends_with(p) {
            return start - p.len();
        }
    }
    start
}

//! The caller's term lists: `tradeSecrets` and `deny` terms are always masked, `allow` terms
//! never. Terms are matched on the canonical view (full-width folded), in one pass over the
//! text whatever the number of terms.

use super::context::char_at;
use super::{Candidate, PiiKind, Policy, Role, Validity};
use crate::finding::Span;
use crate::text::Normalized;

/// Terms indexed by their first character (sorted by it), longest first.
struct TermIndex {
    first: Vec<(char, Vec<String>)>,
}

impl TermIndex {
    fn new<'a>(terms: impl Iterator<Item = &'a String>) -> Self {
        let mut first: Vec<(char, Vec<String>)> = Vec::new();
        for t in terms {
            let n = Normalized::new(t).as_str().trim().to_string();
            if let Some(c) = n.chars().next() {
                match first.iter_mut().find(|(x, _)| *x == c) {
                    Some((_, v)) => v.push(n),
                    None => first.push((c, vec![n])),
                }
            }
        }
        crate::sort::by_key(&mut first, |(c, _)| *c as u128);
        for (_, v) in &mut first {
            crate::sort::by_key(v, |t| crate::sort::desc(t.len()) as u128);
            v.dedup();
        }
        TermIndex { first }
    }

    /// Every leftmost-longest, non-overlapping occurrence.
    fn occurrences(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        if self.first.is_empty() {
            return out;
        }
        let mut pos = 0;
        while let Some(c) = char_at(text, pos) {
            let mut step = c.len_utf8();
            if let Ok(i) = self.first.binary_search_by_key(&c, |(x, _)| *x) {
                let ts = &self.first[i].1;
                if let Some(t) = ts.iter().find(|t| text[pos..].starts_with(t.as_str())) {
                    out.push(Span::new(pos, pos + t.len()));
                    step = t.len();
                }
            }
            pos += step;
        }
        out
    }
}

/// Candidates for the trade secrets and deny terms.
pub fn find(text: &str, policy: &Policy, out: &mut Vec<Candidate>) {
    for (terms, kind, recognizer) in [
        (
            &policy.trade_secrets,
            PiiKind::TradeSecret,
            "trade_secret_term",
        ),
        (&policy.deny, PiiKind::Custom, "deny_term"),
    ] {
        if terms.is_empty() {
            continue;
        }
        for span in TermIndex::new(terms.iter()).occurrences(text) {
            out.push(Candidate::new(
                span,
                kind,
                Role::Party,
                recognizer,
                None,
                Validity::None,
                1.0,
            ));
        }
    }
}

/// Turns candidates that lie inside an allowed term into kept items.
pub fn apply_allow(text: &str, policy: &Policy, mut cands: Vec<Candidate>) -> Vec<Candidate> {
    if policy.allow.is_empty() {
        return cands;
    }
    let allowed = TermIndex::new(policy.allow.iter()).occurrences(text);
    for c in &mut cands {
        let i = allowed.partition_point(|s| s.end <= c.span.start);
        if allowed
            .get(i)
            .is_some_and(|s| s.start <= c.span.start && c.span.end <= s.end)
        {
            c.allowed = true;
        }
    }
    cands
}

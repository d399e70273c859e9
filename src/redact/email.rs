//! E-mail addresses: found from each `@` (full-width `＠` folds to it), local part and domain
//! read outwards, the domain needing a dot and a top-level domain of letters. An agency's
//! public mailbox (a `gov.cn` domain, or the agency's contact block) is kept.

use super::names::Mention;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn domain_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

/// Finds e-mail addresses.
pub fn find(scan: &Scan<'_>, people: &[Mention], out: &mut Vec<Candidate>) {
    let text = scan.text;
    let b = text.as_bytes();
    let mut from = 0;
    for &at in &scan.ats {
        // An `@` inside the address just found is not the start of another.
        if at < from {
            continue;
        }
        from = at + 1;
        let mut s = at;
        while s > 0 && local_char(b[s - 1]) {
            s -= 1;
        }
        while s < at && b[s] == b'.' {
            s += 1;
        }
        let mut e = at + 1;
        while e < b.len() && domain_char(b[e]) {
            e += 1;
        }
        while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let domain = &text[at + 1..e];
        let tld_ok = domain.rsplit_once('.').is_some_and(|(head, tld)| {
            !head.is_empty() && tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic())
        });
        if s == at || !tld_ok {
            continue;
        }
        let lower = domain.to_ascii_lowercase();
        let owner = scan.layout.owner(text, &scan.hits, people, s, &[]);
        let role = if lower.ends_with("gov.cn") || owner == Role::Agency {
            Role::Agency
        } else {
            owner
        };
        out.push(Candidate::new(
            Span::new(s, e),
            PiiKind::Email,
            role,
            "email",
            None,
            Validity::Passed,
            0.97,
        ));
        from = e.max(from);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(t: &str) -> Vec<(String, Role)> {
        let n = crate::text::Normalized::new(t);
        let t = n.as_str();
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &[], &mut out);
        out.into_iter()
            .map(|c| (t[c.span.start..c.span.end].to_string(), c.role))
            .collect()
    }

    #[test]
    fn addresses() {
        assert_eq!(
            emails("当事人:张三\n电子邮箱:zhang.wei_85@163.com"),
            vec![("zhang.wei_85@163.com".into(), Role::Party)]
        );
        assert_eq!(emails("邮箱：ｌｉ＠ｑｑ．ｃｏｍ").len(), 1);
        assert!(emails("见@附件").is_empty());
        assert!(emails("a@b").is_empty());
        assert_eq!(emails("本局邮箱:yjj@qz.gov.cn")[0].1, Role::Agency);
    }
}

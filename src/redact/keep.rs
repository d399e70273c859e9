//! Numbers that look personal but are published or not personal, recognised so that they are
//! kept and explained: 统一社会信用代码 (GB 32100 checksum), officers' 执法证号
//! (公示制度（八）), and serials after their labels (设备编号、报告编号、缴款码、索引号、
//! 网站标识码, ICP and 公网安备 numbers…).

use super::checksum::uscc_checksum_ok;
use super::context::{label_before, skip_label_gap};
use super::layout::Side;
use super::lexicon::Tag;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

/// What a keep label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum K {
    /// An officer's certificate number.
    OfficerCert,
    /// 证号 alone: an officer's certificate in the agency's block.
    CertInAgencyBlock,
    /// A serial, code or report number.
    Serial,
    /// ICP / 公网安备 registration.
    Icp,
}

/// Keep labels.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    ("执法证号", Tag::Keep(K::OfficerCert)),
    ("执法证件号", Tag::Keep(K::OfficerCert)),
    ("执法证件号码", Tag::Keep(K::OfficerCert)),
    ("执法证编号", Tag::Keep(K::OfficerCert)),
    ("执法证件编号", Tag::Keep(K::OfficerCert)),
    ("行政执法证号", Tag::Keep(K::OfficerCert)),
    ("检查证号", Tag::Keep(K::OfficerCert)),
    ("执法证", Tag::Keep(K::OfficerCert)),
    ("证号", Tag::Keep(K::CertInAgencyBlock)),
    ("(执法证号", Tag::Keep(K::OfficerCert)),
    ("(执法证件号", Tag::Keep(K::OfficerCert)),
    ("(证号", Tag::Keep(K::CertInAgencyBlock)),
    ("设备编号", Tag::Keep(K::Serial)),
    ("出厂编号", Tag::Keep(K::Serial)),
    ("产品编号", Tag::Keep(K::Serial)),
    ("报告编号", Tag::Keep(K::Serial)),
    ("检测报告编号", Tag::Keep(K::Serial)),
    ("合同编号", Tag::Keep(K::Serial)),
    ("文书编号", Tag::Keep(K::Serial)),
    ("编号", Tag::Keep(K::Serial)),
    ("序列号", Tag::Keep(K::Serial)),
    ("批号", Tag::Keep(K::Serial)),
    ("缴款码", Tag::Keep(K::Serial)),
    ("缴款编号", Tag::Keep(K::Serial)),
    ("缴款识别码", Tag::Keep(K::Serial)),
    ("索引号", Tag::Keep(K::Serial)),
    ("网站标识码", Tag::Keep(K::Serial)),
    ("注册号", Tag::Keep(K::Serial)),
    ("工商注册号", Tag::Keep(K::Serial)),
    ("组织机构代码", Tag::Keep(K::Serial)),
    ("许可证号", Tag::Keep(K::Serial)),
    ("许可证编号", Tag::Keep(K::Serial)),
    ("订单号", Tag::Keep(K::Serial)),
    ("发票号码", Tag::Keep(K::Serial)),
    ("ICP备", Tag::Keep(K::Icp)),
    ("公网安备", Tag::Keep(K::Icp)),
];

/// Labels of a credit code.
const USCC_LABELS: &[&str] = &["统一社会信用代码", "社会信用代码", "信用代码", "USCC"];

/// The ASCII token (letters, digits, inner hyphens) starting at `p`.
fn token_at(text: &str, p: usize) -> Option<Span> {
    let b = text.as_bytes();
    let mut e = p;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || (b[e] == b'-' && e > p)) {
        e += 1;
    }
    while e > p && b[e - 1] == b'-' {
        e -= 1;
    }
    (e > p && b[p..e].iter().any(u8::is_ascii_digit)).then_some(Span::new(p, e))
}

/// Most certificate numbers read in one list after a label (the officers present).
const MAX_CERTS: usize = 8;

/// True when a bare 证号 at `pos` numbers the officers' certificates just named before it
/// (出示执法证件（证号…）): an officer's certificate word ends at most two characters before.
fn after_officer_cert_word(scan: &Scan<'_>, pos: usize) -> bool {
    let from = super::context::retreat(scan.text, pos, 2);
    super::lexicon::last_before(&scan.hits, pos).is_some_and(|x| {
        x.end >= from
            && x.tags
                .iter()
                .any(|t| matches!(t, Tag::Keep(K::OfficerCert)))
    })
}

/// Finds credit codes, officer certificates and labelled serials.
pub fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    let b = text.as_bytes();
    // Credit codes: every 18-character alphanumeric token that passes GB 32100.
    for t in &scan.tokens {
        let (s, i) = (t.start, t.end);
        // (A resident's ID passes GB 32100 once in 31; unless the organisation code inside
        // passes GB 11714 as well, an ID it is.)
        if i - s == 18
            && uscc_checksum_ok(&b[s..i])
            && (super::checksum::org_code_ok(&b[s + 8..s + 17])
                || !super::checksum::check_id(&b[s..i]).is_some_and(|c| c.all()))
        {
            let label = label_before(text, s, USCC_LABELS, 6);
            let letters = b[s..i].iter().any(u8::is_ascii_alphabetic);
            let score = match (label.is_some(), letters) {
                (true, _) => 0.99,
                (false, true) => 0.95,
                (false, false) => 0.8,
            };
            out.push(Candidate::new(
                Span::new(s, i),
                PiiKind::Uscc,
                Role::Party,
                "uscc_gb32100",
                label,
                Validity::Passed,
                score,
            ));
        }
    }
    for h in &scan.hits {
        for t in h.tags {
            let Tag::Keep(k) = t else { continue };
            match k {
                K::OfficerCert | K::CertInAgencyBlock => {
                    if *k == K::CertInAgencyBlock
                        && scan.layout.side_at(h.start) != Side::Agency
                        && !after_officer_cert_word(scan, h.start)
                    {
                        continue;
                    }
                    let mut p = skip_label_gap(text, h.end, 4);
                    if let Some(w) = ["分别为", "分别是"]
                        .iter()
                        .find(|w| text[p..].starts_with(**w))
                    {
                        p = skip_label_gap(text, p + w.len(), 4);
                    }
                    // The numbers of the officers present, listed after one label
                    // (证号分别为35052421003、35052421015).
                    for _ in 0..MAX_CERTS {
                        let Some(span) = token_at(text, p) else { break };
                        out.push(Candidate::new(
                            span,
                            PiiKind::OfficerCert,
                            Role::Officer,
                            "officer_cert",
                            Some(h.word),
                            Validity::None,
                            0.97,
                        ));
                        let rest = &text[span.end..];
                        let Some(sep) = ["、", ",", "和", "及"]
                            .iter()
                            .find(|w| rest.starts_with(**w))
                        else {
                            break;
                        };
                        p = skip_label_gap(text, span.end + sep.len(), 2);
                    }
                }
                // 驾驶证编号, 爆破作业人员许可证编号: the number of a person's own licence.
                K::Serial
                    if h.word == "编号"
                        && super::lexicon::last_before(&scan.hits, h.start).is_some_and(|x| {
                            x.end == h.start && x.tags.iter().any(|t| matches!(t, Tag::Passport))
                        }) => {}
                K::Serial => {
                    let p = skip_label_gap(text, h.end, 4);
                    if let Some(span) = token_at(text, p) {
                        out.push(Candidate::new(
                            span,
                            PiiKind::NonPiiNumber,
                            Role::Unknown,
                            "serial_label",
                            Some(h.word),
                            Validity::None,
                            0.9,
                        ));
                    }
                }
                K::Icp => {
                    // 闽ICP备05025850号 / 闽公网安备 35050302000138号.
                    let start = super::context::retreat(text, h.start, 1);
                    let start = if super::context::char_at(text, start)
                        .is_some_and(super::context::is_han)
                    {
                        start
                    } else {
                        h.start
                    };
                    let p = skip_label_gap(text, h.end, 2);
                    if let Some(tok) = token_at(text, p) {
                        let end = if text[tok.end..].starts_with('号') {
                            tok.end + '号'.len_utf8()
                        } else {
                            tok.end
                        };
                        out.push(Candidate::new(
                            Span::new(start, end),
                            PiiKind::NonPiiNumber,
                            Role::Unknown,
                            "icp_record",
                            Some(h.word),
                            Validity::None,
                            0.95,
                        ));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(t: &str) -> Vec<(String, PiiKind)> {
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &mut out);
        out.into_iter()
            .map(|c| (t[c.span.start..c.span.end].to_string(), c.kind))
            .collect()
    }

    #[test]
    fn credit_codes() {
        assert_eq!(
            kept("统一社会信用代码:91350206825873981A"),
            vec![("91350206825873981A".into(), PiiKind::Uscc)]
        );
        assert!(kept("代码:91350206825873981B").is_empty());
    }

    /// Several officers' numbers after one label, and a bare 证号 right after the officers'
    /// certificates are named; a 证号 elsewhere is no officer's.
    #[test]
    fn officer_cert_lists() {
        let certs = |t: &str| -> Vec<String> {
            kept(t)
                .into_iter()
                .filter(|(_, k)| *k == PiiKind::OfficerCert)
                .map(|(v, _)| v)
                .collect()
        };
        assert_eq!(
            certs("执法人员张某、李某出示执法证件(证号分别为35052421003、35052421015),并告知。"),
            vec!["35052421003", "35052421015"]
        );
        assert_eq!(
            certs("执法证号:35052421003和35052421015。"),
            vec!["35052421003", "35052421015"]
        );
        assert!(certs("当事人持有的证号为35052421003。").is_empty());
        // The party's certificate shown to the officers is the party's.
        assert!(certs(
            "执法人员要求其出示操作证,其出示的《特种作业操作证》(证号:T350521197911082416)。"
        )
        .is_empty());
    }

    #[test]
    fn officer_certs_and_serials() {
        assert_eq!(
            kept("执法人员:张三(执法证号:35020284215)"),
            vec![("35020284215".into(), PiiKind::OfficerCert)]
        );
        assert_eq!(
            kept("设备编号 2020821462937175"),
            vec![("2020821462937175".into(), PiiKind::NonPiiNumber)]
        );
        assert_eq!(
            kept("网站标识码 3505000040  闽ICP备05025850号"),
            vec![
                ("3505000040".into(), PiiKind::NonPiiNumber),
                ("闽ICP备05025850号".into(), PiiKind::NonPiiNumber)
            ]
        );
        // 证号 outside the agency's block is not an officer's certificate.
        assert!(kept("当事人:张三\n资格证号:T12345").is_empty());
    }
}

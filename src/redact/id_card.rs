//! Resident ID numbers (居民身份证号码): 18 characters with the GB 11643 check character, the
//! legacy 15-digit form, grouped forms such as `350503 19850312 1234`, full-width digits (folded
//! by normalisation).

use super::checksum::check_id;
use super::context::label_before;
use super::digits::Chain;
use super::names::Mention;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::{Span, Text};

/// Labels that introduce an ID number, longest first.
pub const ID_LABELS: &[&str] = &[
    "居民身份证号码",
    "公民身份号码",
    "身份证件号码",
    "身份证号码",
    "身份证号",
    "身份号码",
    "证件号码",
    "身份证",
    "证件号",
    // The social security number is the resident ID number.
    "社会保障号码",
    "社会保障卡号",
    "社保卡号",
    "社保号码",
    "社保号",
    // Certificates numbered by their holder's ID number (从业资格证, 特种作业操作证).
    "从业资格证号",
    "从业资格证",
    "资格证号",
    "操作证号",
    "操作证",
];

/// Labels that say the number is *not* a personal ID.
const NOT_ID_LABELS: &[&str] = &[
    "统一社会信用代码",
    "信用代码",
    "注册号",
    "索引号",
    "报告编号",
    "编号",
    "序列号",
    "出厂编号",
    "单号",
    "识别码",
    "缴款码",
    "流水号",
    "账号",
    "卡号",
    "代码",
];

/// Finds ID numbers in the digit chains of the canonical text.
pub fn find(scan: &Scan<'_>, people: &[Mention], out: &mut Vec<Candidate>) {
    let text = scan.text;
    let start = out.len();
    for chain in &scan.chains {
        let n = chain.groups.len();
        let mut i = 0;
        while i < n {
            match best_from(text, chain, i) {
                Some((j, cand)) => {
                    out.push(cand);
                    i = j;
                }
                None => i += 1,
            }
        }
    }
    // A certificate numbered by its holder's ID after one letter (特种作业操作证 T3505…).
    for t in &scan.tokens {
        let tok = &text.as_bytes()[t.start..t.end];
        if tok.len() == 19
            && tok[0].is_ascii_uppercase()
            && tok[1..18].iter().all(u8::is_ascii_digit)
        {
            if let Some(c) = judge(text, &tok[1..], Span::new(t.start + 1, t.end), 1) {
                out.push(c);
            }
        } else if let Some(c) = card_number(text, tok, *t) {
            out.push(c);
        } else if let Some(c) = short_of_length(scan, tok, *t) {
            out.push(c);
        }
    }
    starred(text, &scan.tokens, out);
    for c in &mut out[start..] {
        c.role = match scan
            .layout
            .owner(text, &scan.hits, people, c.span.start, &[])
        {
            Role::Agency => Role::Unknown,
            r => r,
        };
    }
}

/// An ID number written with its middle starred (`3502**********2839`, a list published
/// elsewhere): the digits left still point to one person beside a name, so the whole is
/// masked. Digits, four stars or more, digits (or a final X), 15 or 18 characters in all.
fn starred(text: &str, tokens: &[Span], out: &mut Vec<Candidate>) {
    let b = text.as_bytes();
    for w in tokens.windows(2) {
        let (head, tail) = (w[0], w[1]);
        if b.get(head.end) != Some(&b'*')
            || !b[head.start..head.end].iter().all(u8::is_ascii_digit)
            || head.len() > 6
        {
            continue;
        }
        let stars = b[head.end..].iter().take_while(|&&x| x == b'*').count();
        let t = &b[tail.start..tail.end];
        let digits = t.len() > 1 && t[..t.len() - 1].iter().all(u8::is_ascii_digit);
        let last = t
            .last()
            .is_some_and(|&x| x.is_ascii_digit() || x == b'X' || x == b'x');
        if stars >= 4
            && head.end + stars == tail.start
            && digits
            && last
            && t.len() <= 4
            && matches!(head.len() + stars + t.len(), 15 | 18)
            && (head.start == 0 || !b[head.start - 1].is_ascii_alphanumeric())
            && !b
                .get(tail.end)
                .is_some_and(|x| x.is_ascii_alphanumeric() || *x == b'*')
        {
            out.push(Candidate::new(
                Span::new(head.start, tail.end),
                PiiKind::IdCard,
                Role::Party,
                "id_card_starred",
                None,
                Validity::None,
                0.8,
            ));
        }
    }
}

/// Labels of the social security card's own number (not the holder's ID number it also
/// carries).
const CARD_LABELS: &[&str] = &["社会保障卡号", "社会保障卡卡号", "社保卡号", "社保卡卡号"];

/// The number printed on a social security card (社会保障卡号), one letter and eight digits
/// (`F30481627`), after its label: it identifies its holder as an ID number does.
fn card_number(text: &str, tok: &[u8], span: Span) -> Option<Candidate> {
    let shaped =
        tok.len() == 9 && tok[0].is_ascii_uppercase() && tok[1..].iter().all(u8::is_ascii_digit);
    let label = shaped.then(|| label_before(text, span.start, CARD_LABELS, 6))??;
    let mut c = Candidate::new(
        span,
        PiiKind::IdCard,
        Role::Unknown,
        "social_security_card",
        Some(label),
        Validity::None,
        0.9,
    );
    c.note = Some(Text::new(
        "社会保障卡卡号与身份证号码一样指向持卡人本人，按身份证件号码隐去。",
        "A social security card number identifies its holder as an ID number does; masked as one.",
    ));
    Some(c)
}

/// An ID number a digit short or long (16, 17 or 19 characters, digits with a final X or
/// not) right after an ID label or in a column of IDs: someone's ID with a typo in it,
/// masked as one.
fn short_of_length(scan: &Scan<'_>, tok: &[u8], t: Span) -> Option<Candidate> {
    let text = scan.text;
    let n = tok.len();
    if !matches!(n, 16 | 17 | 19)
        || !tok[..n - 1].iter().all(u8::is_ascii_digit)
        || !(tok[n - 1].is_ascii_digit() || tok[n - 1] == b'X' || tok[n - 1] == b'x')
    {
        return None;
    }
    // (Or in a table's column of ID numbers.)
    let label = label_before(text, t.start, ID_LABELS, 6)
        // (An ID's label, not a licence's numbered otherwise: 从业资格证号; after a bare
        // 证件号码, only a number with a birth date where an ID has it.)
        .filter(|l| {
            !l.contains("资格")
                && !l.contains("操作")
                && (l.contains("身份")
                    || l.contains('社')
                    || (5..=7).any(|k| birth_date_at(tok, k)))
        })
        .or_else(|| {
            // (Only a cell's value: a bar, a tab or a line's start right before it, bar spaces.)
            let before = text[..t.start].trim_end_matches(' ');
            if !(before.is_empty() || before.ends_with(['|', '\t', '\n'])) {
                return None;
            }
            scan.layout
                .column_head(text, t.start)
                .filter(|h| h.contains("身份证") || h.contains("身份号码"))
                .map(|_| "身份证号码")
        })?;
    let mut c = Candidate::new(
        t,
        PiiKind::IdCard,
        Role::Unknown,
        "id_card_length",
        Some(label),
        Validity::Failed,
        0.9,
    );
    c.note = Some(Text::new(
        "位数不符（应为18位），可能是笔误；按身份证号码隐去。",
        "Wrong number of characters (18 expected), probably a typo; masked as an ID number.",
    ));
    Some(c)
}

/// True when the eight characters of `tok` from `at` read as a birth date
/// ([`plausible_birth_date`]), as characters 7–14 of an ID number do (or one place off, for a
/// digit missing or doubled before them).
fn birth_date_at(tok: &[u8], at: usize) -> bool {
    let Some(d) = tok
        .get(at..at + 8)
        .filter(|d| d.iter().all(u8::is_ascii_digit))
    else {
        return false;
    };
    let n =
        |r: std::ops::Range<usize>| d[r].iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
    super::checksum::plausible_birth_date(n(0..4), n(4..6), n(6..8))
}

/// Tries the whole-group combinations starting at group `i` whose length is 18 or 15.
fn best_from(text: &str, chain: Chain<'_>, i: usize) -> Option<(usize, Candidate)> {
    let groups = &chain.groups;
    let mut len = 0;
    for j in i + 1..=groups.len() {
        let g = groups[j - 1];
        // An X may only end the last group of the combination.
        if text.as_bytes()[g.end - 1].is_ascii_alphabetic() && len + g.len() != 18 {
            return None;
        }
        len += g.len();
        if len > 18 {
            return None;
        }
        if len == 18 || len == 15 {
            let s = chain.joined(text, i, j);
            let span = Span::new(groups[i].start, g.end);
            if let Some(c) = judge(text, &s, span, j - i) {
                return Some((j, c));
            }
        }
    }
    None
}

fn judge(text: &str, s: &[u8], span: Span, n_groups: usize) -> Option<Candidate> {
    let check = check_id(s)?;
    let label = label_before(text, span.start, ID_LABELS, 6);
    let negative = label_before(text, span.start, NOT_ID_LABELS, 6).is_some();
    // A personal certificate is numbered with its holder's ID (特种作业操作证, 特种设备作业
    // 人员证): a number that passes every check after its 证书编号 is the ID.
    let certificate = || {
        label_before(text, span.start, &["证书编号", "证编号", "证件编号"], 6).is_some()
            // (A site's or a firm's permit, 施工许可证编号, is numbered otherwise.)
            && label_before(text, span.start, &["许可证编号"], 6).is_none()
            && check.all()
    };
    if negative && label.is_none() && !certificate() {
        return None;
    }
    let grouped = n_groups > 1;
    let (score, validity, note) = if check.all() {
        let score = match (label.is_some(), s.len(), grouped) {
            (true, _, _) => 0.99,
            (false, 18, false) => 0.9,
            // A legacy or grouped number without a label: plausible but weaker.
            (false, _, _) => 0.6,
        };
        (score, Validity::Passed, None)
    } else if label.is_some() {
        // Right after an ID label: mask anyway, it is someone's ID with a typo in it.
        let why = if !check.checksum {
            Text::new(
                "校验位不符（GB 11643），可能是笔误；按身份证号码隐去。",
                "Check character does not match (GB 11643), probably a typo; masked as an ID number.",
            )
        } else {
            Text::new(
                "出生日期或地区码无效，可能是笔误；按身份证号码隐去。",
                "Birth date or region code is invalid, probably a typo; masked as an ID number.",
            )
        };
        // Labelled: stronger than a phone number read inside its digits.
        (0.9, Validity::Failed, Some(why))
    } else {
        return None;
    };
    // A legacy 15-digit number needs its label: 15-digit registration numbers are common.
    if s.len() == 15 && label.is_none() {
        return None;
    }
    let mut c = Candidate::new(
        span,
        PiiKind::IdCard,
        Role::Unknown,
        if s.len() == 15 {
            "id_card_15"
        } else {
            "id_card_18"
        },
        label,
        validity,
        score,
    );
    c.note = note;
    Some(c)
}

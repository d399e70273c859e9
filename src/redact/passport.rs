//! Passports and travel permits after their labels: Chinese passports (`E12345678`,
//! `EA1234567`), 往来港澳通行证 (`C12345678`, `CA1234567`), 回乡证 (`H1234567801`), 台胞证 and
//! 往来台湾通行证 (`L12345678`), and foreign passports (one or two letters and 6–9 digits).

use super::context::skip_label_gap;
use super::lexicon::{Hit, Tag};
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

/// Passport and permit labels.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    ("护照号码", Tag::Passport),
    ("护照号", Tag::Passport),
    ("护照编号", Tag::Passport),
    ("护照", Tag::Passport),
    ("Passport No.", Tag::Passport),
    ("Passport No", Tag::Passport),
    ("通行证号码", Tag::Passport),
    ("通行证号", Tag::Passport),
    ("港澳通行证", Tag::Passport),
    ("往来港澳通行证", Tag::Passport),
    ("港澳居民来往内地通行证", Tag::Passport),
    ("台湾居民来往大陆通行证", Tag::Passport),
    ("大陆居民往来台湾通行证", Tag::Passport),
    ("往来台湾通行证", Tag::Passport),
    ("回乡证", Tag::Passport),
    ("台胞证", Tag::Passport),
    ("旅行证", Tag::Passport),
    ("外国人永久居留身份证", Tag::Passport),
    ("永久居留证", Tag::Passport),
    // Identity cards of Hong Kong, Macao and Taiwan (A123456(7), 1234567(8), A123456789).
    ("香港身份证", Tag::Passport),
    ("香港永久性居民身份证", Tag::Passport),
    ("澳门身份证", Tag::Passport),
    ("澳门居民身份证", Tag::Passport),
    ("澳门永久性居民身份证", Tag::Passport),
    ("台湾身份证", Tag::Passport),
    // A form's generic label, when the line before says which document (证件类型：港澳居民来往
    // 内地通行证 / 证件号码：…).
    ("证件号码", Tag::Passport),
    // A person's licences and cards, numbered for their holder (see [`CERTIFICATES`]).
    ("驾驶证", Tag::Passport),
    ("驾驶证档案编号", Tag::Passport),
    ("从业资格证号", Tag::Passport),
    ("从业资格证编号", Tag::Passport),
    ("押运员证", Tag::Passport),
    ("押运证号", Tag::Passport),
    ("残疾人证", Tag::Passport),
    ("残疾证号", Tag::Passport),
    ("爆破作业人员许可证", Tag::Passport),
    ("爆破员证", Tag::Passport),
    // A special-operations worker's certificate (特种作业操作证号：鲁A012020000847).
    ("特种作业操作证", Tag::Passport),
    ("操作证号", Tag::Passport),
    ("操作证编号", Tag::Passport),
    ("操作资格证", Tag::Passport),
    ("操作资格证书", Tag::Passport),
    ("操作资格证号", Tag::Passport),
    // A lawyer's or an engineer's practising certificate: the agent or expert is anonymised,
    // and the number would name him again.
    ("执业证号", Tag::Passport),
    // (One word with the lawyer: the layout's label hides 执业证号 inside it.)
    ("律师执业证号", Tag::Passport),
    ("执业证编号", Tag::Passport),
    // A foreigner's work permit (外国人工作许可证号码：…), numbered for him.
    ("外国人工作许可证", Tag::Passport),
    ("工作许可证号码", Tag::Passport),
];

/// Labels of a natural person's own licences and cards (驾驶证, 从业资格证, 押运员证,
/// 残疾人证, 爆破作业人员许可证, a practising certificate): their numbers identify the holder as an ID number does, and are masked like a
/// permit's whatever their shape (a driving licence's file number `360700287316`, a disability
/// card's `ID number + type and grade`). An ID-shaped number is left to the ID recognizer.
const CERTIFICATES: &[&str] = &[
    "驾驶证",
    "驾驶证档案编号",
    "从业资格证号",
    "从业资格证编号",
    "押运员证",
    "押运证号",
    "残疾人证",
    "残疾证号",
    "爆破作业人员许可证",
    "爆破员证",
    "特种作业操作证",
    "操作证号",
    "操作证编号",
    "操作资格证",
    "操作资格证书",
    "操作资格证号",
    "执业证号",
    "执业证编号",
    "律师执业证号",
    "外国人工作许可证",
    "工作许可证号码",
];

/// Words that name a passport or permit, looked for before a generic 证件号码.
const DOCUMENT_WORDS: &[&str] = &["通行证", "护照", "回乡证", "台胞证", "居留"];

/// Which document a token's shape fits, if any.
fn shape(tok: &[u8]) -> Option<&'static str> {
    let letters = tok.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = &tok[letters..];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let d = digits.len();
    let first = tok.first().copied().unwrap_or(b'0');
    match (letters, d) {
        (1, 8) if matches!(first, b'E' | b'G' | b'D' | b'S' | b'P') => Some("passport_cn"),
        (2, 7) if first == b'E' => Some("passport_cn"),
        (1, 8) | (2, 7) if first == b'C' => Some("permit_hk_mo"),
        (1, 8) | (1, 10) if matches!(first, b'H' | b'M') => Some("permit_home_return"),
        (1, 8) if matches!(first, b'L' | b'T') => Some("permit_taiwan"),
        (0, 8) | (0, 10) => Some("permit_taiwan"),
        (1..=2, 6..=9) => Some("passport_foreign"),
        _ => None,
    }
}

/// True for the shapes of Chinese documents that no serial of a form shares: a passport's
/// (`E12345678`), a permit's to Hong Kong and Macao (`C12345678`) or a home-return permit's
/// (`H6021843702`).
fn distinctive(shape: &str) -> bool {
    matches!(shape, "passport_cn" | "permit_hk_mo" | "permit_home_return")
}

/// Column heads of document numbers in a table (房号 | 姓名 | 证件类型 | 证件号码 | …).
const NUMBER_COLUMNS: &[&str] = &["证件号码", "证件号", "护照号码", "通行证号码"];

/// Numbers of a passport's or a permit's distinctive shape in a column of document numbers:
/// the whole cell (an ID number in the same column is the ID recognizer's).
fn table_numbers(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    scan.layout
        .column(text, NUMBER_COLUMNS, false, &mut |_, head, cell| {
            let tok = &text.as_bytes()[cell.start..cell.end];
            if !tok.iter().all(u8::is_ascii_alphanumeric) {
                return;
            }
            // (Not in a row of a firm's licence: 某公司 | 营业执照 | C12345678; a person's
            // employer may be named in his.)
            let line = &text[text[..cell.start].rfind('\n').map_or(0, |i| i + 1)
                ..text[cell.end..]
                    .find('\n')
                    .map_or(text.len(), |i| cell.end + i)];
            if ["执照", "登记证", "许可证", "信用代码"]
                .iter()
                .any(|w| line.contains(w))
            {
                return;
            }
            let upper: Vec<u8> = tok.iter().map(u8::to_ascii_uppercase).collect();
            // Any document's shape where the row names its type (`| 护照 | C4718293 |`).
            // (Not a vehicle's pass: 危险货物运输通行证.)
            let typed = ["护照", "港澳", "台湾", "回乡证", "台胞证", "居留"]
                .iter()
                .any(|w| line.contains(w));
            if let Some(r) = shape(&upper).filter(|r| typed || distinctive(r)) {
                out.push(Candidate::new(
                    cell,
                    PiiKind::Passport,
                    Role::Other,
                    r,
                    Some(head),
                    Validity::Passed,
                    0.9,
                ));
            }
        });
}

/// Column heads of a person's certificates in a table of persons (姓名 | 身份证号 | 操作证号).
const CERTIFICATE_COLUMNS: &[&str] = &[
    "操作证号",
    "操作证编号",
    "特种作业操作证号",
    "操作资格证号",
    "从业资格证号",
    "驾驶证号",
];

/// A person's certificate number in its column of a table of persons: the whole cell, letters
/// and digits with six digits or more, after its province's abbreviation if any
/// (`鲁A012020000847`). An ID-shaped number is left to the ID recognizer.
fn table_certificates(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    scan.layout
        .column(text, CERTIFICATE_COLUMNS, true, &mut |_, head, cell| {
            // (Cells come trimmed from the layout's splitters.)
            let v = &text[cell.start..cell.end];
            let number = v
                .strip_prefix(|c: char| super::plate::PROVINCES.contains(c))
                .unwrap_or(v);
            let b = number.as_bytes();
            if b.is_empty()
                || !b.iter().all(u8::is_ascii_alphanumeric)
                || b.iter().filter(|c| c.is_ascii_digit()).count() < 6
                || super::checksum::check_id(b).is_some()
            {
                return;
            }
            out.push(Candidate::new(
                cell,
                PiiKind::Passport,
                Role::Other,
                "personal_certificate",
                Some(head),
                Validity::None,
                0.85,
            ));
        });
}

/// Finds passport and permit numbers after their labels and in columns of document numbers.
pub fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    table_numbers(scan, out);
    table_certificates(scan, out);
    let text = scan.text;
    let b = text.as_bytes();
    for h in &scan.hits {
        if !h.has(|t| matches!(t, Tag::Passport)) {
            continue;
        }
        // A bare 证件号码 with no document named before it takes only a number of a shape no
        // serial has: a Chinese passport's or a permit's (证件号码：E12345678); after another
        // type named (证件类型：驾驶证), none.
        let head = &b[super::context::retreat(text, h.start, 40)..h.start];
        let generic = h.word == "证件号码"
            && !DOCUMENT_WORDS
                .iter()
                .any(|w| crate::text::scan::find_word(head, 0, w).is_some());
        // (Nor a thing's certificate: 设备证件号码, 登记证件号码.)
        if generic
            && (crate::text::scan::find_word(head, 0, "类型").is_some()
                || [
                    "设备", "登记", "许可", "执照", "单位", "企业", "车辆", "机构", "公司",
                ]
                .iter()
                .any(|w| text[..h.start].ends_with(w)))
        {
            continue;
        }
        // The label after its number, in brackets (`C4827193（护照号码）` in a table's cell).
        if let Some(span) = number_before(b, h) {
            // (Found already after a label before it: 操作证号：C4827193（护照号码）.)
            if out
                .iter()
                .rev()
                .take(4)
                .any(|c| c.kind == PiiKind::Passport && c.span == span)
            {
                continue;
            }
            out.push(Candidate::new(
                span,
                PiiKind::Passport,
                Role::Other,
                "passport_label_after",
                Some(h.word),
                Validity::None,
                0.85,
            ));
            continue;
        }
        // 往来港澳通行证号码：… — the label may go on with 号码/号/编号.
        let mut p = h.end;
        // A certificate named as a title (《中华人民共和国残疾人证》（证号：…）).
        if text[p..].starts_with('》') {
            p += '》'.len_utf8();
        }
        // … or its number in parentheses (往来港澳通行证（证件号码：C38562917）).
        if text[p..].starts_with('(') {
            p += 1;
            if text[p..].starts_with("证件") {
                p += "证件".len();
            } else if text[p..].starts_with("证号") {
                // 残疾人证（证号…）
                p += "证".len();
            }
        }
        let certificate = CERTIFICATES.contains(&h.word);
        if certificate && text[p..].starts_with("档案") {
            p += "档案".len();
        }
        // (Or after a comma: 台湾居民来往大陆通行证，号码…)
        if ![",号码", ",证件号码", ",证号"].iter().any(|w| {
            text[p..].starts_with(w) && {
                p += w.len();
                true
            }
        }) {
            for tail in ["号码", "编号", "号"] {
                if text[p..].starts_with(tail) {
                    p += tail.len();
                    break;
                }
            }
        }
        let p = skip_label_gap(text, p, 4);
        // A certificate's number may open with its province's abbreviation (鲁A012020000847).
        let q = text[p..]
            .chars()
            .next()
            .filter(|&c| certificate && super::plate::PROVINCES.contains(c))
            .map_or(p, |c| p + c.len_utf8());
        let q = if b.get(q).is_some_and(u8::is_ascii_alphanumeric) {
            q
        } else {
            p
        };
        let mut e = q;
        while e < b.len() && b[e].is_ascii_alphanumeric() {
            e += 1;
        }
        if e == q {
            continue;
        }
        let upper: Vec<u8> = b[q..e].iter().map(u8::to_ascii_uppercase).collect();
        // The check digit of a Hong Kong or Macao identity card, in parentheses: A123456(7).
        let e = match b.get(e..e + 3) {
            Some([b'(', d, b')']) if d.is_ascii_digit() || d.eq_ignore_ascii_case(&b'a') => e + 3,
            _ => e,
        };
        let digits = upper.iter().filter(|c| c.is_ascii_digit()).count();
        if generic && !shape(&upper).is_some_and(distinctive) {
            continue;
        }
        let (recognizer, validity, score) = match shape(&upper) {
            // The holder's ID number: the ID recognizer's (not a licence's own number of the
            // same length: 330522120200347).
            _ if certificate
                && super::checksum::check_id(&upper).is_some_and(|c| c.region && c.date) =>
            {
                continue
            }
            _ if certificate && (6..=22).contains(&upper.len()) && digits >= 6 => {
                ("personal_certificate", Validity::None, 0.85)
            }
            _ if certificate => continue,
            Some(r) => (r, Validity::Passed, 0.95),
            // Right after the label, any plausible document number.
            None if (6..=12).contains(&upper.len()) && upper.iter().any(u8::is_ascii_digit) => {
                ("passport_label", Validity::Failed, 0.8)
            }
            None => continue,
        };
        // Found already from the document's own label before it.
        if out
            .last()
            .is_some_and(|c| c.kind == PiiKind::Passport && c.span == Span::new(p, e))
        {
            continue;
        }
        out.push(Candidate::new(
            Span::new(p, e),
            PiiKind::Passport,
            Role::Other,
            recognizer,
            Some(h.word),
            validity,
            score,
        ));
    }
}

/// The number right before a label written in brackets after it (`C4827193（护照号码）`): 6–12
/// letters and digits, with a digit.
fn number_before(b: &[u8], h: &Hit) -> Option<Span> {
    let q = h.start.checked_sub(1).filter(|&q| b[q] == b'(')?;
    let mut t = h.end;
    for tail in ["号码", "编号", "号"] {
        if b[t..].starts_with(tail.as_bytes()) {
            t += tail.len();
            break;
        }
    }
    if b.get(t) != Some(&b')') {
        return None;
    }
    let mut s = q;
    while s > 0 && b[s - 1].is_ascii_alphanumeric() {
        s -= 1;
    }
    let tok = &b[s..q];
    ((6..=12).contains(&tok.len()) && tok.iter().any(u8::is_ascii_digit)).then_some(Span::new(s, q))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<String> {
        let n = crate::text::Normalized::new(t);
        let scan = Scan::new(n.as_str());
        let mut out = Vec::new();
        find(&scan, &mut out);
        out.into_iter()
            .map(|c| scan.text[c.span.start..c.span.end].to_string())
            .collect()
    }

    #[test]
    fn passports_and_permits() {
        assert_eq!(found("外籍员工陈文明(护照号码:N9747133)"), vec!["N9747133"]);
        assert_eq!(found("阮文雄(外籍,护照号 B6647739)"), vec!["B6647739"]);
        assert_eq!(found("护照号码:Ｅ１２３４５６７８"), vec!["E12345678"]);
        assert_eq!(found("往来港澳通行证:CA1234567"), vec!["CA1234567"]);
        assert_eq!(found("香港身份证号码:A123456(7)"), vec!["A123456(7)"]);
        assert_eq!(found("澳门居民身份证:1234567(8)"), vec!["1234567(8)"]);
        assert_eq!(found("台湾身份证号码:A123456789"), vec!["A123456789"]);
        assert_eq!(
            found("你持有往来港澳通行证(证件号码:C38562917),于某日出境"),
            vec!["C38562917"]
        );
        assert_eq!(found("护照(号码:E12345678)"), vec!["E12345678"]);
        assert_eq!(
            found("证件类型:港澳居民来往内地通行证\n证件号码:H10387562"),
            vec!["H10387562"]
        );
        assert!(found("证件类型:驾驶证\n证件号码:H10387562").is_empty());
        assert!(found("护照已过期").is_empty());
        // The label after the number, in brackets.
        assert_eq!(found("操作证号:C4827193(护照号码)"), vec!["C4827193"]);
        assert!(found("编号2024(护照号码)").is_empty());
        assert!(found("护照:AB").is_empty());
        // A person's licences and cards, whatever their numbers' shape; the holder's ID
        // number under them is the ID recognizer's.
        assert_eq!(
            found("驾驶证档案编号360700287316,准驾车型A2"),
            vec!["360700287316"]
        );
        assert_eq!(
            found("从业资格证号3607002016003147。"),
            vec!["3607002016003147"]
        );
        assert_eq!(
            found("押运员证号:3607002019011586"),
            vec!["3607002019011586"]
        );
        assert_eq!(
            found("现持有残疾人证(证号33032419870221303643,肢体残疾三级)"),
            vec!["33032419870221303643"]
        );
        assert!(found("驾驶证号:350521197908031536").is_empty());
        assert!(found("驾驶证已过期,准驾车型A2").is_empty());
    }
}

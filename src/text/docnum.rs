//! Document numbers (文号): `泉应急〔2020〕6号`, `（津保）应急罚[2023]k-39号`,
//! `（湘株醴）应急罚〔2023〕125 号`, `（湘怀沅）应急罚〔2025〕执法二中队-9号`, `（ 龙 ）应急罚〔2023〕41号`,
//! `（湘长浏）应急罚﹝2023﹞古港应急办-4号`, `皖池环(东)罚告〔2024〕15号`, `豫0523環罰決字〔2025〕9號`,
//! `（宁）应急责改[2019](12)号`, and the blank template `（ ）应急罚〔 〕 号`.
//!
//! A number is parsed into region (the bracketed 地区 prefix), organisation abbreviation, kind
//! code (`罚`, `罚告`, `责改`, `检记`… the 字 segment), year and sequence, and the kind code is
//! mapped to a [`DocKind`] (legal.md §1.17). [`find`] reads the canonical text (where `﹝﹞`
//! are already `〔〕` and `（）` are `()`) and returns byte spans of it.
//!
//! ```
//! use gongshi::text::docnum::{find, DocKind};
//! let n = &find("(湘长浏)应急罚〔2023〕古港应急办-4号")[0];
//! assert_eq!(n.region.as_deref(), Some("湘长浏"));
//! assert_eq!(n.code, "罚");
//! assert_eq!(n.year, Some(2023));
//! assert_eq!(n.seq, "古港应急办-4");
//! assert_eq!(n.kind, Some(DocKind::PenaltyDecision));
//! ```

use crate::finding::Span;
use crate::text::citation::find_iter;
use crate::text::scan::{is_digit, is_han_bmp, Cursor};

/// The kind of document a 文号 code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DocKind {
    /// 行政处罚决定书 (一般程序): `罚`, `罚决`, `罚字`.
    PenaltyDecision,
    /// 行政（当场）处罚决定书 / 简易程序: `罚当`, `当罚`, `简罚`.
    OnSpotPenaltyDecision,
    /// 行政处罚告知书: `罚告`, `告`.
    PenaltyNotice,
    /// 听证告知书: `听告`.
    HearingNotice,
    /// 责令限期整改指令书: `责改`.
    RectificationOrder,
    /// 整改复查意见书: `复查`.
    RectificationReview,
    /// 现场检查记录: `检记`, `现记`.
    InspectionRecord,
    /// 询问笔录 / 询问通知书: `询`.
    Inquiry,
    /// 查封扣押决定书: `查扣`, `封扣`, `扣押`, `查封`.
    SeizureDecision,
    /// 强制措施决定书 / 现场处理措施决定书: `强措`, `强制`, `现决`, `现处`.
    CompulsoryMeasureDecision,
    /// 催告书: `催告`, `执行催告`, `催缴`.
    Reminder,
    /// 强制执行决定书 / 申请书: `强执`.
    EnforcementDecision,
    /// 送达回执: `回`, `送达`.
    ServiceReceipt,
    /// A code that is recognised but not a type validated here (立案, 结案, 呈批…).
    Other,
}

/// Kind codes (the 字 segment after the 机关 abbreviation) and what they stand for. Longest
/// codes are tried first, so `罚告` wins over `告` and `执行催告` over `催告`.
pub const KIND_CODES: &[(&str, DocKind)] = &[
    ("执行催告", DocKind::Reminder),
    ("罚当", DocKind::OnSpotPenaltyDecision),
    ("当罚", DocKind::OnSpotPenaltyDecision),
    ("简罚", DocKind::OnSpotPenaltyDecision),
    ("罚决", DocKind::PenaltyDecision),
    ("罚告", DocKind::PenaltyNotice),
    ("听告", DocKind::HearingNotice),
    ("责改", DocKind::RectificationOrder),
    ("复查", DocKind::RectificationReview),
    ("检记", DocKind::InspectionRecord),
    ("现记", DocKind::InspectionRecord),
    ("询", DocKind::Inquiry),
    ("查扣", DocKind::SeizureDecision),
    ("封扣", DocKind::SeizureDecision),
    ("扣押", DocKind::SeizureDecision),
    ("查封", DocKind::SeizureDecision),
    ("强措", DocKind::CompulsoryMeasureDecision),
    ("强制", DocKind::CompulsoryMeasureDecision),
    ("现决", DocKind::CompulsoryMeasureDecision),
    ("现处", DocKind::CompulsoryMeasureDecision),
    ("催告", DocKind::Reminder),
    ("催缴", DocKind::Reminder),
    ("强执", DocKind::EnforcementDecision),
    ("回", DocKind::ServiceReceipt),
    ("送达", DocKind::ServiceReceipt),
    ("立", DocKind::Other),
    ("结", DocKind::Other),
    ("终报", DocKind::Other),
    ("处呈", DocKind::Other),
    ("罚集", DocKind::Other),
    ("缴审", DocKind::Other),
    ("缴批", DocKind::Other),
    ("听", DocKind::Other),
    ("罚", DocKind::PenaltyDecision),
    ("告", DocKind::PenaltyNotice),
];

/// The 系统 segments that sit between the 机关 abbreviation and the kind code.
const SYSTEM_WORDS: &[&str] = &["应急管", "应急", "安监", "煤安", "环", "安"];

/// A parsed 文号.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocNumber {
    /// Byte span in the canonical text, from the region bracket (or organisation) to `号`.
    pub span: Span,
    /// The bracketed region prefix (`湘株醴` of `(湘株醴)`), spaces removed.
    pub region: Option<String>,
    /// Organisation abbreviation (`泉鲤`, `厦湖`, `豫0181`), may be empty.
    pub org: String,
    /// The system word (`应急`, `安监`, `环`), may be empty.
    pub system: String,
    /// Kind code (`罚`, `罚告`, `责改`…), simplified characters; empty when unknown.
    pub code: String,
    /// Year in the brackets; `None` in a blank template (`〔 〕`).
    pub year: Option<u32>,
    /// Sequence (`125`, `k-39`, `执法二中队-9`, `12`), spaces removed; empty when blank.
    pub seq: String,
    /// What the code stands for.
    pub kind: Option<DocKind>,
    /// The year or the sequence is left blank (an unfilled template).
    pub blank: bool,
}

impl DocNumber {
    /// True when the number has a year and a sequence.
    pub fn is_complete(&self) -> bool {
        self.year.is_some() && !self.seq.is_empty()
    }
}

/// The year bracket and sequence of a 文号 as matched by [`bracket_at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bracket<'t> {
    /// The opening bracket.
    open: char,
    /// The year as written (its digits may be any Unicode decimal digits).
    year: Option<&'t str>,
    /// `第` before the sequence.
    di: bool,
    /// The sequence as written, spaces included.
    seq: &'t str,
}

/// Characters of a sequence: Han (spelled out as ranges, as the former regex did), ASCII
/// letters and digits, `-—()` and the space.
fn is_seq_char(c: char) -> bool {
    is_han_bmp(c) || c.is_ascii_alphanumeric() || matches!(c, '-' | '—' | '(' | ')' | ' ')
}

/// Year brackets (after folding) 〔〕 [] 【】 and, for some templates, (); then the sequence,
/// optionally after 第, ending with 号/號. Matches at `i` as the former regex
/// `([〔\[【(])[ \t]*((?:19|20)\d{2})?[ \t]*[〕\]】)][ \t]*(第)?[ \t]*(SEQ{0,24}?)[ \t]*[号號]` did:
/// the blanks and the year are followed by characters they cannot take, and taking `第` and
/// the blanks after it never reaches less far than leaving them to the sequence, so only the
/// lazy sequence needs a search.
fn bracket_at(text: &str, i: usize) -> Option<(usize, Bracket<'_>)> {
    let mut c = Cursor::new(text, i);
    let open = c.eat_if(|ch| matches!(ch, '〔' | '[' | '【' | '('))?;
    c.blanks();
    let (at, mut k) = (c.pos, c);
    let mut year = None;
    if k.eat_any(&["19", "20"]).is_some() && k.eat_while(2, is_digit) == 2 {
        year = Some(&text[at..k.pos]);
        c = k;
    }
    c.blanks();
    c.eat_if(|ch| matches!(ch, '〕' | ']' | '】' | ')'))?;
    c.blanks();
    let di = c.eat("第");
    c.blanks();
    // The shortest sequence (at most 24 characters) followed, past blanks, by 号; `end` caches
    // the end of those blanks so a run of spaces is read once.
    let at = c.pos;
    let mut end = c;
    for n in 0..=24 {
        if end.pos < c.pos {
            end = c;
        }
        end.blanks();
        if end.eat_if(|ch| ch == '号' || ch == '號').is_some() {
            let seq = &text[at..c.pos];
            return Some((
                end.pos,
                Bracket {
                    open,
                    year,
                    di,
                    seq,
                },
            ));
        }
        if n == 24 {
            break;
        }
        c.eat_if(is_seq_char)?;
    }
    None
}

fn brackets(text: &str) -> impl Iterator<Item = (usize, usize, Bracket<'_>)> {
    // 〔 and 【 share their first byte.
    let first = |b| b == b'[' || b == b'(' || b == "〔【".as_bytes()[0];
    find_iter(text, first, move |i| bracket_at(text, i))
}

/// Simplifies the traditional characters seen in 文号 (罰決環號…).
fn simplify(c: char) -> char {
    match c {
        '罰' => '罚',
        '決' => '决',
        '環' => '环',
        '號' => '号',
        '書' => '书',
        '責' => '责',
        '檢' => '检',
        '記' => '记',
        '聽' => '听',
        '強' => '强',
        '執' => '执',
        '應' => '应',
        '監' => '监',
        '複' | '復' => '复',
        '查' => '查',
        c => c,
    }
}

/// Characters that cannot be part of an organisation abbreviation: they end the prefix scan
/// when a 文号 is quoted in running text (`作出了…`, `送达的…`).
fn is_stop(c: char) -> bool {
    "了的于在向对为和及与是书》《号:：,，。;；、\"“”'‘’ \t\n\r<>{}".contains(c)
}

/// Finds every 文号 in `text` (canonical view), in order.
pub fn find(text: &str) -> Vec<DocNumber> {
    let mut out = Vec::new();
    for (start, end, b) in brackets(text) {
        let open = b.open;
        let year = b.year.and_then(|y| y.parse::<u32>().ok());
        let seq: String = b
            .seq
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(simplify)
            .collect();
        // Property certificates write `(2019)…第0012345号`. GB/T 9704 puts no 第 before the
        // number, but enforcement documents often do (`榕晋应急罚字〔2023〕第15号`): accept it
        // with 〔〕-style brackets and refuse it with a parenthesised year.
        let di = b.di;
        if di && open == '(' {
            continue;
        }
        let Some(prefix) = scan_prefix(text, start) else {
            continue;
        };
        let head: String = text[prefix.start..start]
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(simplify)
            .collect();
        let (region, rest) = split_region(&head);
        let rest = rest.strip_suffix('字').unwrap_or(&rest).to_string();
        let (code, kind) = match KIND_CODES.iter().find(|(k, _)| rest.ends_with(k)) {
            Some((k, kind)) => ((*k).to_string(), Some(*kind)),
            None => (String::new(), None),
        };
        let before_code = &rest[..rest.len() - code.len()];
        let (org, system) = match SYSTEM_WORDS.iter().find_map(|w| {
            before_code
                .rfind(w)
                .filter(|&p| p + w.len() == before_code.len() || w.len() > 3)
                .map(|p| (p, *w))
        }) {
            Some((p, w)) => (
                format!("{}{}", &before_code[..p], &before_code[p + w.len()..]),
                w.to_string(),
            ),
            None => (before_code.to_string(), String::new()),
        };
        let blank = year.is_none() || seq.is_empty();
        // Without a kind code or 系统 word, `(…)` year brackets and bare `[…]` are too weak:
        // `闽(2019)…` is a certificate, `[2023]12号` a footnote.
        if code.is_empty() && system.is_empty() && (open == '(' || org.is_empty()) {
            continue;
        }
        if open == '(' && code.is_empty() {
            continue;
        }
        if blank && code.is_empty() {
            continue;
        }
        // With 第 a recognised kind code or 系统 word is required (`…不动产权第…号` has neither).
        if di && code.is_empty() && system.is_empty() {
            continue;
        }
        out.push(DocNumber {
            span: Span::new(prefix.start, end),
            region,
            org,
            system,
            code,
            year,
            seq,
            kind,
            blank,
        });
    }
    out
}

/// Scans back from the year bracket over the organisation abbreviation, kind code and an
/// optional bracketed region `(湘株醴)`. Returns `None` when there is no prefix at all.
fn scan_prefix(text: &str, bracket: usize) -> Option<Span> {
    let before = &text[..bracket];
    let mut start = bracket;
    let mut han = 0usize;
    let mut iter = before.char_indices().rev().peekable();
    while let Some((i, c)) = iter.next() {
        if c == ')' || c == '）' {
            // A bracketed segment inside or before the prefix: (湘株醴), ( 龙 ), (东).
            let seg_start = before[..i].rfind(['(', '（']);
            let Some(s) = seg_start else { break };
            let inner = &before[s + before[s..].chars().next().map_or(1, char::len_utf8)..i];
            let inner_han = inner.chars().filter(|c| !c.is_whitespace()).count();
            if inner_han == 0 || inner_han > 8 || inner.contains(['\n', '(', ')', '（', '）']) {
                break;
            }
            start = s;
            // Skip the consumed characters.
            while iter.peek().is_some_and(|&(j, _)| j > s) {
                iter.next();
            }
            iter.next();
            han += 1;
            continue;
        }
        if c == ' ' && han == 0 {
            // `应急罚 〔2023〕`: spaces right before the bracket.
            start = i;
            continue;
        }
        if is_stop(c) || c == '(' || c == '（' {
            break;
        }
        let ok = c.is_ascii_alphanumeric() || is_han(c);
        if !ok || han >= 14 {
            break;
        }
        start = i;
        han += 1;
    }
    if han == 0 {
        return None;
    }
    // Leading spaces are not part of the number.
    let s = &text[start..bracket];
    let trimmed = s.trim_start();
    Some(Span::new(start + (s.len() - trimmed.len()), bracket))
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Splits a leading `(region)` off the prefix.
fn split_region(head: &str) -> (Option<String>, String) {
    if let Some(rest) = head.strip_prefix(['(', '（']) {
        if let Some(close) = rest.find([')', '）']) {
            let region = &rest[..close];
            let after = &rest[close + rest[close..].chars().next().map_or(1, char::len_utf8)..];
            return (Some(region.to_string()), after.to_string());
        }
    }
    (None, head.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(t: &str) -> DocNumber {
        let v = find(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn legal_md_forms() {
        let n = one("泉应急〔2020〕6号");
        assert_eq!(
            (n.org.as_str(), n.system.as_str(), n.code.as_str()),
            ("泉", "应急", "")
        );
        assert_eq!((n.year, n.seq.as_str()), (Some(2020), "6"));
        assert_eq!(n.kind, None);

        let n = one("(津保)应急罚[2023]k-39号");
        assert_eq!(n.region.as_deref(), Some("津保"));
        assert_eq!(n.code, "罚");
        assert_eq!(n.seq, "k-39");
        assert_eq!(n.kind, Some(DocKind::PenaltyDecision));

        let n = one("(湘株醴)应急罚〔2023〕125 号");
        assert_eq!(n.seq, "125");
        let n = one("(湘怀沅)应急罚〔2025〕执法二中队-9号");
        assert_eq!(n.seq, "执法二中队-9");
        let n = one("( 龙 )应急罚〔2023〕41号");
        assert_eq!(n.region.as_deref(), Some("龙"));
        let n = one("(朝龙)应急责改〔2025〕执法四中队20号");
        assert_eq!(n.kind, Some(DocKind::RectificationOrder));
        let n = one("皖池环(东)罚告〔2024〕15号");
        assert_eq!(n.kind, Some(DocKind::PenaltyNotice));
        let n = one("衡环罚决〔2024〕224号");
        assert_eq!(
            (n.org.as_str(), n.system.as_str(), n.code.as_str()),
            ("衡", "环", "罚决")
        );
        let n = one("豫0181环罚决字〔2023〕3号");
        assert_eq!(n.org, "豫0181");
        assert_eq!(n.code, "罚决");
        let n = one("豫0523環罰決字〔2025〕9號");
        assert_eq!(n.code, "罚决");
        assert_eq!(n.kind, Some(DocKind::PenaltyDecision));
        let n = one("(宁)应急责改[2019](12)号");
        assert_eq!(n.seq, "(12)");
        let n = one("(X)应急执行催告〔2024〕3号");
        assert_eq!(n.kind, Some(DocKind::Reminder));
    }

    #[test]
    fn kinds_from_codes() {
        for (t, k) in [
            ("惠应急罚告〔2023〕219号", DocKind::PenaltyNotice),
            ("仙应急告〔2024〕272号", DocKind::PenaltyNotice),
            ("厦应急查扣〔2022〕365号", DocKind::SeizureDecision),
            ("泉鲤应急检记〔2022〕63号", DocKind::InspectionRecord),
            (
                "(龙)应急管现决〔2023〕22号",
                DocKind::CompulsoryMeasureDecision,
            ),
            ("(X)安监罚当〔2016〕1号", DocKind::OnSpotPenaltyDecision),
            ("(X)应急听告〔2024〕8号", DocKind::HearingNotice),
            ("(X)应急复查〔2024〕8号", DocKind::RectificationReview),
            ("(X)应急强执〔2024〕8号", DocKind::EnforcementDecision),
            ("(X)应急回〔2024〕8号", DocKind::ServiceReceipt),
        ] {
            assert_eq!(one(t).kind, Some(k), "{t}");
        }
    }

    #[test]
    fn in_running_text() {
        let t = "送达了《行政处罚告知书》(厦湖应急告〔2023〕84号),告知";
        let n = one(t);
        assert_eq!(&t[n.span.start..n.span.end], "厦湖应急告〔2023〕84号");
        assert_eq!(n.org, "厦湖");
        let t = "本机关作出了泉应急责改〔2023〕5号决定";
        let n = one(t);
        assert_eq!(n.org, "泉");
        let t = "决定书文号:莆涵应急罚〔2023〕14号";
        assert_eq!(one(t).org, "莆涵");
    }

    #[test]
    fn number_with_di() {
        let n = one("榕晋应急罚字〔2023〕第15号");
        assert_eq!((n.code.as_str(), n.seq.as_str()), ("罚", "15"));
        assert!(find("闽(2019)泉州市不动产权第0012345号").is_empty());
    }

    #[test]
    fn blank_template() {
        let n = one("( )应急罚〔 〕 号");
        assert!(n.blank);
        assert!(!n.is_complete());
        let n = one("泉应急罚〔2023〕 号");
        assert!(n.blank);
        assert_eq!(n.year, Some(2023));
    }

    #[test]
    fn not_document_numbers() {
        assert!(find("闽(2019)泉州市不动产权第0012345号").is_empty());
        assert!(find("泉国用(2008)第100123号").is_empty());
        assert!(find("闽ICP备09594893号").is_empty());
        assert!(find("索引号:PT50302-0300-2023-00142").is_empty());
        assert!(find("第九十九条第(五)项").is_empty());
        let _ = find("((((〔2023〕号");
        let _ = find("〔〕号)()(");
    }

    // ------------------------------------------------------------- differential tests

    use proptest::prelude::*;
    use regex::Regex;

    /// The former pattern, as an oracle.
    fn oracle() -> &'static Regex {
        static RE: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
        RE.get_or_init(|| {
            Regex::new(concat!(
                r"(?P<open>[〔\[【(])[\x20\t]*(?P<year>(?:19|20)\d{2})?[\x20\t]*[〕\]】)]",
                r"[\x20\t]*(?P<di>第)?[\x20\t]*",
                r"(?P<seq>[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}A-Za-z0-9\-—()\x20]{0,24}?)",
                r"[\x20\t]*[号號]",
            ))
            .unwrap()
        })
    }

    type Match = (
        usize,
        usize,
        String,
        Option<(usize, usize)>,
        bool,
        (usize, usize),
    );

    fn by_regex(t: &str) -> Vec<Match> {
        let span = |m: regex::Match| (m.start(), m.end());
        oracle()
            .captures_iter(t)
            .map(|c| {
                let all = c.get(0).unwrap();
                (
                    all.start(),
                    all.end(),
                    c["open"].to_string(),
                    c.name("year").map(span),
                    c.name("di").is_some(),
                    span(c.name("seq").unwrap()),
                )
            })
            .collect()
    }

    fn by_hand(t: &str) -> Vec<Match> {
        let at = |s: &str| {
            let start = s.as_ptr() as usize - t.as_ptr() as usize;
            (start, start + s.len())
        };
        brackets(t)
            .map(|(s, e, b)| (s, e, b.open.to_string(), b.year.map(at), b.di, at(b.seq)))
            .collect()
    }

    fn same(t: &str) {
        assert_eq!(by_hand(t), by_regex(t), "{t:?}");
    }

    /// Inputs of the unit tests above.
    const UNIT_INPUTS: &[&str] = &[
        "泉应急〔2020〕6号",
        "(津保)应急罚[2023]k-39号",
        "(湘株醴)应急罚〔2023〕125 号",
        "(湘怀沅)应急罚〔2025〕执法二中队-9号",
        "( 龙 )应急罚〔2023〕41号",
        "(朝龙)应急责改〔2025〕执法四中队20号",
        "皖池环(东)罚告〔2024〕15号",
        "衡环罚决〔2024〕224号",
        "豫0181环罚决字〔2023〕3号",
        "豫0523環罰決字〔2025〕9號",
        "(宁)应急责改[2019](12)号",
        "(X)应急执行催告〔2024〕3号",
        "(龙)应急管现决〔2023〕22号",
        "送达了《行政处罚告知书》(厦湖应急告〔2023〕84号),告知",
        "本机关作出了泉应急责改〔2023〕5号决定",
        "决定书文号:莆涵应急罚〔2023〕14号",
        "榕晋应急罚字〔2023〕第15号",
        "闽(2019)泉州市不动产权第0012345号",
        "( )应急罚〔 〕 号",
        "泉应急罚〔2023〕 号",
        "泉国用(2008)第100123号",
        "闽ICP备09594893号",
        "索引号:PT50302-0300-2023-00142",
        "第九十九条第(五)项",
        "((((〔2023〕号",
        "〔〕号)()(",
        "",
    ];

    #[test]
    fn matcher_equals_the_former_regex() {
        let seq24 = "一".repeat(24);
        let edge: Vec<String> = vec![
            // 24 and 25 characters of sequence, with and without 第, spaces counting.
            format!("〔2023〕{seq24}号〔2023〕{seq24}一号〔2023〕第{seq24}号〔2023〕第 {seq24}号"),
            format!("〔2023〕 第{}号〔2023〕第\t{seq24}号", "一".repeat(23)),
            format!("[2023]{}  号【】{} \t 号", " ".repeat(24), "1".repeat(23)),
            // 第 left to the sequence, tabs the sequence cannot take, blanks before 号.
            "〔2023〕\t第\t号〔2023〕第号号〔2023〕 \t第 \t 1 \t号〔2023〕第第1号".to_string(),
            "〔 2023 〕 1号[1999]2號【2000】3号(2019)第4号(20191)5号〔202〕6号〔2023〕7".to_string(),
            // Unicode digits in the year, astral and non-Han characters in the sequence.
            "〔20२३〕1号〔2023〕𠮷号〔2023〕😀1号〔2023〕\u{F900}\u{FAFF}\u{3400}号〔2023〕\u{A000}号"
                .to_string(),
            // Brackets inside the sequence, adjacent numbers, 号 in the sequence.
            "(2023)(1)号〔〕(〔〕号)号〔2023〕号号号〔2023〕-—()号[2023]k-39号[2023]k-40号".to_string(),
            "〔2023〕\n1号〔2023〕1\n号((2023)1号".to_string(),
            "〔2023〕12 3号〔2023〕 第 1 2号〔2023〕1\t2号".to_string(),
            // Raw text (publication checks read fields as written): full-width and small forms.
            "（宁）应急责改［2019］（12）号﹝2023﹞5号〔２０２３〕１号【2023】\u{3000}6号".to_string(),
        ];
        for t in UNIT_INPUTS
            .iter()
            .copied()
            .chain(edge.iter().map(String::as_str))
        {
            same(t);
            same(crate::text::Normalized::new(t).as_str());
        }
    }

    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "〔",
                "〕",
                "[",
                "]",
                "【",
                "】",
                "(",
                ")",
                "第",
                "号",
                "號",
                "2023",
                "19",
                "20",
                " ",
                "\t",
                "\n",
                "应急罚",
                "-",
                "—",
                "k",
                "一",
                "𠮷",
                "😀",
                "\u{F900}",
                "\u{3400}",
                "\u{A000}",
                "२",
                "〔2023〕",
                "执法二中队",
            ])
            .prop_map(str::to_string),
            "[0-9]{1,5}",
            "[ \t]{1,3}",
            // Near-matches.
            "[〔\\[【(][ \t]{0,2}((19|20)[0-9२]{2})?[ \t]{0,2}[〕\\]】)][ \t]{0,2}第?[ \t]{0,2}[一a1𠮷 \t()—-]{0,26}[号號]",
            "一{20,26}",
            "\\PC{0,3}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn matcher_equals_the_former_regex_on_random_text(
            v in proptest::collection::vec(fragment(), 0..24)
        ) {
            let t = v.concat();
            prop_assert_eq!(by_hand(&t), by_regex(&t), "{:?}", t);
        }
    }
}

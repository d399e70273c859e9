//! WeChat, QQ and similar accounts, after their labels (微信号：zhangwei_1988, QQ：12345678).

use super::context::skip_label_gap;
use super::lexicon::Tag;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;

/// Which account a label introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum S {
    /// WeChat and other handle-style accounts.
    Handle,
    /// QQ numbers.
    Qq,
}

/// Account labels.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    ("微信号", Tag::Social(S::Handle)),
    ("微信账号", Tag::Social(S::Handle)),
    ("微信号码", Tag::Social(S::Handle)),
    ("微信ID", Tag::Social(S::Handle)),
    // The same number as the phone before it, or an account of its own (微信同号：…).
    ("微信同号", Tag::Social(S::Handle)),
    ("微信", Tag::Social(S::Handle)),
    ("抖音号", Tag::Social(S::Handle)),
    ("快手号", Tag::Social(S::Handle)),
    ("微博账号", Tag::Social(S::Handle)),
    ("钉钉号", Tag::Social(S::Handle)),
    ("支付宝账号", Tag::Social(S::Handle)),
    ("QQ号", Tag::Social(S::Qq)),
    // A label padded to a form's width (Q　Q：).
    ("Q Q", Tag::Social(S::Qq)),
    ("Q Q号", Tag::Social(S::Qq)),
    ("Q Q 号", Tag::Social(S::Qq)),
    ("QQ号码", Tag::Social(S::Qq)),
    ("QQ", Tag::Social(S::Qq)),
    ("qq号", Tag::Social(S::Qq)),
    ("qq", Tag::Social(S::Qq)),
];

/// Finds accounts after their labels.
pub fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    let b = text.as_bytes();
    table_accounts(scan, out);
    for h in &scan.hits {
        let Some(kind) = h.tags.iter().find_map(|t| match t {
            Tag::Social(s) => Some(*s),
            _ => None,
        }) else {
            continue;
        };
        // `通过微信（微信号：…）`: the bare word 微信 must be followed by a gap.
        let mut p = skip_label_gap(text, h.end, 4);
        // A row whose cell says which account the next one holds (`| 微信 | zhangwei_1988 |`,
        // a log of contacts): the whole next cell.
        let mut whole_cell = false;
        if let Some(q) = next_cell(b, h.start, h.end) {
            p = q;
            whole_cell = true;
        }
        // The account told after a comma (我有她微信，号是…).
        if h.word == "微信" && p == h.end {
            if let Some(w) = text[p..].strip_prefix(',').and_then(|rest| {
                ["号是", "号码是", "账号是", "号为"]
                    .into_iter()
                    .find(|w| rest.starts_with(w))
            }) {
                p += 1 + w.len();
            }
        }
        // An account said with a verb (他的微信号叫czy-papa0210).
        if p == h.end && h.word != "微信" {
            if let Some(w) = ["叫", "是"].into_iter().find(|w| {
                text[p..].starts_with(w)
                    && b.get(p + w.len()).is_some_and(u8::is_ascii_alphanumeric)
            }) {
                p += w.len();
            }
        }
        // … or in the same breath (QQ也可以，1057382964; 微信也行，…), the account then ending
        // its clause (not 12345678元整).
        let mut breath = false;
        if p == h.end {
            if let Some(w) = ["也可以,", "也行,", "也可以加,", "也可以:"]
                .into_iter()
                .find(|w| text[p..].starts_with(w))
            {
                p += w.len();
                breath = true;
            }
        }
        // 微信 alone is a word (微信支付) unless an account in Latin letters follows it, or a
        // label of its own in brackets (微信（账号：…）).
        // (Or an account in Latin letters in brackets: 可通过微信（hb-hanjie0315）联系.)
        if h.word == "微信"
            && p == h.end
            && !b.get(p).is_some_and(u8::is_ascii_alphabetic)
            && inner_label(text, p + 1).is_none()
            && !(b.get(p) == Some(&b'(')
                && b.get(p + 1).is_some_and(u8::is_ascii_alphabetic)
                // (An id has a digit, an underscore or a hyphen: 微信(WeChat) is the app.)
                && b[p + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
                    .any(|c| c.is_ascii_digit() || *c == b'_'))
        {
            continue;
        }
        // The account in parentheses or quotation marks after its label (微信号（shangguan_yq77）,
        // 微信号“qzh_wz1965”).
        if p == h.end && b.get(p) == Some(&b'(') {
            p += 1;
        } else if p == h.end && text[p..].starts_with(['“', '"']) {
            p += text[p..].chars().next().map_or(0, char::len_utf8);
        }
        // A label of its own inside the brackets (QQ（号码：…）, 微信（账号：…）).
        if let Some(n) = inner_label(text, p) {
            p = skip_label_gap(text, p + n, 4);
        } else if p > 0 && b[p - 1] == b'(' {
            // … or with the number right after it (QQ（号码2837461950）).
            if let Some(w) = ["号码", "账号", "帐号", "号"].into_iter().find(|w| {
                text[p..].starts_with(w)
                    && b.get(p + w.len()).is_some_and(u8::is_ascii_alphanumeric)
            }) {
                p += w.len();
            }
        }
        let cell_ends = |e: usize| matches!(b.get(e), None | Some(b' ' | b'|' | b'\n'));
        let clause_ends = |e: usize| {
            !breath
                || text[e..].is_empty()
                || text[e..].starts_with([',', '.', ';', '\n', ' ', '。'])
        };
        if let Some(e) =
            account_end(b, p, kind).filter(|&e| (!whole_cell || cell_ends(e)) && clause_ends(e))
        {
            out.push(Candidate::new(
                Span::new(p, e),
                PiiKind::SocialAccount,
                Role::Party,
                if kind == S::Qq { "qq" } else { "wechat" },
                Some(h.word),
                Validity::Passed,
                0.95,
            ));
        }
    }
}

/// The start of the next cell when the word at `start..end` fills a cell of a `|` table.
fn next_cell(b: &[u8], start: usize, end: usize) -> Option<usize> {
    let spaces = |i: usize| b[i..].iter().take_while(|&&x| x == b' ').count();
    let before = b[..start].iter().rev().take_while(|&&x| x == b' ').count();
    if start == before || b[start - before - 1] != b'|' {
        return None;
    }
    let bar = end + spaces(end);
    (b.get(bar) == Some(&b'|')).then(|| bar + 1 + spaces(bar + 1))
}

/// The length of a label at `p` that a colon follows (号码：, 账号：), if any.
fn inner_label(text: &str, p: usize) -> Option<usize> {
    let rest = text.get(p..)?;
    // (ID: 微信（ID：zhoumj_0126）.)
    ["号码", "账号", "帐号", "号", "ID", "id"]
        .iter()
        .find(|w| rest.starts_with(*w) && rest[w.len()..].starts_with([':', '：']))
        .map(|w| w.len())
}

/// The end of an account of `kind` that starts at `p`, when a valid one stands there: QQ
/// numbers of 5–11 digits (grouped by single spaces or hyphens), WeChat IDs of 6–20 letters,
/// digits, `_` and `-` starting with a letter (or all digits).
fn account_end(b: &[u8], p: usize, kind: S) -> Option<usize> {
    let mut e = p;
    if kind == S::Qq {
        // Digits, grouped by single spaces or hyphens (2856 0193 47).
        while e < b.len()
            && (b[e].is_ascii_digit()
                || (e > p
                    && matches!(b[e], b' ' | b'-')
                    && b.get(e + 1).is_some_and(u8::is_ascii_digit)))
        {
            e += 1;
        }
    } else {
        // (A dot inside a handle as written: hung.nguyen1995.)
        while e < b.len()
            && (b[e].is_ascii_alphanumeric()
                || matches!(b[e], b'_' | b'-')
                || (b[e] == b'.' && e > p && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric)))
        {
            e += 1;
        }
    }
    while e > p && b[e - 1] == b'-' {
        e -= 1;
    }
    let tok = &b[p..e];
    let ok = match kind {
        S::Qq => {
            let digits = tok.iter().filter(|c| c.is_ascii_digit()).count();
            (5..=11).contains(&digits)
                && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)
                && tok[0] != b'0'
        }
        S::Handle => {
            (6..=20).contains(&tok.len())
                && (tok[0].is_ascii_alphabetic() || tok.iter().all(u8::is_ascii_digit))
        }
    };
    ok.then_some(e)
}

/// Column heads of accounts in a table (时间 | 微信昵称 | 微信号 | 内容).
const ACCOUNT_COLUMNS: &[&str] = &["微信号", "微信", "QQ号", "QQ"];

/// Accounts in a column of a table under an account head: the whole cell.
fn table_accounts(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    scan.layout
        .column(text, ACCOUNT_COLUMNS, false, &mut |_, head, cell| {
            let kind = if head.starts_with("QQ") {
                S::Qq
            } else {
                S::Handle
            };
            if account_end(text.as_bytes(), cell.start, kind) == Some(cell.end) {
                out.push(Candidate::new(
                    cell,
                    PiiKind::SocialAccount,
                    Role::Other,
                    if kind == S::Qq { "qq" } else { "wechat" },
                    Some(head),
                    Validity::Passed,
                    0.9,
                ));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accounts(t: &str) -> Vec<String> {
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &mut out);
        out.into_iter()
            .map(|c| t[c.span.start..c.span.end].to_string())
            .collect()
    }

    /// A table's column of accounts under its head; a nickname column is none.
    #[test]
    fn account_columns() {
        assert_eq!(
            accounts("时间 | 微信昵称 | 微信号 | 内容\n07:12 | 小兵 | wjs_1979zz | 收到\n07:13 | 国强 | 无 | 好\n"),
            vec!["wjs_1979zz"]
        );
        assert_eq!(
            accounts("姓名 | QQ | 电话\n李明 | 2856019347 | 无\n"),
            vec!["2856019347"]
        );
        // In quotation marks after the label.
        assert_eq!(accounts("微信号“qzh_wz1965”"), vec!["qzh_wz1965"]);
        // A row's cell says what the next cell holds; the account fills that cell.
        assert_eq!(
            accounts("序号 | 方式 | 号码 | 对象\n4 | 微信 | pdsheng1979  | 某某\n5 | QQ | 2856019347 | 某某\n"),
            vec!["pdsheng1979", "2856019347"]
        );
        assert!(accounts("| 微信 | pdsheng1979发来 |").is_empty());
        assert!(accounts("| 微信 | 已添加 |").is_empty());
    }

    #[test]
    fn handles_and_qq() {
        assert_eq!(
            accounts("通过微信(微信号:wxid_3pajqkoorp8h40)招揽"),
            vec!["wxid_3pajqkoorp8h40"]
        );
        assert_eq!(accounts("微信:zhangwei_1988,"), vec!["zhangwei_1988"]);
        // A label of its own inside the brackets.
        assert_eq!(accounts("其本人QQ(号码:584739216)"), vec!["584739216"]);
        assert_eq!(accounts("其微信(账号:wxid_lzw1988)"), vec!["wxid_lzw1988"]);
        assert!(accounts("通过微信(联系)").is_empty());
        assert_eq!(accounts("Q Q:283746519"), vec!["283746519"]);
        assert_eq!(accounts("Q Q 号:2873316045"), vec!["2873316045"]);
        // Letters right after 微信; 微信 as a word.
        assert_eq!(accounts("微信gechangshun0915"), vec!["gechangshun0915"]);
        assert!(accounts("微信支付123456").is_empty());
        // In parentheses right after the label.
        assert_eq!(
            accounts("提供了微信号(shangguan_yq77)及QQ号(2873316054)"),
            vec!["shangguan_yq77", "2873316054"]
        );
        assert_eq!(accounts("QQ号:12345678。"), vec!["12345678"]);
        assert_eq!(accounts("QQ号:2856 0193 47\n"), vec!["2856 0193 47"]);
        assert!(accounts("QQ号:2856 0193 4790 12\n").is_empty());
        assert!(accounts("通过微信招揽客户").is_empty());
        assert!(accounts("微信号:ab").is_empty());
        assert!(accounts("QQ:0123").is_empty());
    }
}

//! Lines, paragraphs, headings and their bodies.
//!
//! Recognised headings (after the canonical fold, where `（一）` is `(一)` and `１．` is `1.`):
//!
//! | kind | examples | level |
//! |---|---|---|
//! | [`HeadingKind::Article`] | `第一条`, `第十二条` at line start | 1 |
//! | [`HeadingKind::Chinese`] | `一、违法事实`, `十二、…` | 1 |
//! | [`HeadingKind::ParenChinese`] | `(一)证据采信` | 2 |
//! | [`HeadingKind::Arabic`] | `1.`, `1、`, `1．` | 3 |
//! | [`HeadingKind::ParenArabic`] | `(1)`, `①` | 4 |
//! | [`HeadingKind::Label`] | `被处罚单位:`, `检查情况:` | 9 |
//!
//! [`segment`] gives each heading its body: for numbered headings, from the end of the heading
//! line's title to the next heading of the same or a higher level; for a label, its value on
//! the same line, or the lines below it up to the next heading or label. Labels never end a
//! numbered section, so `执法人员:…` inside `八、权利告知` stays in that section's body.
//!
//! All spans are byte spans of the canonical text given to the functions.
//!
//! ```
//! use gongshi::text::sections::{segment, HeadingKind};
//! let t = "一、违法事实\n经查,你单位……\n二、证据\n1.现场检查记录\n";
//! let s = segment(t);
//! assert_eq!(s[0].kind, HeadingKind::Chinese);
//! assert_eq!(s[0].title(t), "违法事实");
//! assert!(s[0].body(t).contains("经查"));
//! ```

use crate::finding::Span;
use crate::text::numerals;

/// The shape of a heading marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeadingKind {
    /// `第一条`.
    Article,
    /// `一、`.
    Chinese,
    /// `(一)`.
    ParenChinese,
    /// `1.` / `1、`.
    Arabic,
    /// `(1)` / `①`.
    ParenArabic,
    /// A field label line: `被处罚单位:`.
    Label,
}

impl HeadingKind {
    /// Nesting level: smaller is higher.
    pub fn level(self) -> u8 {
        match self {
            HeadingKind::Article | HeadingKind::Chinese => 1,
            HeadingKind::ParenChinese => 2,
            HeadingKind::Arabic => 3,
            HeadingKind::ParenArabic => 4,
            HeadingKind::Label => 9,
        }
    }
}

/// A heading and the body it governs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Marker shape.
    pub kind: HeadingKind,
    /// The number in the marker (`三、` → 3); `None` for labels.
    pub number: Option<u32>,
    /// The marker itself (`一、`, `(一)`, `第一条`); empty for labels.
    pub marker: Span,
    /// The title: text after the marker up to the first `:`/`。`/`,` or the end of the line
    /// when that is short; for a label, the label word without its colon.
    pub title_span: Span,
    /// The body (trimmed): see the module documentation.
    pub body_span: Span,
    /// The whole line the heading starts on (trimmed).
    pub line: Span,
}

impl Section {
    /// The title text.
    pub fn title<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.title_span.start..self.title_span.end)
            .unwrap_or("")
    }

    /// The body text.
    pub fn body<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.body_span.start..self.body_span.end)
            .unwrap_or("")
    }

    /// The level of the heading.
    pub fn level(&self) -> u8 {
        self.kind.level()
    }

    /// From the start of the heading line to the end of the body.
    pub fn full_span(&self) -> Span {
        Span::new(self.line.start, self.body_span.end.max(self.line.end))
    }
}

/// A line of text: `span` excludes the line break and surrounding whitespace; `indent` is true
/// when the line started with whitespace (a paragraph opening in most templates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Trimmed content.
    pub span: Span,
    /// The raw line started with spaces or tabs.
    pub indent: bool,
    /// Width of the leading whitespace in characters (centred signature blocks have many).
    pub indent_chars: usize,
}

/// Splits `text` into non-empty lines.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if trimmed.is_empty() {
            continue;
        }
        let s = start + lead;
        out.push(Line {
            span: Span::new(s, s + trimmed.len()),
            indent: lead > 0,
            indent_chars: body[..lead].chars().count(),
        });
    }
    out
}

/// Groups lines into paragraphs: a line continues the previous one when that one did not end a
/// sentence (`。；：！？`) and this one has no indentation, heading marker or label, and the previous
/// line was an indented opening (or long running text). This rejoins paragraphs that were
/// hard-wrapped while keeping title and field lines apart.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let ls = lines(text);
    let cont = continuations(text, &ls);
    let mut out: Vec<Span> = Vec::new();
    for (l, c) in ls.iter().zip(cont) {
        match out.last_mut() {
            Some(last) if c => last.end = l.span.end,
            _ => out.push(l.span),
        }
    }
    out
}

/// For each line, whether it continues the paragraph of the line before (see [`paragraphs`]).
/// A continuation line is never a label: `下证据证明:` after `上述违法事实有以` is running text.
fn continuations(text: &str, ls: &[Line]) -> Vec<bool> {
    let mut out = Vec::with_capacity(ls.len());
    let mut prev_open = false;
    for l in ls {
        let s = &text[l.span.start..l.span.end];
        let cont = prev_open && !l.indent && heading_at(s).is_none();
        out.push(cont);
        let centred = l.indent_chars >= 8;
        prev_open = !ends_sentence(s)
            && !centred
            && (cont || l.indent || s.chars().count() >= 30 || ends_mid_sentence(s))
            && (cont || label_at(s).is_none());
    }
    out
}

/// A line that stops on a word that cannot end a sentence (`…期限为`, `…如果不服本`) was
/// wrapped, whatever its length or indentation.
fn ends_mid_sentence(s: &str) -> bool {
    s.chars().count() >= 4
        && s.ends_with([
            ',', '，', '、', '(', '（', '《', '“', '为', '的', '于', '在', '和', '与', '及', '对',
            '以', '将', '把', '被', '向', '从', '由', '是', '有', '了', '按', '本', '其', '并',
            '或',
        ])
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['。', ';', '；', ':', '：', '!', '！', '?', '？', ')', '）'])
}

/// The heading marker at the start of `s` (a trimmed line): kind, number and marker length in
/// bytes.
pub fn heading_at(s: &str) -> Option<(HeadingKind, u32, usize)> {
    let first = s.chars().next()?;
    // 第X条
    if let Some(rest) = s.strip_prefix('第') {
        let n: String = rest
            .chars()
            .take_while(|&c| numerals::is_numeral_char(c))
            .collect();
        if !n.is_empty() && rest[n.len()..].starts_with('条') {
            // `第九十九条规定` in running text is a citation, not a heading: require a space or
            // the end of the line right after, as in a statute.
            let after = &rest[n.len() + '条'.len_utf8()..];
            if after.is_empty() || after.starts_with([' ', '\t']) {
                let v = numerals::parse_int(&n)? as u32;
                return Some((
                    HeadingKind::Article,
                    v,
                    '第'.len_utf8() + n.len() + '条'.len_utf8(),
                ));
            }
        }
        return None;
    }
    // (一) / (1)
    if first == '(' || first == '（' {
        let inner_start = first.len_utf8();
        let close = s[inner_start..].find([')', '）'])? + inner_start;
        let inner = &s[inner_start..close];
        if inner.is_empty() || inner.chars().count() > 3 {
            return None;
        }
        let v = numerals::parse_int(inner)? as u32;
        let len = close + s[close..].chars().next().map_or(1, char::len_utf8);
        let kind = if inner.bytes().all(|b| b.is_ascii_digit()) {
            HeadingKind::ParenArabic
        } else if inner.chars().all(|c| "一二三四五六七八九十".contains(c)) {
            HeadingKind::ParenChinese
        } else {
            return None;
        };
        return Some((kind, v, len));
    }
    // ①…⑳
    if ('①'..='⑳').contains(&first) {
        return Some((
            HeadingKind::ParenArabic,
            first as u32 - '①' as u32 + 1,
            first.len_utf8(),
        ));
    }
    // 一、 / 1. / 1、
    let digits: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .collect();
    if digits.is_empty() || digits.chars().count() > 3 {
        return None;
    }
    let rest = &s[digits.len()..];
    let arabic = digits.bytes().all(|b| b.is_ascii_digit());
    let sep = rest.chars().next()?;
    let ok_sep = if arabic {
        // `1.5万元` is a number, not a heading: `.` must not be followed by a digit.
        sep == '、'
            || (sep == '.' && !rest[1..].starts_with(|c: char| c.is_ascii_digit()))
            || sep == '．'
    } else {
        sep == '、'
    };
    if !ok_sep || (!arabic && digits.bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let v = numerals::parse_int(&digits)? as u32;
    let kind = if arabic {
        HeadingKind::Arabic
    } else {
        HeadingKind::Chinese
    };
    Some((kind, v, digits.len() + sep.len_utf8()))
}

/// `s` starts with the number of a list item: `1.`, `2、`, `(1)`, `(二)` (not a top-level
/// `一、` heading nor an article).
pub fn is_item_number(s: &str) -> bool {
    matches!(
        heading_at(s),
        Some((
            HeadingKind::Arabic | HeadingKind::ParenArabic | HeadingKind::ParenChinese,
            _,
            _
        ))
    )
}

/// A field label at the start of `s`: `被处罚单位:`, `法定代表人(负责人):`. Returns the label's
/// byte length (without the colon) and the length including the colon.
pub fn label_at(s: &str) -> Option<(usize, usize)> {
    // A tab also separates a field from its value (tables pasted from a word processor).
    let colon = crate::text::scan::find_any(s, &[':', '：', '\t'])?;
    let label = &s[..colon];
    let n = label.chars().count();
    if n == 0 || n > 14 {
        return None;
    }
    // Labels are words: no sentence punctuation, no digits (times like 8:40).
    if crate::text::scan::contains_any(
        label,
        &['。', ',', '，', ';', '；', '、', '"', '“', '”', '《', '》'],
    ) || label.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    if !label.chars().next().is_some_and(is_han) {
        return None;
    }
    // A sentence that introduces what follows (`本局认为：`, `上述事实有以下证据证明：`,
    // `作出如下行政处罚：`) is running text, not a field label.
    if ["认为", "如下", "以下", "下列"]
        .iter()
        .any(|w| label.contains(w))
    {
        return None;
    }
    let colon_len = s[colon..].chars().next().map_or(1, char::len_utf8);
    if s[colon..].starts_with('\t') && (n > 10 || s[colon..].trim().is_empty()) {
        return None;
    }
    Some((colon, colon + colon_len))
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Further `label:` fields after the first value on a line, separated from it by whitespace or
/// by `，` / `；` (`当事人：某公司，住所：某路1号`): `(start, label length, length including the
/// colon)` relative to `rest`.
fn more_fields(rest: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < rest.len() {
        let Some(ws) = rest[pos..].find([' ', '\t', ',', '，', ';', '；']) else {
            break;
        };
        let ws = pos + ws;
        let sep_len = rest[ws..].chars().next().map_or(1, char::len_utf8);
        let after_sep = &rest[ws + sep_len..];
        let after_ws =
            ws + sep_len + after_sep.len() - after_sep.trim_start_matches([' ', '\t']).len();
        // The value before must not be empty (`地址:  邮编:` keeps an empty value for 地址).
        let before = rest[..ws].trim();
        let cand = &rest[after_ws..];
        match label_at(cand) {
            Some((llen, with_colon))
                if !before.is_empty()
                    && cand[..llen].chars().count() <= 12
                    && !cand[..llen].contains([' ', '\t']) =>
            {
                out.push((after_ws, llen, with_colon));
                pos = after_ws + with_colon;
            }
            _ => pos = after_ws.max(ws + sep_len),
        }
    }
    out
}

/// Finds all headings and labels and gives each its body.
pub fn segment(text: &str) -> Vec<Section> {
    let ls = lines(text);
    let cont = continuations(text, &ls);
    let mut out: Vec<Section> = Vec::new();
    // Heading line index per section, to compute bodies afterwards.
    let mut line_of: Vec<usize> = Vec::new();
    for (li, l) in ls.iter().enumerate() {
        let s = &text[l.span.start..l.span.end];
        // Items inside a sentence line (`1.现场检查记录;`) are still headings at level 3.
        if let Some((kind, number, mlen)) = heading_at(s) {
            let rest = &s[mlen..];
            let rest_trim = rest.trim_start();
            let title_start = l.span.start + mlen + (rest.len() - rest_trim.len());
            // The title ends at the first colon/full stop/comma when the line runs on.
            let cut = rest_trim
                .find([':', '：', '。', ',', '，', ';', '；'])
                .unwrap_or(rest_trim.len());
            let title_len = if kind.level() <= 2 && rest_trim[..cut].chars().count() <= 25 {
                cut
            } else {
                rest_trim.len()
            };
            let title_span = Span::new(title_start, title_start + title_len);
            out.push(Section {
                kind,
                number: Some(number),
                marker: Span::new(l.span.start, l.span.start + mlen),
                title_span,
                body_span: Span::new(title_span.end, title_span.end),
                line: l.span,
            });
            line_of.push(li);
            continue;
        }
        if cont[li] {
            continue;
        }
        if let Some((llen, with_colon)) = label_at(s) {
            out.push(Section {
                kind: HeadingKind::Label,
                number: None,
                marker: Span::new(l.span.start, l.span.start),
                title_span: Span::new(l.span.start, l.span.start + llen),
                body_span: Span::new(l.span.start + with_colon, l.span.start + with_colon),
                line: l.span,
            });
            line_of.push(li);
            // More fields on the same line: `法定代表人:张三    职务:经理`.
            for (fs, flen, fcolon) in more_fields(&s[with_colon..]) {
                let at = l.span.start + with_colon + fs;
                out.push(Section {
                    kind: HeadingKind::Label,
                    number: None,
                    marker: Span::new(at, at),
                    title_span: Span::new(at, at + flen),
                    body_span: Span::new(at + fcolon, at + fcolon),
                    line: l.span,
                });
                line_of.push(li);
            }
        }
    }
    // Bodies.
    for i in 0..out.len() {
        let li = line_of[i];
        let line = ls[li];
        let kind = out[i].kind;
        let body_start = if kind == HeadingKind::Label {
            out[i].body_span.start
        } else {
            out[i].title_span.end
        };
        let same_line_rest = text[body_start..line.span.end].trim();
        let end = if kind == HeadingKind::Label {
            if let Some(next) = out.get(i + 1).filter(|n| n.line == line.span) {
                // The next field on the same line ends this one.
                next.title_span.start
            } else if !same_line_rest.is_empty() {
                line.span.end
            } else {
                // Until the next label or section heading; numbered items (1. / (1)) below a
                // label such as 检查情况: belong to it.
                out[i + 1..]
                    .iter()
                    .find(|n| n.level() <= 2 || n.kind == HeadingKind::Label)
                    .map_or(text.len(), |n| n.line.start)
            }
        } else {
            let lvl = kind.level();
            out[i + 1..]
                .iter()
                .find(|n| n.kind != HeadingKind::Label && n.level() <= lvl)
                .map_or(text.len(), |n| n.line.start)
        };
        let end = end.max(body_start);
        let raw = &text[body_start..end];
        let lead = raw.len()
            - raw
                .trim_start_matches([' ', '\t', '\n', '\r', ':', '：'])
                .len();
        let trimmed = raw[lead..].trim_end();
        // A field ends before the separator of the next one (`某公司，住所：…`).
        let trimmed = if kind == HeadingKind::Label {
            trimmed.trim_end_matches([',', '，', ';', '；', ' ', '\t'])
        } else {
            trimmed
        };
        out[i].body_span = Span::new(body_start + lead, body_start + lead + trimmed.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECISION: &str = "某县应急管理局\n行政处罚决定书\n\n被处罚单位:某某有限公司\n地址:某县某路1号\n一、违法事实\n  经查,你单位未设置安全警示标志。\n二、证据\n  上述事实有以\n下证据证明:\n  1.现场检查记录1份;\n  2.询问笔录2份。\n三、说理\n(一)证据采信\n  本局认为……\n(二)依据选择\n  违反了……\n八、权利告知\n  如不服……\n执法人员:张三(执法证号:123)\n";

    fn find_title<'a>(s: &'a [Section], t: &str, title: &str) -> &'a Section {
        s.iter().find(|x| x.title(t) == title).unwrap()
    }

    #[test]
    fn headings_and_bodies() {
        let t = DECISION;
        let s = segment(t);
        let facts = find_title(&s, t, "违法事实");
        assert_eq!(facts.kind, HeadingKind::Chinese);
        assert_eq!(facts.number, Some(1));
        assert_eq!(facts.body(t), "经查,你单位未设置安全警示标志。");
        let ev = find_title(&s, t, "证据");
        assert!(ev.body(t).contains("询问笔录2份"));
        assert!(!ev.body(t).contains("说理"));
        let items: Vec<_> = s.iter().filter(|x| x.kind == HeadingKind::Arabic).collect();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].number, Some(2));
        let r = find_title(&s, t, "说理");
        assert!(r.body(t).contains("依据选择"));
        let sub = find_title(&s, t, "证据采信");
        assert_eq!(sub.kind, HeadingKind::ParenChinese);
        assert_eq!(sub.body(t), "本局认为……");
        // A label inside section 八 does not end it.
        let remedy = find_title(&s, t, "权利告知");
        assert!(remedy.body(t).contains("执法人员"));
        let party = find_title(&s, t, "被处罚单位");
        assert_eq!(party.kind, HeadingKind::Label);
        assert_eq!(party.body(t), "某某有限公司");
    }

    #[test]
    fn label_with_body_below() {
        let t = "检查情况:\n  1.仓库未设警示标志;\n  (以下空白)\n被检查单位现场负责人(签名):李四\n";
        let s = segment(t);
        let l = find_title(&s, t, "检查情况");
        assert!(l.body(t).contains("仓库未设警示标志"));
        assert!(l.body(t).contains("以下空白"));
        assert!(!l.body(t).contains("李四"));
        let sig = find_title(&s, t, "被检查单位现场负责人(签名)");
        assert_eq!(sig.body(t), "李四");
    }

    #[test]
    fn several_fields_on_one_line() {
        let t = "被处罚单位:某某有限公司    地址:某县某路1号\n法定代表人(负责人):张三  职务:经理  联系电话:0595-1234567\n";
        let s = segment(t);
        let labels: Vec<(&str, &str)> = s.iter().map(|x| (x.title(t), x.body(t))).collect();
        assert_eq!(
            labels,
            [
                ("被处罚单位", "某某有限公司"),
                ("地址", "某县某路1号"),
                ("法定代表人(负责人)", "张三"),
                ("职务", "经理"),
                ("联系电话", "0595-1234567")
            ]
        );
    }

    #[test]
    fn fields_separated_by_commas_and_tabs() {
        let t = "当事人:某某有限公司,住所:某县某路1号;法定代表人:张三\n文号\t某应急罚〔2024〕1号\n";
        let s = segment(t);
        let labels: Vec<(&str, &str)> = s.iter().map(|x| (x.title(t), x.body(t))).collect();
        assert_eq!(
            labels,
            [
                ("当事人", "某某有限公司"),
                ("住所", "某县某路1号"),
                ("法定代表人", "张三"),
                ("文号", "某应急罚〔2024〕1号")
            ]
        );
    }

    #[test]
    fn marker_shapes() {
        assert_eq!(
            heading_at("一、违法事实").map(|x| (x.0, x.1)),
            Some((HeadingKind::Chinese, 1))
        );
        assert_eq!(heading_at("十二、附则").map(|x| x.1), Some(12));
        assert_eq!(
            heading_at("(三)自由裁量").map(|x| (x.0, x.1)),
            Some((HeadingKind::ParenChinese, 3))
        );
        assert_eq!(
            heading_at("(3)照片").map(|x| x.0),
            Some(HeadingKind::ParenArabic)
        );
        assert_eq!(heading_at("③照片").map(|x| x.1), Some(3));
        assert_eq!(
            heading_at("1、现场").map(|x| x.0),
            Some(HeadingKind::Arabic)
        );
        assert_eq!(
            heading_at("第十二条 本办法").map(|x| (x.0, x.1)),
            Some((HeadingKind::Article, 12))
        );
        assert_eq!(heading_at("第九十九条规定"), None);
        assert_eq!(heading_at("1.5万元"), None);
        assert_eq!(heading_at("2023年"), None);
        assert_eq!(heading_at("(以下空白)"), None);
        assert_eq!(heading_at("一般"), None);
        assert!(label_at("被处罚单位:某公司").is_some());
        assert!(label_at("经查,你单位存在下列问题:").is_none());
        assert!(label_at("8:40").is_none());
    }

    #[test]
    fn paragraphs_rejoin_wrapped_lines() {
        let t = DECISION;
        let p = paragraphs(t);
        let texts: Vec<&str> = p.iter().map(|s| &t[s.start..s.end]).collect();
        assert!(texts.contains(&"上述事实有以\n下证据证明:"), "{texts:?}");
        assert!(texts.contains(&"某县应急管理局"));
        assert!(texts.contains(&"行政处罚决定书"));
    }

    #[test]
    fn odd_input() {
        for t in [
            "",
            "\n\n",
            "(",
            "()",
            "(一",
            "第条",
            "一、",
            ":",
            "𠮷:😀",
            "①",
        ] {
            let _ = segment(t);
            let _ = paragraphs(t);
        }
    }
}

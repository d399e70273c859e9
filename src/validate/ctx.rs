//! The parts of a document every element check needs: title lines, party block, signature
//! block, sentences. Built once per validation from the cached parses on [`Doc`]. All spans are
//! canonical byte spans ([`Doc::text`]).

use std::sync::OnceLock;

use regex::Regex;

use crate::doc::Doc;
use crate::finding::Span;
use crate::text::amount::Amount;
use crate::text::date::DateMention;
use crate::text::sections::{self, HeadingKind, Line, Section};

/// Name endings of the bodies that issue enforcement documents.
pub const AGENCY_SUFFIXES: &[&str] = &[
    "应急管理局",
    "应急管理厅",
    "应急管理部",
    "应急管理委员会",
    "应急局",
    "安全生产监督管理局",
    "安全生产监督管理总局",
    "安全生产监督管理处",
    "安全监管局",
    "安监局",
    "矿山安全监察局",
    "煤矿安全监察局",
    "矿山安全监察分局",
    "人民政府",
    "管理委员会",
    "街道办事处",
    "综合行政执法局",
    "综合执法局",
    "行政执法局",
    "消防救援支队",
    "消防救援大队",
];

/// Trailing notes that may follow the signature block (`本文书一式两份…`, `共 页`).
const TRAILING_NOTES: &[&str] = &[
    "本文书一式",
    "本决定书一式",
    "本告知书一式",
    "一式两份",
    "一式二份",
    "共",
    "注:",
    "附:",
    "附件",
    "抄送",
];

fn seal_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"[(\[【〔]\s*(?:[\x{4E00}-\x{9FFF}]{0,12}?(?:印章|公章|盖章|签章|专用章)|章|印)\s*[)\]】〕]",
        )
        .expect("static regex")
    })
}

fn agency_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let alts: Vec<String> = AGENCY_SUFFIXES.iter().map(|s| regex::escape(s)).collect();
        // Han as a range: the regex build has no Unicode script tables (`\p{Han}`).
        Regex::new(&format!(
            r"[\x{{3400}}-\x{{4DBF}}\x{{4E00}}-\x{{9FFF}}]{{2,24}}?(?:{})",
            alts.join("|")
        ))
        .expect("static regex")
    })
}

/// Regions and helpers of one document.
pub struct Ctx<'d, 'a> {
    /// The document.
    pub doc: &'d Doc<'a>,
    /// Canonical text.
    pub t: &'d str,
    /// Non-empty lines.
    pub lines: &'d [Line],
    /// Number of title lines at the top (agency, title, 文号, `（单位）`).
    pub title_lines: usize,
    /// Index of the first line of the signature block (== lines.len() when there is none).
    pub footer_first: usize,
    /// Index one past the last line of the party block (label lines after the title).
    pub party_end: usize,
    /// Sentences: spans split at `。；;` and line breaks that end a paragraph.
    pub sentences: Vec<Span>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// Analyses the layout of `doc`.
    pub fn new(doc: &'d Doc<'a>) -> Self {
        let t = doc.text();
        let lines = doc.lines();
        let title_lines = title_line_count(t, lines);
        let footer_first = footer_start(t, lines, title_lines);
        let party_end = party_block_end(t, lines, title_lines, footer_first);
        let sentences = split_sentences(t, doc.paragraphs());
        Ctx {
            doc,
            t,
            lines,
            title_lines,
            footer_first,
            party_end,
            sentences,
        }
    }

    /// The text of a span.
    pub fn s(&self, sp: Span) -> &'d str {
        self.t.get(sp.start..sp.end).unwrap_or("")
    }

    /// The text of line `i`.
    pub fn line(&self, i: usize) -> &'d str {
        self.lines.get(i).map_or("", |l| self.s(l.span))
    }

    /// Title lines.
    pub fn title_span(&self) -> Span {
        match (self.lines.first(), self.title_lines) {
            (Some(f), n) if n > 0 => Span::new(f.span.start, self.lines[n - 1].span.end),
            _ => Span::new(0, 0),
        }
    }

    /// The title text with brackets and spaces removed, for matching title words.
    pub fn title_key(&self) -> String {
        let sp = self.title_span();
        squash(self.s(sp))
    }

    /// Lines of the signature block.
    pub fn footer_lines(&self) -> &'d [Line] {
        self.lines.get(self.footer_first..).unwrap_or(&[])
    }

    /// Lines of the party block (label lines right after the title).
    pub fn party_lines(&self) -> &'d [Line] {
        self.lines
            .get(self.title_lines..self.party_end)
            .unwrap_or(&[])
    }

    /// Headings and labels.
    pub fn sections(&self) -> &'d [Section] {
        self.doc.sections()
    }

    /// Dates (canonical spans).
    pub fn dates(&self) -> &'d [DateMention] {
        self.doc.dates()
    }

    /// Dates starting inside `sp` (binary search: no rescan of the whole list per call).
    pub fn dates_within(&self, sp: Span) -> &'d [DateMention] {
        let all = self.doc.dates();
        let lo = all.partition_point(|d| d.span.start < sp.start);
        let hi = all.partition_point(|d| d.span.start < sp.end);
        all.get(lo..hi.max(lo)).unwrap_or(&[])
    }

    /// Amounts starting inside `sp`, and the index of the first one in `doc.amounts()`.
    pub fn amounts_within(&self, sp: Span) -> (usize, &'d [Amount]) {
        let all = self.doc.amounts();
        let lo = all.partition_point(|a| a.span.start < sp.start);
        let hi = all.partition_point(|a| a.span.start < sp.end);
        (lo, all.get(lo..hi.max(lo)).unwrap_or(&[]))
    }

    /// The first agency name in `sp`.
    pub fn agency_in(&self, sp: Span) -> Option<Span> {
        let s = self.s(sp);
        // `应急管理部门` is a generic word, not the name of an agency.
        agency_re()
            .find_iter(s)
            .find(|m| !s[m.end()..].starts_with('门'))
            .map(|m| Span::new(sp.start + m.start(), sp.start + m.end()))
    }

    /// The first seal mark in `sp`.
    pub fn seal_in(&self, sp: Span) -> Option<Span> {
        let s = self.s(sp);
        seal_re()
            .find(s)
            .map(|m| Span::new(sp.start + m.start(), sp.start + m.end()))
    }

    /// Label sections whose label (brackets and spaces removed) equals or ends with one of
    /// `labels`, in text order.
    pub fn labels<'x>(
        &'x self,
        labels: &'x [impl AsRef<str>],
    ) -> impl Iterator<Item = &'d Section> + 'x {
        let t = self.t;
        self.sections().iter().filter(move |s| {
            if s.kind != HeadingKind::Label {
                return false;
            }
            let title = s.title(t);
            // `统一社会信用代码（注册号）` is matched both with and without its bracketed part.
            let keys = [squash(title), squash_drop_brackets(title)];
            labels.iter().any(|l| {
                let l = squash(l.as_ref());
                !l.is_empty()
                    && keys.iter().any(|key| {
                        *key == l
                            || key.ends_with(&l) && key.chars().count() <= l.chars().count() + 4
                    })
            })
        })
    }

    /// Numbered headings and labels whose title contains one of `titles`.
    pub fn titled<'x>(
        &'x self,
        titles: &'x [impl AsRef<str>],
    ) -> impl Iterator<Item = &'d Section> + 'x {
        let t = self.t;
        self.sections().iter().filter(move |s| {
            matches!(
                s.kind,
                HeadingKind::Chinese
                    | HeadingKind::ParenChinese
                    | HeadingKind::Article
                    | HeadingKind::Label
            ) && {
                let title = s.title(t);
                // A label is a field word (`违法事实:`), not a sentence ending in a colon.
                let max = if s.kind == HeadingKind::Label { 8 } else { 20 };
                title.chars().count() <= max && titles.iter().any(|x| title.contains(x.as_ref()))
            }
        })
    }

    /// Sentences containing `word`.
    pub fn sentences_with<'x>(&'x self, word: &'x str) -> impl Iterator<Item = Span> + 'x {
        self.sentences
            .iter()
            .copied()
            .filter(move |sp| self.s(*sp).contains(word))
    }

    /// The paragraph containing offset `pos`.
    pub fn paragraph_at(&self, pos: usize) -> Option<Span> {
        let ps = self.doc.paragraphs();
        let i = ps.partition_point(|p| p.end <= pos);
        ps.get(i).copied().filter(|p| p.start <= pos)
    }

    /// The numbered items (`1.` / `(1)` lines) that directly follow offset `end`, as one span
    /// ending at the last item.
    pub fn items_after(&self, end: usize) -> Option<Span> {
        let i = self.lines.partition_point(|l| l.span.start < end);
        let mut last: Option<usize> = None;
        for l in &self.lines[i.min(self.lines.len())..] {
            let s = self.s(l.span);
            match sections::heading_at(s) {
                Some((HeadingKind::Arabic | HeadingKind::ParenArabic, _, _)) => {
                    last = Some(l.span.end)
                }
                _ if last.is_some()
                    && l.indent
                    && !s.starts_with('(')
                    && sections::label_at(s).is_none()
                    && s.chars().count() < 60
                    && !ends_para(s) =>
                {
                    // Wrapped continuation of an item.
                    last = Some(l.span.end);
                }
                _ => break,
            }
        }
        let first = self.lines.get(i)?.span.start;
        last.map(|e| Span::new(first, e))
    }
}

fn ends_para(s: &str) -> bool {
    s.ends_with('。')
}

/// Removes brackets, spaces and colons so `行政（当场）处罚决定书` matches `当场处罚决定书` and
/// `法定代表人（负责人）` matches `法定代表人`.
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '(' | '（' | '[' | '【' | '〔' => depth += 1,
            ')' | '）' | ']' | '】' | '〕' => depth = depth.saturating_sub(1),
            c if c.is_whitespace() || c == ':' || c == '：' || c == '_' => {}
            c => {
                // Bracketed words are kept (`(单位)` → `单位`): titles put the kind there.
                let _ = depth;
                out.push(c)
            }
        }
    }
    out
}

/// Like [`squash`] but also drops what is inside brackets: `法定代表人(负责人)` → `法定代表人`.
pub fn squash_drop_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            c if c.is_whitespace() || c == ':' || c == '：' => {}
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn is_title_line(s: &str) -> bool {
    let n = s.chars().count();
    n <= 40
        && !s.contains([':', '：', '。', ',', '，', ';', '；'])
        && sections::heading_at(s).is_none()
}

fn title_line_count(t: &str, lines: &[Line]) -> usize {
    let mut n = 0;
    for l in lines.iter().take(8) {
        let s = &t[l.span.start..l.span.end];
        if !is_title_line(s) {
            break;
        }
        n += 1;
    }
    // A one-line document or a first line that is a sentence has no title block.
    n.min(lines.len())
}

fn is_footer_line(t: &str, l: &Line, dates: &[Span]) -> bool {
    let s = &t[l.span.start..l.span.end];
    let n = s.chars().count();
    if n > 40 || s.contains(['。', ';', '；']) {
        return false;
    }
    if seal_re().is_match(s) && n <= 30 {
        return true;
    }
    // A line that is only a date (or the blank 年 月 日).
    if dates
        .iter()
        .any(|d| d.start <= l.span.start && d.end >= l.span.end)
    {
        return true;
    }
    let squashed: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if squashed.contains('年')
        && squashed.contains('月')
        && squashed.ends_with('日')
        && squashed.chars().count() <= 12
    {
        return true;
    }
    if s.contains([':', '：']) {
        return false;
    }
    if agency_re().is_match(s) && n <= 30 {
        return true;
    }
    l.indent_chars >= 8 && n <= 30
}

fn footer_start(t: &str, lines: &[Line], title_lines: usize) -> usize {
    let dates: Vec<Span> = crate::text::date::find(t).iter().map(|d| d.span).collect();
    let mut i = lines.len();
    let mut skipped_notes = 0;
    while i > title_lines {
        let l = &lines[i - 1];
        let s = &t[l.span.start..l.span.end];
        if is_footer_line(t, l, &dates) {
            i -= 1;
            continue;
        }
        // Notes after the signature block (`本文书一式两份`) are stepped over once or twice.
        if i == lines.len() - skipped_notes
            && skipped_notes < 2
            && TRAILING_NOTES.iter().any(|n| s.starts_with(n))
        {
            skipped_notes += 1;
            i -= 1;
            continue;
        }
        break;
    }
    // Only trailing notes: no footer.
    if i + skipped_notes == lines.len() {
        return lines.len();
    }
    i
}

fn party_block_end(t: &str, lines: &[Line], title_lines: usize, footer_first: usize) -> usize {
    let mut i = title_lines;
    let mut seen_label = false;
    while i < footer_first.min(lines.len()) {
        let s = &t[lines[i].span.start..lines[i].span.end];
        if let Some((llen, _)) = sections::label_at(s) {
            // `经查明：…` opens the facts, and an indented label line or a long sentence is body
            // text, not a field of the party block.
            let word = &s[..llen];
            let opens_facts = ["经查", "现查明", "查明", "经调查", "检查发现", "经核查"]
                .iter()
                .any(|w| word.starts_with(w));
            let sentence = s.chars().count() > 80 && s.contains('。');
            if opens_facts
                || sentence
                || (seen_label && lines[i].indent && lines[i].indent_chars >= 2 && s.contains('。'))
            {
                break;
            }
            seen_label = true;
            i += 1;
            continue;
        }
        // The addressee line of an order (`××有限公司：`) belongs to the party block.
        // A sentence ending in a colon (`经查，你单位存在下列问题：`) is not an addressee.
        let addressee = !s.contains([',', '，', '。', ';', '；', '、'])
            && !["经查", "现查明", "查明", "经调查", "检查发现"]
                .iter()
                .any(|w| s.starts_with(w));
        if !seen_label
            && addressee
            && (s.ends_with(':') || s.ends_with('：'))
            && s.chars().count() <= 40
            && !lines[i].indent
        {
            i += 1;
            break;
        }
        break;
    }
    i
}

fn split_sentences(t: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for p in paragraphs {
        let s = &t[p.start..p.end];
        let mut start = 0;
        for (i, c) in s.char_indices() {
            if matches!(c, '。' | ';' | '；' | '!' | '！' | '?' | '？') {
                let end = i + c.len_utf8();
                if !s[start..end].trim().is_empty() {
                    out.push(Span::new(p.start + start, p.start + end));
                }
                start = end;
            }
        }
        if !s[start..].trim().is_empty() {
            out.push(Span::new(p.start + start, p.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions() {
        let src = "某市应急管理局\n行政处罚决定书\n某应急罚〔2024〕1号\n\n被处罚单位：某某有限公司\n地址：某路1号\n一、违法事实\n　　经查，某某。\n\n　　　　　　　　　　某市应急管理局\n　　　　　　　　　　2024年3月1日\n　　　　　　　　　　（印章）\n";
        let doc = Doc::new(src);
        let c = Ctx::new(&doc);
        assert_eq!(c.title_lines, 3);
        assert_eq!(c.party_lines().len(), 2);
        assert_eq!(c.footer_lines().len(), 3);
        assert!(c.agency_in(c.title_span()).is_some());
        assert_eq!(squash("行政（当场）处罚决定书"), "行政当场处罚决定书");
        assert_eq!(squash_drop_brackets("法定代表人（负责人）"), "法定代表人");
    }
}

//! The parts of a document every element check needs: title lines, party block, signature
//! block, sentences. Built once per validation from the cached parses on [`Doc`]. All spans are
//! canonical byte spans ([`Doc::text`]).

use crate::doc::Doc;
use crate::finding::Span;
use crate::text::amount::Amount;
use crate::text::date::DateMention;
use crate::text::scan::Cursor;
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
    // The agency's contact details under the signature: `(地址:…,电话:…)`, `联系电话:…`.
    "(地址",
    "(联系",
    "地址:",
    "联系地址",
    "联系电话",
    "联系人",
];

/// The first match of
/// `[(\[【〔]\s*(?:[\x{4E00}-\x{9FFF}]{0,12}?(?:印章|公章|盖章|签章|专用章)|章|印)\s*[)\]】〕]`:
/// a seal mark such as `(印章)` or `(某某局专用章)`.
fn seal(s: &str) -> Option<Span> {
    // Every match has a 章 or a 印 (memchr: most lines have neither).
    if !s.contains('章') && !s.contains('印') {
        return None;
    }
    s.match_indices(['(', '[', '【', '〔'])
        .find_map(|(i, open)| seal_at(s, i, i + open.len()))
}

/// The seal mark opening at `i`, its bracket ending at `inner`.
fn seal_at(s: &str, i: usize, inner: usize) -> Option<Span> {
    let close = |mut k: Cursor| {
        k.spaces();
        k.eat_in(")]】〕").map(|_| k.span_from(i))
    };
    let mut c = Cursor::new(s, inner);
    c.spaces();
    // Up to 12 ideographs before a seal word, the fewest first.
    let mut k = c;
    for n in 0..=12 {
        let mut w = k;
        if w.eat_any(&["印章", "公章", "盖章", "签章", "专用章"])
            .is_some()
        {
            if let Some(sp) = close(w) {
                return Some(sp);
            }
        }
        if n == 12
            || k.eat_if(|ch| ('\u{4E00}'..='\u{9FFF}').contains(&ch))
                .is_none()
        {
            break;
        }
    }
    ["章", "印"].iter().find_map(|w| {
        let mut k = c;
        k.eat(w).then(|| close(k)).flatten()
    })
}

/// The first characters of [`AGENCY_SUFFIXES`].
fn agency_first(c: char) -> bool {
    matches!(
        c,
        '应' | '安' | '矿' | '煤' | '人' | '管' | '街' | '综' | '行' | '消'
    )
}

/// Every match of `[\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}]{2,24}?(?:SUFFIXES)` (the suffixes of
/// [`AGENCY_SUFFIXES`] in order). Found from the suffix backwards: the first suffix with 2 Han
/// characters before it gives the leftmost start (up to 24 back) and, from there, the shortest.
fn agencies(s: &str) -> impl Iterator<Item = Span> + '_ {
    // Extension A and the basic block (not the compatibility block of `is_han_bmp`).
    let han = |c: char| matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF);
    let mut from = 0;
    std::iter::from_fn(move || {
        let mut q = from;
        while let Some(j) = s[q..].find(agency_first) {
            q += j;
            if let Some(suffix) = AGENCY_SUFFIXES.iter().find(|x| s[q..].starts_with(*x)) {
                let (mut start, mut n) = (q, 0);
                for (k, c) in s[from..q].char_indices().rev().take(24) {
                    if !han(c) {
                        break;
                    }
                    (start, n) = (from + k, n + 1);
                }
                if n >= 2 {
                    from = q + suffix.len();
                    return Some(Span::new(start, from));
                }
            }
            q += '应'.len_utf8(); // all the first characters are 3 bytes
        }
        from = s.len();
        None
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
    /// Per section, the squashed title with and without its bracketed part (label sections
    /// only; the others get empty keys), computed once for all the label lookups.
    label_keys: std::cell::OnceCell<Vec<[String; 2]>>,
}

impl<'d, 'a> Ctx<'d, 'a> {
    /// Analyses the layout of `doc`.
    pub fn new(doc: &'d Doc<'a>) -> Self {
        let t = doc.text();
        let lines = doc.lines();
        let title_lines = title_line_count(t, lines);
        let footer_first = footer_start(t, doc, title_lines);
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
            label_keys: std::cell::OnceCell::new(),
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
        agencies(s)
            .find(|m| !s[m.end..].starts_with('门'))
            .map(|m| Span::new(sp.start + m.start, sp.start + m.end))
    }

    /// The first seal mark in `sp`.
    pub fn seal_in(&self, sp: Span) -> Option<Span> {
        let s = self.s(sp);
        seal(s).map(|m| Span::new(sp.start + m.start, sp.start + m.end))
    }

    /// Label sections whose label (brackets and spaces removed) equals or ends with one of
    /// `labels`, in text order.
    pub fn labels<'x>(
        &'x self,
        labels: &'x [impl AsRef<str>],
    ) -> impl Iterator<Item = &'d Section> + 'x {
        let t = self.t;
        // `统一社会信用代码（注册号）` is matched both with and without its bracketed part.
        let keys = self.label_keys.get_or_init(|| {
            self.sections()
                .iter()
                .map(|s| {
                    if s.kind == HeadingKind::Label {
                        let title = s.title(t);
                        [squash(title), squash_drop_brackets(title)]
                    } else {
                        [String::new(), String::new()]
                    }
                })
                .collect()
        });
        let wanted: Vec<(String, usize)> = labels
            .iter()
            .map(|l| squash(l.as_ref()))
            .filter(|l| !l.is_empty())
            .map(|l| {
                let n = l.chars().count();
                (l, n)
            })
            .collect();
        self.sections()
            .iter()
            .zip(keys)
            .filter(move |(s, keys)| {
                s.kind == HeadingKind::Label
                    && wanted.iter().any(|(l, n)| {
                        keys.iter().any(|key| {
                            key == l || key.ends_with(l.as_str()) && key.chars().count() <= n + 4
                        })
                    })
            })
            .map(|(s, _)| s)
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
    if seal(s).is_some() && n <= 30 {
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
    if agencies(s).next().is_some() && n <= 30 {
        return true;
    }
    l.indent_chars >= 8 && n <= 30
}

fn footer_start(t: &str, doc: &Doc<'_>, title_lines: usize) -> usize {
    let lines = doc.lines();
    let dates: Vec<Span> = doc.dates().iter().map(|d| d.span).collect();
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

/// Labels that introduce the party (or its name) at the head of a decision.
const PARTY_LABELS: &[&str] = &[
    "当事人",
    "被处罚人",
    "被处罚单位",
    "被检查单位",
    "被检查人",
    "被告知人",
    "被催告人",
    "被执行人",
    "单位名称",
    "名称",
    "姓名",
];

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
            // The party's own line may be one long sentence (`被处罚人：刘某，男，…，住址：…。`).
            let party_label = PARTY_LABELS.iter().any(|w| word.starts_with(w));
            let sentence = !party_label && s.chars().count() > 80 && s.contains('。');
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
    use std::sync::OnceLock;

    use proptest::prelude::*;
    use regex::Regex;

    use super::*;
    use crate::text::normalise::Normalized;

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

    fn old_seal() -> &'static Regex {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| {
            Regex::new(r"[(\[【〔]\s*(?:[\x{4E00}-\x{9FFF}]{0,12}?(?:印章|公章|盖章|签章|专用章)|章|印)\s*[)\]】〕]").unwrap()
        })
    }

    fn old_agency() -> &'static Regex {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| {
            let alts: Vec<String> = AGENCY_SUFFIXES.iter().map(|s| regex::escape(s)).collect();
            Regex::new(&format!(
                r"[\x{{3400}}-\x{{4DBF}}\x{{4E00}}-\x{{9FFF}}]{{2,24}}?(?:{})",
                alts.join("|")
            ))
            .unwrap()
        })
    }

    /// Old and new agree on `s`: the first seal mark, every agency match.
    fn same(s: &str) {
        let seal_old = old_seal().find(s).map(|m| Span::new(m.start(), m.end()));
        assert_eq!(seal(s), seal_old, "seal {s:?}");
        let ag_old: Vec<Span> = old_agency()
            .find_iter(s)
            .map(|m| Span::new(m.start(), m.end()))
            .collect();
        assert_eq!(agencies(s).collect::<Vec<_>>(), ag_old, "agency {s:?}");
    }

    /// …and on every suffix of `s` (the call sites search lines and parts of lines).
    fn same_suffixes(s: &str) {
        for (i, _) in s.char_indices() {
            same(&s[i..]);
        }
        same("");
    }

    #[test]
    fn agency_first_chars() {
        for s in AGENCY_SUFFIXES {
            let c = s.chars().next().unwrap();
            assert!(agency_first(c) && c.len_utf8() == 3, "{s}");
        }
    }

    #[test]
    fn existing_test_texts() {
        let file = include_str!("../../tests/validate.rs");
        let src = "某市应急管理局\n行政处罚决定书\n某应急罚〔2024〕1号\n\n被处罚单位：某某有限公司\n地址：某路1号\n一、违法事实\n　　经查，某某。\n\n　　　　　　　　　　某市应急管理局\n　　　　　　　　　　2024年3月1日\n　　　　　　　　　　（印章）\n";
        for s in [file, src] {
            let canonical = Normalized::new(s);
            for s in [s, canonical.as_str()] {
                same(s);
                s.lines().for_each(same_suffixes);
            }
        }
    }

    #[test]
    fn seal_edges() {
        for s in [
            "(印章)",
            "(章)",
            "(印)",
            "( 印章 )",
            "[某某局公章]",
            "【专用章】",
            "〔盖章〕",
            "(签章)",
            "(某某某某某某某某某某某某印章)",
            "(某某某某某某某某某某某某某印章)",
            "(印章",
            "印章)",
            "((印章))",
            "(公章印章)",
            "(章 )",
            "(印\n)",
            "(𠮷印章)",
            "(a印章)",
            "【印章〕",
            "(印章】",
            "(某局(印章)",
            "(盖章处)",
            "(专用章 ]",
            "(印章印章)",
            "(章章)",
            "(印印)",
            "(某章)",
            "(\u{3000}印章\u{2028})",
            "(专用)",
            "[(印)]",
            "(某某专用章)(印章)",
            "😀(印章)",
        ] {
            same_suffixes(s);
        }
    }

    #[test]
    fn agency_edges() {
        let long = "某".repeat(30);
        for s in [
            "某市应急管理局".to_string(),
            "泉州市丰泽区应急管理局".into(),
            "某市应急管理部门".into(),
            "某市应急管理局应急管理局".into(),
            "应急管理局".into(),
            "某应急管理局".into(),
            "XX应急管理局".into(),
            format!("{long}应急管理局"),
            format!("{long}应急局{long}人民政府"),
            "某省安全生产监督管理总局".into(),
            "国家矿山安全监察局某某分局".into(),
            "某县人民政府办公室".into(),
            "某某街道办事处".into(),
            "某某市综合行政执法局".into(),
            "某某市行政执法局".into(),
            "𠮷某应急管理局".into(),
            "㐀㐁应急局".into(),
            "豈豈应急局".into(),
            "某某应急管理局门".into(),
            "某应急管理部门某某市应急管理局".into(),
            "某某应急局某某应急局".into(),
            "某某应急局应急局".into(),
            "某某管理委员会应急管理委员会".into(),
            "某 某应急局".into(),
        ] {
            same_suffixes(&s);
        }
        // `应急管理部门` is not an agency; the search goes on after `部`, so (as with the
        // regex) the next name starts with `门`.
        let doc = Doc::new("某市应急管理部门和某县应急管理局");
        let c = Ctx::new(&doc);
        let sp = c.agency_in(Span::new(0, c.t.len())).unwrap();
        assert_eq!(c.s(sp), "门和某县应急管理局");
    }

    /// Texts made of `frags`: one strategy per pattern, so that matches are common.
    /// (`frags` separated by `|`.)
    fn text(frags: &'static str) -> impl Strategy<Value = String> {
        let frags: Vec<&str> = frags.split('|').collect();
        proptest::collection::vec(proptest::sample::select(frags), 0..24).prop_map(|v| v.concat())
    }

    const SEALS: &str = "(|)|[|]|【|】|〔|〕|（|）|印|章|印章|公章|盖章|签章|专用章|专用|某|\
        某某某某某某| |\n|\u{3000}|A|𠮷|豈|(某|印章)|( |章 )|【某某局|专用章〕|(印)";
    const AGENCIES: &str = "某|市|县|应急管理局|应急局|应急管理|人民政府|管理委员会|应急管理部|\
        门|综合|行政执法局|安全生产监督管理|总局|分局|局|街道办事处|消防救援|大队| |\n|A|1|𠮷|\
        😀|豈|㐀|某某某某某某|某某某某某某某某某某某某";

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn seals_as_regex(s in text(SEALS)) {
            same_suffixes(&s);
        }

        #[test]
        fn agencies_as_regex(s in text(AGENCIES)) {
            same_suffixes(&s);
        }
    }

    /// Old vs new on every corpus line (canonical view), and the time each takes:
    /// `cargo test --release --lib ctx::tests::corpus_differential -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn corpus_differential() {
        let path = std::env::var("GONGSHI_CORPUS").unwrap_or_else(|_| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev.jsonl").into()
        });
        let texts: Vec<String> = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                Normalized::new(v["text"].as_str().unwrap_or(""))
                    .as_str()
                    .to_string()
            })
            .collect();
        for t in &texts {
            same(t);
            t.lines().for_each(same);
        }
        let time = |f: &dyn Fn(&str) -> usize| {
            let at = std::time::Instant::now();
            let n: usize = (0..20)
                .map(|_| texts.iter().flat_map(|t| t.lines()).map(f).sum::<usize>())
                .sum();
            (at.elapsed().as_secs_f64() * 1e3 / 20.0, n)
        };
        let (t_old, n_old) = time(&|s| {
            old_seal().find(s).map_or(0, |m| m.end()) + old_agency().find_iter(s).count()
        });
        let (t_new, n_new) = time(&|s| seal(s).map_or(0, |m| m.end) + agencies(s).count());
        assert_eq!(n_old, n_new);
        println!(
            "{} texts, per pass over all lines: regex {t_old:.2} ms, new {t_new:.2} ms",
            texts.len()
        );
    }
}

//! Finds the three reasoning sections: under a heading (`三、证据采信理由`, `(二)依据选择`,
//! `关于处罚幅度:`, a bare title line `自由裁量理由`) or embedded in prose (`对上述证据，本机关
//! 审查后认为…`, `关于依据选择：…`, `综合考虑…`), sentence by sentence.
//!
//! Works on the canonical view; every span here is a canonical byte span.

use crate::doc::Doc;
use crate::finding::Span;
use crate::text::sections::{self, HeadingKind};

use super::cues::{self, any_in};
use super::Cover;

/// The three sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// 证据采信.
    Evidence,
    /// 依据选择.
    LegalBasis,
    /// 自由裁量.
    Discretion,
}

impl Kind {
    /// All three, in document order of the checklist.
    pub const ALL: [Kind; 3] = [Kind::Evidence, Kind::LegalBasis, Kind::Discretion];

    fn index(self) -> usize {
        match self {
            Kind::Evidence => 0,
            Kind::LegalBasis => 1,
            Kind::Discretion => 2,
        }
    }
}

/// What a sentence is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// One of the three sections.
    Reason(Kind),
    /// The notice / statement / hearing narrative (陈述申辩、听证).
    Statement,
    /// The operative decision (`本局决定对你单位作出如下行政处罚`).
    Decision,
    /// States the provisions violated or applied (`违反了《…》第…条的规定，依据…`): the 依据选择
    /// section when it stands among other reasoning, the bare 违则/罚则 element otherwise.
    Basis,
    /// Nothing in particular.
    Neutral,
}

/// A sentence of the canonical text.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    /// Trimmed span, including the closing `。`.
    pub span: Span,
    /// Index of its paragraph.
    pub para: usize,
    /// What it is about.
    pub class: Class,
}

/// How a section was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// Under a heading or title of its own.
    Heading,
    /// Sentences in running text.
    Embedded,
}

/// A located section.
#[derive(Debug, Clone)]
pub struct Found {
    /// Which section.
    pub kind: Kind,
    /// Its text (canonical spans, trimmed, in order).
    pub spans: Vec<Span>,
    /// The heading or title line, when under one.
    pub heading: Option<Span>,
    /// Heading or prose.
    pub how: How,
}

impl Found {
    /// True when a heading stands there with nothing under it.
    pub fn is_empty(&self) -> bool {
        self.spans.iter().all(Span::is_empty)
    }
}

/// Everything the locator learnt about the document.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The sections, indexed by [`Kind`] (`None` when absent).
    pub found: [Option<Found>; 3],
    /// Every sentence of the document.
    pub sentences: Vec<Sentence>,
}

impl Layout {
    /// The located section of `kind`.
    pub fn get(&self, kind: Kind) -> Option<&Found> {
        self.found[kind.index()].as_ref()
    }
}

/// What a heading title announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Title {
    Reason(Kind),
    Umbrella,
    Other,
}

fn strip_title(t: &str) -> &str {
    t.trim().trim_end_matches([':', ' '])
}

/// Classifies a heading title. Titles that name the list of evidence (`二、证据`) or the cited
/// provisions (`三、违法条款和处罚依据`) are not reasoning sections.
fn classify_title(title: &str) -> Title {
    classify_title_with(title, true)
}

/// `pairs`: also accept subject + word titles (`处罚依据及理由`); not for field labels, where
/// `罚款金额：5万元` is a field, not a section.
fn classify_title_with(title: &str, pairs: bool) -> Title {
    let t = strip_title(title);
    if t.is_empty() || t.chars().count() > 25 {
        return Title::Other;
    }
    let pair = |k: u8| {
        cues::TITLE_PAIRS.iter().any(|(subject, words, kind)| {
            pairs && *kind == k && t.contains(subject) && any_in(t, words)
        })
    };
    let ev = any_in(t, cues::EVIDENCE_TITLES) || pair(0);
    let lb = any_in(t, cues::LEGAL_BASIS_TITLES) || pair(1);
    let ds = any_in(t, cues::DISCRETION_TITLES) || pair(2);
    match (ev, lb, ds) {
        (true, false, false) => Title::Reason(Kind::Evidence),
        (false, true, false) => Title::Reason(Kind::LegalBasis),
        (false, false, true) => Title::Reason(Kind::Discretion),
        (false, false, false) if any_in(t, cues::UMBRELLA_TITLES) => Title::Umbrella,
        (false, false, false) => Title::Other,
        // `证据采信和法律适用`: several sections under one title.
        _ => Title::Umbrella,
    }
}

/// Labels that start the signature / contact block: a section body never runs into them.
const TAIL_LABELS: &[&str] = &[
    "执法人员",
    "联系地址",
    "本局地址",
    "机关地址",
    "联系电话",
    "咨询电话",
    "联系人",
    "承办人",
    "附件",
    "抄送",
];

/// Where a heading's body really ends: before the signature or contact block that follows the
/// last numbered heading.
fn cut_tail(doc: &Doc<'_>, body: Span) -> Span {
    let text = doc.text();
    let lines = doc.lines();
    // Only the lines inside the body (lines are sorted): linear in the body, not the document.
    let first = lines.partition_point(|l| l.span.start <= body.start);
    for l in &lines[first..] {
        if l.span.start >= body.end {
            break;
        }
        let s = &text[l.span.start..l.span.end];
        let tail_label = TAIL_LABELS.iter().any(|t| s.starts_with(t));
        if tail_label || l.indent_chars >= 8 {
            let end = text[body.start..l.span.start].trim_end().len() + body.start;
            return Span::new(body.start, end);
        }
    }
    body
}

/// Paragraphs for sentence splitting: a line continues the one before when that one is running
/// text (20 characters or more, not ending a sentence) and this one is not indented and is not
/// a heading. Unlike the shared paragraph splitter, a long line that opens with a label
/// (`本局认为：…` hard-wrapped mid-word) still continues on the next line.
pub fn paragraphs(doc: &Doc<'_>) -> Vec<Span> {
    let text = doc.text();
    let mut out: Vec<Span> = Vec::new();
    let mut prev_open = false;
    let mut prev_end = 0;
    for l in doc.lines() {
        let s = &text[l.span.start..l.span.end];
        // A blank line always ends a paragraph.
        let blank_before = text[prev_end.min(l.span.start)..l.span.start]
            .matches('\n')
            .count()
            > 1;
        prev_end = l.span.end;
        let cont = prev_open && !blank_before && !l.indent && sections::heading_at(s).is_none();
        match out.last_mut() {
            Some(last) if cont => last.end = l.span.end,
            _ => out.push(l.span),
        }
        prev_open =
            !s.ends_with(['。', '!', '?', ':']) && s.chars().count() >= 20 && l.indent_chars < 8;
    }
    out
}

/// The paragraph (of [`paragraphs`]) that contains byte `at`.
fn paragraph_at(paras: &[Span], at: usize) -> Option<Span> {
    let i = paras.partition_point(|p| p.end <= at);
    paras.get(i).copied().filter(|p| p.start <= at)
}

/// A heading found in the document: where its line is, where its body is, what it announces.
struct Head {
    line: Span,
    body: Span,
    title: Title,
    /// Inline `关于依据选择：…` (the label belongs to the section text).
    inline_label: bool,
}

fn headings(doc: &Doc<'_>, paras: &[Span]) -> Vec<Head> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut heading_lines: Vec<usize> = Vec::new();
    for s in doc.sections() {
        heading_lines.push(s.line.start);
        let title = classify_title_with(s.title(text), s.kind != HeadingKind::Label);
        if title == Title::Other {
            continue;
        }
        if s.kind == HeadingKind::Label {
            // Labels: only the ones that are section titles (`关于处罚幅度:`); a label with its
            // text on the same line keeps the label as the opening of the section.
            if s.title(text).chars().count() > 12 {
                continue;
            }
            let inline = !text[s.body_span.start.min(s.line.end)..s.line.end]
                .trim()
                .is_empty();
            // An inline section runs to the end of its (hard-wrapped) paragraph.
            let body = if inline {
                let end = paragraph_at(paras, s.line.start).map_or(s.body_span.end, |p| p.end);
                Span::new(s.line.start, end.max(s.body_span.end))
            } else {
                s.body_span
            };
            out.push(Head {
                line: s.line,
                body: cut_tail(doc, body),
                title,
                inline_label: inline,
            });
        } else {
            out.push(Head {
                line: s.line,
                body: cut_tail(doc, s.body_span),
                title,
                inline_label: false,
            });
        }
    }
    // Bare title lines without a marker or colon: `证据采信理由`.
    crate::sort::by_key(&mut heading_lines, |&s| s as u128);
    let lines = doc.lines();
    for (i, l) in lines.iter().enumerate() {
        if heading_lines.binary_search(&l.span.start).is_ok() {
            continue;
        }
        let s = &text[l.span.start..l.span.end];
        if s.chars().count() > 14 || s.contains(['。', ',', '、', ';', '《']) {
            continue;
        }
        let title = classify_title(s);
        if title == Title::Other {
            continue;
        }
        // The body runs to the next heading of level ≤ 2, bare title or labelled section.
        let mut end = text.len();
        for n in &lines[i + 1..] {
            let ns = &text[n.span.start..n.span.end];
            let numbered = sections::heading_at(ns).is_some_and(|(k, _, _)| k.level() <= 2);
            let bare = ns.chars().count() <= 14
                && !ns.contains(['。', ',', '、', ';'])
                && classify_title(ns) != Title::Other;
            let titled_label = sections::label_at(ns)
                .is_some_and(|(len, _)| classify_title(&ns[..len]) != Title::Other);
            if numbered || bare || titled_label {
                end = n.span.start;
                break;
            }
        }
        let raw = &text[l.span.end..end];
        let lead = raw.len() - raw.trim_start().len();
        let body_start = l.span.end + lead;
        let body_end = body_start + raw.trim().len();
        out.push(Head {
            line: l.span,
            body: cut_tail(doc, Span::new(body_start, body_end.max(body_start))),
            title,
            inline_label: false,
        });
    }
    crate::sort::by_key(&mut out, |h| h.line.start as u128);
    out
}

/// Splits the document into sentences (at `。！？` and paragraph ends) and classifies them.
fn sentences(doc: &Doc<'_>, paras: &[Span]) -> Vec<Sentence> {
    let text = doc.text();
    let mut out = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        let para = &text[p.start..p.end];
        let lead = paragraph_lead(para);
        let mut start = 0;
        let push = |a: usize, b: usize, out: &mut Vec<Sentence>| {
            let s = &para[a..b];
            let l = s.len() - s.trim_start().len();
            let t = s.trim();
            if t.is_empty() {
                return;
            }
            let span = Span::new(p.start + a + l, p.start + a + l + t.len());
            let mut class = classify_sentence(t);
            if class == Class::Neutral && cites_basis(doc, span, t) {
                class = Class::Basis;
            }
            if let (Some(k), Class::Neutral | Class::Reason(_)) = (lead, class) {
                class = Class::Reason(k);
            }
            out.push(Sentence {
                span,
                para: pi,
                class,
            });
        };
        // Byte scan: `。` is E3 80 82 and cannot start inside another character.
        let b = para.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let end = match b[i] {
                b'!' | b'?' => i + 1,
                0xE3 if b.get(i + 1..i + 3) == Some(&[0x80, 0x82]) => i + 3,
                _ => {
                    i += 1;
                    continue;
                }
            };
            push(start, end, &mut out);
            start = end;
            i = end;
        }
        if start < para.len() {
            push(start, para.len(), &mut out);
        }
    }
    out
}

/// True when the sentence cites a provision (with an article) after 违反/依据/根据/依照/适用.
fn cites_basis(doc: &Doc<'_>, span: Span, t: &str) -> bool {
    if !any_in(
        t,
        &[
            "违反", "依据", "根据", "依照", "按照", "适用", "符合", "属于", "构成",
        ],
    ) {
        return false;
    }
    let o = doc.to_original(span);
    let cs = doc.citations();
    let i = cs.partition_point(|c| c.span.start < o.start);
    cs[i..]
        .iter()
        .take_while(|c| c.span.start < o.end)
        .any(|c| !c.provisions.is_empty())
}

/// A lead-in that puts the whole paragraph in one section: `关于依据选择：`, `对上述证据，`.
fn paragraph_lead(para: &str) -> Option<Kind> {
    let t = para.trim_start();
    // Skip a heading marker (`(一)`, `1.`).
    let t = match sections::heading_at(t) {
        Some((_, _, len)) => t[len..].trim_start(),
        None => t,
    };
    let head: String = t.chars().take(16).collect();
    if cues::EVIDENCE_LEADS.iter().any(|l| head.starts_with(l)) {
        return Some(Kind::Evidence);
    }
    if cues::LEGAL_BASIS_LEADS.iter().any(|l| head.starts_with(l)) {
        return Some(Kind::LegalBasis);
    }
    if cues::DISCRETION_LEADS.iter().any(|l| head.starts_with(l)) {
        return Some(Kind::Discretion);
    }
    None
}

/// What one sentence is about. Order matters: statements first (they mention 采纳 and 裁量
/// without being reasoning), then evidence, legal basis, discretion, and the decision last
/// (a discretion sentence often ends `本局决定…处以…罚款`).
pub fn classify_sentence(s: &str) -> Class {
    // Every list the classification reads, concatenated into one word set whose entries carry
    // their list's bit: one pass over the sentence tells which lists have a word in it.
    const STATEMENT: u32 = 1;
    const EVIDENCE: u32 = 2;
    const ADOPTION: u32 = 4;
    const LB_REASON: u32 = 8;
    const DS_WORD: u32 = 16;
    const DS_OPENING: u32 = 32;
    const FACTOR: u32 = 64;
    const DECISION: u32 = 128;
    const BOILERPLATE: u32 = 256;
    static LISTS: std::sync::OnceLock<(crate::text::words::WordSet, Vec<u32>)> =
        std::sync::OnceLock::new();
    let (set, tags) = LISTS.get_or_init(|| {
        let mut words: Vec<&'static str> = vec!["证据"];
        let mut tags: Vec<u32> = vec![EVIDENCE];
        let mut add = |list: &[&'static str], tag: u32| {
            words.extend_from_slice(list);
            tags.extend(std::iter::repeat_n(tag, list.len()));
        };
        add(cues::STATEMENT_WORDS, STATEMENT);
        for (_, _, kind_words) in cues::EVIDENCE_KINDS {
            add(kind_words, EVIDENCE);
        }
        add(cues::EVIDENCE_ADOPTION, ADOPTION);
        add(cues::LEGAL_BASIS_REASONS, LB_REASON);
        add(cues::DISCRETION_WORDS, DS_WORD);
        add(cues::DISCRETION_OPENINGS, DS_OPENING);
        add(cues::FACTOR_WORDS, FACTOR);
        add(cues::DECISION_OPENINGS, DECISION);
        add(cues::LEGAL_BASIS_BOILERPLATE, BOILERPLATE);
        (crate::text::words::WordSet::new(&words), tags)
    });
    let m = set.tags_in(s, 0, s.len(), tags);
    let has = |bit: u32| m & bit != 0;
    if has(STATEMENT) {
        return Class::Statement;
    }
    if has(EVIDENCE) && has(ADOPTION) {
        return Class::Reason(Kind::Evidence);
    }
    if has(LB_REASON) {
        return Class::Reason(Kind::LegalBasis);
    }
    if has(DS_WORD) || (has(DS_OPENING) && has(FACTOR)) {
        return Class::Reason(Kind::Discretion);
    }
    let short = s.chars().count() <= 40;
    if short && !s.contains('《') && !has(DECISION) && has(BOILERPLATE) {
        return Class::Reason(Kind::LegalBasis);
    }
    if has(DECISION) {
        return Class::Decision;
    }
    Class::Neutral
}

/// Locates the three sections.
pub fn locate(doc: &Doc<'_>) -> Layout {
    let text = doc.text();
    let paras = paragraphs(doc);
    let mut heads = headings(doc, &paras);
    let sentences = sentences(doc, &paras);
    // A heading of one section whose text argues both other sections too
    // (`四、处罚的理由和依据` over evidence, basis and discretion) is an umbrella.
    for h in &mut heads {
        let Title::Reason(kind) = h.title else {
            continue;
        };
        let mut others = [false; 3];
        // Sentences are in order: only those inside the body are read.
        let first = sentences.partition_point(|s| s.span.start < h.body.start);
        for s in sentences[first..]
            .iter()
            .take_while(|s| s.span.start < h.body.end)
        {
            if let (Class::Reason(k), true) = (s.class, s.span.end <= h.body.end) {
                if k != kind {
                    others[k.index()] = true;
                }
            }
        }
        if others.iter().filter(|x| **x).count() == 2 {
            h.title = Title::Umbrella;
        }
    }
    let mut found: [Option<Found>; 3] = [None, None, None];
    // Claimed: text under a heading of one of the three sections.
    let mut claimed: Vec<Span> = Vec::new();
    for h in &heads {
        let Title::Reason(kind) = h.title else {
            continue;
        };
        claimed.push(Span::new(h.line.start, h.body.end.max(h.line.end)));
        let heading = if h.inline_label { None } else { Some(h.line) };
        let body = h.body;
        let slot = &mut found[kind.index()];
        match slot {
            Some(f) if f.how == How::Heading => {
                if !body.is_empty() {
                    // A first empty heading of the same section gives way to this one.
                    if f.spans.len() == 1 && f.spans[0].is_empty() {
                        f.spans.clear();
                    }
                    f.spans.push(body);
                }
            }
            _ => {
                *slot = Some(Found {
                    kind,
                    spans: vec![body],
                    heading,
                    how: How::Heading,
                });
            }
        }
    }
    // A sentence stating the provisions is the 依据选择 section when it stands among reasoning:
    // under an umbrella heading (`四、说理`, `本机关认为：`) or in a paragraph with other
    // reasoning sentences.
    let umbrellas = Cover::new(
        heads
            .iter()
            .filter(|h| h.title == Title::Umbrella)
            .map(|h| h.body)
            .collect(),
    );
    let mut reasoning_para = vec![false; paras.len()];
    for s in &sentences {
        if let (Class::Reason(_), Some(f)) = (s.class, reasoning_para.get_mut(s.para)) {
            *f = true;
        }
    }
    let sentences: Vec<Sentence> = sentences
        .into_iter()
        .map(|mut s| {
            if s.class == Class::Basis {
                let in_reasoning = reasoning_para.get(s.para).copied().unwrap_or(false)
                    || umbrellas.contains(s.span);
                if in_reasoning {
                    s.class = Class::Reason(Kind::LegalBasis);
                }
            }
            s
        })
        .collect();
    let claimed = Cover::new(claimed);
    // Embedded: runs of sentences of one section outside the claimed headings.
    let mut groups: [Vec<Span>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    let mut current: Option<(Kind, usize)> = None; // kind and paragraph of the open run
    for s in &sentences {
        if claimed.contains(s.span) {
            current = None;
            continue;
        }
        let kind = match s.class {
            Class::Reason(k) => Some(k),
            // A plain sentence continues the run of its paragraph.
            Class::Neutral => current.filter(|&(_, p)| p == s.para).map(|(k, _)| k),
            Class::Statement | Class::Decision | Class::Basis => None,
        };
        let Some(kind) = kind else {
            current = None;
            continue;
        };
        let g = &mut groups[kind.index()];
        let joined = match (current, g.last_mut()) {
            (Some((k, _)), Some(last)) if k == kind => {
                let gap = &text[last.end.min(s.span.start)..s.span.start];
                if gap.trim().is_empty() {
                    last.end = s.span.end;
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if !joined {
            g.push(s.span);
        }
        current = Some((kind, s.para));
    }
    for kind in Kind::ALL {
        let g = std::mem::take(&mut groups[kind.index()]);
        if found[kind.index()].is_none() && !g.is_empty() {
            found[kind.index()] = Some(Found {
                kind,
                spans: g,
                heading: None,
                how: How::Embedded,
            });
        }
    }
    Layout { found, sentences }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of<'a>(doc: &'a Doc<'_>, f: &Found) -> Vec<&'a str> {
        f.spans
            .iter()
            .map(|s| &doc.text()[s.start..s.end])
            .collect()
    }

    #[test]
    fn titles() {
        assert_eq!(
            classify_title("证据采信理由"),
            Title::Reason(Kind::Evidence)
        );
        assert_eq!(
            classify_title("关于法律适用"),
            Title::Reason(Kind::LegalBasis)
        );
        assert_eq!(
            classify_title("法律适用说明"),
            Title::Reason(Kind::LegalBasis)
        );
        assert_eq!(
            classify_title("关于处罚幅度"),
            Title::Reason(Kind::Discretion)
        );
        assert_eq!(classify_title("裁量说明:"), Title::Reason(Kind::Discretion));
        assert_eq!(classify_title("说理部分"), Title::Umbrella);
        assert_eq!(classify_title("证据"), Title::Other);
        assert_eq!(classify_title("违法事实及证据"), Title::Other);
        assert_eq!(classify_title("违法条款和处罚依据"), Title::Other);
        assert_eq!(classify_title("法律依据"), Title::Other);
        assert_eq!(classify_title("陈述申辩和听证情况"), Title::Other);
        assert_eq!(
            classify_title("处罚依据及理由"),
            Title::Reason(Kind::LegalBasis)
        );
        assert_eq!(
            classify_title("证据的审查与认定"),
            Title::Reason(Kind::Evidence)
        );
        assert_eq!(
            classify_title("罚款数额的确定"),
            Title::Reason(Kind::Discretion)
        );
        assert_eq!(classify_title("行政处罚决定"), Title::Other);
        assert_eq!(classify_title("处罚决定"), Title::Other);
    }

    #[test]
    fn numbered_headings_and_sub_headings() {
        let t = "一、违法事实\n　　经查，你单位未设置警示标志。\n二、证据\n　　1．现场检查记录1份；\n四、说理\n（一）证据采信\n　　本局认为：现场检查记录合法有效，予以采信。\n（二）依据选择\n　　本案应当适用《安全生产法》第九十九条第一项。\n（三）自由裁量\n　　综合考虑初次违法，从轻处罚。\n五、处罚决定\n　　罚款一万元。\n";
        let doc = Doc::new(t);
        let l = locate(&doc);
        let ev = l.get(Kind::Evidence).unwrap();
        assert_eq!(ev.how, How::Heading);
        assert_eq!(
            text_of(&doc, ev),
            ["本局认为:现场检查记录合法有效,予以采信。"]
        );
        let lb = l.get(Kind::LegalBasis).unwrap();
        assert_eq!(
            text_of(&doc, lb),
            ["本案应当适用《安全生产法》第九十九条第一项。"]
        );
        let ds = l.get(Kind::Discretion).unwrap();
        assert_eq!(text_of(&doc, ds), ["综合考虑初次违法,从轻处罚。"]);
    }

    #[test]
    fn embedded_prose() {
        let t = "　　经查，你单位储存危险化学品未设专库。以上事实有现场检查记录等证据证实。\n　　对上述证据，本机关审查后认为，现场检查记录系两名执法人员依法制作，予以采信。\n　　关于依据选择：《中华人民共和国安全生产法》第六十五条第一款第（四）项明确授权查封。本案符合该条规定，故适用上述规定。\n　　涉案物品易燃易爆，采取查封措施是必要的。\n　　根据《中华人民共和国行政强制法》第二十四条的规定，本局决定对下列财物予以查封：\n";
        let doc = Doc::new(t);
        let l = locate(&doc);
        let ev = l.get(Kind::Evidence).unwrap();
        assert_eq!(ev.how, How::Embedded);
        assert!(text_of(&doc, ev)[0].starts_with("对上述证据"));
        let lb = l.get(Kind::LegalBasis).unwrap();
        let lbt = text_of(&doc, lb);
        assert_eq!(lbt.len(), 1);
        assert!(lbt[0].starts_with("关于依据选择:"));
        assert!(lbt[0].ends_with("故适用上述规定。"));
        let ds = l.get(Kind::Discretion).unwrap();
        assert_eq!(
            text_of(&doc, ds),
            ["涉案物品易燃易爆,采取查封措施是必要的。"]
        );
    }

    #[test]
    fn statements_and_decisions_are_not_reasoning() {
        assert_eq!(
            classify_sentence(
                "经复核，你单位提出的部分意见属实，本局予以部分采纳，并在裁量时予以考虑。"
            ),
            Class::Statement
        );
        assert_eq!(
            classify_sentence("本局决定对你单位作出如下行政处罚：罚款人民币一万元。"),
            Class::Decision
        );
        assert_eq!(
            classify_sentence("综合考虑违法情节，本局决定在上述幅度内处以一万元罚款。"),
            Class::Reason(Kind::Discretion)
        );
        assert_eq!(
            classify_sentence("当事人积极配合，如实陈述违法事实，可以从轻处罚。"),
            Class::Reason(Kind::Discretion)
        );
        assert_eq!(
            classify_sentence("本局依法采取行政强制措施。"),
            Class::Reason(Kind::LegalBasis)
        );
        assert_eq!(
            classify_sentence("上述违法事实有相关证据证实。"),
            Class::Neutral
        );
    }

    #[test]
    fn one_reasoning_paragraph_with_all_three() {
        let t = "行政处罚决定书\n　　经查，你单位未对从业人员进行安全生产教育和培训。\n　　本机关认为：当事人的上述行为有现场检查记录、询问笔录等证据证实，上述证据取得程序合法，内容客观真实，本机关予以采信。当事人的行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，依据《中华人民共和国安全生产法》第九十七条第三项的规定，应当予以处罚。鉴于当事人系初次违法，且积极配合调查，本机关决定从轻处以罚款人民币二万元。\n";
        let doc = Doc::new(t);
        let l = locate(&doc);
        let ev = text_of(&doc, l.get(Kind::Evidence).unwrap());
        assert!(
            ev[0].starts_with("本机关认为") && ev[0].ends_with("予以采信。"),
            "{ev:?}"
        );
        let lb = text_of(&doc, l.get(Kind::LegalBasis).unwrap());
        assert!(lb[0].starts_with("当事人的行为违反了"), "{lb:?}");
        let ds = text_of(&doc, l.get(Kind::Discretion).unwrap());
        assert!(ds[0].starts_with("鉴于"), "{ds:?}");
        // The same citation sentence standing alone is the 违则/罚则 element, not reasoning.
        let t = "行政处罚决定书\n三、违法条款和处罚依据\n　　你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，依据《中华人民共和国安全生产法》第九十七条第三项的规定，应当予以行政处罚。\n";
        let doc = Doc::new(t);
        assert!(locate(&doc).get(Kind::LegalBasis).is_none());
    }

    #[test]
    fn a_section_heading_over_all_three_is_an_umbrella() {
        let t = "四、处罚的理由和依据\n　　本局认为，现场检查记录、询问笔录来源合法，予以采信。当事人的行为违反了《中华人民共和国安全生产法》第四十五条的规定，本案应当适用《中华人民共和国安全生产法》第九十九条第五项。鉴于当事人系初次违法，从轻处罚。\n五、处罚决定\n";
        let doc = Doc::new(t);
        let l = locate(&doc);
        for k in Kind::ALL {
            assert_eq!(l.get(k).map(|f| f.how), Some(How::Embedded), "{k:?}");
        }
    }

    #[test]
    fn bare_title_and_label_sections() {
        let t = "证据采信理由\n　　现场照片客观反映了现场状况，予以采信。\n关于处罚幅度：当事人系初次违法，从轻处罚。\n执法人员：张三\n";
        let doc = Doc::new(t);
        let l = locate(&doc);
        let ev = l.get(Kind::Evidence).unwrap();
        assert_eq!(ev.how, How::Heading);
        assert_eq!(text_of(&doc, ev), ["现场照片客观反映了现场状况,予以采信。"]);
        let ds = l.get(Kind::Discretion).unwrap();
        assert_eq!(
            text_of(&doc, ds),
            ["关于处罚幅度:当事人系初次违法,从轻处罚。"]
        );
        assert!(l.get(Kind::LegalBasis).is_none());
    }

    #[test]
    fn empty_heading() {
        let t = "（一）证据采信\n（二）依据选择\n　　本案应当适用《安全生产法》第九十九条。\n";
        let doc = Doc::new(t);
        let l = locate(&doc);
        assert!(l.get(Kind::Evidence).unwrap().is_empty());
        assert!(!l.get(Kind::LegalBasis).unwrap().is_empty());
    }
}

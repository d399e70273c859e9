//! The line structure of a decision: which lines describe the party (its header block), which
//! describe the agency (its contact block, the officers), which are body text.
//!
//! The same phone format is the party's private number in the header and the agency's public
//! number in the footer; only this structure tells them apart. A short line with no side cue of
//! its own (`联系电话：…` on its own line) belongs to the side of the line above it, and a
//! contact line right after body text is the agency's footer.

use super::context::{is_han, sentence_start};
use super::lexicon::{self, Hit, Tag};
use super::names::Mention;
use super::Role;

/// Which side of the document a line (or a cue word) belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The party's header block (当事人, 法定代表人, 身份证…) or another private person.
    Private,
    /// The agency's block (本局, 执法人员, 咨询电话…).
    Agency,
    /// Body text (facts, reasoning): decided by the sentence, not the line.
    Body,
    /// A line with nothing to go on (title lines at the top).
    Neutral,
}

/// Side cues, as a domain expert reads them.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    // The agency's own block.
    ("本局", Tag::Zone(Side::Agency)),
    // The agency as a party's letter names it (你局作出的…, 你们局里的电话).
    ("你局", Tag::Zone(Side::Agency)),
    ("你们局", Tag::Zone(Side::Agency)),
    ("贵局", Tag::Zone(Side::Agency)),
    ("我局", Tag::Zone(Side::Agency)),
    ("本机关", Tag::Zone(Side::Agency)),
    ("本厅", Tag::Zone(Side::Agency)),
    ("执法人员", Tag::Zone(Side::Agency)),
    ("检查人员", Tag::Zone(Side::Agency)),
    ("执法证号", Tag::Zone(Side::Agency)),
    ("(执法证号", Tag::Zone(Side::Agency)),
    ("执法证件号", Tag::Zone(Side::Agency)),
    ("咨询电话", Tag::Zone(Side::Agency)),
    ("举报电话", Tag::Zone(Side::Agency)),
    ("投诉电话", Tag::Zone(Side::Agency)),
    ("监督电话", Tag::Zone(Side::Agency)),
    ("办公电话", Tag::Zone(Side::Agency)),
    ("值班电话", Tag::Zone(Side::Agency)),
    ("传真", Tag::Zone(Side::Agency)),
    // A box to tick on a form for service (☑电子邮箱：… □传真): a way of service, no one's.
    ("□传真", Tag::Zone(Side::Neutral)),
    ("☐传真", Tag::Zone(Side::Neutral)),
    ("☑传真", Tag::Zone(Side::Neutral)),
    ("■传真", Tag::Zone(Side::Neutral)),
    ("√传真", Tag::Zone(Side::Neutral)),
    ("网站标识码", Tag::Zone(Side::Agency)),
    ("发布机构", Tag::Zone(Side::Agency)),
    ("机关地址", Tag::Zone(Side::Agency)),
    ("本局地址", Tag::Zone(Side::Agency)),
    ("局地址", Tag::Zone(Side::Agency)),
    ("承办人", Tag::Zone(Side::Agency)),
    ("经办人", Tag::Zone(Side::Agency)),
    ("承办机构", Tag::Zone(Side::Agency)),
    // The agency as the collector of a fine (执收单位：某局 / 执收单位编码：… / 联系电话：…).
    ("执收单位", Tag::Zone(Side::Agency)),
    ("办案机构", Tag::Zone(Side::Agency)),
    // The party's block and other private persons.
    ("当事人", Tag::Zone(Side::Private)),
    ("被处罚人", Tag::Zone(Side::Private)),
    ("被处罚单位", Tag::Zone(Side::Private)),
    ("被检查单位", Tag::Zone(Side::Private)),
    ("被调取单位", Tag::Zone(Side::Private)),
    ("被检查人", Tag::Zone(Side::Private)),
    ("执法对象", Tag::Zone(Side::Private)),
    // A company's own accounts (its fine is paid from them, never into them).
    ("基本存款账户", Tag::Zone(Side::Private)),
    ("一般存款账户", Tag::Zone(Side::Private)),
    // 其手机号码为…: someone's own phone, whoever else the sentence names.
    ("其手机", Tag::Zone(Side::Private)),
    ("其电话", Tag::Zone(Side::Private)),
    ("其联系电话", Tag::Zone(Side::Private)),
    // The publication form's party (行政相对人名称 | 某).
    ("行政相对人", Tag::Zone(Side::Private)),
    ("姓名", Tag::Zone(Side::Private)),
    ("性别", Tag::Zone(Side::Private)),
    ("民族", Tag::Zone(Side::Private)),
    // A branch's or a street's name (农业银行南宁民族支行, 民族路): no particular of a person.
    ("民族支行", Tag::Zone(Side::Neutral)),
    ("民族路", Tag::Zone(Side::Neutral)),
    ("民族大道", Tag::Zone(Side::Neutral)),
    ("民族街", Tag::Zone(Side::Neutral)),
    ("出生日期", Tag::Zone(Side::Private)),
    ("出生年月", Tag::Zone(Side::Private)),
    ("身份证号", Tag::Zone(Side::Private)),
    // In parentheses after a name (`某某（身份证号：…）`), a cue for the name too.
    ("(身份证号", Tag::Zone(Side::Private)),
    ("身份证号码", Tag::Zone(Side::Private)),
    ("居民身份证号码", Tag::Zone(Side::Private)),
    ("公民身份号码", Tag::Zone(Side::Private)),
    ("法定代表人", Tag::Zone(Side::Private)),
    ("负责人", Tag::Zone(Side::Private)),
    ("经营者", Tag::Zone(Side::Private)),
    ("投资人", Tag::Zone(Side::Private)),
    ("证人", Tag::Zone(Side::Private)),
    ("被询问人", Tag::Zone(Side::Private)),
    ("陪同人员", Tag::Zone(Side::Private)),
    ("陪同检查人员", Tag::Zone(Side::Private)),
    // A law firm is never the agency: its address and phone are the agent's block.
    ("律师事务所", Tag::Zone(Side::Private)),
    ("律所地址", Tag::Zone(Side::Private)),
    ("律师执业证号", Tag::Zone(Side::Private)),
    ("陪同检查人", Tag::Zone(Side::Private)),
    ("住宅", Tag::Zone(Side::Private)),
    ("家庭", Tag::Zone(Side::Private)),
    ("户籍", Tag::Zone(Side::Private)),
    ("工作单位", Tag::Zone(Side::Private)),
    ("统一社会信用代码", Tag::Zone(Side::Private)),
    ("个体工商户", Tag::Zone(Side::Private)),
    ("经营场所", Tag::Zone(Side::Private)),
    ("个人", Tag::Zone(Side::Private)),
    ("本人", Tag::Zone(Side::Private)),
];

/// Words in the party header that show the party is a natural person.
const PERSON_HEADER: &[&str] = &[
    // 行政相对人类别 | 自然人, on a publication form.
    "自然人",
    "性别",
    "出生",
    "民族",
    "身份证",
    "身份号码",
    "姓名",
    "家庭住址",
    "住址",
];

/// One line of the canonical text.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    /// Start byte.
    pub start: usize,
    /// End byte (before the line break).
    pub end: usize,
    /// The side the line belongs to.
    pub side: Side,
    /// The line introduces the party's legal representative (法定代表人/负责人).
    pub legal_rep: bool,
    /// The line is in the block of the agency as a party to a dispute (答辩人（被告）：某县应急
    /// 管理局, 被申请人：…): its head, address and phone are the agency's.
    pub agency_party: bool,
}

/// Lines with their sides, and what the header says about the party.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The lines, in order.
    pub lines: Vec<Line>,
    /// The party's header says it is a natural person (性别/身份证/住址…).
    person_header: bool,
    /// [`addressed_to_person`] of the text, read when first needed (few documents ask).
    addressed: std::cell::Cell<Option<bool>>,
    /// Per line, the line of its table's head (see [`Layout::column_head`]), read when first
    /// needed.
    heads: std::cell::OnceCell<Vec<u32>>,
    /// The text has a tab or a bar, so it may hold a table ([`Layout::column`]).
    tables: bool,
    /// [`Layout::complaint_reply`], read when first needed.
    complaint: std::cell::Cell<Option<bool>>,
    /// The lines that head a table aligned with spaces (see [`Layout::column`]), found when
    /// first needed and then shared by every column read.
    spaced_heads: std::cell::OnceCell<Vec<usize>>,
    /// The lines with a 姓名 cue word, in order.
    name_lines: Vec<usize>,
    /// [`Layout::defence`], read when first needed.
    defence: std::cell::Cell<Option<bool>>,
}

/// A rule line: five or more of `-=_—─*` and nothing else but white space around them. One
/// walk that stops at the first other character (the first of almost every line).
fn is_separator(line: &str) -> bool {
    let b = line.as_bytes();
    let (mut i, mut n, mut trailing) = (0, 0, false);
    while let Some((c, len)) = crate::text::scan::decode(b, i) {
        if c.is_whitespace() {
            trailing = n > 0;
        } else if trailing || !matches!(c, '-' | '=' | '_' | '—' | '─' | '*') {
            return false;
        } else {
            n += 1;
        }
        i += len;
    }
    n >= 5
}

/// No table head for a line (see [`Layout::table_heads`]).
const NO_HEAD: u32 = u32::MAX;

/// Most rows read under one table head.
const MAX_ROWS: usize = 500;

/// Most columns of one head that [`Layout::column`] reads (a table of casualties and their next
/// of kin has two).
const MAX_COLUMNS: usize = 4;

/// The cells of the table row `text[start..end]`, trimmed (`None` when it is no row): columns
/// separated by tabs (a run of them is one separator) or by `|` bars (`│` in the original).
pub fn cells(text: &str, start: usize, end: usize) -> Option<Vec<crate::finding::Span>> {
    let line = &text[start..end];
    let b = line.as_bytes();
    // `│` reads as `|` in the canonical view.
    let bars = b.iter().filter(|&&x| x == b'|').count() >= 2;
    if !bars && !b.contains(&b'\t') {
        return None;
    }
    let mut out = Vec::new();
    let mut at = start;
    let sep = |c: char| {
        if bars {
            c == '|'
        } else {
            c == '\t'
        }
    };
    for (i, c) in line.char_indices().chain([(line.len(), '\t')]) {
        if i < line.len() && !sep(c) {
            continue;
        }
        let cell = &text[at..start + i];
        let lead = cell.len() - cell.trim_start().len();
        let trimmed = cell.trim();
        // Runs of tabs pad columns: an empty cell between tabs is no column.
        if !trimmed.is_empty() || bars {
            out.push(crate::finding::Span::new(
                at + lead,
                at + lead + trimmed.len(),
            ));
        }
        at = start + i + c.len_utf8();
    }
    Some(out)
}

/// The cells of a line aligned with spaces (`1     张建国  电焊工`): runs of two spaces or more
/// part them (one space may pad a name: `王 丽`). `None` for a line with a tab or a bar (those
/// are [`cells`]'s), and for one that does not part in two.
pub fn spaced_cells(text: &str, start: usize, end: usize) -> Option<Vec<crate::finding::Span>> {
    let line = &text[start..end];
    if line.contains(['\t', '|']) {
        return None;
    }
    let mut out = Vec::new();
    let mut rest = line.trim_end();
    let mut at = start + (line.len() - line.trim_start().len());
    rest = rest.trim_start();
    while !rest.is_empty() {
        let len = rest.find("  ").unwrap_or(rest.len());
        out.push(crate::finding::Span::new(at, at + len));
        let gap = rest[len..].len() - rest[len..].trim_start_matches(' ').len();
        at += len + gap;
        rest = &rest[len + gap..];
    }
    (out.len() >= 2).then_some(out)
}

/// The cells of a table's head aligned with spaces: as [`spaced_cells`], and a cell of words
/// parted by one space is as many cells (`序号　姓名`: one ideographic space is as wide as two);
/// a word padded to the column's width (`姓 名`) has one character between its spaces.
fn spaced_head_cells(text: &str, start: usize, end: usize) -> Option<Vec<crate::finding::Span>> {
    let cells = spaced_cells(text, start, end)?;
    let mut out = Vec::with_capacity(cells.len());
    for c in cells {
        let cell = &text[c.start..c.end];
        if !cell.contains(' ') || cell.split(' ').any(|w| w.chars().count() < 2) {
            out.push(c);
            continue;
        }
        let mut at = c.start;
        for w in cell.split(' ') {
            out.push(crate::finding::Span::new(at, at + w.len()));
            at += w.len() + 1;
        }
    }
    Some(out)
}

/// A row one cell short of its head because a long date or name left one space only before
/// the next cell (`6月10日 戴某`, `司马静怡 质检员`): that cell is cut at the space.
fn split_dated_cell(text: &str, row: &mut Vec<crate::finding::Span>) {
    let Some((k, sp)) = row.iter().enumerate().find_map(|(k, s)| {
        let cell = &text[s.start..s.end];
        let sp = cell.find(' ')?;
        let (left, right) = (&cell[..sp], &cell[sp + 1..]);
        let han = |s: &str, n: usize| {
            s.chars().count() >= n && s.chars().all(crate::redact::context::is_han)
        };
        let dated = left.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '日' | '号'))
            && left.contains(|c: char| c.is_ascii_digit());
        // Or a name as wide as its column (`司马静怡　质检员`: one ideographic space left);
        // a name padded inside its cell (`王 丽`) has one character before the space.
        let wide = han(left, 3) && han(right, 2);
        ((dated || wide) && !right.is_empty() && !right.contains(' ')).then_some((k, sp))
    }) else {
        return;
    };
    let s = row[k];
    row[k] = crate::finding::Span::new(s.start, s.start + sp);
    row.insert(k + 1, crate::finding::Span::new(s.start + sp + 1, s.end));
}

/// True for a column name of a table's head: a few Han characters, no value in it.
fn column_name(cell: &str) -> bool {
    let n = cell.chars().count();
    (1..=8).contains(&n)
        && cell
            .chars()
            .all(|c| c == ' ' || crate::redact::context::is_han(c))
}

/// True when the text before a 指定账户 names whose choice it is (乙方, 本人, 其): someone
/// else's account, not the agency's.
fn chosen_by_another(before: &str) -> bool {
    before.ends_with(['方', '人', '其', '户'])
}

/// The role of the person a line opens with (`见证人：某`, `当事人：某`), by its first cue word
/// when nothing but spaces stands before it; officers and a contact (联系人) do not say.
fn opening_role(text: &str, hits: &[Hit], l: &Line) -> Option<Role> {
    let h = lexicon::within(hits, l.start, l.end).first()?;
    if !text[l.start..h.start].trim().is_empty() {
        return None;
    }
    h.tags.iter().find_map(|t| match t {
        Tag::NameCue(c) if c.strong && !matches!(c.role, Role::Officer | Role::Unknown) => {
            Some(c.role)
        }
        _ => None,
    })
}

/// [`Layout::complaint_reply`], read from the lines.
fn complaint_reply(text: &str, lines: &[Line]) -> bool {
    let mut seen = 0;
    for l in lines {
        let line = &text[l.start..l.end];
        if crate::text::scan::is_blank(line) {
            continue;
        }
        let complaint = ["举报", "投诉", "信访"].iter().any(|w| line.contains(w));
        // 举报奖励决定书 speaks to the whistleblower as a reply does.
        let reply = ["告知", "答复", "回复", "处理意见", "奖励"]
            .iter()
            .any(|w| line.contains(w));
        if complaint && reply {
            return true;
        }
        seen += 1;
        if seen == 4 {
            return false;
        }
    }
    false
}

/// True when the document speaks to its party as 你 (对你作出…，你应当…) and never as 你单位,
/// 你公司, 你厂…: a decision addressed to a natural person, even without a header block.
fn addressed_to_person(text: &str) -> bool {
    let mut person = false;
    // Read once per document at most, and only when an address asks: the plain search will do.
    for (at, _) in text.match_indices('你') {
        let next = text[at + '你'.len_utf8()..].chars().next().unwrap_or(' ');
        // 你单位, 你公司…; 你局, 你院, 你委, 你镇: a body (an agency written to by another).
        if "单公厂店企司部场社队局院委办所站处镇乡村校会".contains(next) {
            return false;
        }
        // 你们, 你方: could be anyone.
        person |= !"们方".contains(next);
    }
    person
}

/// A paragraph of running text: ends with a full stop, or has several commas (a paragraph
/// broken across lines). Length is not used: masking changes it, and a second pass must read
/// the same structure.
fn is_body(line: &str) -> bool {
    let t = crate::text::scan::trim_end(line).as_bytes();
    crate::text::scan::ends_at(t, t.len(), "。")
        || commas_at_least_two(t)
        // A sentence that introduces a list (`经查询，其名下财产如下：`, `以上事实有下列证据
        // 证明：`): a label has no comma, nor says that what follows is evidence or problems
        // (a person's contacts 如下 are a label's).
        || (t.last() == Some(&b':')
            && (commas_at_least_one(t)
                || (["下列", "如下", "以下"]
                    .iter()
                    .any(|w| crate::text::scan::find_word(t, 0, w).is_some())
                    && ["证据", "证明", "问题", "隐患", "事实"]
                        .iter()
                        .any(|w| crate::text::scan::find_word(t, 0, w).is_some()))))
}

/// Fields of a firm's register entry, whose values may be sentences.
const REGISTER_FIELDS: &[&str] = &["经营范围", "主营业务", "经营项目", "许可项目", "一般项目"];

/// True when `line` opens with a field of a firm's register entry and its colon.
pub(crate) fn register_field(line: &str) -> bool {
    let t = line.trim_start();
    // (A look at the first character first: this runs for every line.)
    if !t.starts_with(['经', '主', '许', '一']) {
        return false;
    }
    REGISTER_FIELDS.iter().any(|w| {
        t.strip_prefix(w)
            .is_some_and(|r| r.starts_with([':', '：']))
    })
}

/// True when every cell of `row` is blank.
fn is_blank_row(text: &str, row: &[crate::finding::Span]) -> bool {
    row.iter()
        .all(|c| crate::text::scan::trim(&text[c.start..c.end]).is_empty())
}

/// True when `b` holds two or more commas (`,` or `，`). A byte scan: UTF-8 is
/// self-synchronising, so `EF BC 8C` occurs only as `，` (a `str::matches` over every line was
/// 5% of the instructions of a masking run).
fn commas_at_least_two(b: &[u8]) -> bool {
    commas(b, 2)
}

/// True when `b` holds a comma.
fn commas_at_least_one(b: &[u8]) -> bool {
    commas(b, 1)
}

/// True when `b` holds `want` or more commas.
fn commas(b: &[u8], want: usize) -> bool {
    use crate::text::scan::{bytes_equal, word_at};
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        // Eight bytes at a time while none of them can end a comma (`,` or the 8C of `，`).
        if let Some(w) = word_at(b, i) {
            if bytes_equal(w, b',') | bytes_equal(w, 0x8C) == 0 {
                i += 8;
                continue;
            }
        }
        let x = b[i];
        if x == b',' || (x == 0x8C && i >= 2 && b[i - 2] == 0xEF && b[i - 1] == 0xBC) {
            n += 1;
            if n == want {
                return true;
            }
        }
        i += 1;
    }
    false
}

impl Layout {
    /// Reads the lines of `text`, which has its line breaks at `newlines` (in order), using
    /// the side cues among `hits`; `tables`: the text has a tab or a `|`.
    pub fn new(text: &str, hits: &[Hit], newlines: &[usize], tables: bool) -> Self {
        let mut lines = Vec::with_capacity(newlines.len() + 1);
        let mut start = 0;
        for end in newlines.iter().copied().chain([text.len()]) {
            lines.push(Line {
                start,
                end,
                side: Side::Neutral,
                legal_rep: false,
                agency_party: false,
            });
            start = end + 1;
        }
        let mut prev = Side::Neutral;
        // The last line read was running text that introduces what follows (`…转入乙方指定
        // 账户：`), not a way to reach the agency (请联系：).
        let mut introduces = false;
        let mut party_person = false;
        let mut seen_body = false;
        // Inside the block of the agency as a party (see [`Line::agency_party`]).
        let mut agency_block = false;
        // The line above was the agency's letterhead, or one of its contact lines.
        let mut under_letterhead = false;
        // The last line read was a section's title (`五、家属签字情况`) after the body.
        let mut prev_title = false;
        // The first hit not before the current line (lines and hits are both in text order).
        let mut first = 0;
        // Lines with a 姓名 cue word: the heads a table aligned with spaces may have.
        let mut name_lines = Vec::new();
        for (li, line) in lines.iter_mut().enumerate() {
            let s = &text[line.start..line.end];
            if crate::text::scan::is_blank(s) {
                under_letterhead = false;
                // The next block is not the agency's for following its block.
                if agency_block {
                    prev = Side::Neutral;
                }
                agency_block = false;
                continue;
            }
            // One walk over the line's cue words for the three questions.
            let (mut agency, mut private) = (false, false);
            // The line opens with a private label (当事人：, 法定代表人：…).
            let mut private_label = false;
            while hits.get(first).is_some_and(|h| h.start < line.start) {
                first += 1;
            }
            let on_line = hits.get(first..).unwrap_or_default();
            for h in on_line.iter().take_while(|h| h.start < line.end) {
                if matches!(h.word, "姓名" | "客户姓名" | "用户姓名")
                    && name_lines.last() != Some(&li)
                {
                    name_lines.push(li);
                }
                for t in h.tags {
                    match t {
                        Tag::Zone(Side::Agency) => agency = true,
                        Tag::Zone(Side::Private) => {
                            private = true;
                            private_label |= text.as_bytes().get(h.end) == Some(&b':')
                                && text.as_bytes()[line.start..h.start]
                                    .iter()
                                    .all(|&c| c == b' ' || c == b'\t');
                        }
                        _ => {}
                    }
                }
                if matches!(h.word, "法定代表人" | "负责人" | "投资人" | "经营者") {
                    line.legal_rep = true;
                }
            }
            // A firm's particulars end with a full stop and are still no running text
            // (`经营范围：铝合金轮毂的加工、销售。` over its bank account): no footer follows
            // them, and no one's header is read in their words (民族服饰销售).
            if register_field(s) {
                // (Within the party's block, of it.)
                line.side = if prev == Side::Private {
                    Side::Private
                } else {
                    Side::Neutral
                };
                prev = line.side;
                agency_block = false;
                continue;
            }
            let body = is_body(s);
            // The block goes on over the lines of an organisation's particulars (住所, 负责人,
            // 联系电话…); any other line (the other party: 申请人：某, 姓名…) ends it.
            // The agency's own contact (联系人：某　联系电话：…) is one of its particulars.
            // So is its agent when his post is the agency's (委托代理人：某，某应急管理局法规股股长).
            let particulars = || {
                s.find(':').is_some_and(|c| {
                    let label = crate::text::scan::trim(&s[..c]);
                    ORG_PARTICULARS.contains(&label)
                        || label == "联系人"
                        // (A sender's: 寄件地址, 寄件电话 under 寄件单位：某局.)
                        || (label.starts_with("寄件") && label.ends_with(['址', '话', '人']))
                        || (matches!(label, "委托代理人" | "代理人")
                            && super::names::agency_name_set()
                                .all_in_indexed(s, c, s.len())
                                .iter()
                                .any(|&(k, _, _)| {
                                    !matches!(
                                        super::names::AGENCY_NAMES.get(usize::from(k)),
                                        Some(&("本局" | "我局"))
                                    )
                                }))
                })
            };
            let was_block = agency_block;
            // Also after a body: a second document in the same text (催告书, then 强制执行申请书).
            // The opening line may be a running line of particulars (被申请人：某局，住所：…。).
            agency_block = agency_party_opens(s, body) || (!body && agency_block && particulars());
            // A line that ends the block opens the other party's: it does not carry on the
            // agency's side.
            if was_block && !agency_block {
                prev = Side::Private;
            }
            if agency_block {
                line.side = Side::Agency;
                line.agency_party = true;
                prev = Side::Agency;
                continue;
            }
            // After the body, a line that starts with an enforcement agency's name (某县应急管理局
            // over its address and phone) is the agency's own block. Read only at the start of
            // lines that are not running text: the search is a walk over what it reads.
            // Before the body, a line that is the agency's name alone (its letterhead, over
            // its address and phone).
            let letterhead = !seen_body && !private && !body && lone_agency(s);
            let agency = agency
                || (seen_body && !private && !body && {
                    // From the first character: a seal line is often set far to the right.
                    let from = line.end - s.trim_start().len();
                    let head = super::context::floor_char(text, line.end.min(from + 48));
                    crate::text::words::word_set!(super::names::AGENCY_NAMES)
                        .occurs(text, from, head)
                });
            // A header line that runs on with commas (法定代表人：某，身份证号码：…，联系电话：…)
            // is still the party's block, not running text.
            line.side = if body && (agency || !private_label) {
                Side::Body
            } else if agency {
                Side::Agency
            } else if under_letterhead
                && AGENCY_CONTACT_LABELS
                    .iter()
                    .any(|w| s.trim_start().starts_with(w))
            {
                // The letterhead's own address and phone, right under it.
                Side::Agency
            } else if private
                && seen_body
                && prev == Side::Agency
                && AGENCY_CONTACT_LABELS
                    .iter()
                    .any(|w| s.trim_start().starts_with(w))
            {
                // Contact lines under the agency's seal and date, at the end of a decision
                // (联系地址：… / 联系电话：…): the agency's own.
                Side::Agency
            } else if private {
                Side::Private
            } else if is_separator(s) {
                Side::Agency
            } else if prev == Side::Body
                && (introduces || {
                    // An item number starts with a digit or a bracket (a cheap look first).
                    let t = s.trim_start();
                    t.starts_with(|c: char| {
                        c.is_ascii_digit() || matches!(c, '(' | '（' | '０'..='９')
                    }) && crate::text::sections::is_item_number(t)
                })
            {
                // What a sentence introduced, or an item of a list in running text (`4．某银行
                // 某支行 6214…；`): not a footer.
                Side::Body
            } else if (prev == Side::Body || (prev == Side::Agency && prev_title)) && {
                let t = s.trim_start();
                let bars = t.bytes().filter(|&b| b == b'|').count();
                // (Or cells parted by tabs, three or more: `序号	反映人	房号	联系电话`.)
                let tabs = t.bytes().filter(|&b| b == b'\t').count();
                t.starts_with('|')
                    || ((bars >= 2 || tabs >= 2)
                        && cells(text, line.start, line.end).is_some_and(|row| {
                            let head = row.iter().all(|c| {
                                AGENCY_TABLE_HEADS
                                    .contains(&crate::text::scan::trim(&text[c.start..c.end]))
                            });
                            // (Fields parted by tabs, `联系人：某\t联系电话：…`, are a form's
                            // line, the agency's under its decision: no row.)
                            let fields = tabs >= 2
                                && row.iter().all(|c| text[c.start..c.end].contains(':'))
                                && row.first().is_some_and(|c| {
                                    let v = &text[c.start..c.end];
                                    let label =
                                        crate::text::scan::trim(&v[..v.find(':').unwrap_or(0)]);
                                    matches!(
                                        label,
                                        "联系人"
                                            | "承办人"
                                            | "经办人"
                                            | "联系电话"
                                            | "电话"
                                            | "地址"
                                            | "联系地址"
                                            | "办公地址"
                                            | "邮编"
                                            | "传真"
                                    )
                                });
                            !head && !fields
                        }))
            } {
                // A table's row after running text (a list of persons, a sales notebook's
                // `序号 | 日期 | 购买人 | …` and its rows) is no footer: its cells say whose they
                // are. (The agency's contact table, `联系人 | 联系电话 | 地址`, is.) So is a
                // table under a line that took the footer's side only for following the body
                // (a section's title: `五、家属签字情况`), not the rows of the agency's own.
                Side::Neutral
            } else {
                match prev {
                    Side::Body | Side::Agency => Side::Agency,
                    Side::Private => Side::Private,
                    Side::Neutral => Side::Neutral,
                }
            };
            if line.side == Side::Body {
                seen_body = true;
            }
            // (A title that took the footer's side for following the body, naming no agency.)
            prev_title = tables
                && line.side == Side::Agency
                && !agency
                && matches!(
                    crate::text::sections::heading_at(s.trim_start()),
                    Some((
                        crate::text::sections::HeadingKind::Chinese
                            | crate::text::sections::HeadingKind::ParenChinese,
                        _,
                        _
                    ))
                );
            if !party_person
                && !seen_body
                && line.side == Side::Private
                && crate::text::words::word_set!(PERSON_HEADER).occurs(text, line.start, line.end)
            {
                party_person = true;
            }
            // What it introduced goes on over the lines it made body text (户名 / 开户行 /
            // 账号), and ends at the next line of running text.
            let continued = line.side == Side::Body && introduces && !body;
            prev = line.side;
            // (Only its contact lines, right under it, carry it on: not a title, not a gap.)
            under_letterhead = letterhead || (under_letterhead && line.side == Side::Agency);
            introduces = continued
                || (line.side == Side::Body && {
                    let t = crate::text::scan::trim_end(s);
                    t.ends_with(':')
                        && !["联系", "咨询", "询问", "地址", "电话"]
                            .iter()
                            .any(|w| t.contains(w))
                });
        }
        Layout {
            lines,
            person_header: party_person,
            addressed: std::cell::Cell::new(None),
            heads: std::cell::OnceCell::new(),
            tables,
            complaint: std::cell::Cell::new(None),
            defence: std::cell::Cell::new(None),
            spaced_heads: std::cell::OnceCell::new(),
            name_lines,
        }
    }

    /// The party is a natural person: its header says so, or the document (`text`, the one
    /// this layout was read from) speaks to it as 你.
    pub fn party_person(&self, text: &str) -> bool {
        self.person_header
            || self.addressed.get().unwrap_or_else(|| {
                let a = addressed_to_person(text);
                self.addressed.set(Some(a));
                a
            })
    }

    /// The document answers a complaint (举报核查处理告知书, 投诉答复书…): its title, in the first
    /// lines of `text` (the text this layout was read from), names a complaint and a reply.
    /// Such a document speaks to the complainant, who is not the party of any case. Read once,
    /// when first asked.
    pub fn complaint_reply(&self, text: &str) -> bool {
        self.complaint_reply_cached(text)
    }

    /// True when the text is the agency's defence in an action against it (答辩状, 答辩人):
    /// its 原告 is the party of the case. Read once, when first asked.
    pub fn defence(&self, text: &str) -> bool {
        self.defence.get().unwrap_or_else(|| {
            let d = crate::text::scan::find_word(text.as_bytes(), 0, "答辩").is_some();
            self.defence.set(Some(d));
            d
        })
    }

    fn complaint_reply_cached(&self, text: &str) -> bool {
        self.complaint.get().unwrap_or_else(|| {
            let c = complaint_reply(text, &self.lines);
            self.complaint.set(Some(c));
            c
        })
    }

    /// The columns of the tables of `text` (the text this layout was read from) headed by one of
    /// `heads`: for each head row with such cells (and, when `persons`, a cell of the heads of
    /// a table of persons: 姓名, 身份证号…), `each` gets the head, the head word and that
    /// column's cell in every row below, row by row, up to the first line that is no row
    /// (four such columns of a head at most). Not generic: one copy of the walk
    /// serves every caller.
    pub fn column(
        &self,
        text: &str,
        heads: &[&'static str],
        persons: bool,
        each: &mut dyn FnMut(&[crate::finding::Span], &'static str, crate::finding::Span),
    ) {
        // A head padded to the column's width (`姓　名`) is the word.
        let word = |s: &crate::finding::Span, words: &[&'static str]| {
            let cell = &text[s.start..s.end];
            words.iter().copied().find(|w| {
                *w == cell || (cell.contains(' ') && cell.split(' ').collect::<String>() == **w)
            })
        };
        // Every such column of a head (a table of casualties and their next of kin: 患者 |
        // 到院家属).
        let find = |head: &[crate::finding::Span]| -> Vec<(usize, &'static str)> {
            if persons && !head.iter().any(|s| word(s, PERSON_COLUMNS).is_some()) {
                return Vec::new();
            }
            // (A few: a reader of a cell may read the head again, and a head of hundreds of
            // such columns is no table.)
            head.iter()
                .enumerate()
                .filter_map(|(i, s)| word(s, heads).map(|w| (i, w)))
                .take(MAX_COLUMNS)
                .collect()
        };
        // The rows under a head from line `i` on, split as the head was; the line after them.
        let mut rows = |mut i: usize,
                        split: fn(&str, usize, usize) -> Option<Vec<crate::finding::Span>>,
                        head: &[crate::finding::Span],
                        found: &[(usize, &'static str)]| {
            let mut n = 0;
            while let Some(r) = self.lines.get(i).filter(|_| n < MAX_ROWS) {
                let row = split(text, r.start, r.end).or_else(|| {
                    // A note between two rows (（语音转文字：…）) does not end the table.
                    let next = self.lines.get(i + 1)?;
                    let row = split(text, next.start, next.end).filter(|x| {
                        x.len() == head.len() && text[r.start..r.end].trim_start().starts_with('(')
                    })?;
                    i += 1;
                    Some(row)
                });
                let Some(mut row) = row else {
                    break;
                };
                if row.len() + 1 == head.len() {
                    split_dated_cell(text, &mut row);
                }
                i += 1;
                n += 1;
                // A rule under the head (`|------|------|`) is no row of values.
                let rule = |c: &crate::finding::Span| {
                    crate::text::scan::trim(&text[c.start..c.end])
                        .chars()
                        .all(|x| matches!(x, '-' | ':' | '=' | '—' | '─'))
                };
                if row.iter().all(rule) && !is_blank_row(text, &row) {
                    continue;
                }
                // (Each row split once for all the columns asked for: a head of many such
                // columns costs no pass over the rows per column.)
                for &(col, w) in found {
                    if let Some(&cell) = row.get(col) {
                        each(head, w, cell);
                    }
                }
            }
            i
        };
        // Without a tab or a bar no line is a row of such a table: most documents skip this.
        if self.tables {
            let mut i = 0;
            while let Some(l) = self.lines.get(i) {
                i += 1;
                let Some(head) = cells(text, l.start, l.end) else {
                    continue;
                };
                let found = find(&head);
                if !found.is_empty() {
                    i = rows(i, cells, &head, &found);
                }
            }
        }
        // A table aligned with spaces only is read under a head of column names with a 姓名
        // among them (a form's `姓名    张三` is no head: it has a value in it).
        let mut after = 0;
        for &i in self.spaced_heads(text) {
            if i < after {
                continue;
            }
            let l = &self.lines[i];
            let Some(head) = spaced_head_cells(text, l.start, l.end) else {
                continue;
            };
            let found = find(&head);
            if !found.is_empty() {
                after = rows(i + 1, spaced_cells, &head, &found);
            }
        }
    }

    /// The lines that head a table aligned with spaces: column names only, three or more,
    /// one of them holding 姓名.
    fn spaced_heads(&self, text: &str) -> &[usize] {
        self.spaced_heads.get_or_init(|| {
            self.name_lines
                .iter()
                .copied()
                .filter(|&i| {
                    let l = &self.lines[i];
                    spaced_head_cells(text, l.start, l.end).is_some_and(|h| {
                        h.len() >= 3 && h.iter().all(|s| column_name(&text[s.start..s.end]))
                    })
                })
                .collect()
        })
    }

    /// True when the text has a tab or a `|`: some line may be a table's row.
    pub fn has_tables(&self) -> bool {
        self.tables
    }

    /// The index of the line holding byte `pos`.
    pub fn line_index(&self, pos: usize) -> usize {
        self.lines
            .partition_point(|l| l.end < pos)
            .min(self.lines.len().saturating_sub(1))
    }

    /// The line holding byte `pos`.
    pub fn line_at(&self, pos: usize) -> Option<&Line> {
        self.lines.get(self.line_index(pos))
    }

    /// The cell right below the one holding byte `pos`: the same column's cell in the next line,
    /// when both lines are rows of three cells or more, as many each (a table's head over its
    /// first row, not a form of label and value cells).
    pub fn cell_below(&self, text: &str, pos: usize) -> Option<crate::finding::Span> {
        let i = self.line_index(pos);
        let (l, next) = (self.lines.get(i)?, self.lines.get(i + 1)?);
        let row = cells(text, l.start, l.end)?;
        let below = cells(text, next.start, next.end)?;
        if row.len() < 3 || row.len() != below.len() {
            return None;
        }
        let col = row.iter().position(|c| c.start <= pos && pos < c.end)?;
        below.get(col).copied()
    }

    /// The head of the table column holding byte `pos` (a cell of a row parted by bars or
    /// tabs): the same column's cell in the head row of its table (a row that names its
    /// columns, over rows of as many cells), found once per text.
    pub fn column_head<'t>(&self, text: &'t str, pos: usize) -> Option<&'t str> {
        let i = self.line_index(pos);
        let heads = self.heads.get_or_init(|| self.table_heads(text));
        let h = *heads.get(i)? as usize;
        if h == i || h == NO_HEAD as usize {
            return None;
        }
        let (l, hl) = (self.lines.get(i)?, self.lines.get(h)?);
        let col = cells(text, l.start, l.end)?
            .iter()
            .position(|c| c.start <= pos && pos < c.end)?;
        let c = *cells(text, hl.start, hl.end)?.get(col)?;
        Some(&text[c.start..c.end])
    }

    /// Per line, the line of its table's head: a row without digits (a head names its
    /// columns) over rows of as many cells (data rows, which hold numbers); [`NO_HEAD`] for
    /// lines that are no rows or have no head above them. One pass over the lines: a table of
    /// any size costs one split per row.
    fn table_heads(&self, text: &str) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.lines.len());
        let mut prev: Option<usize> = None;
        for (i, l) in self.lines.iter().enumerate() {
            // A row is short; a longer line is running text whatever it holds.
            let row = (l.end - l.start <= 4000)
                .then(|| cells(text, l.start, l.end))
                .flatten();
            let n = row.as_ref().map(Vec::len);
            // A head names its columns: no digits, no mask a pass put there ([手机号码]), no
            // empty value (无, —).
            let names_columns = row.as_ref().is_some_and(|r| {
                !text.as_bytes()[l.start..l.end]
                    .iter()
                    .any(|b| b.is_ascii_digit() || *b == b'[')
                    && r.iter()
                        .all(|c| !matches!(&text[c.start..c.end], "无" | "—" | "-" | "/" | ""))
            });
            let head = match n {
                None => NO_HEAD,
                Some(_) if names_columns => i as u32,
                Some(_) if n == prev => out.last().copied().unwrap_or(NO_HEAD),
                Some(_) => NO_HEAD,
            };
            prev = n;
            out.push(head);
        }
        out
    }

    /// The side of the line holding byte `pos`.
    pub fn side_at(&self, pos: usize) -> Side {
        self.line_at(pos).map_or(Side::Neutral, |l| l.side)
    }

    /// Who owns a number or address at `pos`: the nearest owner cue in the sentence before it
    /// (a person's name, a role word, an agency word, or one of `agency_words`), else the side
    /// of its line.
    pub fn owner(
        &self,
        text: &str,
        hits: &[Hit],
        people: &[Mention],
        pos: usize,
        agency_words: &[&str],
    ) -> Role {
        if self.line_at(pos).is_some_and(|l| l.agency_party) || agency_particular(text, hits, pos) {
            return Role::Agency;
        }
        // Bounded by the sentence, not by a character count: masking changes lengths, and a
        // second pass must read the same owner.
        let from = sentence_start(text, pos, 300);
        let mut best: Option<(usize, Role)> = None;
        // With explicit agency words (财政…), only they make an item the agency's: an officer
        // named earlier in the sentence does not own a bank account.
        let words_only = !agency_words.is_empty();
        let mut consider = |at: usize, role: Role| {
            if words_only && matches!(role, Role::Agency | Role::Officer) {
                return;
            }
            if best.is_none_or(|(b, _)| at >= b) {
                best = Some((at, role));
            }
        };
        let i = people.partition_point(|m| m.span.end < from);
        let mut named = false;
        for m in people[i..].iter().take_while(|m| m.span.end <= pos) {
            consider(m.span.end, m.role);
            named = true;
        }
        for h in lexicon::within(hits, from, pos) {
            if h.end > pos {
                continue;
            }
            // A form's field (`经办人手机：…`) whose last name was a firm's clerk (`经办人：某
            // 职务：行政经理`, see `persons::Registry::build`): his.
            if crate::redact::persons::WEAK_OFFICER.contains(&h.word) {
                let before = &people[..people.partition_point(|m| m.span.start < h.start)];
                // (Its own name's, on its line or the one above: not a firm's clerk named
                // before the agency's own 经办人电话 under its seal.)
                let line = self.line_index(h.start);
                let near = self
                    .lines
                    .get(line.saturating_sub(1))
                    .map_or(0, |l| l.start);
                let last = before
                    .iter()
                    .rev()
                    .take_while(|m| m.span.start >= near)
                    .find(|m| m.cue == h.word);
                if let Some(m) = last.filter(|m| m.role != Role::Officer) {
                    consider(h.end, m.role);
                    continue;
                }
            }
            for t in h.tags {
                match t {
                    // A job title that names no one (`某执法大队副大队长，联系电话…`) is an
                    // apposition: it does not say whose the number is.
                    // (People are in text order: only those starting by h.end + 6 are read.)
                    // (东莞市长安医院: no mayor.)
                    Tag::NameCue(_) if super::context::title_in_place(text, h) => {}
                    Tag::NameCue(c)
                        if !c.strong
                            && !people[i..]
                                .iter()
                                .take_while(|m| m.span.start <= h.end + 6)
                                .any(|m| (h.end..=h.end + 6).contains(&m.span.start)) => {}
                    Tag::NameCue(c) => consider(h.end, c.role),
                    Tag::Zone(Side::Agency) => consider(h.end, Role::Agency),
                    // A header word (身份证号码, 住址) says "the party's" only when no one is
                    // named before it in the sentence: `证人何某（身份证号码…）` is the witness's.
                    Tag::Zone(Side::Private) if h.word != "统一社会信用代码" && !named => {
                        // Whose the block is; a legal representative named in a line about
                        // a person's employer (工作单位及职务：某公司法定代表人) does not count.
                        let line = self.line_index(h.start);
                        consider(h.end, self.header_role(text, hits, line, false))
                    }
                    _ => {}
                }
            }
        }
        if let Some(w) = text.get(from..pos) {
            for word in agency_words {
                if let Some(i) = w.rfind(word) {
                    // 乙方指定账户, 其指定的账户: someone else's choice of account.
                    if word.starts_with("指定") && chosen_by_another(&w[..i]) {
                        continue;
                    }
                    let at = from + i + word.len();
                    if best.is_none_or(|(b, _)| at >= b) {
                        best = Some((at, Role::Agency));
                    }
                }
            }
        }
        // The agency acting on the addressee's number (本局按你留存的手机号码…拨打): the
        // second person after the agency word is whose the number is.
        if let Some((at, Role::Agency | Role::Officer)) = best {
            // 检查人员通过其本人电子邮箱（…）: the person's own; so is the speaker's (办公电话
            // …，我的手机…), where 我局 would be the agency's.
            let w = text.get(at..pos).unwrap_or_default();
            let mine = w.contains('我')
                && ["我的手机", "我的电话", "我的号码", "我的微信", "我的邮箱"]
                    .iter()
                    .any(|m| w.contains(m));
            if w.contains(['你', '您']) || w.contains("其本人") || mine {
                return Role::Party;
            }
            // An officer reaching someone (执法人员某向某某手机…发送短信, 给其打电话): the
            // number is the one reached, unless that is a body (向村委会核实（0577-…）).
            if let Some(i) = w
                .rfind(['向', '给'])
                .filter(|&i| !w[i..].starts_with("给予"))
            {
                let reached = &w[i..];
                if ![
                    "会", "公司", "局", "厂", "单位", "院", "站", "所", "部", "处", "办",
                ]
                .iter()
                .any(|b| reached.contains(b))
                {
                    return Role::Other;
                }
            }
        }
        // A contact (联系人) on a line that speaks of the agency and of no one else (可向我局提出
        // 异议。联系人：某科 某；联系电话：…) is the agency's.
        if best.is_some_and(|(_, r)| r == Role::Unknown) && self.agency_line(hits, pos) {
            return Role::Agency;
        }
        // A cue that does not tell whose it is (联系人) leaves it to the line: the agency's
        // contact in its footer, someone else's in the header or the facts.
        if let Some((_, role)) = best.filter(|&(_, r)| r != Role::Unknown) {
            return match role {
                Role::Officer | Role::Agency => Role::Agency,
                r => r,
            };
        }
        let idx = self.line_index(pos);
        // A form block (罚款代收银行：… / 收款单位：某财政局非税收入专户 / 账号：…): the agency
        // words on the two lines just above, with no blank line between, name the owner.
        if best.is_none() && words_only && self.block_above(text, idx, 2, agency_words) {
            return Role::Agency;
        }
        match self.lines.get(idx).map(|l| l.side) {
            // A person's record in a log (举报人：某 / 联系电话：…): the lines just above, with
            // no blank line between, open with whose it is.
            Some(Side::Agency) => self.record_owner(text, hits, idx).unwrap_or_else(|| {
                // An account after the body is the agency's where the lines around it say
                // what makes it so (收款单位：某财政局, 户名：…财政局 after it, 罚款 above); one
                // after a sentence of the facts (证人某称货款打入其账户。/ 账号：…) is not.
                if words_only && !self.account_block(text, idx, pos, agency_words) {
                    Role::Unknown
                } else {
                    Role::Agency
                }
            }),
            Some(Side::Private) => self.header_role(text, hits, idx, true),
            _ => Role::Unknown,
        }
    }

    /// Whose a person's record in a log is (`举报人：某` / `联系电话：…` / `通信地址：…`), for
    /// line `idx` of it: the role of the label one of the three lines just above opens with,
    /// with no blank line between.
    pub fn record_owner(&self, text: &str, hits: &[Hit], idx: usize) -> Option<Role> {
        // The label a line opens with and the value after its colon, if it opens so.
        let label = |l: &Line| {
            let h = lexicon::within(hits, l.start, l.end).first()?;
            let value = text[h.end..l.end].strip_prefix(':')?;
            text[l.start..h.start].trim().is_empty().then_some(value)
        };
        // A line that names someone or the agency itself (申请执行人：某局，住所地：…) says
        // whose. Read over 300 bytes of it at most: this runs for every number and address of
        // such a line, and a line can be the whole text.
        if self.lines.get(idx).is_some_and(|l| {
            let end = super::context::floor_char(text, l.end.min(l.start + 300));
            let on_line = lexicon::within(hits, l.start, end);
            on_line
                .iter()
                .any(|h| h.has(|t| matches!(t, Tag::Zone(Side::Agency))))
                || !super::names::agency_name_set()
                    .all_in(text, l.start, end)
                    .is_empty()
                || (label(l).is_some()
                    && on_line
                        .first()
                        .is_some_and(|h| h.has(|t| matches!(t, Tag::NameCue(_)))))
        }) {
            return None;
        }
        self.lines[idx.saturating_sub(3)..idx.min(self.lines.len())]
            .iter()
            .rev()
            // Fields of one record, each a label and its value: no running text between.
            .take_while(|l| label(l).is_some())
            .find_map(|l| {
                // A label (举报人：某), not a sentence (当事人对本决定不服的…), whose value is a
                // person, not a body (甲方：某公司), and not a company's representative.
                let value = label(l)?;
                let value = &value[..super::context::floor_char(value, 60)];
                let body = ["公司", "局", "厂", "单位", "中心", "所", "社", "店"]
                    .iter()
                    .any(|w| value.contains(w));
                if body
                    || !value
                        .trim_start()
                        .starts_with(crate::redact::names::is_surname)
                {
                    return None;
                }
                opening_role(text, hits, l).filter(|&r| r != Role::LegalRep)
            })
    }

    /// Whose the header block holding line `idx` is: the last line of the block that
    /// introduced someone decides — the legal representative (when `reps`), a person the
    /// line opens with (`见证人：某` over `身份证号：…`), or else the party.
    fn header_role(&self, text: &str, hits: &[Hit], idx: usize, reps: bool) -> Role {
        for l in self.lines[..=idx.min(self.lines.len().saturating_sub(1))]
            .iter()
            .rev()
            // A header block is a few lines: the walk is bounded on hostile input.
            .take(24)
        {
            if reps && l.legal_rep && l.side == Side::Private {
                return Role::LegalRep;
            }
            // The line above the block may open it.
            if let Some(r) = opening_role(text, hits, l) {
                return r;
            }
            if l.side != Side::Private {
                break;
            }
        }
        Role::Party
    }

    /// True when the line holding `pos`, up to it (300 bytes at most), speaks of the agency
    /// (本局, 我局…) and, after its last word of the agency, of no one else (no private word,
    /// no role but a contact's): a note of the agency's in running text (`可向我局提出异议。
    /// 联系人：某科 某；联系电话：…；地址：…`).
    pub fn agency_line(&self, hits: &[Hit], pos: usize) -> bool {
        let Some(l) = self.line_at(pos) else {
            return false;
        };
        // The 300 bytes before it at most: a bound on the walk over a line of any length.
        let on_line = lexicon::within(hits, l.start.max(pos.saturating_sub(300)), pos);
        // What the line says after its last word of the agency: someone named before it (`举报人
        // 领取奖金时如遇问题，可联系我局…，地址：…`) is not whose the item is.
        let Some(last) = on_line
            .iter()
            .rposition(|h| h.has(|t| matches!(t, Tag::Zone(Side::Agency))))
        else {
            return false;
        };
        // (Nor a party's own line: 当事人：某，…，本局于某日对其立案调查，联系地址：….)
        !on_line[..last]
            .iter()
            .any(|h| h.has(|t| matches!(t, Tag::Zone(Side::Private))))
            && !on_line[last..].iter().any(|h| {
                h.has(|t| {
                    matches!(t, Tag::Zone(Side::Private))
                        || matches!(t, Tag::NameCue(c) if c.role != Role::Unknown)
                })
            })
    }

    /// True when the lines around line `idx` (the account at `pos`) name what makes an account
    /// the agency's: one of `words`, 金库, 罚款, 缴入, 上缴, 没收 or an agency's name, on the
    /// twelve lines above it that are not blank, on its own line, or on the four lines below it
    /// that are not blank. Each line is read 300 bytes around the account at most (its own) or
    /// at its end (above) or start (below): a bound for a long line of many accounts.
    fn account_block(&self, text: &str, idx: usize, pos: usize, words: &[&str]) -> bool {
        use super::context::floor_char;
        let has = |s: usize, e: usize| {
            let (s, e) = (floor_char(text, s), floor_char(text, e));
            let e = e.max(s);
            words
                .iter()
                .chain(&["金库", "罚款", "缴入", "上缴", "没收"])
                .any(|w| crate::text::scan::find_word(&text.as_bytes()[s..e], 0, w).is_some())
                || crate::text::words::word_set!(super::names::AGENCY_NAMES).occurs(text, s, e)
        };
        let blank = |l: &&Line| crate::text::scan::is_blank(&text[l.start..l.end]);
        let Some(own) = self.lines.get(idx) else {
            return false;
        };
        has(
            own.start.max(pos.saturating_sub(300)),
            own.end.min(pos + 300),
        ) || self.lines[..idx.min(self.lines.len())]
            .iter()
            .rev()
            .filter(|l| !blank(l))
            .take(12)
            .any(|l| has(l.start.max(l.end.saturating_sub(300)), l.end))
            || self
                .lines
                .iter()
                .skip(idx + 1)
                .filter(|l| !blank(l))
                .take(4)
                .any(|l| has(l.start, l.end.min(l.start + 300)))
    }

    /// True when one of `words` occurs on the `n` lines just above line `idx`, read upwards
    /// and stopping at a blank line.
    fn block_above(&self, text: &str, idx: usize, n: usize, words: &[&str]) -> bool {
        // 乙方指定账户：… over 户名 / 开户行 / 账号: the other side's choice of account.
        let named = |s: &str, w: &str| s.match_indices(w).any(|(i, _)| !chosen_by_another(&s[..i]));
        self.lines[..idx.min(self.lines.len())]
            .iter()
            .rev()
            .take(n)
            .map(|l| &text[l.start..l.end])
            .take_while(|s| !crate::text::scan::is_blank(s))
            .any(|s| {
                words.iter().any(|w| {
                    if w.starts_with("指定") {
                        named(s, w)
                    } else {
                        crate::text::scan::find_word(s.as_bytes(), 0, w).is_some()
                    }
                })
            })
    }
}

/// The column heads of the agency's own contact table under a decision (`联系人 | 联系电话 |
/// 地址`): a table after the body whose head has only these is its footer.
const AGENCY_TABLE_HEADS: &[&str] = &[
    "联系人",
    "联系电话",
    "电话",
    "地址",
    "联系地址",
    "通讯地址",
    "承办科室",
    "承办人",
    "科室",
    "部门",
    "邮编",
    "邮政编码",
    "传真",
    "电子邮箱",
    "办公地址",
];

/// Column heads that show a table lists persons.
pub(crate) const PERSON_COLUMNS: &[&str] = &[
    "姓名",
    "家属姓名",
    "客户姓名",
    "用户姓名",
    "户主姓名",
    "身份证号",
    "身份证号码",
    "公民身份号码",
    "性别",
    // A delivery log's buyers (购气人 | 联系电话 | 送气地址).
    "购气人",
    // A register of residents' complaints (反映人 | 房号 | 联系电话).
    "反映人",
    "购油人",
    "购买人",
];

/// The labels of an organisation's particulars under its name in a header.
const ORG_PARTICULARS: &[&str] = &[
    "住所",
    "住所地",
    "地址",
    "统一社会信用代码",
    "组织机构代码",
    "法定代表人",
    "负责人",
    "主要负责人",
    "职务",
    "联系电话",
    "电话",
    "传真",
    "邮编",
    "邮政编码",
];

/// Labels of the contact lines an agency writes under its seal.
const AGENCY_CONTACT_LABELS: &[&str] = &["联系地址", "联系电话", "通讯地址", "地址", "电话"];

/// True when the value at `pos` is one of the particulars written right after the agency's
/// name (`某县应急管理局联系电话：…`, `某市应急管理局（地址：…，联系电话：…）`, `寄件单位：某局`
/// above is not enough): within 40 characters back, on the same line and in the same
/// sentence, the agency's name (or a unit of it) and then only labels and values.
pub(crate) fn agency_particular(text: &str, hits: &[Hit], pos: usize) -> bool {
    let from = super::context::retreat(text, pos, 40);
    // One walk over the bytes (this runs for every value whose owner is asked): where the
    // sentence starts, and whether a character that ends every agency name (应急管理局,
    // 执法大队, 本机关: 局 厅 队 关) stands after that.
    let b = text.as_bytes();
    let (mut base, mut named) = (from, false);
    for i in from..pos {
        match b[i] {
            b'\n' | b'?' | b'!' => (base, named) = (i + 1, false),
            0xE3 if b.get(i + 1..i + 3) == Some(&[0x80, 0x82]) => (base, named) = (i + 3, false),
            0xE5 | 0xE9 => {
                named |= matches!(
                    b.get(i..i + 3),
                    Some(
                        [0xE5, 0xB1, 0x80]
                            | [0xE5, 0x8E, 0x85]
                            | [0xE9, 0x98, 0x9F]
                            | [0xE5, 0x85, 0xB3]
                    )
                );
            }
            _ => {}
        }
    }
    if !named {
        return false;
    }
    let Some(&(_, e)) = super::names::agency_name_set()
        .all_in(text, base, pos)
        .iter()
        .rfind(|&&(s, _)| {
            // Our own (本局) is always the agency; a named one only when it is not the object
            // of the party's sentence (向某局报告…, 交由证人…).
            ["本局", "我局", "本机关"]
                .iter()
                .any(|w| text[s..].starts_with(w))
                || !text[base..s].contains(['你', '您', '向', '给'])
        })
    else {
        return false;
    };
    // What follows the name: a unit of it (执法大队, 政策法规科), then labels and values.
    let rest = &text[e..pos];
    let rest =
        rest.trim_start_matches(|c: char| super::context::is_han(c) && !"联地电传邮".contains(c));
    rest.starts_with(['(', ',', ';', ' ', '联', '地', '电', '传', '邮'])
        && [
            "电话", "地址", "传真", "邮编", "邮箱",
        ]
        .iter()
        .any(|l| rest.contains(l))
        && !rest.contains(['你', '您', ')'])
        // No one named or described between (某局，联系人：某，手机：…: the contact's).
        && !lexicon::within(hits, e, pos).iter().any(|h| {
            h.has(|t| matches!(t, Tag::NameCue(_) | Tag::Zone(Side::Private)))
        })
}

/// True when a line is an agency's name and nothing else (`惠安县应急管理局`, a letterhead).
fn lone_agency(line: &str) -> bool {
    let value = crate::text::scan::trim(line);
    value.len() <= 60
        && value.chars().all(|c| c.is_alphabetic())
        && super::names::AGENCY_NAMES
            .iter()
            .any(|w| value.ends_with(w) && !matches!(*w, "本局" | "我局" | "本机关"))
}

/// True when a header line names the agency as a party to a dispute: a label, a colon, and a
/// value that is the agency's name (`答辩人（被告）：某县应急管理局`, `被申请人：某市应急管理局`).
fn agency_party_opens(line: &str, body: bool) -> bool {
    // A label first: most lines stop here, read no further than 41 bytes.
    let Some(colon) = line.bytes().take(41).position(|b| b == b':') else {
        return false;
    };
    let rest = &line[colon + 1..];
    // The value is the rest of a header line; after a party's label, it may end at a comma
    // before the party's particulars (被申请人：某市应急管理局，住所：…), when no other party is
    // named on the line.
    let rest = match rest.find(',') {
        None if !body => rest,
        Some(c) => {
            let label = crate::text::scan::trim(&line[..colon]);
            let label = label.split('(').next().unwrap_or(label);
            if !PARTY_LABELS.contains(&label) || PARTY_LABELS.iter().any(|w| rest[c..].contains(w))
            {
                return false;
            }
            &rest[..c]
        }
        None => return false,
    };
    if rest.len() > 64 {
        return false;
    }
    // (Its section after it: 某县应急管理局（政策法规科）.)
    let rest = match crate::text::scan::trim_end(rest).strip_suffix(')') {
        Some(r)
            if r.rfind('(')
                .is_some_and(|o| r[o + 1..].ends_with(['科', '室', '股', '处', '办'])) =>
        {
            r.rfind('(').map_or(rest, |o| &r[..o])
        }
        _ => rest,
    };
    // Every agency name ends in 局, 厅, 队 or 关.
    if !crate::text::scan::trim_end(rest).ends_with(['局', '厅', '队', '关']) {
        return false;
    }
    let value = crate::text::scan::trim(rest);
    !value.is_empty()
        && value.len() <= 60
        && !value.contains(':')
        && super::names::AGENCY_NAMES
            .iter()
            .any(|w| value.ends_with(w) && *w != "本局" && *w != "我局" && *w != "本机关")
}

/// The labels of the parties to a dispute, any of which may be the agency.
const PARTY_LABELS: &[&str] = &[
    "申请人",
    "被申请人",
    "答辩人",
    "被答辩人",
    "原告",
    "被告",
    "上诉人",
    "被上诉人",
    "第三人",
    // A court's order to enforce the agency's decision.
    "申请执行人",
    "被执行人",
];

/// True when `c` can end a header label (the text after it is a value).
pub fn is_value_start(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::lexicon::scan;

    fn sides(t: &str) -> Vec<Side> {
        let hits = scan(t);
        let marks = crate::redact::digits::ascii_marks(t);
        Layout::new(t, &hits, &marks.newlines, marks.columns)
            .lines
            .iter()
            .filter(|l| !t[l.start..l.end].trim().is_empty())
            .map(|l| l.side)
            .collect()
    }

    #[test]
    fn commas_counted_like_str_matches() {
        for t in [
            "",
            "a,b",
            "a,b,c",
            "甲，乙",
            "甲，乙，丙",
            "甲，乙,丙",
            "，，",
            ",",
            "＜，",
            "匌，",
            "，x",
            "甲。乙，",
            "一二三四五六七八九十,一二三四五六七八九十，",
            "一二三四五六七八九十一二三四五六七八九十，,",
            "abcdefgh,ijklmnop,",
            "abcdefghijklmno,",
            "，一二三四五六七八九十一二三四五六七八九十",
        ] {
            assert_eq!(
                commas_at_least_two(t.as_bytes()),
                t.matches([',', '，']).count() >= 2,
                "{t}"
            );
        }
    }

    #[test]
    fn separators_are_trimmed_runs_of_rule_characters() {
        for t in [
            "",
            "-----",
            "----",
            "  =====\t",
            "\u{3000}——————\u{3000}",
            "-- ---",
            "*****x",
            "x*****",
            "─────",
            "_-_-_ ",
            "一二三四五",
            "     ",
        ] {
            let trimmed = t.trim();
            let want = trimmed.chars().count() >= 5
                && trimmed
                    .chars()
                    .all(|c| matches!(c, '-' | '=' | '_' | '—' | '─' | '*'));
            assert_eq!(is_separator(t), want, "{t:?}");
        }
    }

    #[test]
    fn header_body_footer() {
        let t = "某某县应急管理局\n当事人:张三\n联系电话:13800138000\n  经查,你于2023年1月1日在某地,存在违法行为,依法应当处罚。\n联系地址:某县某路1号  联系电话:0595-22881234\n";
        assert_eq!(
            sides(t),
            vec![
                Side::Neutral,
                Side::Private,
                Side::Private,
                Side::Body,
                Side::Agency
            ]
        );
    }

    /// A list in running text: the sentence that introduces it and its numbered items are
    /// body text, an item with no comma too; the footer after them is the agency's.
    #[test]
    fn a_list_in_the_facts_is_body() {
        let t = "事实和理由:\n  经本机关查询,其名下财产如下:\n  1.某银行某支行,账号6228480390123456787,余额1元;\n  2.某银行某支行 6214835770123451(已冻结);\n联系电话:0595-22881234\n";
        assert_eq!(
            sides(t),
            vec![
                Side::Neutral,
                Side::Body,
                Side::Body,
                Side::Body,
                Side::Agency
            ]
        );
        // An unnumbered line that the sentence introduced is body text too; after a full
        // stop, a footer line.
        let t = "  经查,其名下财产如下:\n  某银行某支行 6214835770123451(已冻结);\n";
        assert_eq!(sides(t), vec![Side::Body, Side::Body]);
        let t = "  经查,其名下财产已查明。\n  某银行某支行 6214835770123451(已冻结);\n";
        assert_eq!(sides(t), vec![Side::Body, Side::Agency]);
        // A label is no sentence.
        let t = "申请事项:\n  1.某银行某支行 6214835770123451;\n";
        assert_eq!(sides(t), vec![Side::Neutral, Side::Neutral]);
    }

    /// Every column a head names is read, row by row, and no more than [`MAX_COLUMNS`] of one
    /// head; a table under a section's title after the body is no footer, the agency's own
    /// table under its seal is.
    #[test]
    fn columns_of_a_head_and_tables_under_titles() {
        let t = "| 患者 | 到院家属 | 关系 |\n| 甲乙 | 丙丁 | 儿子 |\n| 戊己 | 庚辛 | 女儿 |";
        let hits = scan(t);
        let marks = crate::redact::digits::ascii_marks(t);
        let l = Layout::new(t, &hits, &marks.newlines, marks.columns);
        let mut got = Vec::new();
        l.column(t, &["患者", "到院家属"], false, &mut |_, w, c| {
            got.push((w, &t[c.start..c.end]))
        });
        assert_eq!(
            got,
            [
                ("患者", "甲乙"),
                ("到院家属", "丙丁"),
                ("患者", "戊己"),
                ("到院家属", "庚辛")
            ]
        );
        let wide = format!("|{}|\n|{}|", ["姓名"; 10].join("|"), ["某"; 10].join("|"));
        let hits = scan(&wide);
        let marks = crate::redact::digits::ascii_marks(&wide);
        let l = Layout::new(&wide, &hits, &marks.newlines, marks.columns);
        let mut n = 0;
        l.column(&wide, &["姓名"], false, &mut |_, _, _| n += 1);
        assert_eq!(n, MAX_COLUMNS);
        let t = "当事人违法。\n五、家属签字情况\n| 某某 | 0577-86512093 |";
        assert_eq!(sides(t), vec![Side::Body, Side::Agency, Side::Neutral]);
        let t = "当事人违法。\n某县应急管理局\n| 联系人 | 联系电话 |\n| 某某 | 0577-86512093 |";
        assert_eq!(sides(t)[2..], [Side::Agency, Side::Agency]);
    }

    /// Lines that a sentence introduced (`…转入乙方指定账户：` over 户名 / 账号) and a table
    /// after running text are no footer; a footer after a full stop still is.
    #[test]
    fn introduced_lines_and_tables_are_no_footer() {
        let t =
            "  余款由甲方于五日内,一次性转入乙方指定账户:\n户名:蒙桂兰\n账号:6217002360051748291\n";
        assert_eq!(sides(t), vec![Side::Body, Side::Body, Side::Body]);
        let t = "  经查,存在违法行为,依法处罚。\n| 序号 | 电话 |\n| 1 | 13833291047 |\n";
        assert_eq!(sides(t), vec![Side::Body, Side::Neutral, Side::Neutral]);
        let t = "  经查,存在违法行为,依法处罚。\n联系电话:0595-22881234\n";
        assert_eq!(sides(t), vec![Side::Body, Side::Agency]);
        let t = "  如有疑问,请联系:\n联系人:张三\n";
        assert_eq!(sides(t), vec![Side::Body, Side::Agency]);
        // Someone else's choice of account is not the agency's.
        let scan = crate::redact::Scan::new("乙方指定账户:6217002360051748291");
        let owner = scan
            .layout
            .owner(scan.text, &scan.hits, &[], 19, &["指定账户"]);
        assert_ne!(owner, Role::Agency);
    }

    /// The agency's seal set far to the right, and its contact lines under the seal, are the
    /// agency's; so is its contact in its own block as a party, and a party's particulars
    /// written on the line that names the agency.
    #[test]
    fn seals_contacts_and_agency_blocks() {
        let pad = " ".repeat(40);
        let t = format!(
            "  经查,存在违法行为。\n被检查单位负责人(签收):骆某\n\n{pad}某区应急管理局(印章)\n\n联系地址:某区某路588号\n联系电话:0595-22587301\n"
        );
        assert_eq!(
            sides(&t),
            vec![
                Side::Body,
                Side::Private,
                Side::Agency,
                Side::Agency,
                Side::Agency
            ]
        );
        let t = "申请人:某区应急管理局\n住所:某路1号\n联系人:吴某某  联系电话:0571-89362114\n\n被申请人:某某有限公司\n";
        assert_eq!(
            sides(t),
            vec![Side::Agency, Side::Agency, Side::Agency, Side::Neutral]
        );
    }

    /// Whose a header label's value is: the person the block's first line opens with.
    #[test]
    fn a_witness_block_is_the_witness_s() {
        let t = "见证人:欧阳婉清\n身份证号:430203199108154521\n";
        let scan = crate::redact::Scan::new(t);
        let at = t.find("4302").unwrap();
        assert_eq!(
            scan.layout.owner(t, &scan.hits, &[], at, &[]),
            Role::Witness
        );
        // A person's employer on his own line does not make him a legal representative.
        let t = "当事人:朱琳\n工作单位及职务:某公司法定代表人\n住宅电话:0595-31946432\n";
        let scan = crate::redact::Scan::new(t);
        let at = t.find("0595").unwrap();
        assert_eq!(scan.layout.owner(t, &scan.hits, &[], at, &[]), Role::Party);
    }

    /// The agency as a party to a dispute: its particulars are its own, up to the line that
    /// opens the other party.
    #[test]
    fn the_agency_as_a_party() {
        let t = "答辩人(被告):某县应急管理局\n住所地:某县某路1号\n负责人:张三,局长\n联系电话:0793-5322117\n申请人:李四,男\n联系电话:0793-5322118\n";
        assert_eq!(
            sides(t)[..6],
            [
                Side::Agency,
                Side::Agency,
                Side::Agency,
                Side::Agency,
                Side::Private,
                Side::Private
            ]
        );
        let scan = crate::redact::Scan::new(t);
        let l = &scan.layout;
        let pos = |w: &str| t.find(w).unwrap();
        assert_eq!(
            l.owner(t, &scan.hits, &[], pos("0793-5322117"), &[]),
            Role::Agency
        );
        assert_ne!(
            l.owner(t, &scan.hits, &[], pos("0793-5322118"), &[]),
            Role::Agency
        );
        // In a second document of the same text, after a body.
        let t2 = format!("经查,你单位存在违法行为,依法应当处罚。\n\n{t}");
        let scan = crate::redact::Scan::new(&t2);
        let at = t2.find("0793-5322117").unwrap();
        assert_eq!(
            scan.layout.owner(&t2, &scan.hits, &[], at, &[]),
            Role::Agency
        );
        // A lawyer's line ends the block: his mobile is his own.
        let t3 = "答辩人(被告):某县应急管理局\n负责人:张三\n委托代理人:李四,某律师事务所律师\n联系电话:13812345678\n";
        let scan = crate::redact::Scan::new(t3);
        let at = t3.find("138").unwrap();
        assert_ne!(
            scan.layout.owner(t3, &scan.hits, &[], at, &[]),
            Role::Agency
        );
        // The agency acting on the addressee's number: the number is the addressee's.
        let t4 = "2.本局按你留存的手机号码13959071842拨打,提示已停机。\n你可拨打本局电话0597-2236158咨询。";
        let scan = crate::redact::Scan::new(t4);
        let owner = |w: &str| {
            scan.layout
                .owner(t4, &scan.hits, &[], t4.find(w).unwrap(), &[])
        };
        assert_eq!(owner("139"), Role::Party);
        assert_eq!(owner("0597"), Role::Agency);
        // A party that is not the agency opens no such block.
        assert!(!agency_party_opens("被申请人:某某化工有限公司", false));
        assert!(agency_party_opens("被申请人:某市应急管理局", false));
        assert!(agency_party_opens(
            "被申请人:某市应急管理局,住所:某路1号,联系电话:0595-85682110。",
            true
        ));
        assert!(!agency_party_opens(
            "申请人:王某,男,住某市应急管理局宿舍",
            true
        ));
        // A person working at the agency; both parties on one line.
        assert!(!agency_party_opens(
            "工作单位:某县应急管理局,职务:驾驶员",
            false
        ));
        assert!(!agency_party_opens(
            "申请人:某市应急管理局,住所:某路1号。被申请人:张三丰,联系电话:13905981276。",
            true
        ));
    }
}

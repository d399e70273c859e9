//! Addresses. A natural person's home address (住址、家庭住址、现住址、户籍所在地、居住地…)
//! is masked to the end of the address, not the rest of the sentence. A company's registered
//! address or business premises (住所 of a company, 经营场所) and the agency's address are kept
//! and explained. 住所 / 地址 alone belong to whoever the header block describes.

use super::context::{char_at, char_before, is_han, skip_label_gap};
use super::layout::Side;
use super::lexicon::Tag;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;
use crate::text::words::word_set;

/// What an address label says about the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum A {
    /// Always a person's home.
    Home,
    /// Written inline before the address (家住…、居住在…).
    HomeInline,
    /// A company's address or premises.
    Org,
    /// The agency's address.
    Agency,
    /// Whoever the block describes (住所、地址、联系地址…).
    Either,
    /// Where a document is served (送达地址): the addressee's, never the agency's own, wherever
    /// the form stands (a 送达回证 after the agency's block).
    Served,
    /// `位于…的住所/家中/仓库`: the word after the address decides.
    Located,
    /// A word after a home (`某村12号家中`): the address is the place's name and number
    /// before it.
    After,
}

/// Words after `位于<address>的` that make it someone's home.
const HOME_AFTER: &[&str] = &[
    "住所",
    "家中",
    "住处",
    "住宅",
    "自建房",
    "自建住房",
    "民房",
    "出租屋",
    "租住房",
    "居所",
    "家",
    "宿舍",
];

/// Address labels.
pub const LEXICON: super::lexicon::Table = super::lexicon::table![
    ("家庭住址", Tag::Address(A::Home)),
    ("家庭地址", Tag::Address(A::Home)),
    ("家庭住所", Tag::Address(A::Home)),
    ("住址", Tag::Address(A::Home)),
    // In parentheses after a name (`某某（户籍地：…）`), a cue for the name too.
    ("(住址", Tag::Address(A::Home)),
    ("(户籍地", Tag::Address(A::Home)),
    ("(家庭住址", Tag::Address(A::Home)),
    // A label padded to the width of a form's column with no colon after it (`住　　址　某路`).
    ("住 址", Tag::Address(A::Home)),
    ("住  址", Tag::Address(A::Home)),
    ("住   址", Tag::Address(A::Home)),
    ("住    址", Tag::Address(A::Home)),
    ("现住址", Tag::Address(A::Home)),
    ("现住", Tag::Address(A::HomeInline)),
    ("暂住", Tag::Address(A::HomeInline)),
    ("现居住地", Tag::Address(A::Home)),
    ("现居住地址", Tag::Address(A::Home)),
    ("居住地址", Tag::Address(A::Home)),
    ("居住地", Tag::Address(A::Home)),
    ("经常居住地", Tag::Address(A::Home)),
    ("户籍所在地", Tag::Address(A::Home)),
    ("户籍地址", Tag::Address(A::Home)),
    ("户籍地", Tag::Address(A::Home)),
    ("户口所在地", Tag::Address(A::Home)),
    ("身份证住址", Tag::Address(A::Home)),
    ("身份证地址", Tag::Address(A::Home)),
    ("常住地址", Tag::Address(A::Home)),
    ("暂住地址", Tag::Address(A::Home)),
    ("住处", Tag::Address(A::Home)),
    ("临时住处", Tag::Address(A::Home)),
    ("住处为", Tag::Address(A::HomeInline)),
    // Where goods were sent (a buyer's chat: 收货地址：…): whoever's the buyer is.
    ("收货地址", Tag::Address(A::Either)),
    ("送货地址", Tag::Address(A::Either)),
    ("暂住地", Tag::Address(A::Home)),
    ("住宅地址", Tag::Address(A::Home)),
    ("家住", Tag::Address(A::HomeInline)),
    // A speaker's own (我家就在某小区7栋1602室).
    ("我家就在", Tag::Address(A::HomeInline)),
    ("我家在", Tag::Address(A::HomeInline)),
    ("家在", Tag::Address(A::HomeInline)),
    ("居住在", Tag::Address(A::HomeInline)),
    ("居住于", Tag::Address(A::HomeInline)),
    ("住在", Tag::Address(A::HomeInline)),
    // A dead person's home (死者某某（生前住某村12号）, a place after it); a home village
    // (老家是某村的).
    ("生前住", Tag::Address(A::HomeInline)),
    ("生前住址", Tag::Address(A::Home)),
    ("生前住在", Tag::Address(A::HomeInline)),
    ("老家在", Tag::Address(A::HomeInline)),
    ("家住在", Tag::Address(A::HomeInline)),
    // Where a person is registered, said in running text (户籍在某市某镇).
    ("户籍在", Tag::Address(A::HomeInline)),
    ("户口在", Tag::Address(A::HomeInline)),
    ("老家是", Tag::Address(A::HomeInline)),
    ("暂住在", Tag::Address(A::HomeInline)),
    ("暂住于", Tag::Address(A::HomeInline)),
    ("租住在", Tag::Address(A::HomeInline)),
    ("现租住", Tag::Address(A::HomeInline)),
    ("现租住于", Tag::Address(A::HomeInline)),
    ("租住", Tag::Address(A::HomeInline)),
    ("租住于", Tag::Address(A::HomeInline)),
    ("借住在", Tag::Address(A::HomeInline)),
    ("寄住在", Tag::Address(A::HomeInline)),
    ("现居于", Tag::Address(A::HomeInline)),
    ("现居", Tag::Address(A::HomeInline)),
    ("住所", Tag::Address(A::Either)),
    ("住所地", Tag::Address(A::Either)),
    ("地址", Tag::Address(A::Either)),
    ("联系地址", Tag::Address(A::Either)),
    ("通讯地址", Tag::Address(A::Either)),
    ("通信地址", Tag::Address(A::Either)),
    ("送达地址", Tag::Address(A::Served)),
    ("送达地点", Tag::Address(A::Served)),
    ("注册地址", Tag::Address(A::Org)),
    ("注册地", Tag::Address(A::Org)),
    ("经营地址", Tag::Address(A::Org)),
    ("经营场所", Tag::Address(A::Org)),
    ("营业场所", Tag::Address(A::Org)),
    ("生产经营场所", Tag::Address(A::Org)),
    ("生产经营地址", Tag::Address(A::Org)),
    ("生产地址", Tag::Address(A::Org)),
    ("储存地址", Tag::Address(A::Org)),
    ("仓储地址", Tag::Address(A::Org)),
    ("存储地址", Tag::Address(A::Org)),
    ("储存场所", Tag::Address(A::Org)),
    ("仓库地址", Tag::Address(A::Org)),
    ("办公地址", Tag::Address(A::Org)),
    ("单位地址", Tag::Address(A::Org)),
    ("企业地址", Tag::Address(A::Org)),
    ("公司地址", Tag::Address(A::Org)),
    ("律所地址", Tag::Address(A::Org)),
    ("事务所地址", Tag::Address(A::Org)),
    // A law firm's own (本所地址：…, in its letter).
    ("本所地址", Tag::Address(A::Org)),
    ("位于", Tag::Address(A::Located)),
    // Where a person was questioned: an address only when a remark says it is a home
    // (询问地点：某村5号（证人住处）).
    ("询问地点", Tag::Address(A::Located)),
    ("本局地址", Tag::Address(A::Agency)),
    ("机关地址", Tag::Address(A::Agency)),
    ("家中", Tag::Address(A::After)),
    ("家里", Tag::Address(A::After)),
    // The home in brackets after it (到她家里（某镇某村五组12号）看望).
    ("家里(", Tag::Address(A::HomeInline)),
    ("家中(", Tag::Address(A::HomeInline)),
    // A flat before its resident (7号楼1103室住户某).
    ("住户", Tag::Address(A::After)),
];

/// Characters that show a value is an address.
const ADDRESS_CHARS: &str = "省市县区镇乡村路街道巷弄号栋幢室组楼层苑园里屯寨社区小区大厦单元";

/// Words that end an address inside a sentence (the rest is no longer the address).
const ADDRESS_END_WORDS: &[&str] = &[
    "的",
    "内",
    "从事",
    "经营",
    "开设",
    "销售",
    "储存",
    "居住",
    "生活",
    "附近",
    "门口",
    "家中",
    // What one does where one lives (住在店里可以顺便看着): no address goes on into these.
    // (平时 and 一直 not in 和平时代花园, 一直街: see `place_name_at`.)
    "可以",
    "顺便",
    "平时",
    "每天",
    "一直",
    "已经",
    "方便",
    "以便",
    "看着",
    "照看",
    // What was done there (对当事人租住的某路4号进行了检查; not 前进行政村).
    "进行了",
    "进行检查",
];

/// True when a village's or residents' committee at `at` is the subject of what follows
/// (`户籍所在地某镇某村村民委员会出具证明`): the address is the village before it.
fn committee_acts(text: &str, at: usize) -> bool {
    ["村民委员会", "居民委员会", "村委会", "居委会"]
        .iter()
        .find(|w| text[at..].starts_with(*w))
        .is_some_and(|w| {
            [
                "出具", "证明", "证实", "称", "反映", "协助", "表示", "说", "提供",
            ]
            .iter()
            .any(|v| text[at + w.len()..].starts_with(v))
        })
}

/// Labels of the next field on the same line, which end the address.
const NEXT_FIELD: &[&str] = &[
    "联系电话",
    "联系方式",
    "电话",
    "手机",
    "邮编",
    "邮政编码",
    "身份证",
    "职务",
    "法定代表人",
    "统一社会信用代码",
    "电子邮箱",
    "邮箱",
];

/// True when a short label and a colon follow `at` (`  联系方式：`): the next field.
fn label_follows(text: &str, at: usize) -> bool {
    for (n, c) in text[at..].char_indices() {
        if c == ':' || c == '：' {
            return n > 0;
        }
        if !is_han(c) || n > 8 * 3 {
            return false;
        }
    }
    false
}

/// Words before 住所/地址 that show the address is an organisation's.
const ORG_WORDS: &[&str] = &[
    "单位", "公司", "企业", "厂", "经营", "注册", "机构", "该店", "店",
];

/// True when the label at `at` stands in parentheses that describe an organisation
/// (`某钢结构工程有限公司（统一社会信用代码：…；住所：…）`): the organisation's name ends
/// right before the parenthesis (120 bytes back at most).
fn in_org_parens(text: &str, at: usize) -> bool {
    let from = super::context::retreat(text, at, 40);
    let Some(open) = text[from..at].rfind('(') else {
        return false;
    };
    let open = from + open;
    if text[open..at].contains(')') {
        return false;
    }
    let head = &text[super::context::retreat(text, open, 6)..open];
    // (Or whose code the parenthesis gives first: 某律师事务所（统一社会信用代码…，地址：…）.)
    word_set!(ORG_WORDS).occurs(head, 0, head.len()) || text[open..at].contains("统一社会信用代码")
}

/// The end of an address value starting at `p`.
fn value_end(text: &str, p: usize, in_paren: bool) -> usize {
    let tail = &text[p..];
    let mut end = p;
    let mut spaces = 0;
    for (i, c) in tail.char_indices() {
        let at = p + i;
        // No address runs past 120 characters: text without punctuation ends it there.
        if i > 360 {
            break;
        }
        match c {
            // A bar ends a table's cell.
            '\n' | '。' | ';' | ',' | '、' | '\t' | '!' | '?' | '[' | '|' => break,
            // 暂住某村祖厝（某镇某村溪边路33号）: the address in brackets is the place's, whole.
            ')' | '）' if !in_paren && text[p..at].contains(['(', '（']) => {
                end = at + c.len_utf8();
                break;
            }
            ')' | '）' | '(' | '（' if in_paren || c == ')' || c == '）' => break,
            // 某路57号（你的户籍地址）, …1503室（农闲时居住）: a remark in parentheses, not
            // part of the address (no digit and no address word inside).
            '(' | '（' if remark(&tail[i + c.len_utf8()..]) => break,
            ' ' => {
                spaces += 1;
                if spaces >= 2 || label_follows(text, at + 1) {
                    break;
                }
                continue;
            }
            ':' | '：' => {
                // `某路1号账号：…` — the characters before a colon are the next field's label.
                let mut back = end;
                for (n, (j, x)) in text[p..end].char_indices().rev().enumerate() {
                    if n >= 6 || !is_han(x) {
                        break;
                    }
                    back = p + j;
                }
                end = back;
                break;
            }
            _ => {}
        }
        if i > 0 && word_set!(NEXT_FIELD).starts(text, at) {
            break;
        }
        if i > 0 && matches!(c, '村' | '居') && committee_acts(text, at) {
            break;
        }
        // 某路南侧的某小区9栋302室: a place beside a road, then the home in it (a numbered
        // flat or house follows within its clause; not 村委会旁边的小卖部).
        let beside = c == '的'
            && ["侧", "旁", "旁边", "附近", "对面", "后面", "一带"]
                .iter()
                .any(|w| text[p..at].ends_with(w))
            && !text[p..at].contains(|c: char| c.is_ascii_digit())
            && {
                let rest = &text[at + c.len_utf8()..super::context::advance(text, at, 24)];
                let rest = &rest[..rest.find([',', '。', ';', '\n', ' ']).unwrap_or(rest.len())];
                rest.contains(|c: char| c.is_ascii_digit())
                    && [
                        "小区", "苑", "花园", "栋", "幢", "号楼", "单元", "室", "号", "组",
                    ]
                    .iter()
                    .any(|w| rest.contains(w))
            };
        if i > 0
            && !in_paren
            && !beside
            && word_set!(ADDRESS_END_WORDS).starts(text, at)
            && !place_name_at(text, at)
        {
            // 位于某路1号的店面内: the address ends before 的; inside a remark in brackets
            // (某室（经营场所楼上）), before the bracket.
            // (Not an address written in brackets: 某村祖厝（某路168号的老屋）.)
            if let Some(open) = text[p..end]
                .rfind(['(', '（'])
                .filter(|&o| !text[p + o..at].contains(|c: char| c.is_ascii_digit()))
            {
                end = p + open;
            }
            break;
        }
        spaces = 0;
        end = at + c.len_utf8();
    }
    end
}

/// Column heads of a table of persons whose cells are home addresses.
const HOME_COLUMNS: &[&str] = &[
    "住址",
    "家庭住址",
    "现住址",
    "现住",
    "家庭地址",
    "户籍地",
    "户籍地址",
    "居住地",
    "居住地址",
    "住所",
    // The next of kin's, in a table of casualties (家属姓名 | 关系 | 家属住址).
    "家属住址",
    "家属地址",
    // Where gas or goods were delivered to a customer (a delivery log).
    "送气地址",
    "配送地址",
    "送货地址",
    "用户地址",
    "客户地址",
    // A resident's flat in a register of complaints (反映人 | 房号).
    "房号",
    "户号",
    // Two fields in one column (户籍地/现住址; a witness's 工作单位/住址, where a body's name
    // is no home).
    "户籍地/现住址",
    "户籍地/住址",
    "现住址/户籍地",
    "住址/户籍地",
    "工作单位/住址",
    "住址/工作单位",
    "籍贯/户籍地",
    "住址/电话",
    "住址 / 电话",
    "住址及电话",
    "家庭住址/电话",
    "户籍地/籍贯",
    "籍贯/住址",
    "单位/住址",
    "住址/单位",
];

/// Home addresses in the cells of a table of persons (伤亡人员情况: 姓名 | 身份证号 | 住址 |
/// 伤情, one row per person), where no label stands before each value.
fn table_columns(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    scan.layout
        .column(text, HOME_COLUMNS, true, &mut |_, head, cell| {
            let v = &text[cell.start..cell.end];
            if head.contains("单位") && BODY_WORDS.iter().any(|w| v.contains(w)) {
                return;
            }
            if looks_like_address(v) {
                out.push(Candidate::new(
                    cell,
                    PiiKind::HomeAddress,
                    Role::Other,
                    "address_table",
                    Some(head),
                    Validity::None,
                    0.88,
                ));
            }
        });
}

/// Column heads of the address a letter was sent or goods delivered to, in a register of
/// service by post or a delivery log.
const SERVED_COLUMNS: &[&str] = &[
    "收件地址",
    "送达地址",
    "送达地点",
    "送达处所",
    "邮寄地址",
    "寄送地址",
    "送气地址",
    "配送地址",
    "送货地址",
    "收货地址",
];

/// Column heads of whom a letter was sent or goods delivered to.
const ADDRESSEE_COLUMNS: &[&str] = &[
    "受送达人",
    "收件人",
    "被送达人",
    "客户",
    "用户",
    "收货人",
    "购买人",
    "购气人",
];

/// True when `cell` names a person: a surname and one to three more ideographs before any
/// remark in brackets, after a household's word (住户某某), and no word of a body's name
/// (华盛集团 is a firm).
fn person_named(cell: &str) -> bool {
    let who = crate::text::scan::trim(cell.split('(').next().unwrap_or(cell));
    let who = ["住户", "村民", "居民", "户主", "个人"]
        .iter()
        .find_map(|w| who.strip_prefix(w))
        .unwrap_or(who);
    (2..=4).contains(&who.chars().count())
        && who.chars().all(is_han)
        && (super::names::compound_at(who, 0).is_some()
            || who.chars().next().is_some_and(super::names::is_surname))
        && !BODY_WORDS.iter().any(|b| who.contains(b))
}

/// Words of a body's name (a firm, a shop, a village committee).
const BODY_WORDS: &[&str] = &[
    "公司",
    "厂",
    "店",
    "部",
    "社",
    "中心",
    "局",
    "院",
    "所",
    "站",
    "处",
    "队",
    "委员会",
    "村委",
    "协会",
    "学校",
    "酒店",
    "宾馆",
    "超市",
    "商行",
    "工作室",
    "场",
    "馆",
    // (A shop named after its keeper: 刘记快餐, 王氏烧烤, 李家小厨, 黄记茶楼.)
    "记",
    "氏",
    "餐",
    "饭",
    "烧",
    "粮",
    "厨",
    "茶",
    "楼",
    "集团",
    "物流",
    "政府",
    "农家乐",
    "园",
];

/// The addresses of a register of service by post (受送达人 | 收件地址 | 收件人电话 …) or of a
/// delivery log (客户 | 送气地址): a person's is his home, a body's its premises. Whose it is
/// the row's addressee says: a person's name before any remark in brackets
/// (`某某（某五金加工店经营者）` is a person, `某汽修店（经营者：某某）` a shop, `某某物流` a firm).
fn served_columns(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    // (The last row read and whether its addressee is a person: a head may name several such
    // columns.)
    let mut last: Option<(usize, bool)> = None;
    scan.layout
        .column(text, SERVED_COLUMNS, false, &mut |head, w, cell| {
            let Some(k) = head.iter().position(|s| {
                ADDRESSEE_COLUMNS.contains(&crate::text::scan::trim(&text[s.start..s.end]))
            }) else {
                return;
            };
            let Some(l) = scan.layout.line_at(cell.start) else {
                return;
            };
            let person = match last {
                Some((at, p)) if at == l.start => p,
                _ => {
                    let p = super::layout::cells(text, l.start, l.end)
                        .and_then(|row| row.get(k).copied())
                        .is_some_and(|c| person_named(&text[c.start..c.end]));
                    last = Some((l.start, p));
                    p
                }
            };
            if !person || !looks_like_address(&text[cell.start..cell.end]) {
                return;
            }
            out.push(Candidate::new(
                cell,
                PiiKind::HomeAddress,
                Role::Other,
                "address_table",
                Some(w),
                Validity::None,
                0.85,
            ));
        });
}

/// The note on an address masked because the same one is masked elsewhere.
fn same_home() -> crate::finding::Text {
    crate::finding::Text::new(
        "同一住址在文中已作为个人信息隐去。",
        "The same address is masked as personal data elsewhere in the document.",
    )
}

/// Shortest home address looked for again elsewhere (bytes): shorter values (某村) are words.
const MIN_REPEAT: usize = 8 * 3;

/// Most distinct addresses looked for per document: each search is a pass over the text (real
/// documents have a few homes; hostile input may have thousands).
const MAX_REPEATED_VALUES: usize = 16;

/// A home address masked in one place and written again elsewhere without a label (`于某日
/// 在某区某路36号送达其本人`) is the same personal data: its other occurrences are masked
/// too. `cands` are resolved (in order, disjoint); `masked` says which the policy masks.
pub fn repeats(text: &str, cands: &mut Vec<Candidate>, masked: impl Fn(&Candidate) -> bool) {
    // Where a letter is served at the business premises the document names as such (送达地点
    // = 经营场所), the place served is the business's, not a home.
    let premises: Vec<&str> = cands
        .iter()
        .filter(|c| c.kind == PiiKind::OrgAddress && c.cue.is_some_and(|w| w.starts_with("经营")))
        // (Not premises that are a home: 某路112号（自有住宅）.)
        .filter(|c| {
            let after = text[c.span.end..].strip_prefix('(').unwrap_or("");
            !after
                .chars()
                .take(8)
                .any(|x| matches!(x, '住' | '家' | '宅'))
        })
        .map(|c| &text[c.span.start..c.span.end])
        .collect();
    if !premises.is_empty() {
        for c in cands.iter_mut() {
            if c.kind == PiiKind::HomeAddress
                && c.cue.is_some_and(|w| w.starts_with("送达"))
                && premises.contains(&&text[c.span.start..c.span.end])
            {
                c.kind = PiiKind::OrgAddress;
            }
        }
    }
    let mut values: Vec<(Span, Role)> = cands
        .iter()
        .filter(|c| c.kind == PiiKind::HomeAddress && c.span.len() >= MIN_REPEAT && masked(c))
        .map(|c| (c.span, c.role))
        .collect();
    if values.is_empty() {
        return;
    }
    // Longest first: a shorter value inside a longer one's repeat is covered by it.
    crate::sort::by_key(&mut values, |(s, _)| crate::sort::desc(s.len()) as u128);
    values.truncate(MAX_REPEATED_VALUES);
    let mut added: Vec<Candidate> = Vec::new();
    // The spans of `added`, which arrive value by value, not in text order.
    let mut claimed = crate::spans::SpanSet::default();
    for (span, role) in values {
        let whole = &text[span.start..span.end];
        for value in [Some(whole), short_form(whole)].into_iter().flatten() {
            let mut from = 0;
            while let Some(i) = text[from..].find(value) {
                let at = Span::new(from + i, from + i + value.len());
                from = at.end;
                // `cands` are in order and disjoint: one search finds any that overlaps.
                let i = cands.partition_point(|c| c.span.end <= at.start);
                if let Some(c) = cands.get_mut(i).filter(|c| c.span.overlaps(&at)) {
                    // The same address read as an organisation's elsewhere (送达地点 under a
                    // business's name) is the person's home all the same.
                    // (Or written out in full there: 收件地址：某省某市+the home.)
                    // (Not one a law firm's own label names so: a lawyer's 通讯地址 that is his
                    // firm's 本所地址.)
                    if c.span.start <= at.start
                        && at.end == c.span.end
                        && c.kind == PiiKind::OrgAddress
                        && !c.allowed
                        && !c
                            .cue
                            .is_some_and(|w| ["本所地址", "律所地址", "事务所地址"].contains(&w))
                    {
                        c.kind = PiiKind::HomeAddress;
                        c.role = role;
                        c.note = Some(same_home());
                    }
                    continue;
                }
                if claimed.meets(at.start, at.end) {
                    continue;
                }
                claimed.insert(at.start, at.end);
                let mut c = Candidate::new(
                    at,
                    PiiKind::HomeAddress,
                    role,
                    "address_repeat",
                    None,
                    Validity::None,
                    0.88,
                );
                c.note = Some(same_home());
                added.push(c);
            }
        }
    }
    if !added.is_empty() {
        cands.extend(added);
        crate::sort::by_key(cands, |c| c.span.start as u128);
    }
}

/// The short form of a home address that a log or a table writes again (`某省某市某区河市镇
/// 溪山村后厝32号` → `溪山村后厝32号`): the part after the town (镇, 乡, 街道), when it still
/// names a village or street and a number.
fn short_form(value: &str) -> Option<&str> {
    let digit = value.find(|c: char| c.is_ascii_digit())?;
    let town = ["镇", "乡", "街道"]
        .iter()
        .filter_map(|w| value[..digit].rfind(w).map(|i| i + w.len()))
        .max()?;
    let tail = &value[town..];
    (tail.chars().count() >= 5 && tail.chars().take_while(|c| !c.is_ascii_digit()).count() >= 3)
        .then_some(tail)
}

/// True when the end word at `at` starts a place name rather than ending the address: a
/// quarter or an estate named with it (生活区, 和平时代花园), or a 内 that follows an
/// administrative unit in a name that ends in one within a few characters (官桥镇内厝村,
/// 某区内坑镇), where 厂区内 or 某村内储存 have none.
fn place_name_at(text: &str, at: usize) -> bool {
    // A workers' or residents' quarter (项目生活区3号楼, 某居住小区), an estate or a street
    // named so (和平时代花园, 太平时光小区, 和平时装城, 一直街) is a place.
    if [
        "生活区",
        "生活小区",
        "居住区",
        "居住小区",
        "平时代",
        "平时装",
        "平时尚",
        "平时光",
        "一直街",
        "一直路",
        "一直巷",
    ]
    .iter()
    .any(|w| text[at..].starts_with(w))
    {
        return true;
    }
    let after_unit = text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| "省市县区镇乡村道".contains(c));
    after_unit
        && text[at..].starts_with('内')
        && text[at + '内'.len_utf8()..]
            .chars()
            .take(3)
            .take_while(|&c| is_han(c))
            .any(|c| "镇乡村路街道巷社里屯寨".contains(c))
}

fn is_address_char(c: char) -> bool {
    static S: std::sync::OnceLock<crate::text::scan::CharSet> = std::sync::OnceLock::new();
    crate::redact::names::char_set(ADDRESS_CHARS, &S).contains(c)
}

/// True when the parenthesis opening before `inner` holds a remark, not part of an address.
fn remark(inner: &str) -> bool {
    if inner
        .chars()
        .next()
        .is_some_and(|x| "你我他她其该系即此为是".contains(x))
    {
        return true;
    }
    // A short parenthesis (closed within 20 characters) with no digit and no address word.
    match inner
        .char_indices()
        .take(20)
        .find(|&(_, c)| c == ')' || c == '）')
    {
        Some((close, _)) if close > 0 => !inner[..close]
            .chars()
            .any(|c| c.is_ascii_digit() || is_address_char(c)),
        _ => false,
    }
}

fn looks_like_address(v: &str) -> bool {
    let n = v.chars().count();
    n >= 4
        && v.chars()
            .next()
            .is_some_and(|c| is_han(c) || c.is_ascii_digit())
        && v.chars().any(is_address_char)
        && !v.starts_with('[')
        && !v.contains('*')
        // A pointer to a place named elsewhere (现住即本出租楼, 住本楼三层): no address.
        && !v.starts_with('即')
        && !["本楼", "本出租", "本房", "本店", "本厂", "该楼", "该出租", "该房"]
            .iter()
            .any(|w| v.starts_with(w))
        // A guest's room (住在二楼201房间的某某): where one stayed, not one's home.
        && (!v.ends_with("房间") || starts_with_place(v))
        // A house named by what it is (住在老房子里, 在家里): no address (阳光村8号院子里 is).
        && (v.contains(|c: char| c.is_ascii_digit())
            || !["子里", "家里", "屋里"].iter().any(|w| v.ends_with(w)))
}

/// True when `v` starts with a place name: ideographs up to a province, city, county or
/// township word within eight characters, and not a verb or particle first (变更至…, 不详).
fn starts_with_place(v: &str) -> bool {
    let first = v.chars().next().unwrap_or('。');
    if "变不在为是位已未于内等及和与".contains(first) {
        return false;
    }
    let (mut place, mut village) = (false, false);
    for c in v.chars().take(8).take_while(|&c| is_han(c)) {
        place |= "省市县区镇乡".contains(c);
        village |= c == '村';
    }
    // (Or a village's numbered group: 松西村七组, not 村民小组组长.)
    place
        || (village && {
            let head: Vec<char> = v.chars().take(10).collect();
            head.windows(2).any(|w| {
                w[1] == '组' && (w[0].is_ascii_digit() || "一二三四五六七八九十".contains(w[0]))
            })
        })
}

/// The addresses quoted in the sentence after a home label at `from` (`现住址“…”`, `住址在
/// 某表中记为“…”，在某书中记为“…”`), when the first quotation mark comes within the label's
/// clause: true when one was found.
fn quoted_homes(text: &str, from: usize, out: &mut Vec<Candidate>) -> bool {
    let b = text.as_bytes();
    let end = super::context::floor_char(text, (from + 300).min(b.len()));
    let sentence = &text[from..end];
    let sentence = &sentence
        [..crate::text::scan::find_any(sentence, &['。', '\n', ';']).unwrap_or(sentence.len())];
    let Some(open) = sentence.find('“') else {
        return false;
    };
    // The first quotation within the label's clause, 20 characters at most.
    let head = &sentence[..open];
    if head.chars().count() > 20 || head.contains([',', ':']) {
        return false;
    }
    let mut found = false;
    let mut at = open;
    while let Some(o) = sentence[at..].find('“') {
        let start = at + o + '“'.len_utf8();
        let Some(c) = sentence[start..].find('”') else {
            break;
        };
        let v = &sentence[start..start + c];
        // (A flat named by its block, 6号楼2单元501室, as much as a place.)
        let flat = ["室", "单元", "号楼", "栋", "幢"]
            .iter()
            .any(|w| v.contains(w));
        if looks_like_address(v)
            && (starts_with_place(v) || flat)
            && v.contains(|c: char| c.is_ascii_digit())
        {
            out.push(Candidate::new(
                Span::new(from + start, from + start + c),
                PiiKind::HomeAddress,
                Role::Party,
                "address_label",
                Some("“"),
                Validity::None,
                0.9,
            ));
            found = true;
        }
        at = start + c;
    }
    found
}

/// Finds addresses after their labels.
pub fn find(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    for h in &scan.hits {
        let Some(a) = h.tags.iter().find_map(|t| match t {
            Tag::Address(a) => Some(*a),
            _ => None,
        }) else {
            continue;
        };
        if a == A::After {
            home_before(text, h.start, out);
            continue;
        }
        // 家在 is someone's home after a person (他家在, 某某家在) or opening a clause whose
        // subject is the sentence's (他干活，家在某村9号), not 国家在, 厂家在.
        if h.word == "家在"
            && !person_before(text, h.start)
            && !text[..h.start].ends_with([',', ';'])
        {
            continue;
        }
        // After 我家在 / 家在 a place, not what the family does there (我家在楼下开了一家
        // 五金店): a place name first, or a house number or a flat at its end.
        if matches!(h.word, "家在" | "我家在" | "我家就在") && !spoken_home(text, h.end) {
            continue;
        }
        // A home written in quotation marks after its label, as a review quotes two papers
        // (住址在审批表中记为“某村12号”，在决定书中记为“某村21号”).
        if matches!(a, A::Home) && quoted_homes(text, h.end, out) {
            continue;
        }
        // A label that starts a line or a row's first cell may be padded to the column's width.
        let alone = text[..h.start]
            .bytes()
            .rev()
            .take_while(|&b| b != b'\n')
            .all(|b| matches!(b, b' ' | b'\t' | b'|'));
        // A remark in parentheses between the label and its colon (现住址（送达地址）：).
        let label_end = match text[h.end..].strip_prefix('(') {
            Some(rest) => rest
                .char_indices()
                .take(8)
                .find(|&(_, c)| c == ')')
                .filter(|&(i, _)| rest[i + 1..].starts_with(':'))
                .map_or(h.end, |(i, _)| h.end + 1 + i + 1),
            None => h.end,
        };
        let mut p = skip_label_gap(text, label_end, if alone { 24 } else { 4 });
        // A form written as a two-column table (`联系地址 | 某路1号`): the bar is the colon. (Not
        // in a table's head, whose address is the cell below: `姓名 | 现住址 | 工资卡号`.)
        // (Unless the cell after it holds a numbered address itself: the cell below is then
        // the next row's label, `| 与被举报单位关系 |`.)
        if text[p..].starts_with('|')
            && (!scan.layout.cell_below(text, h.start).is_some_and(|c| {
                // (Or its mask, when the masked text is read again.)
                let v = &text[c.start..c.end];
                looks_like_address(v) || (v.starts_with('[') && v.ends_with(']'))
            }) || {
                let q = skip_label_gap(text, p + 1, 24);
                let v = &text[q..value_end(text, q, false)];
                looks_like_address(v) && v.contains(|c: char| c.is_ascii_digit())
            })
        {
            p = skip_label_gap(text, p + 1, 24);
        }
        // 对当事人租住的某路4号: the house's 的 after a label of the verb's kind.
        if a == A::HomeInline
            && text[p..].starts_with('的')
            && starts_with_place(&text[p + '的'.len_utf8()..])
        {
            p += '的'.len_utf8();
        }
        // 户籍地及现住址均为某村12号: 均 before 为.
        if text[p..].starts_with("均为") || text[p..].starts_with("均系") {
            p = skip_label_gap(text, p + '均'.len_utf8(), 2);
        }
        // 住址在某村12号: 在 before a place, as 为 before any value.
        if p == label_end
            && matches!(a, A::Home)
            && text[p..].starts_with('在')
            && starts_with_place(&text[p + '在'.len_utf8()..])
        {
            p += '在'.len_utf8();
        }
        let mut in_paren = false;
        // 在住所（某路1号）内: the address is in the parentheses.
        if matches!(char_at(text, p), Some('(' | '（')) {
            p += 1;
            in_paren = true;
            p = skip_label_gap(text, p, 2);
        }
        // 自家住宅, 某家住宅楼: a house, not 家住 and an address (家住房山区…, 某家住宅前村…
        // are).
        if h.word == "家住"
            && ((text[..h.start].ends_with('自')
                && ["宅", "房屋", "房子"]
                    .iter()
                    .any(|w| text[h.end..].starts_with(w)))
                || [
                    "宅楼", "宅底", "宅顶", "宅内", "宅一", "宅二", "宅三", "宅外",
                ]
                .iter()
                .any(|w| text[h.end..].starts_with(w)))
        {
            continue;
        }
        let gap = p > h.end || a == A::Located;
        // A label word inside running text (住所内, 地址不详) is not followed by its value,
        // unless the value plainly starts with a place (家庭住址江西省…, 住所地泉州市…).
        let value_follows = gap
            || a == A::HomeInline
            || matches!(char_at(text, p), Some(c) if c.is_ascii_digit())
            || (matches!(a, A::Home | A::Either | A::Served) && starts_with_place(&text[p..]));
        if !value_follows {
            continue;
        }
        let mut end = value_end(text, p, in_paren);
        // The value never swallows another field's label or a role word: masking those would
        // change how a second pass reads what follows.
        if let Some(x) = super::lexicon::within(&scan.hits, p, end).iter().find(|x| {
            !super::context::title_in_place(text, x)
                && x.tags.iter().any(|t| match t {
                    Tag::NameCue(c) => c.strong,
                    Tag::Zone(super::layout::Side::Agency) => true,
                    Tag::Health(_) | Tag::Zone(_) | Tag::NameAfter(_) => false,
                    _ => true,
                })
        }) {
            end = x.start;
        }
        let value = &text[p..end];
        if !looks_like_address(value)
            || (h.word == "住" && !value.contains(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let side = scan.layout.side_at(h.start);
        let head = &text[super::context::retreat(text, h.start, 6)..h.start];
        // An address that ends in the agency's name (某路212号某县应急管理局执法大队) is the
        // agency's, whoever the block around it describes.
        let agency_named = || {
            super::names::agency_name_set()
                .all_in(text, p, end)
                .iter()
                .any(|&(s, _)| !text[s..].starts_with("本局") && !text[s..].starts_with("我局"))
        };
        let (kind, role) = match a {
            // …or that follows the agency's name (某市应急管理局（地址：…）).
            A::Either
                if agency_named() || super::layout::agency_particular(text, &scan.hits, p) =>
            {
                (PiiKind::AgencyAddress, Role::Agency)
            }
            A::Home | A::HomeInline => (PiiKind::HomeAddress, Role::Party),
            A::Org => (PiiKind::OrgAddress, Role::Party),
            A::Agency => (PiiKind::AgencyAddress, Role::Agency),
            // Read above, before the word.
            A::After => continue,
            A::Located => {
                // A remark in brackets says whose home it is (（证人住处）, （其家中）).
                let remark = super::context::bracketed_at(text, end, 12);
                if let Some(inner) = remark.filter(|r| HOME_AFTER.iter().any(|w| r.contains(w))) {
                    let party = inner.starts_with(['其', '你', '当']);
                    (
                        PiiKind::HomeAddress,
                        if party { Role::Party } else { Role::Other },
                    )
                } else {
                    let rest = text[end..].strip_prefix('的').unwrap_or("");
                    // (Or someone's, pointed at: 转运至其位于某小区6号楼401室的住宅内; not a
                    // building of homes, 住宅楼.)
                    let pointed = text[..h.start].ends_with(['其', '他', '她', '我'])
                        && !["住宅楼", "住宅小区", "住宅区"]
                            .iter()
                            .any(|w| rest.starts_with(w));
                    if h.word != "位于"
                        || !(scan.layout.party_person(text) || pointed)
                        || !HOME_AFTER.iter().any(|w| rest.starts_with(w))
                    {
                        continue;
                    }
                    (PiiKind::HomeAddress, Role::Party)
                }
            }
            A::Either | A::Served => {
                let record = || {
                    let idx = scan.layout.line_index(h.start);
                    scan.layout.record_owner(text, &scan.hits, idx)
                };
                // A place served that names a body or a firm (送达地点：某区人民法院立案庭): the
                // body's, not anyone's home.
                const BODIES: &[&str] = &[
                    "法院",
                    "检察院",
                    "有限公司",
                    "公司",
                    "管理局",
                    "人民政府",
                    "办事处",
                ];
                // A remark after it that says it is a person's home (（法定代表人住所）,
                // （受送达人居所）: 居所 is no firm's).
                let home_remark = super::context::bracketed_at(text, end, 12).is_some_and(|r| {
                    ["居所", "住处", "住宅", "家庭住址"]
                        .iter()
                        .any(|w| r.contains(w))
                        || (["住所", "住址", "家"].iter().any(|w| r.contains(w))
                            && ["法定代表人", "负责人", "本人", "其", "受送达人", "代理人"]
                                .iter()
                                .any(|w| r.contains(w)))
                });
                // (Not a flat: 法院路12号3栋201室, 某公司家属院3栋 are homes.)
                let v = &text[p..end];
                // (A lawyer's firm at its end: 代理人送达地址：某路1366号某律师事务所.)
                // (Its floor or desk may follow: …某某律师事务所三楼, …前台.)
                let law_firm = v.rfind("律师事务所").is_some_and(|i| {
                    v[i + "律师事务所".len()..]
                        .chars()
                        .all(|c| c.is_ascii_digit() || "一二三四五六七八九十楼层前台内".contains(c))
                });
                // (A firm's office or works, 某砖厂办公室, is no flat; its 室 is no flat's.)
                let office = [
                    "办公室",
                    "厂区",
                    "车间",
                    "项目部",
                    "厂",
                    "经营部",
                    "门市部",
                    "超市",
                    "商店",
                ]
                .iter()
                .any(|w| v.ends_with(w));
                let flat = ["宿舍", "家属", "单元", "栋", "幢"]
                    .iter()
                    .any(|w| v.contains(w))
                    || v.matches('室').count() > v.matches("办公室").count();
                if a == A::Served
                    && (BODIES.iter().any(|w| v.contains(w)) || law_firm || office)
                    && !flat
                {
                    (PiiKind::OrgAddress, Role::Party)
                } else if home_remark {
                    (PiiKind::HomeAddress, Role::LegalRep)
                } else if side == Side::Agency && a == A::Either {
                    // (A person's record in a log: 举报人：某 / 通信地址：….)
                    match record() {
                        Some(r) => (PiiKind::HomeAddress, r),
                        None => (PiiKind::AgencyAddress, Role::Agency),
                    }
                } else if let Some(w) = ["法定代表人", "负责人", "代理人", "联系人", "监护人"]
                    .iter()
                    .find(|w| head.ends_with(*w))
                    // A home, unless it is the firm's own premises written here too (…工业园
                    // 83号, …有限公司厂区).
                    .filter(|_| {
                        !["工业园", "工业区", "开发区", "园区", "公司", "厂"]
                            .iter()
                            .any(|w| text[p..end].contains(w))
                    })
                {
                    // A person's own (法定代表人送达地址：…), whatever the party is.
                    let role = if w.ends_with("负责人") || w.ends_with("代表人") {
                        Role::LegalRep
                    } else {
                        Role::Other
                    };
                    (PiiKind::HomeAddress, role)
                } else if word_set!(ORG_WORDS).occurs(head, 0, head.len())
                    // A firm's label (律师事务所通讯地址), not a person working at one.
                    || head.ends_with("事务所")
                    || in_org_parens(text, h.start)
                {
                    (PiiKind::OrgAddress, Role::Party)
                } else if (side == Side::Body || side == Side::Neutral)
                    && a == A::Either
                    && scan.layout.agency_line(&scan.hits, h.start)
                {
                    (PiiKind::AgencyAddress, Role::Agency)
                } else if side == Side::Body || side == Side::Neutral {
                    // A party described in one running line (当事人：张三，男，…，身份证号码：…，
                    // 住所：…) says on that line what it is.
                    // Or, for a field that opens its line, a form's lines above it (受托人：某某
                    // / 通讯地址：…), three at most.
                    let idx = scan.layout.line_index(h.start);
                    let field = scan
                        .layout
                        .lines
                        .get(idx)
                        // (A table's row label too: `| 通讯地址 | … |` under `| 举报人 | 某 |`.)
                        .is_some_and(|l| {
                            text[l.start.min(h.start)..h.start]
                                .trim_matches([' ', '|'])
                                .is_empty()
                        });
                    let above = if field { 3.min(idx) } else { 0 };
                    if let Some(person) =
                        (0..=above).find_map(|k| line_person(scan, h.start, idx - k))
                    {
                        if person {
                            (PiiKind::HomeAddress, Role::Party)
                        } else {
                            (PiiKind::OrgAddress, Role::Party)
                        }
                    } else if scan.layout.party_person(text) {
                        (PiiKind::HomeAddress, Role::Party)
                    } else {
                        (PiiKind::OrgAddress, Role::Party)
                    }
                } else if header_person(scan, h.start) {
                    (PiiKind::HomeAddress, Role::Party)
                } else {
                    (PiiKind::OrgAddress, Role::Party)
                }
            }
        };
        out.push(Candidate::new(
            Span::new(p, end),
            kind,
            role,
            "address_label",
            Some(h.word),
            Validity::None,
            if kind == PiiKind::HomeAddress {
                0.9
            } else {
                0.85
            },
        ));
    }
    table_columns(scan, out);
    served_columns(scan, out);
}

/// True when the words after a spoken 我家在 at `from`, up to the clause's end (40 characters
/// at most), are an address: they start with a place name or end with a house number or flat.
fn spoken_home(text: &str, from: usize) -> bool {
    let end = super::context::advance(text, from, 40);
    let rest = &text[from..end];
    let clause = &rest[..rest
        .find([',', '，', '。', ';', '；', '\n'])
        .unwrap_or(rest.len())];
    starts_with_place(clause) || clause.ends_with(['号', '室', '组', '栋', '幢', '楼'])
}

/// True when a person stands right before `pos`: a pronoun (他, 她, 其, 你们) or a name read
/// back from it (某某).
fn person_before(text: &str, pos: usize) -> bool {
    if text[..pos].ends_with(['他', '她', '其', '你', '们']) {
        return true;
    }
    [2, 3].iter().any(|&n| {
        let start = super::context::retreat(text, pos, n);
        start + 3 * n == pos
            && super::names::name_at(text, start, true).is_some_and(|(e, _)| e == pos)
    })
}

/// `自行返回大埔村新街16号家中`, `送回某村12号的家里`: a place that ends in a house number
/// right before 家中 / 家里 (at `at`) is someone's home. Read back from the number over the
/// place's name to the verb or the punctuation before it.
fn home_before(text: &str, at: usize, out: &mut Vec<Candidate>) {
    let end = text[..at].strip_suffix('的').map_or(at, str::len);
    if !text[..end].ends_with(['号', '室']) {
        return;
    }
    let mut start = end;
    for (i, c) in text[..end].char_indices().rev().take(24) {
        if !(c.is_ascii_digit() || c == '-' || is_han(c))
            || "回到在至住往去返于从其她他的、映称".contains(c)
        {
            break;
        }
        start = i;
    }
    // A flat in a building (7号楼1103室), whose name has no place word: it starts after the
    // last 和 / 及 / 与 before it (某某和7号楼1103室住户某某).
    // (Or a numbered door of a unit: 5栋1单元602号.)
    let flat = (text[start..end].ends_with('室') || text[start..end].contains("单元"))
        && text[start..end].chars().any(|c| "楼栋幢".contains(c));
    if flat {
        if let Some(i) = text[start..end].rfind(['和', '及', '与']) {
            start += i + '和'.len_utf8();
        }
    }
    let v = &text[start..end];
    if looks_like_address(v)
        && v.contains(|c: char| c.is_ascii_digit())
        // A place with a number, or a flat.
        && (flat || v.chars().any(|c| "省市县区镇乡村路街巷弄组".contains(c)))
    {
        out.push(Candidate::new(
            Span::new(start, end),
            PiiKind::HomeAddress,
            Role::Other,
            "address_before_home",
            Some("家中"),
            Validity::None,
            0.85,
        ));
    }
}

/// `洪某（住某县某村3组）`, `李某，男，1980年生，住某县某村`: a home address after 住 in the
/// description that follows a person's name (住 alone is too common a word to be a cue
/// anywhere else: 住院, 住宿).
pub fn after_names(scan: &Scan<'_>, names: &[(Span, Role)], out: &mut Vec<Candidate>) {
    let text = scan.text;
    let b = text.as_bytes();
    for &(span, role) in names {
        after_id(text, span, role, out);
        located_home(text, span, role, out);
        // The description: 240 bytes (80 Han characters) after the name, in its sentence (a
        // party's particulars: 男，某年某月某日出生，汉族，某厂经营者，公民身份号码…，住…).
        let window = super::context::floor_char(text, (span.end + 240).min(b.len()));
        let mut from = span.end;
        while let Some(at) = crate::text::scan::find_word(&b[..window], from, "住") {
            if crate::text::scan::contains_any(&text[from..at], &['。', '\n', ';']) {
                break;
            }
            from = at + '住'.len_utf8();
            let prev = char_before(text, at);
            let next = char_at(text, from).unwrap_or('。');
            // (Or right after the name: 其父某某住某镇某村三组27号.)
            // (住宿 is a stay, but 住宿迁市… is a home in 宿迁.)
            let place = ["宿迁", "宿州", "宿松", "宿豫", "宿城"]
                .iter()
                .any(|w| text[from..].starts_with(w));
            if !(matches!(prev, Some('(' | ',')) || at == span.end)
                || ("院宿进了过着得在址所宅".contains(next) && !place)
            {
                continue;
            }
            let end = value_end(text, from, prev == Some('('));
            if looks_like_address(&text[from..end]) {
                push_home(out, Span::new(from, end), role, "住", 0.88);
            }
            break;
        }
    }
}

/// A flat in a housing estate named with no label (`存放于鑫苑小区6号楼2单元401室的储藏间`,
/// `我现在住某小区9栋302室`): an estate's word, a block (号楼, 栋, 幢, 单元) and a flat's
/// number ending in 室, read back from 室 to a preposition or punctuation (30 characters at
/// most). Offices (大厦, 广场) are left out; a value after an address label is the label's to
/// read.
pub fn bare_flats(scan: &Scan<'_>, out: &mut Vec<Candidate>) {
    const ESTATES: &[&str] = &[
        "小区", "花园", "苑", "家园", "新村", "公寓", "华庭", "山庄", "嘉园", "新城",
    ];
    // Offices, hotels and public buildings in an estate's name (御苑大厦, 锦绣花园酒店,
    // 政务服务中心, 新城区): no homes.
    const NOT_HOMES: &[&str] = &[
        "大厦",
        "广场",
        "酒店",
        "宾馆",
        "中心",
        "写字楼",
        "商务",
        "分局",
        "本局",
        "办公",
        "商铺",
        "新城区",
    ];
    const BLOCKS: &[&str] = &["号楼", "栋", "幢", "单元"];
    let text = scan.text;
    let b = text.as_bytes();
    // The number is a token of digits, a flat's with a letter first (B201室) (read from the
    // scan's tokens, not the text).
    for t in &scan.tokens {
        let at = t.end;
        let body = &b[t.start..at];
        let lead = usize::from(body.first().is_some_and(u8::is_ascii_alphabetic));
        if body.len() <= lead || !body[lead..].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let Some(unit) = ['室', '号', '组', '栋', '幢']
            .into_iter()
            .find(|&c| text[at..].starts_with(c))
        else {
            continue;
        };
        let from = at + unit.len_utf8();
        // A home said in passing (我现在住某村8号, 他目前住某小区9栋302室): 住 after 现在,
        // 目前 or 一直, 30 characters back at most, in the same clause.
        if lead == 0 {
            said_home(text, t.start, from, out);
        }
        // A remark that says whose home it is (`…17幢1602室（本人住宅）`, `某路8号（其住处）`)
        // makes any address one, whatever its label (not a firm's 住所).
        let remarked = matches!(unit, '室' | '号')
            && super::context::bracketed_at(text, from, 12).is_some_and(|r| {
                ["住宅", "住处", "居所", "家中"]
                    .iter()
                    .any(|w| r.contains(w))
                    && !["公司", "厂", "单位", "经营"].iter().any(|w| r.contains(w))
            });
        if !remarked && (unit != '室' || !(2..=5).contains(&(body.len() - lead))) {
            continue;
        }
        let mut start = at;
        for (n, c) in text[..at].chars().rev().enumerate() {
            if n == if remarked { 40 } else { 30 }
                || !(is_han(c) || c.is_ascii_alphanumeric() || c == '-')
                || "于在至到住的是为其和与及从把被将向往有".contains(c)
            {
                break;
            }
            start -= c.len_utf8();
        }
        let v = &text[start..from];
        if remarked {
            // (A firm's or a body's name, or a party named before it, is no part of a home.)
            if looks_like_address(v)
                && !["公司", "局", "厂", "当事人", "有限"]
                    .iter()
                    .any(|w| v.contains(w))
            {
                push_home(out, Span::new(start, from), Role::Other, "(住宅)", 0.85);
            }
            continue;
        }
        if !ESTATES.iter().any(|w| v.contains(w))
            || !BLOCKS.iter().any(|w| v.contains(w))
            || NOT_HOMES.iter().any(|w| v.contains(w))
        {
            continue;
        }
        // Where something is done (在某小区3栋201室设立办公场所, 在…进行听证): a place of
        // business or of the case, unless someone lives there (住在, 居住在, 在…居住, 在…的
        // 住处); inside brackets after the agency (本局（某小区3号楼201室）): the agency's.
        let head = &text[..start];
        let after = &text[from..super::context::advance(text, from, 8)];
        let lived = after
            .strip_prefix('的')
            .is_some_and(|r| HOME_AFTER.iter().any(|w| r.starts_with(w)))
            || after.starts_with("居住")
            || after.starts_with('住');
        if (head.ends_with('在') && !head.ends_with("住在") && !head.ends_with("居住在") && !lived)
            || [
                "办公",
                "经营",
                "营业",
                "设立",
                "举行",
                "召开",
                "进行",
                "(当事人经营",
                "(经营",
            ]
            .iter()
            .any(|w| after.starts_with(w) || after.contains(w))
            || (head.ends_with('(')
                && super::names::agency_name_set().occurs(
                    text,
                    super::context::retreat(text, start, 12),
                    start,
                ))
        {
            continue;
        }
        // (After a label, whose rules say whose it is: 住所：某小区3栋101室.)
        let near = super::context::retreat(text, start, 12);
        if super::lexicon::within(&scan.hits, near, start)
            .iter()
            .any(|h| h.tags.iter().any(|t| matches!(t, Tag::Address(_))))
        {
            continue;
        }
        push_home(out, Span::new(start, from), Role::Other, "室", 0.8);
    }
}

/// A home said in passing that ends in the number at `num..end` (`我现在住某村8号`, `他目前住
/// 某小区9栋302室`): 住 after 现在, 目前 or 一直, 30 characters back at most, with no
/// punctuation between (not 住院, 住宿, 住在: a label of its own).
fn said_home(text: &str, num: usize, end: usize, out: &mut Vec<Candidate>) {
    let from = super::context::retreat(text, num, 30);
    let Some(at) = text[from..num].rfind('住').map(|i| from + i) else {
        return;
    };
    let head = &text[..at];
    let v_from = at + '住'.len_utf8();
    if !["现在", "目前", "一直"].iter().any(|w| head.ends_with(w))
        || char_at(text, v_from).is_none_or(|c| "院宿进了过着得在址所宅".contains(c))
        || text[v_from..num].contains([',', '。', ';', '\n', '?', '!'])
    {
        return;
    }
    let v_end = value_end(text, v_from, false).max(end);
    let v = &text[v_from..v_end];
    if looks_like_address(v) {
        push_home(out, Span::new(v_from, v_end), Role::Other, "住", 0.85);
    }
}

/// `某某（居民身份证号码…，住某镇某村8号）`: a home address after `，住` right after an ID number
/// (`ids`: the spans of ID numbers and their owners' roles), whoever's it is: a name no cue
/// reads may stand before it.
pub fn after_ids(text: &str, ids: &[(Span, Role)], out: &mut Vec<Candidate>) {
    for &(span, role) in ids {
        let Some(rest) = text[span.end..].strip_prefix(",住") else {
            continue;
        };
        let from = text.len() - rest.len();
        if rest.starts_with(|c: char| "院宿进了过着得在址所宅".contains(c)) {
            continue;
        }
        // (In brackets when one opens in the 40 characters before the number and has not
        // closed.)
        let head = &text[super::context::retreat(text, span.start, 40)..span.start];
        let in_paren = head.rfind('(').is_some_and(|o| !head[o..].contains(')'));
        let end = value_end(text, from, in_paren);
        if looks_like_address(&text[from..end]) {
            out.push(Candidate::new(
                Span::new(from, end),
                PiiKind::HomeAddress,
                role,
                "address_after_id",
                Some("住"),
                Validity::None,
                0.88,
            ));
        }
    }
}

/// `村民某某位于某村某路17号的自建房`, `某某家位于…`: where a person's house stands, right
/// after the name.
fn located_home(text: &str, span: Span, role: Role, out: &mut Vec<Candidate>) {
    // (Past the particulars in brackets: 某某（身份证号码：…）位于….)
    let end = match super::context::bracketed_at(text, span.end, 60) {
        Some(inner) => span.end + inner.len() + 2,
        None => span.end,
    };
    let span = Span::new(span.start, end);
    let rest = &text[span.end..];
    // `某某住宅（某村塘冲组9号）`: the house named, its address in brackets.
    for w in ["住宅", "家"] {
        if let Some(inner) = rest
            .strip_prefix(w)
            .and_then(|r| super::context::bracketed_at(r, 0, 40))
        {
            let from = span.end + w.len() + 1;
            // (The address up to a remark after a comma: 某村9号，已于2022年拆除; a number or a
            // village's name in it, not a remark: 某某家（待镇里组织房屋安全鉴定）.)
            let inner = &inner[..inner.find([',', ';']).unwrap_or(inner.len())];
            if looks_like_address(inner)
                && (inner
                    .contains(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
                    || [
                        "村", "组", "屯", "寨", "小区", "社区", "栋", "号", "路", "街", "巷",
                    ]
                    .iter()
                    .any(|w| inner.contains(w)))
            {
                push_home(out, Span::new(from, from + inner.len()), role, w, 0.85);
            }
            return;
        }
    }
    let (own, lead) = match rest.strip_prefix("家位于") {
        Some(_) => (true, "家位于".len()),
        None if rest.starts_with("位于") => (false, "位于".len()),
        None => return,
    };
    let from = span.end + lead;
    let end = value_end(text, from, false);
    // The address ends at the 的 before the house (…17号的自建房): read up to it, in the same
    // clause, 40 characters on at most.
    let to = super::context::advance(text, from, 40);
    let Some(k) = text[from..to]
        .find('的')
        .filter(|&k| !text[from..from + k].contains(|c: char| ",;。、:\n()".contains(c)))
    else {
        if own && looks_like_address(&text[from..end]) {
            push_home(out, Span::new(from, end), role, "位于", 0.85);
        }
        return;
    };
    let house = &text[from + k + '的'.len_utf8()..];
    // (Not a firm's: 家具店, 住房租赁中介, 房屋中介门店.)
    let home = [
        "自建房",
        "自建住房",
        "住房",
        "住宅",
        "房屋",
        "家中",
        "家里",
        "出租屋",
        "租住房",
        "租住处",
        "住处",
        "民房",
        "老宅",
    ]
    .iter()
    .any(|w| {
        house.strip_prefix(w).is_some_and(|r| {
            !["租赁中介", "中介门店", "中介公司", "中介机构", "销售部", "销售门店"]
                .iter()
                .any(|x| r.starts_with(x))
        })
    })
        // (家 alone, not 家具店, 家电维修部.)
        || house
            .strip_prefix('家')
            .is_some_and(|r| !r.starts_with(|c: char| "具电居政纺装私禽用".contains(c)));
    let value = Span::new(from, from + k);
    if (own || home) && looks_like_address(&text[value.start..value.end]) {
        push_home(out, value, role, "位于", 0.85);
    }
}

/// A home address at `span` of the person with `role` named before it, read after `cue`:
/// the party's or someone else's in the facts.
fn push_home(out: &mut Vec<Candidate>, span: Span, role: Role, cue: &'static str, score: f32) {
    let role = match role {
        Role::Party => Role::Party,
        _ => Role::Other,
    };
    out.push(Candidate::new(
        span,
        PiiKind::HomeAddress,
        role,
        "address_after_name",
        Some(cue),
        Validity::None,
        score,
    ));
}

/// `韦某，女，身份证号…，四川省成都市某区某村6组41号，电话…`: an address with no label, the item
/// after the ID number in the description that follows a person's name.
fn after_id(text: &str, span: Span, role: Role, out: &mut Vec<Candidate>) {
    let window = super::context::floor_char(text, (span.end + 120).min(text.len()));
    let desc = &text[span.end..window];
    let desc = &desc[..crate::text::scan::find_any(desc, &['。', '\n', ';']).unwrap_or(desc.len())];
    let Some(c) = desc.find(|c: char| c.is_ascii_digit()).and_then(|d| {
        // The ID: 15 or 18 characters, digits (and a final X), then a comma.
        let id: usize = desc[d..]
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'X' || *b == b'x')
            .count();
        (matches!(id, 15 | 18) && desc[d + id..].starts_with(',')).then_some(d + id)
    }) else {
        return;
    };
    let from = span.end + c + 1;
    // `，住某村…` is read by the 住 rule of [`after_names`], from after 住 (现住, 暂住, 户籍地
    // are labels of their own).
    let label = ["户籍地", "户籍所在地", "户口所在地"]
        .iter()
        .any(|w| text[from..].starts_with(w));
    // What he holds, issued by a body (持有某省应急管理厅颁发的合格证): no place he lives.
    let verb = ["持有", "取得", "任", "担任", "现任", "经", "持"]
        .iter()
        .any(|w| text[from..].starts_with(w));
    if text[from..].starts_with(['住', '现', '暂', '家'])
        || text[from..].starts_with("生前")
        || label
        || verb
        || !starts_with_place(&text[from..])
    {
        return;
    }
    let end = value_end(text, from, false);
    let v = &text[from..end];
    // An employer and a post (某市某物业服务有限公司秩序维护员) is no address; a staff
    // dormitory is.
    // (Nor a body he works for or that issued his papers: 系某市应急管理局执法人员, 系某中学
    // 教师; 系某村村民 is a home.)
    let employer = (v.contains("公司") && !v.contains("宿舍"))
        || [
            "局",
            "学校",
            "中学",
            "小学",
            "大学",
            "医院",
            "办事处",
            "委员会",
            "村委",
            "居委",
            "核发",
            "颁发",
            "签发",
            "执法",
            "教师",
        ]
        .iter()
        .any(|w| v.contains(w));
    if looks_like_address(v) && !v.ends_with('人') && !employer {
        out.push(Candidate::new(
            Span::new(from, end),
            PiiKind::HomeAddress,
            if role == Role::Party {
                Role::Party
            } else {
                Role::Other
            },
            "address_after_id",
            None,
            Validity::None,
            0.85,
        ));
    }
}

/// In the header block, is the block around `pos` describing a natural person? The nearest of
/// the person words (身份证、性别、姓名…) and organisation words (统一社会信用代码、公司…)
/// in the lines above decides.
fn header_person(scan: &Scan<'_>, pos: usize) -> bool {
    let idx = scan.layout.line_index(pos);
    (idx.saturating_sub(6)..=idx)
        .rev()
        .find_map(|i| line_person(scan, pos, i))
        .unwrap_or_else(|| scan.layout.party_person(scan.text))
}

/// Whether line `idx`, up to `pos`, describes a natural person (`Some(true)`) or an
/// organisation (`Some(false)`): the later of the person and organisation words on it decides.
fn line_person(scan: &Scan<'_>, pos: usize, idx: usize) -> Option<bool> {
    let l = scan.layout.lines.get(idx)?;
    // A firm's register entry (经营范围：民族服饰销售。) is an organisation's, whatever its words.
    if super::layout::register_field(&scan.text[l.start..l.end]) {
        return Some(false);
    }
    // The line up to `pos`, 100 characters at most: a bound on one long line of many fields.
    let end = l.end.min(pos.max(l.start));
    let s = &scan.text[super::context::retreat(scan.text, end, 100).max(l.start)..end];
    // One walk over the line for the three kinds of words (LINE_WORDS: person words, then
    // organisation words, then an employer's labels).
    let (mut person, mut employer) = (None, None);
    let mut orgs: Vec<usize> = Vec::new();
    for (k, at, _) in word_set!(LINE_WORDS).all_in_indexed(s, 0, s.len()) {
        match k as usize {
            // 工作单位 says a person, and opens the employer's field.
            WORK_UNIT => {
                person = person.max(Some(at));
                employer = employer.max(Some(at));
            }
            k if k < PERSON_WORDS => person = person.max(Some(at)),
            k if k < PERSON_WORDS + ORG_WORDS_ON_LINE => orgs.push(at),
            _ => employer = employer.max(Some(at)),
        }
    }
    // A person's employer (工作单位：某公司, 单位地址：…) is no sign of an organisation party:
    // organisation words inside that field, up to the next comma, do not count.
    let in_employer =
        |at: usize| employer.is_some_and(|e| e <= at && !s[e..at].contains([',', ';']));
    let org = orgs.into_iter().filter(|&at| !in_employer(at)).max();
    match (person, org) {
        (Some(a), Some(b)) => Some(a > b),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        _ => None,
    }
}

/// How many of [`LINE_WORDS`] are person words, and then organisation words; where 工作单位
/// stands.
const PERSON_WORDS: usize = 18;
const WORK_UNIT: usize = 7;
const ORG_WORDS_ON_LINE: usize = 10;

/// The words [`line_person`] reads on a line: what describes a natural person, what
/// describes an organisation, and the labels of a person's employer.
const LINE_WORDS: &[&str] = &[
    "身份证",
    "身份号码",
    "性别",
    "姓名",
    "出生",
    "民族",
    "家庭住址",
    "工作单位",
    // Persons other than the party (证人某，通讯地址：…).
    "证人",
    "被询问人",
    "代理人",
    "受托人",
    "监护人",
    "举报人",
    "投诉人",
    "信访人",
    ",男",
    ",女",
    // Organisations.
    "统一社会信用代码",
    "信用代码",
    "法定代表人",
    "单位",
    "公司",
    "企业",
    "厂",
    "合作社",
    "注册号",
    // A lawyer's particulars give the firm's address (某律师事务所律师 / 通讯地址：…); a
    // person working at a firm (某会计师事务所职员) is a person.
    "事务所律师",
    // An employer's labels (and 工作单位, above).
    "单位地址",
    "就职",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn addrs(t: &str) -> Vec<(String, PiiKind)> {
        let scan = Scan::new(t);
        let mut out = Vec::new();
        find(&scan, &mut out);
        out.into_iter()
            .map(|c| (scan.text[c.span.start..c.span.end].to_string(), c.kind))
            .collect()
    }

    /// A head's title across two place names is no role word (大塘埠镇长安村); a remark on a
    /// place of questioning says whose home it is.
    #[test]
    fn titles_in_places_and_home_remarks() {
        assert_eq!(
            addrs("户籍地:某省某县大塘埠镇长安村上屋组27号"),
            vec![(
                "某省某县大塘埠镇长安村上屋组27号".into(),
                PiiKind::HomeAddress
            )]
        );
        assert_eq!(
            addrs("询问地点:某市塘下镇场桥村新街路15号302室(证人住处)"),
            vec![(
                "某市塘下镇场桥村新街路15号302室".into(),
                PiiKind::HomeAddress
            )]
        );
        assert_eq!(
            addrs("住址江西省于都县贡江镇长征大道西路117号。"),
            vec![(
                "江西省于都县贡江镇长征大道西路117号".into(),
                PiiKind::HomeAddress
            )]
        );
        assert!(addrs("询问地点:某区应急管理局302室").is_empty());
        // A house number right before 家中 is a home.
        assert_eq!(
            addrs("邝某右手掌擦伤,自行返回大埔村新街16号家中。伤者被送回某村12号的家里。"),
            vec![
                ("大埔村新街16号".into(), PiiKind::HomeAddress),
                ("某村12号".into(), PiiKind::HomeAddress)
            ]
        );
        assert!(addrs("在家中休息,回到3号楼家中。").is_empty());
        assert_eq!(
            addrs("暂住绍兴市越城区斗门街道荣星村东区18幢301室"),
            vec![(
                "绍兴市越城区斗门街道荣星村东区18幢301室".into(),
                PiiKind::HomeAddress
            )]
        );
    }

    /// The item after a person's ID number in the description after the name is the
    /// address; a native place (某县人) is not.
    #[test]
    fn address_after_an_id() {
        let t =
            "韦小燕,女,身份证号510129198608187622,四川省成都市新都区清白村6组41号,电话18328476015";
        let scan = Scan::new(t);
        let mut out = Vec::new();
        after_names(&scan, &[(Span::new(0, 9), Role::Other)], &mut out);
        assert_eq!(
            &t[out[0].span.start..out[0].span.end],
            "四川省成都市新都区清白村6组41号"
        );
        let t = "王五,男,身份证号码:350521198703124516,福建省安溪县人。";
        let scan = Scan::new(t);
        let mut out = Vec::new();
        after_names(&scan, &[(Span::new(0, 6), Role::Other)], &mut out);
        assert!(out.is_empty());
        // `，住…` after the ID: one address, from after 住.
        let t = "邝志伟,身份证号码:35062619880107453X,住漳州市芗城区湘桥路45号,电话18960162375";
        let scan = Scan::new(t);
        let mut out = Vec::new();
        after_names(&scan, &[(Span::new(0, 9), Role::Other)], &mut out);
        let found: Vec<&str> = out.iter().map(|c| &t[c.span.start..c.span.end]).collect();
        assert_eq!(found, vec!["漳州市芗城区湘桥路45号"]);
        let t = "符海生(身份证号350526197902114035,现住洛江区河市镇禾溪村三组17号)";
        let scan = Scan::new(t);
        let mut out = Vec::new();
        after_names(&scan, &[(Span::new(0, 9), Role::Other)], &mut out);
        assert!(out.is_empty(), "现住 is a label of its own");
    }

    /// A form written as a two-column table; the agency's own note in running text.
    #[test]
    fn form_rows_and_agency_notes() {
        let t = "行政相对人名称 | 华建新\n行政相对人类别 | 自然人\n联系地址 | 福清市龙田镇东营村下厝里52号\n";
        assert_eq!(
            addrs(t),
            vec![("福清市龙田镇东营村下厝里52号".into(), PiiKind::HomeAddress)]
        );
        let t = format!(
            "{t}\n3. 可向我局提出异议。联系人:政策法规科 黄某;地址:福清市玉屏街道清荣大道2号\n"
        );
        assert_eq!(
            addrs(&t)[1],
            ("福清市玉屏街道清荣大道2号".into(), PiiKind::AgencyAddress)
        );
    }

    /// A label that starts a line or a cell may be padded to the column (any number of
    /// spaces, or spaces inside it and no colon: the canonical view writes `住　　址` so); a
    /// bar ends the cell. In running text the
    /// gap stays short.
    #[test]
    fn padded_columns() {
        let home = |v: &str| vec![(v.to_string(), PiiKind::HomeAddress)];
        assert_eq!(
            addrs("住  址 湖南省醴陵市浦口镇石塘组18号"),
            home("湖南省醴陵市浦口镇石塘组18号")
        );
        assert_eq!(
            addrs("| 家庭住址         | 湖南省醴陵市浦口镇石塘组18号       |"),
            home("湖南省醴陵市浦口镇石塘组18号")
        );
        assert_eq!(
            addrs("| 住址 | 湖南省醴陵市浦口镇石塘组18号 | 电话 |"),
            home("湖南省醴陵市浦口镇石塘组18号")
        );
        assert_eq!(
            addrs("  住址       防城港市兴港大道36号8栋1602房"),
            home("防城港市兴港大道36号8栋1602房")
        );
        assert!(addrs("其住址       防城港市兴港大道36号").is_empty());
        // A remark in parentheses between the label and its colon.
        assert_eq!(
            addrs("现住址(送达地址):江苏省徐州市幸福路27号302室"),
            home("江苏省徐州市幸福路27号302室")
        );
    }

    /// The index constants of the line's words point where they say.
    #[test]
    fn line_word_groups() {
        assert_eq!(LINE_WORDS[WORK_UNIT], "工作单位");
        assert_eq!(LINE_WORDS[PERSON_WORDS - 1], ",女");
        assert_eq!(LINE_WORDS[PERSON_WORDS], "统一社会信用代码");
        assert_eq!(
            LINE_WORDS[PERSON_WORDS + ORG_WORDS_ON_LINE - 1],
            "事务所律师"
        );
    }

    /// Whose an address is: an organisation described in parentheses, a law firm, a witness.
    #[test]
    fn organisations_firms_and_witnesses() {
        // A person working at a firm is a person.
        let t = "当事人:王丽华,女,1980年出生,某会计师事务所职员,住所:福州市某路1号402室。";
        assert_eq!(
            addrs(t),
            vec![("福州市某路1号402室".into(), PiiKind::HomeAddress)]
        );
        let id = "身份证号:511302198304160027。";
        let t = format!("{id}工作单位:某钢结构工程有限公司(统一社会信用代码:91450202MA5L6R3T12;住所:东环大道268号)");
        assert_eq!(
            addrs(&t),
            vec![("东环大道268号".into(), PiiKind::OrgAddress)]
        );
        let t = format!("{id}当事人(住所:东环大道268号)");
        assert_eq!(
            addrs(&t),
            vec![("东环大道268号".into(), PiiKind::HomeAddress)]
        );
        let t = format!("{id}\n委托代理人:司马骏,某律师事务所律师\n联系电话:18990812576\n通讯地址:某市人民中路88号9楼\n");
        assert_eq!(
            addrs(&t),
            vec![("某市人民中路88号9楼".into(), PiiKind::OrgAddress)]
        );
        assert_eq!(
            addrs("证人汪德明,通讯地址:某市和平路132号5幢302号。"),
            vec![("某市和平路132号5幢302号".into(), PiiKind::HomeAddress)]
        );
    }

    /// The address column of a table of persons; a table of companies is no one's home.
    #[test]
    fn table_address_columns() {
        let t = "序号\t姓名\t住址\t伤情\n1\t罗某\t某县富世镇西湖路28号附3号\t死亡\n2\t王某\t\t\t某县青龙村5组17号\t轻伤\n";
        assert_eq!(
            addrs(t),
            vec![
                ("某县富世镇西湖路28号附3号".into(), PiiKind::HomeAddress),
                ("某县青龙村5组17号".into(), PiiKind::HomeAddress)
            ]
        );
        let t = "单位名称|住址|\n某某公司|某县工业路8号|\n";
        assert!(addrs(t).is_empty());
        // Aligned with spaces, a row whose long date left one space only before the name.
        let t = "日期    客户姓名  送气地址          联系电话\n6月8日  黄秀英    某区某路12号      13959866047\n6月10日 戴秋菊    某区法石村中街47号  0595-22375062\n";
        assert_eq!(
            addrs(t),
            vec![
                ("某区某路12号".into(), PiiKind::HomeAddress),
                ("某区法石村中街47号".into(), PiiKind::HomeAddress)
            ]
        );
    }

    /// 内 after an administrative unit starts a place name (官桥镇内厝村); elsewhere it means
    /// "inside" and ends the address.
    #[test]
    fn nei_in_place_names() {
        assert_eq!(
            addrs("住址:某县官桥镇内厝村后埔67号,电话:"),
            vec![("某县官桥镇内厝村后埔67号".into(), PiiKind::HomeAddress)]
        );
        assert_eq!(
            addrs("姓名:张三\n家住某市某区某村内,从事"),
            vec![("某市某区某村".into(), PiiKind::HomeAddress)]
        );
    }

    /// The address a document is served at is the addressee's, even in a 送达回证 below the
    /// agency's own block.
    #[test]
    fn served_address_is_never_the_agency_s() {
        let t = "姓名:张三\n性别:男\n  经查,你于某日无证作业,违反了规定,依法处罚。\n某县应急管理局\n地址:某县某路1号\n\n送达回证\n送达地点:某市某村后山路18号(受送达人住所)\n";
        assert_eq!(
            addrs(t),
            vec![
                ("某县某路1号".into(), PiiKind::AgencyAddress),
                ("某市某村后山路18号".into(), PiiKind::HomeAddress)
            ]
        );
    }

    #[test]
    fn home_labels() {
        assert_eq!(
            addrs("住址:福建省泉州市德化县三班镇玉湖村洋埭136号\n联系电话:13800138000"),
            vec![(
                "福建省泉州市德化县三班镇玉湖村洋埭136号".into(),
                PiiKind::HomeAddress
            )]
        );
        assert_eq!(
            addrs("户籍所在地:某省某市某路1号,现住某市某区某路2号。"),
            vec![
                ("某省某市某路1号".into(), PiiKind::HomeAddress),
                ("某市某区某路2号".into(), PiiKind::HomeAddress)
            ]
        );
        assert_eq!(
            addrs("姓名:张三\n性别:男\n住所:某市某区某路3号  联系电话:1"),
            vec![("某市某区某路3号".into(), PiiKind::HomeAddress)]
        );
        // A label run on into its value, when the value plainly starts with a place.
        assert_eq!(
            addrs("公民身份号码1,家庭住址江西省吉安市永丰县佐龙乡12号,联系电话:1"),
            vec![("江西省吉安市永丰县佐龙乡12号".into(), PiiKind::HomeAddress)]
        );
        assert_eq!(
            addrs("当事人:林某,男,身份证号码1,住所地泉州市洛江区河市镇32号,系"),
            vec![("泉州市洛江区河市镇32号".into(), PiiKind::HomeAddress)]
        );
        assert!(addrs("该公司住所地址不详。住所地变更至某市某区。住址不详。").is_empty());
        // Where a person stays for now is a residence too; a place without an address is not.
        assert_eq!(
            addrs("证人林某暂住于某区星光路12号302室,其妻借住在某村5组。宿舍暂住在厂区内。"),
            vec![
                ("某区星光路12号302室".into(), PiiKind::HomeAddress),
                ("某村5组".into(), PiiKind::HomeAddress)
            ]
        );
    }

    #[test]
    fn org_and_agency_kept_kinds() {
        assert_eq!(
            addrs("当事人:某某有限公司\n统一社会信用代码:1\n住所:某市某区某路4号\n"),
            vec![("某市某区某路4号".into(), PiiKind::OrgAddress)]
        );
        assert_eq!(
            addrs("本局地址:某市某路5号  咨询电话:1"),
            vec![("某市某路5号".into(), PiiKind::AgencyAddress)]
        );
        assert!(addrs("地址不详").is_empty());
    }

    /// A party described in one running line: the words on that line before 住所 say whose it
    /// is, whichever way the line is laid out.
    /// A person's employer in the header (工作单位, 单位地址) does not make the party an
    /// organisation: the 送达地址 below is the person's.
    #[test]
    fn employer_of_a_person() {
        let t = "受送达人:陈某\n性别:男\n工作单位:某某钢构工程队\n单位地址:某区龙腾南路59号\n\n送达地址:某区华莲路136号1102室\n";
        assert_eq!(
            addrs(t),
            vec![
                ("某区龙腾南路59号".into(), PiiKind::OrgAddress),
                ("某区华莲路136号1102室".into(), PiiKind::HomeAddress)
            ]
        );
        let t = "被检查单位:某某有限公司\n单位地址:某区工业路8号\n送达地址:某区工业路8号\n";
        assert!(addrs(t).iter().all(|(_, k)| *k == PiiKind::OrgAddress));
    }

    #[test]
    fn one_line_party_residence() {
        assert_eq!(
            addrs("当事人:林某强,男,1979年8月3日出生,身份证号码:1,住所:某省某县某路118号3幢502室,联系方式:1。"),
            vec![("某省某县某路118号3幢502室".into(), PiiKind::HomeAddress)]
        );
        assert_eq!(
            addrs(
                "当事人:某某五金有限公司,统一社会信用代码:1,住所:某县某镇某路8号,法定代表人:林某。"
            ),
            vec![("某县某镇某路8号".into(), PiiKind::OrgAddress)]
        );
        // Nothing on the line says: the document's header decides (no person block: an
        // organisation's premises).
        assert_eq!(
            addrs("经查,当事人在住所:某县某镇某路9号,存放危险化学品,未设置警示标志。"),
            vec![("某县某镇某路9号".into(), PiiKind::OrgAddress)]
        );
    }

    /// A document that speaks to its party as 你 is addressed to a person; a remark in
    /// parentheses after the address is not part of it.
    #[test]
    fn addressed_to_a_person() {
        let t = "苏某龙:\n  本机关对你作出的行政处罚决定,你至今未履行。\n  送达地址:某市某镇某村后山路57号(你的户籍地址)。";
        assert_eq!(
            addrs(t),
            vec![("某市某镇某村后山路57号".into(), PiiKind::HomeAddress)]
        );
        let t = "某某有限公司:\n  本机关对你单位作出的行政处罚决定,你单位至今未履行。\n  送达地址:某市某镇某村后山路57号。";
        assert_eq!(
            addrs(t),
            vec![("某市某镇某村后山路57号".into(), PiiKind::OrgAddress)]
        );
    }

    /// 住 in the description after a name: the address; 住院 and 住宿 are not.
    #[test]
    fn residence_after_a_name() {
        let found = |t: &str| {
            let scan = Scan::new(t);
            let people: Vec<(Span, Role)> = super::super::names::find(&scan)
                .iter()
                .map(|m| (m.span, m.role))
                .collect();
            let mut out = Vec::new();
            after_names(&scan, &people, &mut out);
            out.into_iter()
                .map(|c| scan.text[c.span.start..c.span.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("其妻子洪秀珍(住永春县桃城镇留安村3组)已签字。"),
            vec!["永春县桃城镇留安村3组"]
        );
        assert_eq!(
            found("证人李建国,男,1980年生,住南安市溪美街道12号,称"),
            vec!["南安市溪美街道12号"]
        );
        assert!(found("证人李建国(住院治疗中)称").is_empty());
        assert!(found("员工王五,住宿舍3楼,称").is_empty());
        assert!(
            found("证人李建国,住址:南安市溪美街道12号").is_empty(),
            "a label: found by `find`"
        );
    }

    #[test]
    fn located_home() {
        let t = "姓名:张三\n性别:男\n  你在位于某市某区工业路9号的自建房内储存烟花爆竹,依法应当处罚,特此。";
        assert_eq!(
            addrs(t),
            vec![("某市某区工业路9号".into(), PiiKind::HomeAddress)]
        );
        let t = "姓名:张三\n性别:男\n  你在位于某市某区工业路9号的店面内销售,依法应当处罚,特此。";
        assert!(addrs(t).is_empty());
    }

    #[test]
    fn inline_residence() {
        let t = "姓名:张三\n性别:男\n  你在住所(某市某区某路6号201室)内非法储存烟花爆竹,依法应当处罚,特此。";
        assert_eq!(
            addrs(t),
            vec![("某市某区某路6号201室".into(), PiiKind::HomeAddress)]
        );
    }
}

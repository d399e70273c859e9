//! Phone numbers. Mobile: `13800138000`, `138 0013 8000`, `138-0013-8000`, `+86-13800138000`,
//! `0086 138…`, `(+86)138…`. Landline: `0595-22881234`, `(0595)22881234`, `0595 22881234`,
//! extensions (`-801`, `转801`), and bare 7–8 digit local numbers after a phone label.
//!
//! Whose number it is decides what happens: a person's number is masked, the agency's public
//! number (公示制度（八）) is kept as `agency_phone`. See [`super::layout::Layout::owner`].

use super::context::{label_before, set_before};
use super::digits::Chain;
use super::names::Mention;
use super::{Candidate, PiiKind, Role, Scan, Validity};
use crate::finding::Span;
use crate::text::words::{joined, word_set};

/// Words that make a number a contact number.
pub const PHONE_CUES: &[&str] = &[
    "手机",
    "电话",
    "联系方式",
    "Tel",
    "TEL",
    "tel",
    "致电",
    "座机",
    "固话",
    "宅电",
    "号码",
];

/// Labels after which a number is not a phone (a certificate, a code, an account).
const NOT_PHONE: &[&str] = &[
    "身份证号码",
    "身份证号",
    "身份号码",
    "证件号码",
    "执法证号",
    "执法证件号",
    "执法证编号",
    "证号",
    "证件号",
    "编号",
    "代码",
    "账号",
    "帐号",
    "卡号",
    "注册号",
    "索引号",
    "标识码",
    "缴款码",
    "单号",
    "序列号",
    "批号",
    "QQ",
    "qq",
    "QQ号",
];

/// Finds mobile and landline numbers.
pub fn find(scan: &Scan<'_>, people: &[Mention], out: &mut Vec<Candidate>) {
    let text = scan.text;
    let mut found: Vec<(Span, PiiKind, Validity, f32)> = Vec::new();
    // Where each number's chain starts: a label before the chain speaks for the numbers in
    // it (`身份证号码：3506 0319 9011 0352 57` holds no phone number).
    let mut chain_at: Vec<usize> = Vec::new();
    for chain in &scan.chains {
        mobiles(text, chain, &mut found);
        landlines(text, chain, &mut found);
        international(text, chain, &mut found);
        chain_at.resize(found.len(), chain.groups[0].start);
    }
    // (The last line asked whether it names the agency, and the answer.)
    let mut agency_lines: Option<(usize, bool)> = None;
    for ((span, kind, validity, score), at) in found.into_iter().zip(chain_at) {
        if label_before(text, span.start, NOT_PHONE, 4).is_some()
            || (at < span.start && label_before(text, at, NOT_PHONE, 4).is_some())
        {
            continue;
        }
        let cue = set_before(text, span.start, word_set!(PHONE_CUES), 12).map(|k| PHONE_CUES[k]);
        let mut role = scan.layout.owner(text, &scan.hits, people, span.start, &[]);
        // A mobile after someone named in its sentence who is no officer (证人某某到本局作证，
        // 手机：…): his, though the agency is named after him.
        // (Not when the last named is an officer, nor when the agency is what is contacted
        // after him: 可联系本局，手机…, 承办人手机…, 本局联系手机….)
        if kind == PiiKind::MobilePhone && role == Role::Agency {
            let from = super::context::sentence_start(text, span.start, 300);
            let i = people.partition_point(|m| m.span.end <= from);
            if let Some(m) = people[i..]
                .iter()
                .take_while(|m| m.span.end <= span.start)
                .last()
                .filter(|m| !matches!(m.role, Role::Officer | Role::Agency | Role::Unknown))
            {
                let between = &text[m.span.end..span.start];
                let contacted = ["联系", "咨询", "致电", "拨打"]
                    .iter()
                    .any(|w| between.contains(w))
                    || super::lexicon::within(&scan.hits, m.span.end, span.start)
                        .iter()
                        .any(|h| {
                            h.has(|t| {
                                matches!(t, super::lexicon::Tag::NameCue(c) if c.role == Role::Officer)
                                    || (matches!(
                                        t,
                                        super::lexicon::Tag::Zone(super::layout::Side::Agency)
                                    ) && !matches!(
                                        h.word,
                                        "本局" | "我局" | "你局" | "贵局" | "你们局" | "本机关" | "本厅"
                                    ))
                            })
                        });
                if !contacted {
                    role = m.role;
                }
            }
        }
        // A mobile is someone's own: the agency's only when its line names the agency or an
        // officer, not for following the body (说明。\n手机：…). (Read once per line.)
        if kind == PiiKind::MobilePhone && role == Role::Agency {
            let line = scan.layout.line_index(span.start);
            let named = match agency_lines {
                Some((l, v)) if l == line => v,
                _ => {
                    let v = agency_line(scan, people, line);
                    agency_lines = Some((line, v));
                    v
                }
            };
            if !named || called(text, span) {
                role = Role::Unknown;
            }
        }
        // The agency's landline in apposition to its name in running text (报告某县应急管理局
        // （联系电话：…）).
        // (So is a township's office's: 书面报某镇应急管理办公室（电话…）.)
        let agency_apposition = kind == PiiKind::LandlinePhone && {
            let head = &text[..span.start];
            [
                "(联系电话:",
                "(电话:",
                ",联系电话:",
                ",电话:",
                "(联系电话",
                "(电话",
            ]
            .iter()
            .any(|c| {
                head.strip_suffix(c).is_some_and(|h| {
                    super::names::AGENCY_NAMES
                        .iter()
                        .chain(OFFICES)
                        .any(|w| h.ends_with(w))
                })
            })
        };
        // A table's row whose cell before the number names the agency (责任单位/责任人 | 联系电话:
        // `区应急管理局危化科 某某 | 0575-…`): the agency's line.
        let agency_cell = kind == PiiKind::LandlinePhone
            && role == Role::Unknown
            && cell_before(text, span.start).is_some_and(|c| agency_named(scan, c.start, c.end));
        // A remark after it that says it is a home's (…（住宅）, （家中座机）) outweighs the firm
        // or the agency around it (到我局反映情况，留有联系电话…（家中座机）).
        let home_remark = super::context::bracketed_at(text, span.end, 8).is_some_and(|r| {
            [
                "住宅", "宅电", "家里", "家中", "家庭", "本人", "个人", "私人",
            ]
            .iter()
            .any(|w| r.contains(w))
        });
        let (kind, role) =
            if (role == Role::Agency || agency_apposition || agency_cell) && !home_remark {
                (PiiKind::AgencyPhone, Role::Agency)
            } else if kind == PiiKind::LandlinePhone
                && !home_remark
                && (org_line(text, span.start)
                || org_cell_before(scan, span.start)
                || org_apposition(scan, span.start)
                // A remark after it says it is a firm's line (…（公司办公室）; a bare （办公室）
                // may be a person's at work, （公司宿舍） is a home).
                || super::context::bracketed_at(text, span.end, 8).is_some_and(|r| {
                    (["总机", "前台", "值班室"].contains(&r)
                        || (["公司", "单位"].iter().any(|w| r.contains(w))
                            && ["办公室", "座机", "电话", "总机", "前台"]
                                .iter()
                                .any(|w| r.ends_with(w))))
                        && !["宿舍", "同事", "家"].iter().any(|w| r.contains(w))
                })
                // A table's column of the lines of places or bodies (安置点 | … | 值守电话).
                || scan
                    .layout
                    .column_head(text, span.start)
                    .is_some_and(|h| ORG_LABELS.contains(&h))
                // The landline of a party that is an organisation (its header, its head):
                // the company's switchboard, not a person's.
                || (matches!(role, Role::Party | Role::LegalRep) && org_block(scan, span.start)))
            {
                (PiiKind::OrgPhone, role)
            } else if home_remark && role == Role::Agency {
                (kind, Role::Other)
            } else {
                (kind, role)
            };
        let score = if cue.is_some() {
            score.max(0.97)
        } else {
            score
        };
        out.push(Candidate::new(
            span,
            kind,
            role,
            if kind == PiiKind::MobilePhone {
                "mobile_cn"
            } else {
                "landline_cn"
            },
            cue,
            validity,
            score,
        ));
    }
}

fn mobiles(text: &str, chain: Chain<'_>, found: &mut Vec<(Span, PiiKind, Validity, f32)>) {
    let b = text.as_bytes();
    let groups = &chain.groups;
    let n = groups.len();
    let mut i = 0;
    while i < n {
        // A country-code group (86 / 0086) directly before the number joins it.
        let prefixed = matches!(&b[groups[i].start..groups[i].end], b"86" | b"0086") && i + 1 < n;
        let first = if prefixed { i + 1 } else { i };
        let mut len = 0;
        let mut hit = None;
        for j in first + 1..=n {
            len += groups[j - 1].len();
            if len > 11 {
                break;
            }
            if len == 11 {
                let s = chain.joined(text, first, j);
                if is_mobile(&s) {
                    hit = Some(j);
                }
                break;
            }
        }
        // `+8613800138000` / `008613800138000`: the prefix fused into one group.
        if hit.is_none() && first == i {
            let g = &b[groups[i].start..groups[i].end];
            let body = g.strip_prefix(b"0086").or_else(|| g.strip_prefix(b"86"));
            if body.is_some_and(is_mobile) {
                hit = Some(i + 1);
            }
        }
        match hit {
            Some(j) => {
                let mut start = groups[i].start;
                if prefixed || groups[i].len() > 11 {
                    start = extend_plus(text, start);
                } else if first == i {
                    start = extend_paren_prefix(text, start);
                }
                let span = Span::new(start, groups[j - 1].end);
                found.push((span, PiiKind::MobilePhone, Validity::Passed, 0.85));
                i = j;
            }
            None => i += 1,
        }
    }
}

/// A number outside mainland China written with its country code after a phone word
/// (`电话：+65 9123 4567`, `+852 2123 4567`): the whole chain. Hong Kong, Macao and Taiwan
/// numbers of their plans' lengths need no phone word (a table's cell): nothing else is
/// written so.
fn international(text: &str, chain: Chain<'_>, found: &mut Vec<(Span, PiiKind, Validity, f32)>) {
    let b = text.as_bytes();
    let groups = chain.groups;
    let (Some(cc), Some(last)) = (groups.first(), groups.last()) else {
        return;
    };
    // With a plus (+852 6123 4578), or, for Hong Kong, Macao and Taiwan, without one or with
    // 00 (852-61739240, 00852-…): then only a number of their plans.
    let plus = cc.start > 0 && b[cc.start - 1] == b'+';
    // (00 before the code says as much as a plus: 00886-912345678.)
    let explicit = plus || b[cc.start..].starts_with(b"00");
    let code = match &b[cc.start..cc.end] {
        c if plus => c,
        c @ (b"852" | b"853" | b"886") if groups.len() > 1 => c,
        [b'0', b'0', c @ ..] if matches!(c, b"852" | b"853" | b"886") && groups.len() > 1 => c,
        _ => return,
    };
    let rest: usize = groups[1..].iter().map(|g| g.len()).sum();
    if !(1..=3).contains(&code.len())
        || code == b"86"
        || !(6..=12).contains(&rest)
        || !groups.iter().all(|g| digits_only(&b[g.start..g.end]))
    {
        return;
    }
    // The first digit after the code, and whether it opens a mobile number there.
    let lead = groups.get(1).map_or(b'0', |g| b[g.start]);
    let plan = match (code, rest) {
        (b"852" | b"853", 8) => Some(matches!(
            (code, lead),
            (b"852", b'5'..=b'9') | (b"853", b'6')
        )),
        (b"886", 9) => Some(lead == b'9'),
        (b"886", 8) => Some(false),
        _ => None,
    };
    let start = if plus { cc.start - 1 } else { cc.start };
    // (Without a plus, a phone's word must name it: 电话是852-61739240; not 案号852-….)
    if !explicit && (plan.is_none() || set_before(text, start, word_set!(PHONE_CUES), 12).is_none())
    {
        return;
    }
    // PHONE_CUES[0] is 手机.
    let kind = match (set_before(text, start, word_set!(PHONE_CUES), 12), plan) {
        (Some(0), _) | (_, Some(true)) => PiiKind::MobilePhone,
        (Some(_), _) | (None, Some(false)) => PiiKind::LandlinePhone,
        (None, None) => return,
    };
    found.push((Span::new(start, last.end), kind, Validity::None, 0.85));
}

/// `1[3-9]` followed by nine digits: the mobile numbering plan of mainland China.
fn is_mobile(s: &[u8]) -> bool {
    s.len() == 11
        && s[0] == b'1'
        && (b'3'..=b'9').contains(&s[1])
        && s.iter().all(u8::is_ascii_digit)
}

/// Area codes: 010, 02X, or 0 + three digits starting 3–9.
fn is_area_code(s: &[u8]) -> bool {
    match s.len() {
        3 => s == b"010" || (s[0] == b'0' && s[1] == b'2'),
        4 => s[0] == b'0' && (b'3'..=b'9').contains(&s[1]),
        _ => false,
    }
}

/// A local number: 7 or 8 digits, not starting with 0 or 1.
fn is_local(s: &[u8]) -> bool {
    (7..=8).contains(&s.len()) && s.iter().all(u8::is_ascii_digit) && (b'2'..=b'9').contains(&s[0])
}

fn digits_only(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(u8::is_ascii_digit)
}

fn landlines(text: &str, chain: Chain<'_>, found: &mut Vec<(Span, PiiKind, Validity, f32)>) {
    let b = text.as_bytes();
    let groups = &chain.groups;
    let n = groups.len();
    let g = |k: usize| &b[groups[k].start..groups[k].end];
    // The last group of a local number starting at group `k`: one group, or two written apart
    // (2288 1234, 228-81234).
    let local_end = |k: usize| -> Option<usize> {
        if is_local(g(k)) {
            return Some(k);
        }
        if k + 1 >= n {
            return None;
        }
        let (a, z) = (g(k), g(k + 1));
        // is_local of the two together.
        let split = (3..=4).contains(&a.len())
            && (3..=4).contains(&z.len())
            && a.len() + z.len() >= 7
            && digits_only(a)
            && digits_only(z)
            && (b'2'..=b'9').contains(&a[0]);
        split.then_some(k + 1)
    };
    let mut i = 0;
    while i < n {
        // Optional country code: 86-595-22881234 / +86 595 22881234.
        let mut first = i;
        if matches!(g(i), b"86" | b"0086") && i + 2 < n {
            first = i + 1;
        }
        let area = g(first);
        // The area code may be written without its 0 after a country code.
        let area_ok = is_area_code(area)
            || (first > i && area.len() >= 2 && area[0] != b'0' && {
                let mut z = vec![b'0'];
                z.extend_from_slice(area);
                is_area_code(&z)
            });
        let local = (first + 1 < n).then(|| local_end(first + 1)).flatten();
        if let (true, Some(mut end_group)) = (area_ok, local) {
            // An extension joined by a hyphen: 0595-22881234-801.
            if end_group + 1 < n
                && g(end_group + 1).len() <= 5
                && digits_only(g(end_group + 1))
                && b[groups[end_group].end] == b'-'
            {
                end_group += 1;
            }
            let start = if first > i {
                extend_plus(text, groups[i].start)
            } else {
                groups[i].start
            };
            let end = extend_extension(text, groups[end_group].end);
            found.push((
                Span::new(start, end),
                PiiKind::LandlinePhone,
                Validity::Passed,
                0.9,
            ));
            i = end_group + 1;
            continue;
        }
        let one = g(i);
        // 059522881234: area code and number fused; only with a phone word nearby.
        let fused = (one.len() == 11 || one.len() == 12)
            && one[0] == b'0'
            && (is_area_code(&one[..3]) && is_local(&one[3..])
                || is_area_code(&one[..4]) && is_local(&one[4..]));
        // (0595)22881234 or (0595) 22881234: the parenthesis ends the chain before it.
        if let Some(local) = (i == 0).then(|| local_end(0)).flatten() {
            if let Some(ps) = paren_area(text, groups[0].start) {
                let mut end_group = local;
                if n > local + 1 && g(local + 1).len() <= 5 && b[groups[local].end] == b'-' {
                    end_group = local + 1;
                }
                let end = extend_extension(text, groups[end_group].end);
                found.push((
                    Span::new(ps, end),
                    PiiKind::LandlinePhone,
                    Validity::Passed,
                    0.9,
                ));
                i = end_group + 1;
                continue;
            }
        }
        if n == 1 && (fused || is_local(one)) && phone_label(text, groups[i].start) {
            let end = extend_extension(text, groups[i].end);
            let score = if fused { 0.88 } else { 0.8 };
            found.push((
                Span::new(groups[i].start, end),
                PiiKind::LandlinePhone,
                Validity::Passed,
                score,
            ));
        }
        i += 1;
    }
}

/// Labels of an organisation's landline: a unit's, or a duty line (值班电话, 值守电话: a
/// shelter's, a plant's control room), staffed in turns.
const ORG_LABELS: &[&str] = &[
    "单位电话",
    "单位联系电话",
    "公司电话",
    "企业电话",
    "单位座机",
    "单位固定电话",
    "企业固定电话",
    "公司固定电话",
    "企业座机",
    "公司座机",
    "企业联系电话",
    "公司联系电话",
    "值班电话",
    "值守电话",
    "值班室电话",
];

/// True when the landline at `pos` is an organisation's: its label says so (单位电话：…), or
/// it follows the name of a firm (律师事务所, 会计师事务所…) in its sentence with no lawyer,
/// agent, contact or head (律师, 代理人, 联系人, 负责人) written after the firm. A mobile stays personal whatever its label: it is someone's own phone.
fn org_line(text: &str, pos: usize) -> bool {
    // (Or in a table's label cell: `| 被举报单位联系电话 | 0536-… |`.)
    if label_before(text, pos, ORG_LABELS, 4).is_some()
        || cell_before(text, pos).is_some_and(|c| {
            let v = &text[c.start..c.end];
            ORG_LABELS.iter().any(|w| v.ends_with(w))
        })
    {
        return true;
    }
    let from = super::context::sentence_start(text, pos, 200);
    let clause = &text[from..pos];
    // (本所地址 or 本所电话 opening the line: a law firm's own letter, 本所地址：… 电话：…; not
    // a police station's 本所 before a caller's number.)
    let own = crate::text::scan::trim(clause);
    if own.starts_with("本所地址") || own.starts_with("本所电话") {
        return true;
    }
    crate::text::scan::rfind_str(clause, "事务所").is_some_and(|i| {
        // `事务所律师某某，电话…` is the lawyer's: a name cue after the firm takes it.
        let tail = &clause[i..];
        !["律师", "代理人", "联系人", "负责人"]
            .iter()
            .any(|w| crate::text::scan::find_word(tail.as_bytes(), 0, w).is_some())
    })
}

/// True when the landline at `pos` is in the brackets after a firm's name with its own
/// particulars and no one named in them (`某有限公司（统一社会信用代码：…，住所：…，联系电话：…）`).
fn org_apposition(scan: &Scan<'_>, pos: usize) -> bool {
    let text = scan.text;
    let from = super::context::retreat(text, pos, 120);
    let head = &text[from..pos];
    let Some(open) = head.rfind('(') else {
        return false;
    };
    let inner = &head[open + 1..];
    !inner.contains([')', '。', ';', '\n'])
        && ["统一社会信用代码", "住所", "注册地址", "经营场所", "地址"]
            .iter()
            .any(|w| inner.starts_with(w))
        // (A firm's, not a sole trader's: 某经营部 may be one person's, and his line.)
        && ["公司", "厂", "合作社", "加油站"]
            .iter()
            .any(|w| head[..open].ends_with(w))
        && !super::lexicon::within(&scan.hits, from + open, pos)
            .iter()
            .any(|h| h.has(|t| matches!(t, super::lexicon::Tag::NameCue(_))))
}

/// Heads of a people's government, named in office: public officials, whose own mobiles
/// (乡长某（手机…）) are still their own, not the agency's.
const GOVERNMENT_HEADS: &[&str] = &[
    "县长",
    "副县长",
    "市长",
    "副市长",
    "区长",
    "副区长",
    "镇长",
    "副镇长",
    "乡长",
    "副乡长",
];

/// True when the number at `span` is one the officers called, in brackets after 电话 in
/// running text (执法人员经电话（139…）通知其到场, 执法人员电话（…）联系): the person's they
/// called, not the agency's.
fn called(text: &str, span: Span) -> bool {
    let head = &text[super::context::retreat(text, span.start, 4)..span.start];
    let Some(before) = head
        .strip_suffix("电话(")
        .map(|h| &text[..span.start - head.len() + h.len()])
    else {
        return false;
    };
    let Some(after) = text[span.end..].strip_prefix(')') else {
        return false;
    };
    ["经", "通过", "拨打", "打", "以"]
        .iter()
        .any(|w| before.ends_with(w))
        || ["通知", "联系", "告知", "询问", "核实", "约", "回访", "确认"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Public offices besides the agency whose landline in apposition to their name is the
/// office's (某镇应急管理办公室（电话…）).
const OFFICES: &[&str] = &[
    "应急管理办公室",
    "应急管理办",
    "应急办",
    "安监站",
    "安全生产委员会办公室",
    "安委办",
    "人民政府",
    "街道办事处",
];

/// True when line `idx` is in the agency's own block (`申请人：某局` …) or names the agency
/// (本局, 某应急管理局), an agency word (执法人员) or an officer, and no government's head (see
/// [`GOVERNMENT_HEADS`]). Only the line itself: a footer's mobile under the agency's name
/// may as well be a contact's own.
fn agency_line(scan: &Scan<'_>, people: &[Mention], idx: usize) -> bool {
    scan.layout
        .lines
        .get(idx)
        .is_some_and(|l| l.agency_party || agency_on_line(scan, people, l.start, l.end))
}

/// True when the line `start..end` names the agency (本局, 某应急管理局) or an agency word.
fn agency_named(scan: &Scan<'_>, start: usize, end: usize) -> bool {
    super::lexicon::within(&scan.hits, start, end)
        .iter()
        .any(|h| h.has(|t| matches!(t, super::lexicon::Tag::Zone(super::layout::Side::Agency))))
        || !super::names::agency_name_set()
            .all_in(scan.text, start, end)
            .is_empty()
}

/// True when the line `start..end` names the agency, an agency word or an officer, and no
/// government's head.
fn agency_on_line(scan: &Scan<'_>, people: &[Mention], start: usize, end: usize) -> bool {
    let hits = super::lexicon::within(&scan.hits, start, end);
    // (A line that speaks of a government's head: his mobile is his own.)
    if hits.iter().any(|h| GOVERNMENT_HEADS.contains(&h.word)) {
        return false;
    }
    hits.iter().any(|h| {
        h.has(|t| matches!(t, super::lexicon::Tag::NameCue(c) if c.role == Role::Officer))
    }) || agency_named(scan, start, end)
        // (People are in text order: those of the line only.)
        || people[people.partition_point(|m| m.span.end < start)..]
            .iter()
            .take_while(|m| m.span.start < end)
            .any(|m| m.role == Role::Officer && !GOVERNMENT_HEADS.contains(&m.cue))
}

/// Column heads of a table's column of buyers or bodies, whose cell may name a firm.
const BODY_COLUMNS: &[&str] = &[
    "购买人",
    "购货人",
    "收货人",
    "购买单位",
    "单位名称",
    "企业名称",
    "名称",
    "单位",
    "客户",
    "客户名称",
    "被检查单位",
    "经营单位",
];

/// The value of the cell before the number at `pos` in a table's row (`某公司 | 0595-…`), spaces
/// trimmed; 60 characters back at most.
fn cell_before(text: &str, pos: usize) -> Option<Span> {
    let from = super::context::retreat(text, pos, 60);
    let bar = text[from..pos]
        .trim_end_matches([' ', '\t'])
        .strip_suffix('|')
        .map(|r| from + r.len())?;
    let start = text[from..bar]
        .rfind(['|', '\n'])
        .map_or(from, |i| from + i + 1);
    let cell = &text[start..bar];
    let at = bar - cell.trim_start_matches([' ', '\t']).len();
    Some(Span::new(
        at,
        at + text[at..bar].trim_end_matches([' ', '\t']).len(),
    ))
}

/// True when the landline at `pos` follows, in a table's row, a cell that names a body (`某五金
/// 制品有限公司 | 0595-…`) in a column of buyers or bodies: the firm's switchboard. Not a
/// casualty's hospital or a worker's employer (救治医院, 工作单位): their rows are persons'.
fn org_cell_before(scan: &Scan<'_>, pos: usize) -> bool {
    let text = scan.text;
    let Some(cell) = cell_before(text, pos) else {
        return false;
    };
    let (value, at) = (&text[cell.start..cell.end], cell.start);
    [
        "公司",
        "厂",
        "委员会",
        "村委会",
        "居委会",
        "医院",
        "学校",
        "中心",
    ]
    .iter()
    .any(|w| value.ends_with(w))
        && scan.layout.column_head(text, at).is_some_and(|h| {
            BODY_COLUMNS.contains(&h)
                || (["单位", "企业", "公司", "对象", "厂家", "厂商", "供货方"]
                    .iter()
                    .any(|w| h.ends_with(w))
                    // (Not a person's employer or hospital: 工作单位, 所属单位, 救治单位.)
                    && ![
                        "工作", "所在", "所属", "用人", "务工", "救治", "就诊", "就职",
                    ]
                    .iter()
                    .any(|w| h.starts_with(w)))
        })
        // (Nor a person's own line: 宅电, 家庭电话, 举报人电话.)
        && !scan.layout.column_head(text, pos).is_some_and(|h| {
            ["宅电", "住宅", "家庭", "个人", "举报人", "本人", "手机"]
                .iter()
                .any(|w| h.starts_with(w))
        })
}

/// True when the landline at `pos` stands in the header block of an organisation: its line and
/// the lines above it, up to a blank line or running text, name a company (有限公司,
/// 统一社会信用代码…) and nothing of a natural person (性别, 身份证, 住址, 住宅电话…), and no
/// contact person is named before it on its line.
fn org_block(scan: &Scan<'_>, pos: usize) -> bool {
    const PERSON: &str = joined![
        "性别",
        "身份证",
        "公民身份号码",
        "出生",
        "民族",
        "住址",
        "住宅",
        "家庭",
        "宅电",
        "(家)",
        "个体工商户",
    ];
    const ORG: &str = joined![
        "统一社会信用代码",
        "有限公司",
        "有限责任公司",
        "股份公司",
        "集团",
        "单位名称",
        "被检查单位",
        "被处罚单位",
    ];
    let text = scan.text;
    let lines = &scan.layout.lines;
    let i = scan.layout.line_index(pos);
    // Each line is read over 240 bytes at most (header lines are short): a bound on the work
    // for a number in a line of any length. `occurs` reads whole characters only.
    let bounded = |a: usize, b: usize| {
        let (mut a, mut b) = (a, b.min(text.len()));
        while a < b && !text.is_char_boundary(a) {
            a += 1;
        }
        while b > a && !text.is_char_boundary(b) {
            b -= 1;
        }
        (a, b)
    };
    // A contact person named before it on its line (联系人：某  联系电话：…) owns it.
    if let Some(l) = lines.get(i) {
        let from = l.start.max(pos.saturating_sub(240));
        // (Not a post that is a field's value: `法定代表人：某　职务：总经理　联系电话：…`.)
        let contact = super::lexicon::within(&scan.hits, from, pos).iter().any(|h| {
            h.has(|t| {
                matches!(t, super::lexicon::Tag::NameCue(c) if matches!(c.role, Role::Unknown | Role::Other))
            }) && !text[..h.start].ends_with("职务:")
        });
        if contact {
            return false;
        }
    }
    let mut org = false;
    for l in lines[..(i + 1).min(lines.len())].iter().rev().take(8) {
        if l.start == l.end || (l.side == super::layout::Side::Body && l.end < pos) || {
            let (a, b) = bounded(l.start, l.end.min(l.start + 240));
            crate::text::scan::is_blank(&text[a..b])
        } {
            break;
        }
        // The number's own line up to it; the lines above from their start.
        let (a, b) = if l.end >= pos {
            bounded(l.start.max(pos.saturating_sub(240)), pos)
        } else {
            bounded(l.start, l.end.min(l.start + 240))
        };
        if word_set!(PERSON).occurs(text, a, b) {
            return false;
        }
        org |= word_set!(ORG).occurs(text, a, b);
    }
    org
}

/// True when a phone label ends right before `pos` (电话：…).
fn phone_label(text: &str, pos: usize) -> bool {
    label_before(
        text,
        pos,
        &[
            "联系电话",
            "住宅电话",
            "家庭电话",
            "办公电话",
            "固定电话",
            "电话",
            "座机",
            "固话",
            "宅电",
            "Tel",
            "TEL",
            "tel",
            "传真",
        ],
        4,
    )
    .is_some()
}

/// The start of an area code in parentheses right before `pos`: `(0595)` or `(0595) `.
fn paren_area(text: &str, pos: usize) -> Option<usize> {
    let head = text.get(..pos)?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    let inner_end = head.strip_suffix(')')?;
    let open = inner_end.rfind('(')?;
    let inner = inner_end[open + 1..].trim_start_matches('+');
    let inner = inner
        .strip_prefix("86")
        .map(|r| r.trim_start_matches([' ', '-']))
        .filter(|r| !r.is_empty())
        .unwrap_or(inner);
    is_area_code(inner.as_bytes()).then_some(open)
}

/// Includes an extension written as `转801` / `ext.801` / `分机801` after the number.
fn extend_extension(text: &str, end: usize) -> usize {
    // One space may stand on either side of the word (`0595-8567 1234 转 806`).
    let spaced = |s: &str| s.len() - s.strip_prefix(' ').unwrap_or(s).len();
    let tail = &text[end..];
    let lead = spaced(tail);
    for p in ["转", "ext.", "ext", "EXT", "分机", "-"] {
        let Some(rest) = tail[lead..].strip_prefix(p) else {
            continue;
        };
        // A hyphen joins only directly: `0595-22881234 -3` is no extension.
        if p == "-" && lead > 0 {
            continue;
        }
        let gap = spaced(rest);
        let rest = &rest[gap..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=5).contains(&digits)
            && !rest
                .as_bytes()
                .get(digits)
                .is_some_and(u8::is_ascii_alphanumeric)
        {
            return end + lead + p.len() + gap + digits;
        }
    }
    end
}

/// Includes a `+` written right before the country code.
fn extend_plus(text: &str, start: usize) -> usize {
    if start > 0 && text.as_bytes()[start - 1] == b'+' {
        start - 1
    } else {
        start
    }
}

/// Includes a `(+86)` or `(86)` written right before the number.
fn extend_paren_prefix(text: &str, start: usize) -> usize {
    let head = &text[..start];
    for p in ["(+86)", "(86)", "+86 ", "+86"] {
        if head.ends_with(p) {
            return start - p.len();
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_of(t: &str) -> Vec<PiiKind> {
        phones(t).into_iter().map(|(_, k)| k).collect()
    }

    fn phones(t: &str) -> Vec<(String, PiiKind)> {
        let scan = Scan::new(t);
        let people = super::super::names::find(&scan);
        let mut out = Vec::new();
        find(&scan, &people, &mut out);
        out.into_iter()
            .map(|c| (t[c.span.start..c.span.end].to_string(), c.kind))
            .collect()
    }

    /// An organisation's landline is not personal data; a mobile under any label is.
    #[test]
    fn organisation_lines() {
        assert_eq!(
            phones("单位电话:0510-87126650"),
            vec![("0510-87126650".into(), PiiKind::OrgPhone)]
        );
        assert_eq!(
            phones("某律师事务所律师,事务所地址:某市某路8号,电话:0575-85112346"),
            vec![("0575-85112346".into(), PiiKind::OrgPhone)]
        );
        assert_eq!(
            phones("单位电话:13812345678"),
            vec![("13812345678".into(), PiiKind::MobilePhone)]
        );
        assert_eq!(
            phones("某律师事务所律师王某,电话:0575-85112346"),
            vec![("0575-85112346".into(), PiiKind::LandlinePhone)]
        );
        // Someone's own mobile, though the agency is named before it; the agency's line after
        // its address.
        assert_eq!(
            kinds_of("他向本局提交了说明,其手机号码为15162330472。"),
            vec![PiiKind::MobilePhone]
        );
        assert_eq!(
            kinds_of("本局地址为某市某路15号,联系电话0512-58671234。"),
            vec![PiiKind::AgencyPhone]
        );
        // The agency's contact in its note in running text.
        assert_eq!(
            kinds_of("可向我局提出异议。联系人:政策法规科 黄某;联系电话:0591-85223617"),
            vec![PiiKind::AgencyPhone]
        );
        // In the header of a company party: its switchboard; of a person: private.
        assert_eq!(
            kinds_of("当事人:某某精密机械有限公司\n统一社会信用代码:91320500MA1XXXXX0X\n法定代表人:Klaus Weber\n联系电话:0512-6628 3570\n手机:13912345678"),
            vec![PiiKind::OrgPhone, PiiKind::MobilePhone]
        );
        assert_eq!(
            kinds_of("当事人:张三\n性别:男\n住宅电话:0595-27906965"),
            vec![PiiKind::LandlinePhone]
        );
        // A contact person named before it on its line owns it.
        assert_eq!(
            kinds_of("当事人:某某有限公司\n联系人:赵某某  联系电话:0591-87654321"),
            vec![PiiKind::LandlinePhone]
        );
    }

    #[test]
    fn mobile_forms() {
        for m in [
            "13800138000",
            "138 0013 8000",
            "138-0013-8000",
            "+86-13800138000",
            "+8613800138000",
        ] {
            let t = format!("当事人:张三\n联系电话:{m}\n");
            assert_eq!(
                phones(&t),
                vec![(m.to_string(), PiiKind::MobilePhone)],
                "{m}"
            );
        }
        // A 12-digit run or a certificate number is not a mobile.
        assert!(phones("编号138001380001").is_empty());
        assert!(phones("执法证号:13800138000").is_empty());
    }

    #[test]
    fn numbers_abroad() {
        assert_eq!(
            phones("证人:李四,手机:+65 9123 4567。"),
            vec![("+65 9123 4567".to_string(), PiiKind::MobilePhone)]
        );
        assert_eq!(
            phones("证人:李四,联系电话:+852-2123-4567。"),
            vec![("+852-2123-4567".to_string(), PiiKind::LandlinePhone)]
        );
        // Hong Kong, Macao and Taiwan numbers of their plans' lengths need no phone word; a
        // mobile of the plan is a mobile under any phone word.
        assert_eq!(
            phones("1 | 施振邦 | +852 9157 3480\n2 | 某 | +886 912 345 678"),
            vec![
                ("+852 9157 3480".to_string(), PiiKind::MobilePhone),
                ("+886 912 345 678".to_string(), PiiKind::MobilePhone)
            ]
        );
        assert_eq!(
            phones("联系电话:+852 9157 3480"),
            vec![("+852 9157 3480".to_string(), PiiKind::MobilePhone)]
        );
        assert!(phones("规格+852 1234").is_empty());
        // Without a phone word, or too short to be a number: nothing.
        assert!(phones("温度+65 9123 4567").is_empty());
        assert!(phones("电话:+1 234").is_empty());
    }

    #[test]
    fn landline_forms() {
        for m in [
            "0595-22881234",
            "(0595)22881234",
            "0595 22881234",
            "010-88881234",
            "0595-22881234-801",
            "0595-22881234转801",
            // The local number written in two groups.
            "0595-2288 1234",
            "(0595)2288 1234",
            "(0595)2288 1234-806",
            "0595 228-1234",
        ] {
            let t = format!("证人:李四,联系电话:{m})");
            assert_eq!(
                phones(&t),
                vec![(m.to_string(), PiiKind::LandlinePhone)],
                "{m}"
            );
        }
        assert_eq!(
            phones("住宅电话:22881234\n"),
            vec![("22881234".to_string(), PiiKind::LandlinePhone)]
        );
        // Without a phone label a bare 8-digit number is nothing.
        assert!(phones("数量22881234件").is_empty());
        // 0123-… is not an area code.
        assert!(phones("编码0123-4567890").is_empty());
    }

    #[test]
    fn agency_phone_is_kept_kind() {
        let t = "当事人:张三\n联系电话:0595-22881234\n  经查,你存在违法行为,依法应当处罚,特此决定。\n联系地址:某县某路1号  联系电话:0595-22374213\n本局地址:某路2号 咨询电话:0595-22374214";
        assert_eq!(
            phones(t),
            vec![
                ("0595-22881234".into(), PiiKind::LandlinePhone),
                ("0595-22374213".into(), PiiKind::AgencyPhone),
                ("0595-22374214".into(), PiiKind::AgencyPhone)
            ]
        );
        let t = "本局接到群众王五(联系电话:13800138000)举报后";
        assert_eq!(
            phones(t),
            vec![("13800138000".into(), PiiKind::MobilePhone)]
        );
    }
}

//! Persons: mentions of the same name are one person, with one role and one pseudonym
//! everywhere in the document.
//!
//! A person's role is the strongest its mentions give: an officer, the party or its legal
//! representative stays one even where a list of 被询问人 names them again. Once a person is
//! known, every other place the name occurs is found in one pass (a name is masked in
//! `苏华系未成年人` because 苏华 was introduced as 员工苏华 earlier). Pseudonyms follow the SPC
//! rule (法释〔2016〕19号 第九条): surname + 某, and 张某1, 张某2 when two different persons
//! would collide.

use super::context::char_at;
use super::context::{char_before, is_han};
use super::names::{list_before, listed_name_at, next_item, org_follows, Mention};
use super::{Action, Candidate, PiiKind, Policy, Role, Scan, Validity};
use crate::finding::Span;
use crate::text::scan::CharSet;

/// One person named in the document.
#[derive(Debug, Clone)]
pub struct Person {
    /// The name as written (canonical view).
    pub name: String,
    /// Bytes of the surname.
    pub surname_len: usize,
    /// The resolved role.
    pub role: Role,
    /// The cue of the mention that gave the role.
    pub cue: &'static str,
}

/// Persons and their cue mentions.
#[derive(Debug, Default)]
pub struct Registry {
    persons: Vec<Person>,
    mentions: Vec<(Mention, u32)>,
}

/// Which role wins when mentions disagree: roles that are published win (an officer stays an
/// officer), then the more specific masked roles.
pub(crate) fn rank(r: Role) -> u8 {
    match r {
        Role::Officer => 9,
        Role::Party => 8,
        Role::LegalRep => 7,
        Role::Agency => 6,
        Role::LegalAgent => 5,
        Role::Appraiser => 4,
        Role::Agent => 4,
        Role::Witness => 3,
        Role::Other => 2,
        Role::Unknown => 1,
    }
}

/// Posts outside the agency (a village's grid worker, its Party secretary, its doctor; a rescue
/// team's commander): one named with one is no officer of the agency for signing a village's or
/// a rescue team's log as 记录人 or 审核人.
const OUTSIDE_POSTS: &[&str] = &[
    "网格员",
    "村支书",
    "村干部",
    "党支部书记",
    "支部书记",
    "村医",
    // (A rescue team's: its log is no agency's record.)
    "指挥员",
    "现场指挥员",
];

/// The rank of the role mention `m` gives. A principal read from a 负责人 anywhere but the
/// party's header (above `body_from`, the first line of running text) (`被检查单位负责人（签名）：某`: whoever signed for the company) yields to any
/// role a more specific cue gives the same person (`安全负责人某`, an employee); the 负责人 of
/// the header (`负 责 人：某　职务：站长`, unsigned) does not. An officer read only from where a
/// contact stands (联系人：某 in a closing block) yields too, and so does the party read from a
/// bare 姓名 field to a strong cue of another role, and the party read from 业主 alone to any
/// other role; one served whose remark names him another's outranks his being served.
fn given_rank(scan: &Scan<'_>, m: &Mention, body_from: usize, header_party: bool) -> u8 {
    let text = scan.text;
    // The header: the party's block before the first line of running text.
    let header = || {
        m.span.start < body_from
            && scan.layout.line_at(m.span.start).is_some_and(|l| {
                // The line up to the name (60 bytes at most): no signature's (签名) in it.
                let from = super::context::retreat(text, m.span.start, 20).max(l.start);
                l.side == super::layout::Side::Private && !text[from..m.span.start].contains("(签")
            })
    };
    // Twice the role's rank: a party read from a bare form field (姓名：某) ranks just below
    // the party, and the injured or dead of an accident (伤者一：某 above a medical record's
    // 姓名：某) just above it; a person questioned (被询问人) may be the party, and stays below.
    // (So does a principal read from 被约谈人 alone, as a list of signatures is: 被约谈人签名：
    // 某  某 names the firm's staff summoned with him, whom any other cue names better.)
    if (m.role == Role::LegalRep && ((m.cue == "负责人" && !header()) || matches!(m.cue, "被约谈人" | "被约谈人员")))
        // (Unless his certificate follows the name: 联系人：某（执法证号：…）.)
        || (m.role == Role::Officer
            && m.cue == "联系人"
            && !text[m.span.end..].starts_with("(执法证"))
    {
        2
    } else if m.role == Role::Party && m.cue == "姓名" {
        2 * rank(Role::Party) - 2
    } else if m.role == Role::Party
        && ((m.cue == "业主")
            // So is one listed after the party (对当事人某、某的询问笔录: the second may be
            // a relative who helped, whom another cue names).
            // (In running text: a header's 当事人：某、某 names co-parties.)
            || (m.cue == "当事人"
                && text[..m.span.start].ends_with('、')
                && scan.layout.side_at(m.span.start) == super::layout::Side::Body)
            // So is the operator of a business named before (某经营部的经营者某: a relative
            // of an officer's the applicant names).
            || (m.cue == "经营者"
                && (text[..m.span.start].ends_with("的经营者")
                    // (Or, when the header names the party, a shop's operator the facts name:
                    // a buyer, a supplier.)
                    || (header_party
                        && scan.layout.side_at(m.span.start) == super::layout::Side::Body))))
    {
        // An owner (业主某) is the party only when nothing names him another's (房屋业主某:
        // the owner of the flat the party worked in).
        2 * rank(Role::Other) - 1
    } else if m.role == Role::Party && m.cue == "受送达人" {
        // One served is the party unless a remark names him another (below).
        2 * rank(Role::Party) - 2
    } else if (m.role == Role::Other
        && m.cue == "受送达人"
        && super::names::served_other(text, m.span.end))
        || (m.role == Role::Other
            && matches!(m.cue, "被约谈人" | "被约谈人员")
            && super::names::summoned_staff(text, m.span.end))
    {
        // One served whose remark names him another (受送达人：某（死者某之妻）): not the
        // party, wherever else he is only served (the party named 当事人 stays); one
        // summoned whose post is a firm's staff (被约谈人：某，项目经理): not its principal,
        // whatever list of signatures names him.
        2 * rank(Role::Party) - 1
    } else if INJURED.contains(&m.cue) {
        2 * rank(Role::Party) - 1
    } else {
        2 * rank(m.role)
    }
}

/// Officers' cues that only a form's field gives (a firm's forms have the same fields).
pub(crate) const WEAK_OFFICER: &[&str] =
    &["记录人", "记录员", "经办人", "审批人", "审核人", "批准人"];

/// True when a remark in brackets right after a name ending at `end` gives a firm's post
/// (`陪同人员：某（公司安全员）`), not a government's (`（某镇应急管理办公室）`).
fn firm_remark(text: &str, end: usize) -> bool {
    super::context::bracketed_at(text, end, 16).is_some_and(|r| {
        ["公司", "厂", "企业", "经理", "安全员", "安全总监", "班组长"]
            .iter()
            .any(|w| r.contains(w))
            && !["局", "政府", "办公室", "应急"]
                .iter()
                .any(|w| r.contains(w))
    })
}

/// Cues of the injured and the dead of an accident: never the party of its decision.
const INJURED: &[&str] = &["伤者", "死者", "遇难者", "受伤人员", "伤亡人员", "受害人"];

/// Replacement names per person.
#[derive(Debug, Default)]
pub struct Pseudonyms {
    /// By person id (the index in [`Registry::persons`]).
    by_entity: Vec<Option<String>>,
}

impl Pseudonyms {
    /// The pseudonym for a masked name candidate.
    pub fn get(&self, c: &Candidate) -> String {
        c.entity
            .and_then(|e| self.by_entity.get(e as usize).cloned().flatten())
            .unwrap_or_else(|| "某".to_string())
    }
}

/// Most names found in lists beside known persons, per document.
const MAX_LISTED: usize = 2048;

/// A candidate for a mention of person `id`.
fn mention(
    span: Span,
    p: &Person,
    id: u32,
    recognizer: &'static str,
    cue: &'static str,
    score: f32,
) -> Candidate {
    let mut c = Candidate::new(
        span,
        PiiKind::PersonName,
        p.role,
        recognizer,
        Some(cue),
        Validity::None,
        score,
    );
    c.entity = Some(id);
    c.surname_len = p.surname_len;
    c
}

impl Registry {
    /// Merges mentions into persons.
    pub fn build(scan: &Scan<'_>, mentions: &[Mention]) -> Self {
        let mut persons: Vec<Person> = Vec::new();
        // A padded name (`华 蕾`) is the person written without the space (`华蕾`).
        let name = |i: usize| compact(&scan.text[mentions[i].span.start..mentions[i].span.end]);
        // The first mention of each name: mentions sorted by a hash of the name, then by
        // position, and equal names found within a run of equal hashes (no hash map: its code
        // is a sizeable part of the WebAssembly module).
        let hash = |s: &str| super::fnv1a(s.bytes());
        let mut order: Vec<(u64, u32)> = (0..mentions.len())
            .map(|i| (hash(&name(i)), i as u32))
            .collect();
        crate::sort::by_key(&mut order, |&(h, i)| (h as u128) << 32 | i as u128);
        let mut first: Vec<u32> = (0..mentions.len() as u32).collect();
        // The distinct names of a run of equal hashes, by their first mention (one name but
        // for a collision).
        let mut reps: Vec<u32> = Vec::new();
        for (k, &(h, i)) in order.iter().enumerate() {
            if k == 0 || order[k - 1].0 != h {
                reps.clear();
            }
            match reps.iter().find(|&&j| name(j as usize) == name(i as usize)) {
                Some(&j) => first[i as usize] = j,
                None => reps.push(i),
            }
        }
        let mut id_of: Vec<u32> = vec![0; mentions.len()];
        let mut out = Vec::with_capacity(mentions.len());
        // Where running text starts (a line of body text that is no field: 勘验事由：… may
        // run on with commas): the header is above it.
        let body_from = scan
            .layout
            .lines
            .iter()
            .find(|l| {
                l.side == super::layout::Side::Body
                    && crate::text::sections::label_at(scan.text[l.start..l.end].trim_start())
                        .is_none()
            })
            .map_or(usize::MAX, |l| l.start);
        // The header names the party (当事人：某): another named the party in the facts is not.
        let header_party = mentions
            .iter()
            .any(|m| m.role == Role::Party && m.cue == "当事人" && m.span.start < body_from);
        // The rank of each person's role, by person id.
        let mut ranks: Vec<u8> = Vec::new();
        for (i, &m) in mentions.iter().enumerate() {
            let r = given_rank(scan, &m, body_from, header_party);
            // A name is copied once, for its person, not per mention.
            let id = if first[i] as usize == i {
                persons.push(Person {
                    name: name(i).into_owned(),
                    surname_len: m.surname_len,
                    role: m.role,
                    cue: m.cue,
                });
                ranks.push(r);
                (persons.len() - 1) as u32
            } else {
                id_of[first[i] as usize]
            };
            id_of[i] = id;
            let p = &mut persons[id as usize];
            if r > ranks[id as usize] {
                ranks[id as usize] = r;
                p.role = m.role;
                p.cue = m.cue;
            }
            out.push((m, id));
        }
        // An owner or an operator read from 业主 or 经营者 alone after the header, when the
        // header names the party (当事人：某, or a firm by its 法定代表人): the owner of a flat or
        // a car, a customer's shop (某饭庄（经营者某）), someone in the facts.
        let header_rep = mentions
            .iter()
            .any(|m| m.role == Role::LegalRep && m.cue == "法定代表人" && m.span.start < body_from);
        // (Not a person any mention names in the header or as a legal representative: 法定代表
        // 人：某 … 该公司经营者某.)
        if header_party || header_rep {
            let mut named = vec![false; persons.len()];
            for (m, id) in &out {
                named[*id as usize] |= m.span.start < body_from || m.role == Role::LegalRep;
            }
            for (m, id) in &out {
                let p = &mut persons[*id as usize];
                if p.role == Role::Party
                    && matches!(p.cue, "业主" | "经营者")
                    && m.span.start >= body_from
                    && !named[*id as usize]
                {
                    p.role = Role::Other;
                }
            }
        }
        // A clerk or an approver read as the agency's from his form field alone (`记录人：某`
        // on a firm's sign-in sheet) whom another mention names a firm's post (`陪同人员：某
        // （公司安全员）`) is the firm's: an agency has no such post. So is one whom the same
        // field names elsewhere with a firm's post (`审批人：某（生产副总经理）`).
        // Persons whose name a certificate's number follows on its line (`记录人：某 执法证号：…`).
        let mut certified = vec![false; persons.len()];
        for (m, id) in &out {
            let rest = &scan.text[m.span.end..super::context::advance(scan.text, m.span.end, 8)];
            certified[*id as usize] |= rest
                .split('\n')
                .next()
                .is_some_and(|l| l.contains("执法证"));
        }
        for (m, id) in &out {
            let p = &mut persons[*id as usize];
            // A name with an officer's certificate number right after it (`成员有某（执法证号：
            // FJ35…）`) is an officer's, whatever cue read it; not a note that a card was shown
            // (`证人某（执法证件已出示）`).
            // (Or after a comma, or later in the remark: `（审核人：某，执法证号…）`, `某（法制审核
            // 人员，执法证号…）`.)
            let number_after = super::names::certificate_number_after;
            let rest = &scan.text[m.span.end..];
            // (Not a complainant's remark about an officer: 投诉人：某（投诉执法证号…的执法人员）.)
            if !matches!(m.cue, "投诉人" | "举报人" | "信访人" | "反映人")
                && (rest.strip_prefix(['(', ',']).is_some_and(number_after)
                    || super::context::bracketed_at(scan.text, m.span.end, 40).is_some_and(|r| {
                        r.match_indices("执法证")
                            .any(|(i, _)| number_after(&r[i..]))
                    }))
            {
                p.role = Role::Officer;
                p.cue = "执法证号";
                continue;
            }
            if p.role == Role::Officer
                && WEAK_OFFICER.contains(&p.cue)
                && ((m.role == Role::Other
                    && (super::names::FIRM_POSTS.contains(&m.cue)
                        || OUTSIDE_POSTS.contains(&m.cue)
                        || (m.cue == "主任"
                            && ["村委会主任", "居委会主任", "村主任"]
                                .iter()
                                .any(|w| scan.text[..m.span.start].ends_with(w)))
                        || m.cue == p.cue
                        || firm_remark(scan.text, m.span.end)))
                    // (Nor is one questioned: 被询问人：某, then 经办人：某 under a register
                    // the firm copied; unless a certificate follows his name somewhere, or
                    // he is one of a list questioned.)
                    || (m.cue == "被询问人"
                        && m.role != Role::Officer
                        && !certified[*id as usize]
                        && scan.text[..m.span.start].ends_with("被询问人:")))
            {
                p.role = m.role;
                p.cue = m.cue;
            }
        }
        Registry {
            persons,
            mentions: out,
        }
    }

    /// The cue mentions, a contact (联系人, which does not say whose) the document names as an
    /// officer elsewhere taking the officer's role: a number written beside the contact is the
    /// agency's (`联系人：某，联系电话：…` in a closing line). Any other cue keeps its role: a
    /// worker who shares an officer's name keeps his number masked, and no other role is lent.
    pub fn resolved(&self) -> Vec<Mention> {
        self.mentions
            .iter()
            .map(|&(m, id)| match (m.role, self.persons[id as usize].role) {
                (Role::Other | Role::Unknown, Role::Officer) if m.cue == "联系人" => Mention {
                    role: Role::Officer,
                    ..m
                },
                // A firm's clerk or approver (see `build`): his field is the firm's as well.
                (Role::Officer, r) if r != Role::Officer && WEAK_OFFICER.contains(&m.cue) => {
                    Mention { role: r, ..m }
                }
                _ => m,
            })
            .collect()
    }

    /// The persons found.
    pub fn persons(&self) -> &[Person] {
        &self.persons
    }

    /// Candidates for every place a known person is named: the cue mentions, then every other
    /// occurrence of the name (one pass over the text), then the names listed beside a
    /// masked person (`安排王某、刘某和赵某三人`: named once, without a cue of their own) and
    /// their other occurrences. The persons found in lists join the registry.
    pub fn candidates(&mut self, scan: &Scan<'_>, out: &mut Vec<Candidate>) {
        let text = scan.text;
        let mut covered: Vec<Span> = Vec::with_capacity(self.mentions.len());
        let from = out.len();
        for (m, id) in &self.mentions {
            let p = &self.persons[*id as usize];
            let score = if m.strong { 0.93 } else { 0.88 };
            let mut c = mention(m.span, p, *id, "person_name_cue", m.cue, score);
            c.surname_len = m.surname_len;
            out.push(c);
            covered.push(m.span);
        }
        if self.persons.is_empty() {
            return;
        }
        crate::sort::by_key(&mut covered, |s| s.start as u128);
        self.repeats(text, 0, &covered, out);
        let known = self.persons.len();
        self.listed(text, from, out);
        if self.persons.len() > known {
            let mut covered: Vec<Span> = out[from..].iter().map(|c| c.span).collect();
            crate::sort::by_key(&mut covered, |s| s.start as u128);
            self.repeats(text, known, &covered, out);
        }
    }

    /// Every occurrence of the names of persons `from..` outside `covered` (sorted).
    fn repeats(&self, text: &str, from: usize, covered: &[Span], out: &mut Vec<Candidate>) {
        // (first two characters, person), by characters and, for the same two, longest name
        // first (persons in order among names of one length). Keyed by two characters: many
        // persons share a surname or a given name's first character (小), and one key would
        // try them all at every occurrence of it.
        // A person's two-character given name alone (`陪护俊杰，`) is an entry too, marked
        // with the high bit of the id.
        let two = |s: &str| {
            let mut cs = s.chars();
            (cs.next(), cs.next())
        };
        let mut first: Vec<(char, char, u32)> = Vec::with_capacity(self.persons.len() - from);
        for (i, p) in self.persons.iter().enumerate().skip(from) {
            if let (Some(a), Some(b)) = two(&p.name) {
                first.push((a, b, i as u32));
            }
            if let Some((Some(a), Some(b))) = given_alone(p).map(two) {
                first.push((a, b, i as u32 | GIVEN));
            }
        }
        let name_of = |id: u32| {
            let p = &self.persons[(id & !GIVEN) as usize];
            if id & GIVEN != 0 {
                &p.name[p.surname_len..]
            } else {
                p.name.as_str()
            }
        };
        crate::sort::by_key(&mut first, |&(a, b, i)| {
            crate::sort::key4(a as u32, b as u32, crate::sort::desc(name_of(i).len()), 0)
        });
        let firsts = CharSet::new(first.iter().map(|&(c, _, _)| c));
        let b = text.as_bytes();
        let mut pos = 0;
        while let Some((at, c)) = firsts.find(b, pos) {
            pos = at;
            let mut step = c.len_utf8();
            // The next character, past the spaces of a padded name (华 蕾).
            let after = text[pos + c.len_utf8()..].trim_start_matches(' ');
            let Some(c2) = after.chars().next() else {
                break;
            };
            let from = first.partition_point(|&(x, y, _)| (x, y) < (c, c2));
            for &(_, _, key) in first[from..]
                .iter()
                .take_while(|&&(x, y, _)| x == c && y == c2)
            {
                let id = key & !GIVEN;
                let p = &self.persons[id as usize];
                let given = key & GIVEN != 0;
                let end = if given {
                    let g = name_of(key);
                    if !text[pos..].starts_with(g) || !given_ok(text, pos, pos + g.len()) {
                        continue;
                    }
                    pos + g.len()
                } else {
                    match written_at(text, pos, p) {
                        Some(end) if repeat_ok(text, pos, end) => end,
                        _ => continue,
                    }
                };
                let span = Span::new(pos, end);
                let i = covered.partition_point(|s| s.end <= span.start);
                let dup = covered.get(i).is_some_and(|s| s.overlaps(&span));
                if !dup {
                    let mut c = mention(span, p, id, "person_name_repeat", p.cue, 0.86);
                    if given {
                        // No surname in the value: a mask hides all of it.
                        c.recognizer = "person_name_given";
                        c.surname_len = 0;
                        c.score = 0.7;
                    }
                    out.push(c);
                }
                step = end - pos;
                break;
            }
            pos += step;
        }
    }

    /// Names listed right beside a masked person's name among `out[from..]` (`、`, 和, 及,
    /// 与 between them), read as persons of the same role: a list names persons of one kind.
    /// Published roles (officers, the party) do not extend: their lists have cues of their own.
    fn listed(&mut self, text: &str, from: usize, out: &mut Vec<Candidate>) {
        let mut taken: Vec<Span> = out[from..].iter().map(|c| c.span).collect();
        crate::sort::by_key(&mut taken, |s| s.start as u128);
        // Candidates whose neighbours are still to be read: each found name is read in turn,
        // so a whole list is found from any one of its names.
        let mut next = from;
        // Lists of real documents name a handful; the cap bounds the work on hostile input
        // (each name found is looked up among the persons and inserted in order).
        let mut found = 0;
        while next < out.len() && found < MAX_LISTED {
            let c = &out[next];
            next += 1;
            if matches!(
                c.role,
                Role::Officer | Role::Party | Role::LegalRep | Role::Agency | Role::Unknown
            ) {
                continue;
            }
            let (role, cue, at) = (c.role, c.cue.unwrap_or("、"), c.span);
            let after = next_item(text, at.end)
                .and_then(|(q, _)| listed_name_at(text, q).map(|(e, sl)| (Span::new(q, e), sl)));
            let before = list_before(text, at.start).and_then(|end| {
                [3usize, 2, 4].into_iter().find_map(|len| {
                    let start = super::context::retreat(text, end, len);
                    // The item starts the list: after punctuation, a preposition (对…) or a
                    // verb that introduces it (还有…, 分别为…).
                    let bounded = char_before(text, start).is_none_or(|x| {
                        !is_han(x) || "对向与和及将把由让给被请经据有是为、".contains(x)
                    });
                    listed_name_at(text, start)
                        .filter(|&(e, _)| e == end && bounded)
                        .map(|(_, sl)| (Span::new(start, end), sl))
                })
            });
            for (span, sl) in [after, before].into_iter().flatten() {
                let i = taken.partition_point(|t| t.end <= span.start);
                if taken.get(i).is_some_and(|t| t.overlaps(&span)) {
                    continue;
                }
                taken.insert(i, span);
                found += 1;
                let name = &text[span.start..span.end];
                let id = match self.persons.iter().position(|p| p.name == name) {
                    Some(i) => i as u32,
                    None => {
                        self.persons.push(Person {
                            name: name.to_string(),
                            surname_len: sl,
                            role,
                            cue,
                        });
                        (self.persons.len() - 1) as u32
                    }
                };
                let p = &self.persons[id as usize];
                out.push(mention(span, p, id, "person_name_list", p.cue, 0.85));
            }
        }
    }

    /// Pseudonyms for the persons the policy masks with [`Action::Surname`]: 张某, or 张某1 /
    /// 张某2 when two persons would collide (also with a 张某 already written in the text).
    pub fn pseudonyms(&self, text: &str, cands: &[Candidate], policy: &Policy) -> Pseudonyms {
        let mut order: Vec<u32> = Vec::new();
        let mut seen = vec![false; self.persons.len()];
        for c in cands {
            let Some(id) = c.entity else { continue };
            if c.kind != PiiKind::PersonName
                || policy.action(c.kind, c.role) != Action::Surname
                || seen.get(id as usize).copied().unwrap_or(true)
            {
                continue;
            }
            seen[id as usize] = true;
            order.push(id);
        }
        // Surnames in order of first use, each with its persons (few: a list, not a map).
        let mut by_surname: Vec<(&str, Vec<u32>)> = Vec::new();
        for &id in &order {
            let p = &self.persons[id as usize];
            let surname = p.name.get(..p.surname_len).unwrap_or("");
            match by_surname.iter_mut().find(|(s, _)| *s == surname) {
                Some((_, ids)) => ids.push(id),
                None => by_surname.push((surname, vec![id])),
            }
        }
        // Surnames already written as X某 in the text (one pass over the text, when some name
        // is to be replaced at all).
        let mut written: Vec<&str> = Vec::new();
        let marks = if by_surname.is_empty() { "" } else { text };
        let mut from = 0;
        while let Some(i) = crate::text::scan::find_word(marks.as_bytes(), from, "某") {
            from = i + '某'.len_utf8();
            for sl in [1usize, 2] {
                let s = super::context::retreat(text, i, sl);
                written.push(&text[s..i]);
            }
        }
        let mut by_entity = vec![None; self.persons.len()];
        for (surname, ids) in by_surname {
            let taken = written.contains(&surname);
            for (n, &id) in ids.iter().enumerate() {
                // A name in Latin letters keeps its first letter only (J, J1, J2).
                let mark = if surname.is_ascii() { "" } else { "某" };
                let name = if ids.len() == 1 && !taken {
                    format!("{surname}{mark}")
                } else {
                    format!("{surname}{mark}{}", n + 1)
                };
                if let Some(slot) = by_entity.get_mut(id as usize) {
                    *slot = Some(name);
                }
            }
        }
        Pseudonyms { by_entity }
    }
}

/// Place-name characters that, right after a two-character name, show it is a place (张家港).
const PLACE_AFTER: &str = "市县区镇乡村路街港湾山河岛省州庄屯寨园桥";

/// A Chinese name without the spaces that pad it (`华 蕾` → `华蕾`); other names as written
/// (`Marco Rossi`).
fn compact(name: &str) -> std::borrow::Cow<'_, str> {
    if name.contains(' ') && name.chars().all(|c| c == ' ' || is_han(c)) {
        name.replace(' ', "").into()
    } else {
        name.into()
    }
}

/// The end of person `p`'s name written at `pos`: as found, or (a two-character name)
/// padded with one or two spaces after the surname (`华 蕾`).
fn written_at(text: &str, pos: usize, p: &Person) -> Option<usize> {
    let rest = text.get(pos..)?;
    if rest.starts_with(&p.name) {
        return Some(pos + p.name.len());
    }
    let (surname, given) = p.name.split_at_checked(p.surname_len)?;
    if given.chars().count() != 1 || !rest.starts_with(surname) {
        return None;
    }
    let after = &rest[surname.len()..];
    let spaces = after.bytes().take(3).take_while(|&b| b == b' ').count();
    ((1..=2).contains(&spaces) && after[spaces..].starts_with(given))
        .then(|| pos + surname.len() + spaces + given.len())
}

/// The high bit of a person id in [`Registry::repeats`]: the entry is the given name alone.
const GIVEN: u32 = 1 << 31;

/// The given name of `p` when it may be found alone: two characters, after a surname, of a
/// person whose name is masked by default (not an official, the party or its principal).
fn given_alone(p: &Person) -> Option<&str> {
    let g = p.name.get(p.surname_len..).filter(|_| p.surname_len > 0)?;
    let two = g.chars().count() == 2 && g.chars().all(is_han);
    let masked = !matches!(
        p.role,
        Role::Officer | Role::Party | Role::LegalRep | Role::Agency | Role::Unknown
    );
    (two && masked).then_some(g)
}

/// True when a given name at `start..end` stands alone as the person: after punctuation or a
/// verb that takes a person (陪护, 叫…), and before punctuation or a word that follows names
/// (`，俊杰用脚去踢`, `陪护俊杰，`, `。俊杰的父亲`); never inside a longer word or name.
fn given_ok(text: &str, start: usize, end: usize) -> bool {
    let head = &text[..start];
    let before = head.chars().next_back().is_none_or(|c| !is_han(c))
        || [
            "陪护", "照顾", "看望", "叫", "喊", "让", "给", "找", "和", "跟", "与", "同", "带",
            "送", "扶", "救", "把", "被", "问", "告诉", "通知", "了", "说", "靠", "等",
        ]
        .iter()
        .any(|w| head.ends_with(w));
    before && super::names::name_ends_at(text, end) && !org_follows(text, end)
}

fn repeat_ok(text: &str, start: usize, end: usize) -> bool {
    if org_follows(text, end) {
        return false;
    }
    let chars = text[start..end].chars().count();
    if chars <= 2 {
        if let Some(c) = char_at(text, end) {
            if PLACE_AFTER.contains(c) {
                return false;
            }
        }
    }
    // Not inside a longer run that is itself a different known word: accept, the resolver
    // keeps the longer person.
    let _ = is_han;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::names;

    fn run(t: &str) -> (Registry, Vec<Candidate>) {
        let scan = Scan::new(t);
        let m = names::find(&scan);
        let mut r = Registry::build(&scan, &m);
        let mut out = Vec::new();
        r.candidates(&scan, &mut out);
        (r, out)
    }

    /// A padded name is one person with the name written without the space, found again
    /// either way.
    #[test]
    fn padded_names_are_one_person() {
        let t = "证人:华 蕾。华蕾在场。华  蕾签字。华 丽在场。";
        let (r, c) = run(t);
        assert_eq!(r.persons().len(), 1);
        assert_eq!(r.persons()[0].name, "华蕾");
        let found: Vec<&str> = c.iter().map(|x| &t[x.span.start..x.span.end]).collect();
        assert_eq!(found, ["华 蕾", "华蕾", "华  蕾"]);
        // A Latin name keeps its space.
        assert_eq!(compact("Marco Rossi"), "Marco Rossi");
    }

    /// The 负责人 of the party's header keeps the role when a job names him again; one who
    /// signed for the company yields to it.
    #[test]
    fn a_header_principal_keeps_his_role() {
        let (r, _) = run("负责人:阚德胜  职务:站长\n经查,站长阚德胜在场。");
        assert_eq!(r.persons()[0].role, Role::LegalRep);
        let (r, _) = run("经查,安全负责人阚德胜在场。\n被检查单位负责人(签名):阚德胜\n");
        assert_eq!(r.persons()[0].role, Role::Other);
        // Below the running text, unsigned or signed with a padded gap, it yields too.
        let (r, _) = run("  经查,安全员郑国栋未到岗,依法处罚。\n被检查单位负责人:郑国栋\n");
        assert_eq!(r.persons()[0].role, Role::Other);
        let (r, _) = run("  经查,安全员郑国栋未到岗,依法处罚。\n负责人(签名):    郑国栋\n");
        assert_eq!(r.persons()[0].role, Role::Other);
    }

    /// A masked person's two-character given name alone is the person where it stands as a
    /// name; inside a word, or of a published person, it is not.
    #[test]
    fn given_names_alone() {
        let t = "徒弟欧阳俊杰在场。桶口起火,俊杰用脚去踢桶。家人陪护俊杰,俊杰的父亲也来了。会让俊杰去考证。张俊杰是另一人。";
        let (_, c) = run(t);
        let given: Vec<usize> = c
            .iter()
            .filter(|x| x.recognizer == "person_name_given")
            .map(|x| x.span.start)
            .collect();
        assert_eq!(given.len(), 4, "{given:?}");
        let t = "证人:王建国。建国以来,变化很大。";
        let (_, c) = run(t);
        assert_eq!(c.len(), 1);
        // The party's given name stays as written.
        let t = "当事人:王建国。建国说他不知道。";
        let (_, c) = run(t);
        assert_eq!(c.len(), 1);
    }

    /// An officer read only from where a contact stands yields to a job the same person is
    /// given elsewhere.
    #[test]
    fn a_contact_yields_to_a_job() {
        let (r, _) = run("  安全主任郦志勤陪同检查,依法处理。\n联系人:郦志勤\n");
        assert_eq!(r.persons()[0].role, Role::Other);
    }

    #[test]
    fn keep_role_wins_and_repeats_found() {
        let t =
            "法定代表人:张标鹏\n询问笔录2份(被询问人:张标鹏、李进发);证人李进发称。李进发在场。";
        let (r, c) = run(t);
        let zb = r.persons().iter().find(|p| p.name == "张标鹏").unwrap();
        assert_eq!(zb.role, Role::LegalRep);
        let lj = r.persons().iter().find(|p| p.name == "李进发").unwrap();
        assert_eq!(lj.role, Role::Witness);
        let n = c
            .iter()
            .filter(|x| &t[x.span.start..x.span.end] == "李进发")
            .count();
        assert_eq!(n, 3);
    }

    #[test]
    fn collisions_numbered() {
        let t = "证人张三、张四。证人王五。";
        let (r, c) = run(t);
        let c = crate::redact::resolve(c, |_| false);
        let ps = r.pseudonyms(t, &c, &Policy::default());
        let get = |n: &str| {
            let x = c
                .iter()
                .find(|x| &t[x.span.start..x.span.end] == n)
                .unwrap();
            ps.get(x)
        };
        assert_eq!(get("张三"), "张某1");
        assert_eq!(get("张四"), "张某2");
        assert_eq!(get("王五"), "王某");
    }

    /// Names listed beside a masked person are persons too, and are then found everywhere;
    /// lists of published roles and words that only look like names do not extend.
    #[test]
    fn names_listed_beside_a_known_person() {
        let found = |t: &str| {
            let (r, c) = run(t);
            let names: Vec<String> = c
                .iter()
                .map(|x| t[x.span.start..x.span.end].to_string())
                .collect();
            (r, names)
        };
        let (r, names) =
            found("带班人郑国华、王大伟和赵有福在场。赵有福受伤。执法人员周明和吴刚到场。");
        assert_eq!(names.iter().filter(|n| *n == "赵有福").count(), 2);
        assert!(names.contains(&"王大伟".to_string()));
        let zy = r.persons().iter().find(|p| p.name == "赵有福").unwrap();
        assert_eq!(zy.role, Role::Other);
        // Officers' lists are read by their cue, not extended.
        assert!(r
            .persons()
            .iter()
            .all(|p| p.name != "吴刚" || p.role == Role::Officer));
        // Listed before a known name, too.
        let (_, names) = found("对柯文杰、欧阳志明作了询问。驾驶员欧阳志明称。");
        assert!(names.contains(&"柯文杰".to_string()));
        // A surname that is usually a word does not start a listed name.
        let (_, names) = found("证人何强和同事一起到场。");
        assert_eq!(names, ["何强"]);
    }

    /// Whoever signs for the inspected company (被检查单位负责人（签名）) is its principal, unless
    /// a more specific cue says he is an employee.
    #[test]
    fn a_signature_yields_to_a_job() {
        let role = |t: &str, n: &str| {
            let scan = Scan::new(t);
            let people = super::super::names::find(&scan);
            let r = Registry::build(&scan, &people);
            r.persons().iter().find(|p| p.name == n).map(|p| p.role)
        };
        let sign = "被检查单位负责人(签名):赵立新";
        assert_eq!(role(sign, "赵立新"), Some(Role::LegalRep));
        let t = format!("由你单位安全负责人赵立新到场。{sign}");
        assert_eq!(role(&t, "赵立新"), Some(Role::Other));
        let t = format!("法定代表人:赵立新。{sign}");
        assert_eq!(role(&t, "赵立新"), Some(Role::LegalRep));
    }

    /// A list closed by a count of persons (三个人, 等人) names persons: the last name before
    /// the count, then its neighbours, back to the verb that introduces the list (还有).
    #[test]
    fn lists_closed_by_a_count() {
        let t = "当天在场的还有张小龙、李春生和欧阳明三个人,均未佩戴。经查,王大伟等人未经培训。";
        let (_, c) = run(t);
        let mut names: Vec<&str> = c.iter().map(|x| &t[x.span.start..x.span.end]).collect();
        names.sort();
        assert_eq!(names, ["张小龙", "李春生", "欧阳明", "王大伟"]);
        // Counts after words that are no names.
        for t in [
            "现场作业人员两人未持证。",
            "我局执法人员三人到场。",
            "当事人夫妻二人在场。",
        ] {
            assert!(run(t).1.is_empty(), "{t}");
        }
    }

    #[test]
    fn repeats_skip_organisations_and_places() {
        let t = "员工林华在场。福建林华建材有限公司。张家港市。证人张家称";
        let (_, c) = run(t);
        let texts: Vec<&str> = c.iter().map(|x| &t[x.span.start..x.span.end]).collect();
        assert_eq!(texts.iter().filter(|s| **s == "林华").count(), 1);
        assert_eq!(texts.iter().filter(|s| **s == "张家").count(), 1);
        // A place further on in the sentence is where the person went.
        let t = "工人赖金发在场。赖金发三人自行到三明市体检。司机送赖金发去医院。";
        let (_, c) = run(t);
        assert_eq!(c.len(), 3);
    }
}

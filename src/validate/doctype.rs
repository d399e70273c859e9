//! Document-type detection from three signals: the title (strongest), the kind code of the
//! document's own 文号 (`罚`, `罚告`, `责改`…) and structural cues (labels and phrases typical of
//! the type). For 行政处罚决定书 the party block decides between 单位 and 个人.

use serde::Serialize;

use crate::text::docnum::DocKind;

use super::ctx::{squash, squash_drop_brackets, Ctx};
use super::rules::{DocType, PartyKind};
use crate::text::words::WordSet;

/// The detected type and how sure the detector is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Detection {
    /// Type id.
    pub id: String,
    /// Confidence in [0, 1]: about 0.98 when title and 文号 agree, 0.9 for a title alone, 0.75
    /// for a 文号 code alone, 0.6 or less on structure alone; 1 when the caller named the type.
    pub confidence: f64,
    /// The signals that decided: `option`, `title`, `docNumber`, `structure`, `party`.
    pub signals: Vec<String>,
    /// The runner-up type, when one scored close.
    pub alternative: Option<String>,
}

/// What the party block says about who the party is.
pub fn party_hint(ctx: &Ctx<'_, '_>) -> Option<PartyKind> {
    let title = ctx.title_key();
    if title.contains("个人") {
        return Some(PartyKind::Person);
    }
    if title.contains("单位") {
        return Some(PartyKind::Org);
    }
    let mut org = false;
    let mut person = false;
    for l in ctx.party_lines() {
        let s = ctx.s(l.span);
        let key = squash_drop_brackets(s);
        if [
            "法定代表人",
            "负责人",
            "主要负责人",
            "被处罚单位",
            "单位名称",
            "统一社会信用代码",
        ]
        .iter()
        .any(|k| key.starts_with(k))
        {
            org = true;
        }
        if [
            "性别",
            "身份证",
            "居民身份证",
            "公民身份号码",
            "出生",
            "年龄",
            "被处罚人",
            "家庭住址",
            "姓名",
        ]
        .iter()
        .any(|k| key.starts_with(k) || key.contains(&format!("{k}:")))
            || s.contains("性别")
        {
            person = true;
        }
    }
    match (org, person) {
        (true, false) => Some(PartyKind::Org),
        (false, true) => Some(PartyKind::Person),
        // A 个体工商户 shows both; the person's own data (性别, 身份证) win over a trade name.
        (true, true) => {
            let has_rep = ctx
                .party_lines()
                .iter()
                .any(|l| squash_drop_brackets(ctx.s(l.span)).starts_with("法定代表人"));
            Some(if has_rep {
                PartyKind::Org
            } else {
                PartyKind::Person
            })
        }
        _ => None,
    }
}

/// The kind of this document's own 文号 (in the header).
pub fn own_number_kind(ctx: &Ctx<'_, '_>) -> Option<DocKind> {
    let upto = ctx
        .lines
        .get((ctx.title_lines + 1).min(ctx.lines.len()).saturating_sub(1))
        .map_or(0, |l| l.span.end)
        .max(ctx.lines.get(1).map_or(0, |l| l.span.end));
    ctx.doc
        .doc_numbers()
        .iter()
        .take_while(|n| n.span.start < upto)
        .find_map(|n| n.kind)
}

fn title_score(title: &str, t: &DocType) -> usize {
    if t.not_titles
        .iter()
        .any(|x| title.contains(squash(x).as_str()))
    {
        return 0;
    }
    t.titles
        .iter()
        .map(|x| squash(x))
        .filter(|x| !x.is_empty() && title.contains(x.as_str()))
        .map(|x| x.chars().count())
        .max()
        .unwrap_or(0)
}

/// Picks the most likely type among `types`; `None` when nothing points anywhere.
pub fn detect(ctx: &Ctx<'_, '_>, types: &[DocType]) -> Option<Detection> {
    let mut title = ctx.title_key();
    if ctx.title_lines == 0 {
        // No title block: look at the first lines anyway.
        for i in 0..3 {
            title.push_str(&squash(ctx.line(i)));
        }
    }
    let code = own_number_kind(ctx);
    let hint = party_hint(ctx);
    // The built-in types' structure cues, looked up in one pass over the text; a caller's own
    // cues (owned strings) are searched one by one.
    static BUILTIN_CUES: std::sync::OnceLock<(Vec<&'static str>, WordSet)> =
        std::sync::OnceLock::new();
    let (cue_list, cue_set) = BUILTIN_CUES.get_or_init(|| {
        let mut list: Vec<&'static str> = Vec::new();
        for d in super::rulebook::BUILTIN {
            for c in d.structure {
                if !list.contains(c) {
                    list.push(c);
                }
            }
        }
        let set = WordSet::new(&list);
        (list, set)
    });
    let found = cue_set.found_in(ctx.t, 0, ctx.t.len());
    let present = |c: &std::borrow::Cow<'static, str>| match c {
        std::borrow::Cow::Borrowed(s) => cue_list
            .iter()
            .position(|x| x == s)
            .map_or_else(|| ctx.t.contains(*s), |k| found[k]),
        std::borrow::Cow::Owned(s) => ctx.t.contains(s.as_str()),
    };
    let mut scored: Vec<(f64, usize, Vec<String>)> = Vec::new();
    for (i, t) in types.iter().enumerate() {
        // A title that names the type but rules it out (`不予行政处罚决定书`,
        // `行政（当场）处罚决定书` for the general procedure) excludes it whatever the 文号 says.
        let named = t.titles.iter().any(|x| {
            let x = squash(x);
            !x.is_empty() && title.contains(x.as_str())
        });
        if named
            && t.not_titles
                .iter()
                .any(|x| title.contains(squash(x).as_str()))
        {
            continue;
        }
        let ts = title_score(&title, t);
        let code_hit = code.is_some_and(|k| t.codes.contains(&k));
        let cues = t.structure.len().max(1);
        let hits = t.structure.iter().filter(|c| present(c)).count();
        let frac = hits as f64 / cues as f64;
        let mut signals = Vec::new();
        let mut score = 0.0;
        if ts > 0 {
            // Longer (more specific) title words win: 行政处罚告知书 over 处罚告知书.
            score += 0.6 + (ts as f64).min(12.0) * 0.01;
            signals.push("title".to_string());
        }
        if code_hit {
            score += 0.3;
            signals.push("docNumber".to_string());
        }
        if hits > 0 {
            score += 0.15 * frac;
            signals.push("structure".to_string());
        }
        // 单位 / 个人 split of the same title.
        if score > 0.0 && t.party != PartyKind::Any {
            match hint {
                Some(p) if p == t.party => {
                    score += 0.05;
                    signals.push("party".to_string());
                }
                Some(_) => score -= 0.05,
                None => {}
            }
        }
        if score > 0.0 {
            scored.push((score, i, signals));
        }
    }
    // Highest score first (scores are positive, so their bits order like the values), then
    // the rulebook's order.
    crate::sort::by_key(&mut scored, |s| {
        ((u64::MAX - s.0.to_bits()) as u128) << 64 | s.1 as u128
    });
    let (best, i, signals) = scored.first()?.clone();
    let has_title = signals.iter().any(|s| s == "title");
    let has_code = signals.iter().any(|s| s == "docNumber");
    let mut confidence: f64 = match (has_title, has_code) {
        (true, true) => 0.98,
        (true, false) => 0.9,
        (false, true) => 0.75,
        (false, false) => (0.3 + best * 2.0).min(0.6),
    };
    let alternative = scored
        .get(1)
        .filter(|s| best - s.0 < 0.05)
        .map(|s| types[s.1].id.to_string());
    if alternative.is_some() {
        confidence -= 0.1;
    }
    Some(Detection {
        id: types[i].id.to_string(),
        confidence,
        signals,
        alternative,
    })
}

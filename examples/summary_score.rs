//! Scores the publication-summary fields (公示制度（十四）2) against a labelled corpus.
//!
//! `score.py` does not score these fields, so this example does. For every document it runs
//! the publication checks and compares the six fields with the labels:
//!
//! * `publication_summary`: a field counts as right when its presence equals the gold element
//!   and, when present, its value equals the labelled span (文号 `doc_number/self`, 执法主体 an
//!   `agency_name/issuer`, 执法对象 the party's `company_name`/`person_name`, 执法日期 a
//!   `date`, 执法结论 covering the `money` spans of its line, 执法类别 a recognised category).
//! * decisions (`penalty_decision_*`, `seizure_decision`, `rectification_order`): 文号 equals the
//!   `doc_number/self` span (absent when the element is false), 执法主体 an issuer span,
//!   执法对象 the first party span, 执法类别 the category of the document type, 执法日期 the
//!   date of the last labelled date span (absent when `decision_date` is false), 执法结论 the
//!   operative part (a penalty with its amount, 查封/扣押, 责令…整改).
//! * `penalty_notice`: must be recognised as not a decision.
//!
//! A document is right when all its fields are. Gold values come from the labels only.
//!
//! ```text
//! cargo run --release --example summary_score -- ../shared/corpus/dev.jsonl [--show 20]
//! ```

use std::collections::BTreeMap;
use std::io::BufRead;

use gongshi::publish::{publication, Category, Date, Publication, SourceKind};
use gongshi::Options;
use serde_json::Value;

const IDS: [&str; 6] = [
    "doc_number",
    "enforcement_subject",
    "enforcement_target",
    "enforcement_category",
    "enforcement_date",
    "enforcement_conclusion",
];

fn span_text(doc: &Value, kind: &str, roles: &[&str]) -> Vec<(usize, usize, String)> {
    doc["spans"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|s| s["kind"] == kind)
                .filter(|s| roles.is_empty() || roles.iter().any(|r| s["role"] == *r))
                .map(|s| {
                    (
                        s["start"].as_u64().unwrap_or(0) as usize,
                        s["end"].as_u64().unwrap_or(0) as usize,
                        s["text"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn gold_date(s: &str) -> Option<Date> {
    let m = gongshi::text::date::find(s).into_iter().next()?;
    let y = m.ymd()?;
    Date::new(y.year, y.month, y.day)
}

fn value<'a>(p: &'a Publication, id: &str) -> Option<&'a str> {
    p.fields
        .iter()
        .find(|f| f.id == id)
        .and_then(|f| f.value.as_deref())
}

fn field_span(p: &Publication, id: &str) -> Option<(usize, usize)> {
    p.fields
        .iter()
        .find(|f| f.id == id)
        .and_then(|f| f.span)
        .map(|s| (s.start, s.end))
}

fn element(doc: &Value, id: &str) -> bool {
    doc["elements"][id].as_bool().unwrap_or(true)
}

/// Returns, per field, whether the prediction is right (or `None` when not scored).
fn score(doc: &Value, text: &str, p: &Publication) -> Option<[bool; 6]> {
    let ty = doc["doc_type"].as_str().unwrap_or("");
    let issuers: Vec<String> = span_text(doc, "agency_name", &["issuer"])
        .into_iter()
        .map(|s| s.2)
        .collect();
    let party: Vec<String> = doc["spans"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|s| {
                    s["role"] == "party"
                        && (s["kind"] == "company_name" || s["kind"] == "person_name")
                })
                .map(|s| s["text"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default();
    let own = span_text(doc, "doc_number", &["self"]);
    let dates = span_text(doc, "date", &[]);
    let money = span_text(doc, "money", &[]);
    let mut ok = [false; 6];
    match ty {
        "publication_summary" => {
            if p.source != SourceKind::Summary {
                return Some(ok);
            }
            for (i, id) in IDS.iter().enumerate() {
                let gold = element(doc, id);
                let v = value(p, id);
                ok[i] = match (gold, v) {
                    (false, None) => true,
                    (true, Some(v)) => match i {
                        0 => own.iter().any(|s| s.2 == v),
                        1 => issuers.iter().any(|s| s == v),
                        2 => party.first().is_some_and(|s| s == v),
                        3 => p.category.is_some(),
                        4 => dates.iter().any(|s| s.2 == v),
                        _ => {
                            // Every money span on the conclusion's line is inside the value.
                            let Some((a, b)) = field_span(p, id) else {
                                return Some(ok);
                            };
                            let line_start = text[..a].rfind('\n').map_or(0, |x| x + 1);
                            let line_end = text[b..].find('\n').map_or(text.len(), |x| b + x);
                            let (ls, le) = (
                                text[..line_start].chars().count(),
                                text[..line_end].chars().count(),
                            );
                            let (ca, cb) = (text[..a].chars().count(), text[..b].chars().count());
                            money
                                .iter()
                                .filter(|m| m.0 >= ls && m.1 <= le)
                                .all(|m| m.0 >= ca && m.1 <= cb)
                        }
                    },
                    _ => false,
                };
            }
        }
        "penalty_decision_org"
        | "penalty_decision_person"
        | "seizure_decision"
        | "rectification_order" => {
            if p.source != SourceKind::Decision {
                return Some(ok);
            }
            let v_num = value(p, IDS[0]);
            ok[0] = if element(doc, "doc_number") {
                own.first().is_some_and(|s| Some(s.2.as_str()) == v_num)
            } else {
                v_num.is_none()
            };
            let v_sub = value(p, IDS[1]);
            ok[1] = if issuers.is_empty() {
                v_sub.is_none()
            } else {
                v_sub.is_some_and(|v| issuers.iter().any(|s| s == v))
            };
            let v_tgt = value(p, IDS[2]);
            ok[2] = match party.first() {
                Some(g) => v_tgt == Some(g.as_str()),
                None => v_tgt.is_none(),
            };
            let want = match ty {
                "seizure_decision" => Category::Coercion,
                "rectification_order" => Category::Inspection,
                _ => Category::Penalty,
            };
            ok[3] = p.category == Some(want);
            ok[4] = if element(doc, "decision_date") {
                let last = dates.last().and_then(|s| gold_date(&s.2));
                last.is_some() && p.decision_date == last
            } else {
                p.decision_date.is_none()
            };
            let c = value(p, IDS[5]).unwrap_or("");
            ok[5] = match ty {
                "seizure_decision" => c.contains("查封") || c.contains("扣押"),
                "rectification_order" => c.contains("整改") || c.contains("责令"),
                _ => {
                    if element(doc, "penalty_type_amount") {
                        c.chars().count() <= 200
                            && (c.contains("警告")
                                || money.iter().any(|m| c.contains(m.2.as_str())))
                    } else {
                        // A decision without a penalty amount: nothing, or nothing with an amount.
                        !money.iter().any(|m| c.contains(m.2.as_str()))
                    }
                }
            };
        }
        "penalty_notice" => {
            ok = [p.source == SourceKind::NotDecision; 6];
        }
        _ => return None,
    }
    Some(ok)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: summary_score CORPUS.jsonl [--show N]")?;
    let mut show = 0usize;
    while let Some(a) = args.next() {
        if a == "--show" {
            show = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
        }
    }
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let opts = Options::default();
    // doc type → (documents, documents right, per-field right)
    let mut stats: BTreeMap<String, (usize, usize, [usize; 6])> = BTreeMap::new();
    let mut shown = 0;
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line)?;
        let text = doc["text"].as_str().unwrap_or_default();
        // Spans stay in bytes of `text` (the Rust representation).
        let p = publication(text, &opts)?;
        let Some(ok) = score(&doc, text, &p) else {
            continue;
        };
        let ty = doc["doc_type"].as_str().unwrap_or("").to_string();
        let e = stats.entry(ty.clone()).or_insert((0, 0, [0; 6]));
        e.0 += 1;
        if ok.iter().all(|&x| x) {
            e.1 += 1;
        } else if shown < show {
            shown += 1;
            let bad: Vec<String> = IDS
                .iter()
                .zip(ok)
                .filter(|(_, o)| !o)
                .map(|(id, _)| format!("{id}={:?}", value(&p, id)))
                .collect();
            eprintln!(
                "MISS {} {} date={:?} cat={:?} src={:?}: {}",
                doc["id"].as_str().unwrap_or(""),
                ty,
                p.decision_date.map(|d| d.to_string()),
                p.category,
                p.source,
                bad.join(" | ")
            );
        }
        for (i, o) in ok.iter().enumerate() {
            e.2[i] += *o as usize;
        }
    }
    println!(
        "{:<26} {:>5} {:>8}  {}",
        "doc_type",
        "docs",
        "all-six",
        IDS.map(|s| s.trim_start_matches("enforcement_").to_string())
            .join(" ")
    );
    let (mut n, mut r) = (0, 0);
    for (ty, (docs, right, f)) in &stats {
        n += docs;
        r += right;
        let pct = |x: usize| 100.0 * x as f64 / (*docs).max(1) as f64;
        let per: Vec<String> = f.iter().map(|&x| format!("{:.1}", pct(x))).collect();
        println!(
            "{ty:<26} {docs:>5} {:>7.1}%  {}",
            pct(*right),
            per.join(" ")
        );
    }
    println!(
        "{:<26} {n:>5} {:>7.1}%",
        "all",
        100.0 * r as f64 / n.max(1) as f64
    );
    Ok(())
}

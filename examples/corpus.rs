//! Runs gongshi over a labelled corpus (JSONL, one `{"id", "text", …}` per line) and writes
//! predictions in the format of `shared/corpus/score.py`: masked spans, element presence and
//! reasoning ranges, all in code points of the original text.
//!
//! ```text
//! cargo run --release --example corpus -- ../shared/corpus/dev.jsonl > /tmp/pred.jsonl
//! cargo run --release --example corpus -- ../shared/corpus/dev.jsonl --policy strict > /tmp/s.jsonl
//! python3 ../shared/corpus/score.py ../shared/corpus/dev.jsonl /tmp/pred.jsonl --by doc_type
//! ```

use std::io::{BufRead, BufWriter, Write};

use gongshi::reasoning::{Grade, Section};
use gongshi::{MapSpans, Options, Units};
use serde_json::{json, Value};

fn section_range(s: &Section) -> Value {
    if s.grade != Grade::Adequate || s.spans.is_empty() {
        return Value::Null;
    }
    let start = s.spans.iter().map(|x| x.start).min().unwrap_or(0);
    let end = s.spans.iter().map(|x| x.end).max().unwrap_or(0);
    json!([start, end])
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or("usage: corpus CORPUS.jsonl [--policy default|strict] > PRED.jsonl")?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut opts = Options::default();
    if let Some(i) = args.iter().position(|a| a == "--policy") {
        let name = args.get(i + 1).ok_or("--policy needs a value")?;
        opts = Options::from_json(&json!({ "policy": name }).to_string())?;
    }
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line)?;
        let id = doc["id"].as_str().unwrap_or_default().to_string();
        let text = doc["text"].as_str().unwrap_or_default();
        let mut report = gongshi::check(text, &opts)?;
        report.convert_spans(text, Units::CodePoints);
        let spans: Vec<Value> = report
            .redacted
            .findings
            .iter()
            .filter_map(|f| {
                let p = f.pii.as_deref()?;
                let s = f.span?;
                Some(json!({"start": s.start, "end": s.end, "kind": p.kind}))
            })
            .collect();
        let mut rec = json!({"id": id, "spans": spans});
        if report.validation.supported {
            let elements: serde_json::Map<String, Value> = report
                .validation
                .elements
                .iter()
                .map(|e| (e.id.clone(), Value::Bool(e.present)))
                .collect();
            rec["elements"] = Value::Object(elements);
            // Not scored by score.py; lets the detected type be compared with the label.
            rec["doc_type"] = json!(report.validation.doc_type);
        }
        if report.reasoning.supported {
            let r = &report.reasoning;
            rec["reasoning"] = json!({
                "evidence": section_range(&r.evidence),
                "legal_basis": section_range(&r.legal_basis),
                "discretion": section_range(&r.discretion),
            });
        }
        serde_json::to_writer(&mut out, &rec)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

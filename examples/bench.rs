//! Native benchmark: throughput of `redact` and `check` over the corpus texts (median of
//! several runs). Prints one JSON object on stdout for `tools/bench.mjs` to tabulate.
//!
//! `cargo run --release --example bench -- [--corpus PATH] [--runs N] [--only redact|validate|explain|check]`

use std::time::Instant;

use gongshi::Options;
use serde_json::{json, Value};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let get = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let corpus = get("--corpus")
        .cloned()
        .unwrap_or_else(|| "../shared/corpus/dev.jsonl".into());
    let runs: usize = get("--runs").map(|s| s.parse()).transpose()?.unwrap_or(7);
    let texts: Vec<String> = std::fs::read_to_string(&corpus)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<Value>(l).map(|v| v["text"].as_str().unwrap_or("").to_string())
        })
        .collect::<Result<_, _>>()?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let opts = Options::default();
    let mut out = serde_json::Map::new();
    out.insert("corpus_bytes".into(), json!(bytes));
    out.insert("corpus_docs".into(), json!(texts.len()));
    type Op = fn(&str, &Options) -> usize;
    let ops: [(&str, Op); 4] = [
        ("redact", |t, o| {
            gongshi::redact(t, o).map(|r| r.findings.len()).unwrap_or(0)
        }),
        ("validate", |t, o| {
            gongshi::validate(t, o)
                .map(|r| r.findings.len())
                .unwrap_or(0)
        }),
        ("explain", |t, o| {
            gongshi::explain(t, o)
                .map(|r| r.findings.len())
                .unwrap_or(0)
        }),
        ("check", |t, o| {
            gongshi::check(t, o).map(|r| r.blocking.len()).unwrap_or(0)
        }),
    ];
    let only = get("--only");
    for (name, op) in ops {
        if only.is_some_and(|o| o != name) {
            continue;
        }
        let mut sink = 0;
        let mut mbps = Vec::new();
        for _ in 0..runs {
            let t = Instant::now();
            for text in &texts {
                sink += op(text, &opts);
            }
            mbps.push(bytes as f64 / t.elapsed().as_secs_f64() / 1e6);
        }
        out.insert(format!("{name}_mbps"), json!(median(mbps)));
        out.insert(format!("{name}_findings"), json!(sink / runs));
    }
    println!("{}", Value::Object(out));
    Ok(())
}

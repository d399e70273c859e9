//! Native benchmark, the reference for `tools/bench.mjs` (which runs the same measures on the
//! WebAssembly build in Node and tabulates both). Prints one JSON object on stdout.
//!
//! ```text
//! cargo run --release --example bench -- [--corpus PATH] [--runs N] [--only OP] [--quick]
//! ```
//!
//! * throughput of `redact`, `validate`, `explain`, `check` on the corpus and on a synthetic
//!   5 MB archive (corpus documents concatenated), MB/s, median of `--runs` runs;
//! * latency of `check` on a typical 3 KB decision and on a 200 KB one (p50/p99);
//! * how cost grows: `redact` and `check` throughput at 1 KB … 10 MB;
//! * peak heap of `check` on the 10 MB input (a counting allocator).
//!
//! The synthetic inputs are built the same way here and in `tools/bench.mjs` ([`archive`]).
//! `--only OP` runs one operation's corpus throughput and nothing else (for profilers).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use gongshi::Options;
use serde_json::{json, Map, Value};

/// Counts live and peak heap bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator; only adds counters.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v[i.min(v.len() - 1)]
}

/// The corpus documents joined by blank lines, repeated until `bytes` long, cut on a character
/// boundary (the same construction as `archive` in `tools/bench.mjs`).
fn archive(texts: &[String], bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 8192);
    'fill: loop {
        for t in texts {
            if s.len() >= bytes {
                break 'fill;
            }
            s.push_str(t);
            s.push_str("\n\n");
        }
    }
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

type Op = fn(&str, &Options) -> usize;

const OPS: [(&str, Op); 4] = [
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

/// Median MB/s of `op` over `texts`.
fn throughput(op: Op, texts: &[&str], opts: &Options, runs: usize) -> f64 {
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut mbps = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let mut sink = 0;
        for text in texts {
            sink += op(text, opts);
        }
        std::hint::black_box(sink);
        mbps.push(bytes as f64 / t.elapsed().as_secs_f64() / 1e6);
    }
    median(mbps)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let get = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let quick = args.iter().any(|a| a == "--quick");
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
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let opts = Options {
        max_input_bytes: 64 << 20,
        ..Options::default()
    };
    let mut out = Map::new();
    out.insert("corpus_bytes".into(), json!(bytes));
    out.insert("corpus_docs".into(), json!(texts.len()));

    if let Some(only) = get("--only") {
        let (_, op) = OPS
            .iter()
            .find(|(n, _)| n == only)
            .ok_or("--only takes redact, validate, explain or check")?;
        out.insert(
            format!("{only}_mbps"),
            json!(throughput(*op, &refs, &opts, runs)),
        );
        println!("{}", Value::Object(out));
        return Ok(());
    }

    // Throughput: the corpus, and a 5 MB archive.
    let big = archive(&texts, if quick { 1 << 20 } else { 5 << 20 });
    for (name, op) in OPS {
        out.insert(
            format!("{name}_mbps"),
            json!(throughput(op, &refs, &opts, runs)),
        );
        out.insert(
            format!("{name}_archive_mbps"),
            json!(throughput(op, &[&big], &opts, runs.min(5))),
        );
    }
    out.insert("archive_bytes".into(), json!(big.len()));

    // Latency of `check`: the corpus document closest to 3 KB, and a 200 KB archive.
    let typical = refs
        .iter()
        .min_by_key(|t| t.len().abs_diff(3 * 1024))
        .copied()
        .unwrap_or("");
    let long = archive(&texts, 200 * 1024);
    for (key, text, n) in [
        ("check_3k", typical, if quick { 50 } else { 300 }),
        ("check_200k", long.as_str(), if quick { 5 } else { 40 }),
    ] {
        let mut ms = Vec::with_capacity(n);
        for _ in 0..n {
            let t = Instant::now();
            std::hint::black_box(gongshi::check(text, &opts)?);
            ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
        out.insert(format!("{key}_bytes"), json!(text.len()));
        out.insert(format!("{key}_p50_ms"), json!(percentile(ms.clone(), 0.5)));
        out.insert(format!("{key}_p99_ms"), json!(percentile(ms, 0.99)));
    }

    // Scaling: MB/s by input size (linear cost keeps these flat).
    let sizes: &[usize] = if quick {
        &[1 << 10, 10 << 10, 100 << 10, 1 << 20]
    } else {
        &[1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20]
    };
    let mut scaling = Vec::new();
    for &size in sizes {
        let input = archive(&texts, size);
        // Enough repetitions that each measure covers at least ~1 MB of work.
        let reps = (1 << 20) / size.max(1) + 1;
        let batch: Vec<&str> = std::iter::repeat_n(input.as_str(), reps).collect();
        let mut row = Map::new();
        row.insert("bytes".into(), json!(input.len()));
        for (name, op) in OPS.iter().filter(|(n, _)| *n == "redact" || *n == "check") {
            row.insert(
                format!("{name}_mbps"),
                json!(throughput(*op, &batch, &opts, runs.min(5))),
            );
        }
        scaling.push(Value::Object(row));
    }
    out.insert("scaling".into(), Value::Array(scaling));

    // Peak heap while checking the largest input.
    let largest = archive(&texts, *sizes.last().unwrap_or(&(1 << 20)));
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    std::hint::black_box(gongshi::check(&largest, &opts)?);
    out.insert("peak_input_bytes".into(), json!(largest.len()));
    out.insert(
        "peak_heap_bytes".into(),
        json!(PEAK.load(Ordering::Relaxed) - base),
    );

    println!("{}", Value::Object(out));
    Ok(())
}

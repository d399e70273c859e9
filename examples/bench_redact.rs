//! Native redaction throughput on a corpus (JSONL with a `text` field): median of 7 runs.
//!
//! ```text
//! cargo run --release --example bench_redact -- ../shared/corpus/dev.jsonl
//! ```

use std::io::BufRead;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: bench_redact CORPUS.jsonl")?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut texts = Vec::new();
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)?;
        texts.push(v["text"].as_str().unwrap_or_default().to_string());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let opts = gongshi::Options::default();
    // Warm-up: compiles the lexicon and patterns once.
    let first = Instant::now();
    let _ = gongshi::redact(&texts[0], &opts)?;
    let init = first.elapsed();
    let mut rates = Vec::new();
    for _ in 0..7 {
        let t = Instant::now();
        let mut n = 0;
        // Several passes per run so each run takes long enough to time.
        for _ in 0..5 {
            for text in &texts {
                n += gongshi::redact(text, &opts)?.findings.len();
            }
        }
        let secs = t.elapsed().as_secs_f64();
        rates.push((5 * bytes) as f64 / secs / 1e6);
        std::hint::black_box(n);
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "documents: {}  bytes: {}  first call (incl. pattern compilation): {:.1} ms",
        texts.len(),
        bytes,
        init.as_secs_f64() * 1e3
    );
    println!(
        "redact throughput: median {:.1} MB/s (min {:.1}, max {:.1}, 7 runs)",
        rates[3], rates[0], rates[6]
    );
    Ok(())
}

//! `gongshi` — the command-line tool.
//!
//! ```text
//! gongshi redact|validate|explain|check [--json] [--lang zh-CN|en] [--offsets utf16|codepoints|bytes] [FILE…]
//! ```
//!
//! Reads each FILE (standard input when there is none). Exit codes: 0 ok, 1 findings that block
//! (an error-severity finding; `redact` never blocks: it masks), 2 usage or input error.

use std::io::{Read, Write};
use std::process::ExitCode;

use gongshi::finding::with_output_lang;
use gongshi::{Finding, Lang, MapSpans, Options, Severity, Units};

const USAGE: &str = "\
用法 usage: gongshi <命令 command> [选项 options] [文件 FILE…]

命令 commands:
  redact     隐去个人信息，输出脱敏文本            mask personal data, print the masked text
  validate   检查必备要素                          check the required elements
  explain    评估说理（证据采信、依据选择、自由裁量）  grade the reasoning sections
  check      全部检查，判断能否提交                  run everything; may it be submitted?
  publication  公示检查：摘要、不予公开情形、公开期限、公开期间  publication rules: summary, exclusions, deadlines, period
  record     检查全过程音像记录表（JSON 文件）        check whole-process AV record forms (JSON files)
  deadline 起算日 天数   计算工作日期限（如 deadline 2024-09-27 7）  working-day deadline, e.g. deadline 2024-09-27 7

选项 options:
  --json                 输出 JSON               machine-readable output
  --lang zh-CN|en        消息语言（默认 zh-CN）    message language (default zh-CN)
  --offsets utf16|codepoints|bytes   JSON 中的偏移单位（默认 utf16）  offset unit in JSON (default utf16)
  --options JSON         其他选项（与 npm 包相同）  further options, as in the npm package
  -h, --help             帮助                    this help
  -V, --version          版本                    version

无文件时读取标准输入。退出码：0 通过，1 有须处理的问题，2 用法或输入错误。
Reads standard input when no file is given. Exit codes: 0 ok, 1 blocking findings, 2 usage or input error.
";

struct Args {
    command: String,
    json: bool,
    units: Units,
    options: Options,
    files: Vec<String>,
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("gongshi: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut it = std::env::args().skip(1);
    let mut command = None;
    let mut json = false;
    let mut units = Units::Utf16;
    let mut lang = None;
    let mut extra: Option<String> = None;
    let mut files = Vec::new();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("gongshi {}", gongshi::VERSION);
                return Ok(None);
            }
            "--json" => json = true,
            "--lang" => {
                lang = Some(match it.next().as_deref() {
                    Some("zh-CN" | "zh" | "zh-cn") => Lang::Zh,
                    Some("en") => Lang::En,
                    _ => return Err("--lang takes zh-CN or en".into()),
                })
            }
            "--offsets" => {
                units = match it.next().as_deref() {
                    Some("utf16") => Units::Utf16,
                    Some("codepoints") => Units::CodePoints,
                    Some("bytes") => Units::Bytes,
                    _ => return Err("--offsets takes utf16, codepoints or bytes".into()),
                }
            }
            "--options" => extra = Some(it.next().ok_or("--options takes a JSON object")?),
            "-" => files.push(a),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ if command.is_none() => command = Some(a),
            _ => files.push(a),
        }
    }
    let command = command.ok_or("missing command")?;
    if !matches!(
        command.as_str(),
        "redact" | "validate" | "explain" | "check" | "publication" | "record" | "deadline"
    ) {
        return Err(format!("unknown command {command}"));
    }
    let mut options: Options = match extra {
        Some(j) => Options::from_json(&j).map_err(|e| {
            let lang = lang
                .or_else(|| Options::requested_lang(&j))
                .unwrap_or_default();
            format!("--options: {}", e.message.get(lang))
        })?,
        None => Options::default(),
    };
    if let Some(l) = lang {
        options.lang = l;
    }
    Ok(Some(Args {
        command,
        json,
        units,
        options,
        files,
    }))
}

fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if name == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(name).map_err(|e| format!("cannot read {name}: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8 text"))
}

/// Line and column (1-based, in characters) of each byte offset of `bytes`, in one walk over
/// the text (a search from the start for each was quadratic in a report of many findings).
fn line_cols(text: &str, bytes: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut out = vec![(1, 1); bytes.len()];
    let (mut line, mut col) = (1, 1);
    let mut chars = text.char_indices().peekable();
    for i in order {
        while let Some((_, c)) = chars.next_if(|&(at, _)| at < bytes[i]) {
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
        }
        out[i] = (line, col);
    }
    out
}

fn print_findings(
    out: &mut impl Write,
    text: &str,
    findings: &[Finding],
    lang: Lang,
) -> std::io::Result<()> {
    let starts: Vec<usize> = findings
        .iter()
        .map(|f| f.span.map_or(0, |s| s.start))
        .collect();
    let places = line_cols(text, &starts);
    for (f, &(l, c)) in findings.iter().zip(&places) {
        let mark = match f.severity {
            Severity::Error => "✗",
            Severity::Warning => "!",
            Severity::Info => "·",
        };
        let at = match f.span {
            Some(_) => format!("{l}:{c} "),
            None => String::new(),
        };
        write!(out, "{mark} {at}[{}] {}", f.code, f.message.get(lang))?;
        if let Some(b) = &f.basis {
            write!(out, "（{b}）")?;
        }
        writeln!(out)?;
        if let Some(s) = &f.suggestion {
            writeln!(out, "    → {}", s.get(lang))?;
        }
    }
    Ok(())
}

fn print_publication(
    out: &mut impl Write,
    name: &str,
    text: &str,
    p: &gongshi::Publication,
    lang: Lang,
) -> std::io::Result<()> {
    let zh = lang == Lang::Zh;
    let verdict = match (p.may_publish, zh) {
        (true, true) => "可以公示",
        (true, false) => "may be published",
        (false, true) => "暂不能公示",
        (false, false) => "must not be published yet",
    };
    writeln!(out, "{name}: {verdict}")?;
    if let Some(summary) = &p.summary_text {
        writeln!(
            out,
            "{}\n{summary}",
            if zh { "公示摘要：" } else { "Summary:" }
        )?;
    }
    if let Some(d) = &p.deadline {
        writeln!(
            out,
            "{} {}（{}）",
            if zh { "公开期限：" } else { "Publish by:" },
            d.deadline.date,
            d.deadline.explanation.get(lang)
        )?;
    }
    if let Some(period) = &p.period {
        if let Some(t) = period.take_down_date {
            writeln!(
                out,
                "{} {t}（{}）",
                if zh {
                    "撤下日期："
                } else {
                    "Take down on:"
                },
                period.basis
            )?;
        }
    }
    print_findings(out, text, &p.findings, lang)
}

/// `gongshi deadline START DAYS`: the working-day deadline, as `addWorkingDays` computes it.
fn deadline(a: &Args, out: &mut impl Write) -> Result<(), String> {
    let [start, days] = a.files.as_slice() else {
        return Err("deadline takes a start date (YYYY-MM-DD) and a number of working days".into());
    };
    let days: u32 = days
        .parse()
        .map_err(|_| "the number of working days must be a whole number".to_string())?;
    let lang = a.options.lang;
    let d = gongshi::publish::add_working_days_str(start, days, a.options.extra_holidays.as_ref())
        .map_err(|e| e.message.get(lang).to_string())?;
    let io = |e: std::io::Error| e.to_string();
    if a.json {
        let s = with_output_lang(lang, || serde_json::to_string(&d)).map_err(|e| e.to_string())?;
        writeln!(out, "{s}").map_err(io)
    } else {
        writeln!(out, "{}", d.date).map_err(io)?;
        writeln!(out, "{}", d.explanation.get(lang)).map_err(io)
    }
}

fn has_errors<'a>(fs: impl IntoIterator<Item = &'a Finding>) -> bool {
    fs.into_iter().any(|f| f.severity == Severity::Error)
}

fn emit_json<T: serde::Serialize + MapSpans>(
    out: &mut impl Write,
    mut v: T,
    text: &str,
    a: &Args,
) -> Result<(), String> {
    v.convert_spans(text, a.units);
    let s = with_output_lang(a.options.lang, || serde_json::to_string(&v))
        .map_err(|e| e.to_string())?;
    writeln!(out, "{s}").map_err(|e| e.to_string())
}

/// Processes one input; returns whether it has blocking findings.
fn process(a: &Args, name: &str, text: &str, out: &mut impl Write) -> Result<bool, String> {
    let lang = a.options.lang;
    let io = |e: std::io::Error| e.to_string();
    let api = |e: gongshi::Error| e.message.get(lang).to_string();
    match a.command.as_str() {
        "redact" => {
            let r = gongshi::redact(text, &a.options).map_err(api)?;
            if a.json {
                emit_json(out, r, text, a)?;
            } else {
                out.write_all(r.text.as_bytes()).map_err(io)?;
                let mut err = std::io::stderr().lock();
                writeln!(
                    err,
                    "{name}: {} 处个人信息已隐去 / items masked",
                    r.findings.len()
                )
                .map_err(io)?;
                print_findings(&mut err, text, &r.findings, lang).map_err(io)?;
            }
            Ok(false)
        }
        "validate" => {
            let v = gongshi::validate(text, &a.options).map_err(api)?;
            let blocked = has_errors(&v.findings);
            if a.json {
                emit_json(out, v, text, a)?;
            } else {
                writeln!(out, "{name}").map_err(io)?;
                out.write_all(gongshi::validate::checklist(&v, lang).as_bytes())
                    .map_err(io)?;
            }
            Ok(blocked)
        }
        "publication" => {
            let p = gongshi::publish::publication(text, &a.options).map_err(api)?;
            let blocked = !p.may_publish;
            if a.json {
                emit_json(out, p, text, a)?;
            } else {
                print_publication(out, name, text, &p, lang).map_err(io)?;
            }
            Ok(blocked)
        }
        "record" => {
            let r = gongshi::record::check_json(text).map_err(api)?;
            let blocked = !r.ok;
            if a.json {
                let s = with_output_lang(lang, || serde_json::to_string(&r))
                    .map_err(|e| e.to_string())?;
                writeln!(out, "{s}").map_err(io)?;
            } else {
                let verdict = match (r.ok, lang) {
                    (true, Lang::Zh) => "记录符合全过程记录制度",
                    (true, Lang::En) => "The record meets the whole-process recording rules",
                    (false, Lang::Zh) => "记录不符合全过程记录制度：",
                    (false, Lang::En) => {
                        "The record does not meet the whole-process recording rules:"
                    }
                };
                writeln!(out, "{name}: {verdict}").map_err(io)?;
                print_findings(out, "", &r.findings, lang).map_err(io)?;
            }
            Ok(blocked)
        }
        "explain" => {
            let r = gongshi::explain(text, &a.options).map_err(api)?;
            let blocked = has_errors(&r.findings);
            if a.json {
                emit_json(out, r, text, a)?;
            } else {
                writeln!(out, "{name}").map_err(io)?;
                let report = gongshi::reasoning::report_for(&r, text, lang);
                out.write_all(report.as_bytes()).map_err(io)?;
            }
            Ok(blocked)
        }
        _ => {
            let r = gongshi::check(text, &a.options).map_err(api)?;
            let blocked = !r.ok;
            if a.json {
                emit_json(out, r, text, a)?;
            } else {
                let verdict = match (blocked, lang) {
                    (false, Lang::Zh) => "通过：无须处理的问题",
                    (false, Lang::En) => "OK: nothing blocks submission",
                    (true, Lang::Zh) => "不通过：以下问题须处理后方可提交",
                    (true, Lang::En) => "Blocked: fix these before submitting",
                };
                writeln!(out, "{name}: {verdict}").map_err(io)?;
                print_findings(out, text, &r.blocking, lang).map_err(io)?;
                if !r.warnings.is_empty() {
                    writeln!(
                        out,
                        "{}",
                        if lang == Lang::Zh {
                            "提示："
                        } else {
                            "Warnings:"
                        }
                    )
                    .map_err(io)?;
                    print_findings(out, text, &r.warnings, lang).map_err(io)?;
                }
            }
            Ok(blocked)
        }
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => return usage_error(&e),
    };
    if args.command == "deadline" {
        let stdout = std::io::stdout();
        return match deadline(&args, &mut stdout.lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("gongshi: {e}");
                ExitCode::from(2)
            }
        };
    }
    let files = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files.clone()
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut blocked = false;
    for (i, name) in files.iter().enumerate() {
        let text = match read_input(name) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("gongshi: {e}");
                return ExitCode::from(2);
            }
        };
        if files.len() > 1 && !args.json && args.command != "redact" && i > 0 {
            let _ = writeln!(out);
        }
        match process(
            &args,
            if name == "-" { "<stdin>" } else { name },
            &text,
            &mut out,
        ) {
            Ok(b) => blocked |= b,
            Err(e) => {
                eprintln!("gongshi: {e}");
                return ExitCode::from(2);
            }
        }
    }
    if blocked {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

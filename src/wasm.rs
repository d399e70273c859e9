//! The WebAssembly boundary: converts JavaScript values to Rust and results back, nothing else.
//!
//! Options arrive as a JSON string. Offsets are converted from bytes to UTF-16 code units here, once per result. Errors are
//! returned as plain `{ code, message }` objects that the JavaScript wrapper turns into
//! `GongshiError`s. The masked text itself is rebuilt by the wrapper from the original string
//! and the spans, so characters outside masked spans (even lone surrogates, which cannot cross
//! into Rust) come back exactly as they were.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorCode};
use crate::finding::{with_output_lang, Lang, Text};
use crate::options::Options;
use crate::render::{MapSpans, Units};

fn serializer() -> serde_wasm_bindgen::Serializer {
    // `None` becomes `null`, as the TypeScript declarations say.
    serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true)
}

fn error_value(e: &Error, lang: Lang) -> JsValue {
    with_output_lang(lang, || e.serialize(&serializer())).unwrap_or(JsValue::NULL)
}

fn text_arg(v: &JsValue, lang: Lang) -> Result<String, JsValue> {
    v.as_string().ok_or_else(|| {
        let e = Error::new(
            ErrorCode::InvalidInput,
            Text::new("输入必须是字符串。", "The input must be a string."),
        );
        error_value(&e, lang)
    })
}

/// Options arrive as JSON (the wrapper calls `JSON.stringify`), read by the crate's own JSON
/// reader, as the CLI reads `--options`. An error is worded in the `lang` the options ask for
/// when that much of them can be read.
fn options_arg(json: Option<String>) -> Result<Options, JsValue> {
    let Some(json) = json else {
        return Ok(Options::default());
    };
    Options::from_json(&json).map_err(|e| {
        let lang = Options::requested_lang(&json).unwrap_or_default();
        error_value(&e, lang)
    })
}

fn output<T: Serialize + MapSpans>(
    mut value: T,
    text: &str,
    lang: Lang,
) -> Result<JsValue, JsValue> {
    value.convert_spans(text, Units::Utf16);
    with_output_lang(lang, || value.serialize(&serializer()))
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

fn run<T: Serialize + MapSpans>(
    text: JsValue,
    options: Option<String>,
    f: impl FnOnce(&str, &Options) -> Result<T, Error>,
) -> Result<JsValue, JsValue> {
    run_into(text, options, f, output)
}

/// Reads the arguments, runs `f` and hands its result, the text and the output language to
/// `out`; errors become `{ code, message }` values.
fn run_into<T>(
    text: JsValue,
    options: Option<String>,
    f: impl FnOnce(&str, &Options) -> Result<T, Error>,
    out: impl FnOnce(T, &str, Lang) -> Result<JsValue, JsValue>,
) -> Result<JsValue, JsValue> {
    let opts = options_arg(options)?;
    let text = text_arg(&text, opts.lang)?;
    let result = f(&text, &opts).map_err(|e| error_value(&e, opts.lang))?;
    out(result, &text, opts.lang)
}

/// Masks personal data, the result encoded for `decodeRedaction` in `js/core.js`: an array of
/// the result's strings (UTF-16, a `Uint16Array`) and its numbers (a `Uint32Array`). See
/// [`crate::tape`].
#[wasm_bindgen]
pub fn redact(text: JsValue, options: Option<String>) -> Result<JsValue, JsValue> {
    run_into(text, options, crate::redact, |mut r, text, lang| {
        r.convert_spans(text, Units::Utf16);
        let tape = crate::tape::encode(&r, lang);
        let out = js_sys::Array::new_with_length(2);
        out.set(0, js_sys::Uint16Array::from(&tape.strings[..]).into());
        out.set(1, js_sys::Uint32Array::from(&tape.numbers[..]).into());
        Ok(out.into())
    })
}

/// Checks required elements.
#[wasm_bindgen]
pub fn validate(text: JsValue, options: Option<String>) -> Result<JsValue, JsValue> {
    run(text, options, crate::validate)
}

/// Grades the reasoning sections.
#[wasm_bindgen]
pub fn explain(text: JsValue, options: Option<String>) -> Result<JsValue, JsValue> {
    run(text, options, crate::explain)
}

/// Runs every check. The masked text is left empty: the JavaScript wrapper rebuilds it.
#[wasm_bindgen]
pub fn check(text: JsValue, options: Option<String>) -> Result<JsValue, JsValue> {
    run(text, options, |t, o| {
        crate::check(t, o).map(|mut r| {
            r.redacted.text.clear();
            r
        })
    })
}

/// Checks the publication rules (公示制度) only.
#[wasm_bindgen]
pub fn publication(text: JsValue, options: Option<String>) -> Result<JsValue, JsValue> {
    run(text, options, crate::publish::publication)
}

/// Serializes a result that holds no spans.
fn plain<T: Serialize>(value: &T, lang: Lang) -> Result<JsValue, JsValue> {
    with_output_lang(lang, || value.serialize(&serializer()))
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

fn invalid_argument(zh: &str, en: &str, lang: Lang) -> JsValue {
    error_value(
        &Error::new(ErrorCode::InvalidArgument, Text::new(zh, en)),
        lang,
    )
}

/// Counts working days after `start` (`YYYY-MM-DD`) per 民事诉讼法第八十五条, with the official
/// holiday and 调休 schedules; `options.extraHolidays` adds years.
#[wasm_bindgen(js_name = addWorkingDays)]
pub fn add_working_days(
    start: JsValue,
    days: JsValue,
    options: Option<String>,
) -> Result<JsValue, JsValue> {
    let opts = options_arg(options)?;
    let start = start.as_string().ok_or_else(|| {
        invalid_argument(
            "起算日期应为 YYYY-MM-DD 格式的字符串。",
            "The start date must be a YYYY-MM-DD string.",
            opts.lang,
        )
    })?;
    let days = days.as_f64().ok_or_else(|| {
        invalid_argument(
            "工作日数应为数字。",
            "The number of working days must be a number.",
            opts.lang,
        )
    })?;
    let deadline = crate::publish::working_days_arg(days)
        .and_then(|d| crate::publish::add_working_days_str(&start, d, opts.extra_holidays.as_ref()))
        .map_err(|e| error_value(&e, opts.lang))?;
    plain(&deadline, opts.lang)
}

/// Checks a whole-process AV record form (全过程记录制度), given as JSON by the wrapper.
#[wasm_bindgen(js_name = checkRecord)]
pub fn check_record(form: String, options: Option<String>) -> Result<JsValue, JsValue> {
    let opts = options_arg(options)?;
    let report = crate::record::check_json(&form).map_err(|e| error_value(&e, opts.lang))?;
    plain(&report, opts.lang)
}

/// The rulebook: its version, sources, document types and their elements.
#[wasm_bindgen(js_name = rulebookInfo)]
pub fn rulebook_info(options: Option<String>) -> Result<JsValue, JsValue> {
    let opts = options_arg(options)?;
    plain(&crate::validate::rulebook_info(), opts.lang)
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

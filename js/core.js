// The JavaScript surface of gongshi, shared by the browser and Node entries.
//
// The wasm-bindgen glue is attached once by the entry (`_attach`). Every call goes through
// `call`, which turns the `{ code, message }` objects thrown by the wasm layer into
// `GongshiError`s and, should the instance ever trap, resets it so the next call works.

let bindings = null;

/** Error thrown by every gongshi function; `code` is stable, `message` is for people. */
export class GongshiError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'GongshiError';
    this.code = code;
  }
}

/** @internal Called by the entry modules once the wasm instance exists. */
export function _attach(b) {
  bindings = b;
}

/** True once `init()` has completed. */
export function isReady() {
  return bindings !== null;
}

/** Options cross into wasm as JSON, so unknown keys and wrong types are reported by Rust. */
function optionsJson(options) {
  if (options === undefined || options === null) return undefined;
  try {
    return JSON.stringify(options);
  } catch {
    throw new GongshiError('invalid_options', '选项无法序列化为 JSON。The options cannot be serialized as JSON.');
  }
}

function call(name, ...args) {
  if (bindings === null) {
    throw new GongshiError('not_initialized', '请先调用 init() 加载 gongshi。Call init() before using gongshi.');
  }
  try {
    return bindings[name](...args);
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) {
      // A trap leaves the instance unusable: start a fresh one for the next call.
      try {
        bindings.__wbg_reset_state();
      } catch {
        bindings = null;
      }
      throw new GongshiError('internal', 'gongshi 内部错误，已重置，请重试。Internal error; the engine was reset, please retry.');
    }
    if (e !== null && typeof e === 'object' && typeof e.code === 'string') {
      throw new GongshiError(e.code, String(e.message));
    }
    throw e;
  }
}

/**
 * Rebuilds the masked text from the original string and the masking findings: each finding's
 * span (UTF-16) is replaced by `pii.replacement`; everything else is copied unchanged.
 */
export function applyMasks(text, findings) {
  let out = '';
  let at = 0;
  for (const f of findings) {
    if (!f.span || !f.pii || typeof f.pii.replacement !== 'string' || f.span.start < at) continue;
    out += text.slice(at, f.span.start) + f.pii.replacement;
    at = f.span.end;
  }
  return out + text.slice(at);
}

// `null` on the tape (src/tape.rs).
const NONE = 0xffffffff;
// Reinterprets a score's f32 bits as the number serde would have written (f32 widened).
const scoreBits = new Uint32Array(1);
const scoreValue = new Float32Array(scoreBits.buffer);

// UTF-16 decodes about ten times faster than the UTF-8 of Chinese text. The units arrive in a
// Uint16Array, in the platform's byte order.
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be');

/**
 * Builds a redaction result from its tape (src/tape.rs): `units` holds every text of the
 * result back to back (UTF-16), `numbers` the counts, flags, offsets, lengths and symbol ids,
 * read in the order they were written. The objects have the same keys, in the same order, as
 * the serde encoding of the same result.
 */
function decodeRedaction(units, numbers) {
  const strings = utf16.decode(units);
  let i = 0;
  let at = 0;
  const symbols = [];
  const str = () => {
    const len = numbers[i++];
    if (len === NONE) return null;
    const s = strings.slice(at, at + len);
    at += len;
    return s;
  };
  const sym = () => {
    const id = numbers[i++];
    if (id === NONE) return null;
    if (id === symbols.length) symbols.push(str());
    return symbols[id];
  };
  const score = () => {
    scoreBits[0] = numbers[i++];
    return scoreValue[0];
  };
  const span = () => ({ start: numbers[i++], end: numbers[i++] });
  // What masked and kept items share (PiiDetail / Kept in src/tape.rs), read into these.
  let kind, role, recognizer, cue, validity, confidence;
  const recognised = () => {
    kind = sym();
    role = sym();
    recognizer = sym();
    cue = sym();
    validity = sym();
    confidence = score();
  };
  const finding = () => {
    const code = sym();
    const severity = sym();
    const where = numbers[i++] === 1 ? span() : null;
    const message = str();
    const basis = sym();
    const suggestion = str();
    if (numbers[i++] === 0) return { code, severity, span: where, message, basis, suggestion };
    recognised();
    const action = sym();
    const pii = numbers[i++] === 1
      ? { kind, role, recognizer, cue, validity, score: confidence, action, entity: numbers[i++], replacement: str() }
      : { kind, role, recognizer, cue, validity, score: confidence, action, replacement: str() };
    return { code, severity, span: where, message, basis, suggestion, pii };
  };
  const kept = () => {
    const where = span();
    recognised();
    if (numbers[i++] === 1) {
      const entity = numbers[i++];
      return { span: where, kind, role, recognizer, cue, validity, score: confidence, entity, reason: str(), basis: sym() };
    }
    return { span: where, kind, role, recognizer, cue, validity, score: confidence, reason: str(), basis: sym() };
  };
  const nf = numbers[i++];
  const nk = numbers[i++];
  const nw = numbers[i++];
  const findings = new Array(nf);
  for (let k = 0; k < nf; k++) findings[k] = finding();
  const keptItems = new Array(nk);
  for (let k = 0; k < nk; k++) keptItems[k] = kept();
  const warnings = new Array(nw);
  for (let k = 0; k < nw; k++) warnings[k] = finding();
  return { text: '', findings, kept: keptItems, warnings };
}

/** Masks personal data. */
export function redact(text, options) {
  const [units, numbers] = call('redact', text, optionsJson(options));
  const r = decodeRedaction(units, numbers);
  r.text = applyMasks(text, r.findings);
  return r;
}

/** Checks required elements. */
export function validate(text, options) {
  return call('validate', text, optionsJson(options));
}

/** Grades the three reasoning sections (证据采信、依据选择、自由裁量). */
export function explain(text, options) {
  return call('explain', text, optionsJson(options));
}

/** Runs every check and says whether the document may be submitted. */
export function check(text, options) {
  const r = call('check', text, optionsJson(options));
  r.redacted.text = applyMasks(text, r.redacted.findings);
  return r;
}

/** Checks the publication rules (公示制度) only: summary, exclusions, deadlines, period. */
export function publication(text, options) {
  return call('publication', text, optionsJson(options));
}

/**
 * Counts `days` working days after `start` ('YYYY-MM-DD'), not counting the start day
 * (民事诉讼法第八十五条), with the official holiday and 调休 schedules. Returns the deadline with
 * `date` and whether it is `certain` (dates beyond the embedded schedules are estimates).
 */
export function addWorkingDays(start, days, options) {
  return call('addWorkingDays', start, days, optionsJson(options));
}

/** Checks a whole-process audio-visual record form (全过程记录制度（十一）–（二十）). */
export function checkRecord(form, options) {
  if (form === null || typeof form !== 'object' || Array.isArray(form)) {
    throw new GongshiError('invalid_argument', '记录表应为对象。The record form must be an object.');
  }
  let json;
  try {
    json = JSON.stringify(form);
  } catch {
    throw new GongshiError('invalid_argument', '记录表无法序列化为 JSON。The record form cannot be serialized as JSON.');
  }
  return call('checkRecord', json, optionsJson(options));
}

/** The validation rulebook: version, sources, document types and their elements. */
export function rulebookInfo(options) {
  return call('rulebookInfo', optionsJson(options));
}

/** The version of the engine. */
export function version() {
  return call('version');
}

// Hostile and odd input through the public JS API: invisible characters and digit homoglyphs
// cannot smuggle an ID or a phone number through, pathological shapes finish with a correct
// result, wrong types and options give typed errors, and the instance stays usable after each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact, check, validate, explain, GongshiError } from 'gongshi';

const ID = '11010519491231002X';
const MOBILE = '13800138000';

/** Still works after whatever came before. */
function usable() {
  assert.equal(redact(`电话${MOBILE}`).text, '电话[手机号码]');
}

test('zero-width, bidi and other invisible characters inside an ID or a phone are masked with them', () => {
  // Default-ignorable characters: a renderer shows none of them.
  const invisible = ['\u200b', '\u200d', '\u200e', '\u202e', '\u2066', '\u2069', '\u061c', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e', '\u3164', '\ufe0f', '\u{e0020}'];
  for (const z of invisible) {
    const name = `U+${z.codePointAt(0).toString(16)}`;
    const id = `${ID.slice(0, 4)}${z}${ID.slice(4, 12)}${z}${ID.slice(12)}`;
    const phone = `${MOBILE.slice(0, 3)}${z}${MOBILE.slice(3, 7)}${z}${MOBILE.slice(7)}`;
    const text = `身份证号：${id}，电话：${phone}。`;
    const r = redact(text);
    assert.deepEqual(r.findings.map((f) => f.pii.kind), ['id_card', 'mobile_phone'], name);
    // The whole written form, invisible characters included, is inside the masked span.
    assert.deepEqual(r.findings.map((f) => text.slice(f.span.start, f.span.end)), [id, phone], name);
    assert.equal(r.text, '身份证号：[身份证号码]，电话：[手机号码]。', name);
  }
});

test('digit homoglyphs: full-width, circled, Arabic-Indic and mathematical digits are read as digits', () => {
  const forms = {
    fullWidth: (d) => String.fromCodePoint(0xff10 + d),
    arabicIndic: (d) => String.fromCodePoint(0x0660 + d),
    persian: (d) => String.fromCodePoint(0x06f0 + d),
    circled: (d) => (d === 0 ? '⓪' : String.fromCodePoint(0x2460 + d - 1)),
    mathBold: (d) => String.fromCodePoint(0x1d7ce + d),
  };
  for (const [name, map] of Object.entries(forms)) {
    const phone = [...MOBILE].map((c) => map(Number(c))).join('');
    const text = `联系电话：${phone}`;
    const r = redact(text);
    assert.equal(r.findings.length, 1, name);
    assert.equal(text.slice(r.findings[0].span.start, r.findings[0].span.end), phone, name);
    assert.equal(r.text, '联系电话：[手机号码]', name);
  }
  const fwId = [...ID].map((c) => (c === 'X' ? 'Ｘ' : String.fromCodePoint(0xff10 + Number(c)))).join('');
  assert.equal(redact(`身份证号：${fwId}`).text, '身份证号：[身份证号码]');
});

test('pathological shapes finish with correct results', () => {
  // A 1 MB single line of digits is no ID, phone or account.
  const digits = '7'.repeat(1 << 20);
  assert.deepEqual(redact(digits).findings, []);
  // Deeply nested brackets around an ID, and unbalanced ones.
  const nested = `${'（('.repeat(100_000)}身份证号：${ID}${')）'.repeat(100_000)}`;
  const r = redact(nested);
  assert.equal(r.findings.length, 1);
  assert.equal(r.text.length, nested.length - ID.length + '[身份证号码]'.length);
  assert.equal(typeof explain('('.repeat(200_000)).evidence.grade, 'string');
  // Control characters, lone surrogates and NUL around data.
  const odd = `\u0000\u0007\ud800身份证号：${ID}\udfff\u001b[0m电话${MOBILE}\u0000`;
  const o = redact(odd);
  assert.equal(o.text, '\u0000\u0007\ud800身份证号：[身份证号码]\udfff\u001b[0m电话[手机号码]\u0000');
  // 10 MB of text (under the 20 MB default limit) with data at both ends.
  const filler = '本局执法人员依法对该单位进行检查。'.repeat(Math.ceil((10 << 20) / 51));
  const big = `电话${MOBILE}\n${filler}\n身份证号：${ID}`;
  const b = redact(big);
  assert.equal(b.findings.length, 2);
  assert.equal(b.findings[1].span.end, big.length);
  usable();
});

test('the size limit: generous by default, configurable, a typed error beyond it', () => {
  const over = 'a'.repeat(20 * 1024 * 1024 + 1);
  for (const fn of [redact, check, validate, explain]) {
    assert.throws(() => fn(over), (e) => e instanceof GongshiError && e.code === 'input_too_large', fn.name);
    usable();
  }
  // Bytes are UTF-8 bytes: 4 Han characters are 12 bytes.
  assert.throws(() => redact('公示制度', { maxInputBytes: 11 }), (e) => e.code === 'input_too_large');
  assert.equal(redact('公示制度', { maxInputBytes: 12 }).findings.length, 0);
});

test('wrong types and invalid options: typed errors with a stable code, never a dead instance', () => {
  const inputs = [null, undefined, 42, 1n, true, {}, [], Symbol('x'), () => 'x', new String('电话13800138000')];
  for (const v of inputs) {
    for (const fn of [redact, check, validate, explain]) {
      assert.throws(() => fn(v), (e) => e instanceof GongshiError && e.code === 'invalid_input', `${fn.name}(${String(v?.toString?.() ?? v)})`);
    }
    usable();
  }
  const options = [
    7,
    'zh-CN',
    [],
    { lang: 'fr' },
    { lang: null },
    { blockOn: 'pii' },
    { blockOn: [1] },
    { maxInputBytes: -1 },
    { maxInputBytes: 1.5 },
    { maxInputBytes: '20MB' },
    { policy: { id_card: 'nuke' } },
    { nonsense: true },
  ];
  for (const o of options) {
    for (const fn of [redact, check]) {
      assert.throws(() => fn('x', o), (e) => e instanceof GongshiError && e.code === 'invalid_options' && typeof e.message === 'string', JSON.stringify(o));
    }
    usable();
  }
  // A cyclic options object cannot be serialised: still a typed error.
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => redact('x', cyclic), (e) => e instanceof GongshiError && e.code === 'invalid_options');
  usable();
});

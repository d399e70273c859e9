// The npm package under Node, through its public entry (`import 'gongshi'` resolves to pkg/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { redact, validate, explain, check, version, GongshiError, init, isReady } from 'gongshi';

const ID = '11010519491231002X';
const PHONE = '138 0013 8000';
const SAMPLE = `身份证号：${ID}，电话${PHONE}`;

function slices(text, findings) {
  return findings.map((f) => text.slice(f.span.start, f.span.end));
}

test('the node entry is ready at import and init() is harmless', async () => {
  assert.equal(isReady(), true);
  await init();
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('redact masks an ID and a grouped mobile number and reports UTF-16 spans', () => {
  const r = redact(SAMPLE);
  assert.deepEqual(
    r.findings.map((f) => f.code),
    ['pii.id_card', 'pii.mobile_phone'],
  );
  assert.deepEqual(slices(SAMPLE, r.findings), [ID, PHONE]);
  assert.ok(!r.text.includes(ID) && !r.text.includes('0013'));
  assert.equal(r.text, `身份证号：${r.findings[0].pii.replacement}，电话${r.findings[1].pii.replacement}`);
  for (const f of r.findings) {
    assert.equal(typeof f.message, 'string');
    assert.equal(f.basis, '公示制度（十四）1');
  }
});

test('astral characters before the data do not shift the spans', () => {
  const text = `𠮷😀 ${SAMPLE}`;
  const r = redact(text);
  assert.deepEqual(slices(text, r.findings), [ID, PHONE]);
  assert.equal(r.findings[0].span.start, text.indexOf(ID));
});

test('text outside masked spans is unchanged, even lone surrogates', () => {
  const text = `\uD800开头${SAMPLE}\uDC00结尾\u0000`;
  const r = redact(text);
  assert.equal(r.findings.length, 2);
  assert.ok(r.text.startsWith('\uD800开头身份证号：'));
  assert.ok(r.text.endsWith('\uDC00结尾\u0000'));
  // A second pass over the masked text finds nothing new.
  assert.equal(redact(r.text).findings.length, 0);
});

test('full-width digits and zero-width characters cannot smuggle an ID through', () => {
  const fw = ID.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const zw = ID.slice(0, 4) + '\u200b' + ID.slice(4, 10) + '\u200d' + ID.slice(10);
  for (const v of [fw, zw]) {
    const text = `身份证号码：${v}。`;
    const r = redact(text);
    assert.equal(r.findings.length, 1, v);
    assert.equal(text.slice(r.findings[0].span.start, r.findings[0].span.end), v);
    assert.equal(r.text, `身份证号码：${r.findings[0].pii.replacement}。`);
  }
});

test('digit boundaries: serials and credit codes are not cut into false hits', () => {
  const text = '设备编号 6222021234567890123，统一社会信用代码：91120116697415782C，报告编号110105194912310021。';
  assert.equal(redact(text).findings.length, 0);
});

test('a bad checksum right after an ID label is masked as a likely typo', () => {
  const text = '身份证号：110105194912310021';
  const [f] = redact(text).findings;
  assert.equal(f.code, 'pii.id_card');
  assert.equal(f.pii.validity, 'failed');
  assert.match(f.message, /笔误/);
  const en = redact(text, { lang: 'en' }).findings[0];
  assert.match(en.message, /typo/);
});

test('check blocks on personal data and passes once the text is masked', () => {
  const r = check(SAMPLE);
  assert.equal(r.ok, false);
  assert.deepEqual(r.blocking.map((f) => f.code), ['pii.id_card', 'pii.mobile_phone']);
  assert.equal(r.redacted.text, redact(SAMPLE).text);
  const again = check(r.redacted.text);
  assert.equal(again.blocking.filter((f) => f.code.startsWith('pii.')).length, 0);
  assert.equal(check(SAMPLE, { blockOn: [] }).ok, true);
});

test('validate and explain return their typed results', () => {
  const v = validate(SAMPLE);
  assert.equal(typeof v.supported, 'boolean');
  assert.ok(Array.isArray(v.elements) && Array.isArray(v.missing) && Array.isArray(v.findings));
  const e = explain(SAMPLE);
  for (const k of ['evidence', 'legalBasis', 'discretion']) {
    assert.equal(typeof e[k].grade, 'string');
    assert.ok(Array.isArray(e[k].spans));
  }
});

test('bad input gives typed errors and the instance stays usable', () => {
  const cases = [
    [() => redact(42), 'invalid_input'],
    [() => redact(null), 'invalid_input'],
    [() => redact(undefined), 'invalid_input'],
    [() => redact('x', { nonsense: true }), 'invalid_options'],
    [() => redact('x', { lang: 'fr' }), 'invalid_options'],
    [() => redact('x', 7), 'invalid_options'],
    [() => check('x'.repeat(100), { maxInputBytes: 10 }), 'input_too_large'],
  ];
  for (const [fn, code] of cases) {
    assert.throws(fn, (e) => e instanceof GongshiError && e.code === code && typeof e.message === 'string');
    assert.equal(redact(SAMPLE).findings.length, 2);
  }
  // Error messages never echo document text or option values.
  try {
    redact('x', { docType: 13800138000 });
  } catch (e) {
    assert.ok(!e.message.includes('13800138000'));
  }
  assert.deepEqual(redact('').findings, []);
});

test('package.json exports resolve the node entry with types', () => {
  const require = createRequire(import.meta.url);
  const manifest = require('gongshi/package.json');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  assert.equal(manifest.exports['.'].node, './node.js');
  assert.equal(manifest.exports['.'].types, './index.d.ts');
  assert.ok(import.meta.resolve('gongshi').endsWith('/node.js'));
});

test('addWorkingDays counts per 民事诉讼法第八十五条 over the official holiday schedule', async () => {
  const { addWorkingDays } = await import('gongshi');
  const d = addWorkingDays('2024-09-27', 7);
  assert.equal(d.date, '2024-10-12'); // a 调休 Saturday after the 国庆 break
  assert.equal(d.certain, true);
  assert.match(d.explanation, /国庆/);
  const beyond = addWorkingDays('2026-12-28', 7);
  assert.equal(beyond.certain, false);
  const withData = addWorkingDays('2026-12-28', 7, {
    extraHolidays: { 2027: { holidays: ['2027-01-01'], workdays: [], source: 'test' } },
  });
  assert.equal(withData.certain, true);
  assert.equal(withData.date, '2027-01-07');
  for (const [start, days] of [['2024-13-01', 3], ['2024-01-01', -1], ['2024-01-01', 1.5], [20240101, 3], ['2024-01-01', '3']]) {
    assert.throws(() => addWorkingDays(start, days), (e) => e instanceof GongshiError && e.code === 'invalid_argument');
  }
});

test('checkRecord reports each failed whole-process recording rule', async () => {
  const { checkRecord } = await import('gongshi');
  const r = checkRecord({ measureType: 'seizure', startTime: '2024-03-12T09:00:00', endTime: '2024-03-12T08:00:00' });
  assert.equal(r.ok, false);
  const codes = r.findings.map((f) => f.code);
  assert.ok(codes.includes('record.time.order'), codes.join());
  assert.ok(r.findings.every((f) => typeof f.basis === 'string' && f.basis.startsWith('记录制度')));
  assert.throws(() => checkRecord('nope'), (e) => e.code === 'invalid_argument');
  assert.throws(() => checkRecord({ startTime: 5 }), (e) => e.code === 'invalid_argument');
});

test('publication and rulebookInfo are exported', async () => {
  const { publication, rulebookInfo } = await import('gongshi');
  const p = publication('某某应急管理局\n行政处罚决定书\n');
  assert.equal(typeof p.mayPublish, 'boolean');
  const info = rulebookInfo({ lang: 'en' });
  assert.equal(typeof info.version, 'string');
  assert.ok(info.docTypes.length >= 15);
});

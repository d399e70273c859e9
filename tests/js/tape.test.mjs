// `redact` builds its result from a compact tape (src/tape.rs, decodeRedaction in js/core.js);
// `check` still returns its `redacted` part serde-encoded. Both must give the same objects, with
// the same keys in the same order, for every kind of field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { redact, check, GongshiError } from 'gongshi';

const samples = ['penalty-decision.txt', 'penalty-decision-incomplete.txt'].map((f) =>
  readFileSync(new URL(`../../www/samples/${f}`, import.meta.url), 'utf8'),
);

// Written to reach every field of the tape: names with entity numbers, a cue-less e-mail,
// a residual warning with a suggestion, kept serials, health data, astral characters.
const MIXED =
  '证人李四（电话13800138000）称，编号987654321012，联系邮箱 ab@cd.cn，另有 x@y 和 QQ号 12345678。' +
  '经鉴定，王五左腿骨折，住院治疗。证人李四签字。𠮷😀账号6222 0210 0112 3456 789，' +
  '车牌号闽C·12345，不动产权证号闽（2019）泉州市不动产权第0012345号，护照号E12345678。';

const TEXTS = [
  '',
  '本文没有任何个人信息。',
  MIXED,
  ...samples,
  // Many items and symbols in one call (more than the encoder's symbol cache holds).
  samples.join('\n') + MIXED.repeat(3) + samples[0].replaceAll('陈', '欧阳'),
];

const OPTIONS = [
  undefined,
  { policy: 'strict' },
  { lang: 'en' },
  { policy: 'strict', lang: 'en' },
  { policy: { base: 'default', kinds: { mobile_phone: 'remove', id_card: 'mask' }, roles: { other: 'mask' }, deny: ['鸿运'] } },
];

const serdeRedact = (text, options) => check(text, options).redacted;

test('the tape gives the same result as the serde encoding, key order included', () => {
  let findings = 0;
  for (const options of OPTIONS) {
    for (const text of TEXTS) {
      const a = redact(text, options);
      const b = serdeRedact(text, options);
      assert.deepStrictEqual(a, b);
      assert.equal(JSON.stringify(a), JSON.stringify(b));
      findings += a.findings.length + a.kept.length + a.warnings.length;
    }
  }
  assert.ok(findings > 200, `only ${findings} items compared`);
});

test('the compared texts reach every optional field of the tape', () => {
  const r = redact(TEXTS[TEXTS.length - 1]);
  const pii = r.findings.map((f) => f.pii);
  assert.ok(pii.some((p) => 'entity' in p) && pii.some((p) => !('entity' in p)));
  assert.ok(pii.some((p) => p.cue === null) && pii.some((p) => typeof p.cue === 'string'));
  assert.ok(r.kept.some((k) => 'entity' in k) && r.kept.some((k) => !('entity' in k)));
  assert.ok(r.warnings.some((w) => typeof w.suggestion === 'string' && !('pii' in w)));
  const removed = redact(MIXED, OPTIONS[4]);
  assert.ok(removed.findings.some((f) => f.pii.replacement === ''));
  // Scores are the f32 values widened, as serde writes them.
  assert.ok(pii.some((p) => p.score === Math.fround(0.97)));
});

test('errors still arrive as GongshiError through the tape entry', () => {
  assert.throws(() => redact(42), (e) => e instanceof GongshiError && e.code === 'invalid_input');
  assert.throws(() => redact('x', { policy: 'none' }), (e) => e instanceof GongshiError && e.code === 'invalid_options');
});

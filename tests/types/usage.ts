// Compiled with `tsc --noEmit` by `cargo xtask test`: the declarations must describe the real
// API precisely (no `any`), so misuse below must be a type error.
import {
  init,
  redact,
  validate,
  explain,
  check,
  GongshiError,
  type Finding,
  type Options,
  type Report,
  type Span,
  type Signal,
  type CitationRole,
  type ElementStatus,
} from 'gongshi';

export async function demo(text: string): Promise<string> {
  await init();
  const options: Options = { lang: 'en', maxInputBytes: 1 << 20, blockOn: ['pii'] };
  const r = redact(text, options);
  const spans: Span[] = r.findings.map((f: Finding) => f.span).filter((s): s is Span => s !== null);
  const firstReplacement: string | undefined = r.findings[0]?.pii?.replacement;
  const v = validate(text);
  const missing: string[] = v.missing;
  const status: ElementStatus | undefined = v.elements[0]?.status;
  const rules: Options = { validate: { hearingThresholds: { orgYuan: 50000 }, elements: [{ id: 'seal', requirement: 'template' }] } };
  const e = explain(text);
  const grade: 'adequate' | 'hollow' | 'missing' | 'not_required' = e.evidence.grade;
  const lb2: Signal | undefined = e.legalBasis.signals.find((s) => s.id === 'LB2');
  const roles: CitationRole[] = e.citations.map((c) => c.role);
  const fine: number | undefined = e.penalty.amount?.yuan;
  const report: Report = check(text, options);
  try {
    redact(text);
  } catch (err) {
    if (err instanceof GongshiError) {
      const code: string = err.code;
      return code;
    }
  }
  return [r.text, spans.length, firstReplacement, missing, status, rules.lang, grade, lb2?.found, roles.length, fine, report.ok].join();
}

// @ts-expect-error the text must be a string
redact(42);
// @ts-expect-error unknown options are rejected
redact('x', { nonsense: true });
// @ts-expect-error lang is 'zh-CN' | 'en'
redact('x', { lang: 'fr' });
// @ts-expect-error a report's `ok` is a boolean, not a string
export const wrong: string = check('x').ok;

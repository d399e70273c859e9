// Type-checked by tests/browser/types.test.mjs: the guard's declarations describe its real API.
import { guardForm, defineGuardElement, createEngine, type GuardReport, type GuardFinding } from 'gongshi';

export async function wire(form: HTMLFormElement): Promise<boolean> {
  const guard = guardForm(form, {
    fields: ['decision_text', document.createElement('textarea')],
    lang: 'zh-CN',
    blockOn: ['pii', 'element'],
    autoMask: false,
    maskTarget: 'hidden',
    reportField: 'gongshi_report',
    onReport: (r: GuardReport) => {
      const first: GuardFinding | undefined = r.blocking[0];
      if (first && first.category === 'pii') guard.accept(first.key, 'public');
    },
    onBeforeSubmit: async (r) => r.accepted.length < 10,
  });
  await guard.ready;
  const mode: 'worker' | 'main' | null = guard.engine;
  const report = await guard.check();
  const status: 'blocking' | 'warning' | 'masked' | 'accepted' | undefined = report.findings[0]?.status;
  defineGuardElement('my-guard');
  const engine = createEngine({ worker: 'auto' });
  const { report: r, ms } = await engine.check('text', { lang: 'en' });
  guard.destroy();
  return [mode, status, r.ok, ms].length > 0 && (await guard.submit());
}

// @ts-expect-error the first argument must be a form
guardForm(document.body);
// @ts-expect-error maskTarget is 'field' or 'hidden'
guardForm(document.createElement('form'), { maskTarget: 'input' });
// @ts-expect-error lang is 'zh-CN' | 'en'
guardForm(document.createElement('form'), { lang: 'fr' });

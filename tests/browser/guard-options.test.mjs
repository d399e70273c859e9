// The guard's options, in Chromium, with a stub engine: the real `check`'s masking findings
// plus one synthetic missing-element finding (the seal) while the text lacks （印章）, so the
// element logic is tested on one controlled finding. Also `<gongshi-guard>`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './harness.mjs';

const ID = '11010519491231002X';
const PHONE = '13800138000';
const DOC = `行政处罚决定书\n当事人：张三\n身份证号码：${ID}\n联系电话：${PHONE}\n经查……`;

/**
 * Opens form.html, replaces its guard by one with `opts` and the stub engine, fills the text,
 * and waits for the first report. `opts.onBeforeSubmit: 'cancel'` installs a cancelling callback.
 */
async function setup(page, server, opts = {}, text = DOC) {
  await page.goto(`${server.url}form.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.evaluate(
    async ({ opts, text }) => {
      const m = await import('/pkg/index.js');
      await m.init();
      window.gongshiGuard.destroy();
      window.calls = { beforeSubmit: 0, reports: 0 };
      const engine = {
        mode: 'worker',
        ready: async () => 'worker',
        version: async () => m.version(),
        destroy() {},
        async check(t, options) {
          const r = m.check(t, options);
          // Only the masking findings of the real engine stay: the element logic below is driven
          // by the one synthetic finding, whatever this engine build validates.
          const piiOnly = (f) => f.code.startsWith('pii.');
          r.blocking = r.blocking.filter(piiOnly);
          r.warnings = r.warnings.filter(piiOnly);
          r.validation.findings = [];
          r.reasoning.findings = [];
          r.publication.findings = [];
          r.ok = r.blocking.length === 0;
          if (!t.includes('（印章）')) {
            const f = { code: 'element.missing.seal', severity: 'error', span: null, message: '缺少印章。', basis: '行政处罚法第五十九条第二款', suggestion: '加盖作出决定的行政机关印章。' };
            r.validation.findings.push(f);
            ((options.blockOn ?? ['pii', 'element']).includes('element') ? r.blocking : r.warnings).push(f);
            r.ok = r.blocking.length === 0;
          }
          return { report: r, ms: 1 };
        },
      };
      const options = {
        ...opts,
        fields: ['decision_text'],
        engine,
        onReport: () => window.calls.reports++,
        onBeforeSubmit: (report) => {
          window.calls.beforeSubmit++;
          window.calls.lastOk = report.ok;
          return opts.onBeforeSubmit === 'cancel' ? false : undefined;
        },
      };
      window.gongshiGuard = m.guardForm(document.getElementById('publish-form'), options);
      document.getElementById('decision_text').value = text;
      await window.gongshiGuard.ready;
    },
    { opts, text },
  );
}

const submit = (page) => page.evaluate(() => window.gongshiGuard.submit());
const report = (page) => page.evaluate(async () => JSON.parse(JSON.stringify(await window.gongshiGuard.check())));
const capture = () => {
  const posts = [];
  return { posts, onRequest: (req, body) => req.method === 'POST' && posts.push(new URLSearchParams(body)) };
};

test('default blockOn: personal data and missing elements block; masking clears the first, fixing the text the second', async () => {
  const { posts, onRequest } = capture();
  await withPage(
    async ({ page, server }) => {
      await setup(page, server);
      let r = await report(page);
      assert.deepEqual(r.blocking.map((f) => f.code).sort(), ['element.missing.seal', 'pii.id_card', 'pii.mobile_phone']);
      assert.equal(await submit(page), false);
      assert.equal(await page.evaluate(() => window.calls.beforeSubmit), 0);
      await page.evaluate(() => window.gongshiGuard.acceptMasking());
      r = await report(page);
      assert.deepEqual(r.blocking.map((f) => f.code), ['element.missing.seal']);
      assert.equal(r.fields[0].maskedCount, 2);
      assert.match(await page.textContent('.gongshi-summary'), /1 项必备要素缺失或不完整/);
      assert.match(await page.textContent('.gongshi-finding[data-code="element.missing.seal"]'), /依据：行政处罚法第五十九条第二款/);
      assert.equal(await submit(page), false);
      // The officer completes the document; then it goes.
      await page.evaluate(() => {
        const t = document.getElementById('decision_text');
        t.value += '\n（印章）';
      });
      const nav = page.waitForURL(/\/submit$/);
      assert.equal(await submit(page), true);
      await nav;
      assert.equal(posts.length, 1);
      const sent = posts[0].get('decision_text');
      assert.ok(sent.includes('[身份证号码]') && sent.includes('（印章）') && !sent.includes(ID) && !sent.includes(PHONE));
    },
    { onRequest },
  );
});

test('a missing element can be dismissed by the officer, and that is recorded; allowAccept can forbid it', async () => {
  await withPage(async ({ page, server }) => {
    await setup(page, server, { blockOn: ['element'] });
    await page.click('.gongshi-finding[data-code="element.missing.seal"] [data-action="accept"]');
    const r = await report(page);
    assert.equal(r.ok, true);
    assert.deepEqual(r.accepted.map((a) => [a.code, a.reason, a.label]), [['element.missing.seal', 'reviewed', '已核实，忽略此项']]);
    await setup(page, server, { allowAccept: ['pii'] });
    assert.equal(await page.$('.gongshi-finding[data-code="element.missing.seal"] [data-action="accept"]'), null);
    assert.ok(await page.$('.gongshi-finding[data-code="pii.id_card"] [data-action="accept"]'));
  });
});

test('blockOn: [] blocks nothing (the integrator chose so): the raw text is submitted', async () => {
  const { posts, onRequest } = capture();
  await withPage(
    async ({ page, server }) => {
      await setup(page, server, { blockOn: [] });
      const r = await report(page);
      assert.equal(r.ok, true);
      assert.equal(r.blocking.length, 0);
      // Personal data is still shown, as information, with the masking offered.
      assert.equal(await page.locator('.gongshi-finding[data-category="pii"]').count(), 2);
      assert.ok(await page.$('.gongshi-mask'));
      const nav = page.waitForURL(/\/submit$/);
      assert.equal(await submit(page), true);
      await nav;
      assert.ok(posts[0].get('decision_text').includes(ID));
    },
    { onRequest },
  );
});

test('autoMask masks in place on submit and lets the form go unless something in blockOn remains', async () => {
  const { posts, onRequest } = capture();
  await withPage(
    async ({ page, server }) => {
      await setup(page, server, { autoMask: true });
      assert.equal(await submit(page), false); // the seal is still missing
      assert.ok(!(await page.inputValue('#decision_text')).includes(ID), 'autoMask masked in place');
      await setup(page, server, { autoMask: true }, `${DOC}\n（印章）`);
      assert.match(await page.textContent('.gongshi-summary'), /提交时将自动脱敏 2 处个人信息/);
      const nav = page.waitForURL(/\/submit$/);
      assert.equal(await submit(page), true);
      await nav;
      const sent = posts[0].get('decision_text');
      assert.ok(sent.includes('[身份证号码]') && !sent.includes(ID) && !sent.includes(PHONE));
    },
    { onRequest },
  );
});

test("maskTarget 'hidden': the field keeps the raw text, a hidden input submits the masked text; destroy() restores the form", async () => {
  const { posts, onRequest } = capture();
  await withPage(
    async ({ page, server }) => {
      await setup(page, server, { maskTarget: 'hidden', blockOn: ['pii'] });
      assert.equal(await page.getAttribute('#decision_text', 'name'), null);
      await page.evaluate(() => window.gongshiGuard.destroy());
      assert.equal(await page.getAttribute('#decision_text', 'name'), 'decision_text');
      assert.equal(await page.locator('.gongshi-panel, input[data-gongshi-hidden], .gongshi-sr').count(), 0);
      await setup(page, server, { maskTarget: 'hidden', blockOn: ['pii'] });
      assert.equal(await submit(page), false);
      await page.click('.gongshi-mask');
      await page.waitForFunction(() => window.gongshiGuard.report?.fields[0].masked);
      assert.ok((await page.inputValue('#decision_text')).includes(ID), 'the visible field keeps the raw text');
      const nav = page.waitForURL(/\/submit$/);
      assert.equal(await submit(page), true);
      await nav;
      assert.deepEqual(posts[0].getAll('decision_text').length, 1);
      const sent = posts[0].get('decision_text');
      assert.ok(sent.includes('[身份证号码]') && !sent.includes(ID) && !sent.includes(PHONE));
    },
    { onRequest },
  );
});

test('onBeforeSubmit can cancel; lang en; the guard refuses bad arguments', async () => {
  const { posts, onRequest } = capture();
  await withPage(
    async ({ page, server }) => {
      await setup(page, server, { blockOn: [], onBeforeSubmit: 'cancel', lang: 'en' });
      assert.equal(await submit(page), false);
      assert.equal(await page.evaluate(() => window.calls.beforeSubmit), 1);
      assert.equal(await page.evaluate(() => window.calls.lastOk), true);
      await page.waitForTimeout(200);
      assert.equal(posts.length, 0);
      assert.match(await page.textContent('.gongshi-summary'), /Ready to submit/);
      assert.equal(await page.textContent('.gongshi-finding[data-code="pii.id_card"] .gongshi-cat'), '[Personal data]');
      const errors = await page.evaluate(async () => {
        const m = await import('/pkg/index.js');
        const out = [];
        for (const bad of [() => m.guardForm(document.body), () => m.guardForm(document.getElementById('publish-form')), () => m.guardForm(document.createElement('form'), { fields: ['nope'] })]) {
          try {
            bad();
            out.push('no error');
          } catch (e) {
            out.push(e.message);
          }
        }
        return out;
      });
      assert.match(errors[0], /<form>/);
      assert.match(errors[1], /already guarded/);
      assert.match(errors[2], /no field "nope"/);
    },
    { onRequest },
  );
});

test('<gongshi-guard> wraps a form declaratively', async () => {
  await withPage(async ({ page, server }) => {
    await page.goto(`${server.url}form.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const r = await page.evaluate(async (doc) => {
      const m = await import('/pkg/index.js');
      m.defineGuardElement();
      const host = document.createElement('div');
      host.innerHTML = '<gongshi-guard block-on="pii" report-field="audit"><form action="/submit" method="post"><textarea name="body"></textarea><button>提交</button></form></gongshi-guard>';
      document.body.append(host);
      const el = host.querySelector('gongshi-guard');
      const got = new Promise((ok) => el.addEventListener('gongshi-report', (e) => ok(e.detail), { once: true }));
      const area = host.querySelector('textarea');
      area.value = doc;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      const report = await got;
      const submitted = await el.controller.submit();
      el.remove(); // disconnecting destroys the guard
      return { ok: report.ok, codes: report.blocking.map((f) => f.code), submitted, panels: host.querySelectorAll('.gongshi-panel').length };
    }, DOC);
    assert.equal(r.ok, false);
    assert.deepEqual(r.codes, ['pii.id_card', 'pii.mobile_phone']);
    assert.equal(r.submitted, false);
    assert.equal(r.panels, 0);
  });
});

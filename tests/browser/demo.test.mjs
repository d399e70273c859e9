// The demo page in real headless Chromium: paste a document, see the findings highlighted and
// the masked text, and prove from the browser's own network log that the raw data never left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, encodings } from './harness.mjs';

const ID = '350582198807160039';
const PHONE = '138 0013 8000';
const DOC = `行政处罚决定书\n被处罚人：陈某\n身份证号码：${ID}\n联系电话：${PHONE}\n𠮷 附记：无。`;

async function pasteAndWait(page, text, expectedMarks) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.fill('#input', text);
  await page.waitForFunction((n) => document.querySelectorAll('#highlighted mark.pii').length === n, expectedMarks, {
    timeout: 10_000,
  });
}

test('the demo highlights personal data and shows the masked text; nothing raw leaves', async () => {
  await withPage(async ({ page, server, requests, consoleErrors }) => {
    await page.goto(server.url);
    await pasteAndWait(page, DOC, 2);
    const marks = await page.$$eval('#highlighted mark.pii', (ms) =>
      ms.map((m) => ({ text: m.textContent, code: m.dataset.code, replacement: m.dataset.replacement })),
    );
    assert.deepEqual(
      marks.map((m) => [m.text, m.code]),
      [
        [ID, 'pii.id_card'],
        [PHONE, 'pii.mobile_phone'],
      ],
    );
    const masked = await page.inputValue('#masked');
    assert.ok(!masked.includes(ID) && !masked.includes('0013'), masked);
    assert.ok(masked.includes(`身份证号码：${marks[0].replacement}`));
    assert.ok(masked.endsWith('𠮷 附记：无。'));
    const items = await page.$$eval('#findings li', (ls) => ls.map((l) => l.dataset.code));
    assert.ok(items.includes('pii.id_card') && items.includes('pii.mobile_phone'));
    const status = await page.textContent('#status');
    assert.match(status, /发现 2 处个人信息/);

    // The network log: only this origin, and no request carries the raw values.
    assert.ok(requests.length > 0);
    for (const r of requests) {
      assert.ok(r.url.startsWith(server.url), `request to another origin: ${r.url}`);
      for (const v of [...encodings(ID), ...encodings(PHONE)]) {
        assert.ok(!r.url.includes(v) && !r.postData.includes(v), `request carried raw data: ${r.url}`);
      }
    }
    assert.deepEqual(consoleErrors, []);
  });
});

test('the sample decision loads with one click and the page works under a strict CSP', async () => {
  await withPage(
    async ({ page, server, consoleErrors }) => {
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      await page.click('#load-sample');
      await page.waitForFunction(() => document.querySelectorAll('#highlighted mark.pii').length >= 3);
      const masked = await page.inputValue('#masked');
      assert.ok(!/\d{17}[\dX]/.test(masked), 'an ID number survived masking');
      assert.deepEqual(consoleErrors, [], 'CSP violations or script errors');
    },
    { csp: true },
  );
});

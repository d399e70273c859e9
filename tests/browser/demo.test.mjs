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

/** A minimal .docx (a ZIP with word/document.xml, deflated), as Word writes it. */
async function makeDocx(paragraphs, table) {
  const { deflateRawSync, crc32 } = await import('node:zlib');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const p = (t) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const tbl = `<w:tbl>${table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p(paragraphs[0])}${tbl}${paragraphs.slice(1).map(p).join('')}<w:p><w:r><w:t>删</w:t></w:r><w:del><w:r><w:delText>已删除</w:delText></w:r></w:del><w:r><w:tab/><w:t>尾</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`;
  const files = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['word/document.xml', doc],
  ];
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of files) {
    const raw = Buffer.from(text, 'utf8');
    const data = deflateRawSync(raw);
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

test('a .docx opens in the page (no library, no network) and a GB18030 .txt is decoded', async () => {
  await withPage(async ({ page, server, requests, consoleErrors }) => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const docx = await makeDocx(['行政处罚决定书', `联系电话：${PHONE}`], [['被处罚人', '陈某'], ['身份证号码', ID]]);
    await page.setInputFiles('#open-file', { name: '决定书.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await page.waitForFunction(() => document.querySelectorAll('#highlighted mark.pii').length === 2);
    assert.equal(await page.inputValue('#input'), `行政处罚决定书\n被处罚人\t陈某\n身份证号码\t${ID}\n联系电话：${PHONE}\n删\t尾`);
    assert.match(await page.textContent('#file-note'), /已读取 决定书\.docx/);
    // GB18030 (GBK) text, as older office PCs save it: 身份证 in GBK bytes.
    const gbk = Buffer.concat([Buffer.from([0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4]), Buffer.from(`：${ID}`.replace('：', ':'))]);
    await page.setInputFiles('#open-file', { name: 'gbk.txt', mimeType: 'text/plain', buffer: gbk });
    await page.waitForFunction((id) => document.getElementById('input').value === `身份证:${id}`, ID);
    for (const r of requests) assert.ok(r.url.startsWith(server.url), r.url);
    assert.deepEqual(consoleErrors, []);
  });
});

test('the officer can keep a value as public; the panels degrade honestly when a check is not available', async () => {
  await withPage(async ({ page, server }) => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await pasteAndWait(page, DOC, 2);
    const replacement = await page.textContent('#pii tbody tr:nth-child(2) code.replacement');
    assert.equal(replacement, '[手机号码]');
    await page.click('#pii tbody tr:nth-child(2) button[aria-pressed="false"]');
    await page.waitForFunction((p) => document.getElementById('masked').value.includes(p), PHONE);
    assert.ok(!(await page.inputValue('#masked')).includes(ID));
    assert.match(await page.textContent('#status'), /保留 1 处/);
    assert.equal(await page.getAttribute('#pii tbody tr:nth-child(2) button[aria-pressed]', 'aria-pressed'), 'true');
    // Each panel renders from the engine's data, or says why it cannot.
    for (const [id, area] of [['#elements', 'validation'], ['#reasoning', 'reasoning'], ['#publication', 'publication']]) {
      const text = await page.textContent(id);
      assert.ok(text.trim().length > 0, `${area} panel is empty`);
    }
    // The second sample shows the failure modes.
    await page.click('#load-sample-incomplete');
    await page.waitForFunction(() => document.getElementById('input').value.includes('惠安县'));
    await page.waitForFunction(() => document.querySelectorAll('#highlighted mark.pii').length >= 3);
    assert.ok(!(await page.inputValue('#masked')).includes('350525197904051238'));
  });
});

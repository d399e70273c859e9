// What a person sees: screenshots of the workbench and the guarded form, saved as PNGs under
// /tmp/gongshi-shots/ (not committed). The workbench is also shown with a fabricated report
// whose every value is known (elements, reasoning, publication), to test how the panels render
// each state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { withPage } from './harness.mjs';

const SHOTS = '/tmp/gongshi-shots';

test('screenshots: the workbench with the sample decision, all panels, and the guarded form', async () => {
  await mkdir(SHOTS, { recursive: true });
  await withPage(
    async ({ page, server, consoleErrors }) => {
      await page.setViewportSize({ width: 1440, height: 1000 });
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      await page.click('#load-sample');
      await page.waitForFunction(() => document.querySelectorAll('#highlighted mark.pii').length >= 3);
      await page.screenshot({ path: `${SHOTS}/demo-sample.png`, fullPage: true });

      // The panels with a complete report (as the engine will give once every check has landed).
      const text = await page.inputValue('#input');
      const shown = await page.evaluate(async (text) => {
        const m = await import('/pkg/index.js');
        await m.init();
        const r = m.check(text);
        const span = (needle, from = 0) => {
          const start = text.indexOf(needle, from);
          return start < 0 ? null : { start, end: start + needle.length };
        };
        const para = (head) => {
          const start = text.indexOf(head);
          const end = text.indexOf('\n\n', start);
          return { start, end: end < 0 ? text.length : end };
        };
        const el = (id, label, present, needle, basis) => ({ id, label, requirement: 'statutory', basis: basis ?? '行政处罚法第五十九条', present, status: present ? 'present' : 'missing', span: present && needle ? span(needle) : null, note: null });
        // Shapes of the validate / reasoning / publication branches' result types.
        r.validation = {
          supported: true,
          docType: 'penalty_decision_person',
          docTypeLabel: '行政处罚决定书（个人）',
          detection: null,
          rulebookVersion: 'test',
          elements: [
            el('doc_number', '文号', true, '（泉丰）应急罚〔2024〕18号'),
            el('party_identity', '当事人姓名及身份证明', true, '被处罚人：陈志明'),
            el('party_address', '当事人地址', true, '家庭住址'),
            el('facts', '违法事实', true, '2024年3月12日上午9时'),
            el('evidence', '证据', true, '现场检查记录1份'),
            el('legal_basis_violated', '违反的法律条款', true, '违反了《中华人民共和国安全生产法》第四十五条'),
            el('legal_basis_penalty', '处罚依据', true, '依据《中华人民共和国安全生产法》第九十九条第（五）项'),
            el('penalty_type_amount', '处罚种类和数额', true, '罚款人民币壹万贰仟元整'),
            el('performance_method_deadline', '履行方式和期限', true, '15日内'),
            el('remedy_channels_deadlines', '复议、诉讼的途径和期限', false, null, '行政处罚法第五十九条第一款第五项'),
            el('statement_defense_handling', '陈述申辩的处理', true, '未提出陈述、申辩'),
            el('agency_name', '作出决定的机关', true, '泉州市丰泽区应急管理局'),
            el('decision_date', '决定日期', true, '2024年4月2日'),
            el('seal', '印章', true, '（印章）'),
          ],
          missing: ['remedy_channels_deadlines'],
          findings: [{ code: 'element.missing.remedy_channels_deadlines', severity: 'error', span: null, message: '未写明申请行政复议、提起行政诉讼的途径和期限。', basis: '行政处罚法第五十九条第一款第五项', suggestion: '写明可在60日内向复议机关申请行政复议，或在6个月内向人民法院提起行政诉讼。' }],
        };
        const section = (grade, head, message, signals, suggestions) => ({ grade, spans: [para(head)], heading: span(head), placement: 'heading', signals, decidedBy: [], message, basis: '公示制度（十二）', suggestions });
        const sig = (id, label, found) => ({ id, label, found, applicable: true, spans: [], detail: null, basis: '公示制度（十二）' });
        r.reasoning = {
          supported: true,
          docScope: 'penalty_decision',
          required: true,
          evidence: section('adequate', '二、证据及采信理由', '逐项列明证据及其证明对象，并说明采信理由。', [sig('EV1', '证据逐项列明', true), sig('EV3', '写明证明对象', true), sig('EV5', '说明合法性、真实性、关联性', true)], []),
          legalBasis: section('adequate', '三、处罚依据及理由', '违则、罚则分别引用，具体到项。', [sig('LB1', '引用违则', true), sig('LB2', '另行引用罚则', true), sig('LB4', '具体到条、款、项', true)], []),
          discretion: section('hollow', '四、自由裁量理由', '列出了裁量情节，但未说明为何在阶次内选择该数额。', [sig('DS1', '写明裁量基准', true), sig('DS3', '列出裁量因素', true), sig('DS7', '说明数额与情节的对应', false)], ['写明裁量因素与所选数额之间的对应关系。']),
          citations: [],
          penalty: { amount: { yuan: 12000, span: span('壹万贰仟元') }, proposed: null, income: null, statutory: { min: null, max: 50000, measure: 'yuan', provision: '安全生产法第九十九条', source: 'law_table' }, stated: null, decisionDate: '2024-04-02' },
          lawTable: 'test',
          findings: [{ code: 'reasoning.discretion.hollow', severity: 'warning', span: para('四、自由裁量理由'), message: '自由裁量说理未说明为何在阶次内选择该数额。', basis: '公示制度（十二）', suggestion: '写明裁量因素与所选数额之间的对应关系。' }],
        };
        const f = (id, label, value, needle) => ({ id, label, value, span: needle ? span(needle) : null });
        r.publication = {
          supported: true,
          source: 'decision',
          category: 'penalty',
          fields: [
            f('doc_number', '决定书文号', '（泉丰）应急罚〔2024〕18号', '（泉丰）应急罚〔2024〕18号'),
            f('enforcement_subject', '执法主体', '泉州市丰泽区应急管理局', '泉州市丰泽区应急管理局'),
            f('enforcement_target', '执法对象', '陈志明', '陈志明'),
            f('enforcement_category', '执法类别', '行政处罚', null),
            f('enforcement_date', '执法日期', '2024年4月2日', '2024年4月2日'),
            f('enforcement_conclusion', '执法结论', '罚款人民币壹万贰仟元整', '罚款人民币壹万贰仟元整'),
          ],
          summaryText: '决定书文号：（泉丰）应急罚〔2024〕18号\n执法主体：泉州市丰泽区应急管理局',
          decisionDate: '2024-04-02',
          publicationDate: null,
          party: { kind: 'person', age: { min: 35, max: 35, source: 'idNumber' }, minor: false },
          deadline: { id: 'publish', basis: '公示制度（十五）', doneOn: null, met: null, deadline: { start: '2024-04-02', days: 7, date: '2024-04-12', weekday: 'friday', certain: true, dataThrough: 2026, specialDays: [], sources: [], explanation: '自决定作出次日起算 7 个工作日，其间 4月4日至6日为清明节假期。' } },
          withdrawal: null,
          testResults: null,
          period: { years: 2, basis: '公示制度（十七）', naturalPerson: true, from: '2024-04-08', lastDay: '2026-04-07', takeDownDate: '2026-04-08', statedYears: null },
          fullTextRequired: false,
          questions: [{ id: 'secrets', text: '主要事实是否涉及国家秘密、商业秘密或个人隐私？', basis: '公示制度（三）2', answer: null, cues: [] }],
          mayPublish: true,
          findings: [],
        };
        // The report's findings follow the fabricated branches: the real masking findings stay.
        const piiOnly = (f) => f.code.startsWith('pii.');
        r.blocking = r.blocking.filter(piiOnly);
        r.warnings = r.warnings.filter(piiOnly);
        r.blocking.push(r.validation.findings[0]);
        r.warnings.push(r.reasoning.findings[0]);
        r.ok = false;
        await window.gongshiDemo.show(text, r);
        return {
          rows: [...document.querySelectorAll('#elements tbody tr')].map((tr) => [tr.dataset.element, tr.querySelector('.state').textContent]),
          basis: document.querySelector('#elements tr[data-element="remedy_channels_deadlines"] .basis').textContent,
          grades: [...document.querySelectorAll('#reasoning .section-card')].map((c) => [c.dataset.section, c.querySelector('.grade').textContent]),
          bands: [...document.querySelectorAll('#highlighted .sec-label')].map((s) => s.textContent),
          publication: document.getElementById('publication').textContent,
          signals: document.querySelectorAll('#reasoning .checks li').length,
          reasoningText: document.getElementById('reasoning').textContent,
          verdict: document.getElementById('verdict-title').textContent,
          marks: document.querySelectorAll('#highlighted mark.pii').length,
        };
      }, text);
      assert.equal(shown.rows.length, 14);
      assert.deepEqual(shown.rows.find((r) => r[0] === 'remedy_channels_deadlines'), ['remedy_channels_deadlines', '✕ 缺失']);
      assert.deepEqual(shown.rows.find((r) => r[0] === 'seal'), ['seal', '✓ 具备']);
      assert.equal(shown.signals, 9);
      assert.match(shown.reasoningText, /罚款 12,000 元；安全生产法第九十九条 规定的幅度：50,000 元以下/);
      assert.match(shown.reasoningText, /建议：写明裁量因素与所选数额之间的对应关系。/);
      assert.equal(shown.basis, '行政处罚法第五十九条第一款第五项');
      assert.deepEqual(shown.grades, [['evidence', '✓ 充分'], ['legalBasis', '✓ 充分'], ['discretion', '! 空泛']]);
      assert.deepEqual(shown.bands, ['证据采信·充分', '依据选择·充分', '自由裁量·空泛']);
      for (const w of ['可以公示（行政处罚）', '决定书文号', '执法主体', '公示期限', '2024-04-12（星期五）', '7 个工作日', '2 年（当事人为自然人）', '撤下日期', '2026-04-08', '待确认']) assert.ok(shown.publication.includes(w), w);
      assert.match(shown.verdict, /暂不能公示：1 项须处理后方可提交/);
      assert.ok(shown.marks >= 3, 'personal data inside the reasoning bands is still marked');
      // "定位" on an element shows it in the annotated view.
      await page.click('#elements tr[data-element="seal"] button');
      assert.equal(await page.evaluate(() => (CSS.highlights.get('gongshi-locate') ? [...CSS.highlights.get('gongshi-locate')][0].toString() : '')), '（印章）');
      await page.screenshot({ path: `${SHOTS}/demo-all-panels.png`, fullPage: true });
      await page.locator('#results').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/demo-results.png` });
      assert.deepEqual(consoleErrors, []);

      // The guarded form, blocked, then after accepting the masking.
      await page.setViewportSize({ width: 1100, height: 1000 });
      await page.goto(`${server.url}form.html`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      await page.click('#load-sample');
      await page.waitForSelector('.gongshi-panel[data-state="blocked"]');
      await page.click('#submit');
      await page.waitForFunction(() => document.querySelector('.gongshi-sr[role="alert"]').textContent.includes('无法提交'));
      await page.screenshot({ path: `${SHOTS}/form-blocked.png`, fullPage: true });
      await page.click('.gongshi-mask');
      await page.waitForFunction(() => !document.querySelector('.gongshi-mask'));
      await page.screenshot({ path: `${SHOTS}/form-masked.png`, fullPage: true });
    },
    { csp: true },
  );
});

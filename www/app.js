// The officer's workbench: paste or open a decision, see what gongshi finds — required
// elements, the three reasoning sections, personal data with its replacement, the publication
// rules — and take the masked text. The checks run in a Web Worker (`createEngine`), so the page
// stays responsive on long documents; the only requests are for the page's own files.
import { applyMasks, createEngine } from '/pkg/index.js';
import { docxToText, readTextFile } from './docx.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const highlighted = $('highlighted');
const masked = $('masked');

const DOC_TYPES = {
  penalty_decision_org: '行政处罚决定书（单位）',
  penalty_decision_person: '行政处罚决定书（个人）',
  penalty_decision: '行政处罚决定书',
  penalty_notice: '行政处罚告知书',
  rectification_order: '责令限期整改指令书',
  inspection_record: '现场检查记录',
  seizure_decision: '查封/扣押决定书',
  publication_summary: '公示摘要',
};
const PII_KINDS = {
  id_card: '身份证号码',
  mobile_phone: '手机号码',
  landline_phone: '固定电话',
  email: '电子邮箱',
  bank_account: '银行账号',
  license_plate: '车牌号码',
  property_cert: '权属证书编号',
  vehicle_id: '车辆识别代号',
  home_address: '家庭住址',
  health_info: '健康状况',
  passport: '护照号码',
  social_account: '社交账号',
  person_name: '姓名（隐名）',
};
const SECTIONS = [
  ['evidence', '证据采信', 'reasoning.evidence'],
  ['legalBasis', '依据选择', 'reasoning.legal_basis'],
  ['discretion', '自由裁量', 'reasoning.discretion'],
];
const ELEMENT_STATES = {
  present: ['✓', '具备', 'ok'],
  missing: ['✕', '缺失', 'bad'],
  defective: ['!', '不完整', 'warn'],
  notApplicable: ['–', '不适用', 'na'],
  notAssessed: ['–', '未评估', 'na'],
};
const GRADES = {
  not_required: ['–', '不要求'],
  adequate: ['✓', '充分'],
  hollow: ['!', '空泛'],
  weak: ['!', '不足'],
  missing: ['✕', '缺失'],
  not_assessed: ['–', '未评估'],
};
const LABELS = {
  summary: '公示摘要',
  docNumber: '决定书文号',
  enforcementSubject: '执法主体',
  subject: '执法主体',
  enforcementTarget: '执法对象',
  target: '执法对象',
  enforcementCategory: '执法类别',
  category: '执法类别',
  enforcementDate: '执法日期',
  enforcementConclusion: '执法结论',
  conclusion: '执法结论',
  decisionDate: '决定日期',
  deadline: '公示期限',
  deadlines: '公示期限',
  publishBy: '最迟公示日期',
  publicationDeadline: '最迟公示日期',
  takeDown: '撤下日期',
  takeDownDate: '撤下日期',
  takedown: '撤下日期',
  expires: '公示期满',
  expiry: '公示期满',
  period: '公示期',
  periodYears: '公示期（年）',
  exclusions: '不予公开情形',
  exclusion: '不予公开情形',
  publishable: '可以公开',
  fullText: '全文公开',
  workingDays: '工作日',
  days: '天数',
  years: '年',
  date: '日期',
  start: '起算日',
  certain: '节假日数据已覆盖',
  basis: '依据',
  reason: '理由',
  note: '说明',
  label: '名称',
  value: '内容',
  kind: '类型',
  rule: '规则',
  dataThrough: '节假日数据截至',
};

let engine;
let current = { text: '', report: null, ms: 0 };
let inflight = false;
let rerun = false;
let timer = 0;
let renderGeneration = 0;
const kept = new Set(); // `${code}\u0001${excerpt}` of personal data the officer keeps as public

function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));
const keyOf = (f, text) => `${f.code}\u0001${f.span ? text.slice(f.span.start, f.span.end) : ''}`;
const clip = (s, n) => (s.length > n ? `${s.slice(0, n)}…` : s);
const allFindings = (r) => [...r.redacted.findings, ...r.validation.findings, ...r.reasoning.findings, ...r.publication.findings];

// ---------------------------------------------------------------------------------------------
// Checking

function schedule() {
  clearTimeout(timer);
  highlighted.setAttribute('aria-busy', 'true');
  timer = setTimeout(run, 250);
}

async function run() {
  if (inflight) {
    rerun = true;
    return;
  }
  inflight = true;
  const text = input.value;
  const options = $('doc-type').value ? { docType: $('doc-type').value } : undefined;
  try {
    const { report, ms } = await engine.check(text, options);
    current = { text, report, ms };
    await render();
  } catch (e) {
    setVerdict('error', '✕', '无法检查', `检查失败：${e.message}`);
  } finally {
    inflight = false;
    if (rerun || input.value !== current.text) {
      rerun = false;
      run();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

function setVerdict(state, icon, title, status) {
  $('verdict').dataset.state = state;
  $('verdict').querySelector('.verdict-icon').textContent = icon;
  $('verdict-title').textContent = title;
  $('status').textContent = status;
}

async function render() {
  const { text, report, ms } = current;
  const generation = ++renderGeneration;
  const pii = report.redacted.findings;
  const keptHere = pii.filter((f) => kept.has(keyOf(f, text)));
  const toMask = pii.filter((f) => !kept.has(keyOf(f, text)));
  const nonPiiBlocking = report.blocking.filter((f) => !f.code.startsWith('pii.'));
  $('doc-stats').textContent = text ? `${text.length.toLocaleString('zh-CN')} 字` : '';

  // Verdict: may the masked text be published?
  if (!text) {
    setVerdict('idle', '○', '等待文书', '请粘贴或打开一份文书，或载入示例。');
  } else {
    const parts = [];
    if (nonPiiBlocking.length) parts.push(`${nonPiiBlocking.length} 项须处理后方可提交`);
    const warn = report.warnings.filter((f) => !f.code.startsWith('pii.')).length;
    if (warn) parts.push(`${warn} 项提示`);
    // Say plainly what this engine build did not check.
    const unchecked = [
      [report.validation, '必备要素'],
      [report.reasoning, '说理'],
      [report.publication, '公示规则'],
    ].filter(([r]) => !r.supported).map(([, name]) => name);
    const caveat = unchecked.length ? `（本版本未检查${unchecked.join('、')}）` : '';
    const status = `发现 ${pii.length} 处个人信息，已在脱敏文本中隐去${keptHere.length ? `（保留 ${keptHere.length} 处）` : ''}；其他须处理的问题 ${nonPiiBlocking.length} 项（用时 ${ms.toFixed(1)} 毫秒）。`;
    if (nonPiiBlocking.length) setVerdict('blocked', '✕', `暂不能公示：${parts.join('，')}`, status);
    else if (warn) setVerdict('warn', '!', `脱敏后可以公示；${parts.join('，')}${caveat}`, status);
    else setVerdict('ok', '✓', `脱敏后可以公示${caveat}`, status);
  }

  masked.value = applyMasks(text, toMask);
  renderElements(report.validation, text);
  renderReasoning(report.reasoning, text);
  renderPublication(report.publication, text);
  await renderPii(pii, text, generation);
  if (generation !== renderGeneration) return;
  await renderFindings(report, text, generation);
  if (generation !== renderGeneration) return;
  await renderDoc(text, report, generation);
}

/** Where the "show me" buttons point: a range of the annotated view, flashed and scrolled to. */
function locate(span) {
  const blocks = highlighted.querySelectorAll(':scope > .blk');
  let block = null;
  for (const b of blocks) {
    if (Number(b.dataset.start) <= span.start) block = b;
    else break;
  }
  if (!block) return;
  // Section labels are not document text.
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.classList.contains('sec-label') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let offset = Number(block.dataset.start);
  const range = document.createRange();
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const end = offset + n.data.length;
    if (!started && span.start < end) {
      range.setStart(n, span.start - offset);
      started = true;
    }
    if (started && span.end <= end) {
      range.setEnd(n, Math.max(0, span.end - offset));
      break;
    }
    offset = end;
  }
  if (!started) return;
  if (globalThis.CSS?.highlights && globalThis.Highlight) {
    CSS.highlights.set('gongshi-locate', new Highlight(range));
  } else {
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  highlighted.focus({ preventScroll: true });
}

const locateButton = (span, label = '定位') =>
  span ? h('button', { type: 'button', class: 'link', text: label, onclick: () => locate(span) }) : null;

function unsupported(container, findings, fallback) {
  const note = findings.find((f) => f.code.endsWith('.unsupported'))?.message ?? fallback;
  container.replaceChildren(h('p', { class: 'unsupported' }, h('span', { 'aria-hidden': 'true', text: 'ⓘ ' }), note));
}

function renderElements(v, text) {
  const box = $('elements');
  $('elements-count').textContent = '';
  $('doc-type-detected').textContent = '';
  if (!text) return box.replaceChildren();
  if (!v.supported) return unsupported(box, v.findings, '本版本尚未提供必备要素校验。');
  const typeName = v.docTypeLabel ?? v.docTypeName ?? DOC_TYPES[v.docType] ?? v.docType ?? '未能识别';
  $('doc-type-detected').textContent = `文书类型：${typeName}`;
  const byId = new Map();
  for (const f of v.findings) {
    const id = f.code.split('.').pop();
    if (!byId.has(id)) byId.set(id, f);
  }
  const present = v.elements.filter((e) => (e.status ? e.status === 'present' : e.present)).length;
  const applicable = v.elements.filter((e) => e.status !== 'notApplicable' && e.status !== 'notAssessed').length;
  $('elements-count').textContent = `${present}/${applicable} 项具备`;
  const rows = v.elements.map((e) => {
    const f = byId.get(e.id);
    const status = e.status ?? (e.present ? 'present' : /defective|incomplete|hollow/.test(f?.code ?? '') ? 'defective' : 'missing');
    const [icon, word, cls] = ELEMENT_STATES[status] ?? (e.present ? ELEMENT_STATES.present : ELEMENT_STATES.missing);
    const basis = e.basis ?? f?.basis ?? '';
    const problem = status === 'missing' || status === 'defective';
    const note = e.note ?? (problem ? f?.message : null);
    return h(
      'tr',
      { class: `el-${cls}`, 'data-element': e.id, 'data-status': status },
      h('td', { class: 'state' }, h('span', { 'aria-hidden': 'true', text: `${icon} ` }), word),
      h('th', { scope: 'row' }, e.label, e.requirement === 'template' ? h('span', { class: 'muted small', text: '（文书式样）' }) : null, note ? h('span', { class: 'why', text: note }) : null, problem && f?.suggestion ? h('span', { class: 'why', text: `建议：${f.suggestion}` }) : null),
      h('td', { class: 'basis' }, basis),
      h('td', {}, locateButton(e.span ?? f?.span)),
    );
  });
  box.replaceChildren(
    h('table', { class: 'checklist' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: '状态' }), h('th', { scope: 'col', text: '要素' }), h('th', { scope: 'col', text: '法律依据' }), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', text: '操作' })))), h('tbody', {}, ...rows)),
  );
}

function renderReasoning(r, text) {
  const box = $('reasoning');
  if (!text) return box.replaceChildren();
  if (!r.supported) return unsupported(box, r.findings, '本版本尚未提供说理评估。');
  const cards = SECTIONS.map(([key, name, prefix]) => {
    const s = r[key] ?? { grade: 'not_assessed', spans: [] };
    const [icon, word] = GRADES[s.grade] ?? ['?', s.grade];
    const spans = s.spans ?? [];
    const where = s.heading ?? spans[0] ?? null;
    const findings = r.findings.filter((f) => f.code.startsWith(prefix));
    const suggestions = [].concat(s.suggestions ?? s.advice ?? []).map((a) => (typeof a === 'string' ? a : a.message ?? a.text ?? '')).filter(Boolean);
    const excerpt = spans.length ? clip(text.slice(spans[0].start, spans[0].end).trim(), 90) : '';
    const signals = (s.signals ?? s.checks ?? []).filter((c) => c.applicable !== false);
    return h(
      'article',
      { class: `section-card sec-${key}`, 'data-section': key, 'data-grade': s.grade },
      h('h3', {}, h('span', { class: 'sec-key' }, name), ' ', h('span', { class: `grade grade-${s.grade}` }, h('span', { 'aria-hidden': 'true', text: `${icon} ` }), word), ' ', locateButton(where)),
      s.message ? h('p', { class: 'sec-message', text: s.message }) : null,
      excerpt ? h('p', { class: 'excerpt', text: `“${excerpt}”` }) : s.grade === 'not_required' ? null : h('p', { class: 'muted', text: '文中未找到这一部分的说理。' }),
      signals.length
        ? h('ul', { class: 'checks', 'aria-label': `${name}检查项` }, ...signals.map((c) => {
            const ok = c.found ?? c.passed;
            return h('li', { class: ok ? 'ok' : 'bad' }, h('span', { 'aria-hidden': 'true', text: ok ? '✓ ' : '✕ ' }), h('span', { class: 'visually-hidden', text: ok ? '已具备：' : '未具备：' }), c.label ?? c.id, c.detail ? h('span', { class: 'muted small', text: `（${c.detail}）` }) : null);
          }))
        : null,
      suggestions.length ? h('ul', { class: 'advice', 'aria-label': '建议' }, ...suggestions.map((a) => h('li', { text: `建议：${a}` }))) : null,
      findings.length
        ? h('ul', { class: 'advice' }, ...findings.map((f) => h('li', {}, h('span', { class: 'badge', text: severityLabel(f.severity) }), ' ', f.message, f.suggestion && !suggestions.includes(f.suggestion) ? h('span', { class: 'why', text: `建议：${f.suggestion}` }) : null)))
        : null,
      s.basis ? h('p', { class: 'why', text: `依据：${s.basis}` }) : null,
    );
  });
  const head = [];
  if (r.required === false) head.push(h('p', { class: 'unsupported', text: '本文书类型不要求载明证据采信、依据选择、自由裁量三部分说理（公示制度（十二））。' }));
  const p = r.penalty;
  if (p?.amount) {
    const range = p.statutory ?? p.stated;
    const yuan = (n) => `${n.toLocaleString('zh-CN')} 元`;
    // `10,000 元～30,000 元`, `100,000 元以下`, `10,000 元以上`, as the statute words it.
    const bounds = (lo, hi) => (lo === null ? `${yuan(hi)}以下` : hi === null ? `${yuan(lo)}以上` : `${yuan(lo)}～${yuan(hi)}`);
    const rangeText = range && range.measure === 'yuan' && (range.min !== null || range.max !== null) ? `；${range.provision} 规定的幅度：${bounds(range.min, range.max)}` : '';
    head.push(h('p', { class: 'muted small', text: `罚款 ${yuan(p.amount.yuan)}${p.proposed ? `（告知书拟处 ${yuan(p.proposed.yuan)}）` : ''}${rangeText}` }));
  }
  box.replaceChildren(...head, ...cards);
}

/** Publication results: known fields get Chinese labels; anything else is still shown. */
function renderValue(v, text) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '无';
    return h('ul', { class: 'plain' }, ...v.map((x) => h('li', {}, x && typeof x === 'object' && 'message' in x ? x.message : renderValue(x, text))));
  }
  if (typeof v === 'object') {
    if ('start' in v && 'end' in v && Object.keys(v).length === 2) return locateButton(v);
    const main = v.date ?? v.value ?? v.text ?? v.label;
    if (main !== undefined && typeof main !== 'object') {
      const extra = [];
      if (v.certain === false) extra.push('（所需年份的节假日安排尚未公布，日期待核）');
      if (v.workingDays !== undefined) extra.push(`（${v.workingDays} 个工作日）`);
      if (v.basis) extra.push(h('span', { class: 'why', text: `依据：${v.basis}` }));
      return h('span', {}, String(main), ...extra, ' ', locateButton(v.span));
    }
    return dataList(v, text);
  }
  return String(v);
}

function dataList(obj, text) {
  const dl = h('dl', { class: 'data' });
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'supported' || k === 'findings' || k === 'span' || k === 'spans') continue;
    dl.append(h('dt', { text: LABELS[k] ?? k }), h('dd', {}, renderValue(v, text)));
  }
  return dl;
}

const CATEGORIES = { penalty: '行政处罚', coercion: '行政强制', licensing: '行政许可', expropriation: '行政征收', inspection: '行政检查', other: '其他执法决定' };
const WEEKDAYS = { monday: '星期一', tuesday: '星期二', wednesday: '星期三', thursday: '星期四', friday: '星期五', saturday: '星期六', sunday: '星期日' };

function duty(d, label) {
  if (!d?.deadline) return null;
  const x = d.deadline;
  return h(
    'div',
    { class: 'duty' },
    h('dt', { text: label }),
    h(
      'dd',
      {},
      h('strong', { text: `${x.date}（${WEEKDAYS[x.weekday] ?? x.weekday}）` }),
      ` 前，自 ${x.start} 起 ${x.days} 个工作日`,
      d.met === true ? h('span', { class: 'ok-text', text: ' ✓ 已按时完成' }) : d.met === false ? h('span', { class: 'bad-text', text: ' ✕ 已逾期' }) : null,
      x.certain === false ? h('span', { class: 'why warn-text', text: `! ${x.dataThrough} 年以后的节假日安排尚未公布，此日期只按周末推算，请核对。` }) : null,
      x.explanation ? h('span', { class: 'why', text: x.explanation }) : null,
      h('span', { class: 'why', text: `依据：${d.basis}` }),
    ),
  );
}

function renderPublication(p, text) {
  const box = $('publication');
  if (!text) return box.replaceChildren();
  if (!p.supported) return unsupported(box, p.findings, '本版本尚未提供公示检查。');
  const findings = p.findings.filter((f) => !f.code.endsWith('unsupported'));
  const findingList = findings.length
    ? h('ul', { class: 'advice' }, ...findings.map((f) => h('li', { class: `sev-${f.severity}` }, h('span', { class: 'badge', text: severityLabel(f.severity) }), ' ', f.message, f.basis ? h('span', { class: 'why', text: `依据：${f.basis}` }) : null)))
    : null;
  if (!Array.isArray(p.fields)) return box.replaceChildren(...[dataList(p, text), findingList].filter(Boolean));
  const out = [];
  if (p.mayPublish !== undefined) {
    out.push(h('p', { class: p.mayPublish ? 'pub-ok' : 'pub-bad' }, h('span', { 'aria-hidden': 'true', text: p.mayPublish ? '✓ ' : '✕ ' }), p.mayPublish ? '可以公示' : '暂不能公示', p.category ? `（${CATEGORIES[p.category] ?? p.category}${p.fullTextRequired ? '，须全文公开' : ''}）` : ''));
  }
  out.push(
    h('table', { class: 'summary-table' }, h('caption', { text: '公示摘要（公示制度（十四）2）' }), h('tbody', {}, ...p.fields.map((f) =>
      h('tr', { 'data-field': f.id }, h('th', { scope: 'row', text: f.label }), h('td', {}, f.value ?? h('span', { class: 'bad-text', text: '✕ 未找到' }), ' ', locateButton(f.span))),
    ))),
  );
  const dl = h('dl', { class: 'data' });
  const pub = duty(p.deadline, '公示期限');
  if (pub) dl.append(...pub.childNodes);
  else dl.append(h('dt', { text: '公示期限' }), h('dd', { text: p.decisionDate ? '—' : '未能读出决定日期，无法计算。' }));
  const per = p.period;
  if (per) {
    dl.append(
      h('dt', { text: '公示期' }),
      h('dd', {}, `${per.years} 年${per.naturalPerson ? '（当事人为自然人）' : ''}`, h('span', { class: 'why', text: `依据：${per.basis}` })),
      h('dt', { text: '撤下日期' }),
      h('dd', {}, per.takeDownDate ? h('strong', { text: per.takeDownDate }) : h('span', { class: 'muted', text: '填写公示日期后计算' }), per.lastDay ? `（公示至 ${per.lastDay}）` : ''),
    );
  }
  for (const [d, label] of [[p.withdrawal, '撤下期限'], [p.testResults, '检测结果告知期限']]) {
    const x = duty(d, label);
    if (x) dl.append(...x.childNodes);
  }
  if (p.party?.minor) dl.append(h('dt', { text: '当事人' }), h('dd', { class: 'bad-text', text: '✕ 未成年人，不予公开（公示制度（三）1）' }));
  out.push(dl);
  if (p.questions?.length) {
    out.push(
      h('h3', { class: 'sub', text: '不予公开情形（须由执法人员确认）' }),
      h('ul', { class: 'questions' }, ...p.questions.map((q) => h('li', { 'data-question': q.id }, h('span', { class: 'badge', text: q.answer === true ? '适用' : q.answer === false ? '不适用' : '待确认' }), ' ', q.text, q.cues?.length ? h('span', { class: 'why', text: `文中线索：${q.cues.join('、')}` }) : null))),
    );
  }
  if (p.summaryText) out.push(h('details', {}, h('summary', { text: '公示摘要文本（已脱敏）' }), h('pre', { class: 'summary-text', text: p.summaryText })));
  if (findingList) out.push(findingList);
  box.replaceChildren(...out);
}

const severityLabel = (s) => (s === 'error' ? '必须处理' : s === 'warning' ? '请注意' : '说明');

/** Builds a long list in slices so that a big document never blocks the page. */
async function fillInSlices(container, items, make, generation, budget = 8) {
  const frag = document.createDocumentFragment();
  let t0 = performance.now();
  const out = [];
  for (const item of items) {
    out.push(make(item));
    if (performance.now() - t0 > budget) {
      await yieldToBrowser();
      if (generation !== renderGeneration) return false;
      t0 = performance.now();
    }
  }
  frag.append(...out);
  container.classList.toggle('long', out.length > 60);
  container.replaceChildren(frag);
  return true;
}

async function renderPii(pii, text, generation) {
  $('pii-count').textContent = text ? `${pii.length} 处` : '';
  const box = $('pii');
  if (!text) return box.replaceChildren();
  if (pii.length === 0) return box.replaceChildren(h('p', { class: 'muted', text: '未发现须隐去的个人信息。' }));
  const table = h('table', { class: 'pii-table' }, h('thead', {}, h('tr', {}, ...['类型', '原文', '替换为', '依据', ''].map((t) => h('th', { scope: 'col', text: t })))));
  const body = h('tbody');
  table.append(body);
  box.replaceChildren(table);
  await fillInSlices(
    body,
    pii,
    (f) => {
      const key = keyOf(f, text);
      const isKept = kept.has(key);
      return h(
        'tr',
        { class: isKept ? 'kept' : '', 'data-code': f.code },
        h('td', { text: PII_KINDS[f.pii?.kind] ?? f.pii?.kind ?? f.code }),
        h('td', {}, h('mark', { class: 'pii', text: clip(text.slice(f.span.start, f.span.end), 40) })),
        h('td', {}, isKept ? h('span', { class: 'muted', text: '（保留原文）' }) : h('code', { class: 'replacement', text: f.pii?.replacement ?? '' })),
        h('td', { class: 'basis', text: f.basis ?? '' }),
        h(
          'td',
          { class: 'actions' },
          locateButton(f.span),
          h('button', {
            type: 'button',
            class: 'link',
            'aria-pressed': isKept ? 'true' : 'false',
            text: isKept ? '改回隐去' : '这是公开信息，保留',
            onclick: () => {
              if (kept.has(key)) kept.delete(key);
              else kept.add(key);
              render();
            },
          }),
        ),
      );
    },
    generation,
  );
}

async function renderFindings(report, text, generation) {
  const all = allFindings(report).filter((f) => !f.code.endsWith('.unsupported'));
  $('findings-count').textContent = text ? `${all.length} 项` : '';
  await fillInSlices(
    $('findings'),
    all,
    (f) => {
      const li = h('li', { class: `finding ${f.severity}`, 'data-code': f.code });
      li.append(h('span', { class: 'badge', text: f.code.startsWith('pii.') ? '隐去' : severityLabel(f.severity) }), ' ', h('span', { class: 'message', text: f.message }));
      if (f.pii) li.append(' ', h('code', { class: 'replacement', text: f.pii.replacement }));
      const go = locateButton(f.span);
      if (go) li.append(' ', go);
      if (f.basis) li.append(h('span', { class: 'basis', text: `依据：${f.basis}` }));
      if (f.suggestion) li.append(h('span', { class: 'basis', text: `建议：${f.suggestion}` }));
      return li;
    },
    generation,
  );
}

/**
 * The annotated document: personal data in <mark>, the reasoning sections as labelled bands.
 * Rendered in blocks of about 4,000 characters with `content-visibility: auto` (off-screen
 * blocks cost no layout), built a slice at a time.
 */
async function renderDoc(text, report, generation) {
  const marks = report.redacted.findings.filter((f) => f.span && f.span.end > f.span.start).map((f) => f.span).sort((a, b) => a.start - b.start);
  const markFindings = new Map(report.redacted.findings.filter((f) => f.span).map((f) => [f.span.start, f]));
  // Sections, clipped so they do not overlap each other and never cut a mark in two.
  const inMark = (pos) => marks.find((m) => m.start < pos && pos < m.end);
  const sections = [];
  if (report.reasoning.supported) {
    for (const [key, name] of SECTIONS) {
      for (const s of report.reasoning[key]?.spans ?? []) sections.push({ key, name, start: s.start, end: s.end, grade: report.reasoning[key].grade });
    }
  }
  sections.sort((a, b) => a.start - b.start);
  let last = 0;
  for (const s of sections) {
    s.start = Math.max(s.start, last);
    s.start = inMark(s.start)?.start ?? s.start;
    s.end = inMark(s.end)?.end ?? s.end;
    if (s.end < s.start) s.end = s.start;
    last = s.end;
  }
  const secs = sections.filter((s) => s.end > s.start);

  const container = document.createDocumentFragment();
  let mi = 0;
  let si = 0;
  let t0 = performance.now();
  let pos = 0;
  while (pos < text.length || (pos === 0 && text.length === 0)) {
    if (text.length === 0) break;
    // A block ends at a line break after ~4000 characters, never inside a mark.
    let end = Math.min(text.length, pos + 4000);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
      const m = inMark(end);
      if (m) end = m.end;
    }
    const blk = h('div', { class: 'blk', 'data-start': pos });
    while (pos < end) {
      const sec = secs[si] && secs[si].start <= pos && pos < secs[si].end ? secs[si] : null;
      const segEnd = sec ? Math.min(sec.end, end) : Math.min(secs[si]?.start ?? end, end);
      const target = sec ? h('span', { class: `sec sec-${sec.key}`, 'data-grade': sec.grade }) : blk;
      if (sec && pos === sec.start) target.append(h('span', { class: 'sec-label', 'aria-hidden': 'true', text: `${sec.name}·${GRADES[sec.grade]?.[1] ?? sec.grade}` }));
      while (pos < segEnd) {
        while (marks[mi] && marks[mi].end <= pos) mi++;
        const m = marks[mi];
        if (m && m.start < segEnd) {
          if (m.start > pos) target.append(text.slice(pos, m.start));
          const f = markFindings.get(m.start);
          const isKept = f && kept.has(keyOf(f, text));
          target.append(h('mark', { class: isKept ? 'pii kept' : 'pii', 'data-code': f?.code ?? '', 'data-replacement': f?.pii?.replacement ?? '', title: isKept ? '保留（公开信息）' : `将替换为 ${f?.pii?.replacement ?? ''}` }, text.slice(m.start, m.end)));
          pos = m.end;
          mi++;
        } else {
          target.append(text.slice(pos, segEnd));
          pos = segEnd;
        }
      }
      if (sec) blk.append(target);
      if (sec && pos >= sec.end) si++;
      while (secs[si] && secs[si].end <= pos) si++;
    }
    container.append(blk);
    if (performance.now() - t0 > 8) {
      await yieldToBrowser();
      if (generation !== renderGeneration) return;
      t0 = performance.now();
    }
  }
  CSS.highlights?.delete('gongshi-locate');
  highlighted.replaceChildren(container);
  highlighted.setAttribute('aria-busy', 'false');
}

// ---------------------------------------------------------------------------------------------
// Input

async function loadSample(name) {
  const res = await fetch(`samples/${name}`);
  setText(await res.text(), '');
}

function setText(text, note) {
  input.value = text;
  kept.clear();
  $('file-note').textContent = note;
  clearTimeout(timer);
  run();
}

async function openFile(file) {
  try {
    if (/\.docx$/i.test(file.name)) {
      setText(await docxToText(file), `已读取 ${file.name}（.docx 正文，不含页眉页脚和批注）。`);
    } else if (/\.doc$/i.test(file.name)) {
      $('file-note').textContent = '不支持旧版 .doc 格式，请在 Word/WPS 中另存为 .docx 或 .txt 后再打开。';
    } else {
      setText(await readTextFile(file), `已读取 ${file.name}。`);
    }
  } catch (e) {
    $('file-note').textContent = `无法读取 ${file.name}：${e.message}`;
  }
}

async function main() {
  engine = createEngine();
  await engine.ready();
  $('engine-version').textContent = `gongshi ${await engine.version()} · 检查在${engine.mode === 'worker' ? '后台线程（Web Worker）' : '页面'}中进行 · 本页不向任何服务器发送文书内容`;
  input.addEventListener('input', schedule);
  $('doc-type').addEventListener('change', () => run());
  $('load-sample').addEventListener('click', () => loadSample('penalty-decision.txt'));
  $('load-sample-incomplete').addEventListener('click', () => loadSample('penalty-decision-incomplete.txt'));
  $('open-file').addEventListener('change', (e) => {
    const file = e.target.files?.[0];
    if (file) openFile(file);
    e.target.value = '';
  });
  // Files can also be dropped on the text box.
  input.addEventListener('dragover', (e) => e.preventDefault());
  input.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    e.preventDefault();
    openFile(file);
  });
  $('clear').addEventListener('click', () => setText('', ''));
  $('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(masked.value);
    } catch {
      masked.select();
      document.execCommand?.('copy');
    }
    $('status').textContent = '已复制脱敏文本。';
  });
  $('download').addEventListener('click', () => {
    const blob = new Blob([masked.value], { type: 'text/plain;charset=utf-8' });
    const a = h('a', { href: URL.createObjectURL(blob), download: '脱敏文书.txt' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  await run();
  // Shows a given report (for trying the panels with results from a newer engine, and for tests).
  window.gongshiDemo = {
    show(text, report) {
      input.value = text;
      current = { text, report, ms: 0 };
      return render();
    },
  };
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  setVerdict('error', '✕', '检查引擎加载失败', `检查引擎加载失败：${e.message}`);
});

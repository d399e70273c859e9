// The demo page: paste a document, see what gongshi finds, copy the masked text.
// Everything runs in this page; the only requests are for the page's own files.
import { init, check, version } from '/pkg/index.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const status = $('status');
const highlighted = $('highlighted');
const findingsList = $('findings');
const masked = $('masked');

let timer = 0;
let lastReport = null;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Renders the text with every finding that has a span wrapped in a <mark>. */
function renderHighlights(text, findings) {
  const spans = findings
    .filter((f) => f.span && f.span.end > f.span.start)
    .sort((a, b) => a.span.start - b.span.start);
  const frag = document.createDocumentFragment();
  let at = 0;
  spans.forEach((f, i) => {
    if (f.span.start < at) return;
    frag.append(text.slice(at, f.span.start));
    const isPii = f.code.startsWith('pii.');
    const mark = el(
      'mark',
      {
        class: isPii ? 'pii' : 'issue',
        id: `mark-${i}`,
        title: f.pii ? `${f.message}` : f.message,
        'data-code': f.code,
        'data-replacement': f.pii?.replacement ?? '',
      },
      text.slice(f.span.start, f.span.end),
    );
    f._markId = mark.id;
    frag.append(mark);
    at = f.span.end;
  });
  frag.append(text.slice(at));
  highlighted.replaceChildren(frag);
}

function renderFindings(findings) {
  findingsList.replaceChildren(
    ...findings.map((f) => {
      const li = el('li', { class: `finding ${f.severity}`, 'data-code': f.code });
      const head = el('span', { class: 'badge' }, severityLabel(f.severity));
      const body = el('span', { class: 'message' }, f.message);
      li.append(head, ' ', body);
      if (f.pii) li.append(' ', el('code', { class: 'replacement' }, f.pii.replacement));
      if (f.basis) li.append(el('span', { class: 'basis' }, `依据：${f.basis}`));
      if (f._markId) {
        const go = el('button', { type: 'button', class: 'link' }, '定位');
        go.addEventListener('click', () => {
          const m = document.getElementById(f._markId);
          m?.scrollIntoView({ block: 'center' });
          m?.classList.add('focus');
          setTimeout(() => m?.classList.remove('focus'), 1200);
        });
        li.append(' ', go);
      }
      return li;
    }),
  );
}

function severityLabel(s) {
  return s === 'error' ? '必须处理' : s === 'warning' ? '请注意' : '说明';
}

function run() {
  const text = input.value;
  const t0 = performance.now();
  let report;
  try {
    report = check(text);
  } catch (e) {
    status.textContent = `无法检查：${e.message}`;
    return;
  }
  const ms = performance.now() - t0;
  lastReport = report;
  const all = [
    ...report.redacted.findings,
    ...report.validation.findings,
    ...report.reasoning.findings,
    ...report.publication.findings,
  ];
  renderHighlights(text, report.redacted.findings);
  renderFindings(all);
  masked.value = report.redacted.text;
  const n = report.redacted.findings.length;
  status.textContent = text
    ? `发现 ${n} 处个人信息，已在右侧脱敏文本中隐去；${report.blocking.length} 项须处理后方可提交（用时 ${ms.toFixed(1)} 毫秒）。`
    : '请粘贴或打开一份文书。';
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
}

async function main() {
  await init();
  $('engine-version').textContent = `gongshi ${version()} · 本页不向任何服务器发送文书内容`;
  input.addEventListener('input', schedule);
  $('load-sample').addEventListener('click', async () => {
    const res = await fetch('samples/penalty-decision.txt');
    input.value = await res.text();
    run();
  });
  $('open-file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    input.value = await file.text();
    run();
  });
  $('clear').addEventListener('click', () => {
    input.value = '';
    run();
  });
  $('copy').addEventListener('click', async () => {
    masked.select();
    try {
      await navigator.clipboard.writeText(masked.value);
      status.textContent = '已复制脱敏文本。';
    } catch {
      document.execCommand?.('copy');
    }
  });
  $('download').addEventListener('click', () => {
    const blob = new Blob([masked.value], { type: 'text/plain;charset=utf-8' });
    const a = el('a', { href: URL.createObjectURL(blob), download: '脱敏文书.txt' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  run();
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  status.textContent = `检查引擎加载失败：${e.message}`;
});

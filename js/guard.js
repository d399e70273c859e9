// The drop-in pre-submission guard: `guardForm(form, options)` checks the chosen fields while
// the officer types (debounced, in a Web Worker) and again on submit, shows the findings next
// to each field, blocks submission while blocking findings remain, and — once the officer
// accepts the masking (or with `autoMask`) — puts the masked text in place of the raw text, so
// the raw text is never submitted. `<gongshi-guard>` (see `defineGuardElement`) wraps it.
import { applyMasks } from './core.js';
import { acquireSharedEngine, createEngine } from './engine.js';

const UI = {
  'zh-CN': {
    loading: '正在加载检查引擎……',
    checking: '正在检查……',
    empty: '尚未填写内容。',
    ok: '可以提交：未发现须处理的问题。',
    okWarnings: (n) => `可以提交；另有 ${n} 项提示，建议查看。`,
    blocked: (parts) => `不能提交：${parts.join('，')}。`,
    blockedAlert: (parts) => `无法提交。${parts.join('，')}。请处理后再提交。`,
    partPii: (n) => `${n} 处个人信息未脱敏`,
    partElement: (n) => `${n} 项必备要素缺失或不完整`,
    partOther: (n) => `${n} 项其他问题须处理`,
    willMask: (n) => `提交时将自动脱敏 ${n} 处个人信息`,
    masked: (n) => `已脱敏 ${n} 处个人信息`,
    accepted: (n) => `已保留或忽略 ${n} 项`,
    mask: (n) => `接受脱敏（替换 ${n} 处）`,
    undo: '撤销脱敏',
    locate: '定位',
    acceptPii: '这是公开信息，保留',
    acceptOther: '已核实，忽略此项',
    unaccept: '撤销',
    more: (n) => `显示其余 ${n} 项`,
    list: '发现的问题（上下方向键切换，回车定位）',
    panel: (name) => `公示检查：${name}`,
    replacement: '替换为',
    basis: '依据：',
    suggestion: '建议：',
    severity: { error: '必须处理', warning: '请注意', info: '说明' },
    state: { accepted: '已保留', masked: '将脱敏' },
    category: { pii: '个人信息', element: '必备要素', reasoning: '说理', publication: '公示', other: '其他' },
    engineError: '检查引擎无法加载。为防止未脱敏的文本被提交，表单暂不能提交，请刷新页面或联系管理员。',
    checkError: (m) => `检查失败：${m}`,
    cancelled: '提交已被取消。',
    submitting: '检查通过，正在提交……',
  },
  en: {
    loading: 'Loading the checking engine…',
    checking: 'Checking…',
    empty: 'Nothing entered yet.',
    ok: 'Ready to submit: nothing needs fixing.',
    okWarnings: (n) => `Ready to submit; ${n} note(s) worth a look.`,
    blocked: (parts) => `Cannot submit: ${parts.join(', ')}.`,
    blockedAlert: (parts) => `Not submitted. ${parts.join(', ')}. Fix them, then submit again.`,
    partPii: (n) => `${n} personal data item(s) not masked`,
    partElement: (n) => `${n} required element(s) missing or incomplete`,
    partOther: (n) => `${n} other problem(s) to fix`,
    willMask: (n) => `${n} personal data item(s) will be masked on submit`,
    masked: (n) => `${n} personal data item(s) masked`,
    accepted: (n) => `${n} item(s) kept or dismissed`,
    mask: (n) => `Accept masking (replace ${n})`,
    undo: 'Undo masking',
    locate: 'Show',
    acceptPii: 'This is public, keep it',
    acceptOther: 'Checked, dismiss',
    unaccept: 'Undo',
    more: (n) => `Show the other ${n}`,
    list: 'Findings (arrow keys to move, Enter to show)',
    panel: (name) => `gongshi check: ${name}`,
    replacement: 'replaced by',
    basis: 'Basis: ',
    suggestion: 'Suggestion: ',
    severity: { error: 'Must fix', warning: 'Check', info: 'Note' },
    state: { accepted: 'Kept', masked: 'Will mask' },
    category: { pii: 'Personal data', element: 'Required element', reasoning: 'Reasoning', publication: 'Publication', other: 'Other' },
    engineError: 'The checking engine could not load. To keep unmasked text from being sent, the form cannot be submitted; reload the page or contact your administrator.',
    checkError: (m) => `Check failed: ${m}`,
    cancelled: 'Submission cancelled.',
    submitting: 'Checks passed, submitting…',
  },
};

const CSS = `
.gongshi-panel { contain: content; --gongshi-error: #b3261e; --gongshi-warn: #7a5200; --gongshi-ok: #1e6b34; --gongshi-muted: #5b6475;
  --gongshi-line: #d5dae3; --gongshi-pii: #fff1bf; --gongshi-focus: #f5a623;
  margin: .4rem 0 1rem; border: 1px solid var(--gongshi-line); border-left-width: 4px; border-radius: 4px;
  padding: .5rem .75rem; background: #fff; font-size: .92rem; line-height: 1.5; color: #1d2330; }
.gongshi-panel[data-state="blocked"] { border-left-color: var(--gongshi-error); }
.gongshi-panel[data-state="ok"] { border-left-color: var(--gongshi-ok); }
.gongshi-panel[data-state="warn"] { border-left-color: var(--gongshi-warn); }
.gongshi-summary { display: flex; gap: .4rem; align-items: baseline; font-weight: 600; }
.gongshi-summary:focus-visible, .gongshi-finding:focus-visible, .gongshi-panel button:focus-visible {
  outline: 3px solid var(--gongshi-focus); outline-offset: 2px; }
.gongshi-icon { font-weight: 700; }
.gongshi-panel[data-state="blocked"] .gongshi-icon { color: var(--gongshi-error); }
.gongshi-panel[data-state="ok"] .gongshi-icon { color: var(--gongshi-ok); }
.gongshi-panel[data-state="warn"] .gongshi-icon { color: var(--gongshi-warn); }
.gongshi-actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .35rem 0; }
.gongshi-actions:empty { display: none; }
.gongshi-panel button { font: inherit; font-size: .88rem; padding: .15rem .6rem; border-radius: 4px; cursor: pointer;
  border: 1px solid #0b57a4; background: #fff; color: #0b57a4; }
.gongshi-panel button.gongshi-primary { background: #0b57a4; color: #fff; }
.gongshi-findings { list-style: none; margin: .25rem 0 0; padding: 0; max-height: 22rem; overflow: auto; }
.gongshi-finding { padding: .35rem .4rem; border-top: 1px solid var(--gongshi-line);
  content-visibility: auto; contain-intrinsic-size: auto 4.5em; } /* off-screen items cost no layout */
.gongshi-finding[aria-current="true"] { background: #f1f5fb; }
.gongshi-badge { display: inline-block; font-size: .78rem; padding: 0 .35rem; margin-right: .3rem; border-radius: 3px;
  border: 1px solid currentColor; font-weight: 600; }
.gongshi-finding[data-status="blocking"] .gongshi-badge { color: var(--gongshi-error); }
.gongshi-finding[data-status="warning"] .gongshi-badge { color: var(--gongshi-warn); }
.gongshi-finding[data-status="accepted"] .gongshi-badge, .gongshi-finding[data-status="masked"] .gongshi-badge { color: var(--gongshi-muted); }
.gongshi-finding[data-status="accepted"] .gongshi-msg { text-decoration: line-through; color: var(--gongshi-muted); }
.gongshi-cat { color: var(--gongshi-muted); margin-right: .3rem; }
.gongshi-excerpt { background: var(--gongshi-pii); padding: 0 .2rem; border-bottom: 2px solid #c99700; word-break: break-all; }
.gongshi-replacement { background: #eef1f5; padding: 0 .2rem; border-radius: 3px; white-space: nowrap; }
.gongshi-basis, .gongshi-suggestion { display: block; color: var(--gongshi-muted); font-size: .85rem; }
.gongshi-buttons { display: inline-flex; gap: .35rem; margin-left: .35rem; flex-wrap: wrap; }
.gongshi-sr { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

let sheet = null;

/** Adds the default styles once, through a constructed stylesheet (allowed under a strict CSP). */
function installStyles(doc) {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Very old browsers: the panels work unstyled (every state is also written out in text).
  }
}

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

const categoryOf = (f) => (f.code.split('.')[0] || 'other');
const isEditable = (el) => el.isContentEditable || (el.hasAttribute?.('contenteditable') && el.getAttribute('contenteditable') !== 'false');

/** Resolves the fields to check: elements, names of form controls, or CSS selectors. */
function resolveFields(form, spec) {
  if (spec === undefined || spec === null) {
    return [...form.querySelectorAll('textarea, [contenteditable]')].filter(
      (el) => (el instanceof HTMLTextAreaElement ? !el.disabled && !el.readOnly : isEditable(el)),
    );
  }
  const list = typeof spec === 'string' ? spec.split(/[\s,]+/).filter(Boolean) : [...spec];
  const out = [];
  for (const item of list) {
    let el = null;
    if (typeof item === 'string') {
      const named = form.elements.namedItem(item);
      el = named instanceof Element ? named : named?.[0] ?? null;
      if (!el) {
        try {
          el = form.querySelector(item);
        } catch {
          el = null;
        }
      }
      if (!el) throw new TypeError(`guardForm: no field "${item}" in the form`);
    } else if (item instanceof Element) {
      el = item;
    } else {
      throw new TypeError('guardForm: fields must be names, CSS selectors or elements');
    }
    if (!out.includes(el)) out.push(el);
  }
  return out;
}

/** Reads and writes one field, whatever kind it is. */
class Field {
  constructor(el, index, maskTarget) {
    this.el = el;
    this.editable = isEditable(el);
    this.name = el.getAttribute('name') || el.dataset.name || el.id || `field${index + 1}`;
    this.label = fieldLabel(el) || this.name;
    this.report = null; // the last report, for `reportText`
    this.reportText = null;
    this.ms = 0;
    this.inflight = null;
    this.rerun = false;
    this.timer = 0;
    this.undo = null; // { raw, masked } after an in-place masking
    this.maskedCount = 0;
    this.error = null;
    this.hidden = null;
    this.originalName = null;
    // Fields that do not submit themselves (contenteditable), or `maskTarget: 'hidden'`, submit
    // through a hidden input that only ever receives the text that passed the check.
    const submitName = el.getAttribute('name') || el.dataset.name;
    if (submitName && (this.editable || maskTarget === 'hidden')) {
      this.hidden = h('input', { type: 'hidden', name: submitName, 'data-gongshi-hidden': '' });
      if (!this.editable) {
        this.originalName = submitName;
        el.removeAttribute('name'); // the raw field no longer submits
      }
      el.after(this.hidden);
    }
  }
  get text() {
    return this.editable ? this.el.innerText : this.el.value;
  }
  set text(t) {
    if (this.editable) this.el.innerText = t;
    else this.el.value = t;
    // Let frameworks that track the value (React, Vue) see the change.
    this.el.dispatchEvent(new Event('input', { bubbles: true }));
  }
  restore() {
    if (this.originalName !== null) this.el.setAttribute('name', this.originalName);
    this.hidden?.remove();
  }
}

function fieldLabel(el) {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const byId = el.getAttribute('aria-labelledby');
  if (byId) {
    const t = byId.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
    if (t) return t;
  }
  const label = el.labels?.[0]?.textContent?.trim();
  return label || '';
}

function locate(field, finding) {
  const { el } = field;
  const span = finding.span;
  if (!span) {
    el.focus();
    return;
  }
  let { start, end } = span;
  const text = field.text;
  const excerpt = finding.excerpt;
  if (text.slice(start, end) !== excerpt && excerpt) {
    // The text changed since the check: look for the same words nearest to the old place.
    const before = text.lastIndexOf(excerpt, start);
    const after = text.indexOf(excerpt, start);
    const pick = before < 0 ? after : after < 0 ? before : start - before <= after - start ? before : after;
    if (pick < 0) {
      el.focus();
      return;
    }
    start = pick;
    end = pick + excerpt.length;
  }
  if (!field.editable) {
    // Selecting before focusing makes Chromium and Firefox scroll the selection into view.
    el.blur();
    el.setSelectionRange(start, end);
    el.focus();
    return;
  }
  const range = rangeInEditable(el, excerpt, start, text.length);
  el.focus();
  if (range) {
    const sel = el.ownerDocument.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }
}

/** A Range over the occurrence of `excerpt` nearest to the relative position of `start`. */
function rangeInEditable(el, excerpt, start, total) {
  if (!excerpt) return null;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let all = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push([n, all.length]);
    all += n.data;
  }
  const target = total > 0 ? Math.round((start / total) * all.length) : 0;
  let best = -1;
  for (let i = all.indexOf(excerpt); i >= 0; i = all.indexOf(excerpt, i + 1)) {
    if (best < 0 || Math.abs(i - target) < Math.abs(best - target)) best = i;
  }
  if (best < 0) return null;
  const at = (off) => {
    let k = nodes.length - 1;
    while (k > 0 && nodes[k][1] > off) k--;
    return [nodes[k][0], off - nodes[k][1]];
  };
  const range = el.ownerDocument.createRange();
  range.setStart(...at(best));
  range.setEnd(...at(best + excerpt.length));
  return range;
}

/**
 * Attaches the guard to `form`. See `GuardOptions` in the type declarations.
 * @returns {import('./index.js').GuardController}
 */
export function guardForm(form, options = {}) {
  if (typeof HTMLFormElement === 'undefined') throw new TypeError('guardForm needs a DOM (a browser, or jsdom)');
  if (!(form instanceof HTMLFormElement)) throw new TypeError('guardForm: the first argument must be a <form> element');
  if (form.__gongshiGuard) throw new Error('guardForm: this form is already guarded; call destroy() first');
  const lang = options.lang === 'en' ? 'en' : 'zh-CN';
  const t = UI[lang];
  const maskTarget = options.maskTarget === 'hidden' ? 'hidden' : 'field';
  const autoMask = options.autoMask === true;
  const allowAccept = options.allowAccept ?? ['pii', 'element', 'reasoning', 'publication'];
  const debounce = Number.isFinite(options.debounce) ? Math.max(0, options.debounce) : 400;
  const live = options.live !== false;
  const ui = options.ui !== false;
  const maxItems = Number.isFinite(options.maxItems) ? Math.max(1, options.maxItems) : 100;
  const checkOptions = { ...(options.checkOptions ?? {}), lang };
  if (options.docType !== undefined) checkOptions.docType = options.docType;
  if (options.blockOn !== undefined) checkOptions.blockOn = [...options.blockOn];
  if (options.policy !== undefined) checkOptions.policy = options.policy;

  let engineHandle;
  if (options.engine) engineHandle = { engine: options.engine, release() {} };
  else if (options.worker !== undefined || options.workerUrl || options.wasm) {
    const own = createEngine({ worker: options.worker ?? 'auto', workerUrl: options.workerUrl, wasm: options.wasm });
    engineHandle = { engine: own, release: () => own.destroy() };
  } else engineHandle = acquireSharedEngine();
  const engine = engineHandle.engine;

  const fields = resolveFields(form, options.fields).map((el, i) => new Field(el, i, maskTarget));
  if (fields.length === 0) throw new TypeError('guardForm: the form has no field to check (textarea, contenteditable or options.fields)');
  const accepted = new Map(); // key → AcceptedFinding
  let acceptVersion = 0; // bumped on every accept/unaccept, so classifications are recomputed
  let engineError = null;
  let destroyed = false;
  let submitting = false;
  let passing = false;
  let lastReport = null;
  let lastAnnounced = '';
  const expanded = new Set();

  if (ui && options.styles !== false) installStyles(form.ownerDocument);
  const liveRegion = ui ? h('div', { class: 'gongshi-sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }) : null;
  const alertRegion = ui ? h('div', { class: 'gongshi-sr', role: 'alert', 'aria-atomic': 'true' }) : null;
  if (ui) form.append(liveRegion, alertRegion);

  for (const f of fields) {
    if (!ui) continue;
    const container = typeof options.container === 'function' ? options.container(f.el) : options.container;
    f.panel = h('section', { class: 'gongshi-panel', 'data-state': 'loading', 'data-field': f.name, 'aria-label': t.panel(f.label) });
    f.summary = h('div', { class: 'gongshi-summary', tabindex: '-1' });
    f.actions = h('div', { class: 'gongshi-actions' });
    f.list = h('ul', { class: 'gongshi-findings', 'aria-label': t.list });
    f.panel.append(f.summary, f.actions, f.list);
    f.list.addEventListener('keydown', (e) => onListKey(f, e));
    if (container) container.append(f.panel);
    else (f.hidden ?? f.el).after(f.panel);
    setSummary(f, 'loading', '…', t.loading);
  }

  const keyOf = (field, f, text) => `${field.name}\u0001${f.code}\u0001${f.span ? text.slice(f.span.start, f.span.end) : ''}`;

  /** Classifies every finding of a field's report for display and blocking. */
  function classify(field) {
    const r = field.report;
    if (!r) return [];
    const memo = field.rows;
    if (memo && memo.report === r && memo.version === acceptVersion && memo.maskAccepted === field.maskAccepted) return memo.rows;
    const rows = classifyNow(field, r);
    field.rows = { report: r, version: acceptVersion, maskAccepted: field.maskAccepted, rows };
    return rows;
  }

  function classifyNow(field, r) {
    const text = field.reportText;
    const rows = [];
    const seen = new Set();
    const blockingCodes = new Set();
    const push = (f, blocking) => {
      const key = keyOf(field, f, text);
      const id = `${key}\u0001${f.span?.start ?? -1}`;
      if (seen.has(id)) return;
      seen.add(id);
      const category = categoryOf(f);
      const excerpt = f.span ? text.slice(f.span.start, f.span.end) : '';
      let status = blocking ? 'blocking' : 'warning';
      if (accepted.has(key)) status = 'accepted';
      else if (category === 'pii' && (autoMask || (maskTarget === 'hidden' && field.maskAccepted))) status = 'masked';
      rows.push({ ...f, key, category, excerpt, status, field: field.name });
    };
    for (const f of r.blocking) {
      blockingCodes.add(f.code);
      push(f, true);
    }
    // Masking findings outside `blockOn` are still shown (they will not block).
    for (const f of r.redacted.findings) push(f, false);
    for (const f of r.warnings) push(f, false);
    return rows;
  }

  function partsOf(rows) {
    const blocking = rows.filter((r) => r.status === 'blocking');
    const n = (c) => blocking.filter((r) => r.category === c).length;
    const other = blocking.length - n('pii') - n('element');
    const parts = [];
    if (n('pii')) parts.push(t.partPii(n('pii')));
    if (n('element')) parts.push(t.partElement(n('element')));
    if (other) parts.push(t.partOther(other));
    return parts;
  }

  function setSummary(field, state, icon, text) {
    if (!ui) return;
    field.panel.dataset.state = state;
    field.summary.replaceChildren(h('span', { class: 'gongshi-icon', 'aria-hidden': 'true', text: icon }), h('span', { text }));
  }

  function render(field) {
    if (!ui || destroyed) return;
    if (field.error) {
      setSummary(field, 'blocked', '✕', field.error);
      field.actions.replaceChildren();
      field.list.replaceChildren();
      return;
    }
    if (!field.report) return;
    const rows = classify(field);
    const parts = partsOf(rows);
    const pii = rows.filter((r) => r.category === 'pii' && r.status === 'blocking');
    const willMask = rows.filter((r) => r.status === 'masked').length;
    const warnings = rows.filter((r) => r.status === 'warning').length;
    const extra = [];
    if (field.maskedCount) extra.push(t.masked(field.maskedCount));
    if (willMask) extra.push(t.willMask(willMask));
    const acceptedHere = rows.filter((r) => r.status === 'accepted').length;
    if (acceptedHere) extra.push(t.accepted(acceptedHere));
    const tail = extra.length ? ` ${extra.join(lang === 'en' ? '; ' : '；')}${lang === 'en' ? '.' : '。'}` : '';
    if (field.reportText === '') setSummary(field, 'ok', '○', t.empty);
    else if (parts.length) setSummary(field, 'blocked', '✕', t.blocked(parts) + tail);
    else setSummary(field, warnings ? 'warn' : 'ok', warnings ? '!' : '✓', (warnings ? t.okWarnings(warnings) : t.ok) + tail);

    const actions = [];
    const maskable = rows.filter((r) => r.category === 'pii' && (r.status === 'blocking' || r.status === 'warning'));
    if (maskable.length && !(maskTarget === 'hidden' && field.maskAccepted)) {
      actions.push(h('button', { type: 'button', class: 'gongshi-mask gongshi-primary', text: t.mask(maskable.length), onclick: () => controller.acceptMasking(field.name) }));
    }
    if (field.undo) {
      actions.push(h('button', { type: 'button', class: 'gongshi-undo', text: t.undo, onclick: () => undoMasking(field) }));
    }
    field.actions.replaceChildren(...actions);

    // Keyed update: items whose finding did not change are kept as they are (with the keyboard
    // focus in them), so a live check that adds one finding costs one new item.
    // Blocking first; within a status, personal data first (the one thing that must never
    // leave the page), then missing elements, reasoning, publication; then by position.
    const order = { blocking: 0, warning: 1, masked: 2, accepted: 3 };
    const rank = { pii: 0, element: 1, reasoning: 2, publication: 3, other: 4 };
    const sorted = [...rows].sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        (rank[a.category] ?? 4) - (rank[b.category] ?? 4) ||
        (a.span?.start ?? -1) - (b.span?.start ?? -1),
    );
    const limit = expanded.has(field.name) ? sorted.length : maxItems;
    const hadFocus = field.list.contains(document.activeElement);
    const focusRid = hadFocus ? document.activeElement.closest('li')?.dataset.rid : undefined;
    const focusAction = hadFocus ? document.activeElement.dataset?.action : undefined;
    const previous = new Map();
    for (const li of field.list.querySelectorAll(':scope > li.gongshi-finding')) previous.set(li.dataset.rid, li);
    const occurrences = new Map();
    const wanted = [];
    for (const r of sorted.slice(0, limit)) {
      const n = occurrences.get(r.key) ?? 0;
      occurrences.set(r.key, n + 1);
      const rid = `${r.key}\u0003${n}`;
      const sig = `${r.status}\u0001${r.message}\u0001${r.basis}\u0001${r.suggestion}`;
      let li = previous.get(rid);
      if (li && li.__sig === sig) previous.delete(rid);
      else {
        li = findingItem(field, r);
        li.dataset.rid = rid;
        li.__sig = sig;
      }
      li.__finding = r;
      wanted.push(li);
    }
    for (const li of previous.values()) li.remove();
    field.list.querySelector(':scope > li.gongshi-more-item')?.remove();
    let cursor = field.list.firstChild;
    for (const li of wanted) {
      if (li === cursor) cursor = cursor.nextSibling;
      else field.list.insertBefore(li, cursor);
    }
    if (sorted.length > limit) {
      field.list.append(h('li', { class: 'gongshi-more-item' }, h('button', { type: 'button', class: 'gongshi-more', text: t.more(sorted.length - limit), onclick: () => {
        expanded.add(field.name);
        render(field);
      } })));
    }
    const current = wanted.find((li) => li.getAttribute('aria-current') === 'true') ?? wanted[0];
    if (current && current.getAttribute('aria-current') !== 'true') setCurrent(field, current, false);
    // The focused item was rebuilt (its finding changed, e.g. it was accepted) or went away:
    // keep the keyboard user on the same finding, or at least in the list.
    if (hadFocus && !field.list.contains(document.activeElement)) {
      const same = wanted.find((li) => li.dataset.rid === focusRid) ?? current;
      if (same) {
        setCurrent(field, same, false);
        (same.querySelector(`[data-action="${focusAction}"]`) ?? same).focus();
      }
    }
  }

  function findingItem(field, r) {
    const li = h('li', {
      class: 'gongshi-finding',
      tabindex: '-1',
      'data-key': r.key,
      'data-code': r.code,
      'data-category': r.category,
      'data-status': r.status,
      'data-severity': r.severity,
    });
    const badge = r.status === 'blocking' ? t.severity.error : r.status === 'warning' ? t.severity[r.severity] ?? t.severity.warning : t.state[r.status];
    li.append(h('span', { class: 'gongshi-badge', text: badge }), h('span', { class: 'gongshi-cat', text: `[${t.category[r.category] ?? t.category.other}]` }), h('span', { class: 'gongshi-msg', text: r.message }));
    if (r.excerpt) {
      li.append(' ', h('q', { class: 'gongshi-excerpt', text: r.excerpt.length > 60 ? `${r.excerpt.slice(0, 60)}…` : r.excerpt }));
      if (r.pii?.replacement !== undefined) li.append(` ${t.replacement} `, h('code', { class: 'gongshi-replacement', text: r.pii.replacement }));
    }
    const buttons = h('span', { class: 'gongshi-buttons' });
    if (r.span) buttons.append(h('button', { type: 'button', tabindex: '-1', 'data-action': 'locate', text: t.locate, onclick: () => locate(field, r) }));
    if (r.status === 'accepted') {
      buttons.append(h('button', { type: 'button', tabindex: '-1', 'data-action': 'unaccept', text: t.unaccept, onclick: () => controller.unaccept(r.key) }));
    } else if (r.status === 'blocking' && allowAccept.includes(r.category)) {
      buttons.append(h('button', { type: 'button', tabindex: '-1', 'data-action': 'accept', text: r.category === 'pii' ? t.acceptPii : t.acceptOther, onclick: () => controller.accept(r.key) }));
    }
    li.append(buttons);
    for (const b of buttons.querySelectorAll('button')) b.setAttribute('tabindex', '-1');
    if (r.basis) li.append(h('span', { class: 'gongshi-basis', text: t.basis + r.basis }));
    if (r.suggestion) li.append(h('span', { class: 'gongshi-suggestion', text: t.suggestion + r.suggestion }));
    li.__finding = r;
    return li;
  }

  /** Roving focus: one finding is in the tab order, with its buttons. */
  function setCurrent(field, li, focus) {
    for (const other of field.list.querySelectorAll('li.gongshi-finding[aria-current]')) {
      other.setAttribute('tabindex', '-1');
      other.removeAttribute('aria-current');
      for (const b of other.querySelectorAll('button')) b.setAttribute('tabindex', '-1');
    }
    li.setAttribute('tabindex', '0');
    li.setAttribute('aria-current', 'true');
    for (const b of li.querySelectorAll('button')) b.setAttribute('tabindex', '0');
    if (focus) li.focus();
  }

  function onListKey(field, e) {
    const li = e.target.closest?.('li.gongshi-finding');
    if (!li) return;
    const lis = [...field.list.querySelectorAll('li.gongshi-finding')];
    const i = lis.indexOf(li);
    let next = null;
    if (e.key === 'ArrowDown') next = lis[i + 1];
    else if (e.key === 'ArrowUp') next = lis[i - 1];
    else if (e.key === 'Home') next = lis[0];
    else if (e.key === 'End') next = lis[lis.length - 1];
    else if ((e.key === 'Enter' || e.key === ' ') && e.target === li) {
      e.preventDefault();
      if (li.__finding.span) locate(field, li.__finding);
      return;
    } else return;
    e.preventDefault();
    if (next) setCurrent(field, next, true);
  }

  function announce(text, assertive = false) {
    if (!ui) return;
    if (assertive) {
      // Re-set the text so the same message is announced again on a second blocked submit.
      alertRegion.textContent = '';
      setTimeout(() => {
        alertRegion.textContent = text;
      }, 50);
    } else if (text !== lastAnnounced) {
      lastAnnounced = text;
      liveRegion.textContent = text;
    }
  }

  /** Checks one field's current text (reusing the last result when the text is unchanged). */
  async function checkField(field) {
    const text = field.text;
    if (field.report && field.reportText === text) return field.report;
    if (field.inflight) {
      await field.inflight.catch(() => {});
      return checkField(field);
    }
    field.inflight = (async () => {
      try {
        const { report, ms } = await engine.check(text, checkOptions);
        field.report = report;
        field.reportText = text;
        field.ms = ms;
        field.error = null;
        return report;
      } catch (e) {
        if (e?.code === 'input_too_large' || e?.code === 'invalid_input' || e?.code === 'invalid_options') field.error = t.checkError(e.message);
        else {
          engineError = e;
          field.error = t.engineError;
        }
        throw e;
      } finally {
        field.inflight = null;
      }
    })();
    return field.inflight;
  }

  async function liveCheck(field) {
    if (destroyed) return;
    if (field.inflight) {
      field.rerun = true;
      return;
    }
    try {
      await checkField(field);
    } catch (e) {
      options.onError?.(e);
    }
    if (destroyed) return;
    render(field);
    // `data-stale` marks a panel whose findings are for an older version of the text.
    if (ui && field.reportText === field.text) delete field.panel.dataset.stale;
    const report = buildReport(false);
    announce(summaryText(report));
    emit(report);
    if (field.rerun) {
      field.rerun = false;
      liveCheck(field);
    }
  }

  function emit(report) {
    lastReport = report;
    options.onReport?.(report);
  }

  function summaryText(report) {
    if (engineError) return t.engineError;
    const parts = partsOf(report.findings);
    if (parts.length) return t.blocked(parts);
    return report.findings.some((r) => r.status === 'warning') ? t.okWarnings(report.findings.filter((r) => r.status === 'warning').length) : t.ok;
  }

  function buildReport(final) {
    const rows = fields.flatMap((f) => classify(f));
    const blocking = rows.filter((r) => r.status === 'blocking');
    return {
      ok: engineError === null && fields.every((f) => f.report && !f.error) && blocking.length === 0,
      final,
      engine: engine.mode ?? 'main',
      blocking,
      findings: rows,
      accepted: [...accepted.values()],
      fields: fields.map((f) => ({
        name: f.name,
        report: f.report,
        masked: f.maskedCount > 0 || (maskTarget === 'hidden' && f.maskAccepted === true),
        maskedCount: f.maskedCount,
        ms: f.ms,
        error: f.error,
      })),
    };
  }

  function onInput(e) {
    const field = fields.find((f) => f.el === e.currentTarget);
    if (!field || field.writing) return;
    if (field.undo && field.text !== field.undo.masked) field.undo = null; // edited after masking
    if (!live) return;
    clearTimeout(field.timer);
    if (ui && field.panel.dataset.state !== 'loading') field.panel.dataset.stale = 'true';
    field.timer = setTimeout(() => liveCheck(field), debounce);
  }

  /** Masks a field in place (or prepares its hidden copy); keeps what the officer accepted. */
  function maskField(field) {
    if (!field.report) return 0;
    const text = field.reportText;
    const toMask = field.report.redacted.findings.filter((f) => f.span && !accepted.has(keyOf(field, f, text)));
    if (maskTarget === 'hidden') {
      field.maskAccepted = true;
      return toMask.length;
    }
    if (toMask.length === 0) return 0;
    const masked = applyMasks(text, toMask);
    field.writing = true;
    try {
      field.text = masked;
    } finally {
      field.writing = false;
    }
    field.undo = { raw: text, masked };
    field.maskedCount += toMask.length;
    return toMask.length;
  }

  function undoMasking(field) {
    if (!field.undo || field.text !== field.undo.masked) return;
    field.writing = true;
    try {
      field.text = field.undo.raw;
    } finally {
      field.writing = false;
    }
    field.undo = null;
    field.maskedCount = 0;
    liveCheck(field);
  }

  /** The text each field will submit, checked; masks first when that is what the officer chose. */
  async function finalCheck() {
    for (const f of fields) clearTimeout(f.timer);
    await Promise.all(fields.map((f) => checkField(f).catch(() => null)));
    if (autoMask) {
      let changed = false;
      for (const f of fields) if (f.report && maskField(f) > 0 && maskTarget === 'field') changed = true;
      if (changed) await Promise.all(fields.map((f) => checkField(f).catch(() => null)));
    }
    // What leaves the page: the field text, or for hidden targets the masked text.
    const outgoing = new Map();
    for (const f of fields) {
      if (!f.report) continue;
      if (maskTarget === 'hidden' && (f.maskAccepted || autoMask)) {
        const text = f.reportText;
        const toMask = f.report.redacted.findings.filter((x) => x.span && !accepted.has(keyOf(f, x, text)));
        outgoing.set(f, applyMasks(text, toMask));
      } else {
        outgoing.set(f, f.reportText);
      }
    }
    return outgoing;
  }

  async function submitFlow(submitter) {
    if (submitting || destroyed) return false;
    submitting = true;
    try {
      for (const f of fields) if (ui) setSummary(f, 'loading', '…', t.checking);
      const outgoing = await finalCheck();
      for (const f of fields) render(f);
      const report = buildReport(true);
      emit(report);
      if (!report.ok) {
        const parts = partsOf(report.findings);
        announce(engineError || fields.some((f) => f.error) ? fields.find((f) => f.error)?.error ?? t.engineError : t.blockedAlert(parts), true);
        const first = fields.find((f) => f.error || classify(f).some((r) => r.status === 'blocking')) ?? fields[0];
        if (ui) first.summary.focus();
        return false;
      }
      const go = await options.onBeforeSubmit?.(report);
      if (go === false) {
        announce(t.cancelled, true);
        return false;
      }
      for (const f of fields) if (f.hidden) f.hidden.value = outgoing.get(f) ?? '';
      if (options.reportField) writeReportField(report);
      announce(t.submitting);
      // Leave the task of the original submit event: while it is being dispatched the browser
      // ignores requestSubmit (the form is still "firing submission events").
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (destroyed) return false;
      passing = true;
      try {
        if (typeof form.requestSubmit === 'function') {
          form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
        } else {
          HTMLFormElement.prototype.submit.call(form);
        }
      } finally {
        passing = false;
      }
      return true;
    } finally {
      submitting = false;
    }
  }

  /** An audit summary for the back office: codes and decisions, no personal data. */
  function writeReportField(report) {
    let input = form.querySelector(`input[type="hidden"][data-gongshi-report]`);
    if (!input) {
      input = h('input', { type: 'hidden', name: options.reportField, 'data-gongshi-report': '' });
      form.append(input);
    }
    input.value = JSON.stringify({
      gongshi: 1,
      checkedAt: new Date().toISOString(),
      fields: report.fields.map((f) => ({
        name: f.name,
        docType: f.report?.validation?.docType ?? null,
        masked: f.maskedCount,
        missing: f.report?.validation?.missing ?? [],
        warnings: (f.report?.warnings ?? []).map((w) => w.code),
      })),
      accepted: report.accepted.map((a) => ({ field: a.field, code: a.code, reason: a.reason, at: a.at })),
    });
  }

  function onSubmit(e) {
    if (passing) return; // our own requestSubmit after the checks passed
    e.preventDefault();
    e.stopImmediatePropagation();
    submitFlow(e.submitter ?? null);
  }

  form.addEventListener('submit', onSubmit, { capture: true });
  for (const f of fields) f.el.addEventListener('input', onInput);
  // `form.submit()` bypasses submit events; route it through the guard as well where the
  // browser lets us (form elements refuse own properties in some engines).
  let submitPatched = false;
  try {
    Object.defineProperty(form, 'submit', { configurable: true, writable: true, value: () => void submitFlow(null) });
    submitPatched = true;
  } catch {
    // Then `form.submit()` stays unguarded: integrators call `controller.submit()` instead.
  }

  const controller = {
    /** The form being guarded. */
    form,
    /** Resolves when the engine is loaded and a first check of every field is shown. */
    ready: engine
      .ready()
      .catch((e) => {
        engineError = e;
        for (const f of fields) {
          f.error = t.engineError;
          render(f);
        }
        options.onError?.(e);
      })
      .then(() => (engineError ? undefined : Promise.all(fields.map((f) => liveCheck(f))).then(() => undefined))),
    /** The latest report, or `null` before the first check. */
    get report() {
      return lastReport;
    },
    /** `'worker'` or `'main'` (where the checks run), `null` while loading. */
    get engine() {
      return engine.mode;
    },
    /** Checks every field now (as on submit, without submitting). */
    async check() {
      await Promise.all(fields.map((f) => checkField(f).catch(() => null)));
      for (const f of fields) render(f);
      return buildReport(true);
    },
    /** Masks the personal data of every field (or the named one), keeping accepted findings. */
    async acceptMasking(name) {
      const targets = name ? fields.filter((f) => f.name === name) : fields;
      await Promise.all(targets.map((f) => checkField(f).catch(() => null)));
      let n = 0;
      for (const f of targets) n += maskField(f);
      await Promise.all(targets.map((f) => liveCheck(f)));
      announce(t.masked(n));
      if (ui) targets[0]?.summary.focus();
      return buildReport(false);
    },
    /** Records a finding as accepted (`key` from a report's `findings`, or the finding itself). */
    accept(keyOrFinding, reason) {
      const row = findRow(keyOrFinding);
      if (!row) return false;
      accepted.set(row.key, {
        key: row.key,
        field: row.field,
        code: row.code,
        category: row.category,
        text: row.excerpt,
        reason: reason ?? (row.category === 'pii' ? 'public' : 'reviewed'),
        label: row.category === 'pii' ? t.acceptPii : t.acceptOther,
        at: new Date().toISOString(),
      });
      acceptVersion += 1;
      refresh();
      return true;
    },
    /** Withdraws an acceptance. */
    unaccept(keyOrFinding) {
      const key = typeof keyOrFinding === 'string' ? keyOrFinding : keyOrFinding?.key;
      const had = accepted.delete(key);
      acceptVersion += 1;
      refresh();
      return had;
    },
    /** Runs the guard as if the officer pressed submit; resolves `true` when the form was submitted. */
    submit: (submitter) => submitFlow(submitter ?? null),
    /** Detaches the guard and removes everything it added. */
    destroy() {
      if (destroyed) return;
      destroyed = true;
      form.removeEventListener('submit', onSubmit, { capture: true });
      for (const f of fields) {
        clearTimeout(f.timer);
        f.el.removeEventListener('input', onInput);
        f.panel?.remove();
        f.restore();
      }
      liveRegion?.remove();
      alertRegion?.remove();
      form.querySelector('input[data-gongshi-report]')?.remove();
      if (submitPatched) delete form.submit;
      delete form.__gongshiGuard;
      engineHandle.release();
    },
  };

  function findRow(keyOrFinding) {
    const key = typeof keyOrFinding === 'string' ? keyOrFinding : keyOrFinding?.key;
    for (const f of fields) {
      const row = classify(f).find((r) => (key !== undefined ? r.key === key : r.code === keyOrFinding?.code && r.span?.start === keyOrFinding?.span?.start));
      if (row) return row;
    }
    return null;
  }

  function refresh() {
    for (const f of fields) render(f);
    const report = buildReport(false);
    announce(summaryText(report));
    emit(report);
  }

  Object.defineProperty(form, '__gongshiGuard', { configurable: true, value: controller });
  return controller;
}

/**
 * Defines the `<gongshi-guard>` custom element (or another name): wrap a `<form>` in it and set
 * options as attributes: `fields`, `lang`, `doc-type`, `block-on`, `auto-mask`, `mask-target`,
 * `debounce`, `report-field`. It fires `gongshi-report` and a cancelable `gongshi-beforesubmit`.
 */
export function defineGuardElement(name = 'gongshi-guard') {
  if (typeof customElements === 'undefined') throw new TypeError('defineGuardElement needs a browser');
  const existing = customElements.get(name);
  if (existing) return existing;
  class GongshiGuardElement extends HTMLElement {
    connectedCallback() {
      if (this.controller) return;
      const start = () => {
        if (this.controller || !this.isConnected) return;
        const form = this.querySelector('form') ?? this.closest('form');
        if (!form) return;
        const attr = (n) => this.getAttribute(n);
        const opts = {
          lang: attr('lang') ?? undefined,
          fields: attr('fields') ?? undefined,
          docType: attr('doc-type') ?? undefined,
          autoMask: this.hasAttribute('auto-mask'),
          maskTarget: attr('mask-target') ?? undefined,
          reportField: attr('report-field') ?? undefined,
          debounce: attr('debounce') === null ? undefined : Number(attr('debounce')),
          onReport: (report) => this.dispatchEvent(new CustomEvent('gongshi-report', { detail: report, bubbles: true })),
          onBeforeSubmit: (report) =>
            this.dispatchEvent(new CustomEvent('gongshi-beforesubmit', { detail: report, bubbles: true, cancelable: true })),
        };
        if (this.hasAttribute('block-on')) opts.blockOn = attr('block-on').split(/[\s,]+/).filter(Boolean);
        this.controller = guardForm(form, opts);
      };
      if (this.ownerDocument.readyState === 'loading') this.ownerDocument.addEventListener('DOMContentLoaded', start, { once: true });
      else start();
    }
    disconnectedCallback() {
      this.controller?.destroy();
      this.controller = null;
    }
  }
  customElements.define(name, GongshiGuardElement);
  return GongshiGuardElement;
}

// The form-integration example: one call to guardForm() guards an existing form. Options can
// be tried from the address bar: ?autoMask=1, ?maskTarget=hidden, ?worker=0, ?blockOn=pii,
// ?lang=en, ?docType=penalty_decision_org.
import { guardForm } from '/pkg/index.js';

const params = new URLSearchParams(location.search);
const options = {
  fields: ['decision_text'],
  reportField: 'gongshi_report',
  autoMask: params.get('autoMask') === '1',
  // Counts finished checks (live and on submit), for the curious and for the tests.
  onReport: () => {
    document.body.dataset.checks = String(Number(document.body.dataset.checks ?? 0) + 1);
  },
};
if (params.has('maskTarget')) options.maskTarget = params.get('maskTarget');
if (params.has('worker')) options.worker = params.get('worker') !== '0';
if (params.has('blockOn')) options.blockOn = params.get('blockOn').split(',').filter(Boolean);
if (params.has('lang')) options.lang = params.get('lang');
if (params.has('docType')) options.docType = params.get('docType');
if (params.has('debounce')) options.debounce = Number(params.get('debounce'));

const form = document.getElementById('publish-form');
const guard = guardForm(form, options);
window.gongshiGuard = guard; // for the browser console (and the tests)

document.getElementById('load-sample').addEventListener('click', async () => {
  const text = await (await fetch('samples/penalty-decision.txt')).text();
  const area = document.getElementById('decision_text');
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
});

guard.ready.then(() => {
  document.getElementById('engine-mode').textContent =
    guard.engine === 'worker' ? '检查在后台线程（Web Worker）中运行。' : '检查在页面主线程中运行（此环境无法使用 Web Worker）。';
  document.body.dataset.ready = 'true';
});

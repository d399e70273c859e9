// What an integrator writes: import from the package by name and guard the form.
import { guardForm } from 'gongshi';

const guard = guardForm(document.getElementById('f'), { fields: ['body'] });
window.gongshiGuard = guard;
guard.ready.then(() => {
  document.body.dataset.ready = 'true';
});

// One line at the top of the page for progress, errors and confirmations.
import { $, h, replace } from './dom.js';

/** status(message, 'info'|'ok'|'error', problems?); status(null) hides it. */
export function status(message, level = 'info', problems = []) {
  const el = $('#status');
  if (message == null) {
    el.hidden = true;
    return;
  }
  el.className = level;
  replace(el, message, problems?.length
    ? h('ul', null, problems.map(p => h('li', null, typeof p === 'string' ? p : p.message ?? JSON.stringify(p))))
    : null);
  el.hidden = false;
}

// Incidex's page: a router over the views; each view lives in its own module under js/.
import { token } from './js/api.js';
import { $, $$ } from './js/dom.js';
import { initExtract } from './js/extract.js';
import { initBrowse, showBrowse } from './js/browse.js';
import { showIncident } from './js/incident.js';
import { showGraph } from './js/graph.js';
import { hideEvidence } from './js/evidence.js';
import { status } from './js/status.js';

const SECTIONS = { extract: 'extract', incidents: 'browse', timeline: 'browse', map: 'browse', actors: 'actors', incident: 'incident', downloads: 'downloads' };

function parse(hash) {
  const [path, q = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, ...rest] = path.split('/');
  return { view: SECTIONS[view] ? view : 'extract', arg: rest.length ? decodeURIComponent(rest.join('/')) : null, params: Object.fromEntries(new URLSearchParams(q)) };
}

async function route() {
  const { view, arg, params } = parse(location.hash);
  const section = SECTIONS[view];
  delete document.body.dataset.ready;
  hideEvidence();
  for (const s of $$('.view')) s.hidden = s.id !== `view-${section}`;
  for (const a of $$('#tabs a')) a.classList.toggle('active', a.dataset.view === view);
  // Keep the filters when moving between the table, the timeline and the map.
  const q = location.hash.includes('?') && section === 'browse' ? location.hash.slice(location.hash.indexOf('?')) : '';
  for (const v of ['incidents', 'timeline', 'map']) $(`#tabs a[data-view=${v}]`).setAttribute('href', `#/${v}${q}`);
  if (section !== 'extract') status(null);
  document.body.dataset.view = view;
  if (section === 'browse') await showBrowse(view, params);
  else if (view === 'incident') await showIncident(arg);
  else if (view === 'actors') await showGraph();
  document.body.dataset.ready = view;
}

const tokenInput = $('#token');
tokenInput.value = token.get();
tokenInput.addEventListener('change', () => token.set(tokenInput.value.trim()));
$('#token-form').addEventListener('submit', e => {
  e.preventDefault();
  token.set(tokenInput.value.trim());
});
$('#evidence-close').addEventListener('click', hideEvidence);
document.addEventListener('keydown', e => (e.key === 'Escape' ? hideEvidence() : null));
initExtract();
initBrowse();
window.addEventListener('hashchange', () => route().catch(e => status(e.message, 'error')));
route().catch(e => status(e.message, 'error'));

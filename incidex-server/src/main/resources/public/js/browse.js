// Views 2 and 3: the stored incidents as a table, a timeline and a map, under one set of filters
// kept in the address (#/incidents?country=AF&sort=-date), so a filtered view can be linked.
import { allIncidents, api } from './api.js';
import { $, $$, h, incidentHref, replace } from './dom.js';
import { TYPES, formatCount, formatDate, incidentTitle, words } from './model.js';
import { status } from './status.js';
import { showTimeline } from './timeline.js';
import { showMap } from './map.js';

export const FILTERS = ['actor', 'country', 'type', 'kind', 'since', 'until', 'q'];
const PAGE = 25;

function go(view, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  location.hash = `#/${view}${s ? `?${s}` : ''}`;
}

function formFilters() {
  const form = $('#filters');
  return Object.fromEntries(FILTERS.map(k => [k, form.elements[k].value.trim()]));
}

let current = { view: 'incidents', params: {} };

export function initBrowse() {
  const types = $('#filters select[name=type]');
  for (const [kind, list] of Object.entries(TYPES)) {
    types.append(h('optgroup', { label: words(kind) }, list.map(t => h('option', { value: t }, words(t)))));
  }
  $('#filters').addEventListener('submit', e => {
    e.preventDefault();
    go(current.view, { ...formFilters(), sort: current.params.sort });
  });
  $('#filters').addEventListener('reset', () => setTimeout(() => go(current.view, {}), 0));
  $('#filters select[name=kind]').addEventListener('change', () => $('#filters').requestSubmit());
  $('#filters select[name=type]').addEventListener('change', () => $('#filters').requestSubmit());
  for (const th of $$('#incident-table th[data-sort]')) {
    th.addEventListener('click', () => {
      const key = th.dataset.sort;
      const sort = current.params.sort === `-${key}` ? key : `-${key}`;
      go('incidents', { ...current.params, sort, offset: 0 });
    });
  }
  $('#prev').addEventListener('click', () => go('incidents', { ...current.params, offset: Math.max(0, (+current.params.offset || 0) - PAGE) }));
  $('#next').addEventListener('click', () => go('incidents', { ...current.params, offset: (+current.params.offset || 0) + PAGE }));
  api.actors().then(r => replace($('#actor-names'), (r.items ?? []).flatMap(a => [a.name, ...(a.aliases ?? [])])
    .map(n => h('option', { value: n })))).catch(() => {});
}

/** Shows view 'incidents' | 'timeline' | 'map' with the filters of the address. */
export async function showBrowse(view, params) {
  current = { view, params };
  const form = $('#filters');
  for (const k of FILTERS) form.elements[k].value = params[k] ?? '';
  for (const pane of ['incidents', 'timeline', 'map']) $(`#browse-${pane}`).hidden = pane !== view;
  const filters = Object.fromEntries(FILTERS.map(k => [k, params[k]]));
  try {
    if (view === 'incidents') await showTable(filters, params);
    else {
      const { items, total } = await allIncidents({ ...filters, sort: 'date' });
      if (view === 'timeline') showTimeline(items, total);
      else await showMap(items, total);
    }
  } catch (e) {
    status(e.message, 'error', e.problems);
  }
}

async function showTable(filters, params) {
  const offset = Math.max(0, +params.offset || 0);
  const sort = params.sort || '-date';
  const page = await api.incidents({ ...filters, sort, limit: PAGE, offset });
  for (const th of $$('#incident-table th[data-sort]')) {
    th.classList.toggle('asc', sort === th.dataset.sort);
    th.classList.toggle('desc', sort === `-${th.dataset.sort}`);
  }
  const rows = page.items.map(i => {
    const row = h('tr', { dataset: { id: i.id }, tabindex: '0', title: incidentTitle(i) },
      h('td', { class: 'nowrap' }, formatDate(i.date)),
      h('td', null, words(i.kind)),
      h('td', null, words(i.type)),
      h('td', null, i.location?.place ?? ''),
      h('td', null, i.location?.country ?? ''),
      h('td', null, (i.perpetrators ?? []).join('; ')),
      h('td', { class: 'num' }, formatCount(i.killed) ?? ''),
      h('td', { class: 'num' }, formatCount(i.wounded) ?? ''));
    const open = () => (location.hash = incidentHref(i.id));
    row.addEventListener('click', open);
    row.addEventListener('keydown', e => (e.key === 'Enter' ? open() : null));
    return row;
  });
  replace($('#incident-table tbody'), rows.length ? rows
    : h('tr', null, h('td', { colspan: '8', class: 'muted' }, 'No stored incident matches. Save a document on the Extract page, or clear the filters.')));
  const last = offset + page.items.length;
  $('#page-info').textContent = page.total ? `${offset + 1}–${last} of ${page.total}` : '0 incidents';
  $('#prev').disabled = offset === 0;
  $('#next').disabled = last >= page.total;
}

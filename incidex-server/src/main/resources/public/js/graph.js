// The actor graph: actors and their relations from the store's interchange export, drawn with
// Cytoscape. A click on an actor shows its profile; a click on a line, the sentence that says it.
import { api } from './api.js';
import { $, h, replace } from './dom.js';
import { words } from './model.js';
import { showEvidence } from './evidence.js';
import { status } from './status.js';

let cy = null;

function profile(actor, relations, info) {
  const rels = relations.filter(r => r.source === actor.name || r.target === actor.name);
  return [
    h('h3', { id: 'actor-name' }, actor.name),
    h('p', { class: 'muted' }, [words(actor.type), info?.incidents != null ? `${info.incidents} incidents` : null].filter(Boolean).join(' · ')),
    actor.aliases?.length ? h('p', null, 'Also: ', actor.aliases.join(', ')) : null,
    h('p', null, h('a', { href: `#/incidents?actor=${encodeURIComponent(actor.name)}` }, 'Its incidents ›')),
    h('ul', { class: 'plain relations' }, rels.map(r => h('li', null, h('button', {
      type: 'button', class: 'value kind-actor', onclick: () => showRelation(r.relation),
    }, `${r.source} — ${words(r.relation.predicate)} → ${r.target}${r.relation.role ? ` (${r.relation.role})` : ''}`)))),
  ];
}

function showRelation(r) {
  const m = r.mentions?.[0];
  showEvidence([{
    label: `${r.subject} ${words(r.predicate)} ${r.object}${r.date?.start ? `, ${r.date.start}` : ''}`,
    kind: 'actor', span: m ? { ...m } : null, mentions: r.mentions ?? [],
  }]);
}

export async function showGraph() {
  if (cy) cy.destroy(); // drawn afresh: the store may have grown since
  cy = null;
  let store;
  let listed;
  try {
    [store, listed] = await Promise.all([api.exportJson(), api.actors().catch(() => ({ items: [] }))]);
  } catch (e) {
    return status(e.message, 'error');
  }
  const info = new Map((listed.items ?? []).map(a => [a.name, a]));
  const byName = new Map();
  for (const a of store.actors ?? []) {
    byName.set(a.name, a);
    for (const alias of a.aliases ?? []) if (!byName.has(alias)) byName.set(alias, a);
  }
  const nodes = new Map((store.actors ?? []).map(a => [a.name, { data: { id: a.name, label: a.name, kind: a.type ?? 'organization', size: 18 + 4 * Math.min(10, info.get(a.name)?.incidents ?? 0) } }]));
  const canonical = name => byName.get(name)?.name ?? name;
  const edges = [];
  (store.relations ?? []).forEach((r, n) => {
    const [source, target] = [canonical(r.subject), canonical(r.object)];
    for (const end of [source, target]) if (!nodes.has(end)) nodes.set(end, { data: { id: end, label: end, kind: 'other', size: 14 } });
    edges.push({ data: { id: `r${n}`, source, target, label: words(r.predicate), relation: r } });
  });
  if (!nodes.size) {
    replace($('#actor-panel'), h('p', { class: 'muted' }, 'No actor stored yet. Save a document on the Extract page.'));
    return;
  }
  cy = cytoscape({
    container: $('#graph'),
    elements: [...nodes.values(), ...edges],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120, 'background-color': '#3b6ea5', color: '#222' } },
      { selector: 'node[kind = "person"]', style: { 'background-color': '#c0843d', shape: 'round-rectangle' } },
      { selector: 'node[kind = "other"]', style: { 'background-color': '#999', shape: 'diamond' } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#aaa', 'target-arrow-color': '#aaa', color: '#555', 'text-rotation': 'autorotate' } },
      { selector: ':selected', style: { 'background-color': '#d33', 'line-color': '#d33', 'target-arrow-color': '#d33' } },
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
  });
  const relations = edges.map(e => e.data);
  cy.on('tap', 'node', e => {
    const name = e.target.id();
    const actor = store.actors.find(a => a.name === name) ?? { name, type: 'other', aliases: [] };
    replace($('#actor-panel'), profile(actor, relations, info.get(name)));
  });
  cy.on('tap', 'edge', e => showRelation(e.target.data('relation')));
}

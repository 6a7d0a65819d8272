// Incident fields as clickable values: a click shows the sentence the value came from.
import { h, incidentHref } from './dom.js';
import { FIELDS, evidenceOf, extraFields, incidentTitle, valuesOf } from './model.js';
import { showEvidence } from './evidence.js';

export function valueButton(incident, v, context = {}) {
  const span = evidenceOf(incident, v.field, v.index);
  return h('button', {
    type: 'button',
    class: `value kind-${v.field.kind}${span ? '' : ' no-evidence'}`,
    dataset: { field: v.field.key },
    title: span ? 'Show the sentence this comes from' : 'No sentence recorded for this value',
    onclick: () => showEvidence([{ label: `${v.field.label}: ${v.text}`, span, kind: v.field.kind, mentions: incident.mentions ?? [], docText: context.docText }]),
  }, v.text);
}

/** A definition list of every field of the incident that has a value. */
export function fieldList(incident, context = {}) {
  const dl = h('dl', { class: 'fields' });
  for (const field of [...FIELDS, ...extraFields(incident)]) {
    const values = valuesOf(incident, field);
    if (!values.length) continue;
    dl.append(h('dt', null, field.label), h('dd', null, values.map(v => valueButton(incident, v, context))));
  }
  if (incident.note) dl.append(h('dt', null, 'Note'), h('dd', { class: 'note' }, incident.note));
  return dl;
}

/** A card for one incident: its title (a link to its page when stored) and its fields. */
export function incidentCard(incident, { linked = true, docText = null } = {}) {
  const title = linked ? h('a', { href: incidentHref(incident.id) }, incidentTitle(incident)) : incidentTitle(incident);
  return h('div', { class: 'card incident-card', dataset: { id: incident.id } },
    h('h4', null, title), fieldList(incident, { docText }));
}

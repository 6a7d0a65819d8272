// View 4: one stored incident: every field (a click shows its sentence), and every mention with
// its sentence, the incident's values marked in it.
import { api } from './api.js';
import { $, h, replace } from './dom.js';
import { incidentSpans, incidentTitle, docOf } from './model.js';
import { fieldList } from './facts.js';
import { mentionSentence, showEvidence } from './evidence.js';
import { renderMarked } from './highlight.js';
import { status } from './status.js';

function mentionItem(incident, m, spans) {
  const s = mentionSentence(m);
  const quote = h('blockquote', { class: 'mention-sentence' });
  const inside = s.start == null ? [] : spans
    .filter(x => (!x.doc || x.doc === s.doc) && x.start >= s.start && x.end <= s.start + s.text.length)
    .map(x => ({ ...x, start: x.start - s.start, end: x.end - s.start }));
  renderMarked(quote, s.text, inside, facts => showEvidence(facts.map(f => ({
    label: f.label, kind: f.kind, span: { doc: s.doc, start: f.start + s.start, end: f.end + s.start }, mentions: incident.mentions,
  }))));
  return h('li', { class: 'mention' }, quote,
    h('p', { class: 'muted' }, `document ${docOf(m) ?? 'unknown'} · characters ${m.start}–${m.end}`));
}

export async function showIncident(id) {
  const view = $('#view-incident');
  replace(view, h('p', { class: 'muted' }, 'Loading…'));
  let incident;
  try {
    incident = await api.incident(id);
  } catch (e) {
    replace(view, h('p', null, h('a', { href: '#/incidents' }, '‹ Incidents')));
    return status(e.message, 'error');
  }
  const spans = incidentSpans(incident);
  const mentions = incident.mentions ?? [];
  replace(view,
    h('p', null, h('a', { href: '#/incidents' }, '‹ Incidents')),
    h('h2', { id: 'incident-title' }, incidentTitle(incident)),
    h('p', { class: 'muted' }, `id ${incident.id} · click any value for the sentence it comes from`),
    h('div', { class: 'card' }, fieldList(incident)),
    h('h3', null, `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`),
    h('ol', { class: 'mentions' }, mentions.map(m => mentionItem(incident, m, spans))));
}

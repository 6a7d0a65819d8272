// View 1: paste or upload a document, extract (nothing stored) or save it to the store.
import { api } from './api.js';
import { $, h, replace } from './dom.js';
import { KINDS, docOf, incidentSpans } from './model.js';
import { renderMarked } from './highlight.js';
import { showEvidence } from './evidence.js';
import { incidentCard } from './facts.js';
import { status } from './status.js';

function documentBody() {
  const body = { text: $('#doc-text').value };
  const title = $('#doc-title').value.trim();
  const date = $('#doc-date').value.trim();
  if (title) body.title = title;
  if (date) body.date = date;
  return body;
}

function actorSpans(result, doc) {
  const spans = [];
  for (const actor of result.actors ?? []) {
    for (const link of actor.name_links ?? []) {
      const e = link.evidence;
      if (e && (!doc || !docOf(e) || docOf(e) === doc)) {
        spans.push({ start: e.start, end: e.end, kind: 'actor', label: `Actor: ${actor.name}${link.name !== actor.name ? ` (as “${link.name}”)` : ''}` });
      }
    }
  }
  return spans;
}

function renderResult(result, text) {
  const doc = result.documents?.[0]?.id ?? null;
  const docText = result.documents?.[0]?.text ?? text;
  const incidents = result.incidents ?? [];
  const spans = [];
  for (const incident of incidents) {
    for (const m of incident.mentions ?? []) {
      if (!doc || docOf(m) === doc) spans.push({ start: m.start, end: m.end, kind: 'sentence', label: 'sentence' });
    }
    spans.push(...incidentSpans(incident).filter(s => !doc || !s.doc || s.doc === doc));
  }
  spans.push(...actorSpans(result, doc));

  replace($('#legend'), h('span', { class: 'muted' }, 'Click a marked word for its sentence: '),
    KINDS.map(k => h('span', { class: `hl hl-${k}` }, k)));
  const view = replace($('#doc-view'));
  renderMarked(view, docText, spans, facts => showEvidence(facts.map(f => ({
    label: f.label, kind: f.kind, span: { doc, start: f.start, end: f.end, text: docText.slice(f.start, f.end) },
    mentions: f.incident?.mentions ?? [], docText,
  }))));

  const relations = result.relations ?? [];
  replace($('#extract-facts'),
    h('h3', null, `${incidents.length} incident${incidents.length === 1 ? '' : 's'}`),
    incidents.length ? incidents.map(i => incidentCard(i, { linked: false, docText })) : h('p', { class: 'muted' }, 'No incident found in this text.'),
    h('h3', null, `${(result.actors ?? []).length} actors`),
    h('ul', { class: 'plain actors' }, (result.actors ?? []).map(a => h('li', null, h('strong', null, a.name),
      a.aliases?.length ? h('span', { class: 'muted' }, ` also ${a.aliases.join(', ')}`) : null))),
    relations.length ? [h('h3', null, `${relations.length} relations`),
      h('ul', { class: 'plain relations' }, relations.map(r => h('li', null,
        h('button', { type: 'button', class: 'value kind-actor', onclick: () => showEvidence([{
          label: `${r.subject} ${r.predicate.replaceAll('_', ' ')} ${r.object}`, kind: 'actor',
          span: r.mentions?.[0] ? { ...r.mentions[0], text: r.mentions[0].text } : null, mentions: r.mentions ?? [], docText }]) },
        `${r.subject} — ${r.predicate.replaceAll('_', ' ')} → ${r.object}${r.role ? ` (${r.role})` : ''}`))))] : null);
  $('#extract-result').hidden = false;
  $('#extract-summary').textContent = `${incidents.length} incidents, ${(result.actors ?? []).length} actors, ${relations.length} relations (not stored)`;
}

async function run(button, work) {
  button.disabled = true;
  try {
    await work();
  } catch (e) {
    status(e.message, 'error', e.problems);
  } finally {
    button.disabled = false;
  }
}

export function initExtract() {
  $('#doc-file').addEventListener('change', async e => {
    const file = e.target.files[0];
    if (!file) return;
    $('#doc-text').value = await file.text();
    if (!$('#doc-title').value) $('#doc-title').value = file.name.replace(/\.[^.]*$/, '');
  });
  $('#extract-form').addEventListener('submit', e => {
    e.preventDefault();
    const body = documentBody();
    if (!body.text.trim()) return status('Paste or choose a text first.', 'error');
    run($('#extract-button'), async () => {
      status('Extracting… (the first extraction loads the language models: a few seconds)');
      const result = await api.extract(body);
      renderResult(result, body.text);
      status(null);
    });
  });
  $('#save-button').addEventListener('click', () => {
    const body = documentBody();
    if (!body.text.trim()) return status('Paste or choose a text first.', 'error');
    run($('#save-button'), async () => {
      status('Saving…');
      const saved = await api.save(body);
      const link = h('a', { href: '#/incidents' }, 'see the incidents');
      status(h('span', null, `Saved document ${saved.document_id} (${saved.status}, ${saved.incidents} incidents): `, link), 'ok');
      $('#extract-summary').textContent = `saved as ${saved.document_id}`;
    });
  });
}

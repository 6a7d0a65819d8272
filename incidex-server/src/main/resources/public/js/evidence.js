// The evidence panel: for any value, the sentence it came from with the value's span marked.
import { api } from './api.js';
import { $, h, replace } from './dom.js';
import { docOf } from './model.js';
import { renderMarked } from './highlight.js';

/** A mention as {doc, start, text}: `start` is the sentence's offset, or null when unknown. */
export function mentionSentence(m) {
  const doc = docOf(m);
  if (typeof m.sentence === 'string') {
    const start = Number.isInteger(m.sentence_start) ? m.sentence_start
      : m.sentence.length === m.end - m.start ? m.start : null;
    return { doc, start, text: m.sentence };
  }
  return { doc, start: m.start, text: m.text ?? '' };
}

/** Where in a document a sentence ends and starts, for spans no mention covers. */
function sentenceAround(text, start, end) {
  const stop = /[.!?]["”’)\]]*\s|\n\s*\n/g;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(stop)) from = m.index + m[0].length;
  stop.lastIndex = end;
  const after = stop.exec(text);
  const to = after ? after.index + 1 : text.length;
  return { start: from, text: text.slice(from, to) };
}

/** {doc, sentence, from, to}: the sentence holding `span`, and the span's offsets within it. */
export async function locate(span, { mentions = [], docText = null } = {}) {
  const doc = docOf(span);
  const sentences = mentions.map(mentionSentence).filter(s => !doc || !s.doc || s.doc === doc);
  for (const s of sentences) {
    if (s.start != null && s.start <= span.start && span.end <= s.start + s.text.length) {
      return { doc, sentence: s.text, from: span.start - s.start, to: span.end - s.start, at: s.start };
    }
  }
  if (typeof span.sentence === 'string' && span.text) {
    const i = span.sentence.indexOf(span.text);
    if (i >= 0) return { doc, sentence: span.sentence, from: i, to: i + span.text.length };
  }
  let text = docText;
  if (text == null && doc) {
    try {
      text = (await api.document(doc)).text;
    } catch {
      text = null;
    }
  }
  if (text != null && span.end <= text.length) {
    const s = sentenceAround(text, span.start, span.end);
    return { doc, sentence: s.text, from: span.start - s.start, to: span.end - s.start, at: s.start };
  }
  for (const s of sentences) {
    const i = span.text ? s.text.indexOf(span.text) : -1;
    if (i >= 0) return { doc, sentence: s.text, from: i, to: i + span.text.length };
  }
  return { doc, sentence: span.text ?? '', from: 0, to: (span.text ?? '').length };
}

/**
 * Shows where values come from. items: [{label, span, kind, mentions?, docText?}]; a span of null
 * says the value has no recorded evidence.
 */
export async function showEvidence(items) {
  const panel = $('#evidence');
  const body = $('#evidence-body');
  replace(body, h('p', { class: 'muted' }, 'Finding the sentence…'));
  panel.hidden = false;
  const blocks = [];
  for (const item of items) {
    if (!item.span) {
      blocks.push(h('div', { class: 'evidence-item' }, h('p', { class: 'evidence-label' }, item.label),
        h('p', { class: 'muted' }, 'No sentence recorded for this value.')));
      continue;
    }
    const where = await locate(item.span, item);
    const sentence = h('blockquote', { class: 'evidence-sentence' });
    renderMarked(sentence, where.sentence, [{ start: where.from, end: where.to, kind: item.kind ?? 'event', label: item.label }]);
    const at = item.span.start != null ? ` · characters ${item.span.start}–${item.span.end}` : '';
    blocks.push(h('div', { class: 'evidence-item' },
      h('p', { class: 'evidence-label' }, item.label),
      sentence,
      h('p', { class: 'muted' }, `document ${where.doc ?? 'unknown'}${at}`)));
  }
  replace(body, blocks);
}

export function hideEvidence() {
  $('#evidence').hidden = true;
}

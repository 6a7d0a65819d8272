// Text with spans marked, built from text nodes only. Spans are character offsets (UTF-16 code
// units, end exclusive, as in Java and in JavaScript strings) into `text`.
import { h } from './dom.js';

/**
 * Appends `text` to `container`, each stretch covered by spans wrapped in a <mark> coloured by the
 * innermost span's kind; a click on a mark calls onPick(spans covering it). Spans of kind
 * 'sentence' only shade their stretch.
 */
export function renderMarked(container, text, spans, onPick) {
  const good = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end && s.start >= 0 && s.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of good) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = good.filter(s => s.start <= a && s.end >= b);
    const facts = covering.filter(s => s.kind !== 'sentence');
    if (!facts.length) {
      container.append(covering.length ? h('span', { class: 'in-sentence' }, piece) : document.createTextNode(piece));
      continue;
    }
    facts.sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const top = facts[0];
    const mark = h('mark', {
      class: `hl hl-${top.kind}${covering.length > facts.length ? ' in-sentence' : ''}`,
      title: [...new Set(facts.map(f => f.label))].join('\n'),
      tabindex: '0',
      dataset: { kind: top.kind, start: String(a) },
    }, piece);
    if (onPick) {
      mark.addEventListener('click', () => onPick(facts));
      mark.addEventListener('keydown', e => (e.key === 'Enter' ? onPick(facts) : null));
    }
    container.append(mark);
  }
  return container;
}

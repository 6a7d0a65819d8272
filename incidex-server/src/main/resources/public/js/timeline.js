// The filtered incidents on a vis-timeline: a box for a day, a range for a month or a year.
import { $, h, incidentHref } from './dom.js';
import { formatPlace, words } from './model.js';

let timeline = null;

/** The interval an incident's date covers, as [start, end) Dates, or null when undated. */
function interval(date) {
  if (!date?.start) return null;
  const from = date.first ?? date.start;
  const to = date.last ?? date.end ?? date.start;
  const start = new Date(`${from}${'-01-01'.slice(from.length - 4)}T00:00:00Z`);
  const last = new Date(`${to}${'-01-01'.slice(to.length - 4)}T00:00:00Z`);
  if (to.length === 4) last.setUTCMonth(11, 31);
  if (to.length === 7) last.setUTCMonth(last.getUTCMonth() + 1, 0); // the month's last day
  if (Number.isNaN(start.getTime()) || Number.isNaN(last.getTime())) return null;
  return [start, new Date(last.getTime() + 86400000)];
}

export function showTimeline(items, total) {
  const data = [];
  let undated = 0;
  for (const i of items) {
    const span = interval(i.date);
    if (!span) {
      undated++;
      continue;
    }
    const day = span[1] - span[0] <= 86400000;
    // Content is an element built from text nodes: vis-timeline would parse a string as HTML.
    const content = h('span', null, `${words(i.type)} · ${i.location?.place ?? formatPlace(i.location)}`);
    data.push({ id: i.id, start: span[0], end: day ? undefined : span[1], type: day ? 'box' : 'range', content, className: `tl-${i.kind}` });
  }
  const container = $('#timeline');
  const dataset = new vis.DataSet(data);
  if (!timeline) {
    timeline = new vis.Timeline(container, dataset, { stack: true, zoomMin: 86400000 * 7, maxHeight: 520, margin: { item: 6 } });
    timeline.on('select', e => {
      if (e.items.length) location.hash = incidentHref(e.items[0]);
    });
  } else {
    timeline.setItems(dataset);
  }
  if (data.length) timeline.fit({ animation: false });
  $('#timeline-note').textContent = `${data.length} incidents on the timeline` + (undated ? `; ${undated} undated not shown` : '')
    + (total > items.length ? `; showing the first ${items.length} of ${total}` : '') + '. Click one to open it.';
}

// How incident fields read, which kind of fact each is (for colour), and where its evidence is.
// Field names are the interchange JSON's (shared/spec/interchange.md) plus Incidex's extras.

export const KINDS = ['event', 'date', 'place', 'perpetrator', 'casualty', 'target', 'actor'];

export const TYPES = {
  attack: ['assassination', 'armed_assault', 'bombing', 'hijacking', 'hostage_barricade', 'kidnapping',
    'facility_attack', 'unarmed_assault', 'unknown'],
  security_operation: ['arrest', 'raid', 'airstrike', 'other_operation'],
};

export const words = s => (s == null ? '' : String(s).replaceAll('_', ' '));

export function formatDate(d) {
  if (!d || !d.start) return 'undated';
  return d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;
}

export function formatPlace(loc) {
  if (!loc) return 'unknown';
  const parts = [loc.place, loc.admin1, loc.country].filter(Boolean);
  return parts.length ? [...new Set(parts)].join(', ') : 'unknown';
}

export function formatCount(c) {
  if (!c) return null;
  const q = { exact: '', at_least: 'at least ', over: 'over ', about: 'about ', up_to: 'up to ' }[c.qualifier] ?? '';
  return `${q}${c.value}`;
}

/** A value that is a list shows one clickable item per element; evidence arrays align with it. */
export const FIELDS = [
  { key: 'kind', label: 'Kind', kind: 'event', evidenceKey: 'type', format: words },
  { key: 'type', label: 'Type', kind: 'event', format: words },
  { key: 'date', label: 'Date', kind: 'date', format: formatDate },
  { key: 'location', label: 'Place', kind: 'place', format: formatPlace },
  { key: 'perpetrators', label: 'Perpetrators', kind: 'perpetrator', list: true },
  { key: 'suspected', label: 'Suspected', kind: 'perpetrator', list: true },
  { key: 'targets', label: 'Targets', kind: 'target', list: true, format: words },
  { key: 'killed', label: 'Killed', kind: 'casualty', format: formatCount },
  { key: 'wounded', label: 'Wounded', kind: 'casualty', format: formatCount },
  { key: 'casualties', label: 'Killed and wounded', kind: 'casualty', format: formatCount },
  { key: 'suicide', label: 'Suicide attack', kind: 'event', format: b => (b == null ? null : b ? 'yes' : 'no') },
];

const NOT_FIELDS = new Set(['id', 'mentions', 'evidence', 'note', 'document_ids', 'documents']);

/** Fields beyond the known ones (role fillers and whatever the server adds), shown as they are. */
export function extraFields(incident) {
  const known = new Set(FIELDS.map(f => f.key));
  return Object.keys(incident)
    .filter(k => !known.has(k) && !NOT_FIELDS.has(k) && incident[k] != null && !(Array.isArray(incident[k]) && !incident[k].length))
    .map(k => ({ key: k, label: words(k), kind: 'event', list: Array.isArray(incident[k]), format: plain }));
}

export function plain(v) {
  if (v == null) return null;
  if (typeof v !== 'object') return words(v);
  if ('name' in v) return String(v.name);
  if ('value' in v) return formatCount(v);
  return JSON.stringify(v);
}

/** [{field, index, text}] for one field of one incident: one entry per shown value. */
export function valuesOf(incident, field) {
  const v = incident[field.key];
  const fmt = field.format ?? plain;
  if (field.list) return (v ?? []).map((x, index) => ({ field, index, text: fmt(x) })).filter(x => x.text);
  const text = fmt(v);
  return text == null || text === '' ? [] : [{ field, index: null, text }];
}

export const docOf = span => span?.document_id ?? span?.doc ?? null;

/** The span a value came from, or null. */
export function evidenceOf(incident, field, index) {
  const e = incident.evidence?.[field.evidenceKey ?? field.key];
  if (!e) return null;
  if (Array.isArray(e)) return e[index ?? 0] ?? null;
  return typeof e === 'object' && 'start' in e ? e : null;
}

/** Every highlighted span of an incident: [{doc,start,end,kind,label,incident}]. */
export function incidentSpans(incident) {
  const spans = [];
  for (const field of [...FIELDS, ...extraFields(incident)]) {
    for (const v of valuesOf(incident, field)) {
      const e = evidenceOf(incident, field, v.index);
      if (e && Number.isInteger(e.start)) {
        spans.push({ doc: docOf(e), start: e.start, end: e.end, kind: field.kind, label: `${field.label}: ${v.text}`, incident, field, index: v.index });
      }
    }
  }
  return spans;
}

export function incidentTitle(i) {
  return `${words(i.type) || 'incident'} — ${formatPlace(i.location)}, ${formatDate(i.date)}`;
}

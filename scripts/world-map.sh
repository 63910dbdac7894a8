#!/usr/bin/env bash
# Regenerates the console's offline world outline, app/src/main/resources/console/world-110m.json,
# from Natural Earth's 1:110m land polygons as packaged in npm world-atlas (TopoJSON).
# Natural Earth is public domain ("No permission is needed to use Natural Earth", naturalearthdata.com);
# world-atlas is ISC-licensed. The output is small (rings of [lon, lat] at 0.1° ≈ 11 km, finer than
# the 1:110m source's own detail), so it is committed and the console needs no tile server.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
npm install --prefix "$WORK" --no-audit --no-fund --no-save --loglevel=error world-atlas@2.0.2 >&2
node -e '
  const fs = require("fs");
  const topo = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(a => { let x = 0, y = 0; return a.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
  const arc = i => i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
  const rings = [];
  const ring = idx => { const pts = []; idx.forEach(i => { const a = arc(i); pts.push(...(pts.length ? a.slice(1) : a)); }); return pts; };
  const geom = topo.objects.land;
  const polys = g => g.type === "GeometryCollection" ? g.geometries.flatMap(polys) : g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  for (const poly of polys(geom)) for (const r of poly) {
    const flat = [];
    let px, py;
    for (const [x, y] of ring(r)) { const rx = Math.round(x * 10) / 10, ry = Math.round(y * 10) / 10; if (rx !== px || ry !== py) { flat.push(rx, ry); px = rx; py = ry; } }
    if (flat.length >= 8) rings.push(flat);
  }
  fs.writeFileSync(process.argv[2], JSON.stringify({source: "Natural Earth 1:110m land (public domain) via world-atlas@2.0.2 (ISC)", rings}));
' "$WORK/node_modules/world-atlas/land-110m.json" "$ROOT/app/src/main/resources/console/world-110m.json"
echo "wrote app/src/main/resources/console/world-110m.json" >&2

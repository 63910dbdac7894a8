"""Writes mixed.ndjson (see README.md). Deterministic: seeded."""
import datetime
import json
import random

random.seed(7)
T0 = datetime.datetime(2026, 2, 1, tzinfo=datetime.timezone.utc)


def ts(day, h=0, m=0, s=0):
    return (T0 + datetime.timedelta(days=day, hours=h, minutes=m, seconds=s)).strftime('%Y-%m-%dT%H:%M:%SZ')


ev = []
phx = {"city": "Phoenix", "region": "AZ", "country": "US", "lat": 33.448, "lon": -112.074}
for w in range(1, 7):
    ev.append({"type": "worker", "id": f"wk-{w}", "time": ts(0), "subject": f"w-{w}", "name": f"Worker {w}",
               "declared_location": phx, "declared_tz": "America/Phoenix"})
sea = {"id": "sea-1", "lat": 47.61, "lon": -122.33}
for day in range(1, 11):
    for k in range(4):
        h = 9 + 2 * k
        # w-1: answers Seattle in 3-6 ms from "Phoenix" (floor ~18 ms): every day.
        ev.append({"type": "rtt", "id": f"r1-{day}-{k}", "time": ts(day, h, 5), "subject": "w-1", "device_id": "d1",
                   "landmark": sea, "rtt_ms": round(3 + random.random() * 3, 1), "method": "tcp"})
        # w-2: honest Phoenix endpoint.
        ev.append({"type": "rtt", "id": f"r2-{day}-{k}", "time": ts(day, h, 6), "subject": "w-2", "device_id": "d2",
                   "landmark": sea, "rtt_ms": round(34 + random.random() * 6, 1), "method": "tcp"})
        # w-3: honest, but one trip to Seattle on day 4 (benign look-alike: one day is a trip).
        r = round(3 + random.random() * 3, 1) if day == 4 else round(34 + random.random() * 6, 1)
        ev.append({"type": "rtt", "id": f"r3-{day}-{k}", "time": ts(day, h, 7), "subject": "w-3", "device_id": "d3",
                   "landmark": sea, "rtt_ms": r, "method": "tcp"})
    # Sign-ins: w-4..w-6 share one exit IP (three people); w-1 and w-2 share another (two: a couple).
    for w in (4, 5, 6):
        ev.append({"type": "auth", "id": f"a{w}-{day}", "time": ts(day, 8, w), "subject": f"w-{w}",
                   "src_ip": "198.51.100.77", "outcome": "success"})
    for w in (1, 2):
        ev.append({"type": "auth", "id": f"a{w}-{day}", "time": ts(day, 8, w), "subject": f"w-{w}",
                   "src_ip": "203.0.113.9", "outcome": "success"})
    # w-6 signs in in bursts of four within an hour on days 2 and 7; others once a day.
    if day in (2, 7):
        for k in range(3):
            ev.append({"type": "auth", "id": f"b6-{day}-{k}", "time": ts(day, 8, 20 + 10 * k), "subject": "w-6",
                       "src_ip": "198.51.100.77", "outcome": "success"})
    # Activity: w-4 works every day; w-5 stops after day 3 (a gap the timer finds); w-6 pauses 1 day only.
    ev.append({"type": "activity", "id": f"c4-{day}", "time": ts(day, 10), "subject": "w-4", "source": "git"})
    if day <= 3:
        ev.append({"type": "activity", "id": f"c5-{day}", "time": ts(day, 10), "subject": "w-5", "source": "git"})
    if day != 5:
        ev.append({"type": "activity", "id": f"c6-{day}", "time": ts(day, 11), "subject": "w-6", "source": "chat"})
ev.sort(key=lambda e: e["time"])
# Arrive out of order within a few hours (a shuffle of neighbours), as collectors deliver.
for i in range(0, len(ev) - 1, 3):
    if random.random() < 0.5:
        ev[i], ev[i + 1] = ev[i + 1], ev[i]
lines = [json.dumps(e, separators=(',', ':')) for e in ev]
lines.insert(40, lines[10])  # a resent line: same id, dropped by ingest
lines.insert(70, '{"type":"rtt","time":"2026-02-03T10:00:00Z","subject":"w-2"}')  # rejected: no rtt_ms
open('mixed.ndjson', 'w').write('\n'.join(lines) + '\n')

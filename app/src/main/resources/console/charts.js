'use strict';
// Map, hour-of-day chart and ring graph, drawn as SVG from data (no external tiles or libraries).
const Charts = (() => {
  const {svg, el} = Daylight;
  const W = 960, H = 480;
  const px = lon => (lon + 180) / 360 * W;
  const py = lat => (90 - lat) / 180 * H;

  // Points on the circle of radius km around (lat, lon): the spherical destination formula.
  function circle(lat, lon, km, n = 96) {
    const R = 6371.0088, d = km / R, φ1 = lat * Math.PI / 180, λ1 = lon * Math.PI / 180, pts = [];
    for (let i = 0; i <= n; i++) {
      const θ = 2 * Math.PI * i / n;
      const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(θ));
      const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
      pts.push([((λ2 * 180 / Math.PI + 540) % 360) - 180, φ2 * 180 / Math.PI]);
    }
    return pts;
  }

  function path(points) {
    let d = '', prev = null;
    for (const [lon, lat] of points) {
      const jump = prev !== null && Math.abs(lon - prev) > 180;
      d += (d === '' || jump ? 'M' : 'L') + px(lon).toFixed(1) + ' ' + py(lat).toFixed(1);
      prev = lon;
    }
    return d;
  }

  function map(container, world, layers) {
    const s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, class: 'map', role: 'img', 'aria-label': 'world map'});
    s.append(svg('rect', {x: 0, y: 0, width: W, height: H, class: 'sea'}));
    let land = '';
    for (const r of world.rings) {
      for (let i = 0; i < r.length; i += 2) land += (i === 0 ? 'M' : 'L') + px(r[i]).toFixed(1) + ' ' + py(r[i + 1]).toFixed(1);
      land += 'Z';
    }
    s.append(svg('path', {d: land, class: 'land'}));
    const box = [];
    const marks = [];
    for (const c of layers.circles) {
      const pts = circle(c.lat, c.lon, c.km);
      s.append(svg('path', {d: path(pts), class: 'ring ' + c.cls}, svg('title', {}, c.label)));
      pts.forEach(p => box.push(p));
    }
    for (const p of layers.points) {
      const g = svg('g', {class: 'pt ' + p.cls});
      g.append(svg('title', {}, p.label));
      const dot = svg('circle', {cx: px(p.lon).toFixed(1), cy: py(p.lat).toFixed(1), r: p.r || 5});
      marks.push([dot, p.r || 5]);
      g.append(dot);
      s.append(g);
      box.push([p.lon, p.lat]);
    }
    if (box.length) {
      let x0 = Math.min(...box.map(b => px(b[0]))), x1 = Math.max(...box.map(b => px(b[0])));
      let y0 = Math.min(...box.map(b => py(b[1]))), y1 = Math.max(...box.map(b => py(b[1])));
      const w = Math.max((x1 - x0) * 1.4, 320), h = Math.max((y1 - y0) * 1.4, 160);
      const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
      const vw = Math.max(w, h * 2), vh = vw / 2;
      s.setAttribute('viewBox', [cx - vw / 2, cy - vh / 2, vw, vh].map(v => v.toFixed(1)).join(' '));
      // Keep markers the same size on screen whatever the zoom.
      for (const [dot, r] of marks) dot.setAttribute('r', (r * vw / W).toFixed(2));
    }
    container.replaceChildren(s);
  }

  function hours(container, h) {
    const BW = 30, CH = 160, max = Math.max(1, ...h.activity);
    const s = svg('svg', {viewBox: '0 0 ' + (24 * BW + 40) + ' ' + (CH + 40), class: 'hours', role: 'img',
      'aria-label': 'activity by hour'});
    const band = (a, b) => s.append(svg('rect', {x: 30 + a * BW, y: 0, width: (b - a) * BW, height: CH, class: 'daylight'}));
    if (h.sunrise !== undefined) {
      if (h.sunrise < h.sunset) band(h.sunrise, h.sunset); else { band(0, h.sunset); band(h.sunrise, 24); }
    } else if (h.polar === 'day') band(0, 24);
    h.activity.forEach((v, i) => {
      const bh = v / max * (CH - 10);
      s.append(svg('rect', {x: 30 + i * BW + 3, y: CH - bh, width: BW - 6, height: bh, class: 'bar'},
        svg('title', {}, i + ':00–' + (i + 1) + ':00 — ' + v + ' events')));
      if (i % 3 === 0) s.append(svg('text', {x: 30 + i * BW + BW / 2, y: CH + 16, 'text-anchor': 'middle', class: 'axis'}, i + 'h'));
    });
    s.append(svg('text', {x: 30, y: CH + 34, class: 'axis'},
      'Hours in ' + h.zone + (h.sunrise !== undefined ? ' · shaded: daylight at the declared place on ' + h.date
        + ' (sunrise ' + clock(h.sunrise) + ', sunset ' + clock(h.sunset) + ')' : '')));
    container.replaceChildren(s);
  }

  const clock = x => String(Math.floor(x)).padStart(2, '0') + ':' + String(Math.round((x % 1) * 60) % 60).padStart(2, '0');

  function ring(container, members) {
    const shared = new Map();
    for (const m of members) for (const [k, v] of Object.entries(m.identifiers || {})) {
      const key = k + '\u0000' + v;
      if (!shared.has(key)) shared.set(key, {kind: k, value: v, members: []});
      shared.get(key).members.push(m.id);
    }
    const links = [...shared.values()].filter(s => s.members.length > 1);
    const S = 560, c = S / 2, s = svg('svg', {viewBox: '0 0 ' + S + ' ' + S, class: 'ring-graph', role: 'img',
      'aria-label': 'ring graph'});
    const pos = new Map();
    members.forEach((m, i) => {
      const a = 2 * Math.PI * i / members.length - Math.PI / 2;
      pos.set(m.id, [c + 220 * Math.cos(a), c + 220 * Math.sin(a)]);
    });
    links.forEach((l, i) => {
      const a = 2 * Math.PI * i / Math.max(1, links.length) - Math.PI / 2;
      const p = [c + 95 * Math.cos(a), c + 95 * Math.sin(a)];
      for (const m of l.members) {
        const q = pos.get(m);
        s.append(svg('line', {x1: p[0].toFixed(1), y1: p[1].toFixed(1), x2: q[0].toFixed(1), y2: q[1].toFixed(1), class: 'edge'}));
      }
      l.p = p;
    });
    for (const l of links) {
      s.append(svg('g', {class: 'ident'}, svg('title', {}, l.kind + ': ' + l.value + ' — shared by ' + l.members.length),
        svg('rect', {x: (l.p[0] - 6).toFixed(1), y: (l.p[1] - 6).toFixed(1), width: 12, height: 12}),
        svg('text', {x: l.p[0].toFixed(1), y: (l.p[1] - 10).toFixed(1), 'text-anchor': 'middle'}, l.kind)));
    }
    for (const m of members) {
      const q = pos.get(m.id);
      s.append(svg('g', {class: 'member'}, svg('title', {}, m.id + (m.name ? ' — ' + m.name : '')),
        svg('circle', {cx: q[0].toFixed(1), cy: q[1].toFixed(1), r: 9}),
        svg('text', {x: q[0].toFixed(1), y: (q[1] + 22).toFixed(1), 'text-anchor': 'middle'}, m.name || m.id)));
    }
    const list = el('ul', {class: 'small'}, links.map(l => el('li', {}, l.kind + ' ', el('code', {}, l.value),
      ' — ' + l.members.join(', '))));
    container.replaceChildren(s, list);
  }

  return {map, hours, ring};
})();

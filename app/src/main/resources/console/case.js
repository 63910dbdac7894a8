'use strict';
(async () => {
  const {el, api, when} = Daylight;
  const me = await Daylight.signedIn();
  const subject = decodeURIComponent(location.pathname.slice('/cases/'.length));
  const kind = new URLSearchParams(location.search).get('kind') || 'worker';
  const base = '/v1/cases/' + encodeURIComponent(subject);
  const qs = '?kind=' + encodeURIComponent(kind);
  document.title = 'Daylight — ' + subject;

  async function render() {
    const c = await api(base + qs);
    const summary = document.getElementById('summary');
    summary.replaceChildren(
      el('div', {class: 'headline'},
        el('span', {class: 'score level-' + c.level}, c.score),
        el('div', {},
          el('h1', {id: 'subject'}, c.subject),
          el('p', {class: 'muted'}, c.kind + ' · level ' + c.level + ' · status ' + c.status.replace('_', ' ')
            + ' · assignee ' + (c.assignee || 'nobody')))),
      el('p', {class: 'plain', id: 'plainSummary'}, c.summary),
      reasonsList(c.reasons || []),
      el('p', {class: 'muted small'}, 'The score is the probability of fraud given this evidence, from likelihood ratios '
        + 'combined per dependency group. It is a reason to look; only a person decides.'));
    renderFindings(c.finding_details);
    renderTimeline(c);
    return c;
  }

  // What moved the score, one line per dependency group, each ratio with where it comes from:
  // "assumed" (the detector's stated policy ratio) or "measured on n cases" (daylight calibrate).
  function reasonsList(reasons) {
    return el('ol', {class: 'reasons', id: 'reasons'}, reasons.map(r => el('li', {},
      r.title + ' — likelihood ratio ' + Number(Math.pow(10, r.log10_likelihood_ratio)).toPrecision(3),
      el('span', {class: 'muted small ratio-source'}, ' · ' + (r.ratio_source || 'assumed') + ' · group ' + r.group))));
  }

  // Findings grouped as the score counts them: per dependency group only the strongest counts, so it
  // is shown in full and the others of its group are folded under it.
  function renderFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
      const g = f.unmapped.daylight.dependency_group;
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(f);
    }
    const strength = f => Math.abs(Math.log10(f.unmapped.daylight.likelihood_ratio));
    const ordered = [...groups.values()].map(list => list.sort((a, b) => strength(b) - strength(a)))
      .sort((a, b) => strength(b[0]) - strength(a[0]));
    document.getElementById('findings').replaceChildren(...ordered.map(list => {
      const parts = [finding(list[0])];
      if (list.length > 1) {
        parts.push(el('details', {class: 'more'}, el('summary', {}, (list.length - 1) + ' more finding'
          + (list.length > 2 ? 's' : '') + ' about the same fact (' + list[0].unmapped.daylight.dependency_group
          + '); the score counts only the strongest'), list.slice(1).map(finding)));
      }
      return el('div', {class: 'group'}, parts);
    }));
  }

  function finding(f) {
    const d = f.unmapped.daylight;
    const evidence = el('table', {class: 'evidence'},
      el('thead', {}, el('tr', {}, el('th', {}, 'Fact'), el('th', {}, 'Value'), el('th', {}, 'Compared with'), el('th', {}, 'Source'))),
      el('tbody', {}, f.evidences.map(e => el('tr', {},
        el('td', {}, e.data.name), el('td', {class: 'num'}, e.data.value + (e.data.unit ? ' ' + e.data.unit : '')),
        el('td', {}, e.data.reference || ''), el('td', {class: 'small'}, e.data.source || '')))));
    const events = el('div', {class: 'events'});
    const btn = el('button', {class: 'show-events', 'data-uid': f.finding_info.uid}, 'Show the ' + d.event_ids.length + ' events behind it');
    btn.addEventListener('click', async () => {
      const list = await api(base + '/events' + qs + '&finding=' + encodeURIComponent(f.finding_info.uid));
      events.replaceChildren(el('table', {class: 'eventlist'},
        el('thead', {}, el('tr', {}, el('th', {}, 'Time'), el('th', {}, 'Type'), el('th', {}, 'Id'), el('th', {}, 'Event as received'))),
        el('tbody', {}, list.map(e => el('tr', {}, el('td', {class: 'small'}, when(e.time)), el('td', {}, e.type),
          el('td', {class: 'small'}, e.id), el('td', {}, el('code', {class: 'raw'}, JSON.stringify(e.event || e.raw))))))));
    });
    return el('article', {class: 'finding' + (f.suppressed ? ' suppressed' : '')},
      el('h3', {}, f.finding_info.title),
      el('p', {class: 'muted small'}, d.detector + ' · likelihood ratio ' + Number(d.likelihood_ratio).toPrecision(3)
        + ' · dependency group ' + d.dependency_group + ' · ' + when(f.time)
        + (f.suppressed ? ' · suppressed by a benign decision' : '')),
      el('p', {}, d.explanation), evidence, btn, events);
  }

  function renderTimeline(c) {
    const items = [];
    for (const f of c.finding_details) items.push({t: f.time, text: 'Finding: ' + f.finding_info.title, cls: 'finding'});
    for (const h of c.history) {
      if (h.action === 'case.read' || h.action === 'profile.read' || h.action === 'events.read') continue;
      const d = h.detail || {};
      const text = h.action === 'case.decide' ? 'Decision by ' + h.actor + ': ' + d.decision + ' — ' + d.reason
        : h.action === 'case.comment' ? 'Comment by ' + h.actor + ': ' + d.text
        : h.action === 'case.assign' ? 'Assigned to ' + d.assignee + ' by ' + h.actor : h.action + ' by ' + h.actor;
      items.push({t: Date.parse(h.at), text, cls: 'history', id: h.id});
    }
    items.sort((a, b) => a.t - b.t);
    const reads = c.history.filter(h => h.action.endsWith('.read'));
    document.getElementById('timeline').replaceChildren(
      ...items.map(i => el('li', {class: i.cls}, el('span', {class: 'when'}, when(i.t)), ' ', i.text,
        i.id ? el('span', {class: 'muted small'}, ' (audit #' + i.id + ')') : null)),
      el('li', {class: 'muted small'}, reads.length + ' reads of this case are in the audit log'
        + (reads.length ? ', the last by ' + reads[reads.length - 1].actor : '') + '.'));
  }

  // Worker cases are stored under a keyed pseudonym. Who it is comes only from this form: it needs
  // a reason, and the server writes the reason and the reader to the audit log before answering.
  function identityForm() {
    if (me.role === 'auditor') return el('span', {class: 'muted'}, 'pseudonymous (re-identification needs an analyst)');
    const reason = el('input', {id: 'reidentifyReason', type: 'text', title: 'Why you need to know who this is'});
    reason.maxLength = 500;
    const button = el('button', {id: 'reidentify', type: 'submit'}, 'Re-identify');
    const form = el('form', {class: 'inline', id: 'reidentifyForm'},
      el('label', {}, 'Reason (audited) ', reason), button);
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      try {
        const who = await api(base + '/identity' + qs, {method: 'POST', body: {reason: reason.value}});
        const dl = el('dl', {class: 'small'});
        for (const [k, label] of [['worker_id', 'Worker id'], ['name', 'Name'], ['email', 'E-mail'], ['phone', 'Phone']]) {
          if (who[k]) dl.append(el('dt', {}, label), el('dd', {id: 'person-' + k}, who[k]));
        }
        form.replaceWith(dl);
        renderTimeline(await api(base + qs));
      } catch (e) {
        document.getElementById('decideMsg').textContent = e.message;
      }
    });
    return form;
  }

  async function renderProfile() {
    const p = await api(base + '/profile' + qs);
    const dl = document.getElementById('person');
    const rows = [];
    if (p.person) {
      const pr = p.person;
      const loc = pr.declared_location;
      for (const [k, label] of [['name', 'Name'], ['email', 'E-mail'], ['phone', 'Phone'], ['hired', 'Hired'], ['declared_tz', 'Time zone']]) {
        if (pr[k]) rows.push(el('dt', {}, label), el('dd', {id: 'person-' + k}, pr[k]));
      }
      if (loc) rows.push(el('dt', {}, 'Declared place'), el('dd', {}, [loc.city, loc.region, loc.country].filter(Boolean).join(', ')));
      if (pr.pseudonymous) rows.push(el('dt', {}, 'Identity'), el('dd', {id: 'identity'}, identityForm()));
    }
    if (p.ips && p.ips.length) {
      rows.push(el('dt', {}, 'Sign-in addresses'), el('dd', {}, el('ul', {class: 'small'}, p.ips.slice(0, 8).map(i =>
        el('li', {}, i.ip + ' ×' + i.count + (i.city || i.country ? ' — ' + [i.city, i.country].filter(Boolean).join(', ') : '')
          + (i.network && i.network !== 'unknown' ? ' (' + i.network + ')' : ''))))));
    }
    if (p.ring) rows.push(el('dt', {}, 'Members'), el('dd', {}, String(p.ring.length)));
    dl.replaceChildren(...rows);

    const world = await (await fetch('/console/world-110m.json')).json();
    const points = [], circles = [];
    const loc = p.person && p.person.declared_location;
    if (loc && loc.lat !== undefined) points.push({lat: loc.lat, lon: loc.lon, cls: 'declared', r: 7, label: 'Declared: ' + [loc.city, loc.country].filter(Boolean).join(', ')});
    let located = 0;
    for (const i of p.ips || []) if (i.lat !== undefined) {
      located++;
      points.push({lat: i.lat, lon: i.lon, cls: 'ip', r: Math.min(9, 3 + Math.log2(1 + i.count)), label: i.ip + ' — ' + [i.city, i.country].filter(Boolean).join(', ')});
    }
    for (const r of p.feasible_regions || []) {
      points.push({lat: r.lat, lon: r.lon, cls: 'landmark', r: 5, label: 'Landmark ' + r.landmark});
      circles.push({lat: r.lat, lon: r.lon, km: r.max_km, cls: 'feasible', label: 'Round-trip time puts the endpoint within ' + Math.round(r.max_km) + ' km of ' + r.landmark});
    }
    // The operator-distance range is measured from the laptop: drawn around where it signs in from
    // most (its network's place), else around the declared place.
    const home = (p.ips || []).filter(i => i.lat !== undefined).sort((a, b) => b.count - a.count)[0] || loc;
    for (const o of p.operator_rings || []) if (home && home.lat !== undefined) {
      circles.push({lat: home.lat, lon: home.lon, km: o.min_km, cls: 'operator', label: 'The person typing is at least ' + Math.round(o.min_km) + ' km from this laptop'});
      // A bound beyond a quarter of the Earth's circumference excludes almost nothing and wraps
      // the flat map: say it, don't draw it.
      if (o.max_km < 10000) circles.push({lat: home.lat, lon: home.lon, km: o.max_km, cls: 'operator', label: '… and at most ' + Math.round(o.max_km) + ' km'});
    }
    Charts.map(document.getElementById('map'), world, {points, circles});
    document.getElementById('mapLegend').replaceChildren(
      el('span', {class: 'key declared'}, '● declared place'), ' ', el('span', {class: 'key ip'}, '● sign-in IP locations'), ' ',
      el('span', {class: 'key landmark'}, '● RTT landmark'), ' ', el('span', {class: 'key feasible'}, '◯ where the endpoint can be (round-trip time)'), ' ',
      el('span', {class: 'key operator'}, '◯ how far the person typing is from the laptop (min, max)'));
    document.getElementById('dbip').hidden = located === 0;
    if (p.hours) Charts.hours(document.getElementById('hours'), p.hours); else document.getElementById('hoursCard').hidden = true;
    if (p.ring) {
      document.getElementById('ringCard').hidden = false;
      Charts.ring(document.getElementById('ring'), p.ring);
    }
  }

  function wire(c) {
    const msg = document.getElementById('decideMsg');
    const canDecide = me.role === 'analyst' || me.role === 'admin';
    for (const id of ['decide', 'assign', 'comment']) document.getElementById(id).hidden = !canDecide;
    if (!canDecide) msg.textContent = 'Your role (' + me.role + ') reads cases; analysts decide them.';
    document.getElementById('assignee').value = c.assignee || me.name;
    const act = (id, fn) => document.getElementById(id).addEventListener('submit', async e => {
      e.preventDefault();
      try {
        const entry = await fn();
        msg.textContent = 'Recorded in the audit log as #' + entry.id + '.';
        await render();
      } catch (x) { msg.textContent = x.message; }
    });
    act('decide', () => api(base + '/decision' + qs, {method: 'POST', body: {decision: document.getElementById('decision').value,
      reason: document.getElementById('reason').value}}));
    act('assign', () => api(base + '/assign' + qs, {method: 'POST', body: {assignee: document.getElementById('assignee').value}}));
    act('comment', () => api(base + '/comments' + qs, {method: 'POST', body: {text: document.getElementById('commentText').value}}));
  }

  const c = await render();
  wire(c);
  await renderProfile();
})();

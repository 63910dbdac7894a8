'use strict';
(async () => {
  const {el, api, when} = Daylight;
  const me = await Daylight.signedIn();
  const fields = ['q', 'level', 'kind', 'status', 'detector', 'assignee', 'min_age_days', 'sort'];
  const params = new URLSearchParams(location.search);
  for (const f of fields) if (params.has(f)) document.getElementById(f).value = params.get(f);

  async function load() {
    const p = new URLSearchParams();
    for (const f of fields) {
      const v = document.getElementById(f).value.trim();
      if (v) p.set(f, v);
    }
    history.replaceState(null, '', '/?' + p.toString());
    const rows = await api('/v1/cases?' + p.toString());
    const body = document.getElementById('rows');
    body.replaceChildren(...rows.map(r => {
      const href = '/cases/' + encodeURIComponent(r.subject) + (r.kind === 'worker' ? '' : '?kind=' + encodeURIComponent(r.kind));
      return el('tr', {class: 'level-' + r.level},
        el('td', {class: 'num'}, r.score),
        el('td', {}, el('span', {class: 'badge ' + r.level}, r.level)),
        el('td', {}, r.kind),
        el('td', {}, el('a', {href, class: 'subject'}, r.subject)),
        el('td', {}, r.top_reason || ''),
        el('td', {class: 'small'}, r.detectors.join(', ')),
        el('td', {}, r.assignee || '—'),
        el('td', {}, r.status.replace('_', ' ')),
        el('td', {class: 'small'}, when(r.first_seen)));
    }));
    document.getElementById('empty').hidden = rows.length > 0;
  }

  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); load(); });
  await load();

  if (me.role === 'auditor' || me.role === 'admin') {
    document.getElementById('auditPanel').hidden = false;
    const entries = await api('/v1/audit?limit=30');
    document.getElementById('auditRows').replaceChildren(...entries.map(a =>
      el('tr', {}, el('td', {class: 'num'}, a.id), el('td', {class: 'small'}, a.at.replace('T', ' ').slice(0, 19)),
        el('td', {}, a.actor), el('td', {}, a.action), el('td', {}, a.target))));
    document.getElementById('verify').addEventListener('click', async () => {
      const v = await api('/v1/audit/verify');
      document.getElementById('verifyResult').textContent = v.intact
        ? 'intact: ' + v.rows + ' rows, head ' + v.head.slice(0, 16) + '…'
        : 'BROKEN at row ' + v.first_broken_id + ': ' + v.problem;
    });
  }
})();

'use strict';
// "Explanation for the worker" on a worker's case page: what the analyst hands the worker when asking
// them to verify (GDPR Art. 13-15, 22). Shown only to roles that decide (the route refuses the others),
// and only as text: the explanation reaches the page through textContent, never as HTML.
(async () => {
  const kind = new URLSearchParams(location.search).get('kind') || 'worker';
  const card = document.getElementById('explanationCard');
  if (!card || kind !== 'worker') return;
  const me = await Daylight.api('/v1/session');
  if (me.role !== 'analyst' && me.role !== 'admin') return;
  const subject = decodeURIComponent(location.pathname.slice('/cases/'.length));
  const button = document.getElementById('explain');
  const out = document.getElementById('explanation');
  const msg = document.getElementById('explanationMsg');
  card.hidden = false;
  button.addEventListener('click', async () => {
    msg.textContent = '';
    try {
      const e = await Daylight.api('/v1/cases/' + encodeURIComponent(subject) + '/worker-explanation?kind=worker');
      out.textContent = e.text;
      out.hidden = false;
      msg.textContent = 'Reading it was written to the audit log. Give the worker this text as it is.';
    } catch (x) { msg.textContent = x.message; }
  });
})();

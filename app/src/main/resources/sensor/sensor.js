/*! Daylight browser sensor, contract v1. Timing only: it never reads which key was pressed or
 * what was typed (no event.key, event.code, event.data or field values), only event instants.
 * Include: <script src="https://daylight.example/sensor.js" integrity="sha384-..." crossorigin="anonymous"
 *   data-server="https://daylight.example" data-token="INGEST_TOKEN" data-subject="w-1042"
 *   data-device="dev-77"></script>
 * Do-not-collect: navigator.globalPrivacyControl, window.DAYLIGHT_OFF = true, or data-off on the tag.
 * See docs/sensors.md. */
(function () {
  'use strict';
  var tag = document.currentScript || {};
  var ds = tag.dataset || {};
  var cfg = window.DaylightConfig || {};
  function opt(k, d) { return cfg[k] !== undefined ? cfg[k] : (ds[k] !== undefined ? ds[k] : d); }
  var noop = function () {};
  var off = navigator.globalPrivacyControl === true || window.DAYLIGHT_OFF === true || ds.off !== undefined;
  if (off || !opt('subject') || !opt('token')) {
    window.Daylight = { stimulus: noop, flush: noop, collecting: false };
    return;
  }
  var server = String(opt('server', location.origin)).replace(/\/$/, '');
  var token = opt('token'), subject = opt('subject'), device = opt('device', null);
  var IDLE_MS = 2000;          // a pause ends a typing burst (as the agent's KeyTimingRecorder)
  var MAX_PRESSES = 256;       // keeps a line far below the contract's 1 MiB limit
  var MAX_POINTER = 512;
  var RESPONSE_WINDOW_MS = 10000; // a response later than this is not a reaction to the stimulus
  var QUEUE_CAP = 500;         // lines kept while offline (localStorage is ~5 MB per origin)
  var SEND_MS = Number(opt('sendEvery', 5000));
  var RTT_MS = Number(opt('rttEvery', 60000));
  var STORE = 'daylight.queue.' + subject;
  var t0 = performance.timeOrigin || (Date.now() - performance.now());

  function iso(ts) { return new Date(t0 + ts).toISOString(); }
  function rid() {
    return 'b-' + (window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(36) + Math.random().toString(36).slice(2));
  }
  function r1(x) { return Math.round(x * 10) / 10; }
  function ev(type, ts, fields) {
    var o = { type: type, id: rid(), time: iso(ts), subject: subject };
    if (device) o.device_id = device;
    for (var k in fields) o[k] = fields[k];
    return o;
  }

  // ---- queue: memory first, mirrored to localStorage so a closed or offline tab loses nothing
  var queue = [];
  try { queue = JSON.parse(localStorage.getItem(STORE) || '[]'); } catch (e) { queue = []; }
  function save() { try { localStorage.setItem(STORE, JSON.stringify(queue)); } catch (e) { /* full or blocked */ } }
  function push(o) {
    queue.push(JSON.stringify(o));
    if (queue.length > QUEUE_CAP) queue.splice(0, queue.length - QUEUE_CAP); // oldest dropped first
    save();
  }
  var sending = false, backoff = 0, notBefore = 0;
  function send(final) {
    closeBurst(performance.now(), final);
    if (sending || !queue.length || Date.now() < notBefore) return;
    var n = queue.length, body = queue.slice(0, n).join('\n') + '\n';
    sending = true;
    fetch(server + '/v1/events', {
      method: 'POST', body: body, keepalive: final === true && body.length < 60000, credentials: 'omit',
      headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/x-ndjson' }
    }).then(function (r) {
      sending = false;
      if (r.ok) { queue.splice(0, n); save(); backoff = 0; } else { fail(); }
    }, function () { sending = false; fail(); });
  }
  function fail() { // offline or refused: keep the queue, back off 1 s doubling to 5 min
    backoff = backoff ? Math.min(300000, backoff * 2) : 1000;
    notBefore = Date.now() + backoff / 2 + Math.random() * backoff / 2;
  }

  // ---- key and pointer instants (never the key)
  var down = [], up = [], held = [], ptr = [], burstStart = -1, lastPress = -1;
  function closeBurst(now, force) {
    if (burstStart < 0 || (!force && now - lastPress < IDLE_MS && down.length < MAX_PRESSES)) return;
    var o = { source: 'browser', down_ms: down.map(function (t) { return r1(t - burstStart); }) };
    var paired = up.length === down.length && up.every(function (t) { return t >= 0; });
    if (paired && down.length) o.up_ms = up.map(function (t) { return r1(t - burstStart); });
    if (ptr.length) o.pointer_ms = ptr.map(function (t) { return r1(t - burstStart); });
    if (down.length || ptr.length > 1) push(ev('keystrokes', burstStart, o));
    down = []; up = []; held = []; ptr = []; burstStart = -1;
  }
  function start(ts) { if (burstStart < 0) burstStart = ts; }
  addEventListener('keydown', function (e) {
    if (e.repeat) return; // auto-repeat is the keyboard's timer, not the person's
    closeBurst(e.timeStamp, false);
    start(e.timeStamp);
    held.push(down.length); down.push(e.timeStamp); up.push(-1); lastPress = e.timeStamp;
    if (down.length >= MAX_PRESSES) closeBurst(e.timeStamp, true);
    respond(e.timeStamp);
  }, { capture: true, passive: true });
  addEventListener('keyup', function (e) {
    // First in, first out: without key identities the oldest key down is the one released.
    if (held.length && burstStart >= 0) up[held.shift()] = e.timeStamp;
  }, { capture: true, passive: true });
  addEventListener('pointermove', function (e) {
    if (burstStart < 0) { start(e.timeStamp); lastPress = e.timeStamp; }
    if (ptr.length < MAX_POINTER) ptr.push(e.timeStamp);
  }, { capture: true, passive: true });
  addEventListener('pointerdown', function (e) { respond(e.timeStamp); }, { capture: true, passive: true });

  // ---- stimulus -> response. The stimulus instant is the frame that first shows it.
  var pending = null; // {kind, at}
  function mark(kind) {
    requestAnimationFrame(function (ts) { pending = { kind: kind, at: ts }; });
  }
  function respond(ts) {
    if (!pending || ts < pending.at) return;
    var p = pending; pending = null;
    var lat = ts - p.at;
    if (lat <= RESPONSE_WINDOW_MS) push(ev('interaction', p.at, { kind: p.kind, latency_ms: r1(lat), measured_at: 'endpoint' }));
  }
  var KINDS = { prompt_response: 1, dialog_response: 1, typo_correction: 1 };
  function kindOf(el) {
    var k = el.getAttribute && el.getAttribute('data-daylight-stimulus');
    return KINDS[k] ? k : (el.tagName === 'DIALOG' ? 'dialog_response' : 'prompt_response');
  }
  function visible(el) { return el.isConnected && !el.hidden && el.getClientRects().length > 0; }
  function consider(el) {
    if (el.nodeType !== 1) return;
    if ((el.hasAttribute('data-daylight-stimulus') || (el.tagName === 'DIALOG' && el.open)) && visible(el)) mark(kindOf(el));
  }
  new MutationObserver(function (list) {
    for (var i = 0; i < list.length; i++) {
      var m = list[i];
      if (m.type === 'attributes') consider(m.target);
      else for (var j = 0; j < m.addedNodes.length; j++) consider(m.addedNodes[j]);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['hidden', 'open', 'style', 'class', 'data-daylight-stimulus'] });

  // A character echoed then corrected: the frame that shows an insertion is the stimulus, the
  // deletion that follows it is the response. Only the edit's kind (inputType) is read.
  var lastInsert = -1;
  addEventListener('input', function (e) {
    if (e.inputType && e.inputType.indexOf('insert') === 0) {
      requestAnimationFrame(function (ts) { lastInsert = ts; });
    }
  }, { capture: true, passive: true });
  addEventListener('beforeinput', function (e) {
    if (e.inputType === 'deleteContentBackward' && lastInsert >= 0 && e.timeStamp > lastInsert) {
      var lat = e.timeStamp - lastInsert;
      lastInsert = -1; // only the first deletion after an echo reacts to it
      if (lat <= RESPONSE_WINDOW_MS) push(ev('interaction', e.timeStamp - lat, { kind: 'typo_correction', latency_ms: r1(lat), measured_at: 'endpoint' }));
    }
  }, { capture: true, passive: true });

  // ---- application-level round trips to the Daylight server (the echo answers at once)
  function rtt() {
    var a = performance.now();
    fetch(server + '/v1/echo', { method: 'POST', cache: 'no-store', credentials: 'omit',
      headers: { 'Authorization': 'Bearer ' + token } })
      .then(function (r) { return r.json().then(function (j) { return [r, j]; }); })
      .then(function (rj) {
        var b = performance.now();
        if (rj[0].ok && rj[1].landmark) push(ev('rtt', a, { landmark: rj[1].landmark, rtt_ms: r1(b - a), method: 'app' }));
      }, noop);
  }

  setInterval(send, SEND_MS);
  if (RTT_MS > 0) { setTimeout(rtt, 1000); setInterval(rtt, RTT_MS); }
  addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') send(true); });
  addEventListener('online', function () { notBefore = 0; send(); });
  window.Daylight = {
    collecting: true,
    /** The page shows a stimulus the person must react to; kind: prompt_response | dialog_response | typo_correction. */
    stimulus: function (el, kind) { mark(KINDS[kind] ? kind : (el ? kindOf(el) : 'prompt_response')); },
    flush: function () { send(true); }
  };
})();

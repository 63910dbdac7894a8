'use strict';
// Shared helpers. Every piece of data reaches the page through textContent or setAttribute on a
// fixed list of attribute names: nothing is parsed as HTML, so applicant-supplied strings stay text.
const Daylight = (() => {
  let session = null;
  const SAFE_ATTRS = new Set(['class', 'href', 'id', 'title', 'type', 'value', 'colspan', 'data-uid',
    'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd', 'width', 'height', 'viewBox', 'points',
    'text-anchor', 'role', 'aria-label', 'transform', 'rx', 'preserveAspectRatio', 'dominant-baseline']);

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (!SAFE_ATTRS.has(k)) throw new Error('attribute not allowed: ' + k);
      if (k === 'href' && !/^(\/|https:\/\/db-ip\.com|#)/.test(String(v))) throw new Error('link not allowed');
      node.setAttribute(k, String(v));
    }
    return node;
  }

  function el(tag, attrs, ...children) {
    const n = setAttrs(document.createElement(tag), attrs);
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      n.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return n;
  }

  function svg(tag, attrs, ...children) {
    const n = setAttrs(document.createElementNS('http://www.w3.org/2000/svg', tag), attrs);
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      n.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return n;
  }

  async function api(path, opts = {}) {
    const headers = {'Accept': 'application/json'};
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    if (opts.method && opts.method !== 'GET' && session) headers['X-CSRF-Token'] = session.csrf;
    const r = await fetch(path, {method: opts.method || 'GET', headers, credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body)});
    if (r.status === 401 && !opts.allow401) {
      location.assign('/login');
      throw new Error('not signed in');
    }
    const data = r.headers.get('Content-Type')?.includes('json') ? await r.json() : await r.text();
    if (!r.ok) throw new Error(data && data.error ? data.error : 'HTTP ' + r.status);
    return data;
  }

  async function signedIn() {
    session = await api('/v1/session');
    const me = document.getElementById('me');
    if (me) me.textContent = session.name + ' (' + session.role + ')';
    const out = document.getElementById('signout');
    if (out) out.addEventListener('click', async () => {
      await api('/v1/session', {method: 'DELETE'});
      location.assign('/login');
    });
    return session;
  }

  function when(ms) {
    if (!ms) return '';
    return new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  }

  return {el, svg, api, signedIn, when, session: () => session};
})();

'use strict';
document.getElementById('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const err = document.getElementById('error');
  err.textContent = '';
  try {
    await Daylight.api('/v1/session', {method: 'POST', allow401: true,
      body: {name: document.getElementById('name').value, password: document.getElementById('password').value}});
    location.assign('/');
  } catch (x) {
    err.textContent = x.message;
  }
});

// Served as-is to the browser by express.static.
const LMIF_KEY = 'lmif_live_uu7emskg4Pk7u0oyjTz8dnmT5Wx0VyD2'; // leak: a key in a page script (client-side and hardcoded)
const statusUrl = '/status'; // ok

fetch(statusUrl, { headers: { 'x-api-key': LMIF_KEY } }).then((r) => r.json()).then((s) => {
  document.getElementById('status').textContent = s.state;
});

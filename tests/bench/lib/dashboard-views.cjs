'use strict';
/* global window, document */
// Time to data per view of the dashboard (issue 18), in headless Chromium (software rendering: figures for this
// machine only): from the navigation's start until the view shows its data, on a cold page (a new browser context:
// no HTTP cache, no Apollo cache) and a warm server (the same view visited once before, unmeasured, unless quick).
// Each view's GraphQL requests are recorded on the way: the embedded-backend phase replays them.
const fs = require('node:fs');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// `pret`: the signal that the view shows its data (see readySignal).
const VIEWS = [
  { nom: 'Carte', route: () => '/', pret: 'carte' },
  { nom: 'Bretagne', route: () => '/bretagne', pret: 'tableau' },
  { nom: 'Pôles', route: () => '/poles', pret: 'tableau' },
  { nom: 'Fiche', route: (ctx) => `/poles/${ctx.poleId}`, pret: 'fiche' },
  { nom: 'Territoires', route: () => '/territoires', pret: 'tableau' },
  { nom: 'Comparer', route: () => '/comparer?t=PAYS:PAYS-BREST,REGION:53,FRANCE:FR', pret: 'tableau' },
  { nom: 'Dynamiques', route: () => '/dynamiques', pret: 'tableau' },
];

// Makes WebGL canvases readable (preserveDrawingBuffer), notes the first frame where a canvas has a painted pixel
// (deck.gl's canvas is transparent until a layer draws: the map's background is CSS), and exposes the check.
const PAINT_PROBE = `
(() => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') attrs = Object.assign({}, attrs, { preserveDrawingBuffer: true });
    return original.call(this, type, attrs);
  };
  const probe = document.createElement('canvas');
  probe.width = 48; probe.height = 48;
  window.__benchPainted = () => {
    const ctx = probe.getContext('2d', { willReadFrequently: true });
    for (const canvas of document.querySelectorAll('canvas')) {
      if (canvas.width === 0 || canvas.height === 0) continue;
      try {
        ctx.clearRect(0, 0, 48, 48);
        ctx.drawImage(canvas, 0, 0, 48, 48);
        const data = ctx.getImageData(0, 0, 48, 48).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      } catch (e) { /* not readable yet */ }
    }
    return false;
  };
  window.__firstPaint = null;
  const watch = () => {
    if (window.__firstPaint !== null) return;
    if (window.__benchPainted()) window.__firstPaint = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();
`;

// Evaluated in the page at each frame: the view's data is shown when its title is there, no loading state is left
// (lazy chunk, queries), and its data element is: rows in its table, the fiche's title, or for the map the status
// line with its counts and a painted canvas (at one frame's precision: the check runs once per frame).
function readySignal(pret) {
  const main = document.querySelector('main');
  if (!main || !main.querySelector('h1') || document.querySelector('.loading-state')) return false;
  const statuses = [...document.querySelectorAll('[role=status], .carte-status')].map((e) => e.textContent ?? '');
  if (statuses.some((t) => /Chargement|mise à jour/i.test(t))) return false;
  let shown = false;
  if (pret === 'tableau') shown = main.querySelector('table tbody tr') !== null;
  else if (pret === 'fiche') shown = main.querySelector('.pole-fiche h1') !== null;
  else if (pret === 'carte') shown = /territoires/.test(document.querySelector('.carte-status')?.textContent ?? '') && window.__benchPainted();
  return shown ? performance.now() : false;
}

function toPostBody(params) {
  const variables = params.get('variables');
  return JSON.stringify({ operationName: params.get('operationName') ?? undefined, query: params.get('query'), variables: variables ? JSON.parse(variables) : undefined });
}

// One visit on a new context: milliseconds to data (and to the map's first paint), the GraphQL requests sent.
async function visit(browser, url, pret, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const requetes = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.pathname !== '/graphql') return;
      if (req.method() === 'POST') requetes.push(req.postData());
      // Map layers are GET requests (HTTP validators): recorded as the same operation in a POST body for the replay.
      else if (req.method() === 'GET' && url.searchParams.has('query')) requetes.push(toPostBody(url.searchParams));
    });
    await page.addInitScript(PAINT_PROBE);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    try {
      const ms = await (await page.waitForFunction(readySignal, pret, { timeout: timeoutMs, polling: 'raf' })).jsonValue();
      const premierePeinture = await page.evaluate(() => window.__firstPaint);
      return { ms, premierePeinture, requetes };
    } catch {
      const text = await page.evaluate(() => document.body.innerText.slice(0, 160)).catch(() => '');
      return { erreur: `pas de données après ${timeoutMs / 1000} s (page : « ${text.replace(/\s+/g, ' ')} »)`, requetes };
    }
  } finally {
    await context.close();
  }
}

// `passes`: 2 (a warm-up visit, then the measured one) or 1 (quick: measured on the first visit).
async function measureViews({ baseUrl, context, passes, timeoutMs, log }) {
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} absent`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  const vues = [];
  try {
    for (const view of VIEWS) {
      const route = view.route(context);
      let result;
      for (let pass = 0; pass < passes; pass += 1) result = await visit(browser, `${baseUrl}${route}`, view.pret, timeoutMs);
      vues.push({ nom: view.nom, route, serveurChaud: passes > 1, ...result });
      log(`vue ${view.nom} (${route}) : ${result.erreur ?? `données à ${result.ms.toFixed(0)} ms`}, ${result.requetes.length} requête(s) GraphQL`);
    }
  } finally {
    await browser.close();
  }
  return vues;
}

module.exports = { measureViews, VIEWS };

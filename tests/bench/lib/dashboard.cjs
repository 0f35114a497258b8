'use strict';
/* global window, document */
// The dashboard's figures: the initial chunk (the entry script of dist/index.html) gzip size, and the time
// to first map paint in headless Chromium (software rendering: a regression figure for this machine only).
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function entryChunk(distDir) {
  const indexHtml = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexHtml)) throw new Error(`${indexHtml} absent (tableau de bord non construit)`);
  const html = fs.readFileSync(indexHtml, 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html);
  if (!entry) throw new Error("pas de script d'entrée dans dist/index.html");
  const sizeOf = (href) => {
    const content = fs.readFileSync(path.join(distDir, href.replace(/^\//, '')));
    return { file: href, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  };
  const main = sizeOf(entry[1]);
  // What the browser fetches before the first view: entry, its preloaded imports, the stylesheet.
  const initial = [entry[1], ...[...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g)].map((m) => m[1])];
  const all = initial.map(sizeOf);
  return {
    ...main,
    initialFiles: all,
    initialGzipBytes: all.reduce((n, f) => n + f.gzipBytes, 0),
  };
}

// Forces preserveDrawingBuffer on WebGL contexts so that the page can read the deck.gl canvas back, then
// watches every animation frame for the first non-transparent pixel of a canvas.
const PAINT_PROBE = `
(() => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') {
      attrs = Object.assign({}, attrs, { preserveDrawingBuffer: true });
    }
    return original.call(this, type, attrs);
  };
  const probe = document.createElement('canvas');
  probe.width = 48; probe.height = 48;
  window.__firstPaint = null;
  const check = () => {
    if (window.__firstPaint !== null) return;
    const ctx = probe.getContext('2d', { willReadFrequently: true });
    for (const canvas of document.querySelectorAll('canvas')) {
      if (canvas === probe || canvas.width === 0 || canvas.height === 0) continue;
      try {
        ctx.clearRect(0, 0, 48, 48);
        ctx.drawImage(canvas, 0, 0, 48, 48);
        const data = ctx.getImageData(0, 0, 48, 48).data;
        for (let i = 3; i < data.length; i += 4) {
          if (data[i] !== 0) { window.__firstPaint = performance.now(); return; }
        }
      } catch (e) { /* canvas not readable yet */ }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
`;

async function firstMapPaint(url, timeoutMs) {
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} absent`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(PAINT_PROBE);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    try {
      const handle = await page.waitForFunction(() => window.__firstPaint, null, { timeout: timeoutMs, polling: 50 });
      const ms = await handle.jsonValue();
      const canvases = await page.evaluate(() => document.querySelectorAll('canvas').length);
      return { ms, url, canvases };
    } catch {
      // Say what the page shows instead of a bare timeout.
      const state = await page
        .evaluate(() => ({ canvases: document.querySelectorAll('canvas').length, text: document.body.innerText.slice(0, 160) }))
        .catch(() => ({ canvases: '?', text: '' }));
      throw new Error(
        `aucun pixel peint après ${timeoutMs / 1000} s (${state.canvases} canvas ; page : « ${state.text.replace(/\s+/g, ' ')} »)`,
      );
    }
  } finally {
    await browser.close();
  }
}

module.exports = { entryChunk, firstMapPaint };

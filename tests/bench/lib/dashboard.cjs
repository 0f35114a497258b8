'use strict';
// The dashboard's initial chunk: the entry script of dist/index.html and what it preloads, raw and gzip.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

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

module.exports = { entryChunk };

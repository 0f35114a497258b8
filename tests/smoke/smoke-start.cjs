// Smoke test of the real product: wait for `pnpm start`, query /graphql, open / in headless Chromium.
const { chromium } = require('playwright-core');

const BASE = process.env.SMOKE_URL ?? 'http://127.0.0.1:4000';
const DEADLINE_MS = Number(process.env.SMOKE_TIMEOUT_MS ?? 300000);

async function waitForApi() {
  const started = Date.now();
  while (Date.now() - started < DEADLINE_MS) {
    try {
      const response = await fetch(`${BASE}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sante { statut backend versionPostgis migrationsEnAttente } }' }),
      });
      if (response.ok) return { body: await response.json(), seconds: (Date.now() - started) / 1000 };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`API non prête après ${DEADLINE_MS / 1000} s`);
}

async function main() {
  const { body, seconds } = await waitForApi();
  console.log(`API prête après ${seconds.toFixed(1)} s :`, JSON.stringify(body.data));
  if (body.data?.sante?.statut !== 'ok' || body.data.sante.backend !== 'EMBARQUE') {
    throw new Error(`réponse inattendue de sante : ${JSON.stringify(body)}`);
  }
  // The embedded backend dissolves the official outlines itself: the départements' map layer must be whole.
  const carte = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ carteTerritoires(niveau: DEPARTEMENT, precision: BASSE) }' }),
  }).then((r) => r.json());
  const departements = (carte.data?.carteTerritoires?.features ?? []).filter((f) => f.geometry);
  if (departements.length < 96) throw new Error(`carte des départements incomplète : ${departements.length} contours sur 101`);
  console.log(`Carte des départements : ${departements.length} contours.`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    await page.goto(`${BASE}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('h1', { timeout: 30000 });
    const title = await page.textContent('h1');
    const ide = await browser.newPage();
    ide.on('pageerror', (error) => problems.push(`ide: ${error.message}`));
    const ideResponse = await ide.goto(`${BASE}/graphql`, { waitUntil: 'load' });
    if (!ideResponse || !ideResponse.ok()) throw new Error('IDE GraphQL absent de /graphql');
    if (problems.length > 0) throw new Error(`erreurs dans la page :\n${problems.join('\n')}`);
    console.log(`Page / rendue (titre : ${title}), IDE servi sur /graphql, aucune erreur console.`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error('SMOKE ÉCHEC :', error.message);
  process.exit(1);
});

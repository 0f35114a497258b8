import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWatchedPage, saveScreenshot } from '../support/browser';
import { countPixels, parseCssColour } from '../support/canvas-pixels';
import { hoverUntilTooltip } from '../support/map-hover';
import { REPO_ROOT, startProduct, type RunningProduct } from '../support/start-product';
import { checkView, column, downloadCsv, MAP_BACKGROUND, openView, parseKm, readTable, waitForMapReady, waitUntilLoaded } from '../support/views';

// One product and one browser for every view (loading the reference data is the slow part).
// The project's own transcription of the 21 Pays (from the facts, with their sources), to compare the screen with.
const PAYS_BRETAGNE = path.resolve(REPO_ROOT, 'packages/api/data/territoires/pays-bretagne.csv');
const CSV_FILE = /^[a-z-]+-\d{4}-\d{2}-\d{2}\.csv$/;
const ARTIS = 'ARTIS';

interface CouvertureApi {
  couverture: { code: string; nom: string; associationDeveloppementActive: boolean; distancesPoleActif: { distanceKm: number | null }[] }[];
}

describe('the dashboard, view by view, as a regional council uses it', () => {
  let product: RunningProduct;
  let browser: Browser;
  let base = '';
  let artisPath = '';

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
    base = product.baseUrl;
    const data = await product.graphql<{ poles: { nodes: { id: string; nom: string }[] } }>(
      'query($q: String) { poles(filtre: { recherche: $q }, first: 5) { nodes { id nom } } }',
      { q: ARTIS },
    );
    const artis = data.poles.nodes.find((p) => p.nom === ARTIS);
    artisPath = artis ? `/poles/${artis.id}` : '/poles/introuvable';
  }, 400000);

  // Every page a test opened is closed: idle WebGL pages would slow the next tests down.
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const legendOf = (page: Page) => page.getByRole('complementary', { name: 'Légende de la carte' });

  it('Carte: the map paints territories and poles (not a blank canvas); its legend states the classification and the outlines’ source and vintage', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const started = Date.now();
    await page.goto(`${base}/`);
    const map = page.getByRole('region', { name: /^Carte des territoires et des pôles/ });
    await map.waitFor({ timeout: 60000 });
    let pixels = await countPixels(page, map, MAP_BACKGROUND);
    while (pixels.painted < pixels.total * 0.15 && Date.now() - started < 60000) {
      await page.waitForTimeout(200);
      pixels = await countPixels(page, map, MAP_BACKGROUND);
    }
    console.log(`Carte : première peinture de la carte ${Date.now() - started} ms après l’ouverture de la page`);
    await waitUntilLoaded(page);

    // The poles, coloured by type as the legend says, are on the map.
    const poleColours = await legendOf(page).locator('.legend-dot').evaluateAll((dots) => dots.map((d) => getComputedStyle(d).backgroundColor));
    expect(poleColours).toHaveLength(3);
    pixels = await countPixels(page, map, MAP_BACKGROUND, poleColours.map(parseCssColour));
    expect(pixels.painted / pixels.total).toBeGreaterThan(0.2);
    expect(pixels.near.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);

    // The user chooses an indicator: a choropleth whose legend says how its classes were made.
    await page.getByLabel(/^Indicateur/).selectOption({ label: 'Population' });
    await page.waitForURL(/indicateur=POPULATION/);
    await waitUntilLoaded(page);
    const legend = legendOf(page);
    await expect(legend.getByRole('heading', { name: 'Population' }).count()).resolves.toBe(1);
    const legendText = await legend.innerText();
    expect(legendText).toContain('5 classes, méthode : quantiles');
    expect(legendText).toMatch(/Source : .*INSEE/);
    // Official outlines, with the attribution their source requires and their vintage.
    expect(legendText).toContain('Contours : IGN Admin Express COG 2018 (simplifiés, france-geojson), Licence Ouverte / Etalab 2.0 — millésime 2018');
    expect(legendText).not.toContain('GeoNames');
    const classColours = await legend.locator('.legend-swatch').evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
    expect(classColours.length).toBeGreaterThanOrEqual(5);
    const choropleth = await countPixels(page, map, MAP_BACKGROUND, classColours.map(parseCssColour));
    // Every class of the legend colours some territory of the map.
    expect(choropleth.near.every((count) => count > 50)).toBe(true);
    await saveScreenshot(page, 'vue-carte-population-1280');

    // The same view on a 1920×1080 projector.
    const projector = await openWatchedPage(browser, 1920, 1080);
    await projector.page.goto(page.url(), { waitUntil: 'networkidle' });
    await waitUntilLoaded(projector.page);
    const big = await countPixels(projector.page, projector.page.getByRole('region', { name: /^Carte des territoires/ }), MAP_BACKGROUND);
    expect(big.painted / big.total).toBeGreaterThan(0.2);
    await saveScreenshot(projector.page, 'vue-carte-population-1920');
    expect([...problems, ...projector.problems]).toEqual([]);
  });

  it('Bretagne: the table lists the 21 Pays, those of the study’s Pays list', async () => {
    const { page, problems } = await openView(browser, `${base}/bretagne`);
    const table = page.getByRole('table', { name: /Pays de Bretagne/ });
    const { headers, rows } = await readTable(table);
    expect(rows).toHaveLength(21);
    const noms = rows.map((r) => r[column(headers, 'Pays')]);
    expect(new Set(noms).size).toBe(21);
    expect(await table.getByRole('link').count()).toBe(21);
    const lines = fs.readFileSync(PAYS_BRETAGNE, 'utf8').trim().split('\n').slice(1);
    const pays = new Set(lines.map((line) => line.split(';')).filter(([code]) => code !== 'NONE').map(([, nom]) => nom));
    expect(new Set(noms)).toEqual(pays);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('21 Pays');
    expect(problems).toEqual([]);
  });

  it('Bretagne: the map draws the 21 Pays of the study, Redon included, in their composition at a stated date', async () => {
    const { page, problems } = await openView(browser, `${base}/bretagne`);
    const map = page.getByRole('region', { name: /^Carte des 21 Pays de Bretagne/ });
    const caption = await page.locator('.bretagne-map figcaption').innerText();
    expect(caption).toContain('composition au 31 décembre 2017');
    expect(caption).toMatch(/Pays de Redon[^:]*: dissous en 2018/);
    expect(caption).toContain('IGN Admin Express COG 2018');
    expect(caption).toContain('millésime 2018');
    const carte = await product.graphql<{ carteTerritoires: { features: { id: string }[] } }>(
      '{ carteTerritoires(niveau: PAYS, dans: { niveau: REGION, code: "53" }, precision: MOYENNE, date: "2017-12-31") }',
    );
    expect(carte.carteTerritoires.features.map((f) => f.id)).toContain('PAYS-REDON');
    expect(carte.carteTerritoires.features).toHaveLength(21);
    const pixels = await countPixels(page, map, MAP_BACKGROUND);
    expect(pixels.painted / pixels.total).toBeGreaterThan(0.2);
    await saveScreenshot(page, 'vue-bretagne-21-pays');
    expect(problems).toEqual([]);
  });

  it('Territoires: the Pays de Redon says it was dissolved in 2018 instead of showing an empty Pays', async () => {
    const { page, problems } = await openView(browser, `${base}/territoires/pays/PAYS-REDON`);
    await page.getByRole('heading', { level: 1, name: /Pays de Redon/ }).waitFor({ timeout: 60000 });
    await waitUntilLoaded(page);
    await expect(page.locator('.territoire-dissous').innerText()).resolves.toContain('dissous en 2018');
    await saveScreenshot(page, 'vue-territoire-pays-de-redon');
    expect(problems).toEqual([]);
  });

  it('Bretagne: clicking a Pays on the map opens its Territoire page', async () => {
    const { page, problems } = await openView(browser, `${base}/bretagne`);
    const map = page.getByRole('region', { name: /^Carte des 21 Pays de Bretagne/ });
    // Under load the map draws seconds after the table: hover and click once it is drawn, not after a fixed time.
    await waitForMapReady(map);
    const hit = await hoverUntilTooltip(page, map, /\((PAYS-[A-Z0-9-]+)\)/);
    expect(hit).not.toBeNull();
    const [, nom, code] = /^(.+) \((PAYS-[A-Z0-9-]+)\)/m.exec(hit!.tooltip) ?? [];
    await waitForMapReady(map);
    await page.mouse.click(hit!.x, hit!.y);
    await page.waitForURL(new RegExp(`/territoires/pays/${code}$`, 'i'), { timeout: 60000 });
    await page.getByRole('heading', { level: 1, name: nom, exact: true }).waitFor({ timeout: 60000 });
    await waitUntilLoaded(page);
    await saveScreenshot(page, 'vue-territoire-depuis-carte');
    expect(problems).toEqual([]);
  });

  it('Done when: which Breton Pays have no active development association, and how far their population is from the nearest pole; exported', async () => {
    const { page, problems } = await openView(browser, `${base}/bretagne`);
    const { headers, rows } = await readTable(page.getByRole('table', { name: /Pays de Bretagne/ }));
    const [nomCol, prealablesCol, poleCol, moyenneCol] = [column(headers, 'Pays'), column(headers, 'Préalables'), column(headers, 'Pôle actif le + proche'), column(headers, 'Dist. moy. pondérée')];
    // The first of the study's two prerequisites: « Assoc. : oui|non » in the « Préalables » column.
    const sans = rows.filter((r) => r[prealablesCol]!.startsWith('Assoc. : non'));
    // The sentence above the table gives the same count.
    await expect(page.locator('header .bretagne-note').innerText()).resolves.toContain(`${sans.length} Pays sur 21 n’ont aucune association de développement active`);
    // Each of them says how far its population is from the nearest active pole: the API's figure (couverture) in km,
    // or « non renseigné » where the API does not know it (never a made-up distance).
    const api = await product.graphql<CouvertureApi>(
      '{ couverture(niveau: PAYS, dans: { niveau: REGION, code: "53" }, rayonKm: 20) { code nom associationDeveloppementActive distancesPoleActif { distanceKm } } }',
    );
    const apiSans = api.couverture.filter((c) => !c.associationDeveloppementActive);
    expect(sans.map((r) => r[nomCol]).sort()).toEqual(apiSans.map((c) => c.nom).sort());
    const known = apiSans.filter((c) => c.distancesPoleActif.some((d) => d.distanceKm !== null));
    // Answerable for all but Pays de Redon – Bretagne Sud (dissolved in 2018: no current members, so no population).
    expect(known.length).toBeGreaterThanOrEqual(apiSans.length - 1);
    for (const c of apiSans) {
      const row = sans.find((r) => r[nomCol] === c.nom)!;
      const distances = c.distancesPoleActif.map((d) => d.distanceKm).filter((d): d is number => d !== null);
      if (distances.length === 0) {
        expect([c.nom, row[poleCol], row[moyenneCol]]).toEqual([c.nom, 'non renseigné', 'non renseigné']);
        continue;
      }
      const shown = parseKm(row[poleCol]!);
      expect([c.nom, shown !== null && Math.abs(shown - Math.min(...distances)) <= 0.051, parseKm(row[moyenneCol]!) !== null]).toEqual([c.nom, true, true]);
    }

    const csv = await downloadCsv(page, page.getByRole('group', { name: 'Exporter le tableau' }).getByRole('button', { name: 'CSV' }));
    expect(csv.fileName).toMatch(CSV_FILE);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = csv.rows;
    expect(header).toEqual(expect.arrayContaining(['Pays', 'Association de développement active', 'Pôle actif le plus proche (km)']));
    expect(body).toHaveLength(21);
    const csvSans = body.filter((r) => r[header!.indexOf('Association de développement active')] === 'non');
    expect(csvSans.map((r) => r[header!.indexOf('Pays')]).sort()).toEqual(sans.map((r) => r[nomCol]).sort());
    const csvKm = csvSans.map((r) => r[header!.indexOf('Pôle actif le plus proche (km)')]!);
    expect(csvKm.filter((km) => /^\d+(,\d+)?$/.test(km))).toHaveLength(known.length);
    expect(problems).toEqual([]);
  });

  it('Pôles: opening ARTIS from the list shows its fiche: its fields, « non renseigné » for the unknown ones, its source', async () => {
    const { page, problems } = await openView(browser, `${base}/poles`);
    await page.getByRole('link', { name: ARTIS, exact: true }).click();
    await page.waitForURL(/\/poles\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: ARTIS, exact: true }).waitFor({ timeout: 60000 });
    await waitUntilLoaded(page);
    const field = (label: string) => page.locator('.fiche-field', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    await expect(field('Type').first().innerText()).resolves.toContain('Espace d\'hébergement');
    await expect(field('Commune siège').innerText()).resolves.toContain('Grenoble');
    await expect(field('Date de création').innerText()).resolves.toBe('non renseigné');
    await expect(field('Budget').innerText()).resolves.toBe('non renseigné');
    await expect(page.locator('main').innerText()).resolves.toMatch(/Provenance : Étude « Les pôles de développement de l'économie sociale et solidaire en France »/);
    await saveScreenshot(page, 'vue-fiche-artis');
    expect(problems).toEqual([]);
  });

  it('Pôles: after a search, clicking a pole of the result opens its fiche', async () => {
    const { page, problems } = await openView(browser, `${base}/poles`);
    await page.getByLabel('Rechercher (nom ou territoire)').fill('artis');
    await page.waitForURL(/q=artis/);
    await waitUntilLoaded(page);
    await page.getByRole('link', { name: ARTIS, exact: true }).click();
    await page.waitForURL(/\/poles\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: ARTIS, exact: true }).waitFor({ timeout: 20000 });
    expect(problems).toEqual([]);
  });

  it('Pôles: the CSV export of a filtered list downloads and parses (BOM, « ; », header, one row per pole shown)', async () => {
    // Opened from its address (a filter changed in the page is covered by the shared-URL test below).
    const { page, problems } = await openView(browser, `${base}/poles?types=ESPACE_HEBERGEMENT`);
    expect(await page.getByRole('group', { name: 'Type' }).getByLabel('Espace d\'hébergement').isChecked()).toBe(true);
    const status = await page.locator('.poles-count').innerText();
    const shown = Number(/^(\d+) pôle/.exec(status)?.[1]);
    const { headers, rows } = await readTable(page.getByRole('table', { name: /^Pôles/ }));
    // The study's fiches describe 7 hosting spaces (etude-chiffres.csv, « fiches initiatives réalisées »).
    expect([shown, rows.length]).toEqual([7, 7]);

    const csv = await downloadCsv(page, page.getByRole('group', { name: 'Exporter cette liste' }).getByRole('button', { name: 'CSV' }));
    expect(csv.fileName).toMatch(CSV_FILE);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8').split('\r\n')[0]).toContain(';');
    const [header, ...body] = csv.rows;
    expect(header).toEqual(expect.arrayContaining(['Nom', 'Type', 'Statut', 'Commune siège']));
    expect(body).toHaveLength(shown);
    expect(body.every((r) => r.length === header!.length)).toBe(true);
    expect(body.every((r) => r[header!.indexOf('Type')] === 'Espace d\'hébergement')).toBe(true);
    expect(body.map((r) => r[header!.indexOf('Nom')]).sort()).toEqual(rows.map((r) => r[column(headers, 'Nom')]).sort());
    expect(problems).toEqual([]);
  });

  it('Shared URL: a Carte with level, indicator, classification and a type filter reopens identically in a new page', async () => {
    const first = await openView(browser, `${base}/`);
    const page = first.page;
    await page.getByLabel(/^Niveau/).selectOption('DEPARTEMENT');
    await page.getByLabel(/^Indicateur/).selectOption('POPULATION');
    await page.getByLabel(/^Classes/).selectOption('JENKS');
    await page.getByRole('group', { name: 'Type de pôle' }).getByLabel('Espace d\'hébergement').click();
    await page.waitForURL((url) => ['niveau=DEPARTEMENT', 'indicateur=POPULATION', 'methode=JENKS', 'types=ESPACE_HEBERGEMENT'].every((p) => url.search.includes(p)));
    await waitUntilLoaded(page);
    const snapshot = async (p: Page) => ({
      selects: await p.locator('form.carte-filters select').evaluateAll((s) => s.map((e) => (e as HTMLSelectElement).value)),
      checked: await p.locator('form.carte-filters input[type=checkbox]').evaluateAll((c) => c.map((e) => (e as HTMLInputElement).checked)),
      status: await p.locator('.carte-status').innerText(),
      legend: await legendOf(p).innerText(),
    });
    const before = await snapshot(page);
    expect(before.selects.slice(0, 3)).toEqual(['DEPARTEMENT', 'POPULATION', 'JENKS']);
    expect(before.legend).toContain('méthode : seuils naturels (Jenks');

    const shared = await openView(browser, page.url());
    expect(await snapshot(shared.page)).toEqual(before);
    await saveScreenshot(shared.page, 'vue-carte-partagee');
    expect([...first.problems, ...shared.problems]).toEqual([]);
  });

  it('Shared URL: a Pôles search and a Comparer selection reopen identically in a new page', async () => {
    const poles = await openView(browser, `${base}/poles`);
    await poles.page.getByLabel('Rechercher (nom ou territoire)').fill('brest');
    await poles.page.getByRole('group', { name: 'Statut' }).getByLabel('Actif').click();
    await poles.page.waitForURL((url) => url.search.includes('q=brest') && url.search.includes('statuts=ACTIF'));
    await waitUntilLoaded(poles.page);
    const polesSnapshot = async (p: Page) => ({
      recherche: await p.getByLabel('Rechercher (nom ou territoire)').inputValue(),
      actif: await p.getByRole('group', { name: 'Statut' }).getByLabel('Actif').isChecked(),
      count: await p.locator('.poles-count').innerText(),
      table: await readTable(p.getByRole('table', { name: /^Pôles/ })),
    });
    const polesBefore = await polesSnapshot(poles.page);
    expect(polesBefore.table.rows.length).toBeGreaterThan(0);
    const polesShared = await openView(browser, poles.page.url());
    expect(await polesSnapshot(polesShared.page)).toEqual(polesBefore);

    const comparer = await openView(browser, `${base}/comparer`);
    await comparer.page.getByRole('button', { name: /le Pays de Brest, la Bretagne et la France/ }).click();
    await comparer.page.getByLabel('Indicateur du graphique').selectOption('POPULATION');
    await comparer.page.waitForURL((url) => url.search.includes('t=') && url.search.includes('i=POPULATION'));
    await waitUntilLoaded(comparer.page);
    const comparerSnapshot = async (p: Page) => ({
      indicateur: await p.getByLabel('Indicateur du graphique').inputValue(),
      table: await readTable(p.getByRole('table').first()),
    });
    const comparerBefore = await comparerSnapshot(comparer.page);
    expect(comparerBefore.table.headers.join(' ')).toMatch(/Pays de Brest.*Bretagne.*France/);
    const comparerShared = await openView(browser, comparer.page.url());
    expect(await comparerSnapshot(comparerShared.page)).toEqual(comparerBefore);
    expect([...poles.problems, ...polesShared.problems, ...comparer.problems, ...comparerShared.problems]).toEqual([]);
  });

  it('Carte at Pays level: « Nombre de pôles situés » separates the Pays with no pole (0) from those with one, in two colours', async () => {
    const { page, problems } = await openView(browser, `${base}/?niveau=PAYS&indicateur=NOMBRE_POLES&methode=QUANTILES&nombre=5`, 1440, 900);
    const map = page.getByRole('region', { name: /^Carte des territoires et des pôles/ });
    await waitForMapReady(map);
    const legend = legendOf(page);
    const rows = await legend.locator('li:has(.legend-swatch)').allInnerTexts();
    // Integer counts: one class per count, zero on its own; never « de 0 à 1 ».
    expect(rows.map((r) => r.trim())).toEqual(['0', '1']);
    const api = await product.graphql<{ classes: { valeurs: { valeur: number | null }[] } }>(
      '{ classes(indicateur: NOMBRE_POLES, niveau: PAYS, methode: QUANTILES, nombre: 5) { valeurs { valeur } } }',
    );
    expect(new Set(api.classes.valeurs.map((v) => v.valeur))).toEqual(new Set([0, 1]));
    const colours = await legend.locator('.legend-swatch').evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
    expect(new Set(colours).size).toBe(2);
    const pixels = await countPixels(page, map, MAP_BACKGROUND, colours.map(parseCssColour));
    expect(pixels.near.every((count) => count > 200)).toBe(true);
    // The sidebar fits the screen: its last line is visible without scrolling the page.
    const hint = await page.locator('.carte-hint').boundingBox();
    expect(hint!.y + hint!.height).toBeLessThanOrEqual(900);
    await saveScreenshot(page, 'vue-carte-pays-nombre-poles-1440');
    expect(problems).toEqual([]);
  });

  it('Bretagne at 1440 px: the table shows coverage and employment without scrolling sideways; sources are numbered notes', async () => {
    const { page, problems } = await openView(browser, `${base}/bretagne`, 1440, 900);
    const wrapper = page.locator('.bretagne-table .data-table-wrapper');
    const [scrollWidth, clientWidth] = await wrapper.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const { headers, rows } = await readTable(page.getByRole('table', { name: /Pays de Bretagne/ }));
    const emploi = column(headers, 'Emplois ESS');
    expect(column(headers, 'Pop. à <')).toBeGreaterThan(0);
    const brest = rows.find((r) => r[column(headers, 'Pays')] === 'Pays de Brest')!;
    // The value, its year and its note number first; what limits the value (if anything) after it (readTable
    // joins the cell's lines with a space).
    const [, note] = /\(\d{4}\)\s*(\d+)(?=\s|$)/.exec(brest[emploi]!) ?? [];
    expect(note).toBeDefined();
    const notes = await page.getByRole('region', { name: /Sources de l’emploi ESS/ }).locator('li').allInnerTexts();
    expect(notes[Number(note) - 1]).toMatch(/\S/);
    expect(headers).not.toContain('Source (emploi)');
    await wrapper.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'vue-bretagne-tableau-1440');
    expect(problems).toEqual([]);
  });

  it('Comparer: the picker is empty again after adding a territory; a yes/no indicator is said in words, not drawn', async () => {
    const { page, problems } = await openView(browser, `${base}/comparer?t=PAYS:PAYS-BREST,REGION:53`, 1440, 900);
    const picker = page.getByRole('group', { name: 'Ajouter un territoire' });
    await picker.getByLabel('Niveau').selectOption('DEPARTEMENT');
    await picker.getByLabel('Nom').fill('Finis');
    await picker.getByRole('button', { name: /Finistère/ }).click();
    await page.waitForURL((url) => url.search.includes('DEPARTEMENT'));
    await expect(picker.getByLabel('Nom').inputValue()).resolves.toBe('');
    await page.getByLabel('Indicateur du graphique').selectOption('ASSOCIATION_DEVELOPPEMENT_ACTIVE');
    await waitUntilLoaded(page);
    const figure = page.locator('.chart-figure');
    await expect(figure.locator('.recharts-surface').count()).resolves.toBe(0);
    await expect(figure.locator('.comparer-oui-non li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Pays de Brest : (oui|non)$/),
      expect.stringMatching(/^Bretagne : (oui|non)$/),
      expect.stringMatching(/^Finistère : (oui|non)$/),
    ]);
    // Each source is written once, under the table.
    const notes = await page.getByRole('region', { name: 'Sources et méthodes' }).locator('li').allInnerTexts();
    expect(new Set(notes).size).toBe(notes.length);
    expect(problems).toEqual([]);
  });

  it('Done when: Dynamiques says how many hosting spaces the study counted in Rhône-Alpes (6), beside the fiches; exported', async () => {
    const { page, problems } = await openView(browser, `${base}/dynamiques`);
    // The study: « espaces d'hébergement : 24, dont 6 en Rhône-Alpes et 1 en Bretagne » (etude-chiffres.csv).
    await expect(page.locator('#rhone-alpes').innerText()).resolves.toMatch(/Espaces d’hébergement en Rhône-Alpes : l’étude en compte 6\b/);
    const { headers, rows } = await readTable(page.getByRole('table', { name: /Les comptes de l’étude/ }));
    const row = rows.find((r) => r[0] === 'Espaces d’hébergement' && r[1] === 'Rhône-Alpes');
    expect(row?.[column(headers, 'Selon l’étude')]).toBe('6');
    const csv = await downloadCsv(page, page.getByRole('button', { name: 'CSV' }));
    expect(csv.fileName).toMatch(CSV_FILE);
    const [header, ...body] = csv.rows;
    const csvRow = body.find((r) => r[0] === 'Espaces d’hébergement' && r[1] === 'Rhône-Alpes');
    expect(csvRow?.[header!.indexOf('Selon l\'étude')]).toBe('6');
    expect(body).toHaveLength(rows.length);
    expect(problems).toEqual([]);
  });

  const VIEWS: [string, string][] = [
    ['carte', '/'],
    ['carte-tableau', '/?affichage=tableau'],
    ['bretagne', '/bretagne'],
    ['poles', '/poles'],
    ['fiche', 'ARTIS'],
    ['territoires', '/territoires'],
    ['territoire', '/territoires/pays/PAYS-BREST'],
    ['comparer', '/comparer?t=PAYS:PAYS-BREST,REGION:53,FRANCE:FR'],
    ['dynamiques', '/dynamiques'],
  ];

  it.each(VIEWS)('%s (%s): no console error, no serious or critical axe violation, fits 1280 px wide', async (name, route) => {
    const watched = await openView(browser, `${base}${route === 'ARTIS' ? artisPath : route}`);
    const check = await checkView(watched, `vue-${name}-1280`);
    const horizontalScroll = await watched.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect({ problems: check.problems, a11y: check.a11y, horizontalScroll }).toEqual({ problems: [], a11y: [], horizontalScroll: 0 });
  });
});

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { REPO_ROOT, startProduct, type RunningProduct } from '../support/start-product';
import { checkView, openView, readTable, column, waitForMapReady } from '../support/views';

const exec = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'packages/api/dist/cli/cli.js');

// Two editors' tokens, created by the CLI as an administrator would (before the server: the embedded database
// serves one process).
async function creerJeton(env: { databaseUrl: string; dataDir: string }, nom: string): Promise<string> {
  const { stdout } = await exec(process.execPath, [CLI, 'jetons:creer', '--role', 'editeur', '--nom', nom], {
    env: { ...process.env, DATABASE_URL: env.databaseUrl, ...(env.dataDir ? { DATA_DIR: env.dataDir } : {}) },
  });
  return stdout.trim().split('\n').pop()!;
}

async function seConnecter(page: Page, jeton: string): Promise<void> {
  await page.getByLabel('Éditeur ? Jeton d’API').fill(jeton);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText(/^Connecté comme/).waitFor();
}

describe('« L’étude » : the study, its notes and the prerequisites, read and edited in the dashboard', () => {
  let product: RunningProduct;
  let browser: Browser;
  const jetons: string[] = [];

  beforeAll(async () => {
    product = await startProduct({
      beforeStart: async (env) => {
        jetons.push(await creerJeton(env, 'Éditrice régionale'), await creerJeton(env, 'Second éditeur'));
      },
    });
    browser = await launchBrowser();
  }, 400000);
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('an anonymous reader sees the typology with its counts, the six notes with « non renseigné », and no edit control', async () => {
    const watched = await openView(browser, `${product.baseUrl}/etude`);
    const { page } = watched;
    expect(await page.locator('main h1').innerText()).toMatch(/^L’étude/);
    const typologie = page.getByRole('figure', { name: 'Définition et typologie' });
    expect(await typologie.innerText()).toContain("Pôles ESS : Regroupement d'acteurs de l'ESS");
    const fiches = await product.graphql<{ a: { totalCount: number } }>('{ a: poles(filtre: { types: [ASSOCIATION_DEVELOPPEMENT] }) { totalCount } }');
    const association = typologie.locator('[data-type="ASSOCIATION_DEVELOPPEMENT"]');
    const texteAssociation = await association.innerText();
    expect(texteAssociation).toMatch(/UNE fonction/);
    expect(texteAssociation).toMatch(/Recensés par l’étude\s*29 \(France ; dont 6 en Bretagne\)/);
    expect(texteAssociation).toMatch(new RegExp(`Fiches dans la plateforme\\s*${fiches.a.totalCount}`));
    expect(await typologie.getByRole('region', { name: 'Physique', exact: true }).locator('li').count()).toBe(2);
    expect(await typologie.locator('[data-type="CENTRE_MULTIFONCTION"]').innerText()).toMatch(/MULTI fonction/);

    const notes = page.locator('.analyse-card');
    expect(await notes.count()).toBe(6);
    const toulouse = page.locator('.analyse-card', { hasText: 'Midi Pyrénées' });
    expect(await toulouse.getByText('non renseigné', { exact: true }).count()).toBe(3);
    expect(await page.locator('.analyse-card', { hasText: 'Région Bretagne' }).innerText()).toContain('ADESS Pays de Brest');

    const projets = await readTable(page.locator('table.projets-etude'));
    expect(projets.rows).toHaveLength(5);
    expect(projets.rows.find((r) => r[0]!.startsWith('Centre multifonction en projet à Nantes'))![column(projets.headers, 'Surface')]).toBe('4 500 m²');

    expect(await page.getByRole('button', { name: 'Modifier la note' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Évaluer le soutien' }).count()).toBe(0);
    const check = await checkView(watched, 'etude');
    console.log(`L’étude : capture ${check.screenshot}`);
    expect(check.a11y).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(check.problems).toEqual([]);
  });

  it('an editor edits the fiche of ADESS Pays de Brest: a bad value is named next to its field, then the fiche shows the new values', async () => {
    const data = await product.graphql<{ poles: { nodes: { id: string; nom: string }[] } }>(
      '{ poles(filtre: { recherche: "ADESS Pays de Brest" }, first: 5) { nodes { id nom } } }',
    );
    const adess = data.poles.nodes.find((p) => p.nom === 'ADESS Pays de Brest')!;
    const lecteur = await openView(browser, `${product.baseUrl}/poles/${adess.id}`);
    expect(await lecteur.page.getByRole('button', { name: 'Modifier la fiche' }).count()).toBe(0);

    const { page, problems } = await openView(browser, `${product.baseUrl}/poles/${adess.id}`);
    await seConnecter(page, jetons[0]!);
    await page.getByRole('button', { name: 'Modifier la fiche' }).click();
    const form = page.getByRole('form', { name: 'Modifier la fiche ADESS Pays de Brest' });
    await form.getByLabel('Taille du pôle (1 à 5)').fill('7');
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    const taille = form.locator('label', { hasText: 'Taille du pôle' });
    await taille.locator('.champ-erreur').waitFor();
    expect(await taille.locator('.champ-erreur').innerText()).toMatch(/de 1 à 5/);
    const edition = await checkView({ page, problems }, 'etude-fiche-edition');
    expect(edition.a11y).toEqual([]);
    await form.getByLabel('Taille du pôle (1 à 5)').fill('3');
    await form.getByLabel('Contact', { exact: true }).fill('contact@adess-pays-de-brest.example');
    await form.getByLabel(/^Source des valeurs modifiées/).fill('Rapport d’activité 2024 de l’ADESS');
    await form.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByText('Fiche enregistrée.').waitFor();
    expect(await page.locator('main').innerText()).toContain('contact@adess-pays-de-brest.example');
    await page.getByRole('button', { name: 'Historique de la fiche' }).click();
    expect(await page.getByRole('list', { name: 'Historique de la fiche' }).innerText()).toMatch(/Modification .* par Éditrice régionale : .*contact/);
    expect(problems).toEqual([]);
  });

  it('an editor signs in (token kept out of the URL), records the support of the Pays de Brest: it then meets both prerequisites', async () => {
    const { page, problems } = await openView(browser, `${product.baseUrl}/etude`);
    await seConnecter(page, jetons[0]!);
    expect(page.url()).not.toContain(jetons[0]!);
    const brest = page.locator('tr[data-pays="PAYS-BREST"]');
    expect(await brest.locator('td').nth(3).innerText()).toBe('Non');
    await brest.getByRole('button', { name: 'Évaluer le soutien' }).click();
    const form = page.getByRole('form', { name: 'Soutien des collectivités : Pays de Brest' });
    await form.getByRole('radio', { name: 'Oui', exact: true }).check();
    await form.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    // No source: the message is next to the field, nothing recorded.
    await form.locator('.champ-erreur').waitFor();
    expect(await form.locator('.champ-erreur').innerText()).toMatch(/source/);
    await form.getByLabel('Source (obligatoire pour oui ou non)').fill('Convention Pays de Brest – ADESS, 2024');
    await form.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await brest.locator('td').nth(2).innerText()).toMatch(/^Oui — source : Convention Pays de Brest/);
    expect(await brest.locator('td').nth(3).innerText()).toBe('Oui');
    const api = await product.graphql<{ territoire: { prealables: { deuxPrealables: boolean } } }>(
      '{ territoire(niveau: PAYS, code: "PAYS-BREST") { prealables { deuxPrealables } } }',
    );
    expect(api.territoire.prealables.deuxPrealables).toBe(true);

    // The Bretagne view, reached as a reader would: the Pays de Brest's row says it meets both, and the map
    // indicator « Pays réunissant les deux préalables » names it in its legend.
    await page.getByRole('link', { name: 'Bretagne', exact: true }).click();
    await page.waitForURL(/\/bretagne$/);
    await page.getByRole('heading', { level: 1, name: /^Bretagne : les 21 Pays/ }).waitFor({ timeout: 60000 });
    const table = page.getByRole('table', { name: /^Les 21 Pays de Bretagne/ });
    const { headers, rows } = await readTable(table);
    const ligne = rows.find((r) => r[column(headers, 'Pays')] === 'Pays de Brest')!;
    expect(ligne[column(headers, 'Préalables')]).toMatch(/^Assoc\. : oui Soutien : oui\d* Les deux : oui$/);
    const autres = rows.filter((r) => r[column(headers, 'Pays')] !== 'Pays de Brest');
    expect(autres.filter((r) => r[column(headers, 'Préalables')]!.endsWith('Les deux : oui'))).toEqual([]);
    const legende = page.locator('.bretagne-map figcaption');
    expect(await legende.innerText()).not.toContain('Pays réunissant les deux préalables');
    await page.getByLabel('Indicateur de la carte').selectOption({ label: 'Pays réunissant les deux préalables' });
    await page.waitForURL(/[?&]carte=prealables/);
    expect(await legende.innerText()).toMatch(/Pays réunissant les deux préalables de l’étude \([^)]*\) : Pays de Brest\s+pas les deux/);
    await waitForMapReady(page.getByRole('region', { name: /^Carte des 21 Pays de Bretagne/ }));
    const bretagne = await checkView({ page, problems }, 'etude-bretagne-deux-prealables');
    console.log(`Bretagne, deux préalables : capture ${bretagne.screenshot}`);
    expect(bretagne.a11y).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('an editor writes a new note on the Pays de Brest: a missing title is named, then the note shows « non renseigné » where left empty', async () => {
    const { page, problems } = await openView(browser, `${product.baseUrl}/etude`);
    await seConnecter(page, jetons[1]!);
    await page.getByRole('button', { name: 'Écrire une nouvelle note' }).click();
    const form = page.getByRole('form', { name: 'Nouvelle note d’analyse territoriale' });
    await form.getByLabel('Nom').fill('Brest');
    await form.getByRole('button', { name: /^Pays de Brest/ }).click();
    await form.getByText('Choisi : Pays de Brest').waitFor();
    await form.getByRole('button', { name: 'Créer la note' }).click();
    const titre = form.locator('label', { hasText: 'Titre' });
    await titre.locator('.champ-erreur').waitFor();
    expect(await titre.locator('.champ-erreur').innerText()).toMatch(/titre/);
    await titre.locator('input').fill('Le Pays de Brest en 2026');
    await form.getByLabel('Quelles dynamiques entre les acteurs ?').fill('L’ADESS anime le réseau des acteurs du Pays.');
    await form.getByRole('button', { name: 'Créer la note' }).click();
    const note = page.locator('.analyse-card', { hasText: 'Le Pays de Brest en 2026' });
    await note.waitFor();
    expect(await note.getByText('non renseigné', { exact: true }).count()).toBe(2);
    expect(await note.innerText()).toContain('écrit par Second éditeur');
    expect(await page.locator('.analyse-card').count()).toBe(7);
    expect(problems).toEqual([]);
  });

  it('a second editor saving an older version of a note gets the conflict screen with both versions, nothing lost', async () => {
    const premier = await openView(browser, `${product.baseUrl}/etude`);
    const second = await openView(browser, `${product.baseUrl}/etude`);
    await seConnecter(premier.page, jetons[0]!);
    await seConnecter(second.page, jetons[1]!);
    const note = (page: Page) => page.locator('.analyse-card', { hasText: 'Région Midi Pyrénées' });
    // Both open the note at the same version; the first saves.
    await note(premier.page).getByRole('button', { name: 'Modifier la note' }).click();
    await note(second.page).getByRole('button', { name: 'Modifier la note' }).click();
    await note(premier.page).getByLabel('Quelles politiques ESS des collectivités locales ?').fill('Texte de la première éditrice.');
    await note(premier.page).getByRole('button', { name: 'Enregistrer' }).click();
    await note(premier.page).getByText('Note enregistrée.').waitFor();
    expect(await note(premier.page).innerText()).toContain('Texte de la première éditrice.');

    await note(second.page).getByLabel('Quels axes de développement ?').fill('Texte du second éditeur.');
    await note(second.page).getByRole('button', { name: 'Enregistrer' }).click();
    const conflit = note(second.page).locator('.conflit');
    await conflit.waitFor();
    const texte = await conflit.innerText();
    expect(texte).toContain('Quelqu’un a enregistré cette note avant vous');
    expect(texte).toContain('Texte de la première éditrice.');
    expect(texte).toContain('Texte du second éditeur.');
    expect(await note(second.page).getByLabel('Quels axes de développement ?').inputValue()).toBe('Texte du second éditeur.');
    await second.page.screenshot({ path: path.join(REPO_ROOT, 'tests/artifacts/etude-conflit.png') });
    // Knowingly keeping one's version saves it over the newer one.
    await conflit.getByRole('button', { name: /^Garder ma version/ }).click();
    await note(second.page).getByRole('button', { name: 'Enregistrer' }).click();
    await note(second.page).getByText('Note enregistrée.').waitFor();
    expect(premier.problems).toEqual([]);
  });
});

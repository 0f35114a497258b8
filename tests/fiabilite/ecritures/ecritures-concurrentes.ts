import os from 'node:os';
import type { RunningProduct } from '../../support/start-product';
import { sonderSante, type MesuresSante } from '../sonde-sante';
import { comparerALaReconstruction } from './couverture-reconstruite';
import { compterCodes, ecrire, generateur, mediane, pointAuHasard, requete, type Reponse } from './ecrire-en-parallele';

// Issue 20's concurrency suite: editors writing at once on the built product, `sante` probed meanwhile; figures
// printed with the machine's load. PostgreSQL only (the embedded database serves one connection: its writes are one
// at a time by construction, and the CLI that gives a token cannot run beside its server).
const CREER = `mutation($donnees: DonneesPoleInput!) { creerPole(donnees: $donnees) { id slug version } }`;
const MODIFIER = `mutation($id: ID!, $version: Int!, $donnees: DonneesPoleInput!) { modifierPole(id: $id, version: $version, donnees: $donnees) { id version } }`;
const HISTORIQUE = `query($id: ID!) { pole(id: $id) { historique { action } } }`;

type Cree = { creerPole: { id: string; slug: string; version: number } };
type Modifie = { modifierPole: { id: string; version: number } };

const afficher = (texte: string) => process.stdout.write(`${texte}\n`);
const charge = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
const decrireSante = (s: MesuresSante) => `sante ${s.mesures} mesures, médiane ${s.medianeMs} ms, max ${s.maxMs} ms, ${s.echecs} échec(s), charge ${charge()}`;

export interface Ecrivain {
  produit: RunningProduct;
  jeton: string;
}

// Defines the suite's tests inside the caller's describe, on its running product and editor token (null: skipped).
export function testerEcrituresConcurrentes(contexte: () => Ecrivain | null, graine: number): void {
  const hasard = generateur(graine);
  // Accepted writes per pole: the history must hold exactly these.
  const acceptees = new Map<string, number>();
  const compter = (id: string) => acceptees.set(id, (acceptees.get(id) ?? 0) + 1);
  const ctx = () => contexte()!;

  const creer = async (donnees: Record<string, unknown>) => {
    const r = await ecrire<Cree>(ctx().produit.baseUrl, ctx().jeton, CREER, { donnees });
    if (r.data?.creerPole) compter(r.data.creerPole.id);
    return r;
  };
  const modifier = async (id: string, version: number, donnees: Record<string, unknown>) => {
    const r = await ecrire<Modifie>(ctx().produit.baseUrl, ctx().jeton, MODIFIER, { id, version, donnees });
    if (r.data?.modifierPole) compter(id);
    return r;
  };
  // Runs the writes all at once while sante is probed.
  const pendantSante = async <T>(travail: () => Promise<T>): Promise<{ resultat: T; sante: MesuresSante }> => {
    const sonde = sonderSante(ctx().produit.baseUrl);
    try {
      return { resultat: await travail(), sante: await sonde.arreter() };
    } catch (erreur) {
      await sonde.arreter();
      throw erreur;
    }
  };
  const siPostgres = (nom: string, test: () => Promise<void>) =>
    it(nom, async () => {
      if (!contexte()) {
        afficher(`ignoré sur la base embarquée : ${nom}`);
        return;
      }
      await test();
    }, 600_000);

  siPostgres('prints the time of one modifierPole: a text edit, then a move', async () => {
    const cree = await creer({ nom: 'Pôle mesuré', type: 'CENTRE_MULTIFONCTION', statut: 'ACTIF', position: pointAuHasard(hasard) });
    expect(cree.code).toBeNull();
    let version = cree.data!.creerPole.version;
    const id = cree.data!.creerPole.id;
    const mesurer = async (donnees: () => Record<string, unknown>) => {
      const durees: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const r = await modifier(id, version, donnees());
        expect(r.code).toBeNull();
        version = r.data!.modifierPole.version;
        durees.push(r.ms);
      }
      return `médiane ${mediane(durees)} ms, max ${Math.max(...durees)} ms`;
    };
    const texte = await mesurer(() => ({ note: `note ${hasard()}` }));
    const deplacement = await mesurer(() => ({ position: pointAuHasard(hasard) }));
    afficher(`modifierPole, un à la fois (5 de chaque) : texte ${texte} ; déplacement ${deplacement} ; charge ${charge()}`);
  });

  siPostgres('accepts exactly one of 200 edits of the same version, the others CONFLICT, sante answering', async () => {
    const cree = await creer({ nom: 'Pôle disputé', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', position: pointAuHasard(hasard) });
    const { id, version } = cree.data!.creerPole;
    const { resultat, sante } = await pendantSante(() =>
      Promise.all(Array.from({ length: 200 }, (_, i) => modifier(id, version, i % 2 ? { note: `éditeur ${i}` } : { position: pointAuHasard(hasard) }))),
    );
    const parCode = compterCodes(resultat);
    afficher(`200 modifications de la même version : ${JSON.stringify(parCode)} ; ${decrireSante(sante)}`);
    expect(parCode).toEqual({ OK: 1, CONFLICT: 199 });
    expect(sante.echecs).toBe(0);
    expect(sante.medianeMs).toBeLessThan(1000);
  });

  siPostgres('lets 50 editors save 50 different poles at once without a failure, sante answering', async () => {
    // The study's located poles, and new ones (created at once) up to 50.
    const existants = await requete<{ id: string; version: number; historique: number }>(
      ctx().produit.databaseUrl,
      `SELECT id, version, (SELECT count(*)::int FROM pole_audit a WHERE a.pole_id = p.id) AS historique
       FROM pole p WHERE position IS NOT NULL AND supprime_le IS NULL ORDER BY slug LIMIT 50`,
    );
    // Their history so far (the seed's import, the fuzz's and this suite's writes): this test's writes come on top.
    for (const pole of existants) acceptees.set(pole.id, pole.historique);
    const creations = await Promise.all(Array.from({ length: 50 - existants.length }, (_, i) => creer({ nom: `Pôle parallèle ${i}`, type: 'CENTRE_MULTIFONCTION', statut: 'PROJET' })));
    expect(compterCodes(creations)).toEqual({ OK: 50 - existants.length });
    const poles = [...existants.map(({ id, version }) => ({ id, version })), ...creations.map((r) => r.data!.creerPole)];
    // Each editor moves its pole (changing the status of one in three), then edits its text.
    const ecrivain = async (pole: { id: string; version: number }, i: number) => {
      const deplacement = await modifier(pole.id, pole.version, { position: pointAuHasard(hasard), ...(i % 3 === 0 ? { statut: 'FERME' } : {}) });
      const texte = await modifier(pole.id, deplacement.data?.modifierPole.version ?? pole.version, { note: `relu par l'éditeur ${i}` });
      return [deplacement, texte];
    };
    const { resultat, sante } = await pendantSante(() => Promise.all(poles.map(ecrivain)));
    const reponses: Reponse<Modifie>[] = resultat.flat();
    const parCode = compterCodes(reponses);
    afficher(
      `50 éditeurs, chacun un déplacement puis un texte sur son pôle, en même temps : ${JSON.stringify(parCode)}, ` +
        `médiane ${mediane(reponses.map((r) => r.ms))} ms, max ${Math.max(...reponses.map((r) => r.ms))} ms ; ${decrireSante(sante)}`,
    );
    expect(parCode).toEqual({ OK: 100 });
    expect(sante.echecs).toBe(0);
    expect(sante.medianeMs).toBeLessThan(1000);
  });

  siPostgres('answers 200 identical creates without an internal error nor a duplicate', async () => {
    const donnees = { nom: 'Pôle en double', type: 'ESPACE_HEBERGEMENT', statut: 'ACTIF', note: 'même fiche envoyée 200 fois' };
    const { resultat, sante } = await pendantSante(() => Promise.all(Array.from({ length: 200 }, () => creer(donnees))));
    const parCode = compterCodes(resultat);
    const crees = resultat.flatMap((r) => (r.data?.creerPole ? [r.data.creerPole] : []));
    afficher(`200 créations identiques : ${JSON.stringify(parCode)}, ${new Set(crees.map((c) => c.slug)).size} slugs distincts ; ${decrireSante(sante)}`);
    expect(Object.keys(parCode).filter((code) => code !== 'OK' && code !== 'CONFLICT')).toEqual([]);
    expect(crees.length).toBeGreaterThan(0);
    expect(new Set(crees.map((c) => c.slug)).size).toBe(crees.length);
    const [enBase] = await requete<{ n: number }>(ctx().produit.databaseUrl, `SELECT count(*)::int AS n FROM pole WHERE nom = 'Pôle en double'`);
    expect(enBase!.n).toBe(crees.length);
    expect(sante.medianeMs).toBeLessThan(1000);
  });

  siPostgres('keeps one history entry per accepted write', async () => {
    const ecarts: string[] = [];
    for (const [id, nombre] of acceptees) {
      const r = await ecrire<{ pole: { historique: { action: string }[] } }>(ctx().produit.baseUrl, ctx().jeton, HISTORIQUE, { id });
      if (r.data?.pole?.historique.length !== nombre) ecarts.push(`${id} : ${r.data?.pole?.historique.length} entrées pour ${nombre} écritures`);
    }
    afficher(`historique : ${acceptees.size} pôles, ${[...acceptees.values()].reduce((a, b) => a + b, 0)} écritures acceptées, ${ecarts.length} écart(s)`);
    expect(ecarts).toEqual([]);
  });

  siPostgres('leaves after these concurrent saves the coverage a full rebuild gives', async () => {
    const bilan = await comparerALaReconstruction(ctx().produit.databaseUrl);
    afficher(`couverture après les écritures concurrentes : ${bilan.valeurs} distances comparées à pnpm couverture:reconstruire (${bilan.secondes.toFixed(1)} s), ${bilan.nombreEcarts} écart(s)`);
    expect(bilan.ecarts).toEqual([]);
  });
}

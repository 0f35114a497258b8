'use strict';
// The sections of the phases besides the read scenarios: writes, cold paths, the embedded backend, the dashboard.
const { fmt, kb, ms, table } = require('./format.cjs');

const notRun = (what, phase) => (phase === undefined ? [`${what} : non mesuré (phase non demandée)`] : phase.skip ? [`${what} : non mesuré (${phase.skip})`] : null);

function writesSection(e) {
  const skipped = notRun('Écritures', e);
  if (skipped) return skipped;
  const types = Object.keys(e.seul.parType);
  const row = (label, s) => [label, ...types.map((t) => `${ms(s.parType[t].p50)} / ${ms(s.parType[t].p99)} (${s.parType[t].n})`), `${ms(s.p50)} / ${ms(s.p99)} (${s.n})`, Object.entries(s.erreurs).map(([k, v]) => `${k} ${v}`).join(', ') || 'aucune'];
  return [
    `Écritures (\`modifierPole\` sur les données complètes ; p50 / p99 des modifications réussies, leur nombre) :`,
    '',
    ...table(
      ['', ...types.map((t) => `${t}`), 'toutes', 'erreurs par code'],
      [
        row('un rédacteur seul', e.seul),
        ...(e.sansLecture ? [row(`${e.redacteurs} rédacteurs en même temps`, e.sansLecture)] : []),
        row(`${e.redacteurs} rédacteurs en même temps, pendant 10 connexions de lecture (scénario ${e.lecture.scenario.split(' ')[0]})`, e.concurrents),
      ],
    ),
    '',
    `Lecture pendant les écritures (scénario ${e.lecture.scenario}, 10 connexions) : p99 ${ms(e.lecture.seule.p99)} sans écriture, ${ms(e.lecture.pendant.p99)} pendant (p50 ${ms(e.lecture.seule.p50)} et ${ms(e.lecture.pendant.p50)} ; ${fmt(e.lecture.pendant.erreurs)} erreur(s)).` +
      (e.concurrents.exemple ? ` Exemple d'erreur reçue : « ${e.concurrents.exemple} ».` : '') +
      (e.concurrents.erreursServeur?.length ? ` Erreurs internes et recalculs de couverture en échec dans le journal de l'API : ${e.concurrents.erreursServeur.map((m) => `« ${m} »`).join(' ; ')}.` : '') +
      (e.couvertureAJourMs === undefined ? '' : e.couvertureAJourMs === null ? ' Couverture : des modifications attendaient encore leur recalcul 120 s après la dernière réponse.' : ` Couverture à jour ${ms(e.couvertureAJourMs)} après la dernière réponse (recalcul après l'enregistrement).`) +
      (e.restaure === null ? ' Données non restaurées (base quick, recréée au prochain passage).' : e.restaure ? ' Pôles remis à leurs valeurs ensuite.' : ' ❌ Pôles NON remis à leurs valeurs (voir le JSON).'),
  ];
}

function coldSection(f) {
  const skipped = notRun('Chemins froids', f);
  if (skipped) return skipped;
  const lines = ['Chemins froids :', ''];
  const d = f.densite;
  lines.push(
    d.skip
      ? `- densité : non mesurée (${d.skip})`
      : `- densité sur ${fmt(d.points)} points, cache de cellules vide (comme après un import) : ${ms(d.cacheVideMs)} ; depuis le cache, requêtes seules : p50 ${ms(d.depuisCache.p50)} (${d.depuisCache.n})${d.erreur ? ` ; ❌ ${d.erreur}` : ''}`,
  );
  if (f.redemarrage) {
    lines.push(`- première requête de chaque scénario après un redémarrage de l'API (démarrage en ${fmt(f.redemarrage.demarrageS, 1)} s, base chaude) :`);
    for (const p of f.redemarrage.premieres) lines.push(`  - ${p.id} ${p.titre} : ${ms(p.ms)}${p.erreur ? ` ❌ ${p.erreur}` : ''}`);
  }
  return lines;
}

function embeddedSection(b) {
  const skipped = notRun('Base embarquée', b);
  if (skipped) return skipped;
  const pg = new Map(b.postgresql.map((v) => [v.nom, v]));
  const rows = b.pglite.map((v) => {
    const p = pg.get(v.nom);
    const erreurs = [...v.erreurs, ...(p?.erreurs ?? [])];
    return [v.nom, String(v.requetes), ms(v.premiereMs), ms(v.p50Ms), ms(p?.premiereMs), ms(p?.p50Ms), fmt(p?.p50Ms ? v.p50Ms / p.p50Ms : null, 1), erreurs.length ? `❌ ${erreurs[0]}` : 'aucune'];
  });
  return [
    `Base embarquée : les requêtes GraphQL de chaque vue du tableau de bord, envoyées ensemble comme par le navigateur, un seul utilisateur ; PGlite (défaut de \`pnpm start\`, ${b.modele ? 'copie d’un DATA_DIR déjà construit (DATA_DIR_MODELE), démarrage' : 'DATA_DIR neuf, premier démarrage'} en ${fmt(b.demarrageS, 0)} s) et PostgreSQL (notre API du banc). Première visite, puis médiane des ${b.repetitions - 1} suivantes :`,
    '',
    ...table(['Vue', 'requêtes', 'PGlite première', 'PGlite p50', 'PostgreSQL première', 'PostgreSQL p50', 'PGlite/PostgreSQL (p50)', 'erreurs'], rows),
  ];
}

function dashboardSection(d) {
  const lines = ['Tableau de bord :'];
  lines.push(
    `- chunk initial (entrée de dist/index.html) : ${d.entryChunk ? `${d.entryChunk.file}, ${kb(d.entryChunk.bytes)}, ${kb(d.entryChunk.gzipBytes)} gzip ; avec ses imports préchargés et la feuille de style : ${kb(d.entryChunk.initialGzipBytes)} gzip` : `n/a (${d.entryChunkError})`}`,
  );
  if (!d.vues) {
    lines.push(`- vues : non mesurées (${d.vuesErreur ?? 'phase non demandée'})`);
    return lines;
  }
  const carte = d.vues.find((v) => v.nom === 'Carte');
  lines.push(`- première peinture de la carte (Chromium headless, rendu logiciel) : ${ms(carte?.premierePeinture)}`);
  lines.push(
    `- temps jusqu'aux données de chaque vue, depuis le début de la navigation (page froide : nouveau contexte sans cache ; ${d.vues[0]?.serveurChaud ? 'serveur chaud : vue déjà visitée une fois' : 'mode quick : première visite, serveur non chauffé pour ces requêtes'}) :`,
  );
  for (const v of d.vues) lines.push(`  - ${v.nom} (${v.route}) : ${v.erreur ? `❌ ${v.erreur}` : ms(v.ms)}`);
  return lines;
}

module.exports = { writesSection, coldSection, embeddedSection, dashboardSection };

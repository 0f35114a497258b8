'use strict';
// Scenarios (1) poles by type per région, nested, and (5) one pole's fiche with its territories.
const TYPES = [
  ['associations', 'ASSOCIATION_DEVELOPPEMENT'],
  ['espaces', 'ESPACE_HEBERGEMENT'],
  ['centres', 'CENTRE_MULTIFONCTION'],
];

// Poles with the territories containing them, and the fiche, as PostGraphile sees them (relations through
// smart-tag foreign keys on views).
const POLES_PG_SQL = `
CREATE VIEW bench_pg.pole AS
  SELECT p.id, p.nom, p.nom_recherche, p.type, p.statut, p.annee_statut, p.fonctions,
         ST_AsGeoJSON(p.position, 6)::json AS position, p.precision_position, p.adresse,
         p.code_commune_siege, p.contact, p.site_web, p.date_creation, p.origine, p.adherents,
         p.statut_juridique, p.salaries, p.foncier, p.budget, p.domaine_activite, p.reseau, p.taille,
         p.niveau_structuration, p.objectifs, p.realisations, p.projets, p.points_forts, p.points_faibles,
         p.remarques, p.enjeux, p.documents
  FROM public.pole p WHERE p.supprime_le IS NULL;
COMMENT ON VIEW bench_pg.pole IS E'@primaryKey id';

CREATE VIEW bench_pg.pole_territoire AS
  SELECT pt.pole_id, pt.niveau, pt.code FROM public.pole_territoire pt
  JOIN public.pole p ON p.id = pt.pole_id AND p.supprime_le IS NULL;
COMMENT ON VIEW bench_pg.pole_territoire IS E'@primaryKey pole_id,niveau,code\\n@foreignKey (pole_id) references bench_pg.pole (id)\\n@foreignKey (niveau, code) references bench_pg.territoire (niveau, code)';

CREATE VIEW bench_pg.pole_localise AS
  SELECT pt.niveau, pt.code, p.id, p.nom, p.nom_recherche, p.type, p.statut
  FROM public.pole_territoire pt JOIN public.pole p ON p.id = pt.pole_id AND p.supprime_le IS NULL;
COMMENT ON VIEW bench_pg.pole_localise IS E'@primaryKey niveau,code,id\\n@foreignKey (niveau, code) references bench_pg.territoire (niveau, code)';
`;

function polesParTypeSql() {
  const laterals = TYPES.map(
    ([alias, type]) => `CROSS JOIN LATERAL (
      SELECT json_build_object('totalCount', (SELECT count(*) FROM pole p JOIN pole_territoire pt ON pt.pole_id = p.id
                                              WHERE pt.niveau = t.niveau AND pt.code = t.code AND p.supprime_le IS NULL AND p.type = '${type}'),
        'nodes', coalesce(json_agg(json_build_object('id', x.id, 'nom', x.nom, 'statut', x.statut) ORDER BY x.nom_recherche, x.id), '[]'::json)) AS v
      FROM (SELECT p.id, p.nom, p.statut, p.nom_recherche FROM pole p JOIN pole_territoire pt ON pt.pole_id = p.id
            WHERE pt.niveau = t.niveau AND pt.code = t.code AND p.supprime_le IS NULL AND p.type = '${type}'
            ORDER BY p.nom_recherche, p.id LIMIT 100) x) ${alias}`,
  );
  return `SELECT json_build_object('territoires', json_build_object('nodes', coalesce(json_agg(json_build_object(
            'code', t.code, 'nom', t.nom, ${TYPES.map(([a]) => `'${a}', ${a}.v`).join(', ')}) ORDER BY t.nom_recherche, t.code), '[]'::json)))::text
   FROM (SELECT * FROM territoire WHERE niveau = 'REGION' ORDER BY nom_recherche, code LIMIT 100) t
   ${laterals.join('\n   ')}`;
}

const polesParTypeNormalise = (nodes, field) =>
  nodes.map((r) => {
    const row = { code: r.code, nom: r.nom };
    for (const [alias] of TYPES) {
      const connection = field(r, alias);
      row[alias] = { totalCount: Number(connection.totalCount), nodes: connection.nodes.map((p) => ({ id: p.id, nom: p.nom, statut: p.statut })) };
    }
    return row;
  });

const FICHE_FIELDS = [
  'id', 'nom', 'type', 'statut', 'anneeStatut', 'fonctions', 'position', 'precisionPosition', 'adresse',
  'codeCommuneSiege', 'contact', 'siteWeb', 'dateCreation', 'origine', 'adherents', 'statutJuridique',
  'salaries', 'foncier', 'budget', 'domaineActivite', 'reseau', 'taille', 'niveauStructuration', 'objectifs',
  'realisations', 'projets', 'pointsForts', 'pointsFaibles', 'remarques', 'enjeux',
];
const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const FICHE_SQL = `
  SELECT json_build_object('pole', json_build_object(${FICHE_FIELDS.map((f) =>
    f === 'position' ? `'position', ST_AsGeoJSON(p.position, 6)::json` : `'${f}', p.${snake(f)}`,
  ).join(', ')},
    'documents', p.documents,
    'territoires', (SELECT coalesce(json_agg(json_build_object('niveau', t.niveau, 'code', t.code, 'nom', t.nom, 'population', t.population)), '[]'::json)
                    FROM pole_territoire pt JOIN territoire t ON t.niveau = pt.niveau AND t.code = pt.code WHERE pt.pole_id = p.id)))::text
  FROM pole p WHERE p.id = $1 AND p.supprime_le IS NULL`;

const ficheNormalise = (pole, territoires) => {
  const fiche = {};
  for (const f of FICHE_FIELDS) fiche[f] = pole[f];
  fiche.documents = (pole.documents ?? []).map((d) => ({ nom: d.nom, lien: d.lien ?? null }));
  fiche.territoires = territoires
    .map((t) => ({ niveau: t.niveau, code: t.code, nom: t.nom, population: t.population }))
    .sort((a, b) => `${a.niveau}:${a.code}`.localeCompare(`${b.niveau}:${b.code}`));
  return fiche;
};

const POLES_SCENARIOS = [
  {
    id: '1',
    titre: 'Pôles par type et par région (imbriqué)',
    requires: ['territoires', 'poles'],
    formePostgraphile: 'vues et relations (smart tags)',
    async prepare(client) {
      const n = await client.query('SELECT count(*)::int AS n FROM pole_territoire');
      return n.rows[0].n === 0 ? { skip: 'aucun pôle relié à un territoire' } : {};
    },
    ours: () => ({
      query: `query PolesParRegion {
        territoires(niveau: REGION, first: 100) { nodes { code nom
          ${TYPES.map(([a, t]) => `${a}: poles(filtre: { types: [${t}] }, first: 100) { totalCount nodes { id nom statut } }`).join('\n          ')}
        } }
      }`,
    }),
    postgraphile: () => ({
      query: `query PolesParRegion {
        regions: allTerritoires(condition: { niveau: "REGION" }, orderBy: [NOM_RECHERCHE_ASC, CODE_ASC], first: 100) { nodes { code nom
          ${TYPES.map(
            ([a, t]) =>
              `${a}: poleLocalisesByNiveauAndCode(condition: { type: "${t}" }, orderBy: [NOM_RECHERCHE_ASC, ROW_ID_ASC], first: 100) { totalCount nodes { id: rowId nom statut } }`,
          ).join('\n          ')}
        } }
      }`,
    }),
    // Same query over the 101 départements instead of the régions: more territories, more nested lists.
    autreTaille: (spec) => ({ ...spec, query: spec.query.replace('niveau: REGION', 'niveau: DEPARTEMENT') }),
    raw: () => ({ sql: polesParTypeSql() }),
    normalise: {
      ours: (data) => polesParTypeNormalise(data.territoires.nodes, (r, a) => r[a]),
      raw: (data) => polesParTypeNormalise(data.territoires.nodes, (r, a) => r[a]),
      postgraphile: (data) => polesParTypeNormalise(data.regions.nodes, (r, a) => r[a]),
    },
    check: (rows) => (rows.every((r) => TYPES.every(([a]) => r[a].totalCount === 0)) ? 'aucun pôle dans aucune région' : null),
  },
  {
    id: '5',
    titre: "Fiche d'un pôle avec ses territoires",
    requires: ['pole'],
    formePostgraphile: 'vues et relations (smart tags)',
    async prepare(client) {
      const r = await client.query(`
        SELECT p.id, p.nom FROM pole p WHERE p.supprime_le IS NULL
        ORDER BY (p.nom_recherche LIKE 'artis%') DESC, (SELECT count(*) FROM pole_territoire pt WHERE pt.pole_id = p.id) DESC, p.id
        LIMIT 1`);
      if (r.rowCount === 0) return { skip: 'aucun pôle' };
      // The pole with the fewest territories, for the « other size » statement count.
      const autre = await client.query(`
        SELECT p.id FROM pole p WHERE p.supprime_le IS NULL
        ORDER BY (SELECT count(*) FROM pole_territoire pt WHERE pt.pole_id = p.id), p.id LIMIT 1`);
      return { poleId: r.rows[0].id, poleNom: r.rows[0].nom, poleIdAutre: autre.rows[0].id };
    },
    ours: (context) => ({
      query: `query Fiche($id: ID!) { pole(id: $id) { ${FICHE_FIELDS.join(' ')} documents { nom lien }
        territoires { niveau code nom population } } }`,
      variables: { id: context.poleId },
    }),
    postgraphile: (context) => ({
      query: `query Fiche($id: UUID!) { poleById: poleByRowId(rowId: $id) { ${FICHE_FIELDS.map((f) => (f === 'id' ? 'id: rowId' : f)).join(' ')} documents
        poleTerritoiresByPoleId { nodes { territoireByNiveauAndCode { niveau code nom population } } } } }`,
      variables: { id: context.poleId },
    }),
    // The pole with the fewest territories instead of the most.
    autreTaille: (spec, context) => ({ ...spec, variables: { ...spec.variables, id: context.poleIdAutre } }),
    raw: (context) => ({ sql: FICHE_SQL, params: [context.poleId] }),
    normalise: {
      ours: (data) => ficheNormalise(data.pole, data.pole.territoires),
      raw: (data) => ficheNormalise(data.pole, data.pole.territoires),
      postgraphile: (data) =>
        ficheNormalise(data.poleById, data.poleById.poleTerritoiresByPoleId.nodes.map((n) => n.territoireByNiveauAndCode)),
    },
    check: (fiche) => (fiche.territoires.length === 0 ? `le pôle ${fiche.nom} n'a aucun territoire` : null),
  },
];

module.exports = { POLES_SCENARIOS, POLES_PG_SQL };

'use strict';
// The part of bench_pg every scenario uses: territories as a view with a primary key for PostGraphile, and
// their display geometry as GeoJSON columns (@graphile/postgis is v4 only). Created by the harness in the
// benchmark database only.
const BENCH_PG_BASE_SQL = `
CREATE SCHEMA bench_pg;

CREATE VIEW bench_pg.territoire AS
  SELECT t.niveau, t.code, t.nom, t.nom_recherche, t.population, t.superficie_km2,
         t.geometrie_source, t.geometrie_source_nom, (t.geom IS NOT NULL) AS avec_geometrie,
         ST_AsGeoJSON(coalesce(t.geom_moyenne, t.geom), 4)::json AS geometrie_moyenne,
         ST_AsGeoJSON(coalesce(t.geom_basse, t.geom_moyenne, t.geom), 4)::json AS geometrie_basse
  FROM public.territoire t;
COMMENT ON VIEW bench_pg.territoire IS E'@primaryKey niveau,code';

-- Current members of a territory (« dans »), the same filter as the API's.
CREATE FUNCTION bench_pg.territoires_dans(niveau text, dans_niveau text, dans_code text)
RETURNS SETOF bench_pg.territoire LANGUAGE sql STABLE AS $$
  SELECT t.* FROM bench_pg.territoire t
  WHERE t.niveau = territoires_dans.niveau
    AND (dans_niveau IS NULL OR EXISTS (
      SELECT 1 FROM public.territoire_lien l
      WHERE l.niveau_membre = t.niveau AND l.code_membre = t.code
        AND l.niveau_parent = dans_niveau AND l.code_parent = dans_code AND l.date_fin IS NULL))
  ORDER BY t.code
$$;

-- A map layer: the same, territories with geometry only.
CREATE FUNCTION bench_pg.carte_territoires(niveau text, dans_niveau text, dans_code text)
RETURNS SETOF bench_pg.territoire LANGUAGE sql STABLE AS $$
  SELECT * FROM bench_pg.territoires_dans(niveau, dans_niveau, dans_code) WHERE avec_geometrie
$$;
`;

// Numbers of a GeoJSON geometry are compared as they are; properties are picked explicitly.
const sortBy = (key) => (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);

module.exports = { BENCH_PG_BASE_SQL, sortBy };

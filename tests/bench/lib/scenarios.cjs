'use strict';
// The benchmark scenarios of issue 7, in order. Each gives: the GraphQL fields our API needs (`requires`),
// its query for our API and for PostGraphile, what PostGraphile is given to serve it (`formePostgraphile`, printed
// beside the ratios), the raw SQL (one statement returning the JSON text), optional bench_pg objects for
// PostGraphile (`pgSetup`), and normalisers that bring the three answers to one shape so that the harness can check
// they are the same data before timing.
const { BENCH_PG_BASE_SQL: TERRITOIRES_PG_SQL } = require('./scenarios/base.cjs');
const { TERRITOIRES_SCENARIOS } = require('./scenarios/territoires.cjs');
const { POLES_SCENARIOS, POLES_PG_SQL } = require('./scenarios/poles.cjs');
const { ANALYSES_SCENARIOS } = require('./scenarios/analyses.cjs');

const SCENARIOS = [...TERRITOIRES_SCENARIOS, ...POLES_SCENARIOS, ...ANALYSES_SCENARIOS].sort((a, b) => a.id.localeCompare(b.id));

// Views every pole scenario shares (relations through smart tags), created whatever the selection.
const BENCH_PG_BASE_SQL = `${TERRITOIRES_PG_SQL}\n${POLES_PG_SQL}`;

module.exports = { SCENARIOS, BENCH_PG_BASE_SQL };

'use strict';
// The `pg` pool every peer opens: the options our API gives its pool on a PostgreSQL server
// (packages/api/src/database/data-source.ts): its size (DATABASE_POOL_SIZE, defaultPoolSize() by default), idle
// connections never closed, JIT off for every session. PostGraphile and the raw-SQL server get the same, so that no
// peer reconnects at the start of a measured run or compiles plans the others do not.
function poolOptions(connectionString, size) {
  return {
    connectionString,
    max: size,
    idleTimeoutMillis: 0,
    options: '-c jit=off',
  };
}

module.exports = { poolOptions };

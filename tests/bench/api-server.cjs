'use strict';
// Starts our API (packages/api/dist/main.js) for the benchmark. A launcher of its own so that commands
// stopping development servers by name (`pkill -f packages/api/dist/main.js`) do not stop a running benchmark.
require('../../packages/api/dist/main.js');

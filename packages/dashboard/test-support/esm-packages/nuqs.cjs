// Bundled into CommonJS for Jest by ../esm-bundle-transform.cjs.
module.exports = require('nuqs');

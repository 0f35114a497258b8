// Jest, run with --experimental-vm-modules, will not require a package published as ES modules only (nuqs,
// d3-scale-chromatic). Each file of esm-packages/ names one; this transform bundles it into CommonJS with esbuild
// (the bundler Vite itself depends on). React stays external so that the tests and the bundles share one React.
const fs = require('node:fs');
const path = require('node:path');

const esbuild = require(require.resolve('esbuild', { paths: [path.dirname(require.resolve('vite/package.json'))] }));
const EXTERNAL = ['react', 'react-dom', 'react-router', 'react-router-dom'];

// pnpm's real path of the package names its version: a new version is a new cache entry.
const packagePath = (filename) => fs.realpathSync(require.resolve(path.basename(filename, '.cjs'), { paths: [path.dirname(filename)] }));

module.exports = {
  getCacheKey(source, filename) {
    return [filename, source, esbuild.version, packagePath(filename)].join('\0');
  },
  process(source, filename) {
    const result = esbuild.buildSync({
      stdin: { contents: source, resolveDir: path.dirname(filename), sourcefile: filename, loader: 'js' },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      external: EXTERNAL,
      write: false,
      logLevel: 'silent',
    });
    return { code: result.outputFiles[0].text };
  },
};

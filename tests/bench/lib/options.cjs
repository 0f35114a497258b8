'use strict';
// Command-line options of `pnpm bench` (see tests/bench/README.md).

const DEFAULTS = {
  scale: 1_000_000,
  repetitions: 3,
  duration: 10,
  connections: [1, 10, 50, 200],
  seed: 20241126,
  pgBase: 'postgres://postgres@127.0.0.1:5432',
  database: 'poles_bench',
  quick: false,
  fresh: false,
  node22: null,
  only: null,
  skipBrowser: false,
  noBuild: false,
  // A second instance of our API with its response cache on (CACHE_REPONSES_SECONDES), reported apart.
  cache: true,
  // The load generator on one core, the servers and PostgreSQL backends on the others (lib/affinity.cjs).
  pin: true,
};

// Phases besides the read scenarios, each selectable with --only (see phasesOf).
const PHASES = ['froid', 'ecritures', 'vues', 'embarque'];

// Quick mode proves the harness from scratch (CI): a fresh database every time, 10 connections only, no cached run
// (the same measurement as the others, on a fourth server: its start and runs would cost CI half a minute).
const QUICK = { scale: 20_000, repetitions: 1, duration: 1, connections: [10], database: 'poles_bench_quick', fresh: true, cache: false };

function parseOptions(argv) {
  const options = { ...DEFAULTS };
  const explicit = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      if (i >= argv.length) throw new Error(`Option ${flag} : valeur manquante`);
      return argv[i];
    };
    switch (flag) {
      case '--quick':
        options.quick = true;
        break;
      case '--fresh':
        options.fresh = true;
        break;
      case '--no-cache':
        options.cache = false;
        break;
      case '--no-pin':
        options.pin = false;
        break;
      case '--no-build':
        options.noBuild = true;
        break;
      case '--skip-browser':
        options.skipBrowser = true;
        break;
      case '--scale':
        explicit.scale = positiveInt(flag, value());
        break;
      case '--repetitions':
        explicit.repetitions = positiveInt(flag, value());
        break;
      case '--duration':
        explicit.duration = positiveInt(flag, value());
        break;
      case '--connections':
        explicit.connections = value().split(',').map((c) => positiveInt(flag, c));
        break;
      case '--seed':
        explicit.seed = positiveInt(flag, value());
        break;
      case '--database':
        explicit.database = value();
        break;
      case '--pg':
        explicit.pgBase = value().replace(/\/$/, '');
        break;
      case '--node22':
        explicit.node22 = value();
        break;
      case '--only':
        explicit.only = value().split(',');
        break;
      case '--':
        break;
      default:
        throw new Error(`Option inconnue : ${arg}`);
    }
  }
  Object.assign(options, options.quick ? QUICK : {}, explicit);
  if (!/^[a-z0-9_]+$/.test(options.database)) throw new Error('--database : lettres minuscules, chiffres, _');
  return options;
}

// What a run does. Without --only: every scenario, loaded, and every phase. With --only: the scenarios it names
// (prepared, compared between peers and loaded) and the phases it names; naming phases only still prepares every
// scenario and probes it on our API (the cold paths replay them), without PostGraphile nor the raw peer.
function phasesOf(options) {
  const named = options.only ?? [];
  const phases = new Set(options.only ? named.filter((n) => PHASES.includes(n)) : PHASES);
  // The embedded backend replays the requests the views sent in the browser.
  if (options.skipBrowser) {
    phases.delete('vues');
    phases.delete('embarque');
  }
  const scenarioIds = named.filter((n) => !PHASES.includes(n));
  return {
    phases,
    scenarioIds: scenarioIds.length > 0 ? scenarioIds : null,
    charge: !options.only || scenarioIds.length > 0,
  };
}

function positiveInt(flag, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Option ${flag} : entier positif attendu, reçu « ${text} »`);
  return n;
}

module.exports = { parseOptions, phasesOf, PHASES };

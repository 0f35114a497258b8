import { schemeDark2, schemeYlGnBu } from 'd3-scale-chromatic';

// Isolated so that tests (CommonJS) can stand in for the ESM-only d3-scale-chromatic.
export const SEQUENTIAL_SCHEME: readonly (readonly string[])[] = schemeYlGnBu;
export const CATEGORICAL_SCHEME: readonly string[] = schemeDark2;

// ColorBrewer YlGnBu (3–7) and Dark2, as d3-scale-chromatic ships them, for CommonJS tests.
export const SEQUENTIAL_SCHEME: readonly (readonly string[])[] = [
  [],
  [],
  [],
  ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
];
export const CATEGORICAL_SCHEME: readonly string[] = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e'];

export * from './territoires/niveau-territorial';
export * from './territoires/contours';
export * from './poles/type-pole';
export * from './format/format-fr';
export * from './format/normalize-search';
export * from './classes/classe-de';
export * from './format/cellule-csv';

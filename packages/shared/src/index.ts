export * from './territoires/niveau-territorial';
export * from './poles/type-pole';
export * from './format/format-fr';
export * from './format/normalize-search';
export * from './classes/classe-de';
export * from './classes/compute-bornes';
export * from './format/cellule-csv';
export * from './emploi/qualite-emploi';

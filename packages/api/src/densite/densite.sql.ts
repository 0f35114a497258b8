import { raw, type Sql } from '../common/sql';

// Point → cell by arithmetic in Lambert-93 metres, so grids aggregate without a spatial join. The expressions
// name columns and the size's SQL (a parameter): `s` is an SQL fragment, x and y column names.
// Hexagons: the indexing of PostGIS ST_HexagonGrid / ST_Hexagon (flat-topped, edge s, centre of cell (i, j)
// at (1.5·s·i, √3·s·(j + ½·|i mod 2|))): the point goes to the nearer of the two candidate centres.
export function hexCellSql(x: string, y: string, s: string): { i: string; j: string } {
  const h = `(${s} * sqrt(3))`;
  const i0 = `floor(${x} / (1.5 * ${s}))`;
  const jOf = (i: string) => `round(${y} / ${h} - 0.5 * abs(mod((${i})::bigint, 2)))`;
  const d = (i: string) =>
    `((${x} - 1.5 * ${s} * (${i}))^2 + (${y} - ${h} * (${jOf(i)} + 0.5 * abs(mod((${i})::bigint, 2))))^2)`;
  const premier = `${d(i0)} <= ${d(`${i0} + 1`)}`;
  return {
    i: `(CASE WHEN ${premier} THEN ${i0} ELSE ${i0} + 1 END)::int`,
    j: `(CASE WHEN ${premier} THEN ${jOf(i0)} ELSE ${jOf(`${i0} + 1`)} END)::int`,
  };
}

export function squareCellSql(x: string, y: string, s: string): { i: string; j: string } {
  return { i: `floor(${x} / ${s})::int`, j: `floor(${y} / ${s})::int` };
}

// The cell polygon in Lambert-93, identical to the one ST_HexagonGrid / ST_SquareGrid would return.
export function cellPolygonSql(grille: 'HEXAGONE' | 'CARRE', s: string, i: string, j: string): string {
  return grille === 'HEXAGONE' ? `ST_SetSRID(ST_Hexagon(${s}, ${i}, ${j}), 2154)` : `ST_SetSRID(ST_Square(${s}, ${i}, ${j}), 2154)`;
}

// The cell of a point of a layer aliased `pts` (x, y in Lambert-93), for a size given by the SQL `s`.
export function cellSql(grille: 'HEXAGONE' | 'CARRE', s: string): { i: Sql; j: Sql; polygone: (i: string, j: string) => Sql } {
  const cell = grille === 'HEXAGONE' ? hexCellSql('pts.x', 'pts.y', s) : squareCellSql('pts.x', 'pts.y', s);
  return { i: raw(cell.i), j: raw(cell.j), polygone: (i, j) => raw(cellPolygonSql(grille, s, i, j)) };
}

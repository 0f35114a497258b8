// Point → cell by arithmetic in Lambert-93 metres, so grids aggregate without a spatial join.
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
  return grille === 'HEXAGONE'
    ? `ST_SetSRID(ST_Hexagon(${s}, ${i}, ${j}), 2154)`
    : `ST_SetSRID(ST_Square(${s}, ${i}, ${j}), 2154)`;
}

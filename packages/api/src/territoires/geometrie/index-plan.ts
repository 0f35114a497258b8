// Points of the plane (metres) in square buckets, to visit them ring by ring around a point.
export interface PointIndexe {
  x: number;
  y: number;
}

export class IndexPlan<P extends PointIndexe> {
  private readonly seaux = new Map<string, P[]>();
  readonly taille: number;

  constructor(
    points: P[],
    readonly pas: number,
  ) {
    this.taille = points.length;
    for (const p of points) {
      const cle = this.cle(Math.floor(p.x / pas), Math.floor(p.y / pas));
      const seau = this.seaux.get(cle);
      if (seau) seau.push(p);
      else this.seaux.set(cle, [p]);
    }
  }

  // The points of ring r (r = 0: the bucket of (x, y)) are at least (r - 1) * pas away from (x, y).
  listAnneau(x: number, y: number, r: number): P[] {
    const [i0, j0] = [Math.floor(x / this.pas), Math.floor(y / this.pas)];
    const points: P[] = [];
    for (let i = i0 - r; i <= i0 + r; i++) {
      for (let j = j0 - r; j <= j0 + r; j++) {
        if (Math.max(Math.abs(i - i0), Math.abs(j - j0)) === r) points.push(...(this.seaux.get(this.cle(i, j)) ?? []));
      }
    }
    return points;
  }

  listProches(x: number, y: number, rayon: number): P[] {
    const proches: P[] = [];
    for (let r = 0; (r - 1) * this.pas <= rayon; r++) {
      for (const p of this.listAnneau(x, y, r)) if ((p.x - x) ** 2 + (p.y - y) ** 2 <= rayon * rayon) proches.push(p);
    }
    return proches;
  }

  private cle(i: number, j: number): string {
    return `${i}|${j}`;
  }
}

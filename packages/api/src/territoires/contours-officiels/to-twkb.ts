// Tiny well-known binary (TWKB) of a multipolygon: coordinates as zigzag varints of their deltas, 4 to 5 times
// smaller than WKB; the embedded PGlite pays for every byte it receives. `precision`: decimal digits kept.
export function toTwkb(g: GeoJSON.MultiPolygon, precision: number): Buffer {
  const octets: number[] = [];
  const varint = (v: number) => {
    let reste = v;
    while (reste >= 0x80) {
      octets.push((reste & 0x7f) | 0x80);
      reste = Math.floor(reste / 128);
    }
    octets.push(reste);
  };
  const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
  // Type 6 (MultiPolygon), precision in the high nibble; no bounding box, size, ids or extra dimensions.
  octets.push(6 | (zigzag(precision) << 4), 0);
  varint(g.coordinates.length);
  const facteur = 10 ** precision;
  let px = 0;
  let py = 0;
  for (const polygone of g.coordinates) {
    varint(polygone.length);
    for (const anneau of polygone) {
      varint(anneau.length);
      for (const [x, y] of anneau) {
        const qx = Math.round(x! * facteur);
        const qy = Math.round(y! * facteur);
        varint(zigzag(qx - px));
        varint(zigzag(qy - py));
        px = qx;
        py = qy;
      }
    }
  }
  return Buffer.from(octets);
}

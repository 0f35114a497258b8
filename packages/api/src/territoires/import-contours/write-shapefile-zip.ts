import { crc32 } from 'node:zlib';

// Test helper: a zipped Shapefile of polygons with one text attribute, written by hand (no GIS tool is
// installed where the tests run). One ring per polygon, given clockwise as the format wants.
export interface ShapefilePolygon {
  code: string;
  ring: [number, number][];
}

function bbox(points: [number, number][]): number[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function header(lengthBytes: number, box: number[]): Buffer {
  const b = Buffer.alloc(100);
  b.writeInt32BE(9994, 0);
  b.writeInt32BE(lengthBytes / 2, 24);
  b.writeInt32LE(1000, 28);
  b.writeInt32LE(5, 32);
  box.forEach((v, i) => b.writeDoubleLE(v, 36 + i * 8));
  return b;
}

function shpAndShx(polygons: ShapefilePolygon[]): { shp: Buffer; shx: Buffer } {
  const records: Buffer[] = [];
  const index: Buffer[] = [];
  let offset = 100;
  polygons.forEach((p, n) => {
    const content = Buffer.alloc(44 + 4 + p.ring.length * 16);
    content.writeInt32LE(5, 0);
    bbox(p.ring).forEach((v, i) => content.writeDoubleLE(v, 4 + i * 8));
    content.writeInt32LE(1, 36);
    content.writeInt32LE(p.ring.length, 40);
    content.writeInt32LE(0, 44);
    p.ring.forEach(([x, y], i) => {
      content.writeDoubleLE(x, 48 + i * 16);
      content.writeDoubleLE(y, 56 + i * 16);
    });
    const recordHeader = Buffer.alloc(8);
    recordHeader.writeInt32BE(n + 1, 0);
    recordHeader.writeInt32BE(content.length / 2, 4);
    records.push(recordHeader, content);
    const entry = Buffer.alloc(8);
    entry.writeInt32BE(offset / 2, 0);
    entry.writeInt32BE(content.length / 2, 4);
    index.push(entry);
    offset += 8 + content.length;
  });
  const box = bbox(polygons.flatMap((p) => p.ring));
  return {
    shp: Buffer.concat([header(offset, box), ...records]),
    shx: Buffer.concat([header(100 + index.length * 8, box), ...index]),
  };
}

function dbf(field: string, values: string[]): Buffer {
  const width = Math.max(1, ...values.map((v) => Buffer.byteLength(v)));
  const head = Buffer.alloc(32 + 32 + 1);
  head.writeUInt8(3, 0);
  head.writeUInt8(124, 1);
  head.writeUInt8(1, 2);
  head.writeUInt8(1, 3);
  head.writeInt32LE(values.length, 4);
  head.writeInt16LE(head.length, 8);
  head.writeInt16LE(1 + width, 10);
  head.write(field.slice(0, 10), 32, 'latin1');
  head.write('C', 43, 'latin1');
  head.writeUInt8(width, 48);
  head.writeUInt8(0x0d, 64);
  const rows = values.map((v) => Buffer.from(` ${v.padEnd(width)}`, 'latin1'));
  return Buffer.concat([head, ...rows, Buffer.from([0x1a])]);
}

// A zip with stored (uncompressed) entries.
function zip(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function writeShapefileZip(polygons: ShapefilePolygon[], field: string, prj: string | null): Buffer {
  const { shp, shx } = shpAndShx(polygons);
  const files: Record<string, Buffer> = { 'couche.shp': shp, 'couche.shx': shx, 'couche.dbf': dbf(field, polygons.map((p) => p.code)) };
  if (prj) files['couche.prj'] = Buffer.from(prj);
  return zip(files);
}

export const PRJ_LAMBERT_93 =
  'PROJCS["RGF93_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],' +
  'PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],' +
  'PARAMETER["Standard_Parallel_1",44.0],PARAMETER["Standard_Parallel_2",49.0],PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]';

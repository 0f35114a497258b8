import { buildExportFileName, downloadFile } from '../export';
import { MAP_BACKGROUND } from './map-constants';
import { toMapExportFooter, type MapExportSpec } from './map-export-lines';

const PADDING = 16;
const LEGEND_WIDTH = 320;
const LINE = 18;
const FONT = 'system-ui, DejaVu Sans, sans-serif';

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(candidate).width > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function drawLegend(ctx: CanvasRenderingContext2D, spec: MapExportSpec, x: number, y: number): void {
  const width = LEGEND_WIDTH - PADDING;
  let cursor = y;
  ctx.fillStyle = '#111';
  if (spec.legendTitre) {
    ctx.font = `bold 14px ${FONT}`;
    for (const line of wrap(ctx, spec.legendTitre, width)) {
      ctx.fillText(line, x, cursor);
      cursor += LINE;
    }
    cursor += 4;
  }
  ctx.font = `13px ${FONT}`;
  for (const item of [...spec.legend, ...(spec.poles ?? [])]) {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, cursor - 11, 20, 13);
    ctx.strokeStyle = '#555';
    ctx.strokeRect(x, cursor - 11, 20, 13);
    ctx.fillStyle = '#111';
    ctx.fillText(item.label, x + 28, cursor);
    cursor += LINE;
  }
  if (spec.methode) {
    ctx.fillStyle = '#444';
    ctx.font = `12px ${FONT}`;
    for (const line of wrap(ctx, spec.methode, width)) {
      cursor += 2;
      ctx.fillText(line, x, cursor + 4);
      cursor += LINE - 2;
    }
  }
}

/** Copies the (freshly redrawn) WebGL canvas onto a 2D canvas with title, legend, sources and date. */
export async function exportMapPng(mapCanvas: HTMLCanvasElement, spec: MapExportSpec, baseName: string): Promise<void> {
  const mapWidth = mapCanvas.width;
  const mapHeight = mapCanvas.height;
  const width = mapWidth + LEGEND_WIDTH + PADDING * 3;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('canvas 2D indisponible');
  measure.font = `12px ${FONT}`;
  const footer = toMapExportFooter(spec).flatMap((line) => wrap(measure, line, width - PADDING * 2));
  const height = mapHeight + PADDING * 3 + 30 + footer.length * LINE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D indisponible');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  ctx.font = `bold 20px ${FONT}`;
  ctx.fillText(spec.titre, PADDING, PADDING + 18);
  const top = PADDING * 2 + 30;
  // The sea colour is CSS behind a transparent WebGL canvas: paint it first.
  ctx.fillStyle = MAP_BACKGROUND;
  ctx.fillRect(PADDING, top, mapWidth, mapHeight);
  ctx.drawImage(mapCanvas, PADDING, top, mapWidth, mapHeight);
  drawLegend(ctx, spec, mapWidth + PADDING * 2, top + 14);
  ctx.fillStyle = '#333';
  ctx.font = `12px ${FONT}`;
  footer.forEach((line, i) => ctx.fillText(line, PADDING, top + mapHeight + PADDING + i * LINE + 10));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) downloadFile(blob, buildExportFileName(baseName, 'png', spec.date), 'image/png');
}

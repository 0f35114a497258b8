import { buildExportFileName, downloadFile } from '../export';
import { toMapExportFooter, type MapExportSpec } from './map-export-lines';

const PADDING = 16;
const LEGEND_WIDTH = 300;
const LINE = 18;

function drawLegend(ctx: CanvasRenderingContext2D, spec: MapExportSpec, x: number, y: number): void {
  let cursor = y;
  ctx.fillStyle = '#111';
  if (spec.legendTitre) {
    ctx.font = 'bold 14px system-ui, sans-serif';
    ctx.fillText(spec.legendTitre, x, cursor);
    cursor += LINE + 4;
  }
  ctx.font = '13px system-ui, sans-serif';
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
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillText(spec.methode, x, cursor + 4);
  }
}

/** Copies the (freshly redrawn) WebGL canvas onto a 2D canvas with title, legend, sources and date. */
export async function exportMapPng(mapCanvas: HTMLCanvasElement, spec: MapExportSpec, baseName: string): Promise<void> {
  const footer = toMapExportFooter(spec);
  const mapWidth = mapCanvas.width;
  const mapHeight = mapCanvas.height;
  const width = mapWidth + LEGEND_WIDTH + PADDING * 3;
  const height = mapHeight + PADDING * 3 + 30 + footer.length * LINE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D indisponible');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  ctx.font = 'bold 20px system-ui, sans-serif';
  ctx.fillText(spec.titre, PADDING, PADDING + 18);
  const top = PADDING * 2 + 30;
  ctx.drawImage(mapCanvas, PADDING, top, mapWidth, mapHeight);
  drawLegend(ctx, spec, mapWidth + PADDING * 2, top + 14);
  ctx.fillStyle = '#333';
  ctx.font = '12px system-ui, sans-serif';
  footer.forEach((line, i) => ctx.fillText(line, PADDING, top + mapHeight + PADDING + i * LINE + 10));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) downloadFile(blob, buildExportFileName(baseName, 'png', spec.date), 'image/png');
}

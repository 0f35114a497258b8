export const MIME_CSV = 'text/csv;charset=utf-8';
export const MIME_GEOJSON = 'application/geo+json;charset=utf-8';

export function downloadFile(content: string | Blob, fileName: string, mimeType: string): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Laisse le navigateur lire le blob avant de le libérer.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// « poles-2026-11-26.csv » : la date du jour dans le nom, en heure locale.
export function buildExportFileName(base: string, extension: string, date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${base}-${day}.${extension}`;
}

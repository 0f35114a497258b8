import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { findSeriousViolations } from './axe';
import { openWatchedPage, saveScreenshot, type WatchedPage } from './browser';
import { parseCsv } from './csv';

// The map's CSS background (packages/dashboard/src/ui/map/map-constants.ts MAP_BACKGROUND, #dfe9f2).
export const MAP_BACKGROUND: [number, number, number] = [0xdf, 0xe9, 0xf2];

// Opens a view as a user would (by its address) and waits until it has stopped loading.
export async function openView(browser: Browser, url: string, width = 1280, height = 800): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser, width, height);
  await watched.page.goto(url, { waitUntil: 'networkidle' });
  await waitUntilLoaded(watched.page);
  return watched;
}

export async function waitUntilLoaded(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 60000 });
  await page.waitForFunction(
    () => !document.querySelector('.loading-state') && !/Chargement…/.test(document.querySelector('.carte-status')?.textContent ?? ''),
    undefined,
    { timeout: 60000 },
  );
  await page.waitForLoadState('networkidle');
  // Recharts animates its bars and lines for about a second: the screenshot shows them drawn.
  await page.waitForTimeout(1200);
}

// The map says when every layer has its data and a frame was painted with it (DeckMap's data-etat): tests wait
// for that instead of a fixed time, however loaded the machine.
export async function waitForMapReady(map: Locator, timeout = 90000): Promise<void> {
  await map.and(map.page().locator('[data-etat="pret"]')).waitFor({ timeout });
}

export interface ViewCheck {
  screenshot: string;
  a11y: string[];
  problems: string[];
}

// What every view owes the user: a screenshot to look at, no serious accessibility violation, no console error.
export async function checkView(watched: WatchedPage, name: string): Promise<ViewCheck> {
  const screenshot = await saveScreenshot(watched.page, name);
  const a11y = await findSeriousViolations(watched.page);
  return { screenshot, a11y, problems: [...watched.problems] };
}

export interface DownloadedCsv {
  fileName: string;
  bytes: Buffer;
  rows: string[][];
}

// Clicks an export button and reads the file the browser saved.
export async function downloadCsv(page: Page, button: Locator): Promise<DownloadedCsv> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button.click()]);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return { fileName: download.suggestedFilename(), bytes, rows: parseCsv(text).filter((row) => row.some((cell) => cell !== '')) };
}

// The cells of an HTML table as text, one array per body row; the header texts without the sort arrows.
export async function readTable(table: Locator): Promise<{ headers: string[]; rows: string[][] }> {
  return table.evaluate((element) => {
    const clean = (text: string) => text.replace(/[▲▼↕]/g, '').replace(/\s+/g, ' ').trim();
    const headers = Array.from(element.querySelectorAll('thead th')).map((th) => clean((th as HTMLElement).innerText));
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((cell) => clean((cell as HTMLElement).innerText)),
    );
    return { headers, rows };
  });
}

export function column(headers: string[], startsWith: string): number {
  const index = headers.findIndex((h) => h.startsWith(startsWith));
  if (index < 0) throw new Error(`colonne « ${startsWith} » absente : ${headers.join(' | ')}`);
  return index;
}

/** « 122,2 km » → 122.2 ; null when the cell is not a distance. */
export function parseKm(text: string): number | null {
  const match = /^([\d\s\u202f\u00a0]+(?:,\d+)?) km$/.exec(text.trim());
  return match ? Number(match[1]!.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.')) : null;
}

import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './start-product';

export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Debian's Chromium, headless; WebGL through SwiftShader so that deck.gl draws without a GPU.
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium introuvable (${CHROMIUM}) : apt-get install chromium, ou CHROMIUM_PATH=…`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  problems: string[];
}

// A page whose console errors and uncaught exceptions are collected: a view must show none.
export async function openWatchedPage(browser: Browser, width = 1280, height = 800): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console : ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
  return { page, problems };
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

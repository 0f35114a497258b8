import type { Locator, Page } from 'playwright-core';

export interface HoverHit {
  x: number;
  y: number;
  tooltip: string;
}

// Moves the mouse over the map like a user looking for a place, from the centre outwards, until deck.gl's
// tooltip names something that matches; returns where it was (page coordinates) and what the tooltip said.
export async function hoverUntilTooltip(page: Page, map: Locator, wanted: RegExp, steps = 12): Promise<HoverHit | null> {
  const box = await map.boundingBox();
  if (!box) throw new Error('carte invisible');
  const points: [number, number][] = [];
  for (let i = 1; i < steps; i += 1) {
    for (let j = 1; j < steps; j += 1) points.push([box.x + (box.width * i) / steps, box.y + (box.height * j) / steps]);
  }
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  const tooltip = page.locator('.deck-tooltip');
  const read = async () => ((await tooltip.isVisible()) ? await tooltip.innerText() : '');
  for (const [x, y] of points) {
    await page.mouse.move(x, y);
    await page.waitForTimeout(300);
    const text = await read();
    if (!wanted.test(text)) continue;
    // Picking in software WebGL lags: the tooltip must still say the same once the pointer has rested there.
    await page.waitForTimeout(1500);
    if ((await read()) === text) return { x, y, tooltip: text };
  }
  return null;
}

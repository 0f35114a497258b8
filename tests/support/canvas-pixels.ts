import type { Locator, Page } from 'playwright-core';

export type Rgb = [number, number, number];

export interface PixelCount {
  total: number;
  /** Pixels that differ from the background colour: what the map painted. */
  painted: number;
  /** For each colour asked for, how many pixels have it (within a small tolerance). */
  near: number[];
}

// What the user sees, not what WebGL claims: a screenshot of the element, decoded by the page's own 2D canvas.
export async function countPixels(page: Page, element: Locator, background: Rgb, colours: Rgb[] = []): Promise<PixelCount> {
  const box = await element.boundingBox();
  if (!box) throw new Error('élément invisible : pas de pixels à compter');
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ({ data, background, colours }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('pas de contexte 2D');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const distance = (i: number, [r, g, b]: number[]) => Math.abs(pixels[i]! - r!) + Math.abs(pixels[i + 1]! - g!) + Math.abs(pixels[i + 2]! - b!);
      let painted = 0;
      const near = colours.map(() => 0);
      for (let i = 0; i < pixels.length; i += 4) {
        if (distance(i, background) > 24) painted += 1;
        colours.forEach((colour, k) => {
          if (distance(i, colour) <= 9) near[k] = (near[k] ?? 0) + 1;
        });
      }
      return { total: pixels.length / 4, painted, near };
    },
    { data: png.toString('base64'), background, colours },
  );
}

export function parseCssColour(css: string): Rgb {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!match) throw new Error(`couleur CSS illisible : ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

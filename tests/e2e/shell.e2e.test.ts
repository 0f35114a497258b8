import type { Browser } from 'playwright-core';
import { launchBrowser, openWatchedPage, saveScreenshot } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/start-product';

describe('the product as a new user starts it', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    product = await startProduct();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('serves the dashboard at / with its navigation, without console errors', async () => {
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${product.baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    expect(await page.getByRole('link', { name: 'Bretagne' }).count()).toBe(1);
    await saveScreenshot(page, 'accueil');
    expect(problems).toEqual([]);
  });

  it('opens the bundled GraphQL IDE at /graphql and answers the health query', async () => {
    const { page, problems } = await openWatchedPage(browser);
    await page.goto(`${product.baseUrl}/graphql`, { waitUntil: 'networkidle' });
    await page.locator('.graphiql-container').waitFor({ timeout: 60000 });
    await saveScreenshot(page, 'ide-graphql');
    const data = await product.graphql<{ sante: { statut: string } }>('{ sante { statut } }');
    expect(data.sante.statut).toBe('ok');
    expect(problems.filter((p) => !p.includes('favicon'))).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { TYPE_POLE_COULEURS } from '@poles-ess/shared';

const SRC = path.resolve(__dirname, '../..');

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : listSources(full);
    return /\.(tsx?|css)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

// Green, orange and purple mean a type of pole everywhere: no view may paint something else with them, nor
// spell them out again (they come from TYPE_POLE_COULEURS only).
describe('pole type colours', () => {
  it('are written nowhere in the dashboard but taken from @poles-ess/shared', () => {
    const couleurs = Object.values(TYPE_POLE_COULEURS).map((c) => c.toLowerCase());
    const fautes = listSources(SRC).flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8').toLowerCase();
      return [...couleurs.filter((c) => text.includes(c)), ...(text.includes('dark2') ? ['schemeDark2'] : [])].map(
        (c) => `${path.relative(SRC, file)} : ${c}`,
      );
    });
    expect(listSources(SRC).length).toBeGreaterThan(50);
    expect(fautes).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { onDemandModule, lowPriorityScripts } from '../../src/integrations/one-module-per-page.ts';

const path = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

describe('one module per page', () => {
  it('bundles the SCORM package maker on its own, with the base path filled in and its exports kept', async () => {
    const code = await onDemandModule(path('../../src/islands/scorm-download.ts'), '/kz/');
    expect(code).toMatch(/export\s*\{[^}]*assignmentPackage/);
    expect(code).toMatch(/export\s*\{[^}]*saveFile/);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toContain('import.meta.env');
    // Light: no schema code (zod) comes along with the pass mark.
    expect(code).not.toContain('ZodError');
  }, 30_000);

  it('refuses a module loaded on demand that would carry its own copy of a store', async () => {
    await expect(onDemandModule(path('../fixtures/on-demand/reads-progress.ts'), '/', 'reads-progress.js')).rejects.toThrow(
      /reads-progress\.js is loaded on demand and imports .*src[\\/]stores[\\/]progress\.ts/,
    );
  }, 30_000);

  it('marks the page script low priority', () => {
    expect(lowPriorityScripts('<script type="module" src="/_astro/a.js"></script>')).toBe('<script type="module" fetchpriority="low" src="/_astro/a.js"></script>');
  });
});

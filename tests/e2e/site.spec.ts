import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { checkLinks } from '../../src/quality/link-check.ts';
import { builtFiles, builtPages } from './built-site.ts';

test('every internal link and anchor in the built site resolves', () => {
  const broken = checkLinks(builtFiles(), process.env.BASE_PATH ?? '/');
  expect(broken.map((b) => `${b.page}: ${b.href} (${b.reason})`)).toEqual([]);
});

for (const path of [...builtPages(), '/404.html']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${path} has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}

import { expect, test as base, type Page } from '@playwright/test';
import { encodeResult } from '../../src/teach/result-code.ts';
import { checkLinks } from '../../src/quality/link-check.ts';
import { builtFiles, builtPages } from './built-site.ts';
import { axeInBothSchemes, colorSchemes, idAndNameProblems, sidewaysScrolling, wordsSplitAcrossLines } from './page-checks.ts';

// One page per worker for every scan (no new context per page), with the offline worker blocked: offline.spec.ts
// tests it, and here it would only download the whole course in the background of every scan. Storage is cleared
// before each load, so every page is checked as a new visitor sees it.
const test = base.extend<object, { scanPage: Page }>({
  scanPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
      await context.addInitScript(() => localStorage.clear());
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('every internal link and anchor in the built site resolves', () => {
  const broken = checkLinks(builtFiles(), process.env.BASE_PATH ?? '/');
  expect(broken.map((b) => `${b.page}: ${b.href} (${b.reason})`)).toEqual([]);
});

/**
 * axe's WCAG 2.2 A/AA rules in both colour schemes, the width at 320 and 360 px in both, no word cut across lines at
 * either width, unique ids and named controls.
 */
async function pageProblems(page: Page, where = ''): Promise<string[]> {
  const label = where ? `${where}, ` : '';
  const problems = await axeInBothSchemes(page, label);
  for (const colorScheme of colorSchemes) {
    await page.emulateMedia({ colorScheme });
    problems.push(...(await sidewaysScrolling(page, `${label}${colorScheme}, `)));
  }
  problems.push(...(await wordsSplitAcrossLines(page, 'body', label)));
  problems.push(...(await idAndNameProblems(page)).map((p) => `${label}${p}`));
  await page.setViewportSize({ width: 360, height: 740 });
  return problems;
}

// Each built page is loaded once and checked in both colour schemes.
for (const path of [...builtPages(), '/404.html']) {
  test(`${path}: WCAG 2.2 AA, fits 320 and 360 px with no word cut, light and dark; unique ids, every control named`, async ({ scanPage }) => {
    await scanPage.goto(path);
    expect(await pageProblems(scanPage)).toEqual([]);
  });
}

test.use({ serviceWorkers: 'block' });

/** Every quiz with its questions, as the site's own question bank lists them. */
async function questionBank(page: Page): Promise<{ id: string; quiz: string; prompt: string }[]> {
  return (await (await page.request.get('/questions.json')).json()) as { id: string; quiz: string; prompt: string }[];
}

test('filled with a student’s data — progress after every quiz, some half done, every question due for review — the progress and review pages (in all three languages) and the home page fit a phone, and no quiz title is cut mid-word', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const bank = await questionBank(page);
  await page.goto('/progress/');
  const quizzes = JSON.parse((await page.locator('script[data-quizzes]').textContent())!) as { id: string; questions: number }[];
  await page.evaluate(
    ({ quizzes, bank }) => {
      const now = Date.now();
      const progress = { version: 1, quizzes: {} as Record<string, unknown>, review: {} as Record<string, unknown> };
      quizzes.forEach((q, n) => {
        const ids = bank.filter((b) => b.quiz === q.id).map((b) => b.id);
        const attempt = (finished: boolean) => ({ seed: 7, questionIds: ids, answers: {}, checked: [], position: finished ? 0 : Math.max(0, ids.length - 2), feedback: 'immediate', startedAt: now - 600_000, finishedAt: finished ? now : null });
        progress.quizzes[q.id] = {
          best: { correct: q.questions - 1, total: q.questions },
          attempts: Array.from({ length: 12 }, () => ({ finishedAt: now, correct: q.questions - 1, total: q.questions, missed: ids.slice(0, 1) })),
          current: n % 2 === 0 ? attempt(false) : null,
          last: attempt(true),
        };
      });
      for (const b of bank) progress.review[b.id] = { box: 1, due: now - 1000 };
      localStorage.setItem('kzm:progress', JSON.stringify(progress));
    },
    { quizzes, bank },
  );
  const problems: string[] = [];
  for (const path of ['/progress/', '/review/', '/', '/ru/progress/', '/kk/progress/', '/ru/review/', '/kk/review/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    if (path.endsWith('/progress/')) await expect(page.locator('.progress-table tbody tr').first()).toContainText(/\d+ (of|из) \d+|\d+\/\d+/);
    if (path === '/review/') await expect(page.locator('review-session')).toContainText('due today');
    problems.push(...(await pageProblems(page, path)));
  }
  expect(problems).toEqual([]);
  // On a phone the progress rows are laid out as grids; Chromium must still give a screen reader a table of cells.
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/kk/progress/');
  await expect(page.locator('.progress-table tbody tr').first()).toContainText(/\d+\/\d+/);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
  const roles = nodes.map((n) => n.role?.value);
  const rows = await page.locator('.progress-table tbody tr').count();
  expect({ table: roles.filter((r) => r === 'table').length, rowheaders: roles.filter((r) => r === 'rowheader').length, cells: roles.filter((r) => r === 'cell').length }).toEqual({ table: 1, rowheaders: rows, cells: 2 * rows });
});

test('a class table of 30 students × 30 questions scrolls inside its box, not the teacher page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/teach/');
  const questions = (await questionBank(page)).slice(0, 30);
  const codes = await Promise.all(
    Array.from({ length: 30 }, (_, s) =>
      encodeResult({
        assignment: 'c0ffee30',
        classLabel: 'Grade 11 world history, second group',
        name: `Student number ${s + 1} Abdrakhmanova`.slice(0, 40),
        startedAt: Date.UTC(2026, 0, 5, 9),
        finishedAt: Date.UTC(2026, 0, 5, 9, 20 + s),
        items: questions.map((q, i) => ({ id: q.id, response: null, correct: (i + s) % 3 !== 0 })),
        score: questions.filter((_, i) => (i + s) % 3 !== 0).length,
      }),
    ),
  );
  await page.getByLabel('Result codes').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add to the table' }).press('Enter');
  await expect(page.locator('.messages li').first()).toHaveText('30 results added.');
  await expect(page.locator('.class-table tbody tr')).toHaveCount(30);
  await page.setViewportSize({ width: 360, height: 740 });
  // The student's name and the score stay on screen while the questions scroll between them.
  const wrap = page.locator('.table-wrap');
  await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
  const box = (await wrap.boundingBox())!;
  for (const cell of [page.locator('.class-table tbody tr').first().locator('th'), page.locator('.class-table tbody tr').first().locator('td.score')]) {
    const b = (await cell.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  await expect(page.locator('.table-hint')).toBeVisible();
  expect(await pageProblems(page, '/teach/ with 30 × 30 results')).toEqual([]);
});

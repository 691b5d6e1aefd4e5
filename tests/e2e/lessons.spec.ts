import { expect, test } from '@playwright/test';

test('a lesson reads as a course page: objectives, sections, timeline, discussion, quiz link, next lesson', async ({ page }) => {
  await page.goto('/lessons/');
  await page.getByRole('link', { name: 'The Astana process on Syria' }).click();
  await expect(page).toHaveURL(/\/lessons\/astana-process\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Astana process on Syria');
  await expect(page.locator('.lesson-header .meta')).toHaveText(/Lesson \d+ · about \d+ min read/);
  await expect(page.getByRole('heading', { name: 'What you will learn' })).toBeVisible();
  await expect(page.locator('.objectives li').first()).toBeVisible();
  await expect(page.locator('#timeline ~ * li, #timeline + * li').first()).toBeVisible();
  await expect(page.locator('#discussion ~ ol li, #discussion ~ ul li').first()).toBeVisible();

  // A section link from the table of contents is a stable URL a teacher can paste.
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'The announcement' }).click();
  await expect(page).toHaveURL(/\/lessons\/astana-process\/#the-announcement$/);
  await expect(page.locator('#the-announcement')).toBeInViewport();

  // Dates in the text come from the dataset, each with a citation to the sources page.
  await expect(page.locator('#the-announcement ~ ul .fact').first()).toHaveText(/\d{4}/);
  await expect(page.getByRole('link', { name: /Take the quiz/ })).toHaveAttribute('href', '/quizzes/astana-process/');
  await expect(page.getByRole('navigation', { name: 'Lesson navigation' }).locator('a[rel=next]')).toHaveAttribute('href', /\/lessons\/[a-z0-9-]+\/$/);
});

test('a glossary link opens the term’s definition and a citation opens its source', async ({ page }) => {
  await page.goto('/lessons/astana-process/');
  const term = page.locator('a.term', { hasText: 'indirect talks' }).first();
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#indirect-talks$/);
  await expect(page.locator('#indirect-talks')).toBeInViewport();
  await expect(page.locator('#indirect-talks')).toContainText(/indirect talks/i);

  await page.goBack();
  const cite = page.locator('.lesson-body .cite a').first();
  const target = (await cite.getAttribute('href'))!;
  const sourceId = target.split('#')[1]!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`/sources/#${sourceId}$`));
  await expect(page.locator(`[id="${sourceId}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${sourceId}"]`)).toContainText("cited as");
});

test('where the sources disagree, the lesson says so and shows each claim with its source', async ({ page }) => {
  await page.goto('/lessons/un-security-council/');
  const note = page.locator('.disputed').first();
  await expect(note).toBeVisible();
  await expect(note).toContainText('Sources disagree.');
  await expect(note.locator('.claim')).toHaveCount(2);
  await expect(note.locator('.claim .cite a')).toHaveCount(2);
});

test('searching for a term finds it and opens the page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search lessons, glossary terms and facts').fill('Semipalatinsk');
  await page.getByLabel('Search lessons, glossary terms and facts').press('Enter');
  const first = page.locator('[data-search-results] > li').first();
  await expect(first).toBeVisible();
  await expect(page.locator('[data-search-status]')).toContainText('found for “Semipalatinsk”');
  await expect(first.locator('mark').first()).toHaveText(/Semipalatinsk/i);
  await expect(page).toHaveURL(/\/search\/\?q=Semipalatinsk$/);
  await first.locator('h2 a').click();
  await expect(page.locator('main')).toContainText('Semipalatinsk');

  // A search that finds nothing says so.
  await page.goto('/search/?q=zzzyqqx');
  await expect(page.locator('[data-search-status]')).toHaveText('Nothing found for “zzzyqqx”.');
});

test('a lesson page reads fully without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/multi-vector-policy/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('.lesson-body p').count()).toBeGreaterThan(10);
  await expect(page.locator('.lesson-body .fact').first()).toHaveText(/\S/);
  await context.close();
});

test('each lesson says where its story stops, and its citation markers hug their words and wrap on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/lessons/');
  const hrefs = await page.locator('main a[href^="/lessons/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))].filter((h) => h !== '/lessons/'));
  expect(hrefs.length).toBeGreaterThanOrEqual(7);
  for (const href of hrefs) {
    await page.goto(href);
    // From the date of the latest source the lesson cites: never typed.
    await expect(page.locator('.story-end'), href).toHaveText(/^This lesson’s sources end in (?:[A-Z][a-z]+ )?\d{4}: it does not cover what happened later\.$/);
    const layout = await page.evaluate(() => {
      const spaced = [...document.querySelectorAll('[data-lesson-text] .cite')].filter((cite) => {
        const before = cite.previousSibling;
        return before === null || /\s$/.test(before.textContent ?? '');
      });
      return { spaced: spaced.map((c) => c.parentElement?.textContent?.slice(0, 60)), sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth };
    });
    expect(layout, href).toEqual({ spaced: [], sideways: false });
  }

  // A run of three markers breaks between markers when the line is short, never inside one or off the page.
  await page.goto('/lessons/russia-turkey-mediation/');
  const run = page.locator('[data-lesson-text] .cite:has(a:nth-of-type(3))').first();
  await expect(run).toBeVisible();
  const wrapped = await run.evaluate((cite) => {
    const block = cite.closest('p, li') as HTMLElement;
    block.style.width = '12rem'; // about half a phone's line: the first marker stays on its word's line
    const anchors = [...cite.querySelectorAll('a')];
    const tops = anchors.map((a) => Math.round(a.getBoundingClientRect().top));
    const right = block.getBoundingClientRect().right;
    return { lines: new Set(tops).size, overflow: anchors.some((a) => a.getBoundingClientRect().right > right + 1), oneLineEach: anchors.every((a) => a.getClientRects().length === 1) };
  });
  expect(wrapped).toEqual({ lines: 3, overflow: false, oneLineEach: true });
});

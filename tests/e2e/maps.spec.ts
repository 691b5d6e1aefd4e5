import { expect, test, type Page } from '@playwright/test';
import { builtFiles } from './built-site.ts';

const files = builtFiles();
const html = (path: string) => files.get(`${path}index.html`) ?? '';

/** Hrefs of the links inside a page's drawn pictures (maps and time axes), from the built HTML. */
function pictureLinks(path: string): string[] {
  return [...html(path).matchAll(/<svg class="(?:map|axis)[^"]*"[\s\S]*?<\/svg>/g)].flatMap((m) => [...m[0].matchAll(/<a href="([^"]+)"/g)].map((a) => a[1]!));
}

/** The boxes of the visible map's labels, in CSS pixels. */
async function labelBoxes(page: Page, svg: string) {
  return page.locator(`${svg} g.label`).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent?.trim() ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

test('every mark on the map, the locators and the time axes links to a section that exists', () => {
  const pages = ['/map/', '/timeline/', ...[...files.keys()].filter((p) => /^\/lessons\/[^/]+\/index\.html$/.test(p)).map((p) => p.replace('index.html', ''))];
  let checked = 0;
  for (const page of pages) {
    const links = pictureLinks(page);
    expect(links.length, page).toBeGreaterThan(0);
    for (const href of links) {
      const [path, anchor] = href.split('#');
      const target = path ? html(path) : html(page);
      expect(target, `${page} → ${href}`).toContain(`id="${anchor}"`);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(60);
});

for (const width of [360, 1280]) {
  test(`the map renders at ${width} px with no label collisions and no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/map/');
    const svg = width < 768 ? 'svg.layout-narrow' : 'svg.layout-wide';
    await expect(page.locator(svg)).toBeVisible();
    await expect(page.locator(width < 768 ? 'svg.layout-wide' : 'svg.layout-narrow')).toBeHidden();
    expect(await page.locator(`${svg} use.course`).count()).toBeGreaterThan(10);
    const boxes = await labelBoxes(page, svg);
    expect(boxes.length).toBeGreaterThan(8);
    const clashes: string[] = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5) clashes.push(`${a.text} × ${b.text}`);
    }));
    expect(clashes).toEqual([]);
    // Text is legible: the smallest label is at least 11 CSS px.
    const sizes = await page.locator(`${svg} g.label text`).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('no page with a picture gains JavaScript: the map page runs the same scripts as the glossary', () => {
  const scripts = (p: string) => [...html(p).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).sort();
  expect(scripts('/map/')).toEqual(scripts('/glossary/'));
  expect(scripts('/timeline/')).toEqual(scripts('/glossary/'));
});

test('a mark takes the reader to the lesson section that tells it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/map/');
  await page.locator('svg.layout-wide a', { hasText: 'Iran nuclear talks, 2013' }).click();
  await expect(page).toHaveURL(/\/lessons\/nuclear-diplomacy\/#the-almaty-talks-on-iran$/);
  await expect(page.locator('#the-almaty-talks-on-iran')).toBeInViewport();

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/map/');
  await page.locator('svg.layout-narrow a[aria-label^="6."]').click();
  await expect(page).toHaveURL(/\/lessons\/south-caucasus-2024\/#/);
});

test('keyboard: the map’s links are reached in order, west to east, with a visible focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/map/');
  const links = page.locator('svg.layout-wide a');
  const count = await links.count();
  await links.first().focus();
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    if (i === 0) {
      const stroke = await page.locator('svg.layout-wide a:focus .hit').evaluate((r) => getComputedStyle(r).strokeWidth);
      expect(parseFloat(stroke)).toBeGreaterThanOrEqual(2);
    }
    await page.keyboard.press('Tab');
  }
  expect(order).toEqual(['UN talks on Syria', 'Iran nuclear talks', 'OSCE summit, 2010', 'Syria talks, 2017–2024', 'Iran nuclear talks, 2013', 'Armenia–Azerbaijan talks, 2024', 'Ankara', 'Turkish-Syrian border', 'Yerevan', 'Semipalatinsk']);
  // After the last mark, focus moves on to the key's lists, not back into the picture.
  expect(await page.evaluate(() => document.activeElement?.closest('svg') === null)).toBe(true);
});

test('dark mode and print change the map’s colours, and print shows the wide layout', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/map/');
  const sea = () => page.locator('svg.layout-narrow rect.sea').evaluate((r) => getComputedStyle(r).fill);
  const light = await sea();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await sea();
  expect(dark).not.toEqual(light);
  const labelFill = await page.locator('svg.layout-narrow g.venue text').first().evaluate((t) => getComputedStyle(t).fill);
  expect(labelFill).toMatch(/rgb\((2[0-9]{2}), (2[0-9]{2}), (2[0-9]{2})\)/);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('svg.layout-wide')).toBeVisible();
  await expect(page.locator('svg.layout-narrow')).toBeHidden();
  expect(await page.locator('svg.layout-wide rect.sea').evaluate((r) => getComputedStyle(r).fill)).toBe('rgb(255, 255, 255)');
  await expect(page.locator('.site-header')).toBeHidden();
});

test('the timeline is drawn: one lane per lesson, a mark per dated claim, each reaching its list entry', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/timeline/');
  const axis = page.locator('svg.axis');
  await expect(axis).toBeVisible();
  await expect(axis.locator('.lane-label')).toHaveCount(7);
  const claims = await page.locator('.years li[id^="t-"]').count();
  expect(await axis.locator('a.mark').count()).toBeGreaterThanOrEqual(claims);
  // Precision is drawn: a year-only fact is a year-wide bar, a day a point.
  const yearBar = axis.locator('a.mark.year:not(.range) .shape').first();
  const dayMark = axis.locator('a.mark.day:not(.range) .shape').first();
  expect((await yearBar.boundingBox())!.width).toBeGreaterThan((await dayMark.boundingBox())!.width);
  const mark = axis.locator('a.mark[href="#t-almaty-iran-talks-first-round"]');
  await mark.click();
  await expect(page.locator('#t-almaty-iran-talks-first-round')).toBeInViewport();
});

test('a lesson shows its locator map beside the opening section and its own stretch of the time axis', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/lessons/osce-chairmanship-2010/');
  const locator = page.locator('figure.locator');
  await expect(locator).toBeVisible();
  await expect(locator.locator('svg.map a')).not.toHaveCount(0);
  const first = await page.locator('.lesson-body h2').nth(1).boundingBox();
  const map = (await locator.boundingBox())!;
  expect(map.x).toBeGreaterThan(first!.x + 100); // floated beside the text
  await locator.locator('svg.map a').first().click();
  await expect(page).toHaveURL(/\/lessons\/osce-chairmanship-2010\/#a-summit-in-astana$/);
  const axis = page.locator('figure.timeline-axis svg.axis');
  await expect(axis).toBeVisible();
  await expect(axis.locator('.lane-label')).toHaveCount(1);
});

test('the shapes come from the shared basemap file, in line with the marks, in light and dark', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().includes('basemap.svg')) fetched.push(new URL(r.url()).pathname);
  });
  /** Every state shape of a picture is drawn, and the marks of talks hosted in Kazakhstan fall inside its shape. */
  const drawnInLine = async (svg: string) => {
    const uses = page.locator(`${svg} use.course`);
    await expect.poll(() => uses.evaluateAll((us) => us.filter((u) => u.getBoundingClientRect().width > 0).length)).toBe(await uses.count());
    const kz = (await page.locator(`${svg} use.course[href$="#c398"]`).boundingBox())!;
    const hosted = await page.locator(`${svg} path.mark:not(.hollow)`).evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect()).map((r) => [r.x + r.width / 2, r.y + r.height / 2]));
    expect(hosted.length).toBeGreaterThan(0);
    for (const [x, y] of hosted) {
      expect(x).toBeGreaterThan(kz.x);
      expect(x).toBeLessThan(kz.x + kz.width);
      expect(y).toBeGreaterThan(kz.y);
      expect(y).toBeLessThan(kz.y + kz.height);
    }
  };
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/map/');
  await drawnInLine('svg.layout-narrow');
  const fill = () => page.locator('svg.layout-narrow use.course').first().evaluate((u) => getComputedStyle(u).fill);
  const light = await fill();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await fill()).not.toEqual(light);
  await page.setViewportSize({ width: 1280, height: 900 });
  await drawnInLine('svg.layout-wide');
  await page.goto('/lessons/osce-chairmanship-2010/');
  await drawnInLine('figure.locator svg.map');
  expect(fetched.length).toBeGreaterThan(0);
  expect(new Set(fetched)).toEqual(new Set(['/maps/basemap.svg']));
});

for (const width of [360, 1280]) {
  test(`one time axis serves ${width} px: it fits the column, its text stays legible and no two targets touch`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/timeline/');
    const axis = page.locator('figure.timeline-axis svg.axis');
    await expect(axis).toHaveCount(1);
    await expect(axis).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const box = (await axis.boundingBox())!;
    // Year labels at both ends stay inside the picture's frame.
    const ticks = await axis.locator('text.tick').evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).map((t) => t.getBoundingClientRect()).map((r) => [r.x, r.x + r.width, r.height]));
    for (const [x0, x1, h] of ticks) {
      expect(x0).toBeGreaterThanOrEqual(box.x);
      expect(x1).toBeLessThanOrEqual(box.x + box.width);
      expect(h).toBeGreaterThanOrEqual(11);
    }
    const targets = await axis.locator('a.mark .hit').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    expect(targets.length).toBeGreaterThan(40);
    for (const t of targets) {
      expect(t.w).toBeGreaterThanOrEqual(23.99);
      expect(t.h).toBeGreaterThanOrEqual(23.99);
    }
    const touching: string[] = [];
    targets.forEach((a, i) => targets.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) touching.push(`${i} × ${JSON.stringify(b)}`);
    }));
    expect(touching).toEqual([]);
  });
}

import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../src/quality/static-server.ts';
import { buildVariant, mainBuild } from './site-builds.ts';
import { answerByKeyboard, currentQuestion, leaveHalfDone, pressAction, quizData, runnerTookOver } from './quiz-helpers.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { localeHref, localeNames, locales } from '../../src/i18n/locales.ts';
import { bankFromPages, quizPageHrefs } from '../../src/quiz/bank-from-pages.ts';
import { encodeAssignment } from '../../src/teach/assignment-link.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fill } from '../../src/i18n/text.ts';

/** Serves a build (which can be swapped, like a new deployment) on a free port. */
async function host(dir: string, base: string) {
  let current = dir;
  const server = await serveStatic(() => current, 0, base);
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}${base}`,
    setRoot: (d: string) => {
      current = d;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Service workers, offline mode and rebuilds: one at a time, in Chromium, against our own static host.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

/** Opens the site, waits until the whole course is precached, and reloads so the worker controls the page. */
async function installOffline(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect(page.locator('offline-status')).toContainText('The whole course is available offline', { timeout: 60_000 });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

async function linksIn(page: Page, url: string, selector: string): Promise<string[]> {
  await page.goto(url);
  return page.locator(selector).evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
}

async function finishQuiz(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const data = await quizData(page);
  for (let n = 1; n <= data.length; n++) {
    await answerByKeyboard(page, await currentQuestion(page, data), true);
    await pressAction(page, /Check answer/);
    await pressAction(page, n < data.length ? /Next question/ : /See your results/);
  }
  await expect(page.locator('.score')).toContainText(`${data.length} of ${data.length} correct`);
  return data.length;
}

for (const variant of [
  { name: 'root', base: '/' },
  { name: 'sub-path', base: '/kz/' },
]) {
  test(`offline after one visit: every lesson and quiz, a finished quiz, reload and search (${variant.name})`, async ({ browser }) => {
    const dir = variant.base === '/' ? mainBuild() : buildVariant('kz', { BASE_PATH: variant.base });
    const site = await host(dir, variant.base);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await installOffline(context, site.url);
      const lessons = await linksIn(page, `${site.url}lessons/`, 'main a[href*="/lessons/"]');
      const quizzes = await linksIn(page, `${site.url}quizzes/`, 'main a[href*="/quizzes/"]');
      expect(lessons.length).toBeGreaterThanOrEqual(7);
      expect(quizzes.length).toBeGreaterThanOrEqual(8);
      for (const href of [...lessons, ...quizzes]) expect(new URL(href).pathname.startsWith(variant.base)).toBe(true);

      // Online, the worker leaves an address it does not store to the host: the site's 404 page, status 404.
      const unknown = await page.goto(`${site.url}no-such-page/`);
      expect(unknown?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page not found');
      // An address typed without its trailing slash lands on the lesson.
      await page.goto(`${site.url}lessons/astana-process`);
      await expect(page).toHaveURL(`${site.url}lessons/astana-process/`);
      await expect(page.locator('article.lesson h1')).toHaveText('The Astana process on Syria');

      // The connection drops while a page is open: the page says so.
      await page.goto(site.url);
      await expect(page.locator('.offline-banner')).toBeHidden();
      await context.setOffline(true);
      await expect(page.locator('.offline-banner')).toBeVisible();
      let maps = 0;
      for (const href of [...lessons, ...quizzes]) {
        const response = await page.goto(href);
        expect(response?.fromServiceWorker(), href).toBe(true);
        await expect(page.locator('h1')).not.toHaveText(/not available offline|not found/i);
        // A lesson's locator map draws its shapes from the precached basemap file.
        if ((await page.locator('figure.locator').count()) > 0) {
          await expect.poll(() => page.locator('figure.locator use.course').first().evaluate((u) => u.getBoundingClientRect().width), href).toBeGreaterThan(0);
          maps++;
        }
      }
      expect(maps).toBeGreaterThanOrEqual(7);
      // A link with a query string (a teacher's tracking tag, say) still opens the lesson, not the home page.
      await page.goto(`${lessons[0]}?utm_source=class`);
      await expect(page.locator('article.lesson h1')).toBeVisible();
      // Offline too, the missing slash is added by the worker.
      const bare = await page.goto(`${site.url}lessons/astana-process`);
      expect(bare?.fromServiceWorker()).toBe(true);
      await expect(page).toHaveURL(`${site.url}lessons/astana-process/`);
      await expect(page.locator('article.lesson h1')).toHaveText('The Astana process on Syria');
      // Only a failed network shows the course's own offline page.
      await page.goto(`${site.url}no-such-page/`);
      await expect(page.locator('h1')).toHaveText('This page is not available offline');

      const quiz = `${site.url}quizzes/russia-turkey-mediation/`;
      const total = await finishQuiz(page, quiz);
      await page.reload();
      await page.goto(`${site.url}progress/`);
      await expect(page.locator('main')).toContainText(`${total} of ${total}`);

      await page.goto(`${site.url}search/?q=Astana`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      await page.locator('[data-search-results] h2 a').first().click();
      await expect(page.locator('h1')).not.toHaveText(/not available offline/);
    } finally {
      await context.close();
      await site.close();
    }
  });
}

test('a new deployment shows a reload prompt and never reloads a quiz in progress', async ({ browser }) => {
  const next = buildVariant('next', { BUILD_ID: 'next' });
  const site = await host(mainBuild(), '/');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await installOffline(context, `${site.url}quizzes/astana-process/`);
    const data = await quizData(page);
    const third = await leaveHalfDone(page, data, 2);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    site.setRoot(next);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.locator('update-prompt [role=status]');
    await expect(prompt).toContainText('A new version of the course is available', { timeout: 60_000 });
    await expect(prompt).toContainText('Your answers so far are saved');
    // Still the same document, on the same question: nothing reloaded under the student.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(page.locator('.q-count')).toHaveText(`Question 3 of ${data.length}`);
    await expect(page.locator('meta[name=build]')).toHaveAttribute('content', 'local');

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('meta[name=build]')).toHaveAttribute('content', 'next');
    await runnerTookOver(page);
    await expect(page.locator('.q-count')).toHaveText(`Question 3 of ${data.length}`);
    expect((await currentQuestion(page, data)).id).toBe(third.id);
    await pressAction(page, /Check answer/);
    await expect(page.locator('.feedback h3')).toHaveText('✓ Correct');
  } finally {
    await context.close();
    await site.close();
  }
});

// One service worker per language (src/offline/workers.ts): each stores its own language, and every language keeps
// the same page-address behaviour online and offline.
const PILOT = 'russia-turkey-mediation';
const searchWord = { en: 'Ankara', ru: 'посредничество', kk: 'жаһандағы' } as const;

for (const lang of ['en', 'ru', 'kk'] as const) {
  test(`the ${lang} worker: its pages and search offline, a 404 online for an unknown address, the offline page only without a network`, async ({ browser }) => {
    const t = messages[lang];
    const site = await host(mainBuild(), '/');
    const home = `${site.url}${lang === 'en' ? '' : `${lang}/`}`;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto(`${home}lessons/${PILOT}/`);
      await expect(page.locator('offline-status')).toContainText(t.islands.offline.ready, { timeout: 60_000 });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(`${home}sw.js`);

      // Online, an address that is not part of the course: the language's 404 page, with status 404.
      const missing = await page.goto(`${home}no-such-page/`);
      expect(missing?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText(t.notFound.heading);
      await expect(page.locator('html')).toHaveAttribute('data-locale', lang);

      await context.setOffline(true);
      const lessons = await linksIn(page, `${home}lessons/`, 'main a[href*="/lessons/"]');
      expect(lessons.length).toBeGreaterThanOrEqual(7);
      for (const href of lessons) {
        expect(new URL(href).pathname.startsWith(new URL(home).pathname)).toBe(true);
        const response = await page.goto(href);
        expect(response?.fromServiceWorker(), href).toBe(true);
        await expect(page.locator('article.lesson h1')).toBeVisible();
      }
      // Every quiz of the language is stored and playable: its runner starts on its first question.
      const quizzes = (await linksIn(page, `${home}quizzes/`, 'main a[href*="/quizzes/"]')).filter((href) => /\/quizzes\/[^/]+\/$/.test(href));
      expect(quizzes.length).toBeGreaterThanOrEqual(8);
      for (const href of quizzes) {
        const response = await page.goto(href);
        expect(response?.fromServiceWorker(), href).toBe(true);
        await expect(page.locator('quiz-runner fieldset.question legend'), href).toBeVisible();
      }
      await page.goto(`${home}quizzes/${PILOT}/`);
      const pilot = (await quizData(page))[0]!;

      // Printable pages are not stored (src/offline/precache.ts): offline, a worksheet gets the offline page, which says so.
      await page.goto(`${home}quizzes/${PILOT}/worksheet/`);
      await expect(page.locator('h1')).toHaveText(t.offline.heading);
      await expect(page.locator('main')).toContainText(t.offline.onlineOnly);

      // Nor is questions.json: the review page reads the question bank from the stored quiz pages.
      expect(await page.evaluate((href) => fetch(href).then(() => 'fetched', () => 'failed'), `${home}questions.json`)).toBe('failed');
      await page.evaluate((id) => localStorage.setItem('kzm:progress', JSON.stringify({ version: 1, quizzes: {}, review: { [id]: { box: 1, due: 0 } } })), pilot.id);
      await page.goto(`${home}review/`);
      await expect(page.locator('review-session quiz-runner fieldset.question legend')).toHaveText(pilot.prompt);
      // And an assignment link opened offline (a class without a connection) runs its question.
      const fragment = await encodeAssignment({ questionIds: [pilot.id], lesson: null, classLabel: '', due: '', feedback: 'immediate', shuffle: true, readFirst: false });
      await page.goto(`${home}assignment/#${fragment}`);
      await expect(page.locator('assignment-runner fieldset.question legend')).toHaveText(pilot.prompt);
      // Without its trailing slash, the address still lands on the page.
      await page.goto(`${home}lessons/${PILOT}`);
      await expect(page).toHaveURL(`${home}lessons/${PILOT}/`);
      await expect(page.locator('article.lesson h1')).toBeVisible();
      // Only a failed network shows the offline page, in the language.
      await page.goto(`${home}no-such-page/`);
      await expect(page.locator('h1')).toHaveText(t.offline.heading);
      await expect(page.locator('main')).toContainText(t.offline.languages);

      await page.goto(`${home}search/?q=${encodeURIComponent(searchWord[lang])}`);
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
      expect(await page.locator('[data-search-results] h2 a').first().getAttribute('href')).toContain(`${new URL(home).pathname}lessons/`);

      // Another language was never opened here: switching to it says so instead of failing.
      const other = lang === 'kk' ? 'ru' : 'kk';
      await page.goto(home);
      await page.locator(`.language-nav a[data-locale="${other}"]`).click();
      const notice = page.locator('.language-notice');
      await expect(notice).toContainText(fill(t.islands.switcher.notStored, { language: localeNames[other] }));
      await expect(notice).toContainText(fill(t.islands.switcher.storedHere, { languages: localeNames[lang] }));
      expect(new URL(page.url()).pathname).toBe(new URL(home).pathname);
      await expect(page.goto(`${site.url}${other}/lessons/${PILOT}/`)).rejects.toThrow();
    } finally {
      await context.close();
      await site.close();
    }
  });
}

test('offline, the question bank read from the quiz pages is questions.json, in every language', () => {
  const dist = mainBuild();
  for (const lang of locales) {
    const list = localeHref(lang, 'quizzes/');
    const hrefs = quizPageHrefs(readFileSync(join(dist, list, 'index.html'), 'utf8'), list);
    const bank = bankFromPages(hrefs.map((href) => ({ href, html: readFileSync(join(dist, href, 'index.html'), 'utf8') })), lang);
    const file = JSON.parse(readFileSync(join(dist, localeHref(lang, 'questions.json')), 'utf8')) as { id: string }[];
    expect(bank.length, lang).toBe(file.length);
    const byId = new Map(bank.map((q) => [q.id, q]));
    for (const q of file) expect(byId.get(q.id), `${lang} ${q.id}`).toEqual(q);
  }
});

test('a reader who opens Russian first and English after keeps both offline: the English worker deletes no other language’s cache', async ({ browser }) => {
  const site = await host(mainBuild(), '/');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}ru/`);
    await expect(page.locator('offline-status')).toContainText(messages.ru.islands.offline.ready, { timeout: 60_000 });
    await page.goto(site.url);
    await expect(page.locator('offline-status')).toContainText(messages.en.islands.offline.ready, { timeout: 60_000 });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).filter((r) => r.active).map((r) => new URL(r.scope).pathname).sort());
    expect(scopes).toEqual(['/', '/ru/']);

    await context.setOffline(true);
    await page.goto(`${site.url}lessons/${PILOT}/`);
    await expect(page.locator('article.lesson h1')).toBeVisible();
    await page.goto(`${site.url}ru/lessons/${PILOT}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('article.lesson h1')).toBeVisible();
    // Offline, the switcher moves freely between the two stored languages.
    await page.locator('.language-nav a[data-locale="en"]').click();
    await expect(page).toHaveURL(`${site.url}lessons/${PILOT}/`);
  } finally {
    await context.close();
    await site.close();
  }
});

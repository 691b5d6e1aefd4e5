import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { advanceTo, answerByKeyboard, currentQuestion, leaveHalfDone, pressAction, quizData, runnerTookOver } from './quiz-helpers.ts';
import { colorSchemes, idAndNameProblems, sidewaysScrolling, wordsSplitAcrossLines } from './page-checks.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';

test('a quiz with every question type can be completed by keyboard alone', async ({ page }) => {
  await page.goto('/quizzes/astana-process/');
  const data = await quizData(page);
  expect(new Set(data.map((q) => q.type))).toEqual(new Set(['single-choice', 'multiple-select', 'true-false', 'numeric', 'ordering', 'matching']));
  for (let n = 1; n <= data.length; n++) {
    await expect(page.locator('.q-count')).toHaveText(`Question ${n} of ${data.length}`);
    const q = await currentQuestion(page, data);
    await answerByKeyboard(page, q, true);
    await pressAction(page, /Check answer/);
    await expect(page.locator('.feedback h3')).toHaveText('✓ Correct');
    await expect(page.locator('.feedback h3')).toBeFocused();
    await expect(page.locator('.feedback .fact-quote').first()).toContainText('“');
    await pressAction(page, n < data.length ? /Next question/ : /See your results/);
  }
  await expect(page.locator('.score')).toContainText(`${data.length} of ${data.length} correct`);
});

test('a wrong answer shows the key, the explanation and the cited fact', async ({ page }) => {
  await page.goto('/quizzes/osce-chairmanship-2010/');
  const data = await quizData(page);
  const q = await currentQuestion(page, data);
  await answerByKeyboard(page, q, false);
  await pressAction(page, /Check answer/);
  await expect(page.locator('.feedback h3')).toHaveText('✗ Not quite');
  await expect(page.locator('.feedback')).toContainText('Answer:');
  await expect(page.locator('.feedback')).toContainText(q.explanation);
  await expect(page.locator('.feedback .fact-quote a').first()).toHaveAttribute('href', /\/sources\/#/);
});

test('checking without an answer asks for one and does not move on', async ({ page }) => {
  await page.goto('/quizzes/nuclear-diplomacy/');
  const data = await quizData(page);
  const q = await currentQuestion(page, data);
  if (q.type === 'ordering') test.skip(); // an ordering is always a complete answer
  await pressAction(page, /Check answer/);
  await expect(page.locator('.hint')).toHaveText('Answer the question first.');
  await expect(page.locator('.q-count')).toHaveText(`Question 1 of ${data.length}`);
});

test('a half-done quiz resumes after a reload, with its answers', async ({ page }) => {
  await page.goto('/quizzes/south-caucasus-2024/');
  const data = await quizData(page);
  const third = await leaveHalfDone(page, data, 2);
  await page.reload();
  await expect(page.locator('.q-count')).toHaveText(`Question 3 of ${data.length}`);
  expect((await currentQuestion(page, data)).id).toBe(third.id);
  await pressAction(page, /Check answer/);
  await expect(page.locator('.feedback h3')).toHaveText('✓ Correct');
});

test('an exam with feedback at the end shows results only when finished', async ({ page }) => {
  await page.goto('/quizzes/final-exam/');
  const data = await quizData(page);
  for (let n = 1; n <= data.length; n++) {
    await answerByKeyboard(page, await currentQuestion(page, data), n !== 1);
    await expect(page.locator('.feedback h3')).toHaveCount(0);
    await pressAction(page, n < data.length ? /Next question/ : /Finish the quiz/);
  }
  await expect(page.locator('.score')).toContainText(`${data.length - 1} of ${data.length} correct`);
  await page.getByRole('button', { name: 'Review your answers' }).press('Enter');
  await expect(page.locator('.review-list > li')).toHaveCount(data.length);
  await expect(page.locator('.review-list .wrong')).toHaveCount(1);
});

test('a missed question comes back on the review page, and leaves its box when answered', async ({ page }) => {
  await page.goto('/quizzes/russia-turkey-mediation/');
  const data = await quizData(page);
  let missedPrompt = '';
  for (let n = 1; n <= data.length; n++) {
    const q = await currentQuestion(page, data);
    if (n === 1) missedPrompt = q.prompt;
    await answerByKeyboard(page, q, n !== 1);
    await pressAction(page, /Check answer/);
    await pressAction(page, n < data.length ? /Next question/ : /See your results/);
  }
  await expect(page.getByRole('button', { name: /Retry the 1 you missed/ })).toBeVisible();
  await page.goto('/review/');
  await expect(page.locator('review-session')).toContainText('1 question due today');
  await expect(page.locator('quiz-runner legend')).toHaveText(missedPrompt);
  await answerByKeyboard(page, await currentQuestion(page, data), true);
  await pressAction(page, /Check answer/);
  await page.goto('/review/');
  await expect(page.locator('review-session')).toContainText('Nothing is due right now. 1 question is scheduled for later review.');
});

test('corrupt saved progress is set aside with a notice, and valid progress is kept', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const attempt = null;
    localStorage.setItem(
      'kzm:progress',
      JSON.stringify({
        version: 1,
        quizzes: {
          'osce-chairmanship-2010': { best: { correct: 3, total: 4 }, attempts: [{ finishedAt: 1, correct: 3, total: 4, missed: ['osce-year'] }], current: attempt, last: attempt },
          'astana-process': { best: 'lots', attempts: 7 },
        },
        review: {},
      }),
    );
  });
  await page.goto('/progress/');
  await expect(page.locator('.notice')).toHaveText(/Part of your saved progress was damaged/);
  const row = page.getByRole('row', { name: /Quiz: an unusual chair/ });
  await expect(row).toContainText('3 of 4');
  const setAside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kzm:progress:set-aside:')).map((k) => localStorage.getItem(k)));
  expect(setAside).toHaveLength(1);
  expect(setAside[0]).toContain('"lots"');
});

test('unreadable saved progress never breaks the quiz page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('kzm:progress', '{{{not json'));
  await page.goto('/quizzes/multi-vector-policy/');
  await expect(page.locator('.notice')).toHaveText(/could not be read/);
  await expect(page.locator('.q-count')).toHaveText(/Question 1 of/);
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => localStorage.getItem(k) === '{{{not json'))).toBe(true);
});

test('blocked storage falls back to memory with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto('/quizzes/multi-vector-policy/');
  await expect(page.locator('.q-count')).toHaveText(/Question 1 of/);
  const data = await quizData(page);
  await answerByKeyboard(page, await currentQuestion(page, data), true);
  await pressAction(page, /Check answer/);
  await expect(page.locator('.feedback h3')).toHaveText('✓ Correct');
  await expect(page.locator('.notice')).toHaveText(/not letting this site save data/);
});

test('resetting progress asks for confirmation first', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('kzm:progress', JSON.stringify({ version: 1, quizzes: { 'nuclear-diplomacy': { best: { correct: 5, total: 11 }, attempts: [], current: null, last: null } }, review: {} })));
  await page.goto('/progress/');
  const row = page.getByRole('row', { name: /from test site to negotiating table/i });
  await expect(row).toContainText('5 of 11');
  await page.getByRole('button', { name: 'Reset all progress' }).press('Enter');
  await page.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(row).toContainText('5 of 11');
  await page.getByRole('button', { name: 'Reset all progress' }).press('Enter');
  await page.getByRole('button', { name: 'Yes, delete my progress' }).press('Enter');
  await expect(row).toContainText('—');
});

test('without JavaScript a quiz lists its questions and reveals each answer', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quizzes/astana-process/');
  const questions = page.locator('.quiz-question');
  const expected = await questions.count();
  expect(expected).toBeGreaterThan(10);
  await expect(page.locator('.quiz-page .question-count')).toHaveText(`${expected} questions`);
  const first = questions.first();
  await expect(first.locator('.q-count')).toHaveText(`Question 1 of ${expected}`);
  await expect(first.locator('details')).not.toHaveAttribute('open');
  await first.locator('summary').click();
  await expect(first.locator('details')).toContainText('Answer:');
  // Every question once, so every id once.
  expect(await page.evaluate(() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id); return ids.length - new Set(ids).size; })).toBe(0);
  await context.close();
});

test('the home page offers to continue a quiz left unfinished', async ({ page }) => {
  await page.goto('/quizzes/un-security-council/');
  const data = await quizData(page);
  await answerByKeyboard(page, await currentQuestion(page, data), true);
  await pressAction(page, /Check answer/);
  await pressAction(page, /Next question/);
  await page.goto('/');
  await expect(page.locator('continue-link')).toContainText('Continue where you left off');
  await expect(page.locator('continue-link')).toContainText(`question 2 of ${data.length}`);
});

test('the quiz page’s own first question is the one a new attempt starts with, taken over in place', async ({ page }) => {
  // From the end of parsing, before any script runs: every fieldset added and every element hidden in the quiz. A
  // runner that hid the page's copy and drew its own would show up here.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && (r.target as Element).hasAttribute('hidden')) seen.push(`hid ${(r.target as Element).tagName}`);
          for (const n of r.addedNodes) if (n instanceof Element && (n.matches('fieldset') || n.querySelector('fieldset'))) seen.push('added a fieldset');
        }
      }).observe(document.querySelector('quiz-runner')!, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
    });
  });
  const html = await (await page.request.get('/quizzes/astana-process/')).text();
  const firstPrompt = /<legend>([^<]+)<\/legend>/.exec(html)![1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  await page.goto('/quizzes/astana-process/');
  const total = (await quizData(page)).length;
  await expect(page.locator('.quiz-question')).toHaveCount(1);
  await expect(page.locator('.quiz-question legend')).toHaveText(firstPrompt);
  await expect(page.locator('.q-count')).toHaveText(`Question 1 of ${total}`);
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shift).toBe(0);
});

test('after a check the feedback comes first and “Next” below it; the options mark the right answer and the student’s choice in words', async ({ page }) => {
  await page.goto('/quizzes/osce-chairmanship-2010/');
  const data = await quizData(page);
  const q = await advanceTo(page, data, (x): x is Extract<RuntimeQuestion, { type: 'single-choice' | 'true-false' }> => x.type === 'single-choice' || x.type === 'true-false', 'single-choice or true/false question');
  await answerByKeyboard(page, q, false);
  await pressAction(page, /Check answer/);
  const feedbackBeforeNext = await page.locator('.quiz-question').evaluate((s) => {
    const feedback = s.querySelector('.feedback')!;
    const next = [...s.querySelectorAll('.actions button')].find((b) => /Next question|See your results/.test(b.textContent ?? ''))!;
    return Boolean(feedback.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(feedbackBeforeNext).toBe(true);
  const right = q.type === 'single-choice' ? q.choices[q.correct]! : q.correct ? 'True' : 'False';
  await expect(page.locator('label.option', { hasText: right })).toContainText('✓ Right answer');
  await expect(page.locator('label.option', { hasText: '✗ Your answer' })).toHaveCount(1);
  await expect(page.locator('label.option', { hasText: '✗ Your answer' })).not.toContainText(right);
});

test('ordering items show their positions, and after a check which ones are in the right place', async ({ page }) => {
  await page.goto('/quizzes/astana-process/');
  const data = await quizData(page);
  const q = await advanceTo(page, data, (x): x is Extract<RuntimeQuestion, { type: 'ordering' }> => x.type === 'ordering', 'ordering question');
  const positions = page.locator('.ordering-list .pos');
  const numbers = q.items.map((_, i) => `${i + 1}`);
  await expect(positions).toHaveText(numbers);
  await answerByKeyboard(page, q, true);
  await expect(page.locator('.ordering-list .item-text')).toHaveText(q.items);
  await expect(positions).toHaveText(numbers);
  // Swap the first two, then check: those two are out of place, the rest in place.
  await page.locator(`button[aria-label="Move down: ${q.items[0]}"]`).press('Enter');
  await expect(positions).toHaveText(numbers);
  await pressAction(page, /Check answer/);
  const items = page.locator('.ordering-list > li');
  await expect(items.nth(0)).toContainText('✗ belongs at 2');
  await expect(items.nth(1)).toContainText('✗ belongs at 1');
  for (let i = 2; i < q.items.length; i++) await expect(items.nth(i).locator('.mark')).toHaveText('✓');
});

test('the result screen leads on: retry the missed ones, the review list, the next lesson and its quiz, progress', async ({ page }) => {
  await page.goto('/lessons/russia-turkey-mediation/');
  const nextLesson = (await page.locator('nav[aria-label="Lesson navigation"] a[rel=next]').getAttribute('href'))!;
  await page.goto(nextLesson);
  const nextQuiz = (await page.getByRole('link', { name: /Take the quiz/ }).getAttribute('href'))!;

  await page.goto('/quizzes/russia-turkey-mediation/');
  const data = await quizData(page);
  for (let n = 1; n <= data.length; n++) {
    await answerByKeyboard(page, await currentQuestion(page, data), n !== 2);
    await pressAction(page, /Check answer/);
    await pressAction(page, n < data.length ? /Next question/ : /See your results/);
  }
  const result = page.locator('.quiz-result');
  await expect(result.locator('.score')).toContainText(`${data.length - 1} of ${data.length} correct`);
  const next = result.getByRole('navigation', { name: 'What next' });
  await expect(next.getByRole('link', { name: 'its quiz' })).toHaveAttribute('href', nextQuiz);
  await expect(next.locator(`a[href="${nextLesson}"]`)).toHaveCount(1);
  await expect(next.getByRole('link', { name: 'Your review list' })).toHaveAttribute('href', '/review/');
  await expect(next.getByRole('link', { name: 'Your progress' })).toHaveAttribute('href', '/progress/');
  await expect(result.getByRole('link', { name: 'review list' }).first()).toHaveAttribute('href', '/review/');

  await result.getByRole('button', { name: 'Review your answers' }).press('Enter');
  await expect(result.locator('.review-list > li')).toHaveCount(data.length);
  await result.getByRole('button', { name: 'Retry the 1 you missed' }).press('Enter');
  await expect(page.locator('.q-count')).toHaveText('Question 1 of 1');
});

test('every question type and the result screen: unique ids, every control named, no sideways scrolling at 320 and 360 px', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/quizzes/astana-process/');
  const data = await quizData(page);
  const problems: string[] = [];
  const check = async (where: string) => {
    problems.push(...(await idAndNameProblems(page)).map((p) => `${where}: ${p}`));
    for (const colorScheme of colorSchemes) {
      await page.emulateMedia({ colorScheme });
      problems.push(...(await sidewaysScrolling(page, `${where}, ${colorScheme}, `)));
    }
  };
  for (let n = 1; n <= data.length; n++) {
    const q = await currentQuestion(page, data);
    await answerByKeyboard(page, q, n % 2 === 0);
    await pressAction(page, /Check answer/);
    // Checked, the screen holds everything it held before (now marked) and the feedback.
    await check(`question ${n} (${q.type}) checked`);
    await pressAction(page, n < data.length ? /Next question/ : /See your results/);
  }
  await page.getByRole('button', { name: 'Review your answers' }).press('Enter');
  await check('result screen with the answers');
  expect(problems).toEqual([]);
});

// Every question of every quiz in every language, as a student sees it once checked (its marks and feedback), and
// the answers reviewed at the end: a Russian or Kazakh word is longer than its English one, and Chromium cannot
// hyphenate either, so a control squeezed beside a word cuts it.
const quizIds = readdirSync(new URL('../../quizzes/', import.meta.url)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
for (const lang of ['en', 'ru', 'kk'] as const) {
  test(`${lang}: every question of every quiz, checked, and the reviewed answers fit 320 and 360 px with no word cut`, async ({ page }) => {
    test.setTimeout(150_000);
    const t = messages[lang].islands.quiz;
    const problems: string[] = [];
    const scan = async (where: string) => {
      problems.push(...(await wordsSplitAcrossLines(page, 'main', `${where}, `)));
      problems.push(...(await sidewaysScrolling(page, `${where}, `)));
      await page.setViewportSize({ width: 360, height: 740 });
    };
    for (const quiz of quizIds) {
      await page.goto(`${lang === 'en' ? '' : `/${lang}`}/quizzes/${quiz}/`);
      await runnerTookOver(page);
      const data = await quizData(page);
      for (let n = 1; n <= data.length; n++) {
        const q = await currentQuestion(page, data);
        await answerByKeyboard(page, q, n % 2 === 0);
        const check = page.locator('quiz-runner .actions button').filter({ hasText: t.check });
        // The final exam gives its feedback at the end: no check per question.
        const checked = (await check.count()) > 0;
        if (checked) {
          await check.click();
          await scan(`${quiz} ${q.id}`);
        }
        await page.locator('quiz-runner .actions button').filter({ hasText: n < data.length ? t.next : checked ? t.seeResults : t.finish }).click();
      }
      await page.getByRole('button', { name: t.reviewAnswers }).click();
      await expect(page.locator('.review-list > li')).toHaveCount(data.length);
      await scan(`${quiz} results`);
    }
    expect(problems).toEqual([]);
  });
}

test('the quiz list, each quiz page and each lesson say how many questions the quiz has, counted from the data', async ({ page }) => {
  await page.goto('/quizzes/');
  const cards = await page.locator('.card').evaluateAll((cs) => cs.map((c) => ({ href: c.querySelector('h2 a')!.getAttribute('href')!, count: c.querySelector('.question-count')?.textContent ?? '(none)' })));
  expect(cards.length).toBeGreaterThanOrEqual(8);
  for (const card of cards) {
    await page.goto(card.href);
    const n = (await quizData(page)).length;
    const says = `${n} question${n === 1 ? '' : 's'}`;
    expect(card.count, card.href).toBe(says);
    await expect(page.locator('.quiz-page .question-count')).toHaveText(says);
    const lessonLink = page.locator('.quiz-page .meta a[href*="/lessons/"]');
    if ((await lessonLink.count()) > 0) {
      const lesson = (await lessonLink.getAttribute('href'))!;
      await page.goto(lesson);
      await expect(page.getByRole('link', { name: /Take the quiz/ })).toHaveText(`Take the quiz: ${says}`);
    }
  }
});

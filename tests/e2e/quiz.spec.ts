import { expect, test } from '@playwright/test';
import { answerByKeyboard, currentQuestion, leaveHalfDone, pressAction, quizData } from './quiz-helpers.ts';

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
  const questions = page.locator('.static-question');
  const expected = (JSON.parse((await page.locator('script[data-questions]').textContent()) ?? '[]') as unknown[]).length;
  expect(expected).toBeGreaterThan(10);
  await expect(questions).toHaveCount(expected);
  const first = questions.first();
  await expect(first.locator('details')).not.toHaveAttribute('open');
  await first.locator('summary').click();
  await expect(first.locator('details')).toContainText('Answer:');
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

import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';

/** The questions the page handed to its quiz island. */
export async function quizData(page: Page): Promise<RuntimeQuestion[]> {
  return JSON.parse((await page.locator('script[data-questions]').first().textContent()) ?? '[]') as RuntimeQuestion[];
}

/**
 * Waits for the quiz runner to take over the page's own rendering of the questions (for readers without JavaScript,
 * every question is on the page until then). Needed after a navigation that does not wait for the page's load
 * event, such as following a link or the update prompt's reload.
 */
export async function runnerTookOver(page: Page | FrameLocator): Promise<void> {
  await expect(page.locator('quiz-runner section.quiz-question')).toHaveCount(1);
}

/** The question now on screen, found by its prompt. */
export async function currentQuestion(page: Page, data: RuntimeQuestion[]): Promise<RuntimeQuestion> {
  const prompt = (await page.locator('quiz-runner fieldset.question legend').textContent())!;
  const q = data.find((x) => x.prompt === prompt);
  expect(q, `question with prompt ${prompt}`).toBeTruthy();
  return q!;
}

/** Answers each question right and moves on until the one on screen is `wanted`; returns it. */
export async function advanceTo<Q extends RuntimeQuestion>(page: Page, data: RuntimeQuestion[], wanted: (q: RuntimeQuestion) => q is Q, what: string): Promise<Q> {
  for (let n = 1; n <= data.length; n++) {
    const q = await currentQuestion(page, data);
    if (wanted(q)) return q;
    await answerByKeyboard(page, q, true);
    await pressAction(page, /Check answer/);
    await pressAction(page, /Next question/);
  }
  throw new Error(`the quiz has no ${what}`);
}

/** Focuses an element without the mouse, then acts with keys only. */
async function press(page: Page, selector: string, key: string) {
  await page.locator(selector).first().focus();
  await page.keyboard.press(key);
}

/** Answers the question on screen, right or wrong, using the keyboard alone. */
export async function answerByKeyboard(page: Page, q: RuntimeQuestion, right: boolean): Promise<void> {
  const fs = 'quiz-runner fieldset.question';
  switch (q.type) {
    case 'single-choice':
      return press(page, `${fs} input[value="${right ? q.correct : (q.correct + 1) % q.choices.length}"]`, 'Space');
    case 'multiple-select': {
      const wanted = right ? q.correct : [q.choices.findIndex((_, i) => !q.correct.includes(i))];
      for (const i of wanted) await press(page, `${fs} input[value="${i}"]`, 'Space');
      return;
    }
    case 'true-false':
      return press(page, `${fs} input[value="${String(right ? q.correct : !q.correct)}"]`, 'Space');
    case 'numeric':
      await page.locator(`${fs} input[type=text]`).focus();
      await page.keyboard.type(String(right ? q.correct : q.correct + 1000));
      return;
    case 'ordering': {
      const shown = async () => page.locator(`${fs} .ordering-list .item-text`).allTextContents();
      if (right) {
        for (let target = 0; target < q.items.length; target++) {
          let pos = (await shown()).indexOf(q.items[target]!);
          while (pos > target) {
            await press(page, `${fs} button[data-dir="up"][data-item="${target}"]`, 'Enter'); // "Move up: <item>" in the page's language
            pos--;
          }
        }
        expect(await shown()).toEqual(q.items);
      } else if ((await shown()).join() === q.items.join()) {
        await press(page, `${fs} button[data-dir="down"][data-item="0"]`, 'Enter');
      }
      return;
    }
    case 'matching':
      for (let i = 0; i < q.left.length; i++) {
        const select = page.locator(`${fs} select`).nth(i);
        const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        const want = String(right ? i : (i + 1) % q.left.length);
        await select.focus();
        for (let k = 0; k < values.indexOf(want); k++) await page.keyboard.press('ArrowDown');
        await expect(select).toHaveValue(want);
      }
      return;
  }
}

/** Presses the main action button (Check / Next / Finish) with the keyboard. */
export async function pressAction(page: Page, name: RegExp): Promise<void> {
  const button = page.locator('quiz-runner .actions button').filter({ hasText: name });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Answers the next `count` questions correctly, moving on after each, and selects (without checking) the right
 * answer to the one after: a quiz left half done. Returns that question. */
export async function leaveHalfDone(page: Page, data: RuntimeQuestion[], count: number): Promise<RuntimeQuestion> {
  for (let n = 1; n <= count; n++) {
    await answerByKeyboard(page, await currentQuestion(page, data), true);
    await pressAction(page, /Check answer/);
    await pressAction(page, /Next question/);
  }
  const next = await currentQuestion(page, data);
  await answerByKeyboard(page, next, true);
  return next;
}

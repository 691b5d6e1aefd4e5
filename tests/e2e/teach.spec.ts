import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { answerByKeyboard, currentQuestion, pressAction, quizData } from './quiz-helpers.ts';
import { axeInBothSchemes } from './page-checks.ts';
import { encodeAssignment } from '../../src/teach/assignment-link.ts';
import { LINK_MESSAGES, RESULT_MESSAGES } from '../../src/teach/messages.ts';
import { csvCell } from '../../src/teach/class-results.ts';
import { encodeResult } from '../../src/teach/result-code.ts';
import { worksheetItem } from '../../src/teach/worksheet.ts';
import { messages } from '../../src/i18n/messages/index.ts';

/** Makes an assignment on the teacher page and returns its link. */
async function makeLink(page: Page, opts: { quiz: string; count: number; classLabel: string; due: string; feedback: 'immediate' | 'end' }): Promise<string> {
  await page.goto('/teach/');
  await page.locator(`input[name=quiz][value="${opts.quiz}"]`).check();
  await page.getByLabel('Number of questions').fill(String(opts.count));
  await page.getByLabel(opts.feedback === 'end' ? 'Only at the end, as in a test' : 'After each answer').check();
  await page.getByLabel('Ask students to read the lesson first').check();
  await page.getByLabel('Class or group').fill(opts.classLabel);
  await page.getByLabel('Due').fill(opts.due);
  await page.getByRole('button', { name: 'Make the link' }).press('Enter');
  await expect(page.locator('[data-form-message]')).toHaveText(new RegExp(`Link made: ${opts.count} of \\d+ questions`));
  return page.locator('#assignment-link').inputValue();
}

test('a teacher assigns by link, a student answers in another browser, and the result code fills the class table and CSV', async ({ browser }) => {
  const teacherContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const studentContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();

  const link = await makeLink(teacher, { quiz: 'osce-chairmanship-2010', count: 4, classLabel: '9B <b>history</b>', due: 'Friday, before class', feedback: 'end' });
  expect(link).toMatch(/\/assignment\/#v1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  await expect(teacher.locator('svg.qr-code path')).toHaveAttribute('d', /^M/);

  // The student, in a browser that shares nothing with the teacher's.
  await student.goto(link);
  const banner = student.getByRole('region', { name: 'About this assignment' });
  await expect(banner).toContainText('For 9B <b>history</b>');
  await expect(banner).toContainText('Due: Friday, before class');
  await expect(banner.getByRole('link', { name: /OSCE/ })).toHaveAttribute('href', '/lessons/osce-chairmanship-2010/');
  await expect(banner).toContainText('Read the lesson first');
  const data = await quizData(student);
  expect(data).toHaveLength(4);
  let missed = '';
  for (let n = 1; n <= 4; n++) {
    await expect(student.locator('.q-count')).toHaveText(`Question ${n} of 4`);
    const q = await currentQuestion(student, data);
    if (n === 2) missed = q.id;
    await answerByKeyboard(student, q, n !== 2);
    await pressAction(student, n < 4 ? /Next question/ : /Finish the quiz/);
  }
  await expect(student.locator('.score')).toContainText('3 of 4 correct');
  await expect(student.getByRole('button', { name: /Retry the/ })).toHaveCount(0);
  await student.getByLabel('Your name or initials').fill('Aigerim S.');
  await student.getByLabel('Your name or initials').press('Enter');
  const shown = await student.locator('#result-code').inputValue();
  expect(shown).toMatch(/^R1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  await student.getByRole('button', { name: 'Copy the code' }).press('Enter');
  await expect(student.getByText('Copied.')).toBeVisible();
  const copied = await student.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);

  // A reload keeps the finished attempt, so the student can make the same code again.
  await student.reload();
  await expect(student.locator('.score')).toContainText('3 of 4 correct');
  await expect(student.getByLabel('Your name or initials')).toBeVisible();
  await student.getByLabel('Your name or initials').fill('Aigerim S.');
  await student.getByRole('button', { name: 'Make my result code' }).press('Enter');
  await expect(student.locator('#result-code')).toHaveValue(shown);

  // The teacher pastes it, with a bad code beside it.
  await teacher.getByLabel('Result codes').fill(`${copied}\n  not-a-code`);
  await teacher.getByRole('button', { name: 'Add to the table' }).press('Enter');
  await expect(teacher.locator('.messages li').first()).toHaveText('1 result added.');
  await expect(teacher.locator('.messages li').nth(1)).toHaveText(`Code 2: ${RESULT_MESSAGES['not-ours']}`);
  const table = teacher.locator('.class-result');
  await expect(table.locator('h3')).toHaveText('9B <b>history</b> · 1 student · average 75%');
  const row = table.getByRole('row', { name: /Aigerim S\./ });
  await expect(row).toContainText('3/4');
  await expect(row).toContainText('75%');
  const assigned = data.map((q) => q.id);
  const missedColumn = assigned.indexOf(missed);
  const cells = row.locator('td');
  for (let i = 0; i < 4; i++) await expect(cells.nth(i)).toHaveClass(i === missedColumn ? 'wrong' : 'right');
  await expect(table.locator('.most-missed li')).toHaveCount(1);
  await expect(table.locator('.most-missed li')).toContainText(`Q${missedColumn + 1}: ${data.find((q) => q.id === missed)!.prompt} — missed by 1 of 1`);

  const [download] = await Promise.all([teacher.waitForEvent('download'), table.getByRole('link', { name: 'Download as CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^results-9B-b-history-b-[0-9a-f]{8}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  // The same Q1…Qn as the table, then which question each is: its id and its prompt.
  expect(csv[0]).toBe(['Name', 'Finished (UTC)', 'Minutes', ...assigned.map((_, i) => `Q${i + 1}`), 'Correct', 'Out of', 'Percent'].join(','));
  expect(csv[1]).toBe(['Question id', '', '', ...assigned, '', '', ''].join(','));
  expect(csv[2]).toBe(['Question', '', '', ...assigned.map((id) => csvCell(data.find((q) => q.id === id)!.prompt)), '', '', ''].join(','));
  expect(csv[3]).toMatch(new RegExp(`^Aigerim S\\.,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d,[\\d.]+,${assigned.map((id) => (id === missed ? 0 : 1)).join(',')},3,4,75$`));
  expect(csv).toHaveLength(5);

  // The same code again is recognised; the table survives a reload; clearing asks first.
  await teacher.getByLabel('Result codes').fill(copied);
  await teacher.getByRole('button', { name: 'Add to the table' }).press('Enter');
  await expect(teacher.locator('.messages li').first()).toHaveText('0 results added; 1 already in the table.');
  await teacher.reload();
  await expect(teacher.getByRole('row', { name: /Aigerim S\./ })).toContainText('3/4');
  await teacher.getByRole('button', { name: 'Clear all results' }).press('Enter');
  await teacher.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(teacher.getByRole('row', { name: /Aigerim S\./ })).toBeVisible();
  await teacher.getByRole('button', { name: 'Clear all results' }).press('Enter');
  await teacher.getByRole('button', { name: 'Yes, clear the results' }).press('Enter');
  await expect(teacher.locator('.class-tables')).toHaveText('No results yet.');
  await teacherContext.close();
  await studentContext.close();
});

test('a hostile or damaged link shows a clear message and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Each link is opened as a fresh page load, as from a message: a hash-only change would reload mid-check.
  const open = async (path: string) => {
    await page.goto('about:blank');
    await page.goto(path);
  };
  for (const hostile of ['<img src=x onerror=window.__pwned=1>', '"><script>window.__pwned=1</script>', 'javascript:alert(1)']) {
    await open(`/assignment/#${hostile}`);
    await expect(page.getByRole('alert')).toContainText(LINK_MESSAGES['not-ours']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img, main script:not([type="application/json"])')).toHaveCount(0);
  }
  const fragment = await encodeAssignment({ questionIds: ['osce-year'], lesson: null, classLabel: '', due: '', feedback: 'immediate', shuffle: false, readFirst: false });
  await open(`/assignment/#${fragment.slice(0, -4)}`);
  await expect(page.getByRole('alert')).toContainText(LINK_MESSAGES['no-check']);
  const flipped = fragment.slice(0, 8) + (fragment[8] === 'A' ? 'B' : 'A') + fragment.slice(9);
  await open(`/assignment/#${flipped}`);
  await expect(page.getByRole('alert')).toContainText(LINK_MESSAGES['bad-check']);
  await open('/assignment/');
  await expect(page.getByRole('alert')).toContainText(LINK_MESSAGES.empty);
  expect(dialogs).toEqual([]);
  // Nothing from a refused link is stored.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.includes('assignment:')))).toEqual([]);
});

test('a link naming a question that no longer exists says which, and runs the rest', async ({ page }) => {
  const fragment = await encodeAssignment({ questionIds: ['osce-year', 'osce-retired-question'], lesson: null, classLabel: '10A', due: '', feedback: 'immediate', shuffle: false, readFirst: false });
  await page.goto(`/assignment/#${fragment}`);
  await expect(page.locator('.missing-questions')).toHaveText('1 of this assignment’s 2 questions no longer exist on this site and are left out: osce-retired-question.');
  await expect(page.locator('.q-count')).toHaveText('Question 1 of 1');
});

test.describe('a question withdrawn from the course', () => {
  // The list is served by the test (the real one is empty until the content corrections withdraw questions), so no
  // service worker may answer for it.
  test.use({ serviceWorkers: 'block' });
  const withdrawn = [{ id: 'osce-retired-question', quiz: 'osce-chairmanship-2010', reason: 'Its wording gave the answer away.' }];

  test('is named with its reason on the assignment and teacher pages, and the rest still runs', async ({ page }) => {
    let fetched = 0;
    await page.route('**/retired-questions.json', (route) => {
      fetched++;
      return route.fulfill({ json: withdrawn });
    });
    const fragment = await encodeAssignment({ questionIds: ['osce-year', 'osce-retired-question', 'gone-question'], lesson: null, classLabel: '10A', due: '', feedback: 'immediate', shuffle: false, readFirst: false });
    await page.goto(`/assignment/#${fragment}`);
    await expect(page.locator('.missing-questions')).toHaveText('2 of this assignment’s 3 questions are left out: osce-retired-question was withdrawn from the course (Its wording gave the answer away); gone-question no longer exists on this site.');
    await expect(page.locator('.q-count')).toHaveText('Question 1 of 1');

    const code = await encodeResult({
      assignment: '0123abcd',
      classLabel: '10A',
      name: 'Dana',
      startedAt: Date.UTC(2026, 0, 5, 9),
      finishedAt: Date.UTC(2026, 0, 5, 9, 6),
      items: [
        { id: 'osce-year', response: { type: 'numeric', value: 2010 }, correct: true },
        { id: 'osce-retired-question', response: { type: 'true-false', value: true }, correct: true },
      ],
      score: 2,
    });
    await page.goto('/teach/');
    await page.getByLabel('Result codes').fill(code);
    await page.getByRole('button', { name: 'Add to the table' }).press('Enter');
    await expect(page.getByRole('row', { name: /Dana/ })).toContainText('2/2');
    await expect(page.locator('.class-result .withdrawn-question')).toHaveText('Q2 (osce-retired-question) was withdrawn from the course after this assignment was made: Its wording gave the answer away. Its marks are the ones in the students’ codes.');
    await expect(page.locator('.class-result details li').nth(1)).toHaveText('osce-retired-question (withdrawn from the course: Its wording gave the answer away)');
    expect(fetched).toBeGreaterThan(0);
  });

  test('a broken list of withdrawn questions is no crash: the pages fall back to "no longer exists"', async ({ page }) => {
    await page.route('**/retired-questions.json', (route) => route.fulfill({ status: 200, body: 'not json' }));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const fragment = await encodeAssignment({ questionIds: ['osce-retired-question'], lesson: null, classLabel: '', due: '', feedback: 'immediate', shuffle: false, readFirst: false });
    await page.goto(`/assignment/#${fragment}`);
    await expect(page.getByRole('alert')).toContainText('None of this assignment’s questions exist on this version of the site (osce-retired-question).');
    expect(errors).toEqual([]);
  });
});

test('a quiz’s worksheet and answer key print to PDF; only the key has the answers', async ({ page }) => {
  await page.goto('/quizzes/osce-chairmanship-2010/');
  const items = (await quizData(page)).map((q) => worksheetItem(q, messages.en.islands.worksheet));
  for (const mode of ['worksheet', 'answer-key'] as const) {
    await page.goto(`/quizzes/osce-chairmanship-2010/${mode}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    const text = await page.locator('main').innerText();
    for (const item of items) {
      expect(text).toContain(item.prompt);
      if (mode === 'answer-key') {
        expect(text).toContain(`Answer: ${item.key}`);
        expect(text).toContain(item.explanation);
      } else expect(text).not.toContain(item.explanation);
    }
    if (mode === 'worksheet') expect(text).not.toContain('Answer:');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  }
});

test('an assignment prints as a worksheet and an answer key from its link', async ({ page }) => {
  const link = await makeLink(page, { quiz: 'astana-process', count: 5, classLabel: '11C', due: 'Monday', feedback: 'immediate' });
  const fragment = link.slice(link.indexOf('#'));
  const assigned = (await (await page.request.get('/questions.json')).json()) as Parameters<typeof worksheetItem>[0][];
  await page.goto(`/assignment/${fragment}`);
  const ids = (await quizData(page)).map((q) => q.id);
  const items = ids.map((id) => worksheetItem(assigned.find((q) => q.id === id)!, messages.en.islands.worksheet));
  for (const key of [false, true]) {
    await page.goto(`/teach/print/${key ? '?key=1' : ''}${fragment}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sheet-list > li')).toHaveCount(5);
    const text = await page.locator('main').innerText();
    expect(text).toContain('11C · Due: Monday · 5 questions');
    for (const item of items) {
      expect(text).toContain(item.prompt);
      if (key) expect(text).toContain(`Answer: ${item.key}`);
      else expect(text).not.toContain(item.explanation);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
  }
});

test('the assignment page loads at most 15 KB of gzipped JavaScript, all from its own site', async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const fragment = await encodeAssignment({ questionIds: ['osce-year'], lesson: null, classLabel: '', due: '', feedback: 'immediate', shuffle: true, readFirst: false });
  const scripts: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
  });
  await page.goto(`/assignment/#${fragment}`);
  await expect(page.locator('.q-count')).toHaveText('Question 1 of 1');
  const sizes = await Promise.all(scripts);
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(`assignment page: ${sizes.length} scripts, ${total} bytes gzip`);
  expect(sizes.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(15 * 1024);
  // Offline-friendly: nothing but the site's own static files.
  expect(requested.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
});

test('the teacher and assignment pages fit a 320 px screen, in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const fragment = await encodeAssignment({ questionIds: ['osce-year', 'final-venues'], lesson: 'osce-chairmanship-2010', classLabel: 'A very long class label for a group', due: 'Friday', feedback: 'immediate', shuffle: true, readFirst: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/teach/', `/assignment/#${fragment}`]) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  }
});

test('the teacher page with a link and a class table, and the assignment page at its result code, pass WCAG 2.2 AA checks in light and dark', async ({ page }) => {
  test.setTimeout(120_000); // axe over the teacher page's hundred form controls is slow
  const code = await encodeResult({
    assignment: '0123abcd',
    classLabel: '9B',
    name: '=Bob+',
    startedAt: Date.UTC(2026, 0, 5, 9),
    finishedAt: Date.UTC(2026, 0, 5, 9, 6),
    items: [
      { id: 'osce-year', response: { type: 'numeric', value: 2010 }, correct: true },
      { id: 'osce-retired-question', response: { type: 'true-false', value: true }, correct: false },
    ],
    score: 1,
  });
  const link = await makeLink(page, { quiz: 'nuclear-diplomacy', count: 2, classLabel: '9B', due: 'Friday', feedback: 'end' });
  await page.getByLabel('Result codes').fill(code);
  await page.getByRole('button', { name: 'Add to the table' }).press('Enter');
  await expect(page.getByRole('row', { name: /=Bob\+/ })).toContainText('1/2');
  // A question this build no longer has keeps the mark its code carries, and says so.
  await expect(page.locator('.class-result details li').nth(1)).toHaveText('osce-retired-question (no longer on this site)');
  expect(await axeInBothSchemes(page, 'teacher page: ')).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(link);
  const data = await quizData(page);
  for (let n = 1; n <= 2; n++) {
    await answerByKeyboard(page, await currentQuestion(page, data), true);
    await pressAction(page, n < 2 ? /Next question/ : /Finish the quiz/);
  }
  await page.getByLabel('Your name or initials').fill('AB');
  await page.getByRole('button', { name: 'Make my result code' }).press('Enter');
  await expect(page.locator('#result-code')).toHaveValue(/^R1\./);
  expect(await axeInBothSchemes(page, 'assignment page: ')).toEqual([]);
});

test('without JavaScript the worksheet and answer key still print', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quizzes/un-security-council/answer-key/');
  await expect(page.locator('.sheet-list > li').first()).toContainText('Answer:');
  await page.goto('/quizzes/un-security-council/worksheet/');
  await expect(page.locator('.sheet-list > li').first()).not.toContainText('Answer:');
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await context.close();
});

test('30 questions picked across quizzes make a link well under 2,000 characters that opens all 30', async ({ page }) => {
  await page.goto('/teach/');
  await page.getByLabel('Questions I pick from any quiz').check();
  const boxes = page.locator('input[name=pick]');
  const total = await boxes.count();
  expect(total).toBeGreaterThanOrEqual(30);
  // Three questions from each of ten stretches of the list, so every lesson's quiz contributes.
  const picks = Array.from({ length: 30 }, (_, i) => Math.floor((i * total) / 30));
  for (const i of picks) {
    await boxes.nth(i).locator('xpath=ancestor::details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await boxes.nth(i).check();
  }
  await page.getByLabel('Class or group').fill('A class label of a good length');
  await page.getByRole('button', { name: 'Make the link' }).press('Enter');
  await expect(page.locator('[data-form-message]')).toHaveText('Link made with 30 questions.');
  const link = await page.locator('#assignment-link').inputValue();
  console.log(`30-question link: ${link.length} characters`);
  expect(link.length).toBeLessThan(1000);
  await page.goto(link);
  await expect(page.locator('.q-count')).toHaveText('Question 1 of 30');
});

test('on a 320 px phone the quiz picker shows every quiz’s whole name', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/teach/');
  const quizzes = JSON.parse((await page.locator('#teach-quizzes').textContent())!) as { id: string; title: string }[];
  expect(quizzes.length).toBeGreaterThanOrEqual(8);
  for (const q of quizzes) {
    const label = page.locator('label', { has: page.locator(`input[name=quiz][value="${q.id}"]`) });
    await expect(label).toBeVisible();
    await expect(label).toContainText(q.title);
    expect(await label.evaluate((l) => l.scrollWidth <= l.clientWidth && l.getBoundingClientRect().right <= innerWidth)).toBe(true);
  }
});

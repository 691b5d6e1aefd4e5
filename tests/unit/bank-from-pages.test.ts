import { describe, expect, it } from 'vitest';
import { bankFromPages, quizPageHrefs } from '../../src/quiz/bank-from-pages.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';

const question = (id: string, quiz: string, extra: Partial<RuntimeQuestion> = {}): RuntimeQuestion =>
  ({ id, quiz, prompt: `Вопрос ${id} <b>?</b>`, explanation: '', facts: [], type: 'true-false', correct: true, ...extra }) as RuntimeQuestion;

// As src/lib/quiz-pages.ts writes JSON into a page (that module needs Astro's content layer, so not imported here).
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A quiz page as the build writes it: the runner's JSON inside <quiz-runner>, the static quiz after it. */
const quizPage = (lang: string, questions: RuntimeQuestion[]) =>
  `<!DOCTYPE html><html lang="${lang}" data-locale="ru"><head><title>x</title></head><body><main><quiz-runner data-key="x"><script type="application/json" data-questions>${jsonForScript(questions)}</script><ol class="static-quiz"><li>…</li></ol></quiz-runner></main></body></html>`;

describe('quizPageHrefs', () => {
  it('lists the quiz pages a quiz list links to, once each, and nothing else', () => {
    const list = `<nav><a href="/ru/quizzes/">Тесты</a><a href="/quizzes/">English</a><a href="/kk/quizzes/">Қазақша</a></nav><main>
      <a href="/ru/quizzes/astana-process/">Тест</a> <a href="/ru/lessons/astana-process/">Урок</a>
      <a href="/ru/quizzes/astana-process/worksheet/">Лист</a> <a href="/ru/quizzes/astana-process/?from=list&amp;x=1#top">снова</a> <a href="#main">к началу</a>
      <a href="/ru/quizzes/final-exam/">Экзамен</a> <a href="https://elsewhere.example/ru/quizzes/x/">чужой</a> <a href="/ru/quizzes/astana-process/">снова</a></main>`;
    expect(quizPageHrefs(list, '/ru/quizzes/')).toEqual(['/ru/quizzes/astana-process/', '/ru/quizzes/final-exam/']);
  });

  it('works under a sub-path and for the language at the root', () => {
    expect(quizPageHrefs('<a href="/kz/quizzes/a/">a</a><a href="/kz/ru/quizzes/b/">b</a>', '/kz/quizzes/')).toEqual(['/kz/quizzes/a/']);
  });
});

/** The bank from quiz pages given as [quiz id, the page's language, its questions]. */
const bankOf = (pages: [string, string, RuntimeQuestion[]][], readerLang: string) =>
  bankFromPages(
    pages.map(([quiz, lang, questions]) => ({ href: `/ru/quizzes/${quiz}/`, html: quizPage(lang, questions) })),
    readerLang,
  );

describe('bankFromPages', () => {
  it('gives every question once, quiz by quiz, each page giving only its own (not those it includes)', () => {
    const pages: [string, string, RuntimeQuestion[]][] = [['a', 'ru', [question('a1', 'a'), question('b1', 'b'), question('a2', 'a', { lang: 'en' })]], ['final', 'ru', [question('f1', 'final'), question('a2', 'a')]], ['b', 'ru', [question('b1', 'b')]]];
    expect(bankOf(pages, 'ru')).toEqual([question('a1', 'a'), question('a2', 'a', { lang: 'en' }), question('f1', 'final'), question('b1', 'b')]);
  });

  it('marks the questions of a page shown in another language with it, as questions.json does', () => {
    expect(bankOf([['a', 'en', [question('a1', 'a')]]], 'ru')).toEqual([question('a1', 'a', { lang: 'en' })]);
    expect(bankOf([['a', 'en', [question('a1', 'a')]]], 'en')).toEqual([question('a1', 'a')]);
  });

  it('refuses a page without question data, or with data that is not a list', () => {
    expect(() => bankFromPages([{ href: '/ru/quizzes/a/', html: '<html lang="ru"><body><h1>Эта страница недоступна без интернета</h1></body></html>' }], 'ru')).toThrow('/ru/quizzes/a/ carries no list of questions.');
    expect(() => bankFromPages([{ href: '/ru/quizzes/a/', html: '<html lang="ru"><script type="application/json" data-questions>{"id":1}</script></html>' }], 'ru')).toThrow(/carries no list of questions/);
    expect(() => bankFromPages([{ href: '/ru/quizzes/a/', html: '<html lang="ru"><script type="application/json" data-questions>[{"id":</script></html>' }], 'ru')).toThrow(SyntaxError);
  });
});

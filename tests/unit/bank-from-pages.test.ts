import { describe, expect, it } from 'vitest';
import { bankFromPages, quizPageHrefs, quizPageQuestions } from '../../src/quiz/bank-from-pages.ts';
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
      <a href="/ru/quizzes/astana-process/worksheet/">Лист</a> <a href="/ru/quizzes/astana-process/?from=list#top">снова</a>
      <a href="final-exam/">Экзамен</a> <a href="https://elsewhere.example/ru/quizzes/x/">чужой</a></main>`;
    expect(quizPageHrefs(list, 'https://site.example/ru/quizzes/')).toEqual(['https://site.example/ru/quizzes/astana-process/', 'https://site.example/ru/quizzes/final-exam/']);
  });

  it('works under a sub-path and for the language at the root', () => {
    expect(quizPageHrefs('<a href="/kz/quizzes/a/">a</a><a href="/kz/ru/quizzes/b/">b</a>', 'https://x.example/kz/quizzes/')).toEqual(['https://x.example/kz/quizzes/a/']);
  });
});

describe('quizPageQuestions', () => {
  it('reads the questions a page owns, leaving out those it includes from other quizzes', () => {
    const html = quizPage('ru', [question('a1', 'a'), question('b1', 'b'), question('a2', 'a', { lang: 'en' })]);
    expect(quizPageQuestions(html, 'a', 'ru')).toEqual([question('a1', 'a'), question('a2', 'a', { lang: 'en' })]);
  });

  it('marks the questions of a page shown in another language with it, as questions.json does', () => {
    const html = quizPage('en', [question('a1', 'a')]);
    expect(quizPageQuestions(html, 'a', 'ru')).toEqual([question('a1', 'a', { lang: 'en' })]);
    expect(quizPageQuestions(html, 'a', 'en')).toEqual([question('a1', 'a')]);
  });

  it('refuses a page without question data, or with data that is not a list', () => {
    expect(() => quizPageQuestions('<html lang="ru"><body><p>Нет доступа без интернета</p></body></html>', 'a', 'ru')).toThrow(/carries no questions/);
    expect(() => quizPageQuestions('<html lang="ru"><script type="application/json" data-questions>{"id":1}</script></html>', 'a', 'ru')).toThrow(/no list of questions/);
    expect(() => quizPageQuestions('<html lang="ru"><script type="application/json" data-questions>[{"id":</script></html>', 'a', 'ru')).toThrow(SyntaxError);
  });
});

describe('bankFromPages', () => {
  it('gives every question once, quiz by quiz, the cumulative quiz adding only its own', () => {
    const pages = [
      { href: 'https://x.example/ru/quizzes/a/', html: quizPage('ru', [question('a1', 'a'), question('a2', 'a')]) },
      { href: 'https://x.example/ru/quizzes/final/', html: quizPage('ru', [question('f1', 'final'), question('a2', 'a')]) },
    ];
    expect(bankFromPages(pages, 'ru').map((q) => q.id)).toEqual(['a1', 'a2', 'f1']);
  });
});

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { siteContent } from '../../src/lib/site-content.ts';
import { toRuntimeQuestion, type QuizContext } from '../../src/quiz/runtime-data.ts';
import { localiseQuestion } from '../../src/quiz/localise.ts';
import { factWordsIn, namesIn, sourcesIn } from '../../src/lib/translated-words.ts';
import { isCorrect } from '../../src/quiz/checking.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import type { Response, RuntimeQuestion } from '../../src/quiz/types.ts';

const root = join(import.meta.dirname, '../..');
const { content, translations, status } = siteContent(root);
const quiz = content.quizzes.find((q) => q.id === 'russia-turkey-mediation')!.data;
const ctx: QuizContext = { facts: new Map(content.facts.map((f) => [f.id, f.data])), sources: new Map(content.sources.map((s) => [s.id, s.data])), base: '/' };

function inLanguage(locale: 'ru' | 'kk'): RuntimeQuestion[] {
  const words = translations.languages[locale].quizzes.find((q) => q.id === quiz.id)!.data;
  return quiz.questions.map((question) =>
    localiseQuestion(toRuntimeQuestion(question, quiz, { ...ctx, base: `/${locale}/` }), question, locale, {
      translation: words.questions[question.id]!,
      names: namesIn(locale),
      facts: ctx.facts,
      factWords: (id) => factWordsIn(locale, id),
      claimKinds: messages[locale].quiz.claimKinds,
      sources: sourcesIn(locale, ctx.sources),
    }),
  );
}

/** The right answer for a question, as a response (canonical indices, so the same in every language). */
function rightAnswer(q: RuntimeQuestion): Response {
  switch (q.type) {
    case 'single-choice':
      return { type: 'single-choice', choice: q.correct };
    case 'multiple-select':
      return { type: 'multiple-select', choices: q.correct };
    case 'true-false':
      return { type: 'true-false', value: q.correct };
    case 'numeric':
      return { type: 'numeric', value: q.correct };
    case 'ordering':
      return { type: 'ordering', order: q.items.map((_, i) => i) };
    case 'matching':
      return { type: 'matching', pairs: q.left.map((_, i) => i) };
  }
}

describe('the pilot quiz in Russian and Kazakh', () => {
  const english = quiz.questions.map((q) => toRuntimeQuestion(q, quiz, ctx));

  it('is current in both languages', () => {
    expect(status.ru.quiz(quiz.id)).toEqual({ status: 'current', reasons: [] });
    expect(status.kk.quiz(quiz.id)).toEqual({ status: 'current', reasons: [] });
  });

  for (const locale of ['ru', 'kk'] as const) {
    it(`keeps ids, types, keys and the number and order of choices in ${locale}, so answers and result codes mean the same`, () => {
      const localised = inLanguage(locale);
      expect(localised.map((q) => [q.id, q.type])).toEqual(english.map((q) => [q.id, q.type]));
      localised.forEach((q, i) => {
        const en = english[i]!;
        const shape = (x: RuntimeQuestion) => ({ correct: 'correct' in x ? x.correct : null, n: 'choices' in x ? x.choices.length : 'items' in x ? x.items.length : 'left' in x ? x.left.length : null });
        expect(shape(q)).toEqual(shape(en));
        // The same response is right (and a wrong one wrong) in every language.
        expect(isCorrect(q, rightAnswer(en))).toBe(true);
        expect(isCorrect(en, rightAnswer(q))).toBe(true);
      });
    });

    it(`writes every word of each question in ${locale}, and quotes in English with their translation beside them`, () => {
      for (const q of inLanguage(locale)) {
        // Choices that name a source or quote one stay as the source and the quote are written.
        const source = quiz.questions.find((x) => x.id === q.id)!;
        const neutral = 'asks' in source && (source.asks === 'source' || source.asks === 'evidence');
        const words = [q.prompt, q.explanation, ...('choices' in q && !neutral ? q.choices : []), ...('items' in q ? q.items : []), ...('left' in q ? q.left : []), ...('right' in q ? q.right : []), ...q.facts.map((f) => f.statement)];
        expect(words.filter((w) => /[A-Za-z]{3}/.test(w.replace(/The Diplomat|The National Interest|CACI|"[^"]*"/g, '')))).toEqual([]);
        for (const f of q.facts) {
          expect(f.quote).toMatch(/[A-Za-z]/);
          expect(f.translation).toMatch(/[\u0400-\u04FF]/);
          expect(f.href).toMatch(new RegExp(`^/${locale}/sources/#`));
        }
      }
    });
  }

  it('takes names from the names table and other choices from the translation', () => {
    const [kk, ru] = [inLanguage('kk'), inLanguage('ru')];
    const choices = (qs: RuntimeQuestion[], id: string) => { const q = qs.find((x) => x.id === id)!; return 'choices' in q ? q.choices : []; };
    expect(choices(kk, 'rt-jet-place')).toEqual(['Түркия мен Сирия шекарасы', 'Түркия мен Армения шекарасы', 'Ресей мен Украина шекарасы', 'Сирия мен Ирак шекарасы']);
    expect(choices(ru, 'rt-ankara')).toEqual(['Анкара', 'Тегеран', 'Дамаск', 'Москва']);
    // A source is named as the language's bibliography cites it: proper names as published, the brief in Kazakh.
    expect(choices(kk, 'rt-embassy-source')).toEqual(['CACI (2020)', 'The Diplomat (2016)', 'National Interest (2017)', 'Өңірлік шолу (2017)']);
  });
});

describe('the dash rule in a translated question', () => {
  const english = quiz.questions.map((q) => toRuntimeQuestion(q, quiz, ctx));
  const words = (q: RuntimeQuestion) => [q.prompt, q.explanation, ...q.facts.flatMap((f) => [f.statement, f.translation ?? '']), ...('choices' in q ? q.choices : []), ...('items' in q ? q.items : []), ...('left' in q ? [...q.left, ...q.right] : [])];

  for (const locale of ['ru', 'kk'] as const) {
    it(`keeps every dash with the word before it in ${locale}, and the English quotations exactly as published`, () => {
      const localised = inLanguage(locale);
      // The translation has spaced dashes to keep (else this test would prove nothing).
      expect(localised.flatMap(words).filter((w) => /\u00a0[—–] /.test(w)).length).toBeGreaterThan(3);
      expect(localised.flatMap(words).filter((w) => / [—–] /.test(w))).toEqual([]);
      expect(localised.map((q) => q.facts.map((f) => f.quote))).toEqual(english.map((q) => q.facts.map((f) => f.quote)));
    });
  }
});

describe('sources as each language cites them', () => {
  const final = content.quizzes.find((q) => q.data.questions.some((x) => 'asks' in x && x.asks === 'source' && x.type === 'single-choice' && [x.answer, ...x.distractors].includes('brief-2017')))!.data;
  const question = final.questions.find((x) => 'asks' in x && x.asks === 'source' && x.type === 'single-choice' && [x.answer, ...x.distractors].includes('brief-2017'))!;

  it('labels "which source?" choices with the language’s short name where it has one, and the feedback names it so', () => {
    const english = toRuntimeQuestion(question, final, ctx);
    expect(english.type === 'single-choice' && english.choices).toContain('Regional brief (2017)');
    for (const [locale, name] of [['ru', 'Региональный обзор (2017)'], ['kk', 'Өңірлік шолу (2017)']] as const) {
      const localised = localiseQuestion(english, question, locale, {
        translation: translations.languages[locale].quizzes.find((q) => q.id === final.id)!.data.questions[question.id]!,
        names: namesIn(locale),
        facts: ctx.facts,
        factWords: (id) => factWordsIn(locale, id),
        claimKinds: messages[locale].quiz.claimKinds,
        sources: sourcesIn(locale, ctx.sources),
      });
      expect(localised.type === 'single-choice' && localised.choices).toContain(name);
      expect(localised.type === 'single-choice' && localised.choices).not.toContain('Regional brief (2017)');
      // A proper name stays as it is published.
      for (const c of english.type === 'single-choice' ? english.choices : []) if (/Diplomat|CACI|National Interest/.test(c)) expect(localised.type === 'single-choice' && localised.choices).toContain(c);
    }
  });
});

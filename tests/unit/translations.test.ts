import { describe, expect, it } from 'vitest';
import { mkdtempSync, cpSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEdited, fixtureRoot, replaceOnce } from './fixture.ts';
import { checkContent } from '../../src/validation/validate-content.ts';
import { languageStatus } from '../../src/lib/translation-status.ts';
import { formatTranslationSummary, summariseTranslations } from '../../src/lib/translation-report.ts';
import { factHash, quizHash } from '../../src/lib/translation-hash.ts';
import { englishRun } from '../../src/validation/translation-language.ts';

const QUIZ = 'quizzes/ru/sample-quiz.yaml';
const LESSON = 'lessons/ru/sample-lesson.mdx';
const FACTS = 'src/data/facts/ru/sample.yaml';

describe('translations keep the English file’s structure (validateTranslationStructure)', () => {
  it('accepts the fixture’s Russian lesson, quiz, facts and term', () => {
    expect(checkEdited().messages).toEqual([]);
  });

  it('never takes a key, value or fact from a translation: such a field is refused', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('  sq-single:\n', '  sq-single:\n    answer: 2012\n') });
    expect(messages).toEqual([expect.stringMatching(/^quizzes\/ru\/sample-quiz\.yaml:\d+ › sq-single › \(item\): expected only the fields a translation has \(ids, keys and values come from the English file\); found unknown field "answer"$/)]);
  });

  it('needs the same question ids as English: none missing, none invented', () => {
    const missing = checkEdited({ [QUIZ]: replaceOnce('  sq-year:\n    prompt: В каком году начался первый раунд переговоров?\n    explanation: В январе этого года.\n', '') });
    expect(missing.messages).toEqual(['quizzes/ru/sample-quiz.yaml:1 › sq-year › questions: expected a Русский translation of every question of quizzes/sample-quiz.yaml; found nothing']);
    const extra = checkEdited({ [QUIZ]: (t) => `${t}  sq-new:\n    prompt: Новый вопрос здесь?\n    explanation: Такого вопроса нет в английском.\n` });
    expect(extra.messages).toEqual([expect.stringMatching(/sq-new › \(question\): expected a question id of quizzes\/sample-quiz\.yaml \(ids are never translated\); found "sq-new"$/)]);
  });

  it('needs as many ordering items and matching sides as English, a unit only where English has one, and only real choices', () => {
    const items = checkEdited({ [QUIZ]: replaceOnce('items: [Председательство в ОБСЕ, Уничтожение самолёта, Первый раунд переговоров]', 'items: [Председательство в ОБСЕ, Первый раунд переговоров]') });
    expect(items.messages).toEqual([expect.stringContaining('› sq-order › items: expected 3 item labels, as in English, in the same order; found 2')]);
    const left = checkEdited({ [QUIZ]: replaceOnce('    left: [', '    items: [Лишний пункт]\n    left: [') });
    expect(left.messages).toEqual([expect.stringContaining('› sq-match › items: expected no items: the English question has none; found 1')]);
    const unit = checkEdited({ [QUIZ]: replaceOnce('  sq-numeric:\n', '  sq-numeric:\n    unit: журналистов\n') });
    expect(unit.messages).toEqual([expect.stringContaining('› sq-numeric › unit: expected no unit, as the English question has none; found "журналистов"')]);
    const choice = checkEdited({ [QUIZ]: replaceOnce('  sq-multi:\n', '  sq-multi:\n    choices: { Moscow: Москва }\n') });
    expect(choice.messages).toEqual([expect.stringContaining('› sq-multi › choices: expected only text choices of this question ("Russia", "Turkey", "Iran", "United States", "China"); found "Moscow"')]);
  });

  it('keeps a lesson’s headings (their anchors are the English ones) and the facts and terms it inserts', () => {
    const headings = checkEdited({ [LESSON]: replaceOnce('## Последующие события', '### Последующие события') });
    expect(headings.messages).toEqual([expect.stringMatching(/lessons\/ru\/sample-lesson\.mdx:\d+ › sample-lesson › headings: expected the English headings' levels, in order \(their anchors are reused\): ## ##; found ## ###$/)]);
    const facts = checkEdited({ [LESSON]: replaceOnce('<Fact id="opposition-groups" />', '') });
    expect(facts.messages).toEqual(['lessons/ru/sample-lesson.mdx:1 › sample-lesson › <Fact>/<Cite>: expected the same facts inserted and cited as the English lesson; found missing "opposition-groups"; extra none']);
    const year = checkEdited({ [LESSON]: replaceOnce('(<Fact id="osce-chair-year" />)', '(2010)') });
    expect(year.messages).toEqual(['lessons/ru/sample-lesson.mdx:15 › sample-lesson › (prose): expected years inserted from the dataset with <Fact>, as in the English lesson; found the year 2010 typed in']);
    const terms = checkEdited({ [LESSON]: replaceOnce('<Term id="multi-vector">сбалансированную</Term>', 'сбалансированную') });
    expect(terms.messages).toEqual(['lessons/ru/sample-lesson.mdx:1 › sample-lesson › <Term>: expected the same glossary terms linked as the English lesson; found missing "multi-vector"; extra none']);
  });

  it('needs a translation of each quote of a fact, a term for a term value and every plural form of a unit', () => {
    const quotes = checkEdited({ [FACTS]: replaceOnce('quotes: ["Россия, Турция и Иран подписали совместное заявление"]', 'quotes: ["Россия, Турция", "и Иран подписали совместное заявление"]') });
    expect(quotes.messages).toEqual(["src/data/facts/ru/sample.yaml:5 › guarantors › quotes: expected a translation of each of the fact's 1 quotes, in order; found 2"]);
    const unit = checkEdited({ [FACTS]: replaceOnce('few: иностранных журналиста, ', '') });
    expect(unit.messages).toEqual(['src/data/facts/ru/sample.yaml:9 › journalists-foreign › unit.few: expected the "few" plural form of the unit (Русский has one, few, many, other); found nothing']);
    const term = checkEdited({ [FACTS]: (t) => `${t}policy-name:\n  from: "${'9d1ab047a3'}"\n  statement: У уравновешивания связей с несколькими державами есть название.\n  quotes: ["многовекторная внешняя политика страны"]\n` });
    expect(term.messages).toEqual([expect.stringContaining('› policy-name › term: expected the term in Русский; found nothing')]);
    const unknown = checkEdited({ [FACTS]: (t) => `${t}no-such-fact:\n  from: "0123456789"\n  statement: Такого факта нет в английских данных.\n  quotes: [нет]\n` });
    expect(unknown.messages).toEqual([expect.stringContaining('› no-such-fact › (id): expected the id of a fact in src/data/facts/; found "no-such-fact"')]);
  });
});

describe('translations are written in their language (validateTranslationLanguage)', () => {
  it('finds an English phrase left in translated prose, and allows names and verbatim quotations', () => {
    expect(englishRun('Казахстан председательствовал in the OSCE in 2010.', [])).toBe('in the OSCE in');
    expect(englishRun('Как пишет The National Interest, это важно.', ['The National Interest'])).toBeNull();
    expect(englishRun('Документ CACI и The Diplomat.', ['The Diplomat'])).toBeNull();
    const { messages } = checkEdited({ [LESSON]: replaceOnce('## Последующие события', '## Последующие события\n\nThis paragraph was never translated.') });
    expect(messages).toEqual(['lessons/ru/sample-lesson.mdx:19 › sample-lesson › (prose): expected ru text (English only in names, or quoted verbatim in <Quote>); found "This paragraph was never translated"']);
    const quoted = checkEdited({ [QUIZ]: replaceOnce('explanation: Они прошли в Алматы.', 'explanation: Они прошли в Алматы ("hosting two successive summits in Almaty").') });
    expect(quoted.messages).toEqual([]);
    const notVerbatim = checkEdited({ [QUIZ]: replaceOnce('explanation: Они прошли в Алматы.', 'explanation: Они прошли в Алматы ("two summits were held in Almaty").') });
    expect(notVerbatim.messages).toEqual([expect.stringContaining('› sq-true-false › explanation: expected ru text (English only in names, or quoted verbatim in <Quote>); found "two summits were held in"')]);
  });

  it('keeps a lesson’s quotation verbatim in <Quote>, with its translation beside it', () => {
    const good = '<Quote fact="osce-chair-year" tr="первым постсоветским государством">the first post-Soviet state</Quote>';
    expect(checkEdited({ [LESSON]: replaceOnce('## Последующие события', `## Последующие события\n\nОн стал ${good}.`) }).messages).toEqual([]);
    const changed = checkEdited({ [LESSON]: replaceOnce('## Последующие события', '## Последующие события\n\nОн стал <Quote fact="osce-chair-year" tr="первым">the very first post-Soviet state</Quote>.') });
    expect(changed.messages).toEqual(['lessons/ru/sample-lesson.mdx:19 › sample-lesson › <Quote>: expected words quoted verbatim from a quote of fact osce-chair-year; found "the very first post-Soviet state"']);
    const untranslated = checkEdited({ [LESSON]: replaceOnce('## Последующие события', '## Последующие события\n\nОн стал <Quote fact="osce-chair-year" tr="">the first post-Soviet state</Quote>.') });
    expect(untranslated.messages).toEqual(['lessons/ru/sample-lesson.mdx:19 › sample-lesson › <Quote tr>: expected a translation of the quotation beside it (tr="…"); found nothing']);
  });
});

describe('a changed English text makes its translation stale', () => {
  it('hashes only the words a translator translates', () => {
    const { content } = checkContent(fixtureRoot);
    const quiz = content.quizzes[0]!.data;
    const first = quiz.questions[0]!;
    expect(quizHash({ ...quiz, questions: [{ ...first, answer: 2011 } as typeof first, ...quiz.questions.slice(1)] })).toBe(quizHash(quiz));
    expect(quizHash({ ...quiz, questions: [{ ...first, prompt: `${first.prompt} Really?` }, ...quiz.questions.slice(1)] })).not.toBe(quizHash(quiz));
    const fact = content.facts[0]!.data;
    expect(factHash({ ...fact, claim: 'judgement' })).toBe(factHash(fact));
    expect(factHash({ ...fact, statement: `${fact.statement} More.` })).not.toBe(factHash(fact));
  });

  it('shows the page in English, lists the stale translation with what changed, and stops checking it against the new English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kz-stale-'));
    try {
      cpSync(fixtureRoot, dir, { recursive: true });
      const before = checkContent(dir);
      expect(languageStatus(dir, before.content, before.translations.languages.ru).lesson('sample-lesson').status).toBe('current');
      // The English lesson changes; its Russian translation does not.
      const file = join(dir, 'lessons/sample-lesson.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('## Later events', '## Later events\n\nA new English paragraph.'));
      const after = checkContent(dir);
      expect(after.problems.filter((p) => p.field !== '(prose)')).toEqual([]);
      const ru = languageStatus(dir, after.content, after.translations.languages.ru);
      expect(ru.lesson('sample-lesson')).toEqual({ status: 'stale', reasons: [expect.stringMatching(/^lesson sample-lesson \(stale: made from [0-9a-f]{10}, English is now [0-9a-f]{10}\)$/)] });
      const report = formatTranslationSummary(summariseTranslations(after.content, ru));
      expect(report).toContain('stale: lesson sample-lesson');
      expect(report).toContain('Translations into Русский (ru):');
      // Kazakh has no translations in the fixture: everything is missing, nothing fails.
      const kk = formatTranslationSummary(summariseTranslations(after.content, languageStatus(dir, after.content, after.translations.languages.kk)));
      expect(kk).toMatch(/missing: lesson sample-lesson, quiz sample-quiz/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a lesson in English while a fact its timeline shows or a term it links to is not translated', () => {
    const { content, translations } = checkContent(fixtureRoot);
    const withoutTerm = { ...translations.languages.ru, glossary: [] };
    expect(languageStatus(fixtureRoot, content, withoutTerm).lesson('sample-lesson')).toEqual({ status: 'missing', reasons: ['glossary term multi-vector (missing)'] });
    const withoutFact = { ...translations.languages.ru, facts: translations.languages.ru.facts.filter((f) => f.id !== 'osce-chair-year') };
    expect(languageStatus(fixtureRoot, content, withoutFact).lesson('sample-lesson')).toEqual({ status: 'missing', reasons: ['fact osce-chair-year (missing)'] });
  });
});

describe('counts written as words', () => {
  it('needs the noun\'s gender in Russian for a count of one or two (два способа, две причины)', () => {
    const edit = { 'src/data/facts/sample.yaml': replaceOnce('amount: 320, unit: foreign journalists', 'amount: 2, unit: foreign journalists') };
    const without = checkEdited(edit).messages.filter((m) => m.includes('unit.gender'));
    expect(without).toEqual([expect.stringMatching(/^src\/data\/facts\/ru\/sample\.yaml:\d+ › journalists-foreign › unit\.gender: expected the noun's gender \(masculine, feminine or neuter\)/)]);
    const withGender = checkEdited({ ...edit, [FACTS]: replaceOnce('other: иностранного журналиста }', 'other: иностранного журналиста, gender: masculine }') });
    expect(withGender.messages.filter((m) => m.includes('unit.gender'))).toEqual([]);
  });
});

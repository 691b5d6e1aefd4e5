// A translation says what its English file says, in another language, and nothing else: the same lessons,
// quizzes, questions, facts and terms; the same headings, fact and term references; as many ordering items,
// matching pairs and quote translations as the English has; a unit where the English has one; a reading for every
// text choice. Checked where the translation claims to be current (its hash matches the English text): a stale
// translation is not shown, and `check:content` lists it for updating instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../lib/load-content.ts';
import type { LanguageTranslations, Translations } from '../lib/load-translations.ts';
import { lessonStructure } from '../lib/load-translations.ts';
import { factHash, lessonHash, quizHash, textChoices } from '../lib/translation-hash.ts';
import { localeNames, type TranslatedLocale } from '../i18n/locales.ts';
import { show, type Problem } from './problem.ts';

const list = (xs: Iterable<string>) => [...xs].map((x) => `"${x}"`).join(', ') || 'none';

function sameSet(a: Iterable<string>, b: Iterable<string>): { missing: string[]; extra: string[] } {
  const x = new Set(a);
  const y = new Set(b);
  return { missing: [...x].filter((v) => !y.has(v)), extra: [...y].filter((v) => !x.has(v)) };
}

function validateLanguage(root: string, content: Content, t: LanguageTranslations): Problem[] {
  const problems: Problem[] = [];
  const language = localeNames[t.locale];
  const names = new Set(t.names.map((n) => n.data.name));
  const categories = new Intl.PluralRules(t.locale).resolvedOptions().pluralCategories;

  for (const lesson of t.lessons) {
    const english = content.lessons.find((l) => l.id === lesson.id);
    // An English file that failed its schema was reported already: its translation is not a second problem.
    if (!english && content.unparsed.has(lesson.id)) continue;
    if (!english) {
      problems.push({ file: lesson.file, line: 1, item: lesson.id, field: '(file)', expected: `the translation of a lesson in lessons/ (${list(content.lessons.map((l) => l.id))})`, found: show(lesson.id) });
      continue;
    }
    const text = readFileSync(join(root, english.file), 'utf8');
    if (lesson.data.translatedFrom !== lessonHash(text)) continue;
    const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text)?.[0] ?? '';
    const expected = lessonStructure(text.slice(fm.length), fm.split('\n').length).sections;
    const found = lesson.data.sections;
    const shape = (hs: { depth: number }[]) => hs.map((h) => '#'.repeat(h.depth)).join(' ');
    if (shape(expected) !== shape(found)) {
      problems.push({ file: lesson.file, line: found[0]?.line ?? 1, item: lesson.id, field: 'headings', expected: `the English headings' levels, in order (their anchors are reused): ${shape(expected)}`, found: shape(found) || 'no headings' });
    }
    const facts = sameSet(english.data.factRefs.map((r) => r.id), lesson.data.factRefs.map((r) => r.id));
    if (facts.missing.length || facts.extra.length) {
      problems.push({ file: lesson.file, line: 1, item: lesson.id, field: '<Fact>/<Cite>', expected: 'the same facts inserted and cited as the English lesson', found: `missing ${list(facts.missing)}; extra ${list(facts.extra)}` });
    }
    const terms = sameSet(english.data.termRefs.map((r) => r.id), lesson.data.termRefs.map((r) => r.id));
    if (terms.missing.length || terms.extra.length) {
      problems.push({ file: lesson.file, line: 1, item: lesson.id, field: '<Term>', expected: 'the same glossary terms linked as the English lesson', found: `missing ${list(terms.missing)}; extra ${list(terms.extra)}` });
    }
  }

  for (const quiz of t.quizzes) {
    const english = content.quizzes.find((q) => q.id === quiz.id);
    if (!english && content.unparsed.has(quiz.id)) continue;
    if (!english) {
      problems.push({ file: quiz.file, line: 1, item: quiz.id, field: '(file)', expected: 'the translation of a quiz in quizzes/', found: show(quiz.id) });
      continue;
    }
    if (quiz.data.translatedFrom !== quizHash(english.data)) continue;
    const at = (id: string) => quiz.lines?.get(id) ?? 1;
    const ids = sameSet(english.data.questions.map((q) => q.id), Object.keys(quiz.data.questions));
    for (const id of ids.missing) problems.push({ file: quiz.file, line: 1, item: id, field: 'questions', expected: `a ${language} translation of every question of ${english.file}`, found: 'nothing' });
    for (const id of ids.extra) problems.push({ file: quiz.file, line: at(id), item: id, field: '(question)', expected: `a question id of ${english.file} (ids are never translated)`, found: show(id) });
    if (english.data.description !== undefined && quiz.data.description === undefined) {
      problems.push({ file: quiz.file, line: 1, item: quiz.id, field: 'description', expected: 'a description, as the English quiz has one', found: 'nothing' });
    }
    for (const q of english.data.questions) {
      const tq = quiz.data.questions[q.id];
      if (!tq) continue;
      const where = { file: quiz.file, line: at(q.id), item: q.id };
      const englishUnit = q.type === 'numeric' ? q.unit : undefined;
      if ((englishUnit === undefined) !== (tq.unit === undefined)) {
        problems.push({ ...where, field: 'unit', expected: englishUnit === undefined ? 'no unit, as the English question has none' : `the unit ("${englishUnit}") in ${language}`, found: show(tq.unit) });
      }
      const count = (field: 'items' | 'left', expected: number | undefined) => {
        const found = tq[field]?.length;
        if (expected !== found) problems.push({ ...where, field, expected: expected === undefined ? `no ${field}: the English question has none` : `${expected} ${field === 'items' ? 'item labels' : 'left-hand sides'}, as in English, in the same order`, found: found === undefined ? 'none' : String(found) });
      };
      count('items', q.type === 'ordering' ? q.items.length : undefined);
      count('left', q.type === 'matching' ? q.pairs.length : undefined);
      const choices = textChoices(q);
      for (const c of choices) {
        if (!names.has(c) && tq.choices?.[c] === undefined) problems.push({ ...where, field: `choices`, expected: `a ${language} reading of the choice "${c}" (here, or in src/data/names/${t.locale}.yaml if it is a name)`, found: 'nothing' });
      }
      for (const c of Object.keys(tq.choices ?? {})) {
        if (!choices.includes(c)) problems.push({ ...where, field: `choices`, expected: `only text choices of this question (${list(choices)})`, found: show(c) });
      }
    }
  }

  const facts = new Map(content.facts.map((f) => [f.id, f]));
  for (const ft of t.facts) {
    const fact = facts.get(ft.id);
    const where = { file: ft.file, line: ft.line, item: ft.id };
    if (!fact && content.unparsed.has(ft.id)) continue;
    if (!fact) {
      problems.push({ ...where, field: '(id)', expected: 'the id of a fact in src/data/facts/', found: show(ft.id) });
      continue;
    }
    if (ft.data.from !== factHash(fact.data)) continue;
    if (ft.data.quotes.length !== fact.data.citations.length) {
      problems.push({ ...where, field: 'quotes', expected: `a translation of each of the fact's ${fact.data.citations.length} quotes, in order`, found: String(ft.data.quotes.length) });
    }
    const values = [fact.data.value, ...fact.data.citations.map((c) => c.value)];
    const isTerm = values.some((v) => v?.kind === 'term');
    const isNumber = values.some((v) => v?.kind === 'number');
    if (isTerm !== (ft.data.term !== undefined)) problems.push({ ...where, field: 'term', expected: isTerm ? `the term in ${language}` : 'no term: the value is not a term', found: show(ft.data.term) });
    if (isNumber !== (ft.data.unit !== undefined)) problems.push({ ...where, field: 'unit', expected: isNumber ? `the unit in ${language}, in every plural form (${categories.join(', ')})` : 'no unit: the value is not a number', found: show(ft.data.unit) });
    if (ft.data.unit) {
      for (const c of categories) {
        if ((ft.data.unit as Partial<Record<Intl.LDMLPluralRule, string>>)[c] === undefined) problems.push({ ...where, field: `unit.${c}`, expected: `the "${c}" plural form of the unit (${language} has ${categories.join(', ')})`, found: 'nothing' });
      }
      // A count of one or two is written as a word in running text, which in Russian agrees with the noun (два/две).
      const oneOrTwo = values.some((v) => v?.kind === 'number' && !v.approximate && (v.amount === 1 || v.amount === 2));
      if (t.locale === 'ru' && oneOrTwo && !ft.data.unit.gender) problems.push({ ...where, field: 'unit.gender', expected: `the noun's gender (masculine, feminine or neuter), to write the count as a word (${language}: один/одна/одно, два/две)`, found: 'nothing' });
    }
  }

  const terms = new Map(content.glossary.map((g) => [g.id, g]));
  for (const gt of t.glossary) {
    if (!terms.has(gt.id) && !content.unparsed.has(gt.id)) problems.push({ file: gt.file, line: gt.line, item: gt.id, field: '(id)', expected: 'the id of a term in src/data/glossary/', found: show(gt.id) });
  }

  const sources = new Map(content.sources.map((s) => [s.id, s]));
  for (const st of t.sources) {
    const source = sources.get(st.id);
    if (!source) problems.push({ file: st.file, line: st.line, item: st.id, field: '(id)', expected: 'the id of a source in src/data/sources.yaml', found: show(st.id) });
    else if (st.data.notes !== undefined && !source.data.notes) problems.push({ file: st.file, line: st.line, item: st.id, field: 'notes', expected: 'notes only for a source with notes in src/data/sources.yaml', found: 'notes' });
  }
  const talkIds = new Set((content.mapData?.data.talks ?? []).map((t) => t.id));
  for (const tt of t.talks) {
    if (!talkIds.has(tt.id)) problems.push({ file: tt.file, line: tt.line, item: tt.id, field: '(id)', expected: 'the id of a set of talks in src/data/map.yaml', found: show(tt.id) });
  }
  return problems;
}

export function validateTranslationStructure(root: string, content: Content, translations: Translations, languages: readonly TranslatedLocale[]): Problem[] {
  return languages.flatMap((l) => validateLanguage(root, content, translations.languages[l]));
}

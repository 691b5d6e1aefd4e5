import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkEdited, replaceOnce } from './fixture.ts';
import { pageCopy, typedDates, typedQuestionCounts } from '../../src/validation/typed-values.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { validateTypedValuesInPages } from '../../src/validation/typed-values.ts';

const LESSON = 'lessons/sample-lesson.mdx';
const QUIZ = 'quizzes/sample-quiz.yaml';

describe('typed years, dates and question counts in content (validateTypedValuesInContent)', () => {
  it('rejects a year in any front-matter field, with the line of that field', () => {
    const { messages } = checkEdited({ [LESSON]: (t) => replaceOnce('  - Name the year of the chairmanship.', '  - Name the year of the chairmanship (2010).')(replaceOnce('description: A lesson used', 'description: Since 1991, a lesson used')(t)) });
    expect(messages).toEqual([
      'lessons/sample-lesson.mdx:3 › sample-lesson › description: expected years and dates inserted from the fact dataset with {fact:<id>|year} (or |month, |date); found the year 1991 typed into the text',
      'lessons/sample-lesson.mdx:7 › sample-lesson › objectives.1: expected years and dates inserted from the fact dataset with {fact:<id>|year} (or |month, |date); found the year 2010 typed into the text',
    ]);
  });

  it('accepts the same year from the data, and a year inside a quotation', () => {
    const { messages } = checkEdited({ [LESSON]: replaceOnce('  - Name the year of the chairmanship.', '  - Name the year of the chairmanship ({fact:osce-chair-year|year}), which a source calls "the 2010 chair".') });
    expect(messages).toEqual([]);
  });

  it('rejects a typed question count and a date in a quiz description, and a year in a glossary definition', () => {
    const { messages } = checkEdited({
      [QUIZ]: replaceOnce('title: Sample quiz', 'title: Sample quiz\ndescription: Ten questions on the talks of 23 January.'),
      'src/data/glossary/terms.yaml': replaceOnce('instead of choosing one camp.', 'instead of choosing one camp, as since 1991.'),
    });
    expect(messages).toEqual([
      'quizzes/sample-quiz.yaml:1 › sample-quiz › description: expected years and dates inserted from the fact dataset with {fact:<id>|year} (or |month, |date); found the date "23 January" typed into the text',
      'quizzes/sample-quiz.yaml:1 › sample-quiz › description: expected the number of questions written {questions}, counted from the quiz; found "Ten questions" typed into the text',
      'src/data/glossary/terms.yaml:1 › multi-vector › definition: expected years and dates inserted from the fact dataset with {fact:<id>|year} (or |month, |date); found the year 1991 typed into the text',
    ]);
    expect(checkEdited({ [QUIZ]: replaceOnce('title: Sample quiz', 'title: Sample quiz\ndescription: "{questions} questions on the talks of {fact:talks-first-round|date}."') }).messages).toEqual([]);
  });

  it('finds years, day-month dates and counts in words or digits, not placeholders', () => {
    expect(typedDates('From May 2016 to 5 June, then on March 3rd; {fact:x|year}.')).toEqual(['the year 2016', 'the date "5 June"', 'the date "March 3rd"']);
    expect(typedQuestionCounts('Sixteen questions, then 16 short questions, then {questions} questions.')).toEqual(['"Sixteen questions"', '"16 short questions"']);
  });
});

describe('typed years in page copy (validateTypedValuesInPages)', () => {
  it('rejects a year in page text or a text attribute, with the line of the year', () => {
    const page = `---\nconst year = 2010; // code, not copy\n---\n<Layout title="Since 2016" href="/lessons/osce-chairmanship-2010/">\n  <p class="lede">\n    A course from the OSCE chair in {year} to the talks\n    of 2024.\n  </p>\n</Layout>\n<style>.x { width: 2000px; }</style>\n`;
    const { messages } = checkEdited({ 'src/pages/index.astro': () => page });
    expect(messages).toEqual([
      'src/pages/index.astro:4 › index.astro › title attribute: expected years and dates from the fact dataset, formatted in an expression ({…}), not typed into page copy; found the year 2016 typed into the text',
      'src/pages/index.astro:7 › index.astro › (copy): expected years and dates from the fact dataset, formatted in an expression ({…}), not typed into page copy; found the year 2024 typed into the text',
    ]);
  });

  it('reads copy outside the front matter, expressions, scripts, styles and comments', () => {
    const copy = pageCopy(`---\nconst a = '2001';\n---\n<!-- 2002 -->\n<p title={'2003'}>Text {cond && <b>2004</b>} more</p>\n<script>const b = 2005;</script>\n<img alt="A 2006 photo" src="/2007.png" />`);
    expect(copy.map((c) => [c.field, c.text.trim(), c.line])).toEqual([
      ['(copy)', 'Text', 5],
      ['(copy)', 'more', 5],
      ['alt attribute', 'A 2006 photo', 7],
    ]);
  });

  it('finds nothing typed in the site’s own pages', () => {
    const { content } = loadContent(join(import.meta.dirname, '../..'));
    expect(content.pages.length).toBeGreaterThan(10);
    expect(validateTypedValuesInPages(content)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';
import { sentenceAt } from '../../src/validation/judgement-attribution.ts';
import { authorSurnames, nameOfSourceIn, namesOf, sourceLabel } from '../../src/lib/source-names.ts';

const FACTS = 'src/data/facts/sample.yaml';
const QUIZ = 'quizzes/sample-quiz.yaml';
const LESSON = 'lessons/sample-lesson.mdx';

/** The fixture's guarantors fact made a judgement (with or without its source in the statement). */
const judgement = (statement: string) => (t: string) =>
  replaceOnce('  statement: Three states signed the joint statement that closed the first round.\n  topics: [astana-process]\n  claim: event', `  statement: ${statement}\n  topics: [astana-process]\n  claim: judgement`)(t);

describe('validateJudgementAttribution', () => {
  it('rejects a judgement fact whose statement names none of its sources', () => {
    const { messages } = checkEdited({ [FACTS]: judgement('Three states were the real sponsors of the first round.'), [QUIZ]: replaceOnce('prompt: Which states signed the joint statement?', 'prompt: According to the Alpha article, which states signed the joint statement?') });
    expect(messages).toEqual(['src/data/facts/sample.yaml:33 › guarantors › statement: expected a judgement\'s statement that names its source ("Alpha 2017", "Author", "Alpha"); found "Three states were the real sponsors of the first round.", which names none']);
  });

  it('rejects a question on a judgement fact whose prompt does not name the source', () => {
    const { messages } = checkEdited({ [FACTS]: judgement('The Alpha article judges that three states were the real sponsors.') });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:15 › sq-multi › prompt: expected a prompt that names the source of judgement fact guarantors ("Alpha 2017", "Author", "Alpha"); found "Which states signed the joint statement?"']);
  });

  it('accepts a prompt naming the source in any of its ways (short name, name, author surname)', () => {
    for (const prompt of ['According to Alpha 2017, which states signed?', 'In the Alpha article, which states signed?', 'Which states does Author say signed?']) {
      const { messages } = checkEdited({ [FACTS]: judgement('The Alpha article judges that three states were the real sponsors.'), [QUIZ]: replaceOnce('prompt: Which states signed the joint statement?', `prompt: ${prompt}`) });
      expect(messages, prompt).toEqual([]);
    }
  });

  it('checks a matching pair’s own label, and a {fact:…} placeholder of a judgement in front matter', () => {
    const facts = (t: string) => replaceOnce('  statement: Turkey shot down a Russian military jet.\n  topics: [russia-turkey-mediation]\n  claim: event', '  statement: The Alpha article dates the jet downing.\n  topics: [russia-turkey-mediation]\n  claim: judgement')(t);
    const { messages } = checkEdited({
      [FACTS]: facts,
      // The claim-kind question is the one kind of question where a judgement is the point; it still names its source.
      [QUIZ]: (t) => replaceOnce('{ left: Jet downing, right: "2015-11", fact: jet-downing }', '{ left: Jet downing (Alpha), right: "2015-11", fact: jet-downing }')(replaceOnce('prompt: "True or false: that Turkey shot down', 'prompt: "True or false: that Turkey, as Alpha reports, shot down')(replaceOnce('      - { label: Jet downing, fact: jet-downing }', '      - { label: Jet downing as Alpha dates it, fact: jet-downing }')(replaceOnce('claims: event\n    answer: true', 'claims: judgement\n    answer: true')(t)))),
      [LESSON]: replaceOnce('title: A sample lesson', 'title: A sample lesson on the jet of {fact:jet-downing|year}'),
    });
    expect(messages).toEqual(['lessons/sample-lesson.mdx:2 › sample-lesson › title: expected a text that names the source of judgement fact jet-downing it inserts ("Alpha 2017", "Author", "Alpha"); found "A sample lesson on the jet of {fact:jet-downing|year}"']);
  });
});

describe('sentenceAt: the sentence a value or marker belongs to', () => {
  const text = 'The Diplomat argues this. It adds that Nazarbayev’s grip on power grew. Then U.S. officials came.';
  it('finds the sentence around a position, and gives a marker after a full stop to the sentence it ends', () => {
    expect(sentenceAt(text, text.indexOf('grip'))).toBe('It adds that Nazarbayev’s grip on power grew.');
    const afterStop = text.indexOf(' Then');
    expect(sentenceAt(text, afterStop, true)).toBe('It adds that Nazarbayev’s grip on power grew.');
    expect(sentenceAt(text, text.indexOf('officials'))).toBe('Then U.S. officials came.');
  });
});

describe('naming a source', () => {
  const diplomat = { short: 'The Diplomat 2016', names: ['The Diplomat', 'Ramani'], author: 'Samuel Ramani', published: '2016-12' };
  it('knows every way prose names a source, and matches whole words only', () => {
    expect(authorSurnames('Svante E. Cornell and S. Frederick Starr')).toEqual(['Cornell', 'Starr']);
    expect(namesOf(diplomat)).toEqual(['The Diplomat 2016', 'The Diplomat', 'Ramani']);
    expect(nameOfSourceIn('As *The Diplomat*’s author argues', diplomat)).toBe('The Diplomat');
    expect(nameOfSourceIn('Ramanian sources say', diplomat)).toBeNull();
  });
  it('labels a source as a quiz choice with its year in brackets', () => {
    expect(sourceLabel(diplomat)).toBe('The Diplomat (2016)');
    expect(sourceLabel({ short: 'TASS', published: '2016-06-28' })).toBe('TASS (2016)');
  });
});

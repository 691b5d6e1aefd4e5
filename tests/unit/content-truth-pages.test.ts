// Page features the content rules need: where a lesson's story stops, how "which source?" and evidence choices
// read, and which passage the feedback quotes.
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from './fixture.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { latestSourceOf, sourcesCitedBy, storyEndNote } from '../../src/lib/lesson-sources.ts';
import { toRuntimeQuestion } from '../../src/quiz/runtime-data.ts';
import type { Question } from '../../src/schemas/quiz.ts';

const { content } = loadContent(fixtureRoot);
const facts = new Map(content.facts.map((f) => [f.id, f.data]));
const sources = new Map(content.sources.map((s) => [s.id, s.data]));
const lesson = content.lessons[0]!;

describe('where a lesson’s story stops', () => {
  it('takes the latest source the lesson cites, every source of a <Fact>, only the named one of a <Cite source>', () => {
    expect([...sourcesCitedBy(lesson.data.factRefs, facts)].sort()).toEqual(['alpha-2017', 'beta-2020']);
    expect(latestSourceOf(lesson.data.factRefs, facts, sources)?.published).toBe('2020-11');
    const onlyAlpha = [{ id: 'opposition-groups', line: 1, component: 'Cite' as const, source: 'alpha-2017' }];
    expect(latestSourceOf(onlyAlpha, facts, sources)?.id).toBe('alpha-2017');
    expect(latestSourceOf([], facts, sources)).toBeNull();
  });

  it('says it in a sentence, from the data', () => {
    expect(storyEndNote({ published: '2024-05' })).toBe('This lesson’s sources end in May 2024: it does not cover what happened later.');
    expect(storyEndNote({ published: '2016-06-28' })).toMatch(/^This lesson’s sources end in June 2016:/);
    expect(storyEndNote({ published: '2017' })).toMatch(/^This lesson’s sources end in 2017:/);
  });
});

describe('quiz choices and feedback for the asks forms', () => {
  const ctx = { facts, sources, base: '/' };
  const quiz = { id: 'sample-quiz', lesson: 'sample-lesson' };
  const q = content.quizzes[0]!.data.questions.find((x) => x.id === 'sq-source')!;

  it('names sources by name and year, and quotes the answer source’s passage', () => {
    const r = toRuntimeQuestion(q, quiz, ctx);
    expect(r.type === 'single-choice' && r.choices).toEqual(['Beta (2020)', 'Alpha (2017)', 'Gamma (2019)']);
    expect(r.facts[0]).toMatchObject({ quote: 'delegates from twenty-eight fighting opposition groups', source: 'Beta 2020' });
  });

  it('shows quotes in quotation marks and quotes the answer’s passage in the feedback', () => {
    const evidence: Question = { id: 'e', type: 'single-choice', asks: 'evidence', skill: 'evaluate', prompt: 'Which passage supports the count?', explanation: 'The Beta paper.', fact: 'opposition-groups', answer: 'delegates from twenty-eight fighting opposition groups', distractors: ['Russia Turkey and Iran signed a joint statement', 'the country’s multi-vector foreign policy'] };
    const r = toRuntimeQuestion(evidence, quiz, ctx);
    expect(r.type === 'single-choice' && r.choices[0]).toBe('“delegates from twenty-eight fighting opposition groups”');
    expect(r.facts[0]!.quote).toBe('delegates from twenty-eight fighting opposition groups');
    const kind: Question = { id: 'k', type: 'single-choice', asks: 'claim-kind', skill: 'evaluate', prompt: 'What kind of claim is it?', explanation: 'A figure.', fact: 'opposition-groups', answer: 'figure', distractors: ['event', 'judgement'] };
    const rk = toRuntimeQuestion(kind, quiz, ctx);
    expect(rk.type === 'single-choice' && rk.choices).toEqual(['A reported figure', 'A reported event', "The author's interpretation"]);
  });
  it('quotes each compared source for an agreement question, and the passage a prompt quotes', () => {
    const agree: Question = { id: 'a', type: 'true-false', asks: 'agreement', skill: 'compare-sources', prompt: 'True or false: Alpha and Beta agree on the count.', explanation: 'They disagree.', fact: 'opposition-groups', sources: ['alpha-2017', 'beta-2020'], answer: false };
    expect(toRuntimeQuestion(agree, quiz, ctx).facts.map((f) => f.quote)).toEqual(['represented by 20 groups participating in the cease-fire', 'delegates from twenty-eight fighting opposition groups']);
    const kind: Question = { id: 'k2', type: 'single-choice', asks: 'claim-kind', skill: 'evaluate', prompt: 'Beta writes of "delegates from twenty-eight fighting opposition groups". What kind of claim is it?', explanation: 'A figure.', fact: 'opposition-groups', answer: 'figure', distractors: ['event', 'judgement'] };
    expect(toRuntimeQuestion(kind, quiz, ctx).facts.map((f) => f.quote)).toEqual(['delegates from twenty-eight fighting opposition groups']);
  });
});

// The `asks` forms of single-choice and true/false questions, each checked against the dataset like value keys.
import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';

const QUIZ = 'quizzes/sample-quiz.yaml';

/** Appends a question to the fixture quiz (it starts at line 94). */
const withQuestion = (yaml: string) => ({ [QUIZ]: (t: string) => `${t}${yaml}` });
const LINE = 94;
const only = (id: string, messages: string[]) => messages.filter((m) => m.includes(` › ${id} › `));

describe('asks: source — "Which source says …?"', () => {
  it('accepts the fixture’s question: the answer carries the claim, no distractor does, the prompt does not name it', () => {
    expect(checkEdited().messages).toEqual([]);
  });

  it('rejects an answer that does not carry the claim and a distractor that does', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('answer: beta-2020\n    distractors: [alpha-2017, gamma-2019]', 'answer: alpha-2017\n    distractors: [beta-2020, gamma-2019]') });
    expect(messages).toEqual([
      'quizzes/sample-quiz.yaml:84 › sq-source › answer: expected a source that cites fact opposition-groups with the claim 28 (beta-2020); found "alpha-2017"',
      'quizzes/sample-quiz.yaml:84 › sq-source › distractors.0: expected a source that does not cite fact opposition-groups with the claim 28; found "beta-2020", which does: more than one choice is right',
    ]);
  });

  it('rejects a prompt that names the answer source, and a choice that is not a source id', () => {
    const { messages } = checkEdited({ [QUIZ]: (t) => replaceOnce('Which source counts twenty-eight', 'Does Beta or another source count twenty-eight')(replaceOnce('distractors: [alpha-2017, gamma-2019]', 'distractors: [alpha-2017, delta-2000]')(t)) });
    expect(messages).toEqual([
      'quizzes/sample-quiz.yaml:84 › sq-source › distractors.1: expected a source id (one of alpha-2017, beta-2020, gamma-2019); found "delta-2000"',
      'quizzes/sample-quiz.yaml:84 › sq-source › prompt: expected a prompt that does not name the answer (beta-2020); found "Beta" in the prompt',
    ]);
  });

  it('on an undisputed fact, asks which source cites it (claims is for disputed facts)', () => {
    const q = `  - id: sq-who\n    skill: compare-sources\n    type: single-choice\n    asks: source\n    prompt: Which source reports the jet downing?\n    fact: jet-downing\n    answer: beta-2020\n    distractors: [alpha-2017, gamma-2019]\n    explanation: Only the Alpha article reports it.\n`;
    expect(only('sq-who', checkEdited(withQuestion(q)).messages)).toEqual([
      `quizzes/sample-quiz.yaml:${LINE} › sq-who › answer: expected a source that cites fact jet-downing (alpha-2017); found "beta-2020"`,
      `quizzes/sample-quiz.yaml:${LINE} › sq-who › distractors.0: expected a source that does not cite fact jet-downing; found "alpha-2017", which does: more than one choice is right`,
    ]);
    expect(only('sq-who', checkEdited(withQuestion(q.replace('claims', 'x').replace('answer: beta-2020', 'claims: 2015\n    answer: beta-2020'))).messages)).toEqual([
      `quizzes/sample-quiz.yaml:${LINE} › sq-who › claims: expected claims only on a disputed fact (fact jet-downing has one value: ask which source cites it); found 2015`,
    ]);
  });
});

describe('asks: agreement — "Do the sources agree?"', () => {
  const q = (answer: boolean, more = '') => withQuestion(`  - id: sq-agree\n    skill: compare-sources\n    type: true-false\n    asks: agreement\n    prompt: "True or false: the two sources agree on how many opposition groups came."\n    fact: opposition-groups\n${more}    answer: ${answer}\n    explanation: They disagree, 20 against 28.\n`);

  it('rejects a key that says they agree on a disputed fact', () => {
    expect(only('sq-agree', checkEdited(q(true)).messages)).toEqual([
      `quizzes/sample-quiz.yaml:${LINE} › sq-agree › answer: expected false, because they disagree on fact opposition-groups: alpha-2017 says 20 armed opposition groups, beta-2020 says 28 armed opposition groups; found true`,
    ]);
    expect(only('sq-agree', checkEdited(q(false)).messages)).toEqual([]);
  });

  it('rejects a named source that does not cite the fact, and a fact with only one source', () => {
    expect(only('sq-agree', checkEdited(q(false, '    sources: [alpha-2017, gamma-2019]\n')).messages)).toEqual([`quizzes/sample-quiz.yaml:${LINE} › sq-agree › sources.1: expected a source that cites fact opposition-groups (alpha-2017, beta-2020); found "gamma-2019"`]);
    const single = withQuestion(`  - id: sq-agree\n    skill: compare-sources\n    type: true-false\n    asks: agreement\n    prompt: "True or false: the sources agree on when the jet was shot down."\n    fact: jet-downing\n    answer: true\n    explanation: Only one source gives it.\n`);
    expect(only('sq-agree', checkEdited(single).messages)).toEqual([`quizzes/sample-quiz.yaml:${LINE} › sq-agree › sources: expected a fact cited by at least two sources (fact jet-downing is cited by alpha-2017); found ["alpha-2017"]`]);
  });

  it('is a true/false form only', () => {
    const sc = withQuestion(`  - id: sq-agree\n    skill: compare-sources\n    type: single-choice\n    asks: agreement\n    prompt: Do the sources agree on the count?\n    fact: opposition-groups\n    answer: "no"\n    distractors: ["yes", "partly"]\n    explanation: They disagree.\n`);
    expect(only('sq-agree', checkEdited(sc).messages)).toEqual([`quizzes/sample-quiz.yaml:${LINE} › sq-agree › asks: expected asks: agreement only on a true/false question; found a single-choice question`]);
  });
});

describe('asks: claim-kind — "Event or interpretation?"', () => {
  it('checks a true/false claim kind against the fact’s claim', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('claims: event\n    answer: true', 'claims: judgement\n    answer: true') });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:75 › sq-kind › answer: expected false, because fact jet-downing is an event; found true']);
  });

  it('checks a single-choice answer and distractors among the claim kinds', () => {
    // A second claim-kind question on the jet downing (sq-kind asks the same), so marked as a second angle.
    const q = withQuestion(`  - id: sq-kinds\n    skill: evaluate\n    secondAngle: true\n    type: single-choice\n    asks: claim-kind\n    prompt: What kind of claim is the record of the jet downing?\n    fact: jet-downing\n    answer: figure\n    distractors: [event, opinion]\n    explanation: A reported event.\n`);
    expect(only('sq-kinds', checkEdited(q).messages)).toEqual([
      `quizzes/sample-quiz.yaml:${LINE} › sq-kinds › answer: expected event, the claim kind of fact jet-downing; found "figure"`,
      `quizzes/sample-quiz.yaml:${LINE} › sq-kinds › distractors.0: expected a claim kind other than event (fact jet-downing); found "event"`,
      `quizzes/sample-quiz.yaml:${LINE} › sq-kinds › distractors.1: expected a claim kind (event, figure, judgement); found "opinion"`,
    ]);
  });
});

describe('asks: evidence — "Which evidence supports this claim?"', () => {
  const JET = 'the shooting down of a Russian military jet in November 2015';
  const SIGNED = 'Russia Turkey and Iran signed a joint statement';
  const q = (answer: string, distractors: string[]) =>
    withQuestion(`  - id: sq-evidence\n    skill: evaluate\n    type: single-choice\n    asks: evidence\n    prompt: Which passage supports the claim that Turkey shot down a Russian jet?\n    fact: jet-downing\n    answer: "${answer}"\n    distractors: [${distractors.map((d) => `"${d}"`).join(', ')}]\n    explanation: The Alpha article says so in these words.\n`);

  it('accepts the fact’s own quote as the answer and other facts’ quotes as distractors', () => {
    expect(only('sq-evidence', checkEdited(q(JET, [SIGNED, 'the two days of meetings, which took place on January 23 to 24'])).messages)).toEqual([]);
  });

  it('rejects an answer that is not one of the fact’s quotes and a distractor that is no quote in the dataset', () => {
    expect(only('sq-evidence', checkEdited(q(SIGNED, [JET, 'a Russian jet was downed'])).messages)).toEqual([
      `quizzes/sample-quiz.yaml:${LINE} › sq-evidence › answer: expected a quote of fact jet-downing, verbatim: "${JET}"; found "${SIGNED}"`,
      `quizzes/sample-quiz.yaml:${LINE} › sq-evidence › distractors.0: expected a quote of another fact, not one of fact jet-downing's; found "${JET}", which fact jet-downing cites: more than one choice is right`,
      `quizzes/sample-quiz.yaml:${LINE} › sq-evidence › distractors.1: expected a quote of another fact, verbatim from the dataset; found "a Russian jet was downed"`,
    ]);
  });

  it('checks a true/false quote against the fact’s citations', () => {
    const tf = withQuestion(`  - id: sq-evidence\n    skill: evaluate\n    type: true-false\n    asks: evidence\n    prompt: "True or false: this passage supports the jet downing."\n    fact: jet-downing\n    claims: "${SIGNED}"\n    answer: true\n    explanation: It is about the joint statement instead.\n`);
    expect(only('sq-evidence', checkEdited(tf).messages)).toEqual([`quizzes/sample-quiz.yaml:${LINE} › sq-evidence › answer: expected false, because the quote is not one of fact jet-downing's citations; found true`]);
  });
});

describe('keys that belong to another asks form', () => {
  it('rejects claims on a single-choice value question and sources on a true/false value question', () => {
    const { messages } = checkEdited({ [QUIZ]: (t) => replaceOnce('distractors: [2008, 2012]', 'distractors: [2008, 2012]\n    claims: 2010')(replaceOnce('claims: Astana', 'claims: Astana\n    sources: [alpha-2017, beta-2020]')(t)) });
    expect(messages).toEqual([
      'quizzes/sample-quiz.yaml:6 › sq-single › claims: expected claims on a single-choice question only with asks: source; found 2010',
      'quizzes/sample-quiz.yaml:24 › sq-true-false › sources: expected sources on a true/false question only with asks: agreement; found ["alpha-2017","beta-2020"]',
    ]);
  });
});

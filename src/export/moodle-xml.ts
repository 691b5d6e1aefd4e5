// Moodle XML (Question bank › Import › Moodle XML format): every question type, each quiz in its own category.
// Ordering becomes Moodle's ordering question (core since Moodle 4.4; a plugin before), graded all-or-nothing
// like the course's own runner; its correct order is the order of the <answer> elements.
import type { RuntimeQuestion } from '../quiz/types.ts';
import { moodleCategory, moodleFraction, type BankQuiz } from './bank.ts';
import { feedbackHtml } from './item-feedback.ts';
import { htmlText, xmlText } from './xml.ts';

export { moodleProblems } from './bank.ts';

/** `<tag format="html"><text>…</text></tag>` with HTML escaped for XML. */
const html = (tag: string, innerHtml: string, attrs = '') => `<${tag}${attrs} format="html"><text>${xmlText(innerHtml)}</text></${tag}>`;
const plain = (text: string) => `<p>${htmlText(text)}</p>`;

/** Question names are what a teacher scans in the bank: the prompt, shortened. */
function questionName(q: RuntimeQuestion): string {
  return q.prompt.length <= 80 ? q.prompt : `${q.prompt.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}

function answer(fraction: number | string, textHtml: string): string {
  return `    <answer fraction="${fraction}" format="html"><text>${xmlText(textHtml)}</text></answer>`;
}

function typeSpecific(q: RuntimeQuestion): { type: string; lines: string[] } {
  switch (q.type) {
    case 'single-choice':
      return {
        type: 'multichoice',
        lines: ['    <single>true</single>', '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>', ...q.choices.map((c, i) => answer(i === q.correct ? 100 : 0, plain(c)))],
      };
    case 'multiple-select': {
      const share = moodleFraction(q.correct.length)!;
      return {
        type: 'multichoice',
        lines: ['    <single>false</single>', '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>', ...q.choices.map((c, i) => answer(q.correct.includes(i) ? share : -100, plain(c)))],
      };
    }
    case 'true-false':
      // Moodle recognises the two answers by their texts "true" and "false".
      return { type: 'truefalse', lines: [answer(q.correct ? 100 : 0, 'true'), answer(q.correct ? 0 : 100, 'false')] };
    case 'numeric':
      return {
        type: 'numerical',
        lines: [
          `    <answer fraction="100"><text>${q.correct}</text><tolerance>${q.tolerance}</tolerance></answer>`,
          ...(q.unit && q.unit !== 'year' ? ['    <units><unit><multiplier>1</multiplier><unit_name>' + xmlText(q.unit) + '</unit_name></unit></units>', '    <unitgradingtype>0</unitgradingtype>', '    <showunits>3</showunits>', '    <unitsleft>0</unitsleft>'] : []),
        ],
      };
    case 'ordering':
      return {
        type: 'ordering',
        lines: [
          '    <layouttype>VERTICAL</layouttype>',
          '    <selecttype>ALL</selecttype>',
          `    <selectcount>${q.items.length}</selectcount>`,
          '    <gradingtype>ALL_OR_NOTHING</gradingtype>',
          '    <showgrading>SHOW</showgrading>',
          ...q.items.map((item, i) => answer(i + 1, plain(item))),
        ],
      };
    case 'matching':
      return {
        type: 'matching',
        lines: ['    <shuffleanswers>true</shuffleanswers>', ...q.left.map((l, i) => `    <subquestion format="html"><text>${xmlText(plain(l))}</text><answer><text>${xmlText(q.right[i]!)}</text></answer></subquestion>`)],
      };
  }
}

export function moodleQuestion(q: RuntimeQuestion): string {
  const { type, lines } = typeSpecific(q);
  return [
    `  <question type="${type}">`,
    `    <name><text>${xmlText(questionName(q))}</text></name>`,
    `    ${html('questiontext', plain(q.prompt))}`,
    `    ${html('generalfeedback', feedbackHtml(q))}`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xmlText(q.id)}</idnumber>`,
    ...lines,
    '  </question>',
  ].join('\n');
}

/** A Moodle XML file for one or more quizzes, each in its own category. */
export function moodleXml(quizzes: readonly BankQuiz[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<!-- Kazakhstan the Mediator: question bank in Moodle XML, made from the course data. -->', '<quiz>'];
  for (const quiz of quizzes) {
    out.push(`  <question type="category"><category><text>${xmlText(moodleCategory(quiz.title))}</text></category></question>`);
    for (const q of quiz.questions) out.push(moodleQuestion(q));
  }
  out.push('</quiz>', '');
  return out.join('\n');
}

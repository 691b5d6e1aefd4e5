// QTI 2.1 as an IMS content package: one assessmentItem per question (choice, order, match and text-entry
// interactions), an assessmentTest per quiz, and imsmanifest.xml. Canvas, Blackboard and most QTI tools import
// it. Each item's response processing marks all-or-nothing, like the course's runner, and always shows one
// general feedback (explanation and quotes), so it is written out rather than named as a standard template.
import type { RuntimeQuestion } from '../quiz/types.ts';
import { COURSE_TITLE, type BankQuiz } from './bank.ts';
import { feedbackHtml } from './item-feedback.ts';
import { htmlText, xmlAttr } from './xml.ts';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const SCHEMA = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const HEADER = `xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${SCHEMA}"`;

// Item and test identifiers are QTI strings; the manifest's XML ids (which may not start with a digit) and the
// section and item-reference identifiers get a prefix, so any course id fits.

/** Where each item lives inside the package. */
export const itemPath = (id: string) => `items/${id}.xml`;

/** Choice identifiers: A, B, C… by canonical index, so the key reads the same as the course's. */
const letter = (i: number) => String.fromCharCode(65 + i);

interface Parts {
  declaration: string;
  body: string;
  condition: string;
}

const matchCorrect = '<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>';

function parts(q: RuntimeQuestion): Parts {
  const prompt = `<prompt>${htmlText(q.prompt)}</prompt>`;
  const values = (vs: string[]) => vs.map((v) => `<value>${v}</value>`).join('');
  switch (q.type) {
    case 'single-choice':
    case 'multiple-select': {
      const multiple = q.type === 'multiple-select';
      const correct = multiple ? q.correct.map(letter) : [letter(q.correct)];
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="${multiple ? 'multiple' : 'single'}" baseType="identifier"><correctResponse>${values(correct)}</correctResponse></responseDeclaration>`,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${multiple ? 0 : 1}">${prompt}${q.choices.map((c, i) => `<simpleChoice identifier="${letter(i)}">${htmlText(c)}</simpleChoice>`).join('')}</choiceInteraction>`,
        condition: matchCorrect,
      };
    }
    case 'true-false':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse>${values([q.correct ? 'TRUE' : 'FALSE'])}</correctResponse></responseDeclaration>`,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">${prompt}<simpleChoice identifier="TRUE">True</simpleChoice><simpleChoice identifier="FALSE">False</simpleChoice></choiceInteraction>`,
        condition: matchCorrect,
      };
    case 'numeric': {
      const tolerance = q.tolerance > 0 ? ` toleranceMode="absolute" tolerance="${q.tolerance} ${q.tolerance}"` : ' toleranceMode="exact"';
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse>${values([String(q.correct)])}</correctResponse></responseDeclaration>`,
        body: `<p>${htmlText(q.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="8"/>${q.unit && q.unit !== 'year' ? ` ${htmlText(q.unit)}` : ''}</p>`,
        condition: `<equal${tolerance}><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>`,
      };
    }
    case 'ordering':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${values(q.items.map((_, i) => letter(i)))}</correctResponse></responseDeclaration>`,
        body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${q.items.map((item, i) => `<simpleChoice identifier="${letter(i)}">${htmlText(item)}</simpleChoice>`).join('')}</orderInteraction>`,
        condition: matchCorrect,
      };
    case 'matching':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${values(q.left.map((_, i) => `L${i + 1} R${i + 1}`))}</correctResponse></responseDeclaration>`,
        body:
          `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.left.length}">${prompt}` +
          `<simpleMatchSet>${q.left.map((l, i) => `<simpleAssociableChoice identifier="L${i + 1}" matchMax="1">${htmlText(l)}</simpleAssociableChoice>`).join('')}</simpleMatchSet>` +
          `<simpleMatchSet>${q.right.map((r, i) => `<simpleAssociableChoice identifier="R${i + 1}" matchMax="1">${htmlText(r)}</simpleAssociableChoice>`).join('')}</simpleMatchSet>` +
          `</matchInteraction>`,
        condition: matchCorrect,
      };
  }
}

const score = (v: 0 | 1) => `<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${v}</baseValue></setOutcomeValue>`;

/** One question as a QTI 2.1 assessmentItem. */
export function qtiItem(q: RuntimeQuestion): string {
  const { declaration, body, condition } = parts(q);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem ${HEADER} identifier="${xmlAttr(q.id)}" title="${xmlAttr(q.prompt)}" adaptive="false" timeDependent="false">`,
    `  ${declaration}`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
    `  <itemBody>${body}</itemBody>`,
    '  <responseProcessing>',
    `    <responseCondition><responseIf>${condition}${score(1)}</responseIf><responseElse>${score(0)}</responseElse></responseCondition>`,
    '    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">GENERAL</baseValue></setOutcomeValue>',
    '  </responseProcessing>',
    `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="GENERAL" showHide="show">${feedbackHtml(q)}</modalFeedback>`,
    '</assessmentItem>',
    '',
  ].join('\n');
}

/** An assessmentTest over the quizzes: one section per quiz, the test score the sum of the items'. */
export function qtiTest(id: string, title: string, quizzes: readonly BankQuiz[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest ${HEADER} identifier="${xmlAttr(id)}" title="${xmlAttr(title)}">`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>',
    '  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">',
    ...quizzes.map(
      (quiz) =>
        `    <assessmentSection identifier="section-${xmlAttr(quiz.id)}" title="${xmlAttr(quiz.title)}" visible="true">\n` +
        quiz.questions.map((q) => `      <assessmentItemRef identifier="ref-${xmlAttr(q.id)}" href="${xmlAttr(itemPath(q.id))}"/>`).join('\n') +
        '\n    </assessmentSection>',
    ),
    '  </testPart>',
    '  <outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue></outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

/** imsmanifest.xml of the package: the test, then every item it uses. */
export function qtiManifest(id: string, title: string, questions: readonly RuntimeQuestion[]): string {
  const testFile = `${id}.xml`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `  identifier="manifest-${xmlAttr(id)}"`,
    '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd">',
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion>',
    `    <imsmd:lom><imsmd:general><imsmd:title><imsmd:langstring xml:lang="en">${htmlText(title)}</imsmd:langstring></imsmd:title></imsmd:general></imsmd:lom>`,
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    `    <resource identifier="test-${xmlAttr(id)}" type="imsqti_test_xmlv2p1" href="${xmlAttr(testFile)}">`,
    `      <file href="${xmlAttr(testFile)}"/>`,
    ...questions.map((q) => `      <dependency identifierref="item-${xmlAttr(q.id)}"/>`),
    '    </resource>',
    ...questions.map((q) => `    <resource identifier="item-${xmlAttr(q.id)}" type="imsqti_item_xmlv2p1" href="${xmlAttr(itemPath(q.id))}"><file href="${xmlAttr(itemPath(q.id))}"/></resource>`),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** Every file of the package, by path: the manifest, the test and one file per item. */
export function qtiPackage(id: string, title: string, quizzes: readonly BankQuiz[]): Record<string, string> {
  const questions = quizzes.flatMap((q) => q.questions);
  const files: Record<string, string> = {
    'imsmanifest.xml': qtiManifest(id, title, questions),
    [`${id}.xml`]: qtiTest(id, title, quizzes),
  };
  for (const q of questions) files[itemPath(q.id)] = qtiItem(q);
  return files;
}

export const COURSE_PACKAGE_TITLE = `${COURSE_TITLE}: all quizzes`;

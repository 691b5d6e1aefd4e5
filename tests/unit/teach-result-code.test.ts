import { describe, expect, it } from 'vitest';
import { encodeResult, responseToText, toResultPayload, type StudentResult } from '../../src/teach/result-code.ts';
import { decodeResult, parseResultPayload, responseFromText, splitCodes, type ResultProblem } from '../../src/teach/result-code-reader.ts';
import { RESULT_MESSAGES } from '../../src/teach/messages.ts';
import { checkOf, crc32, deflate, pack, toBase64Url } from '../../src/teach/packing.ts';
import type { Response } from '../../src/quiz/types.ts';

const result: StudentResult = {
  assignment: '0a1b2c3d',
  classLabel: '9B',
  name: 'Aigerim S.',
  startedAt: Date.UTC(2026, 10, 20, 9, 0, 0),
  finishedAt: Date.UTC(2026, 10, 20, 9, 7, 30),
  items: [
    { id: 'osce-year', response: { type: 'numeric', value: 2010 }, correct: true },
    { id: 'ast-sponsors', response: { type: 'multiple-select', choices: [2, 0, 1] }, correct: true },
    { id: 'final-venues', response: { type: 'matching', pairs: [1, 0, -1] }, correct: false },
    { id: 'final-roles-order', response: { type: 'ordering', order: [0, 1, 2, 3, 5, 4] }, correct: false },
    { id: 'mv-first-partner', response: { type: 'single-choice', choice: 3 }, correct: false },
    { id: 'ast-direct-talks', response: { type: 'true-false', value: false }, correct: true },
    { id: 'ast-resolution', response: null, correct: false },
  ],
  score: 3,
};

async function rejects(code: string, problem: ResultProblem) {
  const decoded = await decodeResult(code);
  expect(decoded.ok).toBe(false);
  if (!decoded.ok) {
    expect(decoded.problem).toBe(problem);
    expect(RESULT_MESSAGES[problem]).toMatch(/^[A-Z].*\.$/);
  }
}
const payload = toResultPayload(result);
const signed = (p: unknown, version = 1) => pack('R', version, p);

describe('result codes', () => {
  it('round-trip name, answers, score and times', async () => {
    const code = await encodeResult(result);
    expect(code).toMatch(/^R1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(await decodeResult(code)).toEqual({ ok: true, result });
  });

  it('stay compact for 30 answers', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `question-number-${i}-of-the-course`, response: { type: 'single-choice', choice: i % 4 } as Response, correct: i % 2 === 0 }));
    const code = await encodeResult({ ...result, items, score: 15 });
    expect(code.length).toBeLessThan(1000);
    const decoded = await decodeResult(code);
    expect(decoded.ok && decoded.result.items).toEqual(items);
  });

  it('write every response type as a few characters and read it back', () => {
    for (const item of result.items) expect(responseFromText(responseToText(item.response))).toEqual(item.response);
    expect(responseToText({ type: 'matching', pairs: [1, 0, -1] })).toBe('p1.0.-1');
  });

  it('refuse an empty name', async () => {
    await expect(encodeResult({ ...result, name: '  \u0000 ' })).rejects.toThrow('Type your name or initials first.');
  });

  it('use the standard CRC-32', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });
});

describe('codes already handed in', () => {
  // Made by the first release of the format and frozen here: a teacher may paste it long after.
  it('a version-1 code still decodes to what it said', async () => {
    const decoded = await decodeResult('R1.LczBCgIhFEDRf7nrN8PTAYdxV78hLswshLIaK4jo3yNod1bnTcKjxk5pl_cIGc-yRWh4NvVY1npGuOODmd3sdHKq8ufiNAodb4QbPgQuPZfhVdL6G6waRUyUwKG2dBqepT1KR7iaUUeLaIyfLw.695c5cce');
    expect(decoded.ok && decoded.result).toEqual({
      assignment: '0123abcd',
      classLabel: '9B',
      name: 'Aigerim',
      startedAt: 1767603600000,
      finishedAt: 1767603960000,
      items: [
        { id: 'osce-year', response: { type: 'numeric', value: 2010 }, correct: true },
        { id: 'final-venues', response: { type: 'matching', pairs: [1, 0, 2] }, correct: false },
      ],
      score: 1,
    });
  });
});

describe('hostile or damaged result codes are refused with a specific message', () => {
  it('empty', () => rejects('   ', 'empty'));
  it('huge input', () => rejects(`R1.${'A'.repeat(50_000)}.00000000`, 'too-long'));
  it('an assignment link pasted instead', async () => rejects(await pack('v', 1, { q: ['a'] }), 'not-ours'));
  it('a script payload', () => rejects('<script>alert(1)</script>', 'not-ours'));
  it('non-base64 characters', async () => rejects((await encodeResult(result)).replace(/\.(..)/, '.$1"'), 'bad-chars'));
  it('a typing error in one character', async () => {
    const code = await encodeResult(result);
    const i = 12;
    const typo = code[i] === 'a' ? 'b' : 'a';
    await rejects(code.slice(0, i) + typo + code.slice(i + 1), 'bad-check');
  });
  it('two characters swapped', async () => {
    const code = await encodeResult(result);
    let i = 8;
    while (code[i] === code[i + 1]) i++;
    await rejects(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2), 'bad-check');
  });
  it('cut off before the check', async () => {
    const code = await encodeResult(result);
    await rejects(code.slice(0, code.length - 9), 'no-check');
  });
  it('a wrong check', async () => {
    const code = await encodeResult(result);
    await rejects(code.slice(0, -8) + (code.endsWith('00000000') ? '11111111' : '00000000'), 'bad-check');
  });
  it('a newer version', async () => rejects(await signed(payload, 4), 'newer'));
  it('garbage behind a valid check', async () => {
    const body = toBase64Url(new Uint8Array([1, 2, 3]));
    await rejects(`R1.${body}.${checkOf(`R1.${body}`)}`, 'corrupt');
  });
  it('contents that are not JSON', async () => {
    const body = toBase64Url(await deflate('<img src=x onerror=alert(1)>'));
    await rejects(`R1.${body}.${checkOf(`R1.${body}`)}`, 'not-json');
  });
  it('a missing field', async () => rejects(await signed({ ...payload, a: undefined }), 'invalid'));
  it('no name', async () => rejects(await signed({ ...payload, n: '\u0000' }), 'no-name'));
  it('an overlong name', async () => rejects(await signed({ ...payload, n: 'N'.repeat(41) }), 'name-too-long'));
  it('a question id carrying HTML', async () => rejects(await signed({ ...payload, q: [['<b onclick=x>', 's1', 1]], s: 1 }), 'bad-id'));
  it('an answer in a form never written', async () => rejects(await signed({ ...payload, q: [['osce-year', 'x1', 1]], s: 1 }), 'bad-answer'));
  it('impossible times', async () => rejects(await signed({ ...payload, t: [payload.t[1], payload.t[0]] }), 'bad-time'));
  it('a score that does not match the answers', async () => rejects(await signed({ ...payload, s: 7 }), 'wrong-score'));
  it('too many answers', async () => rejects(await signed({ ...payload, q: Array.from({ length: 61 }, (_, i) => [`q-${i}`, '', 0]), s: 0 }), 'too-many'));
});

describe('pasting many codes', () => {
  it('splits on any whitespace and rejoins a code wrapped over lines', async () => {
    const a = await encodeResult(result);
    const b = await encodeResult({ ...result, name: 'Bob' });
    const wrapped = `${b.slice(0, 20)}\n${b.slice(20, 40)}\n${b.slice(40)}`;
    expect(splitCodes(`  ${a}\n\n${wrapped}\t${a} junk`)).toEqual([a, b, a, 'junk']);
  });
});

describe('stored payloads', () => {
  it('are checked like codes', () => {
    expect(parseResultPayload(payload)).toEqual({ ok: true, result });
    expect(parseResultPayload({ ...payload, q: 'all right' })).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load-content.ts';
import { decodeAssignment, encodeAssignment, fingerprintOf, resolveQuestions, type Assignment, type LinkProblem } from '../../src/teach/assignment-link.ts';
import { LINK_MESSAGES, missingMessage } from '../../src/teach/messages.ts';
import { checkOf, deflate, pack, toBase64Url } from '../../src/teach/packing.ts';

const { content } = loadContent(join(import.meta.dirname, '../..'));
const realIds = content.quizzes.flatMap((q) => q.data.questions.map((question) => question.id));

const sample: Assignment = {
  questionIds: ['ast-first-round-dates', 'osce-year', 'mv-first-partner'],
  lesson: 'astana-process',
  classLabel: '9B — history',
  due: 'Friday 12 June',
  feedback: 'end',
  shuffle: false,
  readFirst: true,
};

async function rejects(fragment: string, problem: LinkProblem) {
  const decoded = await decodeAssignment(fragment);
  expect(decoded.ok).toBe(false);
  if (!decoded.ok) {
    expect(decoded.problem).toBe(problem);
    expect(LINK_MESSAGES[problem]).toMatch(/^[A-Z].*\.$/);
  }
}

/** A link with a valid check around any payload: what a deliberate tamperer would make. */
const signed = async (payload: unknown, version = 1) => pack('v', version, payload);
const valid = { q: ['osce-year'], l: null, c: '', d: '', f: 'i', s: 1, r: 0 };

describe('assignment links', () => {
  it('round-trips every setting', async () => {
    const fragment = await encodeAssignment(sample);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const decoded = await decodeAssignment(`#${fragment}`);
    expect(decoded).toEqual({ ok: true, assignment: sample, fingerprint: fingerprintOf(sample), version: 1 });
  });

  it('keeps a 30-question link well under 2,000 characters', async () => {
    expect(realIds.length).toBeGreaterThanOrEqual(30);
    // The 30 longest real ids, and the longest labels allowed: the worst case a teacher can make.
    const longest = [...realIds].sort((a, b) => b.length - a.length).slice(0, 30);
    const fragment = await encodeAssignment({ ...sample, questionIds: longest, classLabel: 'x'.repeat(60), due: 'y'.repeat(80) });
    const url = `https://kazakhstan-mediator.example/assignment/#${fragment}`;
    expect(url.length).toBeLessThan(1000);
    const decoded = await decodeAssignment(fragment);
    expect(decoded.ok && decoded.assignment.questionIds).toEqual(longest);
  });

  it('gives the same fingerprint to the same assignment and a different one to any change', () => {
    expect(fingerprintOf(sample)).toBe(fingerprintOf({ ...sample }));
    expect(fingerprintOf({ ...sample, shuffle: true })).not.toBe(fingerprintOf(sample));
    expect(fingerprintOf({ ...sample, questionIds: [...sample.questionIds].reverse() })).not.toBe(fingerprintOf(sample));
  });

  it('refuses to make a link the decoder would refuse', async () => {
    await expect(encodeAssignment({ ...sample, questionIds: [] })).rejects.toMatchObject({ problem: 'no-questions' });
    await expect(encodeAssignment({ ...sample, questionIds: ['<b>'] })).rejects.toMatchObject({ problem: 'bad-id' });
  });

  it('says which questions no longer exist', () => {
    const known = new Set(['osce-year', 'mv-first-partner']);
    const { present, missing } = resolveQuestions(sample, known);
    expect(present).toEqual(['osce-year', 'mv-first-partner']);
    expect(missing).toEqual(['ast-first-round-dates']);
    expect(missingMessage(missing, 3)).toBe('1 of this assignment’s 3 questions no longer exist on this site and are left out: ast-first-round-dates.');
    expect(missingMessage(['a', 'b'], 2)).toContain('None of this assignment’s questions exist');
  });
});

describe('links already handed out', () => {
  // Made by the first release of the format and frozen here: whatever changes, this link must keep opening.
  it('a version-1 link still decodes to what it said', async () => {
    const decoded = await decodeAssignment('v1.JcxBCsIwEEDRu_z1BBp3ztJFLyEuhjTSQJvUjApFencR94_34YFeaZ5y2LN1BPNn8K1Vb90R7qXaEt65vrJzExb0z9Nspa9WfS5bOA1xQEgo5wvChDL2Mtn-K1AygqNR6Gg8vg.0df864a0');
    expect(decoded.ok && decoded.assignment).toEqual({ questionIds: ['osce-year', 'ast-sponsors', 'final-venues'], lesson: 'osce-chairmanship-2010', classLabel: '9B', due: 'Friday', feedback: 'end', shuffle: true, readFirst: true });
  });
});

describe('hostile or damaged assignment links are refused with a specific message', () => {
  it('empty', () => rejects('', 'empty'));
  it('only a hash', () => rejects('#', 'empty'));
  it('huge input', () => rejects(`v1.${'A'.repeat(100_000)}.00000000`, 'too-long'));
  it('an HTML payload', () => rejects('<img src=x onerror=alert(1)>', 'not-ours'));
  it('a script payload, percent-encoded as in location.hash', () => rejects('%3Cscript%3Ealert(1)%3C/script%3E', 'not-ours'));
  it('a javascript: URL', () => rejects('javascript:alert(1)', 'not-ours'));
  it('non-base64 characters in the body', async () => {
    const fragment = await encodeAssignment(sample);
    await rejects(fragment.replace(/\.(.)/, '.<'), 'bad-chars');
  });
  it('truncated: check part cut off', async () => {
    const fragment = await encodeAssignment(sample);
    await rejects(fragment.slice(0, fragment.lastIndexOf('.')), 'no-check');
  });
  it('truncated: part of the check missing', async () => {
    const fragment = await encodeAssignment(sample);
    await rejects(fragment.slice(0, -3), 'no-check');
  });
  it('truncated in the middle of the body', async () => {
    const fragment = await encodeAssignment(sample);
    const [head, body, check] = fragment.split('.');
    await rejects(`${head}.${body!.slice(0, body!.length - 5)}.${check}`, 'bad-check');
  });
  it('one character changed (a bit flip)', async () => {
    const fragment = await encodeAssignment(sample);
    const i = 10;
    const flipped = String.fromCharCode(fragment.charCodeAt(i) ^ 1);
    await rejects(fragment.slice(0, i) + flipped + fragment.slice(i + 1), 'bad-check');
  });
  it('the version digit changed by hand', async () => {
    const fragment = await encodeAssignment(sample);
    await rejects(fragment.replace(/^v1/, 'v2'), 'bad-check');
  });
  it('a newer version', async () => rejects(await signed(valid, 7), 'newer'));
  it('a version no longer read', async () => rejects(await signed(valid, 0), 'unsupported'));
  it('a valid check around bytes that are not deflate', async () => {
    const body = toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]));
    await rejects(`v1.${body}.${checkOf(`v1.${body}`)}`, 'corrupt');
  });
  it('a decompression bomb', async () => {
    const body = toBase64Url(await deflate(JSON.stringify({ ...valid, c: ' '.repeat(2_000_000) })));
    expect(body.length).toBeLessThan(4000);
    await rejects(`v1.${body}.${checkOf(`v1.${body}`)}`, 'too-big');
  });
  it('contents that are not JSON', async () => {
    const body = toBase64Url(await deflate('alert(1)'));
    await rejects(`v1.${body}.${checkOf(`v1.${body}`)}`, 'not-json');
  });
  it('a setting of the wrong kind', async () => rejects(await signed({ ...valid, s: 'yes' }), 'invalid'));
  it('an array instead of an object', async () => rejects(await signed([1, 2, 3]), 'invalid'));
  it('no questions', async () => rejects(await signed({ ...valid, q: [] }), 'no-questions'));
  it('too many questions', async () => rejects(await signed({ ...valid, q: Array.from({ length: 61 }, (_, i) => `q-${i}`) }), 'too-many'));
  it('a question id carrying HTML', async () => rejects(await signed({ ...valid, q: ['osce-year', '<img src=x onerror=alert(1)>'] }), 'bad-id'));
  it('the same question twice', async () => rejects(await signed({ ...valid, q: ['osce-year', 'osce-year'] }), 'duplicate-id'));
  it('a lesson name carrying a path', async () => rejects(await signed({ ...valid, l: '../../evil' }), 'bad-lesson'));
  it('an overlong class label', async () => rejects(await signed({ ...valid, c: 'x'.repeat(61) }), 'label-too-long'));
  it('an overlong due text', async () => rejects(await signed({ ...valid, d: 'x'.repeat(81) }), 'due-too-long'));
});

describe('text in links', () => {
  it('keeps markup as plain text and drops control characters', async () => {
    const decoded = await decodeAssignment(await signed({ ...valid, c: '<b>9B</b>\u0000\u202e' }));
    expect(decoded.ok && decoded.assignment.classLabel).toBe('<b>9B</b>');
  });
});

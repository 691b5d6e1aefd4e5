// The checks on rendered lesson text (inserted values that repeat their lead-in, citation markers after a space,
// judgements whose sentence does not name the source), on a rendered copy of the fixture lesson, and in the build.
import { describe, expect, it, vi } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { fixtureRoot } from './fixture.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { checkRenderedLesson, checkRenderedLessons, lessonBlocks, repetition } from '../../src/validation/rendered-lesson-text.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { citeHugsWord } from '../../src/lib/cite-hugs-word.ts';
import contentValidation from '../../src/integrations/content-validation.ts';
import type { Fact } from '../../src/schemas/fact.ts';

const html = readFileSync(join(import.meta.dirname, '../fixtures/rendered/sample-lesson.html'), 'utf8');
const { content } = loadContent(fixtureRoot);
const lesson = content.lessons.find((l) => l.id === 'sample-lesson')!;
const facts = new Map(content.facts.map((f) => [f.id, f.data]));
const sources = new Map(content.sources.map((s) => [s.id, s.data]));
const check = (page: string, factMap: ReadonlyMap<string, Fact> = facts) => {
  const found = checkRenderedLesson({ file: lesson.file, id: lesson.id, factRefs: lesson.data.factRefs }, page, factMap, sources);
  return { repeats: found.repeats.map(formatProblem), spacing: found.spacing.map(formatProblem), attribution: found.attribution.map(formatProblem) };
};
/** Replaces exactly one occurrence in the rendered page. */
const edit = (from: string, to: string) => {
  const at = html.indexOf(from);
  if (at < 0 || html.indexOf(from, at + 1) >= 0) throw new Error(`not found exactly once: ${from}`);
  return html.slice(0, at) + to + html.slice(at + from.length);
};

describe('the rendered fixture lesson', () => {
  it('passes every check, and is read as the student reads it (markers left out, values in)', () => {
    expect(check(html)).toEqual({ repeats: [], spacing: [], attribution: [] });
    const blocks = lessonBlocks(html);
    expect(blocks.map((b) => b.text)).toContain('Kazakhstan chaired the OSCE in 2010, following a balanced policy.');
    // Only the lesson's own text: not the header, objectives, scripts or discussion.
    expect(blocks.some((b) => /the the|What you will learn|For discussion/.test(b.text))).toBe(false);
  });
});

describe('an inserted value that repeats the words just before it', () => {
  it('fails with the lesson file, the <Fact> line and id, and the words', () => {
    const page = edit('signed by <span class="fact" data-fact="guarantors"', 'signed by Russia, <span class="fact" data-fact="guarantors"');
    expect(check(page).repeats).toEqual(['lessons/sample-lesson.mdx:23 › sample-lesson › <Fact id="guarantors">: expected an inserted value that does not repeat the words just before it; found "russia" twice in a row: "… that closed them was signed by Russia, Russia, Turkey and Iran"']);
  });

  it('catches each kind of doubling', () => {
    const date: Fact = { id: 'd', statement: 'A renunciation over a decade.', topics: ['nuclear-diplomacy'], claim: 'event', value: { kind: 'date-range', start: '1990', end: '1999' }, citations: [{ source: 'a', quote: 'q' }] };
    const count: Fact = { ...date, value: { kind: 'number', amount: 13, unit: 'armed groups' } };
    const pair: Fact = { ...date, value: { kind: 'actors', actors: ['Kazakhstan', 'Azerbaijan'] } };
    expect(repetition('the ambassadors of the ', 'the United States, France and the United Kingdom', undefined)).toBe('"the" twice in a row');
    expect(repetition('its partners were Kazakhstan, ', 'Kazakhstan and Azerbaijan', pair)).toBe('"kazakhstan" twice in a row');
    expect(repetition('the multi-vector foreign policy (', 'multi-vector foreign policy', undefined)).toBe('"multi vector foreign policy" twice in a row');
    expect(repetition('a larger idea: the Middle Corridor, or ', 'Middle Corridor', undefined)).toBe('the value "Middle Corridor" already stands just before it');
    expect(repetition('on the international scene in the decade of ', '1990–1999', date)).toBe('the lead-in "decade" before a date that already says it');
    expect(repetition('attended by armed groups: ', '13 armed groups', count)).toBe('the lead-in "groups" before a count that already says it');
    expect(repetition('Europe and the powers of Asia (', 'China, the United States, Europe and Asian powers', undefined)).toBe('the bracketed value repeats "europe", "powers" from just before it');
    expect(repetition('Kazakhstan sat on the Council at the same time as another post-Soviet state, ', 'Kazakhstan and Azerbaijan', pair)).toBe('the list names Kazakhstan again, the subject of its own sentence');
  });

  it('leaves ordinary sentences alone', () => {
    const count: Fact = { id: 'k', statement: 'Kazakh journalists covered the talks.', topics: ['astana-process'], claim: 'figure', value: { kind: 'number', amount: 120, unit: 'Kazakh journalists' }, citations: [{ source: 'a', quote: 'q' }] };
    // Two values side by side are not a lead-in: the earlier one is blanked in the lead-in text.
    expect(repetition('with 320 foreign journalists and ', '120 Kazakh journalists', count, 'with                        and ')).toBeNull();
    expect(repetition('Nazarbayev tried to bridge the divide between Russia and the West, and helped the dialogue among ', 'Russia, Ukraine, France and Germany', { ...count, value: { kind: 'actors', actors: ['Russia', 'Ukraine', 'France', 'Germany'] } })).toBeNull();
    expect(repetition('The first round took place on ', '23–24 January 2017', undefined)).toBeNull();
  });
});

describe('a citation marker separated from its word', () => {
  it('fails on a space (a <Cite> on its own line), with the line of the <Cite>', () => {
    const page = edit('multi-vector policy<span class="cite"', 'multi-vector policy\n<span class="cite"');
    expect(check(page).spacing).toEqual(['lessons/sample-lesson.mdx:25 › sample-lesson › <Cite fact="policy-name">: expected a citation marker right after its word, with no space before it; found a space before the marker: "…gn of the country\'s multi-vector policy […]"']);
  });

  it('is prevented at the source: the Markdown plugin joins a <Cite> on its own line to the word before it', () => {
    const mdx = 'The crisis in its neighbour\n  <Cite fact="x" />. Also *The Diplomat*\n<Cite fact="y" /> and <Fact id="z" />\n<Cite fact="z" />.';
    const plain = String(mdxToJs(mdx).code);
    const hugged = String(mdxToJs(mdx, { mdastPlugins: [citeHugsWord] }).code);
    // The text pieces before each <Cite> lose their line break; nothing else changes.
    const pieces = (code: string) => [...code.matchAll(/^\s+("(?:[^"\\]|\\.)*"),$/gm)].map((m) => JSON.parse(m[1]!) as string);
    expect(pieces(plain)).toEqual(['The crisis in its neighbour\n', '. Also ', '\n', ' and ', '\n']);
    expect(pieces(hugged)).toEqual(['The crisis in its neighbour', '. Also ', ' and ']);
  });
});

describe('a judgement inserted or cited in a sentence that does not name its source', () => {
  const asJudgement = (id: string) => new Map([...facts].map(([k, f]) => [k, k === id ? { ...f, claim: 'judgement' as const } : f]));

  it('fails, naming the sentence and the ways the source may be named', () => {
    expect(check(html, asJudgement('guarantors')).attribution).toEqual([
      'lessons/sample-lesson.mdx:23 › sample-lesson › <Fact id="guarantors">: expected the sentence with judgement fact guarantors naming its source ("Alpha 2017", "Author", "Alpha"), or referring back to it ("the paper argues …") when it was the last source named; found "The talks drew 320 foreign journalists, and the joint statement that closed them was signed by Russia, Turkey and Iran."',
    ]);
    expect(check(html, asJudgement('policy-name')).attribution).toEqual([expect.stringContaining('lessons/sample-lesson.mdx:25 › sample-lesson › <Cite fact="policy-name">: expected the sentence with judgement fact policy-name naming its source')]);
  });

  it('passes when the sentence refers back ("the article says") to the source the reader met last, and only then', () => {
    const referring = (lead: string) => edit('. The talks drew <span', `. ${lead} The talks, the article says, drew <span`);
    expect(check(referring('The Alpha article is the fullest account.'), asJudgement('guarantors')).attribution).toEqual([]);
    // Another source named in between: "the article" is now that one, so the judgement is not attributed to its own.
    expect(check(referring('The Alpha article is the fullest account; the Beta report differs.'), asJudgement('guarantors')).attribution).toHaveLength(1);
    // A bare pronoun is not an attribution: "it adds goodwill" may be the policy, not the source.
    expect(check(edit('. The talks drew <span', '. The Alpha article is the fullest account. It drew <span'), asJudgement('journalists-foreign')).attribution).toHaveLength(1);
  });

  it('passes when the sentence names the source; a disputed note names its sources by construction', () => {
    const page = edit('The talks drew <span', 'The talks, the Alpha article says, drew <span');
    expect(check(page, asJudgement('guarantors')).attribution).toEqual([]);
    expect(check(html, asJudgement('opposition-groups')).attribution).toEqual([]);
  });
});

describe('the build runs the rendered checks after writing the pages', () => {
  it('fails the build on an enforced rule and only warns on a pending one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kz-rendered-'));
    try {
      cpSync(fixtureRoot, root, { recursive: true });
      // The build checks lessons at their real length; the fixture's is padded with plain prose.
      writeFileSync(join(root, 'lessons', 'sample-lesson.mdx'), `${readFileSync(join(root, 'lessons', 'sample-lesson.mdx'), 'utf8')}\n${'Plain words of prose. '.repeat(310)}\n`);
      const dist = join(root, 'dist');
      mkdirSync(join(dist, 'lessons', 'sample-lesson'), { recursive: true });
      const write = (page: string) => writeFileSync(join(dist, 'lessons', 'sample-lesson', 'index.html'), page);
      const logger = { warn: vi.fn(), info: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: 'test', options: {} };
      // A repeated value is held back here as if it were pending (PENDING_CONTENT_RULES is empty once content lands).
      const integration = contentValidation({ pending: new Set(['rendered-value-repeats']) });
      const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
      hooks['astro:config:setup']!({ command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger });
      const done = () => hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger });

      write(html);
      expect(checkRenderedLessons(dist, loadContent(root).content).get('rendered-citation-spacing')).toEqual([]);
      expect(() => done()).not.toThrow();

      write(edit('multi-vector policy<span class="cite"', 'multi-vector policy <span class="cite"'));
      expect(() => done()).toThrow(/Rendered lesson text failed its checks\.\n1 content problem:\n {2}- lessons\/sample-lesson\.mdx:25 › sample-lesson › <Cite fact="policy-name">: expected a citation marker right after its word/);

      // A pending rule's problem is a warning, not a failure.
      logger.warn.mockClear();
      write(edit('signed by <span class="fact" data-fact="guarantors"', 'signed by Russia, <span class="fact" data-fact="guarantors"'));
      expect(() => done()).not.toThrow();
      expect(logger.warn.mock.calls.flat().join('\n')).toMatch(/rendered-value-repeats: 1 problem/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

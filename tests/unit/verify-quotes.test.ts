import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { normaliseQuoteText, verifyQuotes } from '../../src/validation/verify-quotes.ts';
import { fixtureRoot } from './fixture.ts';

const texts = join(fixtureRoot, '../source-texts');
const read = (file: string) => (existsSync(join(texts, file)) ? readFileSync(join(texts, file), 'utf8') : null);

describe('verifyQuotes', () => {
  it('finds quotes across line breaks and typographic apostrophes', () => {
    const { content } = loadContent(fixtureRoot);
    const result = verifyQuotes(content, read);
    expect(result.missing).toEqual([]);
    expect(result.checked).toBe(9);
  });

  it('lists a quote that was changed by a single word', () => {
    const { content } = loadContent(fixtureRoot);
    const fact = content.facts.find((f) => f.id === 'journalists-foreign')!;
    fact.data.citations[0]!.quote = 'media coverage entrusted to 300 foreign and 120 Kazakh journalists';
    const result = verifyQuotes(content, read);
    expect(result.missing).toEqual([expect.objectContaining({ fact: 'journalists-foreign', source: 'alpha-2017', reason: 'not found verbatim' })]);
  });

  it('reports a source text missing from the folder', () => {
    const { content } = loadContent(fixtureRoot);
    const result = verifyQuotes(content, (file) => (file === 'beta.txt' ? null : read(file)));
    expect(result.missing.map((m) => m.reason)).toEqual(Array(4).fill('source text beta.txt not found'));
  });

  it('normalises whitespace and typographic quotes only', () => {
    expect(normaliseQuoteText('the  country’s\n\n“multi-vector”')).toBe('the country\'s "multi-vector"');
    expect(normaliseQuoteText('a non-\n\npermanent member')).toBe('a non-permanent member');
    expect(normaliseQuoteText('Nazarbaev')).not.toBe(normaliseQuoteText('Nazarbayev'));
  });
});

import type { Content } from '../lib/load-content.ts';

/**
 * Whitespace runs become one space and typographic quotes plain ones. A hyphen that ends a line joins the next
 * line ("non-⏎permanent" reads "non-permanent"), as in the texts extracted from PDFs.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/-[ \t]*\r?\n\s*/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface QuoteCheck {
  missing: { file: string; line?: number; fact: string; source: string; quote: string; reason: string }[];
  checked: number;
  /** Citations of external documents, which have no text in the folder. */
  skipped: number;
}

/**
 * Checks every citation's quote against the source texts. `readText(file)` returns a source text or null when
 * the file is absent; reading is left to the caller so this stays pure.
 */
export function verifyQuotes(content: Content, readText: (file: string) => string | null): QuoteCheck {
  const texts = new Map<string, string | null>();
  const result: QuoteCheck = { missing: [], checked: 0, skipped: 0 };
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  for (const fact of content.facts) {
    for (const citation of fact.data.citations) {
      const source = sources.get(citation.source);
      if (!source || source.file === null) {
        result.skipped++;
        continue;
      }
      if (!texts.has(source.file)) {
        const raw = readText(source.file);
        texts.set(source.file, raw === null ? null : normaliseQuoteText(raw));
      }
      const text = texts.get(source.file);
      result.checked++;
      const at = { file: fact.file, line: fact.line, fact: fact.id, source: citation.source, quote: citation.quote };
      if (text === null || text === undefined) result.missing.push({ ...at, reason: `source text ${source.file} not found` });
      else if (!text.includes(normaliseQuoteText(citation.quote))) result.missing.push({ ...at, reason: 'not found verbatim' });
    }
  }
  return result;
}

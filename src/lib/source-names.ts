// How running text names a source: by its short citation ("CACI 2020"), by one of its `names` ("the CACI paper",
// "The Diplomat") or by an author's surname ("Ramani"). The attribution rules and the "which source?" questions
// all ask the same thing, "does this text name that source?", so they share this one answer.
import type { Source } from '../schemas/source.ts';

/** An author line "Svante E. Cornell and S. Frederick Starr" → ["Cornell", "Starr"]. */
export function authorSurnames(author: string | null): string[] {
  if (!author) return [];
  return author
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((name) => name.trim().split(/\s+/).at(-1) ?? '')
    .filter((s) => s.length >= 2);
}

const YEAR_AT_END = /\s+\d{4}$/;

/** Every way prose may name the source ("The Diplomat 2016", "The Diplomat", "Ramani"…), longest first. */
export function namesOf(source: Pick<Source, 'short' | 'names' | 'author'>): string[] {
  const all = [source.short, source.short.replace(YEAR_AT_END, ''), ...(source.names ?? []), ...authorSurnames(source.author)];
  // Longest first, so a message quotes the fullest name found.
  return [...new Set(all.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The name of the source that `text` uses, or null when it names it in none of its ways. Case is ignored. */
export function nameOfSourceIn(text: string, source: Pick<Source, 'short' | 'names' | 'author'>): string | null {
  const plain = text.replace(/[\u2018\u2019]/g, "'").replace(/\*/g, '').toLowerCase();
  for (const name of namesOf(source)) {
    const n = name.toLowerCase();
    // A whole-word match: not inside a longer word ("TCA" is not in "TCAs", "Starr" not in "Starrs").
    for (let at = plain.indexOf(n); at >= 0; at = plain.indexOf(n, at + 1)) {
      if (!isWordChar(plain[at - 1]) && !isWordChar(plain[at + n.length])) return name;
    }
  }
  return null;
}

/** A source as a quiz choice: "The Diplomat (2016)", "CACI (2020)" — the short name with its year in brackets. */
export function sourceLabel(source: Pick<Source, 'short' | 'published'>): string {
  return `${source.short.replace(YEAR_AT_END, '')} (${source.published.slice(0, 4)})`;
}

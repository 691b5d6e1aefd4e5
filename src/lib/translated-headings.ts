// Headings of a translated lesson keep the English lesson's anchors, in order: a quiz's "read the section" link,
// a section link a teacher handed out and the table of contents then work in every language. `check:content`
// makes sure a current translation has the English headings' levels in the same order. A Sätteri HAST plugin:
// it runs before Astro's own heading ids, which keep an id that is already set.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { HastPluginEntry } from 'satteri';
import { translatedLocales } from '../i18n/locales.ts';
import { readLessonBody } from './load-content.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;
const LANGUAGE_FOLDER = new RegExp(`[\\\\/]lessons[\\\\/](${translatedLocales.join('|')})[\\\\/]([^\\\\/]+)\\.mdx$`);

/** The English lesson's heading anchors (## to ####), in order, for a translated lesson's path; null otherwise. */
export function englishAnchors(path: string): string[] | null {
  const match = LANGUAGE_FOLDER.exec(path);
  if (!match) return null;
  const english = join(dirname(dirname(path)), `${match[2]}.mdx`);
  let text: string;
  try {
    text = readFileSync(english, 'utf8');
  } catch {
    return null;
  }
  const fm = FRONTMATTER.exec(text)?.[0] ?? '';
  return readLessonBody(match[2]!, text.slice(fm.length), fm.split('\n').length).anchors;
}

export const translatedHeadingIds: HastPluginEntry = (ctx) => {
  const anchors = ctx.fileURL ? englishAnchors(fileURLToPath(ctx.fileURL)) : null;
  if (!anchors) return null;
  let next = 0;
  return {
    name: 'translated-heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, visit) {
        const id = anchors[next++];
        if (id) visit.setProperty(node, 'id', id);
      },
    },
  };
};

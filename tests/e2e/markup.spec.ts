// Checks on the built markup itself: what the build does to shrink pages must not change what a reader gets.
import { expect, test } from '@playwright/test';
import { builtFiles } from './built-site.ts';

const files = builtFiles();
const pages = [...files.entries()].filter(([p]) => p.endsWith('.html') && !p.startsWith('/downloads/'));

test('compressed HTML keeps the space between a word and the link beside it', () => {
  // A letter or digit glued to a link ("cited<a>source", "</a>and") is a space the compression swallowed.
  const joined = pages.flatMap(([page, html]) => [...html.matchAll(/[\p{L}\p{N},;:]<a[\s>]|<\/a>[\p{L}\p{N}]/gu)].map((m) => `${page}: …${html.slice(Math.max(0, m.index - 30), m.index + 30)}…`));
  expect(joined).toEqual([]);
  // And the compression is on: no page keeps the templates' indentation.
  const indented = pages.filter(([, html]) => (html.replace(/<(script|style|pre|textarea)\b[\s\S]*?<\/\1>/g, '').match(/\n {4,}</g) ?? []).length > 20).map(([p]) => p);
  expect(indented).toEqual([]);
});

test('in Russian and Kazakh lessons a dash never begins a line: the space before it, in the prose and the title, is a no-break space', () => {
  const lessons = pages.filter(([p]) => /^\/(ru|kk)\/lessons\/[^/]+\/index\.html$/.test(p));
  expect(lessons.length).toBeGreaterThanOrEqual(14);
  const breakable = lessons.flatMap(([page, html]) => {
    const article = /<article\b[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    // Text only: attributes (a glossary term's tooltip) never wrap on the page.
    const text = `${/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''} ${article}`.replace(/<[^>]*>/g, '');
    return [...text.matchAll(/ [—–] /g)].map((m) => `${page}: …${text.slice(Math.max(0, m.index - 30), m.index + 10)}…`);
  });
  expect(breakable).toEqual([]);
});

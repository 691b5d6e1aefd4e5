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

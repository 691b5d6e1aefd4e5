// Checks every browser test can run on the page in front of it. Each returns a list of problems, empty when the page
// passes, so one test can gather all of a page's problems before failing.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const phoneWidths = [320, 360] as const;
export const colorSchemes = ['light', 'dark'] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The WCAG A/AA rules whose outcome depends on colours. The dark scheme changes only colours (the custom properties
 * in global.css), so after a full scan in one scheme, these are all the other scheme can change.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's WCAG 2.0–2.2 A and AA rules (or only the colour rules), on the page as it is now. axe is injected once
 * per document and run as often as needed: injecting it costs as much as a small scan.
 */
export async function axeViolations(page: Page, rules: 'all' | 'colours' = 'all'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules === 'all' ? { type: 'tag', values: WCAG_TAGS } : { type: 'rule', values: COLOUR_RULES };
  const violations = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, options)).violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, { runOnly, resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
}

/** Full axe scan in the light scheme, then the colour rules in the dark one. Leaves the page in the dark scheme. */
export async function axeInBothSchemes(page: Page, label = ''): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = (await axeViolations(page, 'all')).map((v) => `${label}light: ${v}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  return [...light, ...(await axeViolations(page, 'colours')).map((v) => `${label}dark: ${v}`)];
}

const CONTROL_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'button', 'spinbutton', 'slider', 'switch', 'link']);

/**
 * Ids used twice (hidden elements included: a label or aria reference then points at the wrong one) and form
 * controls, buttons or links without an accessible name, as Chromium computes it. WCAG 2.2 dropped the parsing
 * criterion, so axe's 2.2 rules no longer look for duplicate ids; a duplicate id is still how a label stops
 * naming its control.
 */
export async function idAndNameProblems(page: Page): Promise<string[]> {
  const duplicates = await page.evaluate(() => {
    const count = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) count.set(el.id, (count.get(el.id) ?? 0) + 1);
    return [...count].filter(([, n]) => n > 1).map(([id, n]) => `id "${id}" is used ${n} times`);
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
    };
    const unnamed: string[] = [];
    for (const node of nodes) {
      const role = node.role?.value ?? '';
      if (node.ignored || !CONTROL_ROLES.has(role) || (node.name?.value ?? '').trim() !== '') continue;
      let html = '';
      if (node.backendDOMNodeId !== undefined) {
        const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: node.backendDOMNodeId })) as { outerHTML: string };
        html = outerHTML.slice(0, 120);
      }
      unnamed.push(`a ${role} has no accessible name: ${html}`);
    }
    return [...duplicates, ...unnamed];
  } finally {
    await cdp.detach();
  }
}

/**
 * At each phone width: is the document wider than the screen (the reader would scroll sideways)? Names the
 * outermost elements that stick out, to say where to look. Leaves the viewport at the last width.
 */
export async function sidewaysScrolling(page: Page, label = ''): Promise<string[]> {
  const problems: string[] = [];
  for (const width of phoneWidths) {
    await page.setViewportSize({ width, height: 740 });
    const found = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const wide = document.documentElement.scrollWidth;
      if (wide <= limit) return null;
      const culprits: string[] = [];
      const walk = (el: Element) => {
        const box = el.getBoundingClientRect();
        if (box.right > limit + 0.5 && box.width > 0) {
          const tag = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
          culprits.push(`${tag} (right edge ${Math.round(box.right)} px)`);
          return;
        }
        for (const child of el.children) walk(child);
      };
      walk(document.body);
      return { wide, culprits: culprits.slice(0, 4) };
    });
    if (found) problems.push(`${label}${width} px: the document is ${found.wide} px wide; sticking out: ${found.culprits.join(', ') || '(nothing visible)'}`);
  }
  return problems;
}

/**
 * Words of the matched elements' text that a phone's width cuts across two lines. Chromium has no hyphenation for
 * Russian or Kazakh, so a heading or a column narrower than a word cuts it without a hyphen ("держава|ми"). A break
 * after a hyphen, a dash or a slash ("13-|сұрақ", "2017–|2018"), or before a bracket (a search excerpt's
 * "араласпады»)|[Өңірлік" runs a word into its citation marker), is an ordinary line break, not a cut.
 */
export async function wordsSplitAcrossLines(page: Page, selector: string, label = ''): Promise<string[]> {
  const problems: string[] = [];
  for (const width of phoneWidths) {
    await page.setViewportSize({ width, height: 740 });
    const split = await page.locator(selector).evaluateAll((elements) => {
      const found: string[] = [];
      for (const el of elements) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('script, style, [hidden]')) continue;
          for (const m of node.textContent!.matchAll(/[[(]?[^\s\-–—/[(]+[\-–—/]?/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) found.push(`"${m[0]}" in <${node.parentElement!.tagName.toLowerCase()}>`);
          }
        }
      }
      return found;
    });
    problems.push(...split.map((word) => `${label}${width} px: ${word} is cut across lines`));
  }
  return problems;
}

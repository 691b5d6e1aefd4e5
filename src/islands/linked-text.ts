// A catalogue sentence with links, built as nodes (only the assignment page needs it).
import { h } from './dom.ts';
/**
 * A catalogue sentence with its links ("You can still study every [lesson](lessons)…") as nodes: `[words](key)`
 * becomes a link to `hrefs[key]`; everything else is text (the syntax of src/i18n/rich.ts, links only).
 */
export function linked(text: string, hrefs: Record<string, string>): (Node | string)[] {
  const out: (Node | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[([^\]]+)\]\(([\w-]+)\)/g)) {
    out.push(text.slice(last, m.index), h('a', { href: hrefs[m[2]!] ?? '#' }, m[1]!));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((x) => x !== '');
}

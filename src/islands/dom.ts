// A tiny element builder for islands. Text always goes in as text nodes, never as HTML, so content from
// storage or a URL cannot inject markup.
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean | number | EventListener | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

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

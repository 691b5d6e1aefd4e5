// Page copy in the catalogues may link and emphasise with a small, safe subset of Markdown, so a translator can
// move a link within a sentence: `[words](key)` links to the page named `key` (the page supplies the address),
// `**words**` is strong, `*words*` is emphasis, `` `text` `` is code. Everything else is plain text: nothing is
// parsed as HTML.

export type RichPart = { text: string } | { text: string; link: string } | { text: string; strong: true } | { text: string; em: true } | { text: string; code: true };

const TOKEN = /\[([^\]]+)\]\(([\w-]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`/g;

export function parseRich(source: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    if (m.index > last) parts.push({ text: source.slice(last, m.index) });
    if (m[1] !== undefined) parts.push({ text: m[1], link: m[2]! });
    else if (m[3] !== undefined) parts.push({ text: m[3], strong: true });
    else if (m[4] !== undefined) parts.push({ text: m[4], em: true });
    else parts.push({ text: m[5]!, code: true });
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return parts;
}

/** The link keys a piece of copy uses, in order (translations must use the same set). */
export function richLinks(source: string): string[] {
  return parseRich(source).flatMap((p) => ('link' in p ? [p.link] : []));
}

/** The copy as plain text (links and emphasis reduced to their words), e.g. for a title attribute. */
export function richText(source: string): string {
  return parseRich(source).map((p) => p.text).join('');
}

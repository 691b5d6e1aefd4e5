// Pagefind excerpts are HTML with <mark> around matches. Build them as nodes (text + <mark>) instead of using
// innerHTML, so nothing else in an excerpt is ever interpreted as markup.
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  const decode = (s: string) =>
    s.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), marked: false });
    parts.push({ text: decode(m[1]!), marked: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts.filter((p) => p.text.length > 0);
}

export function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map((p) => {
    if (!p.marked) return document.createTextNode(p.text);
    const mark = document.createElement('mark');
    mark.textContent = p.text;
    return mark;
  });
}

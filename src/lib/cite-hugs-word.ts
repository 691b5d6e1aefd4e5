// A citation marker belongs to the word before it. Authors often put `<Cite fact="…" />` on a line of its own to
// keep lines short, and the line break then rendered as a space before the marker ("neighbour [CACI 2020]"). This
// Markdown plugin (for Astro's Sätteri processor, which MDX lessons inherit) drops the whitespace between a `<Cite>`
// and the text before it, so the marker hugs its word however the source is wrapped. The build still checks the
// rendered text (src/validation/rendered-lesson-text.ts).

interface TextNode {
  type: string;
  value?: string;
}
interface JsxNode {
  type: string;
  name?: string | null;
}
interface Context {
  parent(node: JsxNode): { children: TextNode[] } | undefined;
  indexOf(node: JsxNode): number | undefined;
  setProperty(node: TextNode, key: 'value', value: string): void;
}

/** The whitespace a `<Cite>` must not have before it, removed from the end of the text before it. */
export function hugBefore(text: string): string {
  return text.replace(/\s+$/, '');
}

export const citeHugsWord = {
  name: 'cite-hugs-word',
  mdxJsxTextElement(node: JsxNode, ctx: Context): void {
    if (node.name !== 'Cite') return;
    const i = ctx.indexOf(node);
    const before = i === undefined || i === 0 ? undefined : ctx.parent(node)?.children[i - 1];
    if (before?.type === 'text' && before.value !== undefined && before.value !== hugBefore(before.value)) ctx.setProperty(before, 'value', hugBefore(before.value));
  },
};

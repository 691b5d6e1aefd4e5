// The built pages without their indentation. Astro's own compression is off (it drops the space between a line's
// last word and a link on the next line: "cited<a>source"); this keeps one whitespace character wherever the source
// had some, so nothing a reader sees changes, and removes the rest. It saves about a tenth of every page, which the
// offline precache of each language (2 MB) needs. Scripts, <pre> and <textarea> are left exactly as they are.

const VERBATIM = /<(script|pre|textarea)\b[\s\S]*?<\/\1\s*>/gi;

function squeeze(text: string): string {
  return text.replace(/[ \t]*\n[ \t\n\r]*/g, '\n').replace(/[ \t]{2,}/g, ' ');
}

/** The HTML with each run of whitespace reduced to one character (a newline if it had one), outside verbatim blocks. */
export function compactHtml(html: string): string {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(VERBATIM)) {
    out += squeeze(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + squeeze(html.slice(last));
}

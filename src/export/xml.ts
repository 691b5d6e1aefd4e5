// Escaping for the XML formats (SCORM manifest, Moodle XML, QTI). Text always goes in escaped, never as markup.

// Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text content of an element. */
export function xmlText(text: string): string {
  return text.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value (for double-quoted attributes). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

/** HTML text for formats that carry HTML inside XML (Moodle's `format="html"`): escaped once as HTML. */
export function htmlText(text: string): string {
  return text.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

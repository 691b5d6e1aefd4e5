// xmllint (Debian's libxml2-utils; `npm run setup:test` installs it) as the independent XML reader of the
// export tests: schema validation against the published XSDs in tests/schemas/, and XPath queries.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const schemasDir = join(import.meta.dirname, '../schemas');

function xmllint(args: string[], input?: string): { status: number; out: string } {
  const r = spawnSync('xmllint', args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`xmllint is not installed (Debian: apt-get install libxml2-utils; or run npm run setup:test): ${r.error.message}`);
  return { status: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

/** Validates files against a schema, fully offline. Returns xmllint's complaints ('' when every file validates). */
export function validate(schema: string, files: string[]): string {
  const { status, out } = xmllint(['--nonet', '--noout', '--schema', schema, ...files]);
  const problems = out
    .split('\n')
    .filter((l) => l.trim() !== '' && !/ validates$/.test(l))
    // ims_xml.xsd (a SCORM control file) always makes libxml say this about itself; it is not about our files.
    .filter((l) => !/ims_xml\.xsd|xml namespace URI cannot be the default namespace|^\s*(tp:|\^)/.test(l));
  return status === 0 && problems.length === 0 ? '' : out;
}

/** Validates many files in one run (the schema is read once): for each file, '' or xmllint's complaints. */
export function validateEach(schema: string, files: string[]): Map<string, string> {
  const { out } = xmllint(['--nonet', '--noout', '--schema', schema, ...files]);
  const lines = out.split('\n');
  return new Map(files.map((f) => [f, lines.some((l) => l === `${f} validates`) ? '' : lines.filter((l) => l.startsWith(f)).join('\n') || `no verdict for ${f}`]));
}

export function wellFormed(file: string): string {
  const { status, out } = xmllint(['--noout', file]);
  return status === 0 ? '' : out;
}

const SEPARATOR = '\u241E';

/**
 * Evaluates XPath expressions that give a string or a number, in one xmllint run (their values joined by a
 * separator no content uses). Namespaced documents are queried with local-name().
 */
export function xpathValues(file: string, expressions: string[]): string[] {
  const joined = `concat(${[...expressions.flatMap((e) => [e, `'${SEPARATOR}'`]), "''"].join(', ')})`;
  const { status, out } = xmllint(['--xpath', joined, file]);
  if (status !== 0) throw new Error(`xmllint could not evaluate the queries on ${file}:\n${out.slice(0, 2000)}`);
  const values = out.split(SEPARATOR);
  values.pop();
  return values;
}

/** The same queries on many files, in one xmllint run: one list of values per file, in order. */
export function xpathValuesEach(files: string[], expressions: string[]): string[][] {
  const joined = `concat(${[...expressions.flatMap((e) => [e, `'${SEPARATOR}'`]), "''"].join(', ')})`;
  const { status, out } = xmllint(['--xpath', joined, ...files]);
  if (status !== 0) throw new Error(`xmllint could not evaluate the queries:\n${out.slice(0, 2000)}`);
  const values = out.split(SEPARATOR);
  values.pop();
  if (values.length !== files.length * expressions.length) throw new Error(`xmllint gave ${values.length} values for ${files.length} files × ${expressions.length} queries`);
  return files.map((_, i) => values.slice(i * expressions.length, (i + 1) * expressions.length));
}

/** Writes files (path → text or bytes) into a new temporary folder and returns it. */
export function writeTemp(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kzm-export-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}


// `npm run translation:hashes -- <file>`: the hash each translation records of the English text it was made from
// (`translatedFrom` in a lesson or quiz, `from` in a fact, glossary term or source note), for a translator who has
// just brought a translation up to date. With no file, prints the hash of every translatable English text.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../src/lib/load-content.ts';
import { factHash, glossaryHash, lessonHash, quizHash, sourceNotesHash } from '../src/lib/translation-hash.ts';

const root = process.cwd();
const { content } = loadContent(root);
const only = process.argv[2] ? relative(root, join(root, process.argv[2])) : undefined;
const rows: [string, string, string][] = [
  ...content.lessons.map((l) => [l.file, l.id, lessonHash(readFileSync(join(root, l.file), 'utf8'))] as [string, string, string]),
  ...content.quizzes.map((q) => [q.file, q.id, quizHash(q.data)] as [string, string, string]),
  ...content.facts.map((f) => [f.file, f.id, factHash(f.data)] as [string, string, string]),
  ...content.glossary.map((g) => [g.file, g.id, glossaryHash(g.data)] as [string, string, string]),
  ...content.sources.filter((s) => s.data.notes).map((s) => [s.file, s.id, sourceNotesHash(s.data)] as [string, string, string]),
];
for (const [file, id, hash] of rows) if (!only || file === only) console.log(`${hash}  ${id}  (${file})`);

// `npm run translation:stamp -- <translated file>…`: records in each translated file that it now says what the
// current English says, by writing the English text's hash into it (`translatedFrom` in a lesson or quiz, `from` on
// each fact, term or source note). Run it only after bringing the translation up to date: the stamp is what tells
// the site the translation is current. `npm run check:content` then checks the translation against the English.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { loadContent } from '../src/lib/load-content.ts';
import { factHash, glossaryHash, lessonHash, quizHash, sourceNotesHash, talksHash } from '../src/lib/translation-hash.ts';

const root = process.cwd();
const { content } = loadContent(root);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run translation:stamp -- lessons/ru/<slug>.mdx quizzes/ru/<id>.yaml src/data/facts/ru/<file>.yaml …');
  process.exit(2);
}

function keyedHashes(file: string): Map<string, string> | null {
  if (file.startsWith('src/data/facts/')) return new Map(content.facts.map((f) => [f.id, factHash(f.data)]));
  if (file.startsWith('src/data/glossary/')) return new Map(content.glossary.map((g) => [g.id, glossaryHash(g.data)]));
  if (file.startsWith('src/data/sources/')) return new Map(content.sources.map((s) => [s.id, sourceNotesHash(s.data)]));
  if (file.startsWith('src/data/map/')) return new Map((content.mapData?.data.talks ?? []).map((t) => [t.id, talksHash(t)]));
  return null;
}

let failed = false;
for (const arg of files) {
  const file = relative(root, join(root, arg));
  const text = readFileSync(join(root, file), 'utf8');
  const name = basename(file).replace(/\.(mdx?|ya?ml)$/, '');
  let out: string;
  if (file.startsWith('lessons/') || file.startsWith('quizzes/')) {
    const hash = file.startsWith('lessons/')
      ? (() => {
          const english = content.lessons.find((l) => l.id === name);
          return english ? lessonHash(readFileSync(join(root, english.file), 'utf8')) : undefined;
        })()
      : (() => {
          const english = content.quizzes.find((q) => q.id === name);
          return english ? quizHash(english.data) : undefined;
        })();
    if (!hash) {
      console.error(`${file}: no English ${file.startsWith('lessons/') ? 'lesson' : 'quiz'} "${name}"`);
      failed = true;
      continue;
    }
    out = text.replace(/^translatedFrom: .*$/m, `translatedFrom: "${hash}"`);
  } else {
    const hashes = keyedHashes(file);
    if (!hashes) {
      console.error(`${file}: not a translation file (lessons/<lang>/, quizzes/<lang>/, src/data/{facts,glossary}/<lang>/, src/data/{sources,map}/<lang>.yaml)`);
      failed = true;
      continue;
    }
    let id = '';
    out = text
      .split('\n')
      .map((line) => {
        const key = /^([a-z0-9]+(?:-[a-z0-9]+)*):\s*$/.exec(line);
        if (key) id = key[1]!;
        const from = /^(\s+from:\s*).*$/.exec(line);
        if (!from) return line;
        const hash = hashes.get(id);
        if (!hash) {
          console.error(`${file}: no English item "${id}"`);
          failed = true;
          return line;
        }
        return `${from[1]}"${hash}"`;
      })
      .join('\n');
  }
  if (out !== text) writeFileSync(join(root, file), out);
  console.log(`${file}: stamped`);
}
process.exit(failed ? 1 : 0);

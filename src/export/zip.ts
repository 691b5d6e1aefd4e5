// One way to make a zip, in the build (Node) and in the teacher's browser alike: fflate, with a fixed date on
// every entry so the same content always gives the same bytes.
import { strToU8, zipSync, type Zippable } from 'fflate';

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, content] of Object.entries(files)) {
    entries[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime: FIXED_DATE, level: 9 }];
  }
  return zipSync(entries);
}

import { loadContent, type Content } from '../load-content.ts';

let cached: Content | undefined;

/** The course's content as the maps read it: loaded once per build by the same module the content rules use. */
export function courseContent(): Content {
  return (cached ??= loadContent(process.cwd()).content);
}

import type { Content } from '../lib/load-content.ts';
import type { Problem } from './problem.ts';

/**
 * A year in a lesson's prose must come from the fact dataset through `<Fact id>`, so that correcting a fact
 * corrects every lesson. Years inside quotations, link targets and components are not counted.
 */
export function validateTypedYears(content: Pick<Content, 'lessons'>): Problem[] {
  return content.lessons.flatMap((lesson) =>
    lesson.data.typedYears.map((y) => ({
      file: lesson.file,
      line: y.line,
      item: lesson.id,
      field: '(prose)',
      expected: 'years inserted from the fact dataset with <Fact id="…" />',
      found: `the year ${y.year} typed into the text`,
    })),
  );
}

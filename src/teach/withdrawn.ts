// Questions withdrawn from the course (src/data/retired-questions.yaml) can still be named by links and result
// codes handed out before. The teacher and student pages say so, with the reason, instead of "no longer exists".

/** Withdrawn question id → the reason, as a teacher can read it. */
export type Withdrawn = ReadonlyMap<string, string>;

/** Reads the site's `retired-questions.json` (a list of `{ id, quiz, reason }`); anything malformed is left out. */
export function withdrawnFrom(json: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(json)) return out;
  for (const item of json) {
    if (item && typeof item === 'object' && typeof item.id === 'string' && typeof item.reason === 'string') out.set(item.id, item.reason);
  }
  return out;
}

/** What a missing question is, in a few words: "x was withdrawn from the course (reason)" or "x no longer exists". */
export function missingQuestion(id: string, withdrawn: Withdrawn): string {
  const reason = withdrawn.get(id);
  return reason === undefined ? `${id} no longer exists on this site` : `${id} was withdrawn from the course (${reason.replace(/\.$/, '')})`;
}

/** A class-table column's question when the build no longer has it. */
export function missingPrompt(id: string, withdrawn: Withdrawn): string {
  const reason = withdrawn.get(id);
  return reason === undefined ? `${id} (no longer on this site)` : `${id} (withdrawn from the course: ${reason.replace(/\.$/, '')})`;
}

/** One note per withdrawn question in a class table, saying whose marks the table shows for it. */
export function withdrawnNotes(columnIds: readonly string[], withdrawn: Withdrawn): string[] {
  return columnIds.flatMap((id, n) => {
    const reason = withdrawn.get(id);
    return reason === undefined ? [] : [`Q${n + 1} (${id}) was withdrawn from the course after this assignment was made: ${reason.replace(/\.$/, '')}. Its marks are the ones in the students’ codes.`];
  });
}

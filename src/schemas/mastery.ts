// The default pass mark, on its own so that code in the browser (the SCORM package maker) can use it without
// bringing the quiz schema and zod along.

/** The pass mark (percent) of a quiz that names none, and of an assignment made on the teacher page. */
export const DEFAULT_MASTERY_SCORE = 60;

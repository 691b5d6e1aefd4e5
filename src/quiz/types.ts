// What a quiz page hands to the browser: each question with its labels already formatted and its key, plus the
// cited facts for feedback. Responses refer to choices by their index in this canonical order, never by their
// shuffled position, so a stored attempt stays valid whatever order it was shown in.

export interface CitedFact {
  statement: string;
  quote: string;
  source: string;
  /** Link to the source on the sources page; absent where no site is around (inside a SCORM package). */
  href?: string;
  /** The quote in the page's language, shown beside the verbatim English quote and labelled as a translation. */
  translation?: string;
}

interface Base {
  id: string;
  quiz: string;
  prompt: string;
  explanation: string;
  /** Link to the lesson section that teaches the point, when the question names one. */
  lessonHref?: string;
  facts: CitedFact[];
  /** The language of the question's words, when it differs from the page's (a question not yet translated). */
  lang?: string;
}

export type RuntimeQuestion = Base &
  (
    | { type: 'single-choice'; choices: string[]; correct: number }
    | { type: 'multiple-select'; choices: string[]; correct: number[] }
    | { type: 'true-false'; correct: boolean }
    | { type: 'numeric'; correct: number; tolerance: number; unit?: string }
    | { type: 'ordering'; items: string[] }
    | { type: 'matching'; left: string[]; right: string[] }
  );

export type QuestionType = RuntimeQuestion['type'];

/** A student's answer, by question type. Indices are canonical (see above). */
export type Response =
  | { type: 'single-choice'; choice: number }
  | { type: 'multiple-select'; choices: number[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'numeric'; value: number }
  /** Canonical item indices in the order the student put them. */
  | { type: 'ordering'; order: number[] }
  /** For each left item, the index of the right item chosen (-1 for none). */
  | { type: 'matching'; pairs: number[] };

export interface QuizSettings {
  feedback: 'immediate' | 'end';
  shuffle: boolean;
}

// An assignment travels in the fragment of its link (`/assignment/#v1.<body>.<check>`), so it never reaches a
// server. Questions are named by their stable ids (never by position in a build's list, which changes when
// content changes). Every version of the format keeps a decoder here, so old links keep working.
import { checkOf, cleanText, MAX_ID_LENGTH, pack, QUESTION_ID, unpack, type UnpackProblem } from './packing.ts';

export const LINK_PREFIX = 'v';
export const LINK_VERSION = 1;
/** Versions this build can read. */
export const LINK_VERSIONS = [1] as const;
export const MAX_LINK_LENGTH = 4000;
export const MAX_QUESTIONS = 60;
export const MAX_CLASS_LABEL = 60;
export const MAX_DUE_TEXT = 80;
const MAX_UNPACKED = 8000;

export interface Assignment {
  questionIds: string[];
  /** Slug of the lesson to link to, if any. */
  lesson: string | null;
  classLabel: string;
  due: string;
  feedback: 'immediate' | 'end';
  shuffle: boolean;
  /** Students are asked to read the lesson before answering. */
  readFirst: boolean;
}

/** Version 1 on the wire: short keys, because the link is what gets long. */
interface PayloadV1 {
  q: string[];
  l: string | null;
  c: string;
  d: string;
  f: 'i' | 'e';
  s: 0 | 1;
  r: 0 | 1;
}

export type LinkProblem = UnpackProblem | 'invalid' | 'no-questions' | 'too-many' | 'bad-id' | 'duplicate-id' | 'bad-lesson' | 'label-too-long' | 'due-too-long';


/**
 * Why a link cannot be opened is a problem code; the words for it are in each language's catalogue
 * (`islands.link`; English also as LINK_MESSAGES in messages.ts), so the student's page carries none of them.
 */
export type DecodedLink = { ok: true; assignment: Assignment; fingerprint: string; version: number } | { ok: false; problem: LinkProblem };

/** An assignment the decoder would refuse, given to the encoder (the teacher page checks first with assignmentProblem). */
export class LinkError extends Error {
  readonly problem: LinkProblem;
  constructor(problem: LinkProblem) {
    super(`Not a valid assignment: ${problem}`);
    this.problem = problem;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (problem: LinkProblem): DecodedLink => ({ ok: false, problem });

function toPayload(a: Assignment): PayloadV1 {
  return { q: a.questionIds, l: a.lesson, c: a.classLabel, d: a.due, f: a.feedback === 'end' ? 'e' : 'i', s: a.shuffle ? 1 : 0, r: a.readFirst ? 1 : 0 };
}

/** Identifies an assignment in result codes: the same questions and settings give the same fingerprint. */
export function fingerprintOf(a: Assignment): string {
  return checkOf(JSON.stringify(toPayload(a)));
}

/** Checks an assignment's fields against the rules the decoder enforces; null when fine. */
export function assignmentProblem(a: Assignment): LinkProblem | null {
  if (a.questionIds.length === 0) return 'no-questions';
  if (a.questionIds.length > MAX_QUESTIONS) return 'too-many';
  if (!a.questionIds.every((id) => id.length <= MAX_ID_LENGTH && QUESTION_ID.test(id))) return 'bad-id';
  if (new Set(a.questionIds).size !== a.questionIds.length) return 'duplicate-id';
  if (a.lesson !== null && !(a.lesson.length <= MAX_ID_LENGTH && QUESTION_ID.test(a.lesson))) return 'bad-lesson';
  if (a.classLabel.length > MAX_CLASS_LABEL) return 'label-too-long';
  if (a.due.length > MAX_DUE_TEXT) return 'due-too-long';
  return null;
}

/** The fragment (without '#') for an assignment. Throws on an assignment the decoder would refuse. */
export async function encodeAssignment(a: Assignment): Promise<string> {
  const clean = { ...a, classLabel: cleanText(a.classLabel), due: cleanText(a.due) };
  const problem = assignmentProblem(clean);
  if (problem) throw new LinkError(problem);
  return pack(LINK_PREFIX, LINK_VERSION, toPayload(clean));
}

function decodeV1(json: unknown): DecodedLink {
  if (!isObject(json)) return fail('invalid');
  const { q, l, c, d, f, s, r } = json;
  if (!Array.isArray(q) || !q.every((id) => typeof id === 'string')) return fail('invalid');
  if (!(l === null || typeof l === 'string') || typeof c !== 'string' || typeof d !== 'string') return fail('invalid');
  if ((f !== 'i' && f !== 'e') || (s !== 0 && s !== 1) || (r !== 0 && r !== 1)) return fail('invalid');
  const assignment: Assignment = { questionIds: q as string[], lesson: l, classLabel: cleanText(c), due: cleanText(d), feedback: f === 'e' ? 'end' : 'immediate', shuffle: s === 1, readFirst: r === 1 };
  const problem = assignmentProblem(assignment);
  if (problem) return fail(problem);
  return { ok: true, assignment, fingerprint: fingerprintOf(assignment), version: 1 };
}

/** One decoder per format version ever published. */
const DECODERS: Record<number, (json: unknown) => DecodedLink> = { 1: decodeV1 };

/** Reads the fragment of an assignment link (with or without its leading '#'). Never throws. */
export async function decodeAssignment(fragment: string): Promise<DecodedLink> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const unpacked = await unpack(text, LINK_PREFIX, { maxLength: MAX_LINK_LENGTH, maxUnpacked: MAX_UNPACKED, versions: LINK_VERSIONS });
  if (!unpacked.ok) return fail(unpacked.problem);
  return DECODERS[unpacked.version]!(unpacked.json);
}

/** Splits the assignment's questions into those this build has and those it no longer has. */
export function resolveQuestions(a: Assignment, known: ReadonlySet<string>): { present: string[]; missing: string[] } {
  return { present: a.questionIds.filter((id) => known.has(id)), missing: a.questionIds.filter((id) => !known.has(id)) };
}

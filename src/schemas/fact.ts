import { z } from 'astro/zod';
import { kebabId } from './source.ts';
import { factValue } from './value.ts';

export const MAX_QUOTE_WORDS = 40;

/**
 * What kind of claim a fact makes. `event`: something that happened (a meeting, a vote, a statement made);
 * `figure`: a number or amount a source reports; `judgement`: an author's interpretation, forecast, motive or
 * cause. A judgement belongs to its author: it is always shown with its source named.
 */
export const claimKinds = ['event', 'figure', 'judgement'] as const;
export type ClaimKind = (typeof claimKinds)[number];

export const topicIds = [
  'multi-vector-policy',
  'astana-process',
  'osce-chairmanship-2010',
  'nuclear-diplomacy',
  'russia-turkey-mediation',
  'south-caucasus-2024',
  'un-security-council',
] as const;

const quote = z
  .string()
  .trim()
  .min(1, { error: 'a quote that is not empty' })
  .refine((q) => q.split(/\s+/).length <= MAX_QUOTE_WORDS, {
    error: `a quote of at most ${MAX_QUOTE_WORDS} words`,
  });

const citation = z.strictObject({
  source: kebabId,
  /** Verbatim from the source; `verify:sources` checks it against the text. */
  quote,
  /** Only on disputed facts: the value this source claims. */
  value: factValue.optional(),
  /** How the value was read from the quote when it is not literal (e.g. a year taken from context). */
  note: z.string().min(1).optional(),
});

/**
 * One fact in the project's own words. An undisputed fact has one `value`; a disputed fact has none and each
 * citation carries the claim of its own source, so both claims stay on record.
 */
export const factSchema = z
  .strictObject({
    id: kebabId,
    statement: z.string().min(10),
    topics: z.array(z.enum(topicIds)).min(1),
    claim: z.enum(claimKinds),
    value: factValue.optional(),
    disputed: z.boolean().optional(),
    /** Not stated by the articles: a well-established event cited from a public document. */
    external: z.boolean().optional(),
    citations: z.array(citation).min(1),
  })
  .superRefine((fact, ctx) => {
    if (fact.disputed) {
      if (fact.value !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'no fact-level value on a disputed fact: each citation carries its own claim' });
      }
      const claims = fact.citations.filter((c) => c.value !== undefined);
      if (claims.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['citations'], message: 'at least two citations with their own value on a disputed fact' });
      }
    } else if (fact.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a typed value (or disputed: true with a value on each citation)' });
    } else {
      fact.citations.forEach((c, i) => {
        if (c.value !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['citations', i, 'value'], message: 'a citation value only on a disputed fact' });
        }
      });
    }
  });

export type Fact = z.infer<typeof factSchema>;
export type Citation = z.infer<typeof citation>;
export type TopicId = (typeof topicIds)[number];

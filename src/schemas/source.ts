import { z } from 'astro/zod';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a kebab-case id' });

/** One entry of the bibliography: an article the course draws on, or an external public document. */
export const sourceSchema = z
  .strictObject({
    id: kebabId,
    /** `article`: one of the course's source texts; `external`: a public document for a well-established event. */
    kind: z.enum(['article', 'external']),
    title: z.string().min(1),
    /** How citations name the source in running text, e.g. "CACI 2020". */
    short: z.string().min(2).max(30),
    /** How running text may name the source ("the CACI paper", "The Diplomat", "Ramani"): attribution checks accept these. */
    names: z.array(z.string().min(2)).optional(),
    author: z.string().min(1).nullable(),
    publisher: z.string().min(1).nullable(),
    /** The issuing body of an external document. */
    issuer: z.string().min(1).optional(),
    /** The document's own date. A lesson's "sources end in …" note reads it, so a continually updated page (dated by
     *  the day it was read) would push a lesson's story past what it covers: cite a dated document instead. */
    published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD' }),
    url: z.url().nullable(),
    /** The text file that `verify:sources` checks quotes against; null for external documents. */
    file: z.string().min(1).nullable(),
    notes: z.string().min(1).nullable(),
  })
  .refine((s) => s.kind !== 'external' || (s.url !== null && s.issuer !== undefined), {
    error: 'an external document needs its issuer and a URL',
  });

export type Source = z.infer<typeof sourceSchema>;
export { kebabId };

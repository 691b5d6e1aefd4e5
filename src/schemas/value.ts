import { z } from 'astro/zod';

/** A calendar date whose precision is its format: "2010" (year), "2010-06" (month), "2010-06-15" (day). */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  });

const dateValue = z.strictObject({ kind: z.literal('date'), date: partialDate });

const dateRangeValue = z
  .strictObject({ kind: z.literal('date-range'), start: partialDate, end: partialDate })
  .refine((v) => v.start.length === v.end.length, { error: 'start and end written with the same precision' })
  .refine((v) => v.start <= v.end, { error: 'a range whose start is not after its end' });

const numberValue = z.strictObject({
  kind: z.literal('number'),
  amount: z.number(),
  unit: z.string().min(1),
  /** The source says "about", "some", "nearly". */
  approximate: z.boolean().optional(),
});

const actorsValue = z.strictObject({
  kind: z.literal('actors'),
  actors: z.array(z.string().min(1)).min(1),
});

const placeValue = z.strictObject({
  kind: z.literal('place'),
  name: z.string().min(1),
  country: z.string().min(1).optional(),
});

const termValue = z.strictObject({
  kind: z.literal('term'),
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
});

/** The typed value a fact asserts: what a quiz key is checked against. */
export const factValue = z.discriminatedUnion('kind', [
  dateValue,
  dateRangeValue,
  numberValue,
  actorsValue,
  placeValue,
  termValue,
]);

export type FactValue = z.infer<typeof factValue>;
export type PartialDate = z.infer<typeof partialDate>;

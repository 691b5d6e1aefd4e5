import { z } from 'astro/zod';

const point = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/**
 * One gazetteer entry (`src/data/places.yaml`): a place that fact values name, where it is, and the public
 * gazetteer entry that says so. What kind of place it is comes from the names table, not from here.
 */
export const placeSchema = z.strictObject({
  /** Exactly as fact values write it. */
  name: z.string().min(1),
  /** A point for the map: the place itself, or for a state a point inside it. Absent only for regions too large to mark. */
  at: point.optional(),
  /** A state's ISO 3166-1 numeric code: which Natural Earth shape is the state. */
  iso: z.string().regex(/^\d{3}$/, { error: 'an ISO 3166-1 numeric code of three digits' }).optional(),
  /** A border: the two states whose shared boundary it is (it is drawn as that line, on neither side). */
  between: z.tuple([z.string().min(1), z.string().min(1)]).optional(),
  /** The public gazetteer entry for the place. */
  gazetteer: z.strictObject({
    issuer: z.string().min(1),
    url: z.url(),
    /** Where the point comes from when it is not the entry's own coordinates. */
    note: z.string().min(1).optional(),
  }),
});

export type Place = z.infer<typeof placeSchema>;

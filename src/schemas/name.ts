import { z } from 'astro/zod';

/** What a name in a fact value stands for. The place kinds are the ones the gazetteer must locate. */
export const nameKinds = ['state', 'city', 'region', 'border', 'site', 'person', 'organisation', 'group', 'armed group'] as const;
export const placeKinds = ['state', 'city', 'region', 'border', 'site'] as const;
export type NameKind = (typeof nameKinds)[number];
export type PlaceKind = (typeof placeKinds)[number];

/** One row of a names table (`src/data/names/<lang>.yaml`): a name as fact values write it, and what it is. */
export const nameSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(nameKinds),
  /** English needs "the" before it ("the United States"). */
  article: z.literal('the').optional(),
});

export type NameEntry = z.infer<typeof nameSchema>;

export function isPlaceKind(kind: NameKind): kind is PlaceKind {
  return (placeKinds as readonly string[]).includes(kind);
}

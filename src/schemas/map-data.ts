import { z } from 'astro/zod';
import { kebabId } from './source.ts';

/** The roles a state can have in the talks the course tells, as the maps shade them. */
export const mapRoles = ['host', 'party', 'sponsor', 'observer'] as const;
export type MapRole = (typeof mapRoles)[number];

/**
 * What the maps draw beyond the gazetteer (`src/data/map.yaml`). Nothing here is a fact: roles name the facts whose
 * values give the states (so correcting a fact corrects the map), and each set of talks names the facts that tell it.
 */
export const mapDataSchema = z.strictObject({
  /** For each role, the facts whose actors (or, for a place value, its state) take that role. */
  roles: z.strictObject({
    host: z.array(kebabId).default([]),
    party: z.array(kebabId).default([]),
    sponsor: z.array(kebabId).default([]),
    observer: z.array(kebabId).default([]),
  }),
  talks: z.array(
    z.strictObject({
      id: kebabId,
      /** How the list names the talks ("Talks on Iran's nuclear programme"). */
      title: z.string().min(3),
      /** A short name for the map's label ("Iran talks"). */
      short: z.string().min(3).max(32),
      /** The venue: a place of the gazetteer. */
      at: z.string().min(1),
      /** Facts that tell these talks: the first is the one whose lesson section the mark links to; dated ones give the dates. */
      facts: z.array(kebabId).min(1),
    }),
  ),
});

export type MapData = z.infer<typeof mapDataSchema>;
export type TalksEntry = MapData['talks'][number];

// The maps' words in a language, from its catalogue (the shape the map components take: src/components/maps/map-text.ts).
import type { MapText } from '../components/maps/map-text.ts';
import type { Messages } from './messages/index.ts';
import { fill } from './text.ts';

export function mapText(t: Messages): MapText {
  const m = t.map;
  return {
    roles: m.roles,
    named: m.named,
    hostedVenue: m.hostedVenue,
    otherVenue: m.otherVenue,
    hostedByKazakhstan: m.hostedByKazakhstan,
    heldElsewhere: m.heldElsewhere,
    place: m.place,
    site: m.site,
    border: m.border,
    legend: m.legend,
    venuesHeading: m.venuesHeading,
    statesHeading: m.statesHeading,
    placesHeading: m.placesHeading,
    offMap: (names) => fill(m.offMap, { names }),
    noDate: m.noDate,
    inLesson: (title) => fill(m.inLesson, { title }),
    and: m.and,
  };
}

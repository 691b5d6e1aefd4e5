// The words the maps use, in one place, so pages in other languages can pass their own.
import type { MapRole } from '../../schemas/map-data';

export interface MapText {
  roles: Record<MapRole, string>;
  /** A state the course names with no role in the talks. */
  named: string;
  hostedVenue: string;
  otherVenue: string;
  /** In the list of venues, after the place's name. */
  hostedByKazakhstan: string;
  heldElsewhere: string;
  place: string;
  site: string;
  border: string;
  legend: string;
  venuesHeading: string;
  statesHeading: string;
  placesHeading: string;
  offMap: (names: string) => string;
  noDate: string;
  inLesson: (title: string) => string;
  /** Joins two dates of one set of talks. */
  and?: string;
}

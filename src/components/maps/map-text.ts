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

export const MAP_TEXT_EN: MapText = {
  roles: { host: 'Host', party: 'Party to the talks', sponsor: 'Sponsor (guarantor)', observer: 'Observer' },
  named: 'Named in the course',
  hostedVenue: 'Talks hosted by Kazakhstan',
  otherVenue: 'Talks held elsewhere',
  hostedByKazakhstan: 'hosted by Kazakhstan',
  heldElsewhere: 'held elsewhere',
  place: 'Other place in the lessons',
  site: 'Site',
  border: 'Border',
  legend: 'Key',
  venuesHeading: 'Where the talks were held',
  statesHeading: 'States by role',
  placesHeading: 'Other places',
  offMap: (names) => `Beyond the map: ${names}.`,
  noDate: 'no date in the dataset',
  inLesson: (title) => `in “${title}”`,
};

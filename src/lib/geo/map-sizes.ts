import type { MapSize } from './map-layout.ts';

/**
 * The pictures the site draws. The course map is laid out twice: for phones (328 units wide = the text column at a
 * 360 px screen, so a unit is a CSS pixel there) and for wide screens (1000 units, shown at 736–1056 px, so its
 * 15-unit text is 11–16 px and a 33-unit link line stays above 24 px). The locator is shown at 320 px at most.
 */
export const COURSE_MAP_SIZES = {
  narrow: { width: 328, height: 330, fontSize: 12, lineHeight: 24, minStep: 1.5, compact: true },
  wide: { width: 1000, height: 600, fontSize: 15, lineHeight: 33, minStep: 2 },
} satisfies Record<string, MapSize>;

export const LOCATOR_SIZE: MapSize = { width: 320, height: 240, fontSize: 12, lineHeight: 24, minStep: 1.2, compact: true };

import type { MapModel } from './course-map.ts';
import { COURSE_REGION, type GeoBox } from './projection.ts';

/**
 * The part of the region a lesson's locator map shows: its venues, places and role-holding states with a margin,
 * never narrower than a country or two, never beyond the course region.
 */
export function locatorBox(model: MapModel, minLon = 24, minLat = 14): GeoBox {
  const inRegion = (lon: number, lat: number) => lon >= COURSE_REGION.west && lon <= COURSE_REGION.east && lat >= COURSE_REGION.south && lat <= COURSE_REGION.north;
  const points = [
    ...model.venues.map((v) => [v.lon, v.lat] as const),
    ...model.places.map((p) => [p.lon, p.lat] as const),
    ...model.states.filter((s) => s.roles.length > 0).map((s) => [s.lon, s.lat] as const),
  ].filter(([lon, lat]) => inRegion(lon, lat));
  if (points.length === 0) return COURSE_REGION;
  let west = Math.min(...points.map((p) => p[0])) - 5;
  let east = Math.max(...points.map((p) => p[0])) + 5;
  let south = Math.min(...points.map((p) => p[1])) - 4;
  let north = Math.max(...points.map((p) => p[1])) + 4;
  if (east - west < minLon) [west, east] = [(west + east - minLon) / 2, (west + east + minLon) / 2];
  if (north - south < minLat) [south, north] = [(south + north - minLat) / 2, (south + north + minLat) / 2];
  return {
    west: Math.max(west, COURSE_REGION.west),
    east: Math.min(east, COURSE_REGION.east),
    south: Math.max(south, COURSE_REGION.south),
    north: Math.min(north, COURSE_REGION.north),
  };
}

/** A lesson gets a locator map when its facts name anything the map can draw. */
export function drawsLocator(model: MapModel): boolean {
  return model.venues.length > 0 || model.places.length > 0 || model.states.length > 0;
}

import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';

/** A box on the globe, in degrees. */
export interface GeoBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The course's region: from Geneva to western China, from the Levant to north of Astana. */
export const COURSE_REGION: GeoBox = { west: 3, east: 92, south: 29, north: 56 };

/** The outline of a box, densified along its parallels so a conic projection fits its curved edges. */
export function boxOutline(box: GeoBox): Feature<Polygon> {
  const ring: [number, number][] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) ring.push([box.west + ((box.east - box.west) * i) / steps, box.south]);
  for (let i = 0; i <= steps; i++) ring.push([box.east - ((box.east - box.west) * i) / steps, box.north]);
  ring.push(ring[0]!);
  // d3-geo wants the exterior ring clockwise on the sphere: south edge west→east, then north edge east→west.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/**
 * A conformal conic projection for a box (shapes keep their look, which suits a map read for "where"), fitted to the
 * full width of a `width` × `height` picture with `pad` pixels kept free at the sides; a taller picture shows more to
 * the north and south instead of stretching.
 */
export function fitProjection(box: GeoBox, width: number, height: number, pad = 0): GeoProjection {
  const midLon = (box.west + box.east) / 2;
  const span = box.north - box.south;
  const projection = geoConicConformal()
    .rotate([-midLon, 0])
    .parallels([box.south + span / 4, box.north - span / 4])
    .precision(0.2);
  const outline = boxOutline(box);
  projection.fitExtent([[pad, pad], [width - pad, height - pad]], outline);
  return projection.clipExtent([[0, 0], [width, height]]);
}

/** Projects a point; null when it falls outside the picture. */
export function projectInside(projection: GeoProjection, lon: number, lat: number, width: number, height: number): [number, number] | null {
  const p = projection([lon, lat]);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return null;
  return p;
}

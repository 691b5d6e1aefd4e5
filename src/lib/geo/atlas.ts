import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';

/** Natural Earth admin-0 countries at 1:50 million (the `world-atlas` TopoJSON), read once at build time. */
type Countries = GeometryCollection<{ name: string }>;
export type WorldTopology = Topology<{ countries: Countries; land: GeometryCollection }>;
let cached: WorldTopology | null = null;

export function topology(): WorldTopology {
  if (!cached) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    cached = JSON.parse(readFileSync(path, 'utf8')) as WorldTopology;
  }
  return cached;
}

export type CountryFeature = Feature<Geometry, { name: string }> & { id: string };

/** Every country shape, with its ISO 3166-1 numeric code as `id`. */
export function countries(): CountryFeature[] {
  const t = topology();
  return (feature(t, t.objects.countries) as FeatureCollection<Geometry, { name: string }>).features.filter((f): f is CountryFeature => typeof f.id === 'string');
}

/** The line two countries share (their common border), or null when they do not touch; from `t` when given. */
export function sharedBorder(isoA: string, isoB: string, t: WorldTopology = topology()): MultiLineString | null {
  const line = mesh(t, t.objects.countries, (a, b) => (a.id === isoA && b.id === isoB) || (a.id === isoB && b.id === isoA));
  return line.coordinates.length > 0 ? line : null;
}

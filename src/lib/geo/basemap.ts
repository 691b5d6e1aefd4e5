// The basemap: the country shapes every map of the course draws, projected once, simplified to what shows at the
// sizes they are drawn, and written as one SVG file that each map references (`<use href="…/basemap.svg#c398">`).
// A page then carries only its own labels and marks; the shapes are downloaded and cached once for the whole site.
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { FeatureCollection, Geometry } from 'geojson';
import { topology, type CountryFeature, type WorldTopology } from './atlas.ts';
import { boxOutline, COURSE_REGION, fitProjection, type GeoBox } from './projection.ts';
import { svgPath } from './svg-path.ts';

/** Where the build writes the basemap, under the site's base path. */
export const BASEMAP_FILE = 'maps/basemap.svg';

/**
 * The basemap's own units: the course region fitted to the width of a 1000-unit picture (the wide course map, which
 * therefore draws it unscaled). Every other picture is this projection scaled and shifted, so one set of shapes
 * serves them all.
 */
export const BASEMAP_WIDTH = 1000;
const BASEMAP_HEIGHT = 600;

/**
 * Visvalingam simplification threshold, in square pixels of the picture that shows a point largest: a point whose
 * triangle with its neighbours is smaller there is left out. Below 2 px² the shapes look the same on a phone's
 * screen and in print; the file grows by a third.
 */
export const SIMPLIFY_AREA = 2;

/** The unclipped projection of the basemap's units. */
export function basemapProjection(): GeoProjection {
  return fitProjection(COURSE_REGION, BASEMAP_WIDTH, BASEMAP_HEIGHT).clipExtent(null);
}

/** A picture as a scaled and shifted basemap: picture point = basemap point × k + (tx, ty). */
export interface MapView {
  width: number;
  height: number;
  k: number;
  tx: number;
  ty: number;
}

/**
 * The view that fits a box on the globe into a `width` × `height` picture: as large as fits, centred (the same rule
 * as d3's fitExtent, applied to the basemap's projection so that the shapes can be shared).
 */
export function fitView(box: GeoBox, width: number, height: number): MapView {
  const [[x0, y0], [x1, y1]] = geoPath(basemapProjection()).bounds(boxOutline(box));
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  return { width, height, k, tx: (width - k * (x1 - x0)) / 2 - k * x0, ty: (height - k * (y1 - y0)) / 2 - k * y0 };
}

/** The projection of a view's picture, clipped to it: what places marks and labels in line with the basemap. */
export function viewProjection(view: MapView): GeoProjection {
  const p = basemapProjection();
  const [a, b] = p.translate();
  return p.scale(p.scale() * view.k).translate([a * view.k + view.tx, b * view.k + view.ty]).clipExtent([[0, 0], [view.width, view.height]]);
}

/** The SVG transform that draws basemap units in a view's picture. */
export function viewTransform(view: MapView): string {
  const n = (v: number) => String(Math.round(v * 10000) / 10000);
  return `matrix(${n(view.k)} 0 0 ${n(view.k)} ${n(view.tx)} ${n(view.ty)})`;
}

/** What the views show, in basemap units, with a margin: the basemap draws nothing outside it. */
export function basemapExtent(views: readonly MapView[], margin = 4): [[number, number], [number, number]] {
  const xs = views.flatMap((v) => [-v.tx / v.k, (v.width - v.tx) / v.k]);
  const ys = views.flatMap((v) => [-v.ty / v.k, (v.height - v.ty) / v.k]);
  return [
    [Math.floor(Math.min(...xs)) - margin, Math.floor(Math.min(...ys)) - margin],
    [Math.ceil(Math.max(...xs)) + margin, Math.ceil(Math.max(...ys)) + margin],
  ];
}

/** The largest scale at which any of `views` shows a basemap point (0 where none shows it). */
function scaleAt(views: readonly MapView[], x: number, y: number): number {
  let k = 0;
  for (const v of views) {
    const px = x * v.k + v.tx;
    const py = y * v.k + v.ty;
    if (v.k > k && px >= -2 && py >= -2 && px <= v.width + 2 && py <= v.height + 2) k = v.k;
  }
  return k;
}

/**
 * Natural Earth's countries simplified for `views`: each point weighs its triangle's area in pixels of the picture
 * that shows it largest, so detail no picture can show is dropped. Topology is kept: neighbours share one
 * simplified border, so no gap or overlap opens between them.
 */
export function simplifiedTopology(views: readonly MapView[]): WorldTopology {
  const p = basemapProjection();
  const weight = (t: [number, number][]) => {
    const [a, b, c] = t.map((q) => p(q));
    // A point the projection cannot place is kept; clipping removes it if no picture shows it.
    if (!a || !b || !c) return Infinity;
    const k = Math.max(scaleAt(views, a[0], a[1]), scaleAt(views, b[0], b[1]), scaleAt(views, c[0], c[1]));
    return k * k * Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
  };
  return simplify(presimplify(topology(), weight as never), SIMPLIFY_AREA) as WorldTopology;
}

/** The simplified country shapes, with their ISO 3166-1 numeric codes as `id`. */
export function simplifiedCountries(views: readonly MapView[]): CountryFeature[] {
  const t = simplifiedTopology(views);
  return (feature(t, t.objects.countries) as FeatureCollection<Geometry, { name: string }>).features.filter((f): f is CountryFeature => typeof f.id === 'string');
}

/** The id of a state's shape in the basemap. */
export const shapeId = (iso: string) => `c${iso}`;
/** The id of every other country, drawn as one shape. */
export const REST_ID = 'rest';

/**
 * The basemap file: one shape per state the course names (`c` + ISO code) and one for every other country (`rest`),
 * in basemap units, clipped to what `views` show. Shapes carry no colour: a map's `<use>` gives fill and stroke
 * (light, dark and print), and strokes keep their width however a picture scales the shapes.
 */
export function basemapSvg(stateIsos: readonly string[], views: readonly MapView[]): string {
  const projection = basemapProjection().clipExtent(basemapExtent(views));
  const named = new Set(stateIsos);
  const shapes = simplifiedCountries(views);
  const rest = shapes.filter((c) => !named.has(c.id)).map((c) => svgPath(projection, c)).join('');
  const paths = [
    `<path id="${REST_ID}" d="${rest}"/>`,
    ...[...named].sort().map((iso) => {
      const shape = shapes.find((c) => c.id === iso);
      if (!shape) throw new Error(`The basemap has no Natural Earth shape with the code ${iso}.`);
      return `<path id="${shapeId(iso)}" d="${svgPath(projection, shape)}"/>`;
    }),
  ];
  // vector-effect on each shape: a `<use>` in another document cannot reach it with the page's stylesheet.
  return `<svg xmlns="http://www.w3.org/2000/svg"><defs>${paths.map((p) => p.replace('<path ', '<path vector-effect="non-scaling-stroke" ')).join('')}</defs></svg>\n`;
}

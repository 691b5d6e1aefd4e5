import { describe, expect, it } from 'vitest';
import { mesh } from 'topojson-client';
import { basemapExtent, basemapProjection, basemapSvg, fitView, simplifiedCountries, simplifiedTopology, viewProjection, type MapView } from '../../src/lib/geo/basemap.ts';
import { basemapStates, courseMapViews } from '../../src/lib/geo/course-basemap.ts';
import { countries } from '../../src/lib/geo/atlas.ts';
import { COURSE_MAP_SIZES, LOCATOR_SIZE } from '../../src/lib/geo/map-sizes.ts';
import { COURSE_REGION } from '../../src/lib/geo/projection.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { buildMapModel } from '../../src/lib/geo/course-map.ts';
import { layoutMap } from '../../src/lib/geo/map-layout.ts';
import { drawsLocator, locatorBox } from '../../src/lib/geo/locator.ts';

const { content } = loadContent(new URL('../..', import.meta.url).pathname);
const views = courseMapViews(content);
const astana: [number, number] = [71.44598, 51.1801];

describe('views of the basemap', () => {
  it('the wide course map is the basemap unscaled; the phone map the same region scaled to its width', () => {
    const wide = fitView(COURSE_REGION, 1000, 600);
    expect(wide.k).toBeCloseTo(1, 6);
    expect(wide.tx).toBeCloseTo(0, 6);
    expect(wide.ty).toBeCloseTo(0, 6);
    const narrow = fitView(COURSE_REGION, 328, 330);
    expect(narrow.k).toBeCloseTo(0.328, 6);
    expect(narrow.ty).toBeGreaterThan(0); // the taller picture shows more to the north and south
  });
  it('places a point where the basemap’s shapes put it: picture = basemap × k + shift', () => {
    for (const view of views) {
      const [bx, by] = basemapProjection()(astana)!;
      const p = viewProjection(view)(astana)!;
      expect(p[0]).toBeCloseTo(bx * view.k + view.tx, 6);
      expect(p[1]).toBeCloseTo(by * view.k + view.ty, 6);
    }
  });
  it('was made for every picture the pages draw: the course map at both sizes and every lesson’s locator', () => {
    const drawn = [
      ...Object.values(COURSE_MAP_SIZES).map((size) => layoutMap(buildMapModel(content), COURSE_REGION, size).view),
      ...content.lessons.map((l) => buildMapModel(content, { lesson: l.id })).filter(drawsLocator).map((m) => layoutMap(m, locatorBox(m), LOCATOR_SIZE).view),
    ];
    expect(drawn).toEqual(views);
    const [[x0, y0], [x1, y1]] = basemapExtent(views);
    for (const v of drawn) {
      expect(-v.tx / v.k).toBeGreaterThanOrEqual(x0);
      expect(-v.ty / v.k).toBeGreaterThanOrEqual(y0);
      expect((v.width - v.tx) / v.k).toBeLessThanOrEqual(x1);
      expect((v.height - v.ty) / v.k).toBeLessThanOrEqual(y1);
    }
  });
});

describe('simplified shapes', () => {
  const pointsOf = (iso: string, list = simplifiedCountries(views)) => JSON.stringify(list.find((c) => c.id === iso)!.geometry).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.length;
  it('keep far fewer points than Natural Earth’s 1:50m shapes', () => {
    const full = JSON.stringify(countries().find((c) => c.id === '398')!.geometry).match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!.length;
    expect(pointsOf('398')).toBeLessThan(full * 0.5);
    expect(pointsOf('398')).toBeGreaterThan(40);
  });
  it('drop detail that only a smaller picture shows', () => {
    const phoneOnly: MapView[] = [fitView(COURSE_REGION, COURSE_MAP_SIZES.narrow.width, COURSE_MAP_SIZES.narrow.height)];
    const withLocator: MapView[] = [...phoneOnly, fitView({ west: 60, east: 84, south: 40, north: 54 }, LOCATOR_SIZE.width, LOCATOR_SIZE.height)];
    expect(pointsOf('398', simplifiedCountries(phoneOnly))).toBeLessThan(pointsOf('398', simplifiedCountries(withLocator)) * 0.7);
  });
  it('keep topology: neighbours share one simplified border, so no gap opens between them', () => {
    const t = simplifiedTopology(views);
    const border = mesh(t, t.objects.countries, (a, b) => (a.id === '398' && b.id === '643') || (a.id === '643' && b.id === '398'));
    const key = (p: number[]) => `${p[0]},${p[1]}`;
    const vertices = (iso: string) => new Set(JSON.stringify(simplifiedCountries(views).find((c) => c.id === iso)!.geometry).match(/-?[\d.e-]+,-?[\d.e-]+/g));
    const kz = vertices('398');
    const ru = vertices('643');
    const points = border.coordinates.flat();
    expect(points.length).toBeGreaterThan(20);
    for (const p of points) {
      expect(kz.has(key(p))).toBe(true);
      expect(ru.has(key(p))).toBe(true);
    }
  });
});

describe('the basemap file', () => {
  const svg = basemapSvg(basemapStates(content), views);
  it('has a shape of its own for every state the course names, and one for all other countries', () => {
    const ids = [...svg.matchAll(/<path [^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['rest', ...basemapStates(content).map((iso) => `c${iso}`)]);
    expect(ids).toContain('c398');
  });
  it('draws in whole units with relative steps, and strokes that keep their width when a picture scales it', () => {
    const d = svg.match(/id="c398" d="([^"]+)"/)![1]!;
    expect(d).toMatch(/^M-?\d+ -?\d+l/);
    expect(d).not.toMatch(/\.\d/);
    expect((svg.match(/vector-effect="non-scaling-stroke"/g) ?? []).length).toBe(basemapStates(content).length + 1);
  });
  it('stays small: well under what the pages drew inline', () => {
    expect(svg.length).toBeLessThan(40_000);
  });
  it('refuses a state with no Natural Earth shape, naming its code', () => {
    expect(() => basemapSvg(['398', '999'], views)).toThrow('The basemap has no Natural Earth shape with the code 999.');
  });
});

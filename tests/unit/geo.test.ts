import { describe, expect, it } from 'vitest';
import { geoContains, geoPath } from 'd3-geo';
import { fitProjection, projectInside, COURSE_REGION } from '../../src/lib/geo/projection.ts';
import { svgPath } from '../../src/lib/geo/svg-path.ts';
import { overlaps, placeLabels, textWidth, type LabelRequest } from '../../src/lib/geo/labels.ts';
import { layoutMap, type MapSize } from '../../src/lib/geo/map-layout.ts';
import { buildMapModel } from '../../src/lib/geo/course-map.ts';
import { COURSE_MAP_SIZES, LOCATOR_SIZE } from '../../src/lib/geo/map-sizes.ts';
import { countries } from '../../src/lib/geo/atlas.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { locatorBox } from '../../src/lib/geo/locator.ts';

const { content } = loadContent(new URL('../..', import.meta.url).pathname);

describe('projection', () => {
  const p = fitProjection(COURSE_REGION, 1000, 600);
  it('puts Geneva in the west, western China in the east, north up', () => {
    const geneva = projectInside(p, 6.14569, 46.20222, 1000, 600)!;
    const almaty = projectInside(p, 76.92848, 43.25654, 1000, 600)!;
    const astana = projectInside(p, 71.44598, 51.1801, 1000, 600)!;
    expect(geneva[0]).toBeLessThan(200);
    expect(almaty[0]).toBeGreaterThan(700);
    expect(astana[1]).toBeLessThan(almaty[1]);
    expect(projectInside(p, 92, 42, 1000, 600)).not.toBeNull();
  });
  it('fits the region to the width, and a taller picture shows more instead of stretching', () => {
    const tall = fitProjection(COURSE_REGION, 1000, 900);
    expect(tall.scale()).toBeCloseTo(p.scale(), 0);
    expect(projectInside(p, 100, 61, 1000, 600)).toBeNull();
  });
});

describe('compact SVG paths', () => {
  const p = fitProjection(COURSE_REGION, 1000, 600);
  const kz = countries().find((c) => c.id === '398')!;
  it('rounds to the grid and uses relative steps', () => {
    const d = svgPath(p, kz, 0, 0);
    expect(d).toMatch(/^M\d+ \d+l/);
    expect(d).not.toMatch(/\.\d/);
  });
  it('drops points closer than the minimum step, so the page stays small', () => {
    expect(svgPath(p, kz, 0, 2).length).toBeLessThan(svgPath(p, kz, 0, 0).length * 0.7);
  });
  it('writes each run of steps with one command letter, and reads back to the same points', () => {
    const d = svgPath(p, kz, 0, 0);
    // Absolute points from the compact path: M x y, then relative steps whose letter repeats implicitly.
    const points: [number, number][] = [];
    for (const [, cmd, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
      const n = (args!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      if (cmd === 'M') points.push([n[0]!, n[1]!]);
      for (let i = 0; cmd === 'l' && i < n.length; i += 2) {
        const [x, y] = points.at(-1)!;
        points.push([x + n[i]!, y + n[i + 1]!]);
      }
    }
    const expected: [number, number][] = [];
    geoPath(p, { moveTo: (x: number, y: number) => expected.push([Math.round(x), Math.round(y)]), lineTo: (x: number, y: number) => { const q: [number, number] = [Math.round(x), Math.round(y)]; const last = expected.at(-1)!; if (q[0] !== last[0] || q[1] !== last[1]) expected.push(q); }, closePath: () => {}, arc: () => {} } as unknown as CanvasRenderingContext2D)(kz);
    expect(points).toEqual(expected);
    expect((d.match(/l/g) ?? []).length).toBe((d.match(/M/g) ?? []).length);
  });
  it('draws nothing for a shape outside the picture', () => {
    expect(svgPath(p, countries().find((c) => c.id === '840')!, 0, 0)).toBe('');
  });
});

describe('the gazetteer against Natural Earth', () => {
  const shapes = new Map(countries().map((c) => [c.id, c]));
  it('has each state’s point inside its own shape', () => {
    for (const place of content.places.filter((p) => p.data.iso)) {
      const shape = shapes.get(place.data.iso!);
      expect(shape, place.id).toBeDefined();
      expect(geoContains(shape!, [place.data.at!.lon, place.data.at!.lat]), place.id).toBe(true);
    }
  });
  it('has each city inside the state its facts give it', () => {
    const kz = shapes.get('398')!;
    for (const city of ['Almaty', 'Astana', 'Semipalatinsk']) {
      const at = content.places.find((p) => p.id === city)!.data.at!;
      expect(geoContains(kz, [at.lon, at.lat]), city).toBe(true);
    }
  });
});

describe('label placement', () => {
  const req = (id: string, x: number, y: number, priority = 0, optional = false): LabelRequest => ({ id, anchor: [x, y], w: 60, h: 20, priority, mode: 'point', optional });
  it('places labels of close points without overlap, inside the picture, off the marks', () => {
    const marks = [[50, 50], [58, 52], [54, 60]] as const;
    const obstacles = marks.map(([x, y]) => ({ x: x - 5, y: y - 5, w: 10, h: 10 }));
    const { placed } = placeLabels(marks.map(([x, y], i) => req(`p${i}`, x, y)), { width: 200, height: 120, obstacles, markRadius: 5, gap: 2 });
    expect(placed).toHaveLength(3);
    for (const a of placed) {
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.w).toBeLessThanOrEqual(200);
      for (const o of obstacles) expect(overlaps(a.box, o)).toBe(false);
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });
  it('drops an optional label with no room, and refuses to drop a required one', () => {
    const tiny = { width: 70, height: 24, obstacles: [], markRadius: 5, gap: 2 };
    expect(placeLabels([req('a', 35, 12, 0, true)], tiny).dropped).toEqual(['a']);
    expect(() => placeLabels([req('a', 35, 12)], tiny)).toThrow(/No room for the label "a"/);
  });
  it('estimates text wider for capitals than for lower case', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
  });
});

/** Every pair of drawn labels, and every label against every mark, must keep apart. */
function collisions(map: ReturnType<typeof layoutMap>): string[] {
  const found: string[] = [];
  map.labels.forEach((a, i) => {
    map.labels.slice(i + 1).forEach((b) => {
      if (overlaps(a.box, b.box)) found.push(`${a.id} × ${b.id}`);
    });
    for (const m of map.marks) if (overlaps(a.box, { x: m.x - 5, y: m.y - 5, w: 10, h: 10 })) found.push(`${a.id} × mark ${m.name}`);
    if (a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.w > map.width || a.box.y + a.box.h > map.height) found.push(`${a.id} outside`);
  });
  return found;
}

describe('the course’s places, laid out at both widths', () => {
  const model = buildMapModel(content);
  for (const [name, size] of Object.entries(COURSE_MAP_SIZES)) {
    it(`${name} (${size.width} units): no two labels overlap, every venue, talk and place is labelled`, { timeout: 20_000 }, () => {
      const map = layoutMap(model, COURSE_REGION, size);
      expect(collisions(map)).toEqual([]);
      const ids = map.labels.map((l) => l.id);
      for (const v of model.venues) expect(ids).toContain(`venue:${v.place}`);
      if ((size as MapSize).compact) for (const v of model.venues) for (const t of v.talks) expect(ids).toContain(`talk:${t.id}`);
      for (const p of model.places.filter((x) => x.link)) expect(ids).toContain(`place:${p.name}`);
      // Link lines are at least 24 CSS px tall where the picture is smallest.
      const minShown = name === 'narrow' ? 328 : 736;
      expect((size.lineHeight * minShown) / size.width).toBeGreaterThanOrEqual(24);
    });
  }
  it('the phone map’s text is legible at 360 px: at least 12 px with one unit per CSS pixel', () => {
    expect(COURSE_MAP_SIZES.narrow.width).toBe(328);
    expect(COURSE_MAP_SIZES.narrow.fontSize).toBeGreaterThanOrEqual(12);
  });
  it('a venue in Kazakhstan is drawn as hosted even where the lesson’s talks facts do not name its country', () => {
    const astana = buildMapModel(content, { lesson: 'astana-process' }).venues.find((v) => v.place === 'Astana');
    expect(astana?.talks.map((t) => t.id)).toContain('astana-talks-syria');
    expect(astana?.hosted).toBe(true);
    expect(buildMapModel(content, { lesson: 'astana-process' }).venues.find((v) => v.place === 'Geneva')?.hosted).toBe(false);
  });
  it('joins a venue’s dates in the page’s language in its labels’ descriptions', () => {
    const twoDates = (map: ReturnType<typeof layoutMap>) => map.labels.flatMap((l) => l.lines.flatMap((line) => line.description ?? [])).filter((d) => d.includes(', ') && /\d.* (and|және) .*\d/.test(d));
    expect(twoDates(layoutMap(model, COURSE_REGION, COURSE_MAP_SIZES.wide)).length).toBeGreaterThan(0);
    const kk = twoDates(layoutMap(model, COURSE_REGION, COURSE_MAP_SIZES.wide, ' және '));
    expect(kk.length).toBeGreaterThan(0);
    for (const d of kk) expect(d).not.toMatch(/ and /);
  });
  it('each lesson’s locator map has its labels apart too', () => {
    for (const lesson of content.lessons) {
      const m = buildMapModel(content, { lesson: lesson.id });
      const map = layoutMap(m, locatorBox(m), LOCATOR_SIZE);
      expect(collisions(map), lesson.id).toEqual([]);
    }
  }, 30_000);
});

// Lays a map model out for one picture size: projected shapes, marks and non-colliding labels, all in SVG units.
import { geoPath } from 'd3-geo';
import { countries, sharedBorder } from './atlas.ts';
import { projectInside, type GeoBox } from './projection.ts';
import { fitView, viewProjection, type MapView } from './basemap.ts';
import { svgPath } from './svg-path.ts';
import { placeLabels, textWidth, type Box, type LabelRequest } from './labels.ts';
import type { MapModel, SectionLink } from './course-map.ts';
import type { MapRole } from '../../schemas/map-data.ts';
import type { NameKind } from '../../schemas/name.ts';

export interface MapSize {
  width: number;
  height: number;
  /** Label text size, in SVG units (= CSS pixels when the picture is shown at this width). */
  fontSize: number;
  /** Height of a link's line: at least 24 CSS px at the smallest width the picture is shown at (WCAG target size). */
  lineHeight: number;
  /** Shapes: pixels below which points are merged. */
  minStep: number;
  /** A small picture: each set of talks is a numbered mark beside its venue, told in full in the key. */
  compact?: boolean;
}

export interface LabelLine {
  text: string;
  /** A link's target; absent for a plain line (a venue's name). */
  link?: SectionLink;
  /** How the line reads to a screen reader when it is a link ("Almaty: Iran nuclear talks, 2013"). */
  description?: string;
  bold?: boolean;
}

export interface DrawnLabel {
  id: string;
  kind: 'venue' | 'talk' | 'place' | 'state';
  box: Box;
  leader: [number, number, number, number] | null;
  lines: LabelLine[];
  /** The box lies to the left of its anchor: its lines are right-aligned, towards the mark. */
  alignEnd: boolean;
}

export interface DrawnMark {
  name: string;
  x: number;
  y: number;
  symbol: 'hosted-venue' | 'venue' | 'city' | 'site' | 'region';
}

export interface DrawnMap {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** How the shared basemap's shapes sit in this picture. */
  view: MapView;
  /** States the map names that the picture shows, each with its roles (none: named only). */
  states: { name: string; iso: string; roles: MapRole[] }[];
  borders: { name: string; d: string }[];
  marks: DrawnMark[];
  /** In reading and focus order: venues west to east, then other places west to east, then state names. */
  labels: DrawnLabel[];
  /** States the course names that lie outside the picture (the United States…), with their roles. */
  offMap: { name: string; roles: MapRole[] }[];
}

const MARK_RADIUS = 5;

function symbolOf(kind: NameKind): DrawnMark['symbol'] {
  return kind === 'site' ? 'site' : kind === 'region' ? 'region' : 'city';
}

/** Draws `model` on a `size` picture of the region `box`. */
/** `and` joins a venue's dates in its labels' descriptions, in the page's language (" and ", " и ", " және "). */
export function layoutMap(model: MapModel, box: GeoBox, size: MapSize, and = ' and '): DrawnMap {
  const { width, height, fontSize, lineHeight } = size;
  // The picture is a view of the shared basemap: its marks and labels are placed with the same projection.
  const view = fitView(box, width, height);
  const projection = viewProjection(view);
  const path = geoPath(projection);
  const inside = (lon: number, lat: number) => projectInside(projection, lon, lat, width, height);
  const byIso = new Map(model.states.map((s) => [s.iso, s]));

  const states: DrawnMap['states'] = [];
  const offMap: DrawnMap['offMap'] = [];
  const stateAnchors = new Map<string, [number, number]>();
  for (const c of countries()) {
    const state = byIso.get(c.id);
    if (!state) continue;
    // A state drawn by no pixel of the picture is listed as beyond the map.
    if (!svgPath(projection, c, 0, size.minStep)) {
      offMap.push({ name: state.name, roles: state.roles.map((r) => r.role) });
      continue;
    }
    states.push({ name: state.name, iso: state.iso, roles: state.roles.map((r) => r.role) });
    const [cx, cy] = path.centroid(c);
    if (Number.isFinite(cx) && Number.isFinite(cy)) stateAnchors.set(state.name, [cx, cy]);
  }
  for (const s of model.states) if (!states.some((x) => x.name === s.name) && !offMap.some((x) => x.name === s.name)) offMap.push({ name: s.name, roles: s.roles.map((r) => r.role) });

  const marks: DrawnMark[] = [];
  const requests: LabelRequest[] = [];
  const lines = new Map<string, { kind: DrawnLabel['kind']; lines: LabelLine[] }>();
  const lineBox = (ls: LabelLine[]) => ({ w: Math.ceil(Math.max(...ls.map((l) => textWidth(l.text, fontSize, l.bold)))) + 8, h: ls.length * lineHeight });

  for (const v of model.venues) {
    const p = inside(v.lon, v.lat);
    if (!p) continue;
    marks.push({ name: v.place, x: p[0], y: p[1], symbol: v.hosted ? 'hosted-venue' : 'venue' });
    const describe = (t: (typeof v.talks)[number]) => `${v.place}: ${t.title}${t.dates.length ? `, ${t.dates.map((d) => d.text).join(and)}` : ''}`;
    if (size.compact) {
      const name: LabelLine[] = [{ text: v.place, bold: true }];
      lines.set(`venue:${v.place}`, { kind: 'venue', lines: name });
      requests.push({ id: `venue:${v.place}`, anchor: p, w: Math.ceil(textWidth(v.place, fontSize, true)) + 6, h: Math.round(fontSize * 1.4), priority: 0, mode: 'point' });
      v.talks.forEach((t, i) => {
        const id = `talk:${t.id}`;
        lines.set(id, { kind: 'talk', lines: [{ text: String(t.number), ...(t.link ? { link: t.link } : {}), description: describe(t) }] });
        requests.push({ id, anchor: p, w: lineHeight, h: lineHeight, priority: 0.1 + i / 100, mode: 'point' });
      });
      continue;
    }
    const ls: LabelLine[] = [
      { text: v.place, bold: true },
      ...v.talks.map((t) => ({ text: t.years ? `${t.short}, ${t.years}` : t.short, ...(t.link ? { link: t.link } : {}), description: describe(t) })),
    ];
    const id = `venue:${v.place}`;
    lines.set(id, { kind: 'venue', lines: ls });
    requests.push({ id, anchor: p, ...lineBox(ls), priority: 0, mode: 'point' });
  }
  const borders: DrawnMap['borders'] = [];
  for (const pl of model.places) {
    let p = inside(pl.lon, pl.lat);
    if (pl.betweenIso) {
      const [a, b] = pl.betweenIso;
      const line = a && b ? sharedBorder(a, b) : null;
      if (line) {
        const d = svgPath(projection, line, 1, size.minStep / 2);
        if (d) borders.push({ name: pl.name, d });
        // The label hangs from the middle of the drawn line, not from any one point of it.
        const [mx, my] = path.centroid(line);
        if (Number.isFinite(mx)) p = [mx, my];
      }
    } else if (p) marks.push({ name: pl.name, x: p[0], y: p[1], symbol: symbolOf(pl.kind) });
    if (!p || !pl.link) continue;
    const ls: LabelLine[] = [{ text: pl.name, link: pl.link, description: pl.name }];
    const id = `place:${pl.name}`;
    lines.set(id, { kind: 'place', lines: ls });
    requests.push({ id, anchor: p, ...lineBox(ls), priority: 1, mode: 'point' });
  }
  for (const s of states) {
    const anchor = stateAnchors.get(s.name);
    if (!anchor) continue;
    const ls: LabelLine[] = [{ text: s.name }];
    const id = `state:${s.name}`;
    lines.set(id, { kind: 'state', lines: ls });
    // State names are plain text: no link, so no target size; they give way when there is no room.
    requests.push({ id, anchor, w: Math.ceil(textWidth(s.name, fontSize * 0.92)) + 4, h: Math.round(fontSize * 1.3), priority: s.roles.length > 0 ? 2 : 3, mode: 'area', optional: true });
  }

  const obstacles: Box[] = marks.map((m) => ({ x: m.x - MARK_RADIUS, y: m.y - MARK_RADIUS, w: MARK_RADIUS * 2, h: MARK_RADIUS * 2 }));
  const { placed } = placeLabels(requests, { width, height, obstacles, markRadius: MARK_RADIUS, gap: 2 });
  const byId = new Map(placed.map((p) => [p.id, p]));
  const labels: DrawnLabel[] = [];
  for (const r of requests) {
    const p = byId.get(r.id);
    if (!p) continue;
    const info = lines.get(r.id)!;
    const [ax, ay] = r.anchor;
    const leader: DrawnLabel['leader'] = p.leader
      ? [ax, ay, Math.min(Math.max(ax, p.box.x), p.box.x + p.box.w), Math.min(Math.max(ay, p.box.y), p.box.y + p.box.h)]
      : null;
    labels.push({ id: r.id, kind: info.kind, box: p.box, leader, lines: info.lines, alignEnd: r.mode === 'point' && p.box.x + p.box.w <= ax });
  }
  return { width, height, fontSize, lineHeight, view, states, borders, marks, labels, offMap };
}

// Label placement for the maps: every label gets a box that overlaps no other label and no mark, inside the picture.
// Greedy by priority over candidate positions around the anchor, nearest first; far candidates get a leader line.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label names. */
  anchor: [number, number];
  w: number;
  h: number;
  /** Lower is placed first. */
  priority: number;
  /** `point`: beside the anchor (a mark sits there); `area`: centred on it (a state's name inside its shape). */
  mode: 'point' | 'area';
  /** May be left out when nothing fits (a state's name); a point's label never is. */
  optional?: boolean;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** The label sits away from its anchor: draw a line from the anchor to the box. */
  leader: boolean;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

const DIRECTIONS: [number, number][] = [
  [1, 0], [-1, 0], [0, 1], [0, -1], [1, -1], [1, 1], [-1, -1], [-1, 1],
  [0.5, -1], [0.5, 1], [-0.5, -1], [-0.5, 1], [1, -0.5], [1, 0.5], [-1, -0.5], [-1, 0.5],
];

/** Candidate boxes for a point label: in each direction, the box's nearest side `d` pixels from the anchor. */
function pointCandidates(r: LabelRequest, markRadius: number): { box: Box; leader: boolean }[] {
  const [ax, ay] = r.anchor;
  const out: { box: Box; leader: boolean }[] = [];
  const rings = [markRadius + 3, markRadius + 10, markRadius + 20, markRadius + 34, markRadius + 52, markRadius + 76, markRadius + 106, markRadius + 146];
  rings.forEach((d, ring) => {
    for (const [dx, dy] of DIRECTIONS) {
      const cx = dx > 0 ? ax + d * dx : dx < 0 ? ax + d * dx - r.w : ax - r.w / 2;
      const cy = dy > 0 ? ay + d * dy : dy < 0 ? ay + d * dy - r.h : ay - r.h / 2;
      // Half-steps slide the box along its side instead of moving it further out.
      const x = Math.abs(dx) === 0.5 ? ax - r.w / 2 + dx * r.w * 0.8 : cx;
      const y = Math.abs(dy) === 0.5 ? ay - r.h / 2 + dy * r.h * 0.8 : cy;
      out.push({ box: { x, y, w: r.w, h: r.h }, leader: ring >= 3 });
    }
  });
  return out;
}

function areaCandidates(r: LabelRequest): { box: Box; leader: boolean }[] {
  const [ax, ay] = r.anchor;
  const out: { box: Box; leader: boolean }[] = [];
  // A state's name may move a little off its centre, never so far that it seems to name a neighbour.
  for (const d of [0, 5, 10]) {
    for (const [dx, dy] of d === 0 ? [[0, 0] as [number, number]] : DIRECTIONS.slice(0, 8)) {
      out.push({ box: { x: ax - r.w / 2 + dx * d, y: ay - r.h / 2 + dy * d, w: r.w, h: r.h }, leader: false });
    }
  }
  return out;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Marks (symbols) no label may cover. */
  obstacles: Box[];
  /** Radius of a point's mark, so labels start just beside it. */
  markRadius: number;
  /** Free space kept between labels. */
  gap: number;
}

/** Places labels; returns those placed and the ids of optional ones left out. Deterministic for the same input. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): { placed: PlacedLabel[]; dropped: string[] } {
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const inside = (b: Box) => b.x >= 1 && b.y >= 1 && b.x + b.w <= options.width - 1 && b.y + b.h <= options.height - 1;
  const order = [...requests].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const r of order) {
    const candidates = r.mode === 'point' ? pointCandidates(r, options.markRadius) : areaCandidates(r);
    const free = candidates.find(
      (c) => inside(c.box) && !placed.some((p) => overlaps(p.box, c.box, options.gap)) && !options.obstacles.some((o) => overlaps(o, c.box, 1)),
    );
    if (free) placed.push({ id: r.id, ...free });
    else if (r.optional) dropped.push(r.id);
    else throw new Error(`No room for the label "${r.id}" on a ${options.width}×${options.height} map`);
  }
  return { placed, dropped };
}

/** The width a line of text takes, estimated for the site's sans-serif UI font (generous, so real text fits). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += /[A-Z–—]/.test(ch) ? 0.68 : /[il.,'’ ]/.test(ch) ? 0.3 : /[mw]/.test(ch) ? 0.85 : 0.56;
  return units * fontSize * (bold ? 1.07 : 1);
}

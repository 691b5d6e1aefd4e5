import { geoPath, type GeoProjection, type GeoPermissibleObjects } from 'd3-geo';

/**
 * A d3-geo path context that writes compact SVG path data: coordinates rounded to a grid of `1 / 10^digits` pixels,
 * relative moves, and points that round onto the previous one dropped. At the sizes the course draws, that is the
 * simplification the shapes need: detail finer than the grid cannot be seen, and the page stays small.
 */
class CompactPath {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private ringPoints = 0;
  private ringStart = 0;
  /** The last command written was a line step: the next one needs no letter. */
  private inRun = false;
  private readonly scale: number;
  private readonly minStep: number;
  constructor(scale: number, minStep: number) {
    this.scale = scale;
    this.minStep = minStep * scale;
  }

  private q(v: number): number {
    return Math.round(v * this.scale);
  }
  private num(v: number): string {
    return String(v / this.scale);
  }
  moveTo(x: number, y: number): void {
    this.dropDegenerateRing();
    const qx = this.q(x);
    const qy = this.q(y);
    this.ringStart = this.out.length;
    this.out.push(`M${this.num(qx)} ${this.num(qy)}`);
    this.x = this.startX = qx;
    this.y = this.startY = qy;
    this.ringPoints = 1;
    this.inRun = false;
  }
  lineTo(x: number, y: number): void {
    const qx = this.q(x);
    const qy = this.q(y);
    if ((qx === this.x && qy === this.y) || (Math.abs(qx - this.x) < this.minStep && Math.abs(qy - this.y) < this.minStep)) return;
    const dx = qx - this.x;
    const dy = qy - this.y;
    // After a run's first step the command letter repeats implicitly, and a minus sign separates numbers itself.
    const lead = !this.inRun ? 'l' : dx < 0 ? '' : ' ';
    this.out.push(`${lead}${this.num(dx)}${dy < 0 ? '' : ' '}${this.num(dy)}`);
    this.inRun = true;
    this.x = qx;
    this.y = qy;
    this.ringPoints++;
  }
  closePath(): void {
    this.out.push('z');
    this.inRun = false;
    this.x = this.startX;
    this.y = this.startY;
  }
  arc(): void {
    /* points are drawn as symbols, never through the path */
  }
  /** A ring that rounded down to fewer than three points is invisible at this size: leave it out. */
  private dropDegenerateRing(): void {
    const closed = this.out[this.out.length - 1] === 'z';
    if (this.out.length > this.ringStart && closed && this.ringPoints < 3) this.out.length = this.ringStart;
  }
  result(): string {
    this.dropDegenerateRing();
    return this.out.join('');
  }
}

/**
 * SVG path data for a GeoJSON object under a projection, rounded to `digits` decimals of a pixel, skipping points
 * less than `minStep` pixels (in x and y) from the last one kept.
 */
export function svgPath(projection: GeoProjection, object: GeoPermissibleObjects, digits = 0, minStep = 0): string {
  const context = new CompactPath(10 ** digits, minStep);
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return context.result();
}

// The role fills' textures, as the patterns in MapPatterns.astro define them: a map that draws the basemap scaled
// derives its own pattern from each (same texture, scaled back), and needs the transform each already has.
import type { MapRole } from '../../schemas/map-data';

export const ROLE_PATTERN_TRANSFORM: Partial<Record<MapRole, string>> = { party: 'rotate(45)' };

/** The pattern a map uses for a role: the page's own at scale 1, or one derived for a picture that scales by `k`. */
export function rolePattern(role: MapRole, mapId: string, k: number): { id: string; derived?: { href: string; transform: string } } {
  const base = `map-role-${role}`;
  if (Math.abs(k - 1) < 0.02) return { id: base };
  const scale = `scale(${Math.round((1 / k) * 1000) / 1000})`;
  const own = ROLE_PATTERN_TRANSFORM[role];
  return { id: `${mapId}-${role}`, derived: { href: `#${base}`, transform: own ? `${scale} ${own}` : scale } };
}

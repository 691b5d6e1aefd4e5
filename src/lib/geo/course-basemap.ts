// The course's basemap: which pictures the site draws, and so which shapes, over what area, at what detail.
import type { Content } from '../load-content.ts';
import { buildMapModel } from './course-map.ts';
import { drawsLocator, locatorBox } from './locator.ts';
import { COURSE_MAP_SIZES, LOCATOR_SIZE } from './map-sizes.ts';
import { COURSE_REGION } from './projection.ts';
import { basemapSvg, fitView, type MapView } from './basemap.ts';

/** Every picture the site draws on the basemap: the course map at both sizes and each lesson's locator. */
export function courseMapViews(content: Content): MapView[] {
  const course = Object.values(COURSE_MAP_SIZES).map((s) => fitView(COURSE_REGION, s.width, s.height));
  const locators = content.lessons
    .map((l) => buildMapModel(content, { lesson: l.id }))
    .filter(drawsLocator)
    .map((m) => fitView(locatorBox(m), LOCATOR_SIZE.width, LOCATOR_SIZE.height));
  return [...course, ...locators];
}

const statesOf = new WeakMap<Content, string[]>();

/** The states the basemap has a shape of their own for: every state the course map names (a lesson's are among them). */
export function basemapStates(content: Content): string[] {
  let isos = statesOf.get(content);
  if (!isos) statesOf.set(content, (isos = buildMapModel(content).states.map((s) => s.iso).sort()));
  return isos;
}

/** The basemap file's text. */
export function courseBasemapSvg(content: Content): string {
  return basemapSvg(basemapStates(content), courseMapViews(content));
}

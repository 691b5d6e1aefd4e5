// The shared basemap every map draws its shapes from (src/lib/geo/basemap.ts): one file, precached with the site.
import type { APIRoute } from 'astro';
import { courseBasemapSvg } from '../../lib/geo/course-basemap';
import { courseContent } from '../../lib/geo/course-content';

export const GET: APIRoute = () => new Response(courseBasemapSvg(courseContent()), { headers: { 'Content-Type': 'image/svg+xml' } });

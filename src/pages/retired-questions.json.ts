// The withdrawn question ids with their reasons (src/data/retired-questions.yaml), as one small static file: the
// teacher and assignment pages fetch it when a link or result code names a question this build no longer has.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const retired = (await getCollection('retired')).map((r) => r.data);
  return new Response(JSON.stringify(retired), { headers: { 'content-type': 'application/json' } });
};

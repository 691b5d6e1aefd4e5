import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostHeaders } from '../offline/host-headers.ts';

/** Writes `_headers` into the build output, for static hosts that read it. */
export default function hostHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base; },
      'astro:build:done': ({ dir }) => { writeFileSync(fileURLToPath(new URL('_headers', dir)), hostHeaders(base)); },
    },
  };
}

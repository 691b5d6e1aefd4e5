// Every page loads its script as one module. Vite splits code that two pages share into small chunks, and a page's
// script then fetches them one import level at a time (quiz page: ten modules, four levels deep) before anything
// runs; on a slow phone network every level is a round trip. After the client build, this joins each page script
// with everything it imports statically into one file (shared code is repeated per page script, a few hundred
// bytes). Dynamic imports (the QR code library, the SCORM package maker, Pagefind) stay separate files loaded on
// demand; one that imports code the page also uses is bundled again on its own from its source, so it gets its own
// copy of that code. That is fine for plain functions but not for a module that keeps state: it may import nothing
// from src/stores/ or src/islands/ (the page passes it what it needs; see src/islands/scorm-download.ts), and the
// build says so if it does.
//
// A page must have exactly one script (see BaseLayout's `ownScript`): two scripts on one page, each with its own
// copy of a store module, would keep two copies of its state.
//
// Every page is complete without its script (the quiz's first question is rendered at build time), so the script is
// fetched with low priority: on a slow connection the stylesheet, which the first paint waits for, comes first.
// (Astro treats a <script> with any attribute as unprocessed, so the attribute is added to the built pages.)
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/** Adds fetchpriority="low" to the page's module scripts loaded from a file. */
export function lowPriorityScripts(html: string): string {
  return html.replace(/<script type="module" src=/g, '<script type="module" fetchpriority="low" src=');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
  facadeModuleId: string | null;
}
type Bundle = Record<string, Chunk | { type: 'asset'; fileName: string }>;

/** The entry's code with its static imports joined in, all from the bundle in memory. */
async function joined(entry: Chunk, bundle: Bundle): Promise<string> {
  const build = await rolldown({
    input: entry.fileName,
    logLevel: 'warn',
    plugins: [
      {
        name: 'from-bundle',
        resolveId(source, importer, extra) {
          const id = importer && source.startsWith('.') ? posix.join(posix.dirname(importer), source) : source;
          if (extra.kind === 'dynamic-import' || bundle[id]?.type !== 'chunk') return { id: source, external: true };
          return id;
        },
        load(id) {
          const chunk = bundle[id];
          return chunk?.type === 'chunk' ? chunk.code : null;
        },
      },
    ],
  });
  try {
    const { output } = await build.generate({ format: 'es', minify: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

/** A module loaded on demand, bundled from its source with everything it imports (and its own dynamic imports). */
async function onItsOwn(moduleId: string, base: string): Promise<{ code: string; moduleIds: string[] }> {
  const build = await rolldown({ input: moduleId, logLevel: 'warn', platform: 'browser', transform: { define: { 'import.meta.env.BASE_URL': JSON.stringify(base) } } });
  try {
    const { output } = await build.generate({ format: 'es', minify: true, codeSplitting: false });
    return { code: output[0].code, moduleIds: output[0].moduleIds };
  } finally {
    await build.close();
  }
}

/** Modules that keep state in the page (stores, islands), which must exist once per page. */
export function keepsState(moduleId: string): boolean {
  return /[\\/]src[\\/](stores|islands)[\\/]/.test(moduleId);
}

/**
 * The code of a module loaded on demand (`file` in the build), bundled on its own. Throws when it would carry a
 * second copy of a module that keeps state.
 */
export async function onDemandModule(moduleId: string, base: string, file = moduleId): Promise<string> {
  const alone = await onItsOwn(moduleId, base);
  const copied = alone.moduleIds.filter((id) => id !== moduleId && keepsState(id));
  if (copied.length > 0) {
    throw new Error(`one-module-per-page: ${file} is loaded on demand and imports ${copied.join(', ')}, which keep state; the page script has its own copy, so the page would run two. Pass what the on-demand module needs as arguments instead.`);
  }
  return alone.code;
}

export default function oneModulePerPage(): AstroIntegration {
  return {
    name: 'one-module-per-page',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'one-module-per-page',
                enforce: 'post',
                applyToEnvironment: (environment: { name: string }) => environment.name === 'client',
                async generateBundle(_options: unknown, output: unknown) {
                  const bundle = output as Bundle;
                  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
                  const onDemand = new Set(chunks.flatMap((c) => c.dynamicImports));
                  for (const entry of chunks.filter((c) => c.isEntry && c.imports.length > 0)) {
                    entry.code = await joined(entry, bundle);
                    entry.imports = [];
                  }
                  for (const file of onDemand) {
                    const chunk = bundle[file];
                    if (chunk?.type !== 'chunk' || chunk.imports.length === 0 || !chunk.facadeModuleId) continue;
                    chunk.code = await onDemandModule(chunk.facadeModuleId, base, file);
                    chunk.imports = [];
                  }
                  // Chunks now inside every page script that needed them.
                  for (const chunk of chunks) if (!chunk.isEntry && !onDemand.has(chunk.fileName)) delete bundle[chunk.fileName];
                },
              },
            ],
          },
        });
      },
      // Before the offline worker lists the pages (AstroPWA comes later in the integrations), so its revisions match.
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const changed = lowPriorityScripts(html);
          if (changed !== html) writeFileSync(file, changed);
        }
      },
    },
  };
}

// The Content-Security-Policy, in one place: Astro puts it in each page's <meta> (adding hashes for the scripts
// it processes) and the headers integration writes the same policy into the static host's `_headers` file.
// No 'unsafe-inline' for scripts: every script is a bundled module file or hashed by Astro.

/** Pagefind instantiates its WebAssembly search engine, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
export const styleResources = ["'self'"];

export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The header form of the policy. frame-ancestors only works as a header, never in a <meta>. */
export function cspHeader(): string {
  return [
    ...cspDirectives,
    `script-src ${scriptResources.join(' ')}`,
    `style-src ${styleResources.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

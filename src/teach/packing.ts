// The byte-level format shared by assignment links and result codes: JSON, deflated (the browser's own
// CompressionStream, so no library ships), written in base64url (safe in a URL fragment and in a chat message)
// and followed by a CRC-32 of those characters, so a typing error, a cut-off paste or an edit is caught before
// anything is unpacked.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of a string's UTF-8 bytes. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The check part: CRC-32 as 8 lowercase hex digits. */
export function checkOf(body: string): string {
  return crc32(body).toString(16).padStart(8, '0');
}

export const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A small code that unpacks to something huge is hostile: stop reading instead of filling memory.
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return (await collect(stream, Number.MAX_SAFE_INTEGER))!;
}

/** The text, or 'too-big' past `limit` bytes, or 'corrupt' when the bytes are not a complete deflate stream. */
export async function inflate(bytes: Uint8Array, limit: number): Promise<string | 'too-big' | 'corrupt'> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const out = await collect(stream, limit);
    if (!out) return 'too-big';
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return 'corrupt';
  }
}

/** `<prefix><version>.<body>.<check>` from a JSON-able payload; the check is over everything before it. */
export async function pack(prefix: string, version: number, payload: unknown): Promise<string> {
  const signed = `${prefix}${version}.${toBase64Url(await deflate(JSON.stringify(payload)))}`;
  return `${signed}.${checkOf(signed)}`;
}

export type UnpackProblem = 'empty' | 'too-long' | 'not-ours' | 'bad-chars' | 'no-check' | 'bad-check' | 'newer' | 'unsupported' | 'corrupt' | 'too-big' | 'not-json';

export type Unpacked = { ok: true; version: number; json: unknown } | { ok: false; problem: UnpackProblem; version?: number };

/**
 * Reads `<prefix><version>.<body>.<check>`, checking in order: length, shape, characters, checksum, version,
 * then unpacking. Never throws and never evaluates anything: the result is plain JSON data to validate.
 */
export async function unpack(text: string, prefix: string, opts: { maxLength: number; maxUnpacked: number; versions: readonly number[] }): Promise<Unpacked> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > opts.maxLength) return { ok: false, problem: 'too-long' };
  const head = new RegExp(`^${prefix}(\\d{1,3})\\.`).exec(trimmed);
  if (!head) return { ok: false, problem: 'not-ours' };
  const version = Number(head[1]);
  const rest = trimmed.slice(head[0].length);
  const dot = rest.lastIndexOf('.');
  const body = dot < 0 ? rest : rest.slice(0, dot);
  const check = dot < 0 ? '' : rest.slice(dot + 1);
  if (!BASE64URL.test(body) || (check !== '' && !/^[0-9a-fA-F]*$/.test(check))) return { ok: false, problem: 'bad-chars', version };
  if (check.length !== 8) return { ok: false, problem: 'no-check', version };
  // The check covers the version too, so a changed version digit is caught like any other typing error.
  if (checkOf(trimmed.slice(0, head[0].length + body.length)) !== check.toLowerCase()) return { ok: false, problem: 'bad-check', version };
  if (!opts.versions.includes(version)) return { ok: false, problem: version > Math.max(...opts.versions) ? 'newer' : 'unsupported', version };
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, problem: 'bad-chars', version };
  const unpacked = await inflate(bytes, opts.maxUnpacked);
  if (unpacked === 'corrupt' || unpacked === 'too-big') return { ok: false, problem: unpacked, version };
  try {
    return { ok: true, version, json: JSON.parse(unpacked) as unknown };
  } catch {
    return { ok: false, problem: 'not-json', version };
  }
}

/** Text from outside made safe to keep and show: control characters dropped, spaces collapsed. */
export function cleanText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
}

export const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 60;

/**
 * The checker's result links: the pasted exchange and the request facts, as JSON, compressed with the
 * browser's CompressionStream ('deflate-raw') and written base64url into the URL fragment (#x=…), which
 * browsers never send to a server. Decoding never throws: a malformed, unsupported or oversized fragment
 * comes back as a message. Runs in the browser and in Node (both have CompressionStream).
 */
import type { RequestFacts } from '../decision/check/index.ts';

export const FRAGMENT_KEY = 'x';
/** Longest fragment we write or read, in characters: links stay pasteable into chats and trackers. */
export const MAX_FRAGMENT_CHARS = 16 * 1024;
/** Longest JSON we accept after decompressing (a small fragment must not inflate into megabytes). */
export const MAX_DECODED_CHARS = 300 * 1024;
const VERSION = 1;

export interface SharedExchange {
  response: string;
  request: RequestFacts;
}

export type Decoded = { ok: true; exchange: SharedExchange } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The fragment (without '#') for an exchange, or a message when it would be too long. */
export async function encodeExchange(exchange: SharedExchange): Promise<{ ok: true; fragment: string } | { ok: false; message: string }> {
  if (typeof CompressionStream !== 'function') return { ok: false, message: 'This browser cannot compress (no CompressionStream), so no result link can be made here.' };
  const json = JSON.stringify({ v: VERSION, r: exchange.response, q: exchange.request });
  if (json.length > MAX_DECODED_CHARS) {
    return { ok: false, message: `This exchange is too large for a link (${Math.ceil(json.length / 1024)} KB of text; the limit is ${MAX_DECODED_CHARS / 1024} KB before compression). Remove the body and try again.` };
  }
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  const fragment = `${FRAGMENT_KEY}=${toBase64Url(packed!)}`;
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return {
      ok: false,
      message: `This exchange is too large for a link (${Math.ceil(fragment.length / 1024)} KB compressed; the limit is ${MAX_FRAGMENT_CHARS / 1024} KB). Remove the body or unrelated headers and try again.`,
    };
  }
  return { ok: true, fragment };
}

/** Reads a fragment ('#x=…' or 'x=…'); null when it holds no shared exchange at all. */
export async function decodeFragment(hash: string): Promise<Decoded | null> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.startsWith(`${FRAGMENT_KEY}=`)) return null;
  const data = text.slice(FRAGMENT_KEY.length + 1);
  const fail = (message: string): Decoded => ({ ok: false, message });
  if (data.length > MAX_FRAGMENT_CHARS) return fail(`The link's data is ${Math.ceil(data.length / 1024)} KB, over the ${MAX_FRAGMENT_CHARS / 1024} KB limit; it was not read.`);
  if (typeof DecompressionStream !== 'function') return fail('This browser cannot decompress (no DecompressionStream), so the shared exchange cannot be opened here.');
  const bytes = fromBase64Url(data);
  if (!bytes || bytes.length === 0) return fail('The link is damaged: its data is not valid base64url. Was it cut off when copied?');
  let raw: Uint8Array | null;
  try {
    raw = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_CHARS);
  } catch {
    return fail('The link is damaged: its data does not decompress. Was it cut off when copied?');
  }
  if (!raw) return fail(`The link's data unpacks to more than ${MAX_DECODED_CHARS / 1024} KB; it was not read.`);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return fail('The link is damaged: its data is not the JSON this page writes.');
  }
  if (!value || typeof value !== 'object') return fail('The link is damaged: its data is not the JSON this page writes.');
  const v = value as Record<string, unknown>;
  if (v.v !== VERSION) return fail(`The link was made by another version of this page (format ${JSON.stringify(v.v)}); this page reads format ${VERSION}.`);
  if (typeof v.r !== 'string') return fail('The link holds no response text.');
  const q = v.q && typeof v.q === 'object' ? (v.q as RequestFacts) : {};
  return { ok: true, exchange: { response: v.r, request: q } };
}

/**
 * The checker's result links (src/browser/check-share.ts) in Node, which has CompressionStream too: an
 * exchange survives the round trip; damaged, foreign, oversized and inflating fragments come back as
 * messages, never exceptions.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeExchange, MAX_FRAGMENT_CHARS } from '../../src/browser/check-share.ts';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const packed = (value: unknown) => `#x=${b64url(deflateRawSync(Buffer.from(JSON.stringify(value))))}`;

describe('result links', () => {
  it('carry the response and the request facts through the fragment', async () => {
    const exchange = { response: 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm="é"\r\n\r\n{"a":1}', request: { authorization: 'bearer' as const, navigation: false } };
    const made = await encodeExchange(exchange);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.fragment).toMatch(/^x=[A-Za-z0-9_-]+$/);
    expect(await decodeFragment(`#${made.fragment}`)).toEqual({ ok: true, exchange });
    // Written by another deflate (zlib) and read back: the format is plain deflate-raw JSON.
    expect(await decodeFragment(packed({ v: 1, r: 'HTTP/2 403', q: {} }))).toEqual({ ok: true, exchange: { response: 'HTTP/2 403', request: {} } });
  });

  it('refuse to make a link past the size limits', async () => {
    let noise = '';
    for (let i = 0, x = 7; i < 30_000; i++) noise += String.fromCharCode(33 + ((x = (x * 48271) % 2147483647) % 90));
    const incompressible = await encodeExchange({ response: noise, request: {} });
    expect(incompressible).toEqual({ ok: false, message: expect.stringContaining(`the limit is ${MAX_FRAGMENT_CHARS / 1024} KB`) });
    const huge = await encodeExchange({ response: 'a'.repeat(400_000), request: {} });
    expect(huge).toEqual({ ok: false, message: expect.stringContaining('before compression') });
  });

  it('ignore fragments that are not result links', async () => {
    for (const hash of ['', '#', '#rules', '#y=abc']) expect(await decodeFragment(hash)).toBeNull();
  });

  it('turn every broken fragment into a message', async () => {
    const cases: [string, RegExp][] = [
      ['#x=', /not valid base64url/],
      ['#x=%%%', /not valid base64url/],
      ['#x=A', /not valid base64url/],
      ['#x=AAAAAAAA', /does not decompress|not the JSON/],
      [`#x=${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`, /over the 16 KB limit/],
      [`#x=${b64url(deflateRawSync(Buffer.from('not json')))}`, /not the JSON/],
      [`#x=${b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0x00])))}`, /not the JSON/],
      [packed(null), /not the JSON/],
      [packed({ v: 2, r: 'x' }), /another version/],
      [packed({ v: 1, r: 42 }), /no response text/],
      // A few hundred bytes that inflate to megabytes.
      [`#x=${b64url(deflateRawSync(Buffer.from(JSON.stringify({ v: 1, r: 'a'.repeat(5_000_000) }))))}`, /more than 300 KB/],
    ];
    for (const [hash, message] of cases) {
      const decoded = await decodeFragment(hash);
      expect(decoded, hash.slice(0, 30)).toEqual({ ok: false, message: expect.stringMatching(message) });
    }
  });
});

import { expect } from 'chai';
import {
  fromBase64,
  fromBase64Exact,
  fromHex,
  fromUtf8,
  toBase64,
  toHex,
  utf8,
} from '../../src/core/encoding.ts';
import { ValidationError } from '../../src/core/errors.ts';

describe('byte encodings', () => {
  it('utf8 gives the bytes TextEncoder gives: ASCII, non-ASCII, lone surrogates, short and long', () => {
    const encoder = new TextEncoder();
    const texts = [
      '',
      'S',
      'bulk-0~x-12-345',
      'custos/map/v1\nitem\nbulk-0~x-12-345',
      'a'.repeat(64),
      'a'.repeat(65),
      `${'a'.repeat(63)}é`,
      'az-kmi-məmmədov',
      '\u007f\u0080',
      'x\ud800y',
      '\udc00',
      '😀',
      'é'.repeat(40),
    ];
    for (const t of texts) expect([...utf8(t)], JSON.stringify(t)).to.deep.equal([...encoder.encode(t)]);
  });

  it('round-trips standard padded base64 (RFC 4648 §4 test vectors)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, b64] of vectors) {
      expect(toBase64(new TextEncoder().encode(text))).to.equal(b64);
      expect(new TextDecoder().decode(fromBase64(b64))).to.equal(text);
    }
  });

  it('refuses unpadded, URL-safe, whitespace-laden and non-canonical base64', () => {
    for (const bad of ['Zg', 'Zg=', 'Z===', '_-8=', 'Zm9v\n', ' Zm9v', 'Zh==', 'Zm9=']) {
      expect(() => fromBase64(bad), bad).to.throw(ValidationError);
    }
  });

  it('decodes exactly what a reference decoder (shape regex, atob, re-encode) accepts', () => {
    const shape = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    const reference = (text: string): Uint8Array | null => {
      if (!shape.test(text)) return null;
      const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      return toBase64(bytes) === text ? bytes : null;
    };
    const chars = 'ABCXYZabcxyz0189+/=-_ \né';
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let t = 0; t < 20_000; t++) {
      let text = toBase64(Uint8Array.from({ length: random(10) }, () => random(256)));
      const k = random(text.length + 1);
      if (t % 2 === 1) text = text.slice(0, k) + chars[random(chars.length)] + text.slice(k + 1);
      let decoded: Uint8Array | null;
      try {
        decoded = fromBase64(text);
      } catch {
        decoded = null;
      }
      expect(decoded, JSON.stringify(text)).to.deep.equal(reference(text));
    }
  });

  it('checks exact lengths', () => {
    expect(() => fromBase64Exact('Zm9v', 32, 'hash'))
      .to.throw(ValidationError)
      .with.property('code', 'bad_length');
  });

  it('accepts only lowercase hex, as sha256sum prints it', () => {
    expect(toHex(fromHex('00ff10'))).to.equal('00ff10');
    for (const bad of ['0', 'FF', '0g', ' 00']) expect(() => fromHex(bad), bad).to.throw(ValidationError);
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    expect(() => fromUtf8(Uint8Array.of(0xc3, 0x28))).to.throw(ValidationError);
    expect(fromUtf8(Uint8Array.of(0xe2, 0x82, 0xac))).to.equal('€');
  });
});

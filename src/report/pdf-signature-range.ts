/**
 * Where a signed PDF's signature value is: the `/Contents <hex>` string between the two byte
 * ranges its `/ByteRange [a b c d]` covers (ISO 32000 §12.8.1). The value is the one part of a
 * signed report that a re-rendering cannot reproduce, so the page check compares everything
 * else, and the signature check verifies the value over exactly the two ranges.
 * @module
 */

/** [start, end) of the `<…>` signature value, when the file has a well-formed /ByteRange; else undefined. */
export function signatureValueRange(pdf: Uint8Array): [number, number] | undefined {
  const text = latin1(pdf.subarray(Math.max(0, pdf.length - 0), pdf.length));
  const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  if (!m) return undefined;
  const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number];
  if (a !== 0 || b <= 0 || c <= b || c + d !== pdf.length) return undefined;
  if (pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) return undefined;
  return [b, c];
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/**
 * One deflate for every report, wherever it is rendered. pdfkit compresses streams with Node's
 * zlib in Node and with fflate in browsers, and the two write different (equally valid) bytes
 * for the same data; a report must come out byte for byte the same in `custos export`, in
 * `custos verify` and in the /verify page, which renders it again to compare (page-check.ts).
 * So pdfkit's stream writer (PDFReference#finalize, pdfkit 0.20, pinned by the lock file) is
 * handed data already deflated by fflate's `zlibSync` at its default level, in both.
 * @module
 */
import { zlibSync } from 'fflate';
import type PDFDocument from 'pdfkit';

interface Reference {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

const patched = new WeakSet<object>();

/** Makes every stream of documents like `doc` deflate with fflate (idempotent). */
export function useOneDeflate(doc: InstanceType<typeof PDFDocument>): void {
  const proto = Object.getPrototypeOf((doc as unknown as { _root: Reference })._root) as Reference;
  if (patched.has(proto)) return;
  patched.add(proto);
  const original = proto.finalize;
  proto.finalize = function finalize(this: Reference) {
    if (this.compress && this.buffer.length) {
      // write() has set /Filter /FlateDecode already; finalize then only measures the bytes.
      this.buffer = [zlibSync(concat(this.buffer))];
      this.compress = false;
    }
    original.call(this);
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

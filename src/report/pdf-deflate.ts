/**
 * One deflate for every report, wherever it is rendered. pdfkit compresses streams with Node's
 * zlib in Node and with fflate in browsers, and the two write different (equally valid) bytes
 * for the same data; a report must come out byte for byte the same in `custos export`, in
 * `custos verify` and in the /verify page, which renders it again to compare (page-check.ts).
 * So pdfkit's stream writer (PDFReference#finalize, pdfkit 0.20, pinned by the lock file) is
 * handed data already deflated by fflate's `zlibSync` at its default level, in both.
 *
 * Deflating is a fifth of the time a large report takes to render, and needs nothing but the
 * bytes: a caller with a second thread ({@link Deflater}) deflates the page contents there, and
 * the attachment while it verifies the bundle. The streams are the same; only the thread differs.
 * @module
 */
import { zlibSync } from 'fflate';
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

interface Reference {
  compress: boolean;
  buffer: Uint8Array[];
  document: object;
  finalize(): void;
}

/**
 * `zlibSync` (default options) of each input, in order, as fflate computes it: for instance on
 * another thread running the same fflate module.
 */
export type Deflater = (inputs: readonly Uint8Array[]) => Promise<Uint8Array[]>;

/** Streams deflated ahead of rendering, by the very array of bytes that was deflated. */
export type DeflatedAhead = WeakMap<Uint8Array, Uint8Array>;

export const deflate = (bytes: Uint8Array): Uint8Array => zlibSync(bytes);

const patched = new WeakSet<object>();
const aheadOf = new WeakMap<object, DeflatedAhead>();

/**
 * Makes every stream of documents like `doc` deflate with fflate (idempotent). A stream whose
 * data is one array found in `ahead` is written as deflated there.
 */
export function useOneDeflate(doc: Doc, ahead?: DeflatedAhead): void {
  if (ahead) aheadOf.set(doc, ahead);
  const proto = Object.getPrototypeOf((doc as unknown as { _root: Reference })._root) as Reference;
  if (patched.has(proto)) return;
  patched.add(proto);
  const original = proto.finalize;
  proto.finalize = function finalize(this: Reference) {
    if (this.compress && this.buffer.length) {
      // write() has set /Filter /FlateDecode already; finalize then only measures the bytes.
      const data = concat(this.buffer);
      this.buffer = [aheadOf.get(this.document)?.get(data) ?? zlibSync(data)];
      this.compress = false;
    }
    original.call(this);
  };
}

/**
 * Deflates every page's content with `deflater` before pdfkit writes the pages out (with
 * `bufferPages`, all of them are still open): each page's data becomes one array, deflated
 * ahead; anything written to a page after this is deflated as usual, with the rest.
 */
export async function deflatePagesAhead(doc: Doc, deflater: Deflater, ahead: DeflatedAhead): Promise<void> {
  const pages = (doc as unknown as { _pageBuffer: { content: Reference }[] })._pageBuffer;
  // A page with nothing written has no stream: it must stay without one.
  const inputs = pages
    .filter((p) => p.content.buffer.length)
    .map((p) => {
      const data = concat(p.content.buffer);
      p.content.buffer = [data];
      return data;
    });
  const outputs = await deflater(inputs);
  inputs.forEach((input, i) => {
    ahead.set(input, outputs[i]!);
  });
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

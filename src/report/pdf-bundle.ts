/**
 * Reading the bundle back out of a report PDF, in Node and in browsers (pdf-lib and the core
 * only): the embedded file `bundle.json` and the SHA-256 the report declares in its `Subject`.
 * The PDF is untrusted like the bundle: the attachment is located through the catalog's
 * EmbeddedFiles name tree and through file attachment annotations, and two different files
 * claiming the name are refused rather than one picked, so that what a viewer shows and what
 * the verifier checks cannot differ.
 *
 * ```ts
 * const found = await extractBundleFromPdf(pdfBytes);
 * attachmentCheck(found).status; // 'pass' unless the attachment was swapped
 * ```
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';
import { toHex } from '../core/encoding.ts';
import { checkLine } from '../core/verify/check-line.ts';
import type { Check } from '../core/verify/result.ts';

/** How the report's `Subject` declares the attached bundle's hash. */
export const DECLARED_PREFIX = 'custos-bundle sha256:';
const ATTACHMENT = 'bundle.json';
/** Deeper name trees or longer lists are not something a report writer makes. */
const MAX_DEPTH = 32;

/** What a report PDF carries: its attachment, the hash it declares, and the parsed document. */
export interface ReportAttachment {
  readonly bundleBytes: Uint8Array;
  /** SHA-256 (hex) of `bundleBytes`. */
  readonly bundleSha256: string;
  readonly declaredSha256?: string;
  /** The PDF as parsed to find them (pdf-lib), for the page check to read its render record. */
  readonly document: PDFDocument;
}

/**
 * Faster equivalents of the portable code, where the platform has them (Node's zlib and
 * OpenSSL in `custos verify`): the same results for the same bytes. An inflate that refuses a
 * stream leaves it to pdf-lib's decoder, so an odd stream is read exactly as before.
 */
export interface NativeHelp {
  readonly inflate?: (zlibData: Uint8Array) => Uint8Array;
  readonly sha256?: (bytes: Uint8Array) => Uint8Array;
}

export async function extractBundleFromPdf(
  pdf: Uint8Array,
  native: NativeHelp = {},
): Promise<ReportAttachment> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const specs = [...namedFiles(doc), ...annotatedFiles(doc)].filter((s) => fileName(s) === ATTACHMENT);
  const digest = native.sha256 ?? sha256;
  const contents = dedupe(
    specs.flatMap((s) => embeddedBytes(s, native.inflate) ?? []),
    digest,
  );
  if (contents.length === 0)
    throw new Error(
      `the PDF has no embedded file named ${ATTACHMENT} (neither in its EmbeddedFiles name tree nor as a file attachment annotation): it is not a Custos report, or its bundle was removed`,
    );
  if (contents.length > 1)
    throw new Error(
      `the PDF holds ${contents.length} different files named ${ATTACHMENT}: it is ambiguous which one the report is about`,
    );
  const [bundleBytes, hash] = contents[0]!;
  const declared = declaredSha256(doc);
  return {
    bundleBytes,
    bundleSha256: hash ?? toHex(digest(bundleBytes)),
    ...(declared ? { declaredSha256: declared } : {}),
    document: doc,
  };
}

/** Passes when the attachment is the bundle the report was made from, as its metadata declares. */
export function attachmentCheck(found: Pick<ReportAttachment, 'bundleSha256' | 'declaredSha256'>): Check {
  const actual = found.bundleSha256;
  const declaredSha256 = found.declaredSha256;
  const replaced = { code: 'attachment_replaced' };
  if (!declaredSha256)
    return checkLine(
      'attachment',
      'fail',
      'detail.attachmentUndeclared',
      { prefix: DECLARED_PREFIX, file: ATTACHMENT, sha256: actual },
      replaced,
    );
  const declared = declaredSha256.toLowerCase();
  return actual === declared
    ? checkLine('attachment', 'pass', 'detail.attachmentMatches', { file: ATTACHMENT, sha256: actual })
    : checkLine(
        'attachment',
        'fail',
        'detail.attachmentReplaced',
        { file: ATTACHMENT, sha256: actual, declared },
        replaced,
      );
}

function declaredSha256(doc: PDFDocument): string | undefined {
  const subject = doc.getSubject()?.trim() ?? '';
  const m = /^custos-bundle sha256:([0-9a-fA-F]{64})$/.exec(subject);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** File specifications in the catalog's EmbeddedFiles name tree (ISO 32000 §7.9.6, §7.11.4). */
function namedFiles(doc: PDFDocument): PDFDict[] {
  const names = dictAt(doc.catalog, 'Names');
  const root = names && dictAt(names, 'EmbeddedFiles');
  const found: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict, depth: number) => {
    if (depth > MAX_DEPTH || seen.has(node)) return;
    seen.add(node);
    const pairs = arrayAt(node, 'Names');
    for (let i = 1; pairs && i < pairs.size(); i += 2) {
      const spec = pairs.lookup(i);
      if (spec instanceof PDFDict) found.push(spec);
    }
    const kids = arrayAt(node, 'Kids');
    for (let i = 0; kids && i < kids.size(); i++) {
      const kid = kids.lookup(i);
      if (kid instanceof PDFDict) walk(kid, depth + 1);
    }
  };
  if (root) walk(root, 0);
  return found;
}

/** File specifications of `/FileAttachment` annotations on any page (ISO 32000 §12.5.6.15). */
function annotatedFiles(doc: PDFDocument): PDFDict[] {
  return doc.getPages().flatMap((page) => {
    const annots = arrayAt(page.node, 'Annots');
    const found: PDFDict[] = [];
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookup(i);
      if (!(annot instanceof PDFDict) || annot.lookup(PDFName.of('Subtype')) !== PDFName.of('FileAttachment'))
        continue;
      const spec = dictAt(annot, 'FS');
      if (spec) found.push(spec);
    }
    return found;
  });
}

function fileName(spec: PDFDict): string | undefined {
  return textAt(spec, 'UF') ?? textAt(spec, 'F');
}

/** The embedded file's bytes, its filters (Flate…) undone. */
function embeddedBytes(spec: PDFDict, inflate?: NativeHelp['inflate']): Uint8Array | undefined {
  const ef = dictAt(spec, 'EF');
  const stream = ef && (ef.lookup(PDFName.of('UF')) ?? ef.lookup(PDFName.of('F')));
  if (!(stream instanceof PDFRawStream)) return undefined;
  if (inflate && onlyFlate(stream))
    try {
      return inflate(stream.contents);
    } catch {
      // pdf-lib's decoder below says what it makes of it.
    }
  return decodePDFRawStream(stream).decode();
}

/** A stream whose one filter is FlateDecode: zlib data, as pdf-lib reads it (no predictor). */
function onlyFlate(stream: PDFRawStream): boolean {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  return (
    (filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter) ===
    PDFName.of('FlateDecode')
  );
}

/** The different contents, each with its hash when there were several to tell apart. */
function dedupe(
  contents: Uint8Array[],
  digest: (bytes: Uint8Array) => Uint8Array,
): [Uint8Array, string | undefined][] {
  if (contents.length === 1) return [[contents[0]!, undefined]];
  const byHash = new Map(contents.map((c) => [toHex(digest(c)), c]));
  return [...byHash].map(([hash, c]) => [c, hash]);
}

function dictAt(dict: PDFDict, key: string): PDFDict | undefined {
  const v: PDFObject | undefined = dict.lookup(PDFName.of(key));
  return v instanceof PDFDict ? v : undefined;
}

function arrayAt(dict: PDFDict, key: string): PDFArray | undefined {
  const v = dict.lookup(PDFName.of(key));
  return v instanceof PDFArray ? v : undefined;
}

function textAt(dict: PDFDict, key: string): string | undefined {
  const v = dict.lookup(PDFName.of(key));
  return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined;
}

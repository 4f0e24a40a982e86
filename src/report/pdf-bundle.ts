/**
 * Reading the bundle back out of a report PDF, in Node and in browsers (pdf-lib and the core
 * only): the embedded file `bundle.json` and the SHA-256 the report declares in its `Subject`.
 * The PDF is untrusted like the bundle: the attachment is located through the catalog's
 * EmbeddedFiles name tree and through file attachment annotations, and two different files
 * claiming the name are refused rather than one picked, so that what a viewer shows and what
 * the verifier checks cannot differ.
 *
 * ```ts
 * const { bundleBytes, declaredSha256 } = await extractBundleFromPdf(pdfBytes);
 * attachmentCheck(bundleBytes, declaredSha256).status; // 'pass' unless the attachment was swapped
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

export async function extractBundleFromPdf(
  pdf: Uint8Array,
): Promise<{ bundleBytes: Uint8Array; declaredSha256?: string }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const specs = [...namedFiles(doc), ...annotatedFiles(doc)].filter((s) => fileName(s) === ATTACHMENT);
  const contents = dedupe(specs.flatMap((s) => embeddedBytes(s) ?? []));
  if (contents.length === 0)
    throw new Error(
      `the PDF has no embedded file named ${ATTACHMENT} (neither in its EmbeddedFiles name tree nor as a file attachment annotation): it is not a Custos report, or its bundle was removed`,
    );
  if (contents.length > 1)
    throw new Error(
      `the PDF holds ${contents.length} different files named ${ATTACHMENT}: it is ambiguous which one the report is about`,
    );
  const declared = declaredSha256(doc);
  return { bundleBytes: contents[0]!, ...(declared ? { declaredSha256: declared } : {}) };
}

/** Passes when the attachment is the bundle the report was made from, as its metadata declares. */
export function attachmentCheck(bundleBytes: Uint8Array, declaredSha256: string | undefined): Check {
  const actual = toHex(sha256(bundleBytes));
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
function embeddedBytes(spec: PDFDict): Uint8Array | undefined {
  const ef = dictAt(spec, 'EF');
  const stream = ef && (ef.lookup(PDFName.of('UF')) ?? ef.lookup(PDFName.of('F')));
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : undefined;
}

function dedupe(contents: Uint8Array[]): Uint8Array[] {
  const byHash = new Map(contents.map((c) => [toHex(sha256(c)), c]));
  return [...byHash.values()];
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

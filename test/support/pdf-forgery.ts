/**
 * Forgeries of a report PDF, as someone with ordinary PDF tools would make them: an incremental
 * update appended to the genuine file (a viewer shows the last revision), an annotation drawn
 * over a row, a page removed, the attachment swapped for another genuine bundle with the
 * metadata made to match. pdf-lib writes them; the incremental update is written by hand, as
 * ISO 32000 §7.5.6 describes it, because pdf-lib always rewrites the whole file.
 */
import { createHash } from 'node:crypto';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFStream,
  PDFString,
} from 'pdf-lib';

/** Appends a revision that paints `text` in Helvetica over the top of page `pageNumber` (1-based). */
export async function appendOverlay(pdf: Uint8Array, text: string, pageNumber = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const page = doc.getPages()[pageNumber - 1]!;
  const pageRef = page.ref;
  const size = doc.context.largestObjectNumber + 1;
  const [streamNo, fontNo] = [size, size + 1];
  const content = `q 1 1 1 rg 40 770 520 40 re f Q BT /FX 20 Tf 48 780 Td (${text}) Tj ET`;
  const node = page.node.clone(doc.context);
  const old = node.get(PDFName.of('Contents'));
  node.set(PDFName.of('Contents'), doc.context.obj([old!, PDFRef.of(streamNo)]));
  const resources = (page.node.Resources() ?? doc.context.obj({})).clone(doc.context);
  const fonts = resources.lookup(PDFName.of('Font'));
  const fontDict = fonts instanceof PDFDict ? fonts.clone(doc.context) : doc.context.obj({});
  fontDict.set(PDFName.of('FX'), PDFRef.of(fontNo));
  resources.set(PDFName.of('Font'), fontDict);
  node.set(PDFName.of('Resources'), resources);
  const objects: [number, string][] = [
    [pageRef.objectNumber, node.toString()],
    [streamNo, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
    [fontNo, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
  ];
  const prev = lastStartxref(pdf);
  const trailer = doc.context.trailerInfo;
  let out = '\n';
  const offsets: [number, number][] = [];
  for (const [no, body] of objects) {
    offsets.push([no, pdf.length + out.length]);
    out += `${no} 0 obj\n${body}\nendobj\n`;
  }
  const xrefAt = pdf.length + out.length;
  out += 'xref\n';
  for (const [no, at] of offsets.sort((a, b) => a[0] - b[0]))
    out += `${no} 1\n${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${fontNo + 1} /Root ${trailer.Root} /Info ${trailer.Info} /ID ${trailer.ID} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const tail = new TextEncoder().encode(out);
  const result = new Uint8Array(pdf.length + tail.length);
  result.set(pdf);
  result.set(tail, pdf.length);
  return result;
}

function lastStartxref(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf.subarray(Math.max(0, pdf.length - 1024)));
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!m) throw new Error('no startxref at the end of the file');
  return Number(m[1]);
}

/** A square annotation, filled white with a red border, over the rectangle [x, y, w, h] of a page. */
export async function annotateOver(
  pdf: Uint8Array,
  pageNumber: number,
  rect: [number, number, number, number],
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const page = doc.getPages()[pageNumber - 1]!;
  const [x, y, w, h] = rect;
  const annot = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Square',
    Rect: [x, y, x + w, y + h],
    C: [1, 0, 0],
    IC: [1, 1, 1],
    F: 4,
    Contents: PDFString.of('corrected'),
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(annot)]));
  return doc.save({ useObjectStreams: false });
}

export async function removePage(pdf: Uint8Array, pageNumber: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.removePage(pageNumber - 1);
  return doc.save({ useObjectStreams: false });
}

/**
 * The attached bundle.json replaced by `bundleBytes`, and every place the report declares the
 * bundle's SHA-256 (Subject, XMP, the attachment's description) made to match.
 */
export async function swapAttachment(pdf: Uint8Array, bundleBytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const oldHash = /sha256:([0-9a-f]{64})/.exec(doc.getSubject() ?? '')![1]!;
  const newHash = createHash('sha256').update(bundleBytes).digest('hex');
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
  const tree = names.lookup(PDFName.of('EmbeddedFiles'), PDFDict);
  const pairs = tree.lookup(PDFName.of('Names'), PDFArray);
  const spec = pairs.lookup(1, PDFDict);
  const ef = spec.lookup(PDFName.of('EF'), PDFDict);
  const fileRef = ef.get(PDFName.of('F')) as PDFRef;
  const old = doc.context.lookup(fileRef) as PDFStream;
  const dict = old.dict.clone(doc.context);
  dict.delete(PDFName.of('Filter'));
  dict.set(PDFName.of('Length'), PDFNumber.of(bundleBytes.length));
  const params = dict.lookup(PDFName.of('Params'), PDFDict).clone(doc.context);
  params.set(PDFName.of('Size'), PDFNumber.of(bundleBytes.length));
  params.delete(PDFName.of('CheckSum'));
  dict.set(PDFName.of('Params'), params);
  doc.context.assign(fileRef, PDFRawStream.of(dict, bundleBytes));
  const desc = spec.lookup(PDFName.of('Desc'));
  if (desc) spec.set(PDFName.of('Desc'), PDFString.of(`custos-bundle, SHA-256 ${newHash}`));
  doc.setSubject(`custos-bundle sha256:${newHash}`);
  const metaRef = doc.catalog.get(PDFName.of('Metadata')) as PDFRef;
  const meta = doc.context.lookup(metaRef) as PDFRawStream;
  const xmp = new TextDecoder()
    .decode(meta.dict.has(PDFName.of('Filter')) ? decodePDFRawStream(meta).decode() : meta.getContents())
    .replaceAll(oldHash, newHash);
  const xmpBytes = new TextEncoder().encode(xmp);
  const metaDict = meta.dict.clone(doc.context);
  metaDict.delete(PDFName.of('Filter'));
  metaDict.set(PDFName.of('Length'), PDFNumber.of(xmpBytes.length));
  doc.context.assign(metaRef, PDFRawStream.of(metaDict, xmpBytes));
  return doc.save({ useObjectStreams: false });
}

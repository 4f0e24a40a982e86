/**
 * The court report as a PDF (pdfkit, A4, built-in fonts) with the bundle attached as the
 * embedded file `bundle.json`: the printout a court files and the data that proves it travel
 * as one document. The bundle's SHA-256 is printed and also stored in the PDF's `Subject`
 * (`custos-bundle sha256:<hex>`), so that a verifier can tell an attachment swapped after the
 * fact (see {@link attachmentCheck}). Given the same inputs it writes the same bytes: the
 * creation date is the report's, and pdfkit derives the file ID from it.
 *
 * ```ts
 * const pdf = await renderReportPdf(bundle, bundleBytes, result, { bundleSha256, generatedAt });
 * ```
 * @module
 */
import PDFDocument from 'pdfkit';
import type { Bundle } from '../core/ledger/bundle.ts';
import type { BundleVerification } from '../core/verify/result.ts';
import { DECLARED_PREFIX } from './pdf-bundle.ts';
import { COLOUR, FONT, MARGIN, PdfLayout } from './pdf-layout.ts';
import { drawTable } from './pdf-table.ts';
import { needsSubstitution } from './pdf-text.ts';
import { buildReportModel } from './report-model.ts';
import type { Part, ReportMeta, ReportModel } from './report-parts.ts';

export const ATTACHMENT_NAME = 'bundle.json';

export async function renderReportPdf(
  bundle: Bundle,
  bundleBytes: Uint8Array,
  result: BundleVerification,
  meta: ReportMeta,
): Promise<Uint8Array> {
  const model = buildReportModel(bundle, result, meta);
  const doc = newDocument(model, meta);
  const done = collect(doc);
  attachBundle(doc, bundleBytes, meta);
  const w = new PdfLayout(doc);
  header(w, model);
  for (const section of model.sections) {
    w.heading(section.title);
    for (const p of section.parts) part(w, p);
  }
  w.footers(`Item ${model.item} · ${model.verdict} · bundle SHA-256 ${model.bundleSha256}`);
  doc.end();
  return done;
}

function newDocument(model: ReportModel, meta: ReportMeta): InstanceType<typeof PDFDocument> {
  const date = new Date(meta.generatedAt);
  return new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `${model.title} (${model.verdict})`,
      Subject: `${DECLARED_PREFIX}${model.bundleSha256}`,
      Creator: 'Custos',
      Keywords: 'chain of custody; custos-bundle/v1',
      CreationDate: date,
      ModDate: date,
    },
  });
}

function collect(doc: InstanceType<typeof PDFDocument>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

function attachBundle(doc: InstanceType<typeof PDFDocument>, bytes: Uint8Array, meta: ReportMeta): void {
  const date = new Date(meta.generatedAt);
  // `relationship` (PDF 2.0 AFRelationship) is in pdfkit but not in its type declarations.
  const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
    name: ATTACHMENT_NAME,
    type: 'application/json',
    description: `custos-bundle/v1, SHA-256 ${meta.bundleSha256.toLowerCase()}`,
    creationDate: date,
    modifiedDate: date,
    relationship: 'Source',
  };
  doc.file(Buffer.from(bytes), options);
}

function header(w: PdfLayout, m: ReportModel): void {
  w.title(m.title);
  const [fill, border] = m.verified ? [COLOUR.okFill, COLOUR.ok] : [COLOUR.alertFill, COLOUR.alert];
  w.box(`${m.verdict}: ${m.verdictDetail}`, { font: FONT.bold, size: 10.5, colour: border }, fill, border);
  w.fields(m.summary);
  if (needsSubstitution(JSON.stringify(m)))
    w.paragraph(
      'Some characters cannot be printed in this PDF’s fonts and are shown transliterated or as “?”. The attached bundle.json and the HTML report hold the exact text.',
    );
}

function part(w: PdfLayout, p: Part): void {
  if (p.kind === 'subheading') w.subheading(p.text);
  else if (p.kind === 'paragraph') w.paragraph(p.text, p.emphasis);
  else if (p.kind === 'list') w.list(p.items, p.ordered);
  else if (p.kind === 'code') w.box(p.text, { font: FONT.mono, size: 10 }, COLOUR.code, COLOUR.grid, 6);
  else if (p.kind === 'fields') w.fields(p.fields);
  else drawTable(w, p.table);
}

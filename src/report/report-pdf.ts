/**
 * The court report as a PDF/A-3b document (pdfkit, A4) with the bundle attached as the
 * associated file `bundle.json` (AFRelationship Source): the printout a court files and the
 * data that proves it travel as one archival document. Text is printed in embedded, subsetted
 * Noto fonts, shaped and ordered for any script (text-layout.ts). The bundle's SHA-256 is
 * printed and also stored in the PDF's `Subject` (`custos-bundle sha256:<hex>`) and XMP, so
 * that a verifier can tell an attachment swapped after the fact (see {@link attachmentCheck}).
 *
 * Deterministic: the same bundle, verification, metadata and renderer version give the same
 * bytes. The dates are the report's, pdfkit derives the file ID from the document information,
 * and font subset tags from the fonts' registration order. The XMP records what is needed to
 * render the pages again (pdf-metadata.ts).
 *
 * ```ts
 * const pdf = await renderReportPdf(bundle, bundleBytes, result, { bundleSha256, generatedAt }, nodeFontSource,
 *   reportOptions({ languages: ['az', 'en'] }));
 * ```
 * @module
 */
import { md5 } from '@noble/hashes/legacy.js';
import PDFDocument from 'pdfkit';
import { toHex } from '../core/encoding.ts';
import { type Translator, translator } from '../core/i18n/translator.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import type { BundleVerification } from '../core/verify/result.ts';
import { DECLARED_PREFIX } from './pdf-bundle.ts';
import { type DeflatedAhead, type Deflater, deflatePagesAhead, useOneDeflate } from './pdf-deflate.ts';
import { FACES, FontSet, type FontSource } from './pdf-fonts.ts';
import { COLOUR, MARGIN, PdfLayout } from './pdf-layout.ts';
import { type RenderRecord, xmpDescriptions } from './pdf-metadata.ts';
import { drawTable } from './pdf-table.ts';
import { LOG_KEY_ONLY, recordedTrustJson } from './recorded-trust.ts';
import { buildReportModel } from './report-model.ts';
import {
  DEFAULT_REPORT_OPTIONS,
  PDF_RENDERER,
  type ReportOptions,
  recordedOptions,
} from './report-options.ts';
import type { Part, ReportMeta, ReportModel } from './report-parts.ts';
import { TextLayout, unprintableIn } from './text-layout.ts';

export const ATTACHMENT_NAME = 'bundle.json';
export { PDF_RENDERER } from './report-options.ts';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * Work a caller may do on another thread, leaving the bytes the same (pdf-deflate.ts): the CLI's
 * verifier deflates the attachment while it verifies the bundle, and the pages beside the
 * renderer.
 */
export interface RenderHelp {
  /** Streams already deflated, such as the attachment's (by the very bytes given to render). */
  readonly deflated?: DeflatedAhead;
  /** Deflates the page contents once all pages are drawn. */
  readonly deflater?: Deflater;
  /** MD5 (hex) of bytes, such as the attachment's, by the very bytes. */
  readonly md5?: WeakMap<Uint8Array, string>;
  /** SHA-256 (hex) of bytes, such as the attachment's, by the very bytes (read by report-again.ts). */
  readonly sha256?: WeakMap<Uint8Array, string>;
}

export async function renderReportPdf(
  bundle: Bundle,
  bundleBytes: Uint8Array,
  result: BundleVerification,
  meta: ReportMeta,
  fonts: FontSource,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
  help: RenderHelp = {},
): Promise<Uint8Array> {
  const tr = translator(options.languages);
  const model = buildReportModel(bundle, result, meta, tr);
  // Everything needed to draw these pages again from the attached bundle (report-options.ts).
  const record: RenderRecord = {
    renderer: PDF_RENDERER,
    languages: options.languages,
    generatedAt: meta.generatedAt,
    bundleSha256: model.bundleSha256,
    options: recordedOptions(options),
    trust: recordedTrustJson(meta.trust ?? LOG_KEY_ONLY),
  };
  const doc = newDocument(model, record);
  const ahead: DeflatedAhead = help.deflated ?? new WeakMap();
  useOneDeflate(doc, ahead);
  const done = collect(doc);
  for (const face of FACES) doc.registerFont(face, fonts.bytes(face) as Buffer);
  attachBundle(doc, bundleBytes, meta, help.md5?.get(bundleBytes));
  const fontSet = new FontSet(fonts);
  const w = new PdfLayout(doc, new TextLayout(fontSet, model.direction), tr.first('report.seeBundle'));
  doc.y = MARGIN.top;
  header(w, model, tr, unprintableIn(fontSet, stringsOf(model).join('\n')));
  for (const section of model.sections) {
    // A block of fields keeps up to 260 points together (pdf-layout.ts): its heading goes with it.
    w.heading(section.title, section.parts[0]?.kind === 'fields' ? 260 : undefined);
    for (const p of section.parts) part(w, p);
  }
  w.footers(
    [
      tr.first('report.footer', { item: model.item, verdict: model.verdict, sha256: model.bundleSha256 }),
      ...model.notices,
    ].join('\n'),
    (n, of) => tr.first('report.page', { n: String(n), of: String(of) }),
  );
  if (help.deflater) await deflatePagesAhead(doc, help.deflater, ahead);
  doc.end();
  return done;
}

function newDocument(model: ReportModel, record: RenderRecord): Doc {
  const date = new Date(record.generatedAt);
  const info = {
    Title: `${model.title} (${model.verdict})`,
    Subject: `${DECLARED_PREFIX}${model.bundleSha256}`,
    Creator: `Custos (${record.renderer})`,
    Producer: 'Custos with PDFKit',
    Keywords: 'chain of custody; custos-bundle',
    CreationDate: date,
    ModDate: date,
  };
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: record.languages[0]!,
    displayTitle: true,
    // No default font: pdfkit would open Helvetica, which browsers lack and the report never uses.
    font: null,
    info,
  } as unknown as PDFKit.PDFDocumentOptions);
  // pdfkit's own XMP neither escapes nor mirrors every field PDF/A asks for: write ours.
  (doc as unknown as { _addInfo: () => void })._addInfo = function addInfo(this: Doc) {
    (this as unknown as { appendXML(xml: string): void }).appendXML(
      xmpDescriptions({
        title: info.Title,
        description: info.Subject,
        creatorTool: info.Creator,
        producer: info.Producer,
        keywords: info.Keywords,
        language: record.languages[0]!,
        created: date,
        record,
      }),
    );
  };
  return doc;
}

function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  return new Promise((resolve, reject) => {
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    doc.on('error', reject);
  });
}

/**
 * The bundle as the associated file, written as pdfkit 0.20's `doc.file()` writes it (pinned by
 * the lock file; the same objects, in the same order), but with its MD5 (the file's `CheckSum`)
 * given when the caller has it already: pdfkit would hash 10 MB in JavaScript on every render.
 */
function attachBundle(doc: Doc, bytes: Uint8Array, meta: ReportMeta, md5Hex?: string): void {
  const date = new Date(meta.generatedAt);
  const d = doc as unknown as FileInternals;
  const file = d.ref({
    Type: 'EmbeddedFile',
    Params: {
      CreationDate: date,
      ModDate: date,
      CheckSum: new String(md5Hex ?? toHex(md5(bytes))),
      Size: bytes.byteLength,
    },
    // pdfkit's escapeName('application/json'): the slash is not a regular character of a name.
    Subtype: 'application#2Fjson',
  });
  file.end(bytes);
  const spec = d.ref({
    Type: 'Filespec',
    // PDF/A-3: the report is made from this file.
    AFRelationship: 'Source',
    F: new String(ATTACHMENT_NAME),
    EF: { F: file },
    UF: new String(ATTACHMENT_NAME),
    Desc: new String(`custos-bundle, SHA-256 ${meta.bundleSha256.toLowerCase()}`),
  });
  spec.end();
  d.addNamedEmbeddedFile(ATTACHMENT_NAME, spec);
  d._root.data.AF = [...(d._root.data.AF ?? []), spec];
}

/** The parts of pdfkit's document that `doc.file()` uses. */
interface FileInternals {
  ref(data: object): { end(chunk?: Uint8Array): void };
  addNamedEmbeddedFile(name: string, ref: unknown): void;
  _root: { data: { AF?: unknown[] } };
}

function header(w: PdfLayout, m: ReportModel, tr: Translator, unprintable: readonly number[]): void {
  w.title(m.title);
  const [fill, border] = m.verified ? [COLOUR.okFill, COLOUR.ok] : [COLOUR.alertFill, COLOUR.alert];
  w.box(`${m.verdict}: ${m.verdictDetail}`, { font: 'bold', size: 10.5, colour: border }, fill, border);
  w.fields(m.summary);
  for (const notice of m.notices) w.paragraph(notice, 'warn');
  if (unprintable.length)
    w.paragraph(tr.lines('report.unprintable', { codes: unprintable.map(codePoint).join(', ') }), 'alert');
}

/**
 * Every string of the model, once, in the order first met depth first (as JSON.stringify would
 * visit them, without writing megabytes of JSON for a table of ten thousand rows): what no font
 * can print is found before anything is drawn.
 */
function stringsOf(model: ReportModel): string[] {
  const out = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.add(value);
    else if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(model);
  return [...out];
}

const codePoint = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function part(w: PdfLayout, p: Part): void {
  if (p.kind === 'subheading') w.subheading(p.text);
  else if (p.kind === 'paragraph') w.paragraph(p.text, p.emphasis);
  else if (p.kind === 'list') w.list(p.items, p.ordered);
  else if (p.kind === 'code') w.box(p.text, { font: 'mono', size: 10 }, COLOUR.code, COLOUR.grid, 6);
  else if (p.kind === 'fields') w.fields(p.fields);
  else drawTable(w, p.table);
}

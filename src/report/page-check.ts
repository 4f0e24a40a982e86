/**
 * The pages of a report PDF checked against its verified bundle, in Node and in browsers alike.
 *
 * The renderer is deterministic and the report's XMP records how it was made (renderer
 * version, language, options: pdf-metadata.ts), so the verifier renders the report again from
 * the bundle it has just verified and requires the presented file to be byte for byte that
 * re-rendering (docs/threat-model.md argues why identity, not similarity). Identity leaves no
 * room for anything added after export: an incremental
 * update, an annotation, a form field, optional content, a page added or removed, an edited
 * glyph or a swapped font all change the bytes.
 *
 * When the bytes differ, the check says where, for a person: the revisions of the file, what
 * was added to which page, and the first line of each page whose text differs from the
 * re-rendering ("page 3: the report shows …, the verified history says …").
 *
 * ```ts
 * const check = await checkPages(pdfBytes, (record) => renderFromRecord(record, bundle, bytes, result, fonts));
 * check.status; // 'pass' when every page is what the verified history renders to
 * ```
 * @module
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFStream,
} from 'pdf-lib';
import type { Message, Values } from '../core/i18n/translator.ts';
import { splitSignedPdf } from '../core/pades/signature-update.ts';
import { type CheckDetailKey, checkLine, nested, reasonOf } from '../core/verify/check-line.ts';
import type { Check } from '../core/verify/result.ts';
import { type RenderRecord, readRenderRecord } from './pdf-metadata.ts';
import { pageTexts } from './pdf-page-text.ts';

/** Thrown by a renderer that cannot make the pages a record describes (another version, a missing font). */
export class NotReproducible extends Error {}

/** At most this many differences are listed; a count says how many more there are. */
const MAX_FINDINGS = 8;

/**
 * `parsed` is `pdf` as pdf-lib already read it (extractBundleFromPdf), if it was: it is only
 * where the render record is read from, and the verdict rests on the bytes of `pdf`.
 */
export async function checkPages(
  pdf: Uint8Array,
  render: (record: RenderRecord) => Promise<Uint8Array>,
  parsed?: PDFDocument,
): Promise<Check> {
  let presented: PDFDocument;
  try {
    presented = parsed ?? (await PDFDocument.load(pdf, { updateMetadata: false }));
  } catch (e) {
    return fail('detail.pdfUnreadable', { reason: reasonOf(e) });
  }
  const record = renderRecordOf(presented);
  if (!record) return notChecked(nested('detail.noRenderRecord'));
  let rendered: Uint8Array;
  try {
    rendered = await render(record);
  } catch (e) {
    if (e instanceof NotReproducible) return notChecked(e.message);
    throw e;
  }
  // A signed report: the pages are the signed revision's, and the rest must be the signature alone.
  const { base, signature } = splitSignedPdf(pdf);
  const subject = signature?.exact ? base : pdf;
  if (sameBytes(subject, rendered))
    return checkLine('pages', 'pass', 'detail.pagesMatch', {
      renderer: record.renderer,
      languages: record.languages.join('+'),
      hasSignature: signature ? 'yes' : 'no',
    });
  // Diagnosed on what the check compared: the signed revision of a well-signed file.
  const findings = describeDifferences(
    subject,
    signature?.exact ? await PDFDocument.load(base, { updateMetadata: false }) : presented,
    await PDFDocument.load(rendered, { updateMetadata: false }),
    signature && !signature.exact ? 'signed-and-more' : 'unsigned',
  );
  const shown = findings.slice(0, MAX_FINDINGS);
  const more = findings.length - shown.length;
  // Each difference is described as the comparison found it, in English (a quoted detail).
  return fail('detail.pagesDiffer', {
    findings: shown.join('; '),
    ...(more > 0 ? { hasMore: 'yes', more } : { hasMore: 'no' }),
  });
}

const fail = (key: CheckDetailKey, values: Values): Check =>
  checkLine('pages', 'fail', key, values, { code: 'pages_differ' });

/**
 * A warning, not a pass: the history may verify, but nobody may read the pages as checked.
 * `why` is a catalogue message, or the text another step gave (in English).
 */
export const notChecked = (why: string | Message): Check =>
  checkLine('pages', 'warn', 'detail.pagesNotChecked', { why }, { code: 'pages_not_checked' });

export function renderRecordOf(doc: PDFDocument): RenderRecord | undefined {
  const meta = doc.catalog.lookup(PDFName.of('Metadata'));
  if (!(meta instanceof PDFStream)) return undefined;
  const bytes = meta instanceof PDFRawStream ? decodePDFRawStream(meta).decode() : meta.getContents();
  const r = readRenderRecord(new TextDecoder().decode(bytes));
  return r.renderer &&
    r.languages &&
    r.generatedAt &&
    r.bundleSha256 &&
    r.options !== undefined &&
    r.trust !== undefined
    ? (r as RenderRecord)
    : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** What a person should be told about how the presented file differs from the re-rendering. */
export function describeDifferences(
  bytes: Uint8Array,
  presented: PDFDocument,
  rendered: PDFDocument,
  signed: 'unsigned' | 'signed-and-more' = 'unsigned',
): string[] {
  const findings: string[] = [];
  const revisions = countRevisions(bytes);
  if (signed === 'signed-and-more')
    findings.push(
      `the file has ${revisions} revisions, and what follows the report is not its signature alone: something was added with or after the signature, and a viewer shows the last revision`,
    );
  else if (revisions > 1)
    findings.push(
      `the file has ${revisions} revisions: an incremental update was appended after the report was made, and a viewer shows the last one`,
    );
  for (const [key, what] of [
    ['AcroForm', 'form fields (AcroForm)'],
    ['OCProperties', 'optional content (layers a viewer may show or hide)'],
    ['OpenAction', 'an action run when the file opens'],
  ] as const)
    if (presented.catalog.has(PDFName.of(key)) && !rendered.catalog.has(PDFName.of(key)))
      findings.push(`the file has ${what}, which the report does not have`);
  const a = presented.getPages();
  const b = rendered.getPages();
  const textA = pageTexts(presented);
  const textB = pageTexts(rendered);
  if (a.length !== b.length) findings.push(pageCountFinding(textA, textB));
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const added = annotations(a[i]!.node).length - annotations(b[i]!.node).length;
    if (added > 0)
      findings.push(
        `page ${i + 1} carries ${added} annotation${added > 1 ? 's' : ''} (${annotations(a[i]!.node).join(', ')}) that the report does not have: something was drawn over or attached to the page after export`,
      );
    const line = firstDifferentLine(textA[i]!, textB[i]!);
    if (line)
      findings.push(`page ${i + 1}: the report shows “${line[0]}”, the verified history says “${line[1]}”`);
    else if (contentOf(presented, i) !== contentOf(rendered, i))
      findings.push(`page ${i + 1} is drawn differently (its text reads the same, its drawing does not)`);
  }
  if (!findings.length)
    findings.push(
      'the pages read and are drawn the same, but the file differs elsewhere (its metadata, fonts, attachment or structure)',
    );
  return findings;
}

function pageCountFinding(textA: string[][], textB: string[][]): string {
  const first = textA.findIndex((t, i) => t.join('\n') !== textB[i]?.join('\n'));
  const at = first === -1 ? textA.length : first;
  const head = (t: string[] | undefined) => clip(t?.find((l) => l.trim()) ?? '');
  return textA.length < textB.length
    ? `the file has ${textA.length} pages, the verified history renders ${textB.length}: from page ${at + 1} (“${head(textB[at])}”) pages are missing`
    : `the file has ${textA.length} pages, the verified history renders ${textB.length}: page ${at + 1} (“${head(textA[at])}”) is not part of the report`;
}

/** The first line that differs, in the presented and in the re-rendered page; both clipped. */
function firstDifferentLine(a: string[], b: string[]): [string, string] | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i]) return [clip(a[i] ?? '(nothing)'), clip(b[i] ?? '(nothing)')];
  return undefined;
}

const clip = (s: string) => (s.length > 140 ? `${s.slice(0, 139)}…` : s);

function annotations(page: PDFDict): string[] {
  const annots = page.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return [];
  return annots.asArray().map((_, i) => {
    const a = annots.lookup(i);
    const subtype = a instanceof PDFDict ? a.lookup(PDFName.of('Subtype')) : undefined;
    return subtype instanceof PDFName ? subtype.asString().slice(1) : 'annotation';
  });
}

function contentOf(doc: PDFDocument, index: number): string {
  const contents = doc.getPages()[index]!.node.Contents();
  const list = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return list
    .map((ref) => {
      const s = doc.context.lookup(ref);
      if (!(s instanceof PDFStream)) return '';
      const bytes = s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : s.getContents();
      return bytes.join(',');
    })
    .join('|');
}

/** `startxref` keywords in the file: one per revision (ISO 32000 §7.5.6, incremental updates). */
export function countRevisions(bytes: Uint8Array): number {
  let count = 0;
  const word = [0x73, 0x74, 0x61, 0x72, 0x74, 0x78, 0x72, 0x65, 0x66]; // "startxref"
  outer: for (let i = 0; i + word.length <= bytes.length; i++) {
    for (let k = 0; k < word.length; k++) if (bytes[i + k] !== word[k]) continue outer;
    count++;
  }
  return count;
}

/**
 * The incremental update that signs a report PDF (ISO 32000-1 §7.5.6 and §12.8; ETSI EN 319
 * 142-1, PAdES baseline): after the report's own revision, a signature dictionary
 * (`/SubFilter /ETSI.CAdES.detached`) whose `/ByteRange` covers the whole file but its
 * `/Contents`, an invisible signature field on page 1, the catalog with an `/AcroForm` naming
 * it, page 1 with an `/Annots` naming it, a cross-reference section and a trailer with `/Prev`.
 *
 * The update is a function of the signed revision, the signing time and the CMS alone: the
 * writer is deterministic, so a verifier splits a signed file at the signature object, writes
 * the update again from what it carries and requires the same bytes. Nothing else can hide in
 * the signature's revision, and nothing can follow it.
 *
 * ```ts
 * const prepared = signatureUpdate(report, '2026-12-03T13:00:00Z');          // zeros in /Contents
 * const cms = await cadesDetached(signedBytes(prepared.file, prepared.byteRange), signer);
 * const signed = signatureUpdate(report, '2026-12-03T13:00:00Z', cms).file;
 * ```
 * @module
 */
import { equalBytes, fromHex, toHex } from '../encoding.ts';
import { ValidationError } from '../errors.ts';

/** Room for the CMS, in bytes (hex doubles it): a certificate chain and a TSA token fit. */
export const CONTENTS_CAPACITY = 16_384;
const BYTE_RANGE_WIDTH = 40;

export type ByteRange = readonly [number, number, number, number];

export interface SignatureUpdate {
  readonly file: Uint8Array;
  readonly byteRange: ByteRange;
}

/** One character per byte. `apply` takes the bytes as they are: spreading them took 0.3 s for 4 MB. */
const latin1 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192)
    s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
};
const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The file with its signature update: `cms` in `/Contents`, or zeros to compute the ByteRange. */
export function signatureUpdate(base: Uint8Array, signingTime: string, cms?: Uint8Array): SignatureUpdate {
  if (cms && cms.length > CONTENTS_CAPACITY)
    throw new ValidationError(
      'too_large',
      `the signature (${cms.length} bytes) exceeds ${CONTENTS_CAPACITY} bytes`,
    );
  const rev = readRevision(base);
  const sig = rev.size;
  const field = rev.size + 1;
  const hex = toHex(cms ?? new Uint8Array(0)).padEnd(CONTENTS_CAPACITY * 2, '0');
  const head = `${sig} 0 obj\n<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n/ByteRange `;
  const tail = `\n/M (${pdfDate(signingTime)})\n>>\nendobj\n`;
  const start = base.length + head.length + BYTE_RANGE_WIDTH + '\n/Contents '.length;
  const objects: [number, string][] = [
    [
      field,
      `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T (Custos export signature)\n/V ${sig} 0 R\n/Rect [0 0 0 0]\n/F 132\n/P ${rev.page} 0 R\n>>`,
    ],
    [rev.root, withKey(rev.catalog, `/AcroForm <<\n/Fields [${field} 0 R]\n/SigFlags 3\n>>\n`, '/AcroForm')],
    [rev.page, withKey(rev.pageDict, `/Annots [${field} 0 R]\n`, '/Annots')],
  ];
  let text = '';
  const offsets = new Map<number, number>();
  // The signature object first: its /Contents then sits at a place known before it is filled.
  const sigText = `${head}${''.padEnd(BYTE_RANGE_WIDTH)}\n/Contents <${hex}>${tail}`;
  offsets.set(sig, base.length);
  text += sigText;
  for (const [n, dict] of objects) {
    offsets.set(n, base.length + text.length);
    text += `${n} 0 obj\n${dict}\nendobj\n`;
  }
  const xrefAt = base.length + text.length;
  text += `${xref(offsets)}trailer\n<<\n/Size ${rev.size + 2}\n/Root ${rev.root} 0 R\n/Info ${rev.info} 0 R\n/ID ${rev.id}\n/Prev ${rev.startxref}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const total = base.length + text.length;
  const end = start + hex.length + 2;
  const byteRange: ByteRange = [0, start, end, total - end];
  const range = `[${byteRange.join(' ')}]`.padEnd(BYTE_RANGE_WIDTH);
  text = text.slice(0, head.length) + range + text.slice(head.length + BYTE_RANGE_WIDTH);
  const file = new Uint8Array(total);
  file.set(base);
  file.set(bytes(text), base.length);
  return { file, byteRange };
}

/**
 * Why a ByteRange cannot be the one Custos writes for a file of `length` bytes, or undefined:
 * `[0 b c d]` with 0 < b < c ≤ length and c + d = length (two ranges around `/Contents`, the
 * second ending where the file ends). Checked before any byte is copied: the numbers are the
 * file's, not ours.
 */
export function byteRangeProblem([a, b, c, d]: ByteRange, length: number): string | undefined {
  if (![a, b, c, d].every(Number.isSafeInteger) || a !== 0 || !(0 < b && b < c && c <= length))
    return `its byte range [${a} ${b} ${c} ${d}] is not two ranges around the signature inside this file of ${length} bytes`;
  if (c + d > length) return `its byte range [${a} ${b} ${c} ${d}] reaches beyond the end of the file`;
  if (c + d < length) return `${length - c - d} bytes follow the end of its byte range`;
  return undefined;
}

/** What the ByteRange covers: the file without its `/Contents` hex string. */
export function signedBytes(file: Uint8Array, range: ByteRange): Uint8Array {
  const problem = byteRangeProblem(range, file.length);
  if (problem) throw new ValidationError('bad_format', `cannot read the signed bytes: ${problem}`);
  const [a, b, c, d] = range;
  const out = new Uint8Array(b + d);
  out.set(file.subarray(a, a + b));
  out.set(file.subarray(c, c + d), b);
  return out;
}

export interface SignedPdf {
  /** The revision that was signed: the report as rendered. */
  readonly base: Uint8Array;
  /**
   * Set when the file holds a signature update that cannot be read as the one Custos writes
   * (an edited or foreign signature dictionary): such a file is signed, and its signature is invalid.
   */
  readonly unreadable?: string;
  readonly signature?: {
    readonly cms: Uint8Array;
    readonly byteRange: ByteRange;
    /** The signing time the signature dictionary claims (`/M`), RFC 3339. */
    readonly signingTime: string;
    /** Whether the file is exactly the base and the update Custos writes for this CMS and time. */
    readonly exact: boolean;
  };
}

/**
 * Splits a report PDF at its signature, if it has one. `exact` is false when anything in or
 * after the signature's revision is not what {@link signatureUpdate} writes.
 */
export function splitSignedPdf(file: Uint8Array): SignedPdf {
  const text = latin1(file);
  const at = text.lastIndexOf(' 0 obj\n<<\n/Type /Sig\n');
  if (at < 0) {
    const unreadable = foreignSignature(text);
    return unreadable ? { base: file, unreadable } : { base: file };
  }
  const objStart = text.lastIndexOf('\n', at) + 1;
  const base = file.subarray(0, objStart);
  const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\] *\n\/Contents <([0-9a-f]*)>\n\/M \(D:(\d{14})Z\)/.exec(
    text.slice(objStart, objStart + CONTENTS_CAPACITY * 2 + 400),
  );
  if (!m)
    return {
      base,
      unreadable:
        'its signature dictionary cannot be read as the one Custos writes (its /ByteRange, /Contents or /M was changed)',
    };
  const byteRange: ByteRange = [0, Number(m[1]), Number(m[2]), Number(m[3])];
  const d = m[5]!;
  const signingTime = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}Z`;
  const cms = m[4]!.length % 2 ? undefined : derPrefix(fromHex(m[4]!));
  let exact = false;
  try {
    exact = cms !== undefined && equalBytes(signatureUpdate(base, signingTime, cms).file, file);
  } catch {
    exact = false;
  }
  return { base, signature: { cms: cms ?? new Uint8Array(0), byteRange, signingTime, exact } };
}

/**
 * A signature dictionary in an update after the report's own revision that is not in the form
 * Custos writes (another tool's, or ours rewritten): the report renderer writes one revision and
 * no signature, so anything signature-like after its first `%%EOF` is a signature update.
 */
function foreignSignature(text: string): string | undefined {
  const end = text.indexOf('%%EOF');
  if (end < 0) return undefined;
  return /\/Type\s*\/Sig\b|\/ByteRange\s*\[/.test(text.slice(end))
    ? 'the file has a signature update after the report, but not in the form Custos writes, so it cannot be checked'
    : undefined;
}

/**
 * The report's generation time its render record states (XMP `custos:generatedAt`, bundle.md §6),
 * read from the metadata stream the signed revision's catalog names (pdfkit writes it
 * uncompressed), or undefined.
 */
export function generatedAtOf(base: Uint8Array): string | undefined {
  try {
    const rev = readRevision(base);
    const ref = /\n\/Metadata (\d+) 0 R\n/.exec(rev.catalog);
    const text = latin1(base);
    const at = ref ? xrefOffsets(text, rev.startxref).get(Number(ref[1])) : undefined;
    if (at === undefined) return undefined;
    const stream = text.slice(at, text.indexOf('endstream', at));
    const m = /<custos:generatedAt>([0-9T:.Z+-]+)<\/custos:generatedAt>/.exec(stream);
    return m && !Number.isNaN(Date.parse(m[1]!)) ? m[1] : undefined;
  } catch {
    return undefined;
  }
}

interface Revision {
  readonly size: number;
  readonly root: number;
  readonly info: string;
  readonly id: string;
  readonly startxref: number;
  readonly catalog: string;
  readonly page: number;
  readonly pageDict: string;
}

/** The trailer, catalog and first page of a one-revision PDF as the report renderer writes it. */
function readRevision(base: Uint8Array): Revision {
  const text = latin1(base);
  const bad = (why: string) => new ValidationError('bad_format', `cannot sign this PDF: ${why}`);
  const t =
    /trailer\n<<\n\/Size (\d+)\n\/Root (\d+) 0 R\n\/Info (\d+) 0 R\n(\/ID \[<[0-9a-f]+> <[0-9a-f]+>\])\n>>\nstartxref\n(\d+)\n%%EOF\n$/.exec(
      text.slice(-400),
    );
  if (!t) throw bad('its trailer is not one this renderer writes');
  const startxref = Number(t[5]);
  const offsets = xrefOffsets(text, startxref);
  const object = (n: number) => {
    const at = offsets.get(n);
    const head = `${n} 0 obj\n`;
    if (at === undefined || text.slice(at, at + head.length) !== head)
      throw bad(`object ${n} is not where its xref says`);
    const end = text.indexOf('\nendobj\n', at);
    const dict = text.slice(at + head.length, end);
    if (!dict.startsWith('<<\n') || !dict.endsWith('\n>>')) throw bad(`object ${n} is not a dictionary`);
    return dict;
  };
  const root = Number(t[2]);
  const catalog = object(root);
  const pages = /\n\/Pages (\d+) 0 R\n/.exec(catalog);
  const kids = pages && /\n\/Kids \[(\d+) 0 R/.exec(object(Number(pages[1])));
  if (!kids) throw bad('it has no first page');
  const page = Number(kids[1]);
  return {
    size: Number(t[1]),
    root,
    info: t[3]!,
    id: t[4]!.slice('/ID '.length),
    startxref,
    catalog,
    page,
    pageDict: object(page),
  };
}

function xrefOffsets(text: string, at: number): Map<number, number> {
  const m = /^xref\n0 (\d+)\n/.exec(text.slice(at, at + 32));
  if (!m) throw new ValidationError('bad_format', 'cannot sign this PDF: no classic xref table');
  const out = new Map<number, number>();
  let p = at + m[0].length;
  for (let n = 0; n < Number(m[1]); n++, p += 20) {
    const entry = text.slice(p, p + 20);
    if (entry[17] === 'n') out.set(n, Number(entry.slice(0, 10)));
  }
  return out;
}

/** The dictionary with one more key; refuses one that already has it. */
function withKey(dict: string, entry: string, key: string): string {
  if (dict.includes(`\n${key} `) || dict.includes(`\n${key}\n`))
    throw new ValidationError('bad_format', `cannot sign this PDF: it already has ${key}`);
  return `${dict.slice(0, -2)}${entry}>>`;
}

function xref(offsets: Map<number, number>): string {
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  let out = 'xref\n';
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    out += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) out += `${String(offsets.get(numbers[k]!)).padStart(10, '0')} 00000 n \n`;
    i = j + 1;
  }
  return out;
}

/** `D:YYYYMMDDHHmmSSZ` (ISO 32000-1 §7.9.4) from an RFC 3339 UTC time, to the second. */
function pdfDate(rfc3339: string): string {
  const ms = Date.parse(rfc3339);
  if (!/Z$/.test(rfc3339) || Number.isNaN(ms))
    throw new ValidationError('bad_format', `the signing time ${rfc3339} is not an RFC 3339 UTC time`);
  return `D:${new Date(ms).toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`;
}

/** The DER element at the start of `b` (a SEQUENCE), without the zero padding after it. */
function derPrefix(b: Uint8Array): Uint8Array | undefined {
  if (b[0] !== 0x30 || b.length < 2) return undefined;
  const first = b[1]!;
  let length = first;
  let header = 2;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 3) return undefined;
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + b[2 + i]!;
    header = 2 + n;
  }
  return header + length <= b.length ? b.slice(0, header + length) : undefined;
}

/**
 * Reading what the reader drops on the page, in the page: a bundle (as bundle.json, or attached
 * to a report PDF) and, optionally, the evidence file itself, hashed in chunks so that a
 * many-gigabyte image never has to fit in memory. Nothing is sent anywhere.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../core/encoding.ts';
import { readBundleJson } from '../../core/verify/read-bundle.ts';
import type { Check } from '../../core/verify/result.ts';
import { attachmentCheck, extractBundleFromPdf, type ReportAttachment } from '../../report/pdf-bundle.ts';

export interface LoadedBundle {
  readonly name: string;
  readonly kind: 'json' | 'pdf';
  /** The parsed JSON, still untrusted: the verifier checks its shape. */
  readonly value: unknown;
  /** SHA-256 of the bundle.json bytes, as a report prints it. */
  readonly sha256: string;
  /** Checks made before verifying (e.g. the PDF attachment's digest). */
  readonly checks: readonly Check[];
  /** A report PDF, its attached bundle's bytes and the PDF as parsed, for the check of its printed pages. */
  readonly report?: {
    readonly pdf: Uint8Array;
    readonly bundleBytes: Uint8Array;
    readonly document: ReportAttachment['document'];
  };
}

/** Reads the bundle out of a dropped file; a file that is not one yields a failing check. */
export async function loadBundle(file: Blob, name: string): Promise<LoadedBundle> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPdf(bytes)) return loadFromPdf(bytes, name);
  return fromJsonBytes(bytes, name, 'json', []);
}

/**
 * SHA-256 of the whole bundle, in hex: WebCrypto's native digest where the page has it (a
 * secure context), noble otherwise. Noble took over a second for a 10 MB bundle.
 */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const own =
      bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
    return toHex(new Uint8Array(await subtle.digest('SHA-256', own)));
  }
  return toHex(sha256(bytes));
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/** A report PDF carries the bundle as an attachment, and declares the attachment's SHA-256. */
async function loadFromPdf(pdf: Uint8Array, name: string): Promise<LoadedBundle> {
  let extracted: ReportAttachment;
  try {
    extracted = await extractBundleFromPdf(pdf);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      name,
      kind: 'pdf',
      value: undefined,
      sha256: '',
      checks: [{ id: 'attachment', status: 'fail', detail: `${name}: ${why}` }],
    };
  }
  const { bundleBytes, document } = extracted;
  const loaded = await fromJsonBytes(bundleBytes, name, 'pdf', [attachmentCheck(extracted)]);
  return { ...loaded, report: { pdf, bundleBytes, document } };
}

async function fromJsonBytes(
  bytes: Uint8Array,
  name: string,
  kind: LoadedBundle['kind'],
  checks: readonly Check[],
): Promise<LoadedBundle> {
  const digest = await sha256Hex(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const failure: Check = { id: 'format', status: 'fail', detail: `${name} is not UTF-8: ${why}` };
    return { name, kind, value: undefined, sha256: digest, checks: [...checks, failure] };
  }
  const read = readBundleJson(text, name);
  if ('value' in read) return { name, kind, value: read.value, sha256: digest, checks };
  return { name, kind, value: undefined, sha256: digest, checks: [...checks, read.failure] };
}

/** 4 MiB: large enough that per-chunk overhead vanishes, small enough to keep the page responsive. */
const CHUNK = 4 * 1024 * 1024;

/** Lowercase hex SHA-256 of a file of any size, reporting progress between chunks. */
export async function sha256OfFile(
  file: Blob,
  progress: (done: number, total: number) => void = () => {},
): Promise<string> {
  const hash = sha256.create();
  for (let at = 0; at < file.size; at += CHUNK) {
    const end = Math.min(at + CHUNK, file.size);
    hash.update(new Uint8Array(await file.slice(at, end).arrayBuffer()));
    progress(end, file.size);
  }
  return toHex(hash.digest());
}

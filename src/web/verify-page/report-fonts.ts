/**
 * The report fonts for checking a report's pages in the browser: fetched from the Custos server
 * that served this page (same origin, /verify/fonts/<face>.ttf) and accepted only with the
 * SHA-256 pinned in the source (src/report/pdf-fonts.ts), so that the server cannot choose how
 * the re-rendered pages look. A page opened as a saved file has no server: it says so, and the
 * verdict says the pages were NOT checked.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../core/encoding.ts';
import { FACE_SHA256, FACES, type Face, type FontSource } from '../../report/pdf-fonts.ts';

export type ReportFonts =
  | { readonly ok: true; readonly source: FontSource }
  | { readonly ok: false; readonly why: string };

let loading: Promise<ReportFonts> | undefined;

/** Fetched once per page; a failure is not kept, so that the next report tries again. */
export function reportFonts(): Promise<ReportFonts> {
  loading ??= fetchFonts().then((r) => {
    if (!r.ok) loading = undefined;
    return r;
  });
  return loading;
}

async function fetchFonts(): Promise<ReportFonts> {
  if (!/^https?:$/.test(location.protocol))
    return {
      ok: false,
      why: 'this page was opened as a local file, so it cannot load the report fonts it needs to draw the pages again',
    };
  try {
    const bytes = await Promise.all(FACES.map(fetchFace));
    const byFace = new Map(FACES.map((f, i) => [f, bytes[i]!]));
    return { ok: true, source: { bytes: (face: Face) => byFace.get(face)! } };
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
}

async function fetchFace(face: Face): Promise<Uint8Array> {
  const url = new URL(`/verify/fonts/${face}.ttf`, location.href);
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new Error(`the report font ${face} could not be fetched from ${url.origin}`);
  }
  if (!res.ok)
    throw new Error(`the report font ${face} could not be fetched from ${url.origin} (HTTP ${res.status})`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const digest = await digestOf(bytes);
  if (digest !== FACE_SHA256[face])
    throw new Error(
      `the server sent a report font ${face} with SHA-256 ${digest}, not the pinned ${FACE_SHA256[face]}: it was refused`,
    );
  return bytes;
}

async function digestOf(bytes: Uint8Array): Promise<string> {
  // WebCrypto hashes the 10 MB Chinese faces natively; noble where it is missing.
  if (globalThis.crypto?.subtle)
    return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  return toHex(sha256(bytes));
}

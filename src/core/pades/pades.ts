/**
 * PAdES signatures of court reports (ETSI EN 319 142-1 baseline B-B, and B-T with a TSA): the
 * exporting authority signs the report as rendered, in one incremental update
 * (signature-update.ts) holding a detached CAdES signature (cades.ts); the verifier checks that
 * the ByteRange covers the whole file but the signature value, the signature itself, and that
 * the file is exactly the signed revision plus the update Custos writes for that signature.
 * The signature says who exported the report; the page check (src/report/page-check.ts) still
 * proves what its pages say, on the signed revision.
 *
 * ```ts
 * const signed = await signPdf(report, signer, '2026-12-03T13:00:00Z');
 * const check = await checkPdfSignature(signed, tsaRoots); // check.status 'pass', check.detail "signed by …"
 * ```
 * @module
 */

import type { TsaRoot } from '../timestamp/verify-token.ts';
import { type CheckDetailKey, checkLine } from '../verify/check-line.ts';
import type { Check } from '../verify/result.ts';

/** A check line's values (core/pades depends on core/verify, not on the catalogues). */
type Values = NonNullable<Parameters<typeof checkLine>[3]>;

import {
  type CadesSigner,
  type CadesSignerInfo,
  cadesDetached,
  type SignatureTimestamp,
  verifyCades,
} from './cades.ts';
import {
  byteRangeProblem,
  generatedAtOf,
  signatureUpdate,
  signedBytes,
  splitSignedPdf,
} from './signature-update.ts';

/** The report with the authority's signature appended; `signingTime` is RFC 3339 UTC. */
export async function signPdf(
  report: Uint8Array,
  signer: CadesSigner,
  signingTime: string,
): Promise<Uint8Array> {
  const time = `${new Date(Date.parse(signingTime)).toISOString().slice(0, 19)}Z`;
  const prepared = signatureUpdate(report, time);
  const cms = await cadesDetached(signedBytes(prepared.file, prepared.byteRange), signer);
  return signatureUpdate(report, time, cms).file;
}

export interface SignatureFinding {
  readonly check: Check;
  readonly signer?: CadesSignerInfo;
}

const fail = (key: CheckDetailKey, values: Values, signer?: CadesSignerInfo, code = 'signature_invalid') => ({
  check: checkLine('signature', 'fail', key, values, { code }),
  ...(signer ? { signer } : {}),
});

/**
 * The `signature` check of a report PDF: who signed it, or why the signature fails. The signing
 * time may not precede the report's generation time, read from its render record
 * (custos:generatedAt), else `reportMadeAt` (the caller's fallback: the bundle's createdAt):
 * nobody signs a report before it exists.
 */
export async function checkPdfSignature(
  file: Uint8Array,
  tsaRoots: readonly TsaRoot[],
  reportMadeAt?: string,
): Promise<SignatureFinding> {
  const { base, signature, unreadable } = splitSignedPdf(file);
  if (unreadable) return fail('detail.reportSignatureInvalid', { reason: unreadable });
  if (!signature) return { check: checkLine('signature', 'info', 'detail.reportNotSigned') };
  const problem = byteRangeProblem(signature.byteRange, file.length);
  const [, b, c, d] = signature.byteRange;
  if (problem && 0 < b && b < c && c + d < file.length)
    return fail('detail.reportSignatureAppended', { n: file.length - c - d }, undefined, 'signature_range');
  if (problem) return fail('detail.reportSignatureInvalid', { reason: problem });
  const found = await verifyCades(
    signature.cms,
    signedBytes(file, signature.byteRange),
    tsaRoots,
    signature.signingTime,
    generatedAtOf(base) ?? reportMadeAt,
  );
  if (!found.ok) return fail('detail.reportSignatureInvalid', { reason: found.reason }, found.signer);
  if (!signature.exact) return fail('detail.reportSignatureRevision', {}, found.signer, 'signature_revision');
  return {
    check: checkLine(
      'signature',
      'pass',
      'detail.reportSigned',
      signedBy(found.signer, signature.signingTime, found.timestamp),
    ),
    signer: found.signer,
  };
}

/** The values of the pass sentence: the certificate's fingerprint first, then its names, then the time. */
function signedBy(s: CadesSignerInfo, at: string, ts: SignatureTimestamp | undefined): Values {
  return {
    key: s.key,
    sha256: s.certificateSha256,
    subject: s.subject,
    issuer: s.issuer,
    notBefore: s.notBefore.slice(0, 10),
    notAfter: s.notAfter.slice(0, 10),
    at,
    whichTime: !ts ? 'own' : ts.checked ? 'checked' : 'unchecked',
    tsa: ts?.tsa ?? '',
    genTime: ts?.genTime ?? '',
    root: ts?.checked ? ts.root : '',
    level: ts?.checked ? 'PAdES B-T' : 'PAdES B-B',
  };
}

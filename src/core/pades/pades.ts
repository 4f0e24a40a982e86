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
import type { Check } from '../verify/result.ts';
import {
  type CadesSigner,
  type CadesSignerInfo,
  cadesDetached,
  type SignatureTimestamp,
  verifyCades,
} from './cades.ts';
import { signatureUpdate, signedBytes, splitSignedPdf } from './signature-update.ts';

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

const fail = (code: string, detail: string, signer?: CadesSignerInfo): SignatureFinding => ({
  check: { id: 'signature', status: 'fail', code, detail: `the report's signature is NOT valid: ${detail}` },
  ...(signer ? { signer } : {}),
});

/** The `signature` check of a report PDF: who signed it, or why the signature fails. */
export async function checkPdfSignature(
  file: Uint8Array,
  tsaRoots: readonly TsaRoot[],
): Promise<SignatureFinding> {
  const { signature } = splitSignedPdf(file);
  if (!signature)
    return {
      check: {
        id: 'signature',
        status: 'info',
        detail:
          'the report is not signed by the authority that exported it (no PAdES signature): who exported it is not proven; its pages are checked against the verified history all the same',
      },
    };
  const [, , c, d] = signature.byteRange;
  if (c + d !== file.length)
    return fail(
      'signature_range',
      c + d < file.length
        ? `${file.length - c - d} bytes were added after the signed range ends (an incremental update after signing), and a viewer shows them`
        : 'its byte range reaches beyond the end of the file',
    );
  const found = await verifyCades(
    signature.cms,
    signedBytes(file, signature.byteRange),
    tsaRoots,
    signature.signingTime,
  );
  if (!found.ok) return fail('signature_invalid', found.reason, found.signer);
  if (!signature.exact)
    return fail(
      'signature_revision',
      "the signature's revision holds more than the signature field Custos writes (another object, page or annotation was added with it)",
      found.signer,
    );
  return {
    check: {
      id: 'signature',
      status: 'pass',
      detail: signedBy(found.signer, signature.signingTime, found.timestamp),
    },
    signer: found.signer,
  };
}

function signedBy(s: CadesSignerInfo, at: string, ts: SignatureTimestamp | undefined): string {
  const level = ts?.checked ? 'PAdES B-T' : 'PAdES B-B';
  const time = !ts
    ? `at ${at} by the signer's own clock`
    : ts.checked
      ? `at ${at}, time-stamped by ${ts.tsa} at ${ts.genTime} (checked against the pinned TSA root ${ts.root})`
      : `at ${at}, time-stamped by ${ts.tsa} at ${ts.genTime} (NOT checked: ${ts.why})`;
  return `signed by “${s.subject}” (${s.key} certificate SHA-256 ${s.certificateSha256}, issued by “${s.issuer}”, valid ${s.notBefore.slice(0, 10)} to ${s.notAfter.slice(0, 10)}) ${time}, ${level}: the signature covers the whole file but its own value, and nothing follows it. No certification authority is checked here: whoever holds that certificate's key signed; compare the certificate's SHA-256 with the one the exporting authority publishes`;
}

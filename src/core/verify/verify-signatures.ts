/**
 * Verifier step 6, signatures: one job per parsed entry, checked by whichever implementation of
 * the one policy (src/core/crypto/ed25519.ts) the caller injects — the portable one, OpenSSL in
 * the CLI, WebCrypto in the browser — and reported the same way whichever it was.
 * @module
 */
import { fromBase64 } from '../encoding.ts';
import { signedMessageOf } from '../ledger/entry.ts';
import { checkLine } from './check-line.ts';
import type { Check } from './result.ts';
import type { Parsed } from './verify-entries.ts';

export interface SignatureJob {
  readonly entry: number;
  readonly actor: string;
  readonly signature: Uint8Array;
  readonly message: Uint8Array;
  readonly publicKey: Uint8Array;
}

/** What each entry's signature must verify over: its signing domain, kind and JCS payload. */
export function signatureJobs(parsed: readonly Parsed[]): SignatureJob[] {
  return parsed.map(({ entry, payloadJcs }) => ({
    entry: entry.index,
    actor: entry.signer.actor,
    signature: fromBase64(entry.signer.signature),
    message: signedMessageOf(entry.kind, payloadJcs),
    publicKey: fromBase64(entry.signer.publicKey),
  }));
}

/** One failure per entry whose signature does not verify, then the summary line. */
export function signatureChecks(jobs: readonly SignatureJob[], verdicts: readonly boolean[]): Check[] {
  const checks: Check[] = jobs
    .filter((_, i) => !verdicts[i])
    .map((j) =>
      checkLine(
        'signatures',
        'fail',
        'detail.signatureBad',
        { entry: String(j.entry), actor: j.actor },
        { entry: j.entry, code: 'bad_signature' },
      ),
    );
  const signed = jobs.length - checks.length;
  checks.push(
    checkLine('signatures', signed === jobs.length ? 'pass' : 'fail', 'detail.signatures', {
      n: signed,
      total: jobs.length,
    }),
  );
  return checks;
}

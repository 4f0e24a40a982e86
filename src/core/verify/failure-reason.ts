/**
 * Why another log's part or entry failed, as a catalogue message (src/core/i18n), never as a
 * thrown error's English: a /verify page or report in Azerbaijani says why in Azerbaijani, and
 * `custos verify` prints the same message's English. Errors raised on that path either carry
 * their message ({@link ExplainedVerificationError}) or carry, in `details`, the facts one is made
 * of (who signed, which witnesses are missing); anything else is named by its code alone, which
 * is the same in every language (docs/errors.md).
 *
 * ```ts
 * try { verifyTlogProof(text, trust, entry); }
 * catch (e) { checkLine('border', 'fail', 'detail.borderFailed', { reason: failureReason(e) }); }
 * ```
 * @module
 */
import { CustosError, type VerificationCode, VerificationError } from '../errors.ts';
import type { Message } from '../i18n/translator.ts';
import { englishText, listed, nested } from './check-line.ts';

/** A verification failure that says why in the catalogue; its `message` is that in English. */
export class ExplainedVerificationError extends VerificationError {
  readonly reason: Message;
  constructor(code: VerificationCode, reason: Message, details: Record<string, unknown> = {}) {
    super(code, englishText(reason), [], details);
    this.reason = reason;
  }
}

/** The failure `e` as a catalogue message: its own, one made of its facts, or its code. */
export function failureReason(e: unknown): Message {
  if (e instanceof ExplainedVerificationError) return e.reason;
  if (!(e instanceof CustosError)) return nested('reason.unreadable');
  const d = e.details;
  switch (e.code) {
    case 'bad_signature':
      if (typeof d.signer === 'string') return nested('reason.badSignature', { name: d.signer });
      break;
    case 'unknown_key':
      return nested('reason.notSignedByPinnedKey');
    case 'origin_mismatch':
    case 'untrusted_origin':
      if (typeof d.origin === 'string' && typeof d.pinned === 'string')
        return nested('reason.otherOrigin', { origin: d.origin, pinned: d.pinned });
      break;
    case 'bad_proof':
      return nested('reason.proofFails');
    case 'bad_format':
    case 'bad_length':
    case 'bad_range':
    case 'too_large':
      return nested('reason.malformed', { code: e.code });
  }
  return nested('reason.failedWithCode', { code: e.code });
}

/** The witness policy not met: how many cosigned of how many required, and who is missing. */
export function witnessQuorumFailed(q: {
  readonly cosignedBy: readonly string[];
  readonly missing: readonly string[];
  readonly threshold: number;
}): ExplainedVerificationError {
  return new ExplainedVerificationError(
    'witness_quorum',
    nested('reason.witnessQuorum', {
      n: q.cosignedBy.length,
      threshold: q.threshold,
      ...listed('cosigners', q.cosignedBy),
      ...listed('missing', q.missing),
    }),
    { cosignedBy: [...q.cosignedBy], missing: [...q.missing], threshold: q.threshold },
  );
}

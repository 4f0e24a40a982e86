/**
 * The transfer package of a cross-border hand-off (`custos-transfer/v1`, docs/formats.md): the
 * court bundle of the disclosed item in the sending state's log and the C2SP tlog-proof of the
 * disclosure entry. The receiving state verifies it offline against the key and witness policy
 * it pinned for the sender's origin: the bundle must verify in full, the disclosure must be an
 * entry of the bundle that discloses its item, and the tlog-proof must prove that very entry
 * (by its bytes) in a checkpoint that satisfies the witness policy.
 *
 * ```ts
 * const t = verifyTransfer(JSON.parse(text), { logKey, witnesses: { keys, threshold: 1 } });
 * t.origin; t.index; t.leafHash; t.addressee; // or t.recipient, an actor of the sending log
 * ```
 * @module
 */
import type { BundleVerification } from './result.ts';
import { checkTransferWith, type TransferTrust, type VerifiedTransfer } from './transfer-check.ts';
import { verifyBundle } from './verify-bundle.ts';

export {
  TRANSFER_FORMAT,
  type TransferPackage,
  type TransferTrust,
  type VerifiedTransfer,
} from './transfer-check.ts';

export function verifyTransfer(input: unknown, trust: TransferTrust): VerifiedTransfer {
  return checkTransfer(input, trust).transfer;
}

/** {@link verifyTransfer}, also answering its bundle's verification. */
export function checkTransfer(
  input: unknown,
  trust: TransferTrust,
): { transfer: VerifiedTransfer; bundle: BundleVerification } {
  return checkTransferWith(verifyBundle, input, trust);
}

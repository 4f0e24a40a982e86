/**
 * Payloads of the cross-border hand-off between two logs (docs/model.md, Across a border):
 * `transfer.imported`, recorded in the receiving state's log B once B verified the sending log
 * A's transfer package, creates B's item for what A disclosed; `transfer.receipt`, recorded in A,
 * closes the disclosure with the tlog-proof of B's import. Each names the other log's entry by
 * origin, index and leaf hash and carries that entry's bytes and its C2SP tlog-proof, so the
 * other side's act can be proven from this log alone with the other log's pinned key.
 * @module
 */
import { z } from 'zod';
import { fromBase64 } from '../encoding.ts';
import { ItemDescription } from './evidence-payloads.ts';
import { LeafHash, SubjectId, Text, Timestamp } from './fields.ts';

/** A log origin as checkpoints name it: one line of printable ASCII without spaces or "+". */
const Origin = z
  .string()
  .regex(/^[\x21-\x2a\x2c-\x7e]{1,255}$/, 'must be a log origin (printable ASCII, no spaces or "+")');

/** An entry of the other log, exactly as logged (its leaf bytes: RFC 8785 JSON, base64). */
const EntryBytes = z
  .string()
  .max(90_000, 'must be at most 90,000 characters')
  .refine(
    (s) => {
      try {
        return fromBase64(s).length > 0;
      } catch {
        return false;
      }
    },
    { message: 'must be the entry bytes in padded standard base64' },
  );

/** A C2SP tlog-proof@v1 of that entry (docs/formats.md): its checkpoint is the one verified against. */
const TlogProofText = z
  .string()
  .max(20_000, 'must be at most 20,000 characters')
  .startsWith('c2sp.org/tlog-proof@v1\n', 'must be a c2sp.org/tlog-proof@v1');

/** One entry of another log, and the proof that that log recorded it. */
export const ForeignEntry = z
  .object({
    origin: Origin,
    index: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    leafHash: LeafHash,
    entry: EntryBytes,
    tlogProof: TlogProofText,
  })
  .strict();
export type ForeignEntry = z.infer<typeof ForeignEntry>;

export const TransferImported = z
  .object({
    /** B's item: a new id under the importing officer's name. */
    id: SubjectId,
    case: SubjectId,
    /** B's request to the sending state that the disclosure answers. */
    request: SubjectId,
    ...ItemDescription,
    receivedAt: Timestamp,
    /** A's disclosure: its item in A is the disclosure entry's `item`. */
    disclosure: ForeignEntry,
  })
  .strict();
export type TransferImported = z.infer<typeof TransferImported>;

export const TransferReceipt = z
  .object({
    /** A's item that was disclosed. */
    item: SubjectId,
    prev: LeafHash,
    /** The index, in this log, of the disclosure the receipt closes. */
    disclosure: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    /** B's `transfer.imported` entry of that disclosure, and its tlog-proof in B. */
    import: ForeignEntry,
    note: Text(2000).optional(),
  })
  .strict();
export type TransferReceipt = z.infer<typeof TransferReceipt>;

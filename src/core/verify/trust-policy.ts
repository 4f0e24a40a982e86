/**
 * What a verifier trusts, given to it rather than read from the bundle: the log's pinned key,
 * optionally a witness policy and a checkpoint seen before (with a consistency proof to it).
 * @module
 */
import type { TsaRoot } from '../timestamp/verify-token.ts';

export interface WitnessPolicy {
  /** Cosignature verifier keys (`name+id+base64(0x04 ‖ key)`) of witnesses you trust. */
  readonly keys: readonly string[];
  /** How many of them must have cosigned. */
  readonly threshold: number;
}

/** The log's ML-DSA-44 key (docs/formats.md, post-quantum signatures). */
export interface PostQuantumPolicy {
  /** Its verifier key, `origin+id+base64(0x06 ‖ key)`, pinned like the log key. */
  readonly key: string;
  /** When true, a checkpoint without a verifying ML-DSA-44 line by this key fails. */
  readonly required: boolean;
}

/** Timestamping authorities a reader trusts (docs/verifying.md, time). */
export interface TsaPolicy {
  /** Pinned TSA root certificates (DER), each under the name the reader knows the TSA by. */
  readonly roots: readonly TsaRoot[];
  /** Every entry must be covered by a checkpoint with tokens from at least this many of them. */
  readonly required: number;
}

export interface TrustPolicy {
  /** The log's verifier key, obtained out of band and pinned. */
  readonly logKey: string;
  /** With a key, its signature line is checked wherever present; `required` demands it. */
  readonly postQuantum?: PostQuantumPolicy;
  readonly witnesses?: WitnessPolicy;
  readonly tsa?: TsaPolicy;
  /** A checkpoint note of this log you saw earlier: the bundle's must be one history with it. */
  readonly knownCheckpoint?: string;
  /**
   * An RFC 9162 consistency proof (base64 hashes) from the smaller of the two checkpoints to the
   * larger, as the log serves it (GET /v1/proofs/consistency). Untrusted: it only counts if it
   * leads to both signed roots. Without it a known checkpoint of another size proves nothing.
   */
  readonly consistencyProof?: readonly string[];
  /**
   * The other logs the reader pinned, by origin (its trust store): an import's or receipt's
   * entry of another log is proven with these (verify-border.ts); none: NOT checked.
   */
  readonly otherLogs?: (origin: string) => PinnedLog | undefined;
}

/** A log pinned by origin: its key and the witness policy for it. */
export interface PinnedLog {
  readonly logKey: string;
  readonly witnesses?: WitnessPolicy;
}

/**
 * What a verifier trusts, given to it rather than read from the bundle: the log's pinned key,
 * optionally a witness policy and a checkpoint seen before.
 * @module
 */

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

export interface TrustPolicy {
  /** The log's verifier key, obtained out of band and pinned. */
  readonly logKey: string;
  /** With a key, its signature line is checked wherever present; `required` demands it. */
  readonly postQuantum?: PostQuantumPolicy;
  readonly witnesses?: WitnessPolicy;
  /** A checkpoint note of this log you saw earlier: the bundle's must not be older. */
  readonly knownCheckpoint?: string;
}

/**
 * The log's head: its latest signed checkpoint and the right edge of its tree, read from the
 * store at start-up without replaying or rehashing the log, and self-checked before the log
 * serves anything (docs/formats.md, Checkpoints: a log never serves a head it cannot vouch for).
 * @module
 */

import { equalBytes, fromUtf8, toBase64, utf8 } from '../core/encoding.ts';
import { CustosError } from '../core/errors.ts';
import {
  type Checkpoint,
  type CheckpointSigners,
  openCheckpoint,
  signCheckpoint,
} from '../core/log/checkpoint.ts';
import {
  emptyFrontier,
  type Frontier,
  frontierFromHashes,
  frontierNodes,
  frontierRoot,
} from '../core/log/frontier.ts';
import { EMPTY_ROOT } from '../core/log/merkle.ts';
import type { NoteSigner, NoteVerifier } from '../core/log/note.ts';
import type { LogStore } from '../storage/log-store.ts';
import { IntegrityError } from './log-errors.ts';

export interface LogHead {
  readonly checkpoint: Checkpoint;
  /** The log-signed note, as stored and served. */
  readonly note: Uint8Array;
  readonly frontier: Frontier;
}

export interface LogIdentity {
  readonly origin: string;
  readonly signer: NoteSigner;
  readonly verifier: NoteVerifier;
  /** The verifier key string (`origin+id+key`) recorded in the store at creation. */
  readonly verifierKey: string;
  /**
   * An ML-DSA-44 signer, when one is configured: every checkpoint then carries its line too
   * (docs/formats.md, post-quantum signatures), and `pqVerifierKey` is what outsiders pin.
   */
  readonly pqSigner?: NoteSigner;
  readonly pqVerifierKey?: string;
}

/** Every signer of the log's checkpoints, Ed25519 first. */
export function checkpointSigners(identity: LogIdentity): CheckpointSigners {
  return identity.pqSigner ? [identity.signer, identity.pqSigner] : [identity.signer];
}

const STORE_FORMAT = 'custos-log/1';

/**
 * Opens the head of an existing store, or creates the empty log (size 0, signed) in a new
 * one. Throws {@link IntegrityError} when the store belongs to another log or fails the
 * self-check: the head checkpoint's signature, and its root against the stored hashes.
 */
export async function openHead(store: LogStore, identity: LogIdentity): Promise<LogHead> {
  await checkStoreIdentity(store, identity);
  for (;;) {
    const latest = await store.latestCheckpoint();
    if (!latest) return createEmptyLog(store, identity);
    const head = await verifiedHead(store, identity.verifier, latest);
    const { checkpoint } = head;
    if ((await store.readEntry(checkpoint.size)) === undefined) return head;
    // A store shared with a sequencer in another process (PostgreSQL) may have committed a
    // batch, entries and checkpoint together, between the two reads: read the head again.
    if ((await store.latestCheckpoint())!.size === checkpoint.size)
      throw new IntegrityError(`an entry exists at index ${checkpoint.size}, beyond the signed tree size`);
  }
}

/**
 * The store's latest head, self-checked as at start-up (signature, root against the stored
 * hashes): how a process that does not sequence follows the one that does.
 */
export async function readHead(store: LogStore, verifier: NoteVerifier): Promise<LogHead | undefined> {
  const latest = await store.latestCheckpoint();
  return latest ? verifiedHead(store, verifier, latest) : undefined;
}

async function verifiedHead(
  store: LogStore,
  verifier: NoteVerifier,
  latest: { size: number; note: Uint8Array },
): Promise<LogHead> {
  let checkpoint: Checkpoint;
  try {
    checkpoint = openCheckpoint(latest.note, verifier).checkpoint;
  } catch (e) {
    const why = e instanceof CustosError ? e.message : String(e);
    throw new IntegrityError(`the latest checkpoint (tree size ${latest.size}) does not verify: ${why}`);
  }
  if (checkpoint.size !== latest.size) {
    throw new IntegrityError(`checkpoint stored under size ${latest.size} claims size ${checkpoint.size}`);
  }
  const frontier = await readFrontier(store, checkpoint.size);
  if (!equalBytes(frontierRoot(frontier), checkpoint.rootHash)) {
    throw new IntegrityError(
      `stored hashes give root ${toBase64(frontierRoot(frontier))} for tree size ${checkpoint.size}, ` +
        `but the checkpoint says ${toBase64(checkpoint.rootHash)}`,
    );
  }
  return { checkpoint, note: latest.note, frontier };
}

async function readFrontier(store: LogStore, size: number): Promise<Frontier> {
  const ids = frontierNodes(size);
  const hashes = await store.readNodes(ids);
  const missing = ids.filter((_, i) => hashes[i] === undefined);
  if (missing.length > 0) {
    const where = missing.map((id) => `level ${id.level} index ${id.index}`).join(', ');
    throw new IntegrityError(`hashes needed for tree size ${size} are missing: ${where}`);
  }
  return frontierFromHashes(size, hashes as Uint8Array[]);
}

async function checkStoreIdentity(store: LogStore, identity: LogIdentity): Promise<void> {
  const expected: Record<string, Uint8Array> = {
    format: utf8(STORE_FORMAT),
    origin: utf8(identity.origin),
    'log-key': utf8(identity.verifierKey),
  };
  for (const [name, value] of Object.entries(expected)) {
    const stored = await store.readMeta(name);
    if (stored !== undefined && !equalBytes(stored, value)) {
      throw new IntegrityError(
        `this store belongs to another log: its ${name} is "${fromUtf8(stored)}", ` +
          `the configuration says "${fromUtf8(value)}"`,
      );
    }
  }
  await store.initMeta(expected);
}

async function createEmptyLog(store: LogStore, identity: LogIdentity): Promise<LogHead> {
  if ((await store.readEntry(0)) !== undefined) {
    throw new IntegrityError('the store holds entries but no checkpoint');
  }
  const checkpoint: Checkpoint = { origin: identity.origin, size: 0, rootHash: EMPTY_ROOT, extensions: [] };
  const note = utf8(signCheckpoint(checkpoint, ...checkpointSigners(identity)));
  await store.commit({ entries: [], nodes: [], checkpoint: { size: 0, note }, side: [] });
  return { checkpoint, note, frontier: emptyFrontier() };
}

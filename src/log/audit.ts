/**
 * Full audit of a stored log: re-reads every record and checks, without trusting anything
 * the store says about itself:
 * - every checkpoint: signed by the pinned log key, stored under its own size, and its root
 *   equal to the root folded from the stored hashes; successive checkpoints consistent;
 * - every entry: present for each index below the head, none beyond, its leaf hash equal to
 *   the stored level-0 hash;
 * - every stored interior hash equal to the hash of its two stored children, none missing,
 *   none that the tree cannot have;
 * - no record outside the known families.
 * Each finding names the record and what is wrong with it. Local checks (leaf against entry,
 * node against children) make one altered record produce one finding, not a cascade.
 * @module
 */

import { equalBytes, toBase64 } from '../core/encoding.ts';
import { CustosError } from '../core/errors.ts';
import { openCheckpoint } from '../core/log/checkpoint.ts';
import { frontierNodes } from '../core/log/frontier.ts';
import { EMPTY_ROOT, foldRight, HASH_SIZE, hashChildren, hashLeaf } from '../core/log/merkle.ts';
import type { NoteVerifier } from '../core/log/note.ts';
import { verifyConsistency } from '../core/log/proof-verify.ts';
import { assembleProof, planConsistency } from '../core/log/proofs.ts';
import { prefixEnd, readU64 } from '../core/ordered-keys.ts';
import type { LogStore } from '../storage/log-store.ts';
import { PREFIX } from '../storage/store-keys.ts';
import { RecordCursor } from './record-cursor.ts';

export type AuditCode =
  | 'unknown_record'
  | 'checkpoint_unverified'
  | 'checkpoint_misfiled'
  | 'checkpoint_root'
  | 'checkpoint_inconsistent'
  | 'checkpoint_missing'
  | 'no_checkpoint'
  | 'entry_missing'
  | 'entry_beyond_head'
  | 'leaf_mismatch'
  | 'hash_missing'
  | 'hash_mismatch'
  | 'hash_unexpected';

export interface AuditFinding {
  readonly code: AuditCode;
  /** The record at fault, e.g. "entry 17", "hash 3/5", "checkpoint 120". */
  readonly record: string;
  readonly message: string;
}

export interface AuditReport {
  readonly ok: boolean;
  readonly treeSize: number;
  readonly entries: number;
  readonly hashes: number;
  readonly checkpoints: number;
  readonly findings: AuditFinding[];
  /** Findings beyond the cap, counted but not listed. */
  readonly unlisted: number;
}

interface VerifiedCheckpoint {
  readonly size: number;
  readonly root: Uint8Array;
}

class Findings {
  readonly list: AuditFinding[] = [];
  unlisted = 0;
  constructor(private readonly cap: number) {}
  add(code: AuditCode, record: string, message: string): void {
    if (this.list.length < this.cap) this.list.push({ code, record, message });
    else this.unlisted++;
  }
}

export interface AuditOptions {
  readonly maxFindings?: number;
}

/** What the audit reads: raw records and hashes. A live store is audited through a snapshot. */
export type AuditSource = Pick<LogStore, 'rawRecords' | 'readNodes'>;

export async function auditLog(
  store: AuditSource,
  logVerifier: NoteVerifier,
  options: AuditOptions = {},
): Promise<AuditReport> {
  const findings = new Findings(options.maxFindings ?? 1000);
  const checkpoints = await auditCheckpointSignatures(store, logVerifier, findings);
  const treeSize = checkpoints.reduce((max, c) => Math.max(max, c.size), 0);
  if (checkpoints.length === 0)
    findings.add('no_checkpoint', 'log', 'no checkpoint verifies with the log key');
  const entries = await auditLeaves(store, treeSize, findings);
  let hashes = entries;
  for (let level = 1; level < 256; level++) hashes += await auditLevel(store, level, treeSize, findings);
  await auditCheckpointRoots(store, checkpoints, findings);
  await auditCheckpointChain(store, checkpoints, findings);
  await auditUnknownRecords(store, findings);
  return {
    ok: findings.list.length === 0,
    treeSize,
    entries,
    hashes,
    checkpoints: checkpoints.length,
    findings: findings.list,
    unlisted: findings.unlisted,
  };
}

async function auditCheckpointSignatures(
  store: AuditSource,
  verifier: NoteVerifier,
  findings: Findings,
): Promise<VerifiedCheckpoint[]> {
  const verified: VerifiedCheckpoint[] = [];
  const family = Uint8Array.of(PREFIX.checkpoint);
  for await (const [key, note] of store.rawRecords(family, prefixEnd(family))) {
    if (key.length !== 9) {
      findings.add('unknown_record', hexKey(key), 'malformed checkpoint key');
      continue;
    }
    const size = readU64(key, 1);
    try {
      const { checkpoint } = openCheckpoint(note, verifier);
      if (checkpoint.size !== size) {
        findings.add(
          'checkpoint_misfiled',
          `checkpoint ${size}`,
          `stored under size ${size} but signs size ${checkpoint.size}`,
        );
        continue;
      }
      verified.push({ size, root: checkpoint.rootHash });
    } catch (e) {
      const why = e instanceof CustosError ? e.message : String(e);
      findings.add('checkpoint_unverified', `checkpoint ${size}`, `does not verify with the log key: ${why}`);
    }
  }
  return verified;
}

/** Entries against level-0 hashes, index by index. Returns how many level-0 hashes it saw. */
async function auditLeaves(store: AuditSource, treeSize: number, findings: Findings): Promise<number> {
  const entries = familyCursor(store, PREFIX.entry, [], findings);
  const leaves = familyCursor(store, PREFIX.hash, [0], findings);
  let seen = 0;
  for (let i = 0; i < treeSize; i++) {
    const entry = await entries.take(i);
    const leaf = await leaves.take(i);
    if (leaf) seen++;
    if (!entry)
      findings.add('entry_missing', `entry ${i}`, `no entry at index ${i}, below the tree size ${treeSize}`);
    if (!leaf) findings.add('hash_missing', `hash 0/${i}`, `no leaf hash for entry ${i}`);
    if (entry && leaf && !equalBytes(hashLeaf(entry), leaf)) {
      findings.add('leaf_mismatch', `entry ${i}`, `entry ${i} does not hash to the stored leaf hash`);
    }
  }
  for await (const [index] of entries.rest()) {
    findings.add(
      'entry_beyond_head',
      `entry ${index}`,
      `entry ${index} is beyond the signed tree size ${treeSize}`,
    );
  }
  seen += await flagUnexpected(leaves, 0, findings);
  return seen;
}

/** Each stored hash of `level` against its two stored children. Returns how many it saw. */
async function auditLevel(
  store: AuditSource,
  level: number,
  treeSize: number,
  findings: Findings,
): Promise<number> {
  const expected = Math.floor(treeSize / 2 ** level);
  const parents = familyCursor(store, PREFIX.hash, [level], findings);
  if (expected === 0) return flagUnexpected(parents, level, findings);
  // The level below was audited on its own pass: its malformed keys are already reported.
  const children = familyCursor(store, PREFIX.hash, [level - 1]);
  let seen = 0;
  for (let i = 0; i < expected; i++) {
    const left = await children.take(2 * i);
    const right = await children.take(2 * i + 1);
    const parent = await parents.take(i);
    if (!parent) {
      findings.add(
        'hash_missing',
        `hash ${level}/${i}`,
        `no hash for the subtree at level ${level} index ${i}`,
      );
      continue;
    }
    seen++;
    if (parent.length !== HASH_SIZE || (left && right && !equalBytes(hashChildren(left, right), parent))) {
      findings.add('hash_mismatch', `hash ${level}/${i}`, `does not equal the hash of its two children`);
    }
  }
  return seen + (await flagUnexpected(parents, level, findings));
}

async function flagUnexpected(cursor: RecordCursor, level: number, findings: Findings): Promise<number> {
  let n = 0;
  for await (const [index] of cursor.rest()) {
    n++;
    findings.add('hash_unexpected', `hash ${level}/${index}`, 'a hash the signed tree cannot have');
  }
  return n;
}

async function auditCheckpointRoots(
  store: AuditSource,
  checkpoints: VerifiedCheckpoint[],
  findings: Findings,
) {
  let previous: VerifiedCheckpoint | undefined;
  for (const cp of checkpoints) {
    const ids = frontierNodes(cp.size);
    const hashes = await store.readNodes(ids);
    if (hashes.some((h) => h === undefined)) continue; // already reported as hash_missing
    const root = cp.size === 0 ? EMPTY_ROOT : foldRight(hashes as Uint8Array[]);
    if (!equalBytes(root, cp.root)) {
      findings.add(
        'checkpoint_root',
        `checkpoint ${cp.size}`,
        `signs root ${toBase64(cp.root)}, stored hashes give ${toBase64(root)}`,
      );
      continue;
    }
    if (previous && previous.size > 0) await auditConsistency(store, previous, cp, findings);
    previous = cp;
  }
}

async function auditConsistency(
  store: AuditSource,
  from: VerifiedCheckpoint,
  to: VerifiedCheckpoint,
  findings: Findings,
): Promise<void> {
  const plan = planConsistency(from.size, to.size);
  const ids = plan.flat();
  const values = await store.readNodes(ids);
  if (values.some((v) => v === undefined)) return;
  const byId = new Map(ids.map((id, i) => [`${id.level}/${id.index}`, values[i]!]));
  const proof = assembleProof(plan, (id) => byId.get(`${id.level}/${id.index}`)!);
  try {
    verifyConsistency(from.size, to.size, proof, from.root, to.root);
  } catch (e) {
    findings.add(
      'checkpoint_inconsistent',
      `checkpoint ${to.size}`,
      `not consistent with checkpoint ${from.size}: ${(e as Error).message}`,
    );
  }
}

/**
 * Every checkpoint names the one before it (`p` records): a deleted checkpoint leaves a link to
 * nowhere, a deleted link leaves a checkpoint without one.
 */
async function auditCheckpointChain(
  store: AuditSource,
  checkpoints: VerifiedCheckpoint[],
  findings: Findings,
): Promise<void> {
  const sizes = new Set(checkpoints.map((c) => c.size));
  const links = new Map<number, number>();
  const family = Uint8Array.of(PREFIX.predecessor);
  for await (const [key, value] of store.rawRecords(family, prefixEnd(family))) {
    if (key.length !== 9 || value.length !== 8) {
      findings.add('unknown_record', hexKey(key), 'malformed checkpoint link');
      continue;
    }
    const size = readU64(key, 1);
    links.set(size, readU64(value, 0));
    if (!sizes.has(size))
      findings.add(
        'checkpoint_missing',
        `checkpoint ${size}`,
        `a link names checkpoint ${size}, which is not in the store`,
      );
  }
  const sorted = [...sizes].sort((a, b) => a - b);
  sorted.forEach((size, i) => {
    if (size === 0) return;
    const previous = links.get(size);
    if (previous === undefined)
      findings.add(
        'checkpoint_missing',
        `checkpoint ${size}`,
        'the link to the checkpoint before it is missing',
      );
    else if (previous !== sorted[i - 1])
      findings.add(
        'checkpoint_missing',
        `checkpoint ${previous}`,
        `checkpoint ${size} follows checkpoint ${previous}, which is not in the store`,
      );
  });
}

/** Records between and around the known families. */
async function auditUnknownRecords(store: AuditSource, findings: Findings): Promise<void> {
  const known = [
    PREFIX.checkpoint,
    PREFIX.cosignature,
    PREFIX.entry,
    PREFIX.hash,
    PREFIX.meta,
    PREFIX.predecessor,
    PREFIX.side,
    PREFIX.timestamp,
  ].sort((a, b) => a - b);
  let from = 0;
  for (const prefix of [...known, 0x100]) {
    const gte = Uint8Array.of(from);
    const lt = prefix === 0x100 ? undefined : Uint8Array.of(prefix);
    for await (const [key] of store.rawRecords(from === 0 ? undefined : gte, lt)) {
      findings.add('unknown_record', hexKey(key), 'a record outside every known family');
    }
    from = prefix + 1;
  }
}

/** A cursor over one family (and optional sub-prefix bytes), keyed by the trailing u64. */
function familyCursor(store: AuditSource, prefix: number, sub: number[], findings?: Findings): RecordCursor {
  const start = Uint8Array.of(prefix, ...sub);
  const end = prefixEnd(start);
  const keyLength = 1 + sub.length + 8;
  return new RecordCursor(store.rawRecords(start, end), (key) => {
    if (key.length !== keyLength) {
      findings?.add('unknown_record', hexKey(key), 'malformed key in the log families');
      return undefined;
    }
    return readU64(key, 1 + sub.length);
  });
}

const hexKey = (key: Uint8Array): string =>
  `key ${Array.from(key.subarray(0, 24), (b) => b.toString(16).padStart(2, '0')).join('')}`;

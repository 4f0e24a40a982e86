/**
 * Verifier steps 6–8: each entry canonical, in order and included in the checkpoint (signatures:
 * verify-signatures.ts);
 * the chain of trust from the genesis entry; every entry replayed through the custody rules.
 * @module
 */

import { equalBytes, fromBase64, toBase64 } from '../encoding.ts';
import { RuleViolation } from '../errors.ts';
import { admit, type TypedDraft } from '../ledger/admit.ts';
import type { Bundle } from '../ledger/bundle.ts';
import { type ParsedEntry, parseEntryValue } from '../ledger/entry.ts';
import { MemoryLedger } from '../ledger/memory-ledger.ts';
import { applyEntry } from '../ledger/transitions.ts';
import { hashLeaf } from '../log/merkle.ts';
import { inclusionChecker } from '../log/proof-verify.ts';
import type { Check } from './result.ts';
import type { TrustedCheckpoint } from './verify-checkpoint.ts';

export interface Parsed {
  readonly entry: ParsedEntry;
  /** The leaf: the entry's JCS bytes. */
  readonly bytes: Uint8Array;
  readonly leafHash: Uint8Array;
  /** JCS of the payload, over which (with the kind) the entry is signed. */
  readonly payloadJcs: string;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function checkEntries(bundle: Bundle, cp: TrustedCheckpoint | undefined, checks: Check[]): Parsed[] {
  const parsed: Parsed[] = [];
  let included = 0;
  let previous = -1;
  const isIncluded = cp ? inclusionChecker(cp.size, cp.rootHash) : undefined;
  for (const { entry: json, proof } of bundle.entries) {
    let read: ReturnType<typeof parseEntryValue>;
    try {
      read = parseEntryValue(json);
    } catch (e) {
      checks.push({
        id: 'entries',
        status: 'fail',
        detail: `an entry is malformed: ${message(e)}`,
        ...indexOf(json),
      });
      continue;
    }
    const { entry } = read;
    if (entry.index <= previous) {
      checks.push({
        id: 'entries',
        status: 'fail',
        code: 'out_of_order',
        entry: entry.index,
        detail: `entry ${entry.index} comes after entry ${previous}: entries must be in log order, each once`,
      });
      continue;
    }
    previous = entry.index;
    const leafHash = hashLeaf(read.bytes);
    parsed.push({ entry, bytes: read.bytes, leafHash, payloadJcs: read.payloadJcs });
    if (cp && isIncluded) {
      const ok =
        entry.index < cp.size &&
        isIncluded(
          leafHash,
          entry.index,
          proof.map((p) => fromBase64(p)),
        );
      if (ok) included++;
      else {
        const why =
          entry.index >= cp.size
            ? `its index is beyond the checkpoint's size ${cp.size} (a rolled-back checkpoint?)`
            : 'its inclusion proof does not lead to the checkpoint root (altered entry or proof)';
        checks.push({
          id: 'inclusion',
          status: 'fail',
          entry: entry.index,
          code: 'not_included',
          detail: `entry ${entry.index} is not proven in the log: ${why}`,
        });
      }
    }
  }
  checks.push({
    id: 'entries',
    status: parsed.length === bundle.entries.length ? 'pass' : 'fail',
    detail: `${parsed.length} of ${bundle.entries.length} entries are canonical JCS, well-formed and in log order`,
  });
  if (cp)
    checks.push({
      id: 'inclusion',
      status: included === parsed.length ? 'pass' : 'fail',
      detail: `${included} of ${parsed.length} entries proven included in the checkpoint (RFC 9162)`,
    });
  else
    checks.push({
      id: 'inclusion',
      status: 'fail',
      detail: 'inclusion cannot be checked without a verified checkpoint',
    });
  const genesis = parsed[0]?.entry;
  const rooted =
    genesis?.index === 0 &&
    genesis.kind === 'actor.registered' &&
    genesis.payload.id === genesis.signer.actor;
  checks.push({
    id: 'genesis',
    status: rooted ? 'pass' : 'fail',
    detail: rooted
      ? `the chain of trust starts at entry 0, the genesis administrator ${genesis!.signer.actor}`
      : 'the bundle does not start with the genesis administrator (entry 0): signers cannot be traced to the log’s configuration',
  });
  return parsed;
}

function indexOf(json: Record<string, unknown>): { entry?: number } {
  return typeof json.index === 'number' ? { entry: json.index } : {};
}

/** Replays every entry through the custody rules; a refused entry is reported and still applied, so later entries are judged in context. */
export function replay(parsed: Parsed[], checks: Check[]): MemoryLedger {
  const ledger = new MemoryLedger();
  let admitted = 0;
  for (const { entry, bytes, leafHash, payloadJcs } of parsed) {
    const draft = { ...entry, payloadJcs } as unknown as TypedDraft;
    // The bytes admit writes are compared with the bundle's below: same bytes, same hash.
    const hashOf = (b: Uint8Array) => (equalBytes(b, bytes) ? leafHash : hashLeaf(b));
    try {
      const result = admit(ledger, draft, entry.index, Date.parse(entry.loggedAt), { hashLeaf: hashOf });
      ledger.store(result.states);
      if (!equalBytes(result.bytes, bytes)) {
        checks.push({
          id: 'rules',
          status: 'fail',
          entry: entry.index,
          detail: `entry ${entry.index} is not what the log would have written for it (its time is not in the log's format)`,
        });
      } else admitted++;
    } catch (e) {
      const code = e instanceof RuleViolation ? e.code : 'invalid';
      const chain = code === 'prev_mismatch';
      checks.push({
        id: chain ? 'chain' : 'rules',
        status: 'fail',
        entry: entry.index,
        code,
        detail: chain
          ? `entry ${entry.index} does not follow the previous entry of its subject in this bundle: an entry is missing or out of order`
          : `entry ${entry.index} breaks the rule ${code}: ${message(e)}`,
      });
      try {
        ledger.store(applyEntry(ledger, entry, toBase64(leafHash)));
      } catch {
        // The entry names something the bundle does not have: nothing to apply.
      }
    }
  }
  const chainFailures = checks.some((c) => c.id === 'chain' && c.status === 'fail');
  checks.push({
    id: 'chain',
    status: chainFailures ? 'fail' : 'pass',
    detail: chainFailures
      ? 'the chain of entries is broken (see above)'
      : 'every event names its subject’s previous entry: no gap, no reordering',
  });
  checks.push({
    id: 'rules',
    status: admitted === parsed.length ? 'pass' : 'fail',
    detail: `${admitted} of ${parsed.length} entries pass the custody rules when replayed (same rules as the server)`,
  });
  return ledger;
}

/** A revocation recorded later can reach back: entries logged after its effective time fail. */

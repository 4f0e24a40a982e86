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
import { type Entry, encodeEntry, type ParsedEntry, parseEntryValue } from '../ledger/entry.ts';
import { MemoryLedger } from '../ledger/memory-ledger.ts';
import {
  RULES_VERSION,
  type RulesEpochs,
  refusalsVersionFor,
  rulesVersionAt,
} from '../ledger/rules-version.ts';
import { applyEntry } from '../ledger/transitions.ts';
import { hashLeaf } from '../log/merkle.ts';
import { inclusionChecker } from '../log/proof-verify.ts';
import { checkLine, reasonOf } from './check-line.ts';
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

export function checkEntries(bundle: Bundle, cp: TrustedCheckpoint | undefined, checks: Check[]): Parsed[] {
  const parsed: Parsed[] = [];
  let included = 0;
  let previous = -1;
  const isIncluded = cp ? inclusionChecker(cp.size, cp.rootHash) : undefined;
  const decode = proofDecoder();
  for (const { entry: json, proof } of bundle.entries) {
    let read: ReturnType<typeof parseEntryValue>;
    try {
      read = parseEntryValue(json);
    } catch (e) {
      checks.push(
        checkLine('entries', 'fail', 'detail.entryMalformed', { reason: reasonOf(e) }, indexOf(json)),
      );
      continue;
    }
    const { entry } = read;
    if (entry.index <= previous) {
      checks.push(
        checkLine(
          'entries',
          'fail',
          'detail.outOfOrder',
          { entry: String(entry.index), previous: String(previous) },
          { code: 'out_of_order', entry: entry.index },
        ),
      );
      continue;
    }
    previous = entry.index;
    const leafHash = hashLeaf(read.bytes);
    parsed.push({ entry, bytes: read.bytes, leafHash, payloadJcs: read.payloadJcs });
    if (cp && isIncluded) {
      const ok = entry.index < cp.size && isIncluded(leafHash, entry.index, proof.map(decode));
      if (ok) included++;
      else {
        checks.push(
          checkLine(
            'inclusion',
            'fail',
            entry.index >= cp.size ? 'detail.beyondCheckpoint' : 'detail.proofMismatch',
            { entry: String(entry.index), size: String(cp.size) },
            { entry: entry.index, code: 'not_included' },
          ),
        );
      }
    }
  }
  checks.push(
    checkLine('entries', parsed.length === bundle.entries.length ? 'pass' : 'fail', 'detail.entries', {
      n: parsed.length,
      total: bundle.entries.length,
    }),
  );
  checks.push(
    cp
      ? checkLine('inclusion', included === parsed.length ? 'pass' : 'fail', 'detail.inclusion', {
          n: included,
          total: parsed.length,
        })
      : checkLine('inclusion', 'fail', 'detail.inclusionNoCheckpoint'),
  );
  const genesis = parsed[0]?.entry;
  const rooted =
    genesis?.index === 0 &&
    genesis.kind === 'actor.registered' &&
    genesis.payload.id === genesis.signer.actor;
  checks.push(
    rooted
      ? checkLine('genesis', 'pass', 'detail.genesis', { actor: genesis!.signer.actor })
      : checkLine('genesis', 'fail', 'detail.noGenesis'),
  );
  return parsed;
}

/**
 * fromBase64 for proof hashes, once per distinct value: neighbouring entries' paths share
 * their upper hashes, so 10,000 proofs hold ~140,000 values but few distinct ones. Returning
 * the same array for the same text also lets the inclusion checker recognise a node it has
 * already hashed without comparing bytes.
 */
function proofDecoder(): (text: string) => Uint8Array {
  const decoded = new Map<string, Uint8Array>();
  return (text) => {
    let bytes = decoded.get(text);
    if (bytes === undefined) {
      bytes = fromBase64(text);
      decoded.set(text, bytes);
    }
    return bytes;
  };
}

function indexOf(json: Record<string, unknown>): { entry?: number } {
  return typeof json.index === 'number' ? { entry: json.index } : {};
}

/** Replays every entry through the custody rules; a refused entry is reported and still applied, so later entries are judged in context. */
export function replay(parsed: Parsed[], checks: Check[], epochs: RulesEpochs = CURRENT): MemoryLedger {
  const ledger = new MemoryLedger();
  let admitted = 0;
  for (const { entry, bytes, leafHash, payloadJcs } of parsed) {
    const draft = { ...entry, payloadJcs } as unknown as TypedDraft;
    // The bytes admit writes are compared with the bundle's below: same bytes, same hash.
    const hashOf = (b: Uint8Array) => (equalBytes(b, bytes) ? leafHash : hashLeaf(b));
    // encodeEntry reads only these members (and the payload's JCS text, not the payload): when
    // they are the very values the bundle's bytes were encoded from, the result is those bytes.
    const encode = (built: Entry, jcs: string | undefined) =>
      jcs === payloadJcs &&
      built.loggedAt === entry.loggedAt &&
      built.index === entry.index &&
      built.kind === entry.kind &&
      built.signer === entry.signer
        ? bytes
        : encodeEntry(built, jcs);
    try {
      const result = admit(ledger, draft, entry.index, Date.parse(entry.loggedAt), {
        hashLeaf: hashOf,
        encodeEntry: encode,
        rules: epochs,
      });
      ledger.store(result.states);
      if (!equalBytes(result.bytes, bytes)) {
        checks.push(
          checkLine(
            'rules',
            'fail',
            'detail.notAsLogged',
            { entry: String(entry.index) },
            { entry: entry.index },
          ),
        );
      } else admitted++;
    } catch (e) {
      const code = e instanceof RuleViolation ? e.code : 'invalid';
      const chain = code === 'prev_mismatch';
      checks.push(
        chain
          ? checkLine(
              'chain',
              'fail',
              'detail.chainGap',
              { entry: String(entry.index) },
              { entry: entry.index, code },
            )
          : checkLine(
              'rules',
              'fail',
              'detail.ruleBroken',
              { entry: String(entry.index), code, reason: reasonOf(e) },
              { entry: entry.index, code },
            ),
      );
      try {
        ledger.store(applyEntry(ledger, entry, toBase64(leafHash)));
      } catch {
        // The entry names something the bundle does not have: nothing to apply.
      }
    }
  }
  const chainFailures = checks.some((c) => c.id === 'chain' && c.status === 'fail');
  checks.push(
    chainFailures
      ? checkLine('chain', 'fail', 'detail.chainBroken')
      : checkLine('chain', 'pass', 'detail.chain'),
  );
  checks.push(
    checkLine('rules', admitted === parsed.length ? 'pass' : 'fail', 'detail.rules', {
      n: admitted,
      total: parsed.length,
    }),
  );
  // Only versions that refuse more judge differently (version 3 changes the map, not admission),
  // and only against the refusals of the versions this log announced (refusalsVersionFor).
  const latest = refusalsVersionFor(epochs);
  const older = parsed.filter((p) => rulesVersionAt(epochs, p.entry.index) < latest).length;
  if (older > 0) {
    const since = epochs.find((e) => e.version >= latest);
    checks.push(
      since === undefined
        ? checkLine('rules', 'pass', 'detail.rulesNoVersion', { n: older, total: parsed.length })
        : checkLine('rules', 'pass', 'detail.rulesOlderVersion', {
            n: older,
            total: parsed.length,
            from: String(since.from),
            version: String(since.version),
          }),
    );
  }
  return ledger;
}

/** Every version of the rules but the first applies from the index the checkpoint names. */
const CURRENT: RulesEpochs = [{ version: RULES_VERSION, from: 0 }];

/** A revocation recorded later can reach back: entries logged after its effective time fail. */

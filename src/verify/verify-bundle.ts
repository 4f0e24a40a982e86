/**
 * The offline verifier of court bundles: pure (it imports only the core), so the same code runs
 * in the CLI and in the browser. Trust is injected — the pinned log key and an optional witness
 * policy — and nothing in the bundle is believed until checked. The steps, in order:
 *
 * 1. the bundle's shape; 2. the checkpoint against the pinned log key (and the witnesses);
 * 3. no rollback against a checkpoint the reader saw before; 4. each entry canonical, in order,
 * included in the checkpoint and signed by the key it names; 5. the chain of trust from the
 * genesis administrator; 6. every entry replayed through the same custody rules the server
 * enforces (signer's key valid at the time, roles, custodian, `prev` chain without gaps);
 * 7. keys revoked after the fact; 8. digest results and derivative links.
 *
 * ```ts
 * const result = verifyBundle(JSON.parse(text), { logKey: pinnedVkey });
 * result.verdict; // 'verified' | 'failed'
 * ```
 * @module
 */
import { type Bundle, BundleSchema } from '../core/bundle.ts';
import { canonicalBytes } from '../core/canonical.ts';
import { verifySignature } from '../core/ed25519.ts';
import { fromBase64, toBase64 } from '../core/encoding.ts';
import { CustosError, RuleViolation } from '../core/errors.ts';
import { admit, type TypedDraft } from '../core/ledger/admit.ts';
import { type ParsedEntry, parseEntry, verifyDraftSignature } from '../core/ledger/entry.ts';
import { MemoryLedger } from '../core/ledger/memory-ledger.ts';
import { revocationAt } from '../core/ledger/signer-rules.ts';
import type { ItemState } from '../core/ledger/state.ts';
import { applyEntry } from '../core/ledger/transitions.ts';
import { type Checkpoint, openCheckpoint } from '../core/tlog/checkpoint.ts';
import { cosignatureVerifierFromKey } from '../core/tlog/cosignature.ts';
import { hashLeaf } from '../core/tlog/merkle.ts';
import { keyIdHex, noteVerifierFromKey } from '../core/tlog/note.ts';
import { isIncluded } from '../core/tlog/proof-verify.ts';
import { describeEvent } from './describe-event.ts';
import type { BundleVerification, Check, TimelineEvent } from './result.ts';

export interface WitnessPolicy {
  /** Cosignature verifier keys (`name+id+base64(0x04 ‖ key)`) of witnesses you trust. */
  readonly keys: readonly string[];
  /** How many of them must have cosigned. */
  readonly threshold: number;
}

export interface TrustPolicy {
  /** The log's verifier key, obtained out of band and pinned. */
  readonly logKey: string;
  readonly witnesses?: WitnessPolicy;
  /** A checkpoint note of this log you saw earlier: the bundle's must not be older. */
  readonly knownCheckpoint?: string;
}

interface Parsed {
  readonly entry: ParsedEntry;
  readonly bytes: Uint8Array;
}

const message = (e: unknown) => (e instanceof CustosError || e instanceof Error ? e.message : String(e));

export function verifyBundle(input: unknown, trust: TrustPolicy): BundleVerification {
  const checks: Check[] = [];
  const shape = BundleSchema.safeParse(input);
  if (!shape.success) {
    const i = shape.error.issues[0]!;
    checks.push({
      id: 'format',
      status: 'fail',
      detail: `not a custos-bundle/v1: ${i.path.join('.') || '(root)'} ${i.message}`,
    });
    return emptyResult('', checks);
  }
  const bundle = shape.data;
  checks.push({
    id: 'format',
    status: 'pass',
    detail: `custos-bundle/v1 for item ${bundle.subject.item}, made ${bundle.createdAt}`,
  });

  const checkpoint = checkCheckpoint(bundle, trust, checks);
  const parsed = checkEntries(bundle, checkpoint, checks);
  const ledger = replay(parsed, checks);
  checkRevocations(parsed, ledger, checks);
  checkDigestsAndDerivatives(bundle, parsed, ledger, checks);
  return summarise(bundle, checkpoint, parsed, ledger, checks);
}

type TrustedCheckpoint = Checkpoint & { cosignedBy: string[]; logKeyId: string };

function checkCheckpoint(bundle: Bundle, trust: TrustPolicy, checks: Check[]): TrustedCheckpoint | undefined {
  let logVerifier: ReturnType<typeof noteVerifierFromKey>;
  try {
    logVerifier = noteVerifierFromKey(trust.logKey);
  } catch (e) {
    checks.push({
      id: 'log-key',
      status: 'fail',
      detail: `the pinned log key is not a valid verifier key: ${message(e)}`,
    });
    return undefined;
  }
  const sameKey = bundle.log.verifierKey.trim() === trust.logKey.trim();
  checks.push({
    id: 'log-key',
    status: sameKey ? 'pass' : 'fail',
    detail: sameKey
      ? `the bundle names the pinned log key ${logVerifier.name} (key ID ${keyIdHex(logVerifier.keyId)})`
      : `the bundle names log key ${bundle.log.verifierKey}, not the pinned ${trust.logKey}`,
  });
  const witnesses = (trust.witnesses?.keys ?? []).flatMap((k) => {
    try {
      return [cosignatureVerifierFromKey(k)];
    } catch (e) {
      checks.push({
        id: 'witnesses',
        status: 'fail',
        detail: `witness key ${k} is not a cosignature verifier key: ${message(e)}`,
      });
      return [];
    }
  });
  let opened: ReturnType<typeof openCheckpoint>;
  try {
    opened = openCheckpoint(bundle.checkpoint, logVerifier, witnesses);
  } catch (e) {
    checks.push({
      id: 'checkpoint',
      status: 'fail',
      detail: `the checkpoint does not verify with the pinned log key: ${message(e)}`,
      code: (e as CustosError).code,
    });
    return undefined;
  }
  const cp = opened.checkpoint;
  checks.push({
    id: 'checkpoint',
    status: 'pass',
    detail: `checkpoint of ${cp.origin} at tree size ${cp.size}, root ${toBase64(cp.rootHash)}, signed by the pinned log key`,
  });
  const cosignedBy = opened.note.verifiedBy.filter((v) => v !== logVerifier).map((v) => v.name);
  if (trust.witnesses) {
    const missing = witnesses.filter((w) => !cosignedBy.includes(w.name)).map((w) => w.name);
    const enough = cosignedBy.length >= trust.witnesses.threshold;
    checks.push({
      id: 'witnesses',
      status: enough ? 'pass' : 'fail',
      detail: `${cosignedBy.length} of ${trust.witnesses.threshold} required witnesses cosigned${cosignedBy.length ? ` (${cosignedBy.join(', ')})` : ''}${missing.length ? `; missing: ${missing.join(', ')}` : ''}`,
    });
  } else {
    checks.push({
      id: 'witnesses',
      status: 'info',
      detail: cosignedBy.length
        ? `cosigned by ${cosignedBy.join(', ')} (no witness policy given)`
        : 'no witness policy given',
    });
  }
  checkRollback(cp, logVerifier, trust.knownCheckpoint, checks);
  return { ...cp, cosignedBy, logKeyId: keyIdHex(logVerifier.keyId) };
}

function checkRollback(
  cp: Checkpoint,
  logVerifier: ReturnType<typeof noteVerifierFromKey>,
  known: string | undefined,
  checks: Check[],
): void {
  if (known === undefined) return;
  let seen: Checkpoint;
  try {
    seen = openCheckpoint(known, logVerifier).checkpoint;
  } catch (e) {
    checks.push({
      id: 'rollback',
      status: 'fail',
      detail: `the checkpoint you saw before does not verify: ${message(e)}`,
    });
    return;
  }
  if (seen.size > cp.size) {
    checks.push({
      id: 'rollback',
      status: 'fail',
      code: 'rolled_back',
      detail: `the bundle's checkpoint (size ${cp.size}) is older than one you saw (size ${seen.size}): the log may be showing you a rolled-back view`,
    });
  } else if (seen.size === cp.size && toBase64(seen.rootHash) !== toBase64(cp.rootHash)) {
    checks.push({
      id: 'rollback',
      status: 'fail',
      code: 'forked',
      detail: `two different roots for tree size ${cp.size}: the log forked; keep both checkpoints as evidence`,
    });
  } else {
    checks.push({
      id: 'rollback',
      status: 'pass',
      detail: `not older than the checkpoint you saw (size ${seen.size})`,
    });
  }
}

function checkEntries(bundle: Bundle, cp: TrustedCheckpoint | undefined, checks: Check[]): Parsed[] {
  const parsed: Parsed[] = [];
  let included = 0;
  let signed = 0;
  let previous = -1;
  for (const { entry: json, proof } of bundle.entries) {
    let bytes: Uint8Array;
    let entry: ParsedEntry;
    try {
      bytes = canonicalBytes(json);
      entry = parseEntry(bytes);
    } catch (e) {
      checks.push({
        id: 'entries',
        status: 'fail',
        detail: `an entry is malformed: ${message(e)}`,
        ...indexOf(json),
      });
      continue;
    }
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
    parsed.push({ entry, bytes });
    if (cp) {
      const ok =
        entry.index < cp.size &&
        isIncluded(
          hashLeaf(bytes),
          entry.index,
          cp.size,
          proof.map((p) => fromBase64(p)),
          cp.rootHash,
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
    if (verifyDraftSignature(entry, verifySignature)) signed++;
    else
      checks.push({
        id: 'signatures',
        status: 'fail',
        entry: entry.index,
        code: 'bad_signature',
        detail: `entry ${entry.index}: the signature of ${entry.signer.actor} does not verify over its content`,
      });
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
  checks.push({
    id: 'signatures',
    status: signed === parsed.length ? 'pass' : 'fail',
    detail: `${signed} of ${parsed.length} entry signatures verify (Ed25519, strict RFC 8032)`,
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
function replay(parsed: Parsed[], checks: Check[]): MemoryLedger {
  const ledger = new MemoryLedger();
  let admitted = 0;
  for (const { entry, bytes } of parsed) {
    const draft = entry as unknown as TypedDraft;
    try {
      const result = admit(ledger, draft, entry.index, Date.parse(entry.loggedAt));
      ledger.store(result.states);
      if (toBase64(result.bytes) !== toBase64(bytes)) {
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
        ledger.store(applyEntry(ledger, entry, toBase64(hashLeaf(bytes))));
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
function checkRevocations(parsed: Parsed[], ledger: MemoryLedger, checks: Check[]): void {
  let bad = 0;
  for (const { entry } of parsed) {
    const actor = ledger.actor(entry.signer.actor);
    const revoked = actor && revocationAt(actor, entry.signer.publicKey, Date.parse(entry.loggedAt));
    if (revoked && revoked.index > entry.index) {
      bad++;
      checks.push({
        id: 'revocations',
        status: 'fail',
        entry: entry.index,
        code: 'key_revoked',
        detail: `entry ${entry.index} was signed by ${entry.signer.actor} with a key revoked (${revoked.reason}) with effect from ${new Date(revoked.effectiveAtMs).toISOString()}, before the entry was logged; the revocation is entry ${revoked.index}`,
      });
    }
  }
  if (bad === 0)
    checks.push({
      id: 'revocations',
      status: 'pass',
      detail: 'no entry is signed with a key revoked at the time it was logged',
    });
}

function checkDigestsAndDerivatives(
  bundle: Bundle,
  parsed: Parsed[],
  ledger: MemoryLedger,
  checks: Check[],
): void {
  const subject = ledger.item(bundle.subject.item);
  checks.push(
    subject
      ? {
          id: 'subject',
          status: 'pass',
          detail: `item ${subject.id} is registered in the bundle: ${subject.description}`,
        }
      : {
          id: 'subject',
          status: 'fail',
          detail: `the bundle does not contain the registration of item ${bundle.subject.item}`,
        },
  );
  let matches = 0;
  for (const { entry } of parsed) {
    if (
      entry.kind !== 'custody.event' ||
      (entry.payload.type !== 'received' && entry.payload.type !== 'verified')
    )
      continue;
    if (entry.payload.result === 'match') matches++;
    else
      checks.push({
        id: 'digests',
        status: 'warn',
        entry: entry.index,
        code: 'digest_mismatch',
        detail: `entry ${entry.index}: ${entry.signer.actor} recorded that item ${entry.payload.item} did NOT match its registered SHA-256 (${entry.payload.type})`,
      });
  }
  const mismatches = checks.filter((c) => c.id === 'digests').length;
  checks.push({
    id: 'digests',
    status: mismatches ? 'warn' : 'pass',
    detail: `${matches} digest re-check(s) matched the registered digests${mismatches ? `; ${mismatches} recorded a mismatch (see above)` : ''}`,
  });
  const items = ledger.all().filter((s): s is ItemState => s.kind === 'item');
  const orphans = items.filter((i) => i.parent !== undefined && !ledger.item(i.parent));
  for (const o of orphans)
    checks.push({
      id: 'derivatives',
      status: 'fail',
      detail: `item ${o.id} claims to derive from ${o.parent}, whose history is not in the bundle`,
    });
  const derived = items.filter((i) => i.parent !== undefined).length;
  if (!orphans.length)
    checks.push({
      id: 'derivatives',
      status: 'pass',
      detail: derived
        ? `${derived} derivative(s), each created from its parent by its custodian`
        : 'no derivative items',
    });
}

function summarise(
  bundle: Bundle,
  cp: TrustedCheckpoint | undefined,
  parsed: Parsed[],
  ledger: MemoryLedger,
  checks: Check[],
): BundleVerification {
  const items = ledger.all().filter((s): s is ItemState => s.kind === 'item');
  const shown = new Set([bundle.subject.item]);
  if (bundle.subject.derivatives) {
    for (let grew = true; grew; ) {
      grew = false;
      for (const i of items)
        if (i.parent && shown.has(i.parent) && !shown.has(i.id)) grew = Boolean(shown.add(i.id));
    }
  }
  const actors = (id: string) => ledger.actor(id);
  const timeline: TimelineEvent[] = [];
  for (const { entry } of parsed) {
    for (const item of shown) {
      const line = describeEvent(entry, item, actors);
      if (line) timeline.push(line);
    }
  }
  const requestBases = new Map<string, string>();
  for (const { entry } of parsed) {
    if (entry.kind === 'request.recorded')
      requestBases.set(
        entry.payload.id,
        `${entry.payload.legalBasis.instrument} art. ${entry.payload.legalBasis.article}`,
      );
  }
  return {
    verdict: checks.some((c) => c.status === 'fail') ? 'failed' : 'verified',
    subject: bundle.subject.item,
    createdAt: bundle.createdAt,
    ...(cp
      ? {
          checkpoint: {
            origin: cp.origin,
            size: cp.size,
            rootHash: toBase64(cp.rootHash),
            logKeyId: noteVerifierFromKey(bundle.log.verifierKey).keyId.toString(16).padStart(8, '0'),
            cosignedBy: cp.cosignedBy,
          },
        }
      : {}),
    items: items
      .filter((i) => shown.has(i.id) || [...shown].some((s) => ledger.item(s)?.parent === i.id))
      .map((i) => ({
        id: i.id,
        case: i.case,
        ...(i.parent ? { parent: i.parent } : {}),
        description: i.description,
        mediaType: i.mediaType,
        size: i.size,
        digests: i.digests as Record<string, string>,
        custodian: i.custodian,
        status: i.status,
        registeredAt: i.registeredAt,
        derivatives: items.filter((d) => d.parent === i.id).map((d) => d.id),
      })),
    cases: ledger.all().flatMap((s) =>
      s.kind === 'case'
        ? [
            {
              id: s.id,
              reference: s.reference,
              title: s.title,
              organisation: s.organisation,
              state: s.state,
            },
          ]
        : [],
    ),
    requests: ledger.all().flatMap((s) =>
      s.kind === 'request'
        ? [
            {
              id: s.id,
              type: s.type,
              reference: s.reference,
              requestingState: s.requestingState,
              requestedState: s.requestedState,
              status: s.status,
              ...(requestBases.has(s.id) ? { legalBasis: requestBases.get(s.id)! } : {}),
            },
          ]
        : [],
    ),
    actors: ledger
      .all()
      .flatMap((s) =>
        s.kind === 'actor'
          ? [{ id: s.id, name: s.name, organisation: s.organisation, state: s.state, roles: s.roles }]
          : [],
      ),
    timeline,
    checks,
  };
}

function emptyResult(subject: string, checks: Check[]): BundleVerification {
  return { verdict: 'failed', subject, items: [], cases: [], requests: [], actors: [], timeline: [], checks };
}

/** Checks evidence bytes' SHA-256 (hex, computed by the caller) against an item's registered digest. */
export function checkFileDigest(
  sha256Hex: string,
  item: { id: string; digests: Record<string, string> } | undefined,
  fileName: string,
): Check {
  if (!item) return { id: 'file', status: 'fail', detail: `no verified item to compare ${fileName} with` };
  const ok = item.digests.sha256 === sha256Hex;
  return {
    id: 'file',
    status: ok ? 'pass' : 'fail',
    code: ok ? undefined : 'file_mismatch',
    detail: ok
      ? `${fileName} has the registered SHA-256 of item ${item.id}`
      : `${fileName} has SHA-256 ${sha256Hex}, not the registered ${item.digests.sha256} of item ${item.id}`,
  } as Check;
}

/**
 * `custos checkpoint`: the log's latest checkpoint, verified with the key pinned for its origin,
 * and proven consistent with the last one this CLI saw of that log (RFC 9162 §2.1.4.2). Every
 * request is a public read, so it needs no key and no login. The larger checkpoint is then
 * kept in the trust store; a smaller or inconsistent one is a split view and keeps both notes.
 * @module
 */
import type { Command } from 'commander';
import type { CustosClient } from '../../client/custos-client.ts';
import { fromBase64, toBase64 } from '../../core/encoding.ts';
import { rulesDisagreement } from '../../core/ledger/rules-version.ts';
import { type Checkpoint, openCheckpoint } from '../../core/log/checkpoint.ts';
import { noteVerifierFromKey } from '../../core/log/note.ts';
import { isConsistent } from '../../core/log/proof-verify.ts';
import { cosignatureVerifierFromKey } from '../../core/witness/cosignature.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { lastSeenCheckpoint, pinnedLog, rememberCheckpoint, trustedEntry } from '../log-trust.ts';
import { printJson, printLine, warn } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';

export function registerCheckpointCommand(program: Command, flags: () => GlobalFlags): void {
  program
    .command('checkpoint')
    .description(
      'fetch the latest checkpoint, verify it, and prove it consistent with the last one seen here',
    )
    .action(async () => {
      const s = await Session.open(flags());
      const { key: logKey, pinnedNow } = await pinnedLog(s);
      const verifier = noteVerifierFromKey(logKey);
      const client = s.publicClient();
      const note = await client.text('/log/checkpoint');
      const policy = (await trustedEntry(s, logKey))?.witnesses;
      const witnesses = (policy?.keys ?? []).map((k) => cosignatureVerifierFromKey(k));
      const { checkpoint, note: opened } = openCheckpoint(note, verifier, witnesses);
      const previous = await lastSeenCheckpoint(s, checkpoint.origin);
      const consistency = previous
        ? await proveGrowth(client, openCheckpoint(previous, verifier).checkpoint, checkpoint, previous, note)
        : 'first checkpoint seen from this log';
      await rememberCheckpoint(s, note);
      const cosigned = opened.verifiedBy.filter((v) => v !== verifier).length;
      // The newest checkpoint may not be cosigned yet: this is information; proofs enforce the policy.
      const witnessed = policy
        ? `cosigned by ${cosigned} of the ${policy.keys.length} trusted witnesses (policy: ${policy.threshold})`
        : undefined;
      if (flags().json)
        return printJson({
          origin: checkpoint.origin,
          size: checkpoint.size,
          rootHash: toBase64(checkpoint.rootHash),
          consistency,
          ...(pinnedNow ? { keyPinnedOnFirstUse: true } : {}),
          ...(witnessed ? { witnesses: witnessed } : {}),
          note,
        });
      printLine(`${checkpoint.origin}: tree size ${checkpoint.size}, root ${toBase64(checkpoint.rootHash)}`);
      printLine(
        pinnedNow
          ? `signature verified with the key the log served, pinned just now on first use and NOT yet confirmed with its operator; ${consistency}`
          : `signature verified with the pinned key; ${consistency}`,
      );
      if (witnessed) printLine(witnessed);
    });
}

/** Proves `now` extends `before`, fetching the log's consistency proof; a split view throws. */
async function proveGrowth(
  client: CustosClient,
  before: Checkpoint,
  now: Checkpoint,
  beforeNote: string,
  nowNote: string,
): Promise<string> {
  const rulesMoved = before.size <= now.size ? rulesDisagreement(before, now) : undefined;
  if (rulesMoved) splitView(rulesMoved, beforeNote, nowNote);
  if (before.size > now.size)
    splitView(
      `the log now shows tree size ${now.size}, smaller than the ${before.size} seen before: a rollback`,
      beforeNote,
      nowNote,
    );
  if (before.size === now.size) {
    if (toBase64(before.rootHash) !== toBase64(now.rootHash))
      splitView(`two different roots for tree size ${now.size}: the log forked`, beforeNote, nowNote);
    return `the same tree as the checkpoint seen before (size ${before.size})`;
  }
  if (before.size === 0) return 'the checkpoint seen before was of the empty tree, a prefix of every tree';
  const { proof } = await client.getPublic<{ proof: string[] }>(
    `/v1/proofs/consistency?from=${before.size}&to=${now.size}`,
  );
  const proven = isConsistent(
    before.size,
    now.size,
    proof.map((p) => fromBase64(p, 'consistency proof hash')),
    before.rootHash,
    now.rootHash,
  );
  if (!proven)
    splitView(
      `the checkpoint at size ${now.size} is NOT consistent with the one seen before at size ${before.size}`,
      beforeNote,
      nowNote,
    );
  return `proven consistent with the checkpoint seen before (size ${before.size} → ${now.size})`;
}

function splitView(what: string, before: string, now: string): never {
  warn('!!! SPLIT VIEW: THE LOG HAS SHOWN TWO INCONSISTENT HISTORIES !!!');
  warn(what);
  warn('Keep both signed checkpoints below: together they prove the log misbehaved.');
  process.stderr.write(`--- seen before ---\n${before}--- now ---\n${now}`);
  throw new CliError('split view detected', EXIT.notVerified);
}

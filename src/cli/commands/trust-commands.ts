/**
 * `custos trust add|list|show|remove`: the logs this CLI trusts, one per origin, each with its
 * pinned key, witness policy and the last checkpoint seen (the trust store, docs/cli.md).
 * `custos verify` and `custos proof-verify` pick the log by the origin a bundle or proof names.
 * @module
 */
import type { Command } from 'commander';
import { openCheckpoint } from '../../core/log/checkpoint.ts';
import { keyIdHex, noteVerifierFromKey, parseVerifierKey } from '../../core/log/note.ts';
import {
  originOfKey,
  pinLog,
  removeLog,
  requireTrusted,
  setWitnessPolicy,
  type TrustedLog,
} from '../../core/verify/trust-store.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { examplesHelp } from '../help-text.ts';
import { verifierKeyArg } from '../log-trust.ts';
import { printJson, printLine, printTable } from '../output.ts';
import type { GlobalFlags } from '../session.ts';
import { readTrustStore, trustStorePath, updateTrustStore } from '../trust-store-file.ts';
import { collect } from './repeatable-option.ts';

export function registerTrustCommands(program: Command, flags: () => GlobalFlags): void {
  const trust = program
    .command('trust')
    .description('the logs you trust: their keys, witness policies and the last checkpoint seen');

  trust
    .command('add <vkey|file>')
    .description("pin a log's verifier key (obtained from its operator out of band) under its origin")
    .option('--witness <vkey>', 'a witness of this log you trust (repeat)', collect)
    .option('--witnesses-required <k>', 'how many of them must have cosigned (default: all)')
    .option('--url <url>', 'where the log is served, for your reference')
    .option('--replace', 'the operator confirmed a key rotation: replace the key pinned for this origin')
    .addHelpText(
      'after',
      examplesHelp(
        'custos trust add de-bfj.log.vkey --witness "witness.bfj.bund.de+6f1c2a3b+BP…" --witnesses-required 1',
        'custos trust add "custos.justice.gov.az/log+0b1d2e3f+AT…" --url https://custos.justice.gov.az',
      ),
    )
    .action(async (value: string, o: AddOptions) => {
      const key = await verifierKeyArg(value);
      const origin = originOfKey(key);
      const at = new Date().toISOString();
      // The global --url takes the option wherever it is written; either way it is where the log is.
      const url = o.url ?? flags().url;
      const store = await updateTrustStore((s) => {
        let next = pinLog(s, key, {
          how: 'explicit',
          at,
          replace: Boolean(o.replace),
          ...(url ? { url } : {}),
        });
        if (o.witness?.length) next = setWitnessPolicy(next, origin, witnessPolicy(o));
        return next;
      });
      const entry = requireTrusted(store, origin);
      if (flags().json) return printJson({ origin, ...entry });
      printLine(
        `trusting ${origin} with key ID ${keyIdHex(parseVerifierKey(key).keyId)}${describePolicy(entry)}`,
      );
      printLine(`(kept in ${trustStorePath()})`);
    });

  trust
    .command('list')
    .description('every log you trust, with its key ID, witness policy and last checkpoint seen')
    .addHelpText('after', examplesHelp('custos trust list', 'custos trust list --json'))
    .action(async () => {
      const store = await readTrustStore();
      const rows = Object.entries(store.logs).map(([origin, t]) => ({ id: origin, origin, ...summary(t) }));
      if (flags().json) return printJson(rows);
      printTable(
        rows.map((r) => [
          r.origin,
          r.keyId,
          r.witnesses,
          String(r.checkpointSize ?? '-'),
          `${r.pinned} ${r.pinnedAt}`,
        ]),
        ['origin', 'key ID', 'witnesses', 'seen size', 'pinned'],
      );
    });

  trust
    .command('show <origin>')
    .description('one trusted log in full: key, witnesses, the last checkpoint seen')
    .addHelpText('after', examplesHelp('custos trust show custos.justice.gov.az/log'))
    .action(async (origin: string) => {
      const entry = requireTrusted(await readTrustStore(), origin);
      if (flags().json) return printJson({ origin, ...entry });
      printLine(`${origin}`);
      printLine(`  key        ${entry.verifierKey}`);
      printLine(`  pinned     ${entry.pinned} at ${entry.pinnedAt}${entry.url ? ` (${entry.url})` : ''}`);
      if (entry.witnesses) {
        printLine(`  witnesses  ${entry.witnesses.threshold} of:`);
        for (const k of entry.witnesses.keys) printLine(`             ${k}`);
      } else printLine('  witnesses  no policy');
      if (entry.checkpoint) process.stdout.write(`  last checkpoint seen:\n${entry.checkpoint}`);
    });

  trust
    .command('remove <origin>')
    .description('stop trusting a log (its key, policy and last checkpoint are forgotten)')
    .addHelpText('after', examplesHelp('custos trust remove custos.old-partner.example/log'))
    .action(async (origin: string) => {
      await updateTrustStore((s) => removeLog(s, origin));
      if (flags().json) return printJson({ origin, removed: true });
      printLine(`no longer trusting ${origin}`);
    });
}

interface AddOptions {
  witness?: string[];
  witnessesRequired?: string;
  url?: string;
  replace?: boolean;
}

function witnessPolicy(o: AddOptions): { keys: string[]; threshold: number } {
  const keys = o.witness ?? [];
  const threshold = Number(o.witnessesRequired ?? keys.length);
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > keys.length)
    throw new CliError(`--witnesses-required must be a whole number from 1 to ${keys.length}`, EXIT.usage);
  return { keys, threshold };
}

function describePolicy(t: TrustedLog): string {
  return t.witnesses ? `, requiring ${t.witnesses.threshold} of ${t.witnesses.keys.length} witnesses` : '';
}

function summary(t: TrustedLog) {
  let checkpointSize: number | undefined;
  if (t.checkpoint)
    checkpointSize = openCheckpoint(t.checkpoint, noteVerifierFromKey(t.verifierKey)).checkpoint.size;
  return {
    keyId: keyIdHex(parseVerifierKey(t.verifierKey).keyId),
    witnesses: t.witnesses ? `${t.witnesses.threshold} of ${t.witnesses.keys.length}` : 'none',
    checkpointSize,
    pinned: t.pinned,
    pinnedAt: t.pinnedAt,
  };
}

/**
 * `custos transfer export <item> --disclosure <entry>` (in the sending state's log) writes a
 * transfer package: the item's court bundle and the C2SP tlog-proof of its disclosure entry, with
 * the consistency proof between their checkpoints (docs/formats.md, custos-transfer/v1).
 * `custos transfer verify <package>` checks one offline against the key and witness policy
 * pinned for the sender's origin, as the receiving state does before taking custody.
 * `custos transfer import <package>` (in the receiving log) checks it the same way and records
 * `transfer.imported`; `custos transfer receipt <import.tlog-proof>` (in the sending log) checks
 * the receiving log's proof of that import against its pinned key and records `transfer.receipt`.
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ServiceError } from '../../client/custos-client.ts';
import { CustosError } from '../../core/errors.ts';
import { PAYLOAD_SCHEMAS } from '../../core/ledger/kinds.ts';
import { requireTrusted } from '../../core/verify/trust-store.ts';
import { trustFor, verifyReceipt } from '../../core/verify/verify-foreign-entry.ts';
import {
  type TransferPackage,
  type VerifiedTransfer,
  verifyTransfer,
} from '../../core/verify/verify-transfer.ts';
import { itemHead } from '../events.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { examplesHelp } from '../help-text.ts';
import { checkPayload } from '../local-checks.ts';
import { pinnedLogKey, trustedEntry } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { buildTransferPackage, importPayload, receiptPayload } from '../transfer-package.ts';
import { readTrustStore } from '../trust-store-file.ts';

export function registerTransferCommands(program: Command, flags: () => GlobalFlags): void {
  const transfer = program
    .command('transfer')
    .description('cross-border hand-offs: a disclosed item as a package the receiving state verifies');

  transfer
    .command('export <item>')
    .description(
      "the item's bundle and the tlog-proof of its disclosure, as one package for the receiving state",
    )
    .requiredOption('--disclosure <entry>', 'the index of the disclosure entry (custos show prints it)')
    .option('--out <file>', 'where to write it', 'transfer.json')
    .addHelpText(
      'after',
      examplesHelp('custos transfer export fr-lab-roux~phone-7-img --disclosure 41 --out to-de.json'),
    )
    .action(async (item: string, o: { disclosure: string; out: string }) => {
      if (!/^(0|[1-9][0-9]*)$/.test(o.disclosure))
        throw new CliError('--disclosure is an entry index, a whole number', EXIT.usage);
      const s = await Session.open(flags());
      const logKey = await pinnedLogKey(s);
      const pkg = await buildTransferPackage(await s.client(), logKey, item, Number(o.disclosure));
      const witnesses = (await trustedEntry(s, logKey))?.witnesses;
      const checked = verifyTransfer(pkg, { logKey, ...(witnesses ? { witnesses } : {}) });
      await writeFile(o.out, `${JSON.stringify(pkg, null, 2)}\n`).catch((e: NodeJS.ErrnoException) => {
        throw new CliError(`cannot write ${o.out}: ${e.code ?? e.message}`, EXIT.local);
      });
      if (flags().json) return printJson({ file: o.out, ...checked });
      printLine(`wrote ${o.out}: ${describe(checked)}`);
    });

  transfer
    .command('verify <package>')
    .description(
      "check a transfer package offline against the key and witness policy pinned for the sender's log",
    )
    .addHelpText(
      'after',
      examplesHelp('custos transfer verify from-fr.json', 'custos transfer verify from-fr.json --json'),
    )
    .action(async (file: string) => {
      let pkg: { bundle?: { log?: { origin?: unknown } } };
      try {
        pkg = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        throw new CliError(`cannot read ${file} as JSON: ${(e as Error).message}`, EXIT.notVerified);
      }
      const origin = String(pkg?.bundle?.log?.origin ?? '');
      const pinned = requireTrusted(await readTrustStore(), origin);
      const checked = verifyTransfer(pkg, {
        logKey: pinned.verifierKey,
        ...(pinned.witnesses ? { witnesses: pinned.witnesses } : {}),
      });
      if (flags().json) return printJson({ verdict: 'verified', ...checked });
      printLine(`VERIFIED: ${describe(checked)}`);
    });

  registerImport(transfer, flags);
  registerReceipt(transfer, flags);
}

/** A file the user named, as text; exit 3 (not verified) when it cannot be read. */
async function readInput(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${e.code ?? e.message}`, EXIT.notVerified);
  });
}

function registerImport(transfer: Command, flags: () => GlobalFlags): void {
  transfer
    .command('import <package>')
    .description(
      "record in this log the item another log disclosed: the package is checked against the sender's pinned key, here and by the service",
    )
    .requiredOption('--id <name>', 'the new item here (under your id: a bare name gets it in front)')
    .requiredOption('--case <case>', 'the case here it belongs to')
    .requiredOption('--request <request>', "this state's request that the disclosure answers")
    .option('--description <text>', "what it is (default: the sending log's description)")
    .addHelpText(
      'after',
      examplesHelp(
        'custos transfer import from-az.json --id az-logs --case de-bka-schmidt~ransomware --request de-bfj-weber~az-1',
      ),
    )
    .action(async (file: string, o: { id: string; case: string; request: string; description?: string }) => {
      let pkg: TransferPackage;
      try {
        pkg = JSON.parse(await readInput(file));
      } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(`cannot read ${file} as JSON: ${(e as Error).message}`, EXIT.notVerified);
      }
      const s = await Session.open(flags());
      const origin = String(pkg?.bundle?.log?.origin ?? '');
      const verified = verifyTransfer(pkg, trustFor(await readTrustStore(), origin));
      const payload = importPayload(pkg, verified, {
        id: s.ownId(o.id),
        case: o.case,
        request: o.request,
        receivedAt: new Date().toISOString().replace('Z', '+00:00'),
        ...(o.description !== undefined ? { description: o.description } : {}),
      });
      checkPayload('transfer.imported', payload);
      const done = await (await s.client()).importTransfer(pkg, payload);
      if (flags().json) return printJson({ ...done, imported: verified });
      printLine(`entry ${done.index}: ${payload.id} imported from ${describe(verified)}`);
    });
}

function registerReceipt(transfer: Command, flags: () => GlobalFlags): void {
  transfer
    .command('receipt <proof>')
    .description(
      "close a disclosure with the receiving log's tlog-proof of its import (made there with --with-entry), checked against that log's pinned key",
    )
    .addHelpText('after', examplesHelp('custos transfer receipt 57.tlog-proof'))
    .action(async (file: string) => {
      const text = await readInput(file);
      const s = await Session.open(flags());
      const client = await s.client();
      let payload: Awaited<ReturnType<typeof receiptPayload>>;
      try {
        payload = await receiptPayload(text, async (item) => (await itemHead(client, item)).head.leafHash);
      } catch (e) {
        if (e instanceof ServiceError || e instanceof CustosError) throw e;
        throw new CliError(`${file}: ${(e as Error).message}`, EXIT.notVerified);
      }
      checkPayload('transfer.receipt', payload);
      verifyReceipt(PAYLOAD_SCHEMAS['transfer.receipt'].parse(payload), await readTrustStore());
      const done = await client.recordReceipt(payload);
      if (flags().json) return printJson(done);
      printLine(
        `entry ${done.index}: disclosure ${payload.disclosure} of ${payload.item} closed by entry ${payload.import.index} of ${payload.import.origin}`,
      );
    });
}

function describe(t: VerifiedTransfer): string {
  return `entry ${t.index} of ${t.origin} (leaf ${t.leafHash}) discloses ${t.item} to ${recipientOf(t)} under ${t.request}, proven at tree size ${t.treeSize}${t.cosignedBy.length ? `, cosigned by ${t.cosignedBy.join(', ')}` : ''}`;
}

const recipientOf = (t: VerifiedTransfer) =>
  t.addressee
    ? `${t.addressee.authority} (${t.addressee.state}, designated by its entry ${t.addressee.designation})`
    : `${t.recipient}, an actor of that log`;

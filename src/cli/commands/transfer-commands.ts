/**
 * `custos transfer export <item> --disclosure <entry>` (in the sending state's log) writes a
 * transfer package: the item's court bundle and the C2SP tlog-proof of its disclosure entry, with
 * the consistency proof between their checkpoints (docs/formats.md, custos-transfer/v1).
 * `custos transfer verify <package>` checks one offline against the key and witness policy
 * pinned for the sender's origin, as the receiving state does before taking custody.
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { requireTrusted } from '../../core/verify/trust-store.ts';
import { type VerifiedTransfer, verifyTransfer } from '../../core/verify/verify-transfer.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { examplesHelp } from '../help-text.ts';
import { pinnedLogKey, trustedEntry } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { buildTransferPackage } from '../transfer-package.ts';
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
}

function describe(t: VerifiedTransfer): string {
  return `entry ${t.index} of ${t.origin} (leaf ${t.leafHash}) discloses ${t.item} to ${t.recipient} under ${t.request}, proven at tree size ${t.treeSize}${t.cosignedBy.length ? `, cosigned by ${t.cosignedBy.join(', ')}` : ''}`;
}

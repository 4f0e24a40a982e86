/**
 * Court export and offline verification: `export` writes bundle.json, report.html and
 * report.pdf (the bundle attached); `verify` checks a bundle or a report PDF with no network,
 * against a log key the user pins, and exits 0 only when everything verifies.
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Bundle } from '../../core/ledger/bundle.ts';
import { certificateName, certificatesFromPem, type TsaRoot } from '../../core/timestamp/verify-token.ts';
import type { BundleVerification, Check } from '../../core/verify/result.ts';
import { checkFileDigest, type TrustPolicy, verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import { keyNoteLine } from '../../core/verify/verify-keys.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { digestFile } from '../file-digests.ts';
import { pinnedLogKey, verifierKeyArg } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerExportCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('export <item>')
    .description(
      'export the court bundle of an item, verify it here, and write bundle.json, report.html and report.pdf',
    )
    .requiredOption('--out <dir>', 'the folder to write into')
    .option('--derivatives', "include the item's derivatives")
    .option(
      '--tsa-root <[name=]pem>',
      'a TSA root you trust: the report then dates each event by its tokens (repeat)',
      collect,
    )
    .addHelpText(
      'after',
      '\nExample:\n  custos export fr-ofac-martin~phone-7 --derivatives --out court/phone-7',
    )
    .action(async (item: string, o: { out: string; derivatives?: boolean; tsaRoot?: string[] }) => {
      const session = await Session.open(flags());
      const logKey = await pinnedLogKey(session);
      const client = await session.client();
      const bundleBytes = await client.bytes(
        `/v1/items/${encodeURIComponent(item)}/bundle?derivatives=${o.derivatives ? 'true' : 'false'}`,
        true,
      );
      const bundle = JSON.parse(new TextDecoder().decode(bundleBytes)) as Bundle;
      const result = await verifyBundleWithTime(bundle, {
        logKey,
        ...(o.tsaRoot?.length ? { tsa: { roots: await tsaRoots(o.tsaRoot), required: 1 } } : {}),
      });
      if (result.verdict !== 'verified') {
        printChecks(result.checks);
        throw new CliError(
          'the bundle the service sent does not verify; nothing was written',
          EXIT.notVerified,
        );
      }
      // The PDF libraries load only when a report is made or read.
      const { renderReportHtml } = await import('../../report/report-html.ts');
      const { renderReportPdf } = await import('../../report/report-pdf.ts');
      const meta = {
        bundleSha256: createHash('sha256').update(bundleBytes).digest('hex'),
        generatedAt: new Date().toISOString(),
      };
      const pdf = await renderReportPdf(bundle, bundleBytes, result, meta);
      await mkdir(o.out, { recursive: true });
      const files = {
        bundle: join(o.out, 'bundle.json'),
        html: join(o.out, 'report.html'),
        pdf: join(o.out, 'report.pdf'),
      };
      await writeFile(files.bundle, bundleBytes);
      await writeFile(files.html, renderReportHtml(bundle, result, meta));
      await writeFile(files.pdf, pdf);
      if (flags().json) printJson({ id: item, verdict: result.verdict, sha256: meta.bundleSha256, files });
      else
        printLine(
          `${item}: bundle verified (${bundle.entries.length} entries, sha256 ${meta.bundleSha256}); wrote ${Object.values(files).join(', ')}`,
        );
    });

  program
    .command('verify <file>')
    .description('verify a bundle.json or a report.pdf offline; exit 0 only when everything verifies')
    .option('--log-key <vkey|file>', "the log's verifier key, obtained from the operator out of band")
    .option('--file <evidence>', 'also check that this file is the evidence registered')
    .option('--witness <vkey>', 'a witness you trust (repeat)', collect)
    .option('--witnesses-required <k>', 'how many of them must have cosigned')
    .option('--known-checkpoint <file>', 'a checkpoint of this log you saw before (detects rollback)')
    .option(
      '--log-pq-key <vkey|file>',
      "the log's ML-DSA-44 verifier key (log-mldsa44.vkey), pinned like --log-key",
    )
    .option(
      '--tsa-root <[name=]pem>',
      'a timestamping authority root certificate you trust (repeat)',
      collect,
    )
    .option(
      '--tsa-required <k>',
      'how many pinned TSAs must have timestamped each entry (default 1 with --tsa-root)',
    )
    .option('--require-pq', 'fail unless the checkpoint carries a valid ML-DSA-44 signature by --log-pq-key')
    .addHelpText(
      'after',
      '\nExamples:\n  custos verify report.pdf --log-key log.vkey\n  custos verify bundle.json --log-key "custos.localhost/log+d70c0135+AT…" --file image.E01 --json',
    )
    .action(
      async (
        file: string,
        o: {
          logKey?: string;
          file?: string;
          witness?: string[];
          witnessesRequired?: string;
          knownCheckpoint?: string;
          logPqKey?: string;
          requirePq?: boolean;
          tsaRoot?: string[];
          tsaRequired?: string;
        },
      ) => {
        const session = await Session.open(flags());
        const logKeySetting = o.logKey ?? session.setting('logKey');
        if (!logKeySetting)
          throw new CliError(
            'give the log key to trust with --log-key (from the operator, not from the bundle)',
            EXIT.usage,
          );
        if (o.requirePq && !o.logPqKey)
          throw new CliError('--require-pq needs the key to check it with: --log-pq-key', EXIT.usage);
        const trust: TrustPolicy = {
          logKey: await verifierKeyArg(logKeySetting),
          ...(o.logPqKey
            ? { postQuantum: { key: await verifierKeyArg(o.logPqKey), required: Boolean(o.requirePq) } }
            : {}),
          ...(o.witness?.length
            ? { witnesses: { keys: o.witness, threshold: Number(o.witnessesRequired ?? o.witness.length) } }
            : {}),
          ...(o.knownCheckpoint ? { knownCheckpoint: await readText(o.knownCheckpoint) } : {}),
          ...(o.tsaRoot?.length
            ? { tsa: { roots: await tsaRoots(o.tsaRoot), required: Number(o.tsaRequired ?? 1) } }
            : {}),
        };
        const { bundle, extra } = await loadBundle(file);
        const result = await verifyBundleWithTime(bundle, trust);
        const checks: Check[] = [...extra, ...result.checks];
        if (o.file) {
          const d = await digestFile(o.file, ['sha256']).catch((e: NodeJS.ErrnoException) => {
            throw new CliError(`cannot read ${o.file}: ${e.code ?? e.message}`, EXIT.local);
          });
          checks.push(
            checkFileDigest(
              d.digests.sha256!,
              result.items.find((i) => i.id === result.subject),
              o.file,
            ),
          );
        }
        const verified = checks.every((c) => c.status !== 'fail');
        const outcome: BundleVerification = { ...result, verdict: verified ? 'verified' : 'failed', checks };
        if (flags().json) printJson(outcome);
        else printVerification(outcome);
        if (!verified) throw new CliError(`${file} does NOT verify`, EXIT.notVerified);
      },
    );
}

/** `[name=]file.pem`: each root certificate in the file, named as given or by its common name. */
async function tsaRoots(values: readonly string[]): Promise<TsaRoot[]> {
  const roots: TsaRoot[] = [];
  for (const value of values) {
    const eq = value.indexOf('=');
    const path = eq > 0 ? value.slice(eq + 1) : value;
    const certs = certificatesFromPem(await readText(path));
    if (certs.length === 0) throw new CliError(`${path} holds no PEM certificate`, EXIT.usage);
    for (const der of certs) roots.push({ name: eq > 0 ? value.slice(0, eq) : certificateName(der), der });
  }
  return roots;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      EXIT.local,
    );
  }
}

/** A bundle from a JSON file, or extracted from a report PDF (with the attachment's own check). */
async function loadBundle(path: string): Promise<{ bundle: unknown; extra: Check[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new CliError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      EXIT.local,
    );
  }
  const extra: Check[] = [];
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-') {
    const { attachmentCheck, extractBundleFromPdf } = await import('../../report/pdf-bundle.ts');
    const found = await extractBundleFromPdf(bytes).catch((e: Error) => {
      throw new CliError(`${path}: ${e.message}`, EXIT.notVerified);
    });
    extra.push(attachmentCheck(found.bundleBytes, found.declaredSha256));
    bytes = found.bundleBytes;
  }
  try {
    return { bundle: JSON.parse(new TextDecoder().decode(bytes)), extra };
  } catch {
    throw new CliError(`${path} is neither a bundle (JSON) nor a report PDF`, EXIT.notVerified);
  }
}

function printChecks(checks: readonly Check[]): void {
  const mark = { pass: 'ok  ', fail: 'FAIL', warn: 'warn', info: 'info' } as const;
  for (const c of checks) printLine(`  [${mark[c.status]}] ${c.id}: ${c.detail}`);
}

function printVerification(r: BundleVerification): void {
  printLine(
    r.verdict === 'verified'
      ? `VERIFIED: the history of ${r.subject} checks out`
      : `FAILED: the history of ${r.subject} does not verify`,
  );
  if (r.checkpoint)
    printLine(
      `  checkpoint ${r.checkpoint.origin} size ${r.checkpoint.size}, root ${r.checkpoint.rootHash}, log key ${r.checkpoint.logKeyId}${r.checkpoint.cosignedBy.length ? `, cosigned by ${r.checkpoint.cosignedBy.join(', ')}` : ''}`,
    );
  printChecks(r.checks);
  if (r.keyNotes.length) {
    printLine();
    printLine('  Entries signed with keys to weigh:');
    for (const n of r.keyNotes) printLine(`    #${n.entry} (${n.actor}): ${keyNoteLine(n)}`);
  }
  printLine();
  for (const t of r.timeline)
    printLine(
      `  ${(t.occurredAt ?? t.loggedAt).slice(0, 19)}  ${t.item}  ${t.actorName ?? t.actor}: ${t.summary}`,
    );
}

/**
 * Court export: `export` writes bundle.json, report.html and report.pdf (the bundle attached),
 * after verifying the bundle here, or with `--format case` the item's provenance as CASE/UCO
 * JSON-LD (case.jsonld); `verify` is in verify-command.ts.
 * @module
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { LANGUAGES, parseLanguages } from '../../core/i18n/languages.ts';
import type { Bundle } from '../../core/ledger/bundle.ts';
import { readBundleJson } from '../../core/verify/read-bundle.ts';
import type { Check } from '../../core/verify/result.ts';
import { explicitPins } from '../../core/verify/trust-store.ts';
import { type TrustPolicy, verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import { verifySignatureFastAsync } from '../../crypto/node-ed25519.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { pinnedLogKey } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { multiLogBundle } from '../transfer-package.ts';
import { readTrustStore } from '../trust-store-file.ts';
import { collect } from './repeatable-option.ts';
import { registerVerifyCommand, tsaRoots } from './verify-command.ts';
import { printChecks } from './verify-output.ts';

export function registerExportCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('export <item>')
    .description(
      'export the court bundle of an item, verify it here, and write bundle.json, report.html and report.pdf',
    )
    .requiredOption('--out <dir>', 'the folder to write into')
    .option(
      '--format <format>',
      '`court` (default): bundle.json, report.html, report.pdf; `case`: bundle.json and case.jsonld, the provenance as CASE/UCO 1.4 JSON-LD',
      'court',
    )
    .option(
      '--lang <tags>',
      `the report's language (${LANGUAGES.join(', ')}), or two for a bilingual report, e.g. az,en`,
      'en',
    )
    .option('--derivatives', "include the item's derivatives")
    .option(
      '--transfer <package>',
      'the transfer package an import in this history was made from: its log’s part goes in too, a multi-log bundle (repeat)',
      collect,
    )
    .option(
      '--tsa-root <[name=]pem>',
      'a TSA root you trust: the report then dates each event by its tokens (repeat)',
      collect,
    )
    .option(
      '--sign-key <pem>',
      "sign report.pdf (PAdES) with the exporting authority's private key (mode 0600)",
    )
    .option('--sign-cert <pem>', 'the certificate of that key, then any intermediate certificates')
    .option('--sign-tsa <url>', 'time-stamp the signature at this RFC 3161 TSA (PAdES B-T)')
    .addHelpText(
      'after',
      '\nExamples:\n  custos export fr-ofac-martin~phone-7 --derivatives --out court/phone-7\n  custos export az-dtx~phone-1 --lang az,en --out court/phone-1\n  custos export fr-ofac-martin~phone-7 --derivatives --format case --out lab/phone-7\n  custos export fr-ofac-martin~phone-7 --sign-key authority.key --sign-cert authority.pem --out court/phone-7\n  custos export de-bfj-weber~az-logs --transfer from-az.json --out court/az-logs',
    )
    .action(async (item: string, o: ExportOptions) => {
      if (o.format !== 'court' && o.format !== 'case')
        throw new CliError('--format is court or case', EXIT.usage);
      const languages = languagesOption(o.lang);
      const signer = await reportSigner(o);
      const packages = await Promise.all((o.transfer ?? []).map(readPackage));
      const session = await Session.open(flags());
      const logKey = await pinnedLogKey(session);
      const client = await session.client();
      const ownBytes = await client.bytes(
        `/v1/items/${encodeURIComponent(item)}/bundle?derivatives=${o.derivatives ? 'true' : 'false'}`,
        true,
      );
      const read = readBundleJson(new TextDecoder().decode(ownBytes), 'the bundle the service sent');
      if ('failure' in read)
        throw new CliError(`${read.failure.detail}; nothing was written`, EXIT.notVerified);
      const bundle = multiLogBundle(read.value as Bundle, packages);
      const bundleBytes = packages.length ? new TextEncoder().encode(JSON.stringify(bundle)) : ownBytes;
      const { recordingOtherLogs } = await import('../../report/recorded-trust.ts');
      // Other logs' parts and entries are checked with this reader's explicit pins (keys and witness
      // policies); the report records the keys alone, which draw the same pages.
      const pins = recordingOtherLogs(explicitPins(await readTrustStore()));
      const trust: TrustPolicy = {
        logKey,
        ...(o.tsaRoot?.length ? { tsa: { roots: await tsaRoots(o.tsaRoot), required: 1 } } : {}),
        otherLogs: pins.otherLogs,
      };
      const result = await verifyBundleWithTime(bundle, trust, verifySignatureFastAsync);
      if (result.verdict !== 'verified') {
        printChecks(result.checks);
        throw new CliError(
          'the bundle the service sent does not verify; nothing was written',
          EXIT.notVerified,
        );
      }
      if (o.format === 'case') return writeCase(item, bundle, bundleBytes, o.out, Boolean(flags().json));
      // The PDF libraries load only when a report is made or read.
      const { renderReportHtml } = await import('../../report/report-html.ts');
      const { renderReportPdf } = await import('../../report/report-pdf.ts');
      const { nodeFontSource } = await import('../../report/node-font-source.ts');
      const { reportOptions } = await import('../../report/report-options.ts');
      const { recordTrust } = await import('../../report/recorded-trust.ts');
      const { signPdf } = await import('../../core/pades/pades.ts');
      const options = reportOptions({ languages });
      const meta = {
        bundleSha256: createHash('sha256').update(bundleBytes).digest('hex'),
        generatedAt: new Date().toISOString(),
        // The TSA roots' fingerprints and other logs' keys, so that a verifier pinning them draws the same pages.
        trust: recordTrust(trust, pins.used),
      };
      const rendered = await renderReportPdf(bundle, bundleBytes, result, meta, nodeFontSource, options);
      // The signature goes after the report as rendered, which the page check compares.
      const pdf = signer ? await signPdf(rendered, signer, new Date().toISOString()) : rendered;
      await mkdir(o.out, { recursive: true });
      const files = {
        bundle: join(o.out, 'bundle.json'),
        html: join(o.out, 'report.html'),
        pdf: join(o.out, 'report.pdf'),
      };
      await writeFile(files.bundle, bundleBytes);
      await writeFile(files.html, renderReportHtml(bundle, result, meta, options));
      await writeFile(files.pdf, pdf);
      if (flags().json)
        printJson({
          id: item,
          verdict: result.verdict,
          sha256: meta.bundleSha256,
          languages,
          signed: Boolean(signer),
          files,
        });
      else
        printLine(
          `${item}: bundle verified (${bundle.entries.length} entries${acrossLogs(result)}, sha256 ${meta.bundleSha256}); wrote ${Object.values(files).join(', ')}`,
        );
    });
  registerVerifyCommand(program, flags);
}

/** `--format case`: the verified bundle and the item's provenance as CASE/UCO JSON-LD (docs/case-uco.md). */
async function writeCase(item: string, bundle: Bundle, bundleBytes: Uint8Array, out: string, json: boolean) {
  const files = { bundle: join(out, 'bundle.json'), case: join(out, 'case.jsonld') };
  await mkdir(out, { recursive: true });
  await writeFile(files.bundle, bundleBytes);
  const { exportCase } = await import('../../core/case-uco/export-case.ts');
  await writeFile(files.case, `${JSON.stringify(exportCase(bundle), null, 2)}\n`);
  if (json) printJson({ id: item, verdict: 'verified', files });
  else
    printLine(
      `${item}: bundle verified (${bundle.entries.length} entries); wrote ${Object.values(files).join(', ')}`,
    );
}

interface ExportOptions {
  out: string;
  lang: string;
  format: string;
  derivatives?: boolean;
  transfer?: string[];
  tsaRoot?: string[];
  signKey?: string;
  signCert?: string;
  signTsa?: string;
}

/** What the bundle carries of other logs: each part verified with a pin, or NOT checked. */
function acrossLogs(result: { parts?: readonly { origin: string }[]; checks: readonly Check[] }): string {
  const checked = (result.parts ?? []).map(
    (p) => `, the part of log ${p.origin} verified with its pinned key`,
  );
  const unchecked = result.checks.filter((c) => c.id === 'parts' && c.status === 'warn').length;
  return checked.join('') + (unchecked ? `, ${unchecked} other log part(s) NOT checked (not pinned)` : '');
}

/** A transfer package file given with --transfer, as JSON (the verifier checks the rest). */
async function readPackage(file: string) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new CliError(
      `--transfer ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      EXIT.local,
    );
  }
}

/** The authority's signer, read before anything is fetched, or none without --sign-key. */
async function reportSigner(o: ExportOptions) {
  if (!o.signKey && !o.signCert && !o.signTsa) return undefined;
  if (!o.signKey || !o.signCert)
    throw new CliError('a signed report needs both --sign-key and --sign-cert', EXIT.usage);
  // Loaded only to sign: its CMS and TSA client modules would slow every other command's start.
  const { loadReportSigner } = await import('../report-signer.ts');
  return loadReportSigner({
    key: o.signKey,
    certificate: o.signCert,
    ...(o.signTsa ? { tsaUrl: o.signTsa } : {}),
  });
}

/** Checked before anything is fetched: a wrong tag is a usage error (exit 2), naming the option. */
function languagesOption(list: string) {
  try {
    return parseLanguages(list);
  } catch (e) {
    throw new CliError(`--lang: ${e instanceof Error ? e.message : String(e)}`, EXIT.usage);
  }
}

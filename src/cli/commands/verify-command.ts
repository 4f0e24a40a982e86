/**
 * `custos verify`: a bundle or a report PDF checked offline against a log key the user pins;
 * exit 0 only when everything verifies. Signatures are checked with OpenSSL (node:crypto) under
 * the core's policy. With --file it says which item of the bundle a file is; with
 * --known-checkpoint and --online, whether the bundle and a checkpoint seen before are one history.
 * @module
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { Command } from 'commander';
import { openCheckpoint } from '../../core/log/checkpoint.ts';
import { noteVerifierFromKey } from '../../core/log/note.ts';
import type { TsaRoot } from '../../core/timestamp/verify-token.ts';
import { readBundleJson } from '../../core/verify/read-bundle.ts';
import type { Check } from '../../core/verify/result.ts';
import { emptyResult } from '../../core/verify/summarise.ts';
import { explicitPins, requireConfirmed, type TrustedLog } from '../../core/verify/trust-store.ts';
import { checkFileDigest, type TrustPolicy, verifyBundleWithTime } from '../../core/verify/verify-bundle.ts';
import { verifySignatureFastAsync } from '../../crypto/node-ed25519.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { digestFile } from '../file-digests.ts';
import { verifierKeyArg } from '../log-trust.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { isTlogProof, verifyTlogProofFile } from '../tlog-proofs.ts';
import { readTrustStore } from '../trust-store-file.ts';
import { collect } from './repeatable-option.ts';
import type { ReportFile } from './report-pages.ts';
import { printVerification } from './verify-output.ts';

export function registerVerifyCommand(program: Command, flags: () => GlobalFlags): void {
  program
    .command('verify <file>')
    .description('verify a bundle.json or a report.pdf offline; exit 0 only when everything verifies')
    .option(
      '--log-key <vkey|file>',
      "the log's verifier key, obtained from the operator out of band (default: the trust store's key for the bundle's origin)",
    )
    .option(
      '--file <evidence>',
      'also say which item of the bundle this file is (the subject, a copy…); no match fails',
    )
    .option('--witness <vkey>', 'a witness you trust (repeat)', collect)
    .option('--witnesses-required <k>', 'how many of them must have cosigned')
    .option(
      '--known-checkpoint <file>',
      'a checkpoint of this log you saw before: a fork shows; another size proves nothing offline',
    )
    .option(
      '--online',
      "ask the log (--url) for a consistency proof between the bundle's checkpoint and the known one (or the log's latest)",
    )
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
    .option('--entry <json>', 'for a .tlog-proof: the entry it proves (JSON), if the proof does not carry it')
    .option('--require-pq', 'fail unless the checkpoint carries a valid ML-DSA-44 signature by --log-pq-key')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  custos verify court/phone-7/report.pdf --log-key log.vkey',
        '  custos verify bundle.json --log-key "custos.localhost/log+d70c0135+AT…" --file image.E01 --json',
        '  custos verify report.pdf --log-key log.vkey --known-checkpoint seen.checkpoint --online',
      ].join('\n'),
    )
    .action(async (file: string, o: VerifyOptions) => {
      const session = await Session.open(flags());
      if (o.requirePq && !o.logPqKey)
        throw new CliError('--require-pq needs the key to check it with: --log-pq-key', EXIT.usage);
      const raw = await readBytes(file);
      if (isTlogProof(raw)) return verifyProofFile(file, raw, o, flags().json);
      const { bundle, extra, report } = await loadBundle(file);
      // The page check deflates on a second thread: the attachment now, while the bundle is
      // verified (idle, the thread keeps no process alive).
      const thread = report ? (await import('./deflate-thread.ts')).deflateThread() : undefined;
      if (report) thread?.ahead(report.bundleBytes);
      const logKeySetting = o.logKey ?? session.setting('logKey');
      // Without a key given, the trust store's, for the origin the bundle names.
      // (An unreadable bundle fails on its own below, whatever the key.)
      const pinned = logKeySetting || bundle === undefined ? undefined : await trustedLogNamedBy(bundle);
      const logKey = pinned ? pinned.verifierKey : logKeySetting ? await verifierKeyArg(logKeySetting) : '';
      const trust: TrustPolicy = {
        logKey,
        ...(o.logPqKey
          ? { postQuantum: { key: await verifierKeyArg(o.logPqKey), required: Boolean(o.requirePq) } }
          : {}),
        ...(pinned?.witnesses && !o.witness?.length ? { witnesses: pinned.witnesses } : witnessPolicy(o)),
        ...(await knownCheckpoint(o, session, logKey, bundle)),
        // Another log's entry an import or receipt carries: checked with the key pinned for it.
        otherLogs: explicitPins(await readTrustStore()),
        ...(o.tsaRoot?.length
          ? { tsa: { roots: await tsaRoots(o.tsaRoot), required: Number(o.tsaRequired ?? 1) } }
          : {}),
      };
      const result =
        bundle === undefined
          ? emptyResult('', [])
          : await verifyBundleWithTime(bundle, trust, verifySignatureFastAsync);
      const checks: Check[] = [...extra, ...result.checks];
      const history = checks.every((c) => c.status !== 'fail') ? 'verified' : 'failed';
      let pagesCheck: Check | undefined;
      let signatureCheck: Check | undefined;
      if (report) {
        const { checkReportPages } = await import('./report-pages.ts');
        const { checkPdfSignature } = await import('../../core/pades/pades.ts');
        // Nobody signs a report before it was made, nor before its bundle was (docs/verifying.md §6).
        signatureCheck = (await checkPdfSignature(report.pdf, trust.tsa?.roots ?? [], result.createdAt))
          .check;
        pagesCheck = await checkReportPages(report, bundle, trust, result, history === 'verified', thread);
        thread?.close();
        checks.push(signatureCheck, pagesCheck);
      }
      let fileCheck: Check | undefined;
      if (o.file) {
        const d = await digestFile(o.file, ['sha256']).catch((e: NodeJS.ErrnoException) => {
          throw new CliError(`cannot read ${o.file}: ${e.code ?? e.message}`, EXIT.local);
        });
        // Only items whose history verified can vouch for a file's bytes.
        fileCheck = checkFileDigest(d.digests.sha256!, history === 'verified' ? result.items : [], o.file);
        checks.push(fileCheck);
      }
      const verified = checks.every((c) => c.status !== 'fail');
      const outcome = { ...result, verdict: verified ? 'verified' : 'failed', history, checks } as const;
      if (flags().json) printJson(outcome);
      else printVerification(outcome, fileCheck, pagesCheck, signatureCheck);
      if (history === 'failed') throw new CliError(`${file} does NOT verify`, EXIT.notVerified);
      if (pagesCheck && pagesCheck.status !== 'pass')
        throw new CliError(
          pagesCheck.code === 'pages_not_checked'
            ? `the history in ${file} verifies, but its printed pages were NOT checked`
            : `the history in ${file} verifies, but its printed pages are NOT that history: do not rely on the printout`,
          EXIT.notVerified,
        );
      if (signatureCheck?.status === 'fail')
        throw new CliError(
          `the history and the pages of ${file} verify, but its signature does NOT: who exported it is not proven`,
          EXIT.notVerified,
        );
      if (!verified)
        throw new CliError(
          `the history in ${file} verifies, but ${o.file} is none of its items`,
          EXIT.notVerified,
        );
    });
}

/** The log a bundle names by its origin, pinned explicitly, or `untrusted_origin`. */
async function trustedLogNamedBy(bundle: unknown): Promise<TrustedLog> {
  const origin = (bundle as { log?: { origin?: unknown } } | null)?.log?.origin;
  if (typeof origin !== 'string')
    throw new CliError(
      'give the log key to trust with --log-key (from the operator, not from the bundle), or pin it with `custos trust add`',
      EXIT.usage,
    );
  return requireConfirmed(await readTrustStore(), origin);
}

interface VerifyOptions {
  logKey?: string;
  entry?: string;
  file?: string;
  witness?: string[];
  witnessesRequired?: string;
  knownCheckpoint?: string;
  online?: boolean;
  logPqKey?: string;
  requirePq?: boolean;
  tsaRoot?: string[];
  tsaRequired?: string;
}

function witnessPolicy(o: VerifyOptions): Pick<TrustPolicy, 'witnesses'> {
  if (!o.witness?.length) return {};
  const threshold = Number(o.witnessesRequired ?? o.witness.length);
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > o.witness.length)
    throw new CliError(
      `--witnesses-required must be a whole number from 1 to ${o.witness.length} (the witnesses given)`,
      EXIT.usage,
    );
  return { witnesses: { keys: o.witness, threshold } };
}

/**
 * The checkpoint seen before, and with --online the log's consistency proof between it and the
 * bundle's: the verifier checks the proof against both signed roots, so the log is not trusted.
 */
async function knownCheckpoint(
  o: VerifyOptions,
  session: Session,
  logKey: string,
  bundle: unknown,
): Promise<Pick<TrustPolicy, 'knownCheckpoint' | 'consistencyProof'>> {
  if (!o.knownCheckpoint && !o.online) return {};
  const client = o.online ? session.publicClient() : undefined;
  const known = o.knownCheckpoint ? await readText(o.knownCheckpoint) : await client!.text('/log/checkpoint');
  if (!client) return { knownCheckpoint: known };
  const verifier = noteVerifierFromKey(logKey);
  const sizeOf = (note: string) => {
    try {
      return openCheckpoint(note, verifier).checkpoint.size;
    } catch {
      return undefined; // the verifier reports an unsigned checkpoint; nothing to ask the log
    }
  };
  const a = sizeOf(known);
  const b = sizeOf(String((bundle as { checkpoint?: unknown })?.checkpoint ?? ''));
  if (a === undefined || b === undefined || a === b || Math.min(a, b) === 0)
    return { knownCheckpoint: known };
  // A public read: the proof is checked against both signed roots, so no login is needed.
  const { proof } = JSON.parse(
    await client.text(`/v1/proofs/consistency?from=${Math.min(a, b)}&to=${Math.max(a, b)}`),
  ) as { proof: string[] };
  return { knownCheckpoint: known, consistencyProof: proof };
}

/** `[name=]file.pem`: each root certificate in the file, named as given or by its common name. */
export async function tsaRoots(values: readonly string[]): Promise<TsaRoot[]> {
  const roots: TsaRoot[] = [];
  if (values.length === 0) return roots;
  const { certificateName, certificatesFromPem } = await import('../../core/timestamp/verify-token.ts');
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

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new CliError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      EXIT.local,
    );
  }
}

/** A C2SP tlog-proof file: proven against the log pinned for its origin (or --log-key). */
async function verifyProofFile(
  file: string,
  bytes: Uint8Array,
  o: VerifyOptions,
  json?: boolean,
): Promise<void> {
  const w = witnessPolicy(o).witnesses;
  const ok = await verifyTlogProofFile(bytes, {
    ...(o.logKey ? { logKey: o.logKey } : {}),
    ...(w ? { witnesses: w } : {}),
    ...(o.entry ? { entryFile: o.entry } : {}),
  });
  const summary = {
    verdict: 'verified',
    index: ok.index,
    leafHash: ok.leafHash,
    origin: ok.checkpoint.origin,
    treeSize: ok.checkpoint.size,
    cosignedBy: ok.cosignedBy,
  };
  if (json) return printJson(summary);
  printLine(
    `VERIFIED: ${file} proves entry ${ok.index} (leaf ${ok.leafHash}) is in ${ok.checkpoint.origin} at tree size ${ok.checkpoint.size}${ok.cosignedBy.length ? `, cosigned by ${ok.cosignedBy.join(', ')}` : ''}`,
  );
}

/** A bundle from a JSON file, or extracted from a report PDF (with the attachment's own check). */
/** `bundle` is undefined when the JSON is refused (a repeated member name): `extra` says why. */
async function loadBundle(path: string): Promise<{ bundle: unknown; extra: Check[]; report?: ReportFile }> {
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
  let report: ReportFile | undefined;
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-') {
    const { attachmentCheck, extractBundleFromPdf } = await import('../../report/pdf-bundle.ts');
    // Node's zlib and OpenSSL: the attachment is 10 MB for a bundle of 10,000 events.
    const native = {
      inflate: inflateSync,
      sha256: (b: Uint8Array) => createHash('sha256').update(b).digest(),
    };
    const found = await extractBundleFromPdf(bytes, native).catch((e: Error) => {
      throw new CliError(`${path}: ${e.message}`, EXIT.notVerified);
    });
    extra.push(attachmentCheck(found));
    report = { pdf: bytes, ...found };
    bytes = found.bundleBytes;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path} is neither a bundle (UTF-8 JSON) nor a report PDF`, EXIT.notVerified);
  }
  const read = readBundleJson(text, path);
  if ('value' in read) return { bundle: read.value, extra, ...(report ? { report } : {}) };
  if (read.failure.code === 'bad_json')
    throw new CliError(`${path} is neither a bundle (JSON) nor a report PDF`, EXIT.notVerified);
  return { bundle: undefined, extra: [...extra, read.failure], ...(report ? { report } : {}) };
}

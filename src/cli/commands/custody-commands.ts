/**
 * Custody from the terminal: `evidence register` (hashes the file itself), then one command
 * per event — `seal`, `unseal`, `handover`, `cancel-handover`, `receive` (re-hashes the copy it
 * received and records match or mismatch), `examine`, `copy`, `verify-item`, `preserve`,
 * `extend-preservation`, `release-preservation`, `disclose`, `return`, `destroy`, `annotate`.
 * Each fetches the item's head for `prev`, signs locally and submits.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { toHex } from '../../core/encoding.ts';
import { type EventOptions, itemHead, recordEvent, submit } from '../events.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { digestFile, type FileDigests } from '../file-digests.ts';
import { progressBar } from '../progress.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { reportSubmitted } from './admin-commands.ts';
import { designationEntry } from './designation-commands.ts';

/** SHA-256 and SHA-512 of a file in one pass, with a progress bar on a terminal. */
export async function hashEvidence(path: string): Promise<FileDigests> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new CliError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      EXIT.local,
    );
  }
  const bar = progressBar(size, basename(path));
  try {
    return await digestFile(path, ['sha256', 'sha512'], (n) => bar.add(n));
  } catch (e) {
    throw new CliError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      EXIT.local,
    );
  } finally {
    bar.stop();
  }
}

/** Options every event has; an annotation is all note, so it takes its text once, as --text. */
const eventOptions = (cmd: Command, withNote = true) => {
  cmd
    .option('--occurred-at <time>', 'when it happened, RFC 3339 with offset (default: now)')
    .option('--location <text>');
  return withNote ? cmd.option('--note <text>') : cmd;
};

type EventFlags = EventOptions & Record<string, string | undefined>;

export function registerCustodyCommands(program: Command, flags: () => GlobalFlags): void {
  const client = async () => (await Session.open(flags())).client();
  /** Declares `custos <name> <item>` recording an event of `type` with the fields `build` returns. */
  const event = (
    name: string,
    type: string,
    describe: string,
    configure: (c: Command) => Command,
    build: (o: EventFlags, item: string) => Promise<Record<string, unknown>> | Record<string, unknown>,
  ) => {
    eventOptions(
      configure(program.command(`${name} <item>`).description(describe)),
      name !== 'annotate',
    ).action(async (item: string, o: EventFlags) => {
      const done = await recordEvent(await client(), item, type, await build(o, item), o);
      reportSubmitted(flags().json, `${type} recorded on ${item}`, done);
    });
  };

  program
    .command('evidence')
    .description('register evidence')
    .command('register <file>')
    .description(
      'hash a file (SHA-256 and SHA-512) and register it as an evidence item; you become its custodian',
    )
    .requiredOption('--case <case>')
    .requiredOption('--description <text>')
    .option('--id <item>', 'item id, under your actor id: phone-7 becomes <you>~phone-7 (default: generated)')
    .option('--media-type <type>', 'default application/octet-stream', 'application/octet-stream')
    .option('--exhibit <number>')
    .option(
      '--method <method>',
      'seizure, production-order, preservation, voluntary-disclosure, foreign-authority or derived',
      'seizure',
    )
    .option('--location <text>', 'where it was obtained')
    .option(
      '--authorisation <type:reference:issuer>',
      'e.g. "search warrant:JLD-118:Juge des libertés, Lyon"',
    )
    .option('--request <id>', 'the request it came under (foreign-authority)')
    .option('--parent <item>', 'the item it derives from (derived)')
    .option('--collected-by <actor>', 'default: you')
    .option('--collected-at <time>', 'RFC 3339 (default: now)')
    .option('--retention <category>', 'the retention category it is filed under (see custos retention)')
    .addHelpText(
      'after',
      '\nExample:\n  custos evidence register phone.bin --case fr-ofac-martin~2026-042 --description "Samsung S23 extraction" --exhibit PN-042-07',
    )
    .action(async (file: string, o: Record<string, string | undefined>) => {
      const session = await Session.open(flags());
      const d = await hashEvidence(file);
      const origin: Record<string, unknown> = { method: o.method };
      if (o.location) origin.location = o.location;
      if (o.request) origin.request = o.request;
      if (o.parent) origin.parent = o.parent;
      if (o.authorisation) {
        const [type, reference, ...issuer] = o.authorisation.split(':');
        if (!type || !reference || issuer.length === 0)
          throw new CliError('--authorisation is type:reference:issuer', EXIT.usage);
        origin.authorisation = { type, reference, issuer: issuer.join(':') };
      }
      const id = session.ownId(o.id ?? `ev-${toHex(randomBytes(6))}`);
      const payload: Record<string, unknown> = {
        id,
        case: o.case,
        description: o.description,
        mediaType: o.mediaType,
        size: d.size,
        digests: { sha256: d.digests.sha256, sha512: d.digests.sha512 },
        origin,
        collectedBy: o.collectedBy ?? session.require('actor', 'who are you?'),
        collectedAt: o.collectedAt ?? new Date().toISOString(),
      };
      if (o.exhibit) payload.exhibitNumber = o.exhibit;
      if (o.retention) payload.retention = o.retention;
      const done = await submit(await session.client(), 'evidence.registered', payload);
      reportSubmitted(flags().json, `item ${id} registered (sha256 ${d.digests.sha256})`, done);
    });

  event(
    'seal',
    'sealed',
    'seal an item',
    (c) => c.requiredOption('--seal <number>'),
    (o) => ({ seal: o.seal }),
  );
  event(
    'unseal',
    'unsealed',
    'break a seal, saying why',
    (c) => c.requiredOption('--seal <number>').requiredOption('--reason <text>'),
    (o) => ({ seal: o.seal, reason: o.reason }),
  );
  event(
    'handover',
    'handed-over',
    'hand an item over to another actor of your state (custody passes when they receive it)',
    (c) => c.requiredOption('--to <actor>').requiredOption('--purpose <text>').option('--channel <text>'),
    (o) => ({ to: o.to, purpose: o.purpose, ...(o.channel ? { channel: o.channel } : {}) }),
  );
  event(
    'cancel-handover',
    'handover-cancelled',
    'withdraw a pending hand-over',
    (c) => c.requiredOption('--reason <text>'),
    (o) => ({ reason: o.reason }),
  );
  event(
    'receive',
    'received',
    'receive an item sent to you: re-hashes your copy and records match or mismatch',
    (c) => c.requiredOption('--file <copy>', 'the copy you received').option('--condition <text>'),
    async (o, item) => received(await client(), item, o),
  );
  event(
    'examine',
    'examined',
    'record an examination',
    (c) =>
      c
        .requiredOption('--purpose <text>')
        .requiredOption('--tool <name>')
        .requiredOption('--tool-version <version>')
        .option('--findings <text>'),
    (o) => ({
      purpose: o.purpose,
      tool: { name: o.tool, version: o.toolVersion },
      ...(o.findings ? { findings: o.findings } : {}),
    }),
  );
  event(
    'copy',
    'copied',
    'record a copy (a derivative item with its own digests, hashed from the file)',
    (c) =>
      c
        .requiredOption('--file <derivative>')
        .requiredOption('--id <derivative id>', 'under your actor id: img becomes <you>~img')
        .requiredOption('--description <text>')
        .requiredOption('--tool <name>')
        .requiredOption('--tool-version <version>')
        .requiredOption('--method <text>')
        .option('--media-type <type>', 'default application/octet-stream', 'application/octet-stream')
        .option('--retention <category>', "its own retention category (default: the original's)"),
    async (o) => {
      const d = await hashEvidence(o.file!);
      return {
        derivative: {
          id: (await Session.open(flags())).ownId(o.id!),
          description: o.description,
          mediaType: o.mediaType,
          size: d.size,
          digests: { sha256: d.digests.sha256, sha512: d.digests.sha512 },
          ...(o.retention ? { retention: o.retention } : {}),
        },
        tool: { name: o.tool, version: o.toolVersion },
        method: o.method,
      };
    },
  );
  event(
    'verify-item',
    'verified',
    're-hash an item you hold and record match or mismatch',
    (c) => c.requiredOption('--file <file>'),
    async (o, item) => rehash(await client(), item, o.file!),
  );
  event(
    'preserve',
    'preserved',
    'put an item under a preservation order',
    (c) =>
      c
        .requiredOption('--order <reference>')
        .requiredOption('--until <time>')
        .option('--request <id>')
        .option('--basis <instrument:article>'),
    (o) => ({
      order: o.order,
      until: o.until,
      ...(o.request ? { request: o.request } : {}),
      ...(o.basis ? { basis: basisOf(o.basis) } : {}),
    }),
  );
  event(
    'extend-preservation',
    'preservation-extended',
    'extend a preservation',
    (c) => c.requiredOption('--until <time>').option('--order <reference>'),
    (o) => ({ until: o.until, ...(o.order ? { order: o.order } : {}) }),
  );
  event(
    'release-preservation',
    'preservation-released',
    'release a preservation',
    (c) => c.requiredOption('--reason <text>'),
    (o) => ({ reason: o.reason }),
  );
  event(
    'disclose',
    'disclosed',
    'disclose an item to a foreign authority under a recorded request',
    (c) =>
      c
        .option('--to <actor>', 'a recipient registered in this log, who receives it here')
        .option(
          '--to-authority <name>',
          "or: the other state's designated authority, which imports it into its own log",
        )
        .option('--to-state <code>', "that authority's state (ISO 3166-1), with --to-authority")
        .option('--designation <entry>', 'the entry designating it (default: its latest in this log)')
        .requiredOption('--request <id>')
        .requiredOption('--scope <text>')
        .option('--conditions <text>')
        .option('--purposes <text>')
        .option('--onward-transfer <rule>', 'consent-required or permitted', 'consent-required')
        .option('--evidence-use <rule>', 'permitted or consent-required', 'permitted')
        .option('--retain-until <time>')
        .option('--data-protection <text>'),
    async (o) => ({
      ...(await recipientOf(o, client)),
      request: o.request,
      scope: o.scope,
      ...(o.conditions ? { conditions: o.conditions } : {}),
      ...(o.purposes ? { conditionsOnUse: conditionsOf(o) } : {}),
    }),
  );
  for (const [name, type, describe] of [
    [
      'hold',
      'hold-placed',
      'place a legal hold on an item (and its copies): none may be returned or destroyed',
    ],
    ['release-hold', 'hold-lifted', "lift an item's legal hold"],
  ] as const) {
    event(
      name,
      type,
      describe,
      (c) => c.requiredOption('--reference <text>').requiredOption('--reason <text>'),
      (o) => ({ reference: o.reference, reason: o.reason }),
    );
  }
  event(
    'set-retention',
    'retention-set',
    'file an item under another retention category (its retention still runs from its registration)',
    (c) =>
      c
        .requiredOption('--category <code>', 'a category of the retention table')
        .requiredOption('--reason <text>', 'why the item is filed under it'),
    (o) => ({ category: o.category, reason: o.reason }),
  );
  event(
    'override-retention',
    'retention-overridden',
    "order an item's return or destruction before its retention ends (an override role of its category)",
    (c) =>
      c
        .requiredOption('--reference <text>', 'the order that allows it')
        .requiredOption('--reason <text>', 'why the item may go before its retention ends'),
    (o) => ({ reference: o.reference, reason: o.reason }),
  );
  event(
    'consent',
    'use-consented',
    "record the providing state's consent to a use its conditions reserve",
    (c) =>
      c
        .option('--onward-to <actor>', 'to transfer onward to a recipient registered in this log')
        .option(
          '--onward-to-authority <name>',
          "or: to another state's designated authority (the CLI names the entry of this log designating it)",
        )
        .option('--onward-to-state <code>', "that authority's state, with --onward-to-authority")
        .option('--purpose <text>')
        .option('--evidence-use', 'consent to use the item as evidence before a court')
        .requiredOption('--reason <text>'),
    async (o) => ({ consent: await consentOf(o, client), reason: o.reason }),
  );
  event(
    'return',
    'returned',
    'return an item (it then accepts only annotations)',
    (c) => c.requiredOption('--to <whom>').requiredOption('--reason <text>'),
    (o) => ({ to: o.to, reason: o.reason }),
  );
  event(
    'destroy',
    'destroyed',
    'record the destruction of an item',
    (c) =>
      c
        .requiredOption('--method <text>')
        .requiredOption('--authorisation <text>')
        .option('--witness <actor>'),
    (o) => ({
      method: o.method,
      authorisation: o.authorisation,
      ...(o.witness ? { witness: o.witness } : {}),
    }),
  );
  event(
    'annotate',
    'annotated',
    'add a note, or a correction of an earlier entry of the item',
    (c) =>
      c
        .requiredOption('--text <text>', 'the note, or what the correction says')
        .option(
          '--corrects <entry>',
          'the entry corrected: its number, as `custos show` prints it (or its leaf hash)',
        ),
    async (o, item) => ({
      text: o.text,
      ...(o.corrects ? { corrects: await leafHashOf(await client(), item, o.corrects) } : {}),
    }),
  );
}

/** An entry of the item named by its number (what `show` prints) or its leaf hash. */
async function leafHashOf(client: Client, item: string, entry: string): Promise<string> {
  if (!/^(0|[1-9][0-9]*)$/.test(entry)) return entry;
  const { history } = await client.get<{ history: { index: number; leafHash: string }[] }>(
    `/v1/items/${encodeURIComponent(item)}`,
  );
  const found = history.find((h) => h.index === Number(entry));
  if (!found)
    throw new CliError(
      `--corrects ${entry}: entry ${entry} is not in the history of ${item} (see \`custos show ${item}\`)`,
      EXIT.usage,
    );
  return found.leafHash;
}

type Client = Awaited<ReturnType<Session['client']>>;

/** The digest check of a receipt: compared here, and declared truthfully (the rules check it too). */
async function received(client: Client, item: string, o: EventFlags): Promise<Record<string, unknown>> {
  const check = await rehash(client, item, o.file!);
  return { ...check, ...(o.condition ? { condition: o.condition } : {}) };
}

/** Re-hashes a file and compares it with the item's registered digests, on every algorithm both have. */
async function rehash(
  client: Client,
  item: string,
  file: string,
): Promise<{ digests: Record<string, string>; result: 'match' | 'mismatch' }> {
  const { digests: registered } = await itemHead(client, item);
  const d = await hashEvidence(file);
  const digests = { sha256: d.digests.sha256!, sha512: d.digests.sha512! };
  const common = (Object.keys(digests) as (keyof typeof digests)[]).filter(
    (a) => registered[a] !== undefined,
  );
  const result = common.every((a) => registered[a] === digests[a]) ? 'match' : 'mismatch';
  if (result === 'mismatch')
    process.stderr.write(
      `custos: warning: ${file} does NOT match the registered digest of ${item}; the mismatch will be recorded\n`,
    );
  return { digests, result };
}

/** `ETS-185:16` as a legal basis. */
function basisOf(text: string): { instrument: string; article: string } {
  const at = text.lastIndexOf(':');
  return { instrument: text.slice(0, at), article: text.slice(at + 1) };
}

/**
 * Whom a disclosure goes to: an actor of this log (`--to`), or another state's authority by the
 * entry designating it here (`--to-authority`, `--to-state`), which its own log imports.
 */
async function recipientOf(
  o: EventFlags,
  client: () => Promise<Awaited<ReturnType<Session['client']>>>,
): Promise<Record<string, unknown>> {
  const byAuthority = o.toAuthority !== undefined || o.toState !== undefined;
  if ((o.to !== undefined) === byAuthority || (byAuthority && !(o.toAuthority && o.toState)))
    throw new CliError(
      'name the recipient: --to <actor> of this log, or --to-authority <name> with --to-state <code>',
      EXIT.usage,
    );
  if (o.to !== undefined) return { to: o.to };
  const state = o.toState!.toUpperCase();
  const authority = o.toAuthority!;
  const designation =
    o.designation !== undefined
      ? Number(o.designation)
      : await designationEntry(await client(), state, authority);
  return { addressee: { state, authority, designation } };
}

/** The disclose options as structured conditions on use; purposes are separated by ";". */
function conditionsOf(o: EventFlags): Record<string, unknown> {
  return {
    purposes: o
      .purposes!.split(';')
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
    onwardTransfer: o.onwardTransfer,
    evidenceUse: o.evidenceUse,
    ...(o.retainUntil ? { retainUntil: o.retainUntil } : {}),
    ...(o.dataProtection ? { dataProtection: o.dataProtection } : {}),
  };
}

/** One consent: to an onward recipient (an actor, or an authority by designation), for a purpose, or to use as evidence. */
async function consentOf(
  o: EventFlags,
  client: () => Promise<Awaited<ReturnType<Session['client']>>>,
): Promise<Record<string, unknown>> {
  if (o.onwardToAuthority !== undefined || o.onwardToState !== undefined) {
    if (o.onwardTo !== undefined || !(o.onwardToAuthority && o.onwardToState))
      throw new CliError(
        'name the onward recipient: --onward-to <actor> of this log, or --onward-to-authority <name> with --onward-to-state <code>',
        EXIT.usage,
      );
    const state = o.onwardToState.toUpperCase();
    const designation = await designationEntry(await client(), state, o.onwardToAuthority);
    return {
      scope: 'onward-transfer',
      addressee: { state, authority: o.onwardToAuthority, designation },
    };
  }
  if (o.onwardTo) return { scope: 'onward-transfer', to: o.onwardTo };
  if (o.purpose) return { scope: 'purpose', purpose: o.purpose };
  return { scope: 'evidence-use' };
}

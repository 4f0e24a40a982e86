/**
 * Custody from the terminal: `evidence register` (hashes the file itself), then one command
 * per handling event — `seal`, `unseal`, `handover`, `cancel-handover`, `receive` (re-hashes the
 * copy it received and records match or mismatch), `examine`, `copy`, `verify-item`, `return`,
 * `destroy`, `annotate`. Orders binding an item are in legal-order-commands.ts, disclosures and
 * consents in cross-border-commands.ts; all share event-command.ts.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { toHex } from '../../core/encoding.ts';
import { itemHead, submit } from '../events.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { digestFile, type FileDigests } from '../file-digests.ts';
import { progressBar } from '../progress.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { reportSubmitted } from './admin-commands.ts';
import { registerCrossBorderCommands } from './cross-border-commands.ts';
import { type Client, type EventFlags, eventDeclarer, sessionClient } from './event-command.ts';
import { registerLegalOrderCommands } from './legal-order-commands.ts';

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

export function registerCustodyCommands(program: Command, flags: () => GlobalFlags): void {
  const client = sessionClient(flags);
  const event = eventDeclarer(program, flags);
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
  registerLegalOrderCommands(event);
  registerCrossBorderCommands(event, client);
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

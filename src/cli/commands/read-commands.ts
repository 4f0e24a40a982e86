/**
 * Reads: `show`, `history`, `search` and `proof` (verified locally before printing).
 * @module
 */

import type { Command } from 'commander';
import { canonicalBytes } from '../../core/canonical.ts';
import { fromBase64, toBase64 } from '../../core/encoding.ts';
import { translator } from '../../core/i18n/translator.ts';
import { type ParsedEntry, parseEntry } from '../../core/ledger/entry.ts';
import { openCheckpoint } from '../../core/log/checkpoint.ts';
import { hashLeaf } from '../../core/log/merkle.ts';
import { noteVerifierFromKey } from '../../core/log/note.ts';
import { isIncluded } from '../../core/log/proof-verify.ts';
import { TLOG_PROOF_EXTENSION } from '../../core/log/tlog-proof.ts';
import { describeEvent } from '../../core/verify/describe-event.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { pinnedLogKey } from '../log-trust.ts';
import { printJson, printLine, printTable } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { fetchTlogProof, writeTlogProof } from '../tlog-proofs.ts';

interface HistoryRow {
  index: number;
  leafHash: string;
  loggedAt: string;
  kind: string;
  signer: { actor: string };
  payload: Record<string, unknown>;
}

interface Actor {
  id: string;
  name: string;
  organisation: string;
  state: string;
}

type PendingShown = { to?: string; addressee?: { state: string; authority: string; designation: number } };

/** Who a pending transfer awaits: an actor of this log, or another state's authority by its designation. */
const awaited = (p: PendingShown) =>
  p.addressee
    ? `${p.addressee.authority} (${p.addressee.state}, designated by entry ${p.addressee.designation}), in its own log`
    : String(p.to);

export function registerReadCommands(program: Command, flags: () => GlobalFlags): void {
  const session = () => Session.open(flags());

  program
    .command('show <item>')
    .description("an item's state and its custody timeline")
    .action(async (item: string) => {
      const client = await (await session()).client();
      const found = await client.get<{
        item: Record<string, unknown> & { digests: Record<string, string> };
        history: HistoryRow[];
        derivatives: string[];
      }>(`/v1/items/${encodeURIComponent(item)}`);
      if (flags().json) return printJson({ id: item, ...found });
      const actors = new Map((await client.list<Actor>('/v1/actors', 'actors')).map((a) => [a.id, a]));
      const s = found.item;
      printLine(`${item}: ${s.description}`);
      printLine(
        `  case ${s.case}, ${s.status}, custodian ${s.custodian}${s.pending ? `, awaiting receipt by ${awaited(s.pending as PendingShown)}` : ''}${s.seal ? `, sealed (${s.seal})` : ''}`,
      );
      for (const [a, hex] of Object.entries(s.digests)) printLine(`  ${a}: ${hex}`);
      if (found.derivatives.length) printLine(`  derivatives: ${found.derivatives.join(', ')}`);
      printLine();
      const rows = found.history.flatMap((h) => {
        const line = describeEvent(
          { ...h, signer: { ...h.signer, publicKey: '', signature: '' } } as unknown as ParsedEntry,
          item,
          (id) => actors.get(id),
        );
        return line
          ? [
              [
                String(h.index),
                english.time(line.occurredAt ?? h.loggedAt),
                `${line.actorName ?? line.actor}${line.organisation ? ` (${line.organisation}, ${line.state})` : ''}`,
                line.summary,
              ],
            ]
          : [];
      });
      printTable(rows, ['entry', 'when (UTC; as recorded)', 'who', 'what']);
    });

  program
    .command('history <item>')
    .description('every entry of an item (JSON: an array of entries, each with id = its index)')
    .action(async (item: string) => {
      const client = await (await session()).client();
      const { history } = await client.get<{ history: HistoryRow[] }>(
        `/v1/items/${encodeURIComponent(item)}`,
      );
      if (flags().json) return printJson(history.map((h) => ({ id: String(h.index), ...h })));
      printTable(
        history.map((h) => [
          String(h.index),
          h.loggedAt,
          h.signer.actor,
          h.kind === 'custody.event' ? String(h.payload.type) : h.kind,
        ]),
        ['entry', 'logged', 'signer', 'what'],
      );
    });

  const search = program
    .command('search')
    .description('items you may read, filtered (or `search events`)')
    .option('--case <case>')
    .option('--holder <actor>', 'items this actor registered, held or was sent')
    .option('--status <status>', 'active, returned or destroyed')
    .option('--country <code>', "custodian's country")
    .option('--from <time>', 'registered at or after (RFC 3339)')
    .option('--to <time>', 'registered at or before (RFC 3339)')
    .option('--limit <n>', 'at most this many', '200')
    .action(async (o: Record<string, string>) => {
      const client = await (await session()).client();
      const params = new URLSearchParams();
      for (const [flag, param] of [
        ['case', 'case'],
        ['holder', 'holder'],
        ['status', 'status'],
        ['country', 'country'],
        ['from', 'registeredFrom'],
        ['to', 'registeredTo'],
      ] as const) {
        if (o[flag]) params.set(param, o[flag]!);
      }
      const items: Record<string, unknown>[] = [];
      const limit = Number(o.limit);
      for (let after: string | null = null; items.length < limit; ) {
        const page: { items: Record<string, unknown>[]; next: string | null } = await client.get(
          `/v1/items?${params}&limit=${Math.min(500, limit - items.length)}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
        );
        items.push(...page.items);
        if (!page.next) break;
        after = page.next;
      }
      if (flags().json) return printJson(items);
      printTable(
        items.map((i) => [
          String(i.id),
          String(i.case),
          String(i.status),
          String(i.custodian),
          String(i.description),
        ]),
        ['item', 'case', 'status', 'custodian', 'description'],
      );
    });

  search
    .command('events')
    .description(
      'entries you may read, by case, item, actor, type and time (docs/model.md, Search of events)',
    )
    .option('--case <case>')
    .option('--item <item>')
    .option('--actor <actor>', 'entries it signed or is named in')
    .option('--type <type>', 'a custody event type (disclosed…) or an entry kind (request.recorded…)')
    .option('--logged-from <time>')
    .option('--logged-to <time>')
    .option('--occurred-from <time>')
    .option('--occurred-to <time>')
    .option('--limit <n>', 'at most this many', '200')
    .action(async (o: Record<string, string>) => {
      const client = await (await session()).client();
      const params = new URLSearchParams();
      for (const [flag, param] of [
        ['case', 'case'],
        ['item', 'item'],
        ['actor', 'actor'],
        ['type', 'type'],
        ['loggedFrom', 'loggedFrom'],
        ['loggedTo', 'loggedTo'],
        ['occurredFrom', 'occurredFrom'],
        ['occurredTo', 'occurredTo'],
      ] as const) {
        if (o[flag]) params.set(param, o[flag]!);
      }
      type Found = {
        index: number;
        loggedAt: string;
        type: string;
        signer: { actor: string };
        case?: string;
      };
      const found: Found[] = [];
      const limit = Number(o.limit);
      for (let after: number | null = null; found.length < limit; ) {
        const page: { events: Found[]; next: number | null } = await client.get(
          `/v1/events?${params}&limit=${Math.min(500, limit - found.length)}${after !== null ? `&after=${after}` : ''}`,
        );
        found.push(...page.events);
        if (page.next === null) break;
        after = page.next;
      }
      if (flags().json) return printJson(found);
      printTable(
        found.map((e) => [String(e.index), e.loggedAt, e.type, e.signer.actor, e.case ?? '']),
        ['entry', 'logged', 'type', 'signer', 'case'],
      );
    });

  program
    .command('proof <entry>')
    .description(
      'an entry with its inclusion proof, verified here against the pinned log key before printing',
    )
    .option('--format <format>', '`entry` (default) or `tlog-proof`: a C2SP tlog-proof file', 'entry')
    .option(
      '--out <file>',
      'with --format tlog-proof: where to write it (default <entry>.tlog-proof; - for stdout)',
    )
    .option('--with-entry', "with --format tlog-proof: put the entry's bytes in the proof (needs your login)")
    .action(async (index: string, o: { format: string; out?: string; withEntry?: boolean }) => {
      const s = await session();
      if (!/^(0|[1-9][0-9]*)$/.test(index))
        throw new CliError('the entry is its index, a whole number', EXIT.usage);
      if (o.format === 'tlog-proof') return saveTlogProof(s, Number(index), o, flags().json);
      if (o.format !== 'entry') throw new CliError('--format is entry or tlog-proof', EXIT.usage);
      const logKey = await pinnedLogKey(s);
      const found = await (await s.client()).get<{
        entry: Record<string, unknown>;
        leafHash: string;
        inclusion: { treeSize: number; proof: string[] };
        checkpoint: string;
      }>(`/v1/entries/${index}`);
      const { checkpoint } = openCheckpoint(found.checkpoint, noteVerifierFromKey(logKey));
      const bytes = canonicalBytes(found.entry);
      parseEntry(bytes);
      const ok =
        checkpoint.size === found.inclusion.treeSize &&
        isIncluded(
          hashLeaf(bytes),
          Number(index),
          checkpoint.size,
          found.inclusion.proof.map((p) => fromBase64(p)),
          checkpoint.rootHash,
        );
      if (!ok)
        throw new CliError(
          `entry ${index} is NOT proven included in the signed checkpoint`,
          EXIT.notVerified,
        );
      if (flags().json) return printJson({ id: index, verified: true, ...found });
      printLine(
        `entry ${index} is included in ${checkpoint.origin} at tree size ${checkpoint.size} (root ${toBase64(checkpoint.rootHash)})`,
      );
      printLine(JSON.stringify(found.entry, null, 2));
      printLine(`inclusion proof (leaf to root): ${found.inclusion.proof.join(' ')}`);
    });
}

async function saveTlogProof(
  s: Session,
  index: number,
  o: { out?: string; withEntry?: boolean },
  json: boolean | undefined,
): Promise<void> {
  const { text, verified } = await fetchTlogProof(s, index, Boolean(o.withEntry));
  const out = o.out ?? `${index}${TLOG_PROOF_EXTENSION}`;
  await writeTlogProof(out, text);
  if (out === '-') return;
  const what = verified
    ? `verified: entry ${index} is in ${verified.checkpoint.origin} at tree size ${verified.checkpoint.size}`
    : 'signed by the pinned log key; verify it with the entry (custos verify --entry)';
  if (json) return printJson({ id: String(index), file: out, verified: Boolean(verified) });
  printLine(`wrote ${out} (${what})`);
}

/** Times as reports print them: UTC, with the offset the actor recorded beside it (docs/i18n.md). */
const english = translator(['en'], { isolate: false });

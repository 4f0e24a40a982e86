/**
 * Administration and case work: `login`, `actor add|rotate-key|revoke`, `case open|grant`,
 * `request record|update`. Every change is a signed entry, signed here with the local key.
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Submitted } from '../../client/custos-client.ts';
import { toBase64 } from '../../core/encoding.ts';
import { parsePublicKeyPem } from '../../keyring/key-files.ts';
import { submit } from '../events.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { printJson, printLine } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { recordedDesignation } from './designation-commands.ts';

/** A public key given as base64 or as the path of an SPKI PEM file. */
export async function publicKeyArg(value: string): Promise<string> {
  if (/^[A-Za-z0-9+/]{43}=$/.test(value)) return value;
  try {
    return toBase64(parsePublicKeyPem(await readFile(value, 'utf8'), value));
  } catch (e) {
    throw new CliError(
      `${value} is neither a base64 Ed25519 key nor a readable public key file: ${(e as Error).message}`,
      EXIT.local,
    );
  }
}

export function reportSubmitted(json: boolean | undefined, what: string, done: Submitted): void {
  if (json)
    printJson({
      id: String(done.index),
      index: done.index,
      leafHash: done.leafHash,
      treeSize: done.treeSize,
      entry: done.entry,
    });
  else printLine(`${what}: logged as entry ${done.index} (leaf ${done.leafHash})`);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerAdminCommands(program: Command, flags: () => GlobalFlags): void {
  const session = () => Session.open(flags());

  program
    .command('login')
    .description(
      'log in with the challenge-response of docs/api.md, Authentication; the token is cached (0600)',
    )
    .action(async () => {
      const s = await session();
      const client = await s.client();
      // The session's client caches every token it obtains.
      const { expiresAt } = await client.login();
      const path = s.tokenCachePath();
      if (flags().json) printJson({ actor: s.setting('actor'), expiresAt, cache: path });
      else printLine(`logged in as ${s.setting('actor')} until ${expiresAt} (token cached in ${path})`);
    });

  const actor = program
    .command('actor')
    .description('register actors and manage their keys (administrators)');
  actor
    .command('add <id>')
    .requiredOption('--name <name>')
    .requiredOption('--organisation <organisation>')
    .requiredOption('--state <code>', 'ISO 3166-1 alpha-2 country, e.g. FR')
    .requiredOption('--role <role>', 'a role (repeat for several)', collect)
    .requiredOption('--public-key <key>', 'base64 Ed25519 key or SPKI PEM file')
    .option('--contact <text>')
    .addHelpText(
      'after',
      '\nExample:\n  custos actor add de-bka-schmidt --name "KHK Jonas Schmidt" --organisation Bundeskriminalamt \\\n    --state DE --role investigator --public-key schmidt.pub',
    )
    .action(
      async (
        id: string,
        o: {
          name: string;
          organisation: string;
          state: string;
          role: string[];
          publicKey: string;
          contact?: string;
        },
      ) => {
        const payload: Record<string, unknown> = {
          id,
          name: o.name,
          organisation: o.organisation,
          state: o.state,
          roles: o.role,
          publicKey: await publicKeyArg(o.publicKey),
        };
        if (o.contact) payload.contact = o.contact;
        reportSubmitted(
          flags().json,
          `actor ${id} registered`,
          await submit(await (await session()).client(), 'actor.registered', payload),
        );
      },
    );
  actor
    .command('rotate-key <id>')
    .requiredOption('--public-key <key>', 'the new key: base64 or SPKI PEM file')
    .requiredOption('--reason <text>')
    .action(async (id: string, o: { publicKey: string; reason: string }) => {
      const client = await (await session()).client();
      const prev = await actorHead(client, id);
      reportSubmitted(
        flags().json,
        `key of ${id} rotated`,
        await submit(client, 'key.rotated', {
          actor: id,
          publicKey: await publicKeyArg(o.publicKey),
          reason: o.reason,
          prev,
        }),
      );
    });
  actor
    .command('revoke <id>')
    .requiredOption('--public-key <key>', 'the key to revoke: base64 or SPKI PEM file')
    .requiredOption('--reason <reason>', 'compromised, lost, superseded, left-organisation or other')
    .option('--effective <time>', 'RFC 3339; may be in the past (default: now)')
    .option('--note <text>')
    .action(
      async (id: string, o: { publicKey: string; reason: string; effective?: string; note?: string }) => {
        const client = await (await session()).client();
        const prev = await actorHead(client, id);
        const payload: Record<string, unknown> = {
          actor: id,
          publicKey: await publicKeyArg(o.publicKey),
          reason: o.reason,
          effectiveAt: o.effective ?? new Date().toISOString(),
          prev,
        };
        if (o.note) payload.note = o.note;
        reportSubmitted(flags().json, `key of ${id} revoked`, await submit(client, 'key.revoked', payload));
      },
    );

  const kase = program.command('case').description('open cases and grant access to them');
  kase
    .command('open <id>')
    .description('open a case; a bare id is put under your actor id (2026-042 becomes <you>~2026-042)')
    .requiredOption('--reference <ref>')
    .requiredOption('--title <title>')
    .requiredOption('--offence <description>')
    .option('--legal-basis <text>', 'the offence as domestic law names it')
    .option('--opened-at <time>', 'RFC 3339 (default: now)')
    .action(
      async (
        id: string,
        o: { reference: string; title: string; offence: string; legalBasis?: string; openedAt?: string },
      ) => {
        const s = await session();
        id = s.ownId(id);
        const offence: Record<string, string> = { description: o.offence };
        if (o.legalBasis) offence.legalBasis = o.legalBasis;
        const payload = {
          id,
          reference: o.reference,
          title: o.title,
          offence,
          openedAt: o.openedAt ?? new Date().toISOString(),
        };
        reportSubmitted(
          flags().json,
          `case ${id} opened`,
          await submit(await s.client(), 'case.opened', payload),
        );
      },
    );
  kase
    .command('grant <case> <actor>')
    .requiredOption('--reason <text>')
    .action(async (caseId: string, grantee: string, o: { reason: string }) => {
      const client = await (await session()).client();
      const prev = (
        await client.get<{ case: { head: { leafHash: string } } }>(`/v1/cases/${encodeURIComponent(caseId)}`)
      ).case.head.leafHash;
      reportSubmitted(
        flags().json,
        `access to ${caseId} granted to ${grantee}`,
        await submit(client, 'case.access-granted', { case: caseId, actor: grantee, reason: o.reason, prev }),
      );
    });

  for (const action of ['placed', 'lifted'] as const) {
    kase
      .command(`${action === 'placed' ? 'hold' : 'release-hold'} <case>`)
      .description(
        action === 'placed'
          ? 'place a legal hold on every item of a case: none may be returned or destroyed until it is lifted'
          : "lift a case's legal hold",
      )
      .requiredOption('--reference <text>')
      .requiredOption('--reason <text>')
      .action(async (caseId: string, o: { reference: string; reason: string }) => {
        const client = await (await session()).client();
        const prev = (
          await client.get<{ case: { head: { leafHash: string } } }>(
            `/v1/cases/${encodeURIComponent(caseId)}`,
          )
        ).case.head.leafHash;
        const payload = {
          case: caseId,
          action,
          reference: o.reference,
          reason: o.reason,
          at: new Date().toISOString(),
          prev,
        };
        reportSubmitted(
          flags().json,
          `legal hold ${action} on ${caseId}`,
          await submit(client, 'case.hold-changed', payload),
        );
      });
  }

  const request = program.command('request').description('record cooperation requests and their status');
  request
    .command('record <id>')
    .requiredOption('--case <case>')
    .requiredOption(
      '--type <type>',
      'mutual-legal-assistance, preservation-stored-data, preservation-traffic-data, production, network-24-7 or spontaneous-information',
    )
    .requiredOption('--requesting-state <code>')
    .requiredOption('--requested-state <code>')
    .requiredOption('--requesting-authority <name>')
    .requiredOption(
      '--requested-authority <name>',
      "the authority the requested state designated for the request's type; the entry of this log designating it is looked up and named",
    )
    .option(
      '--requested-designation <index>',
      'the entry designating it, instead of looking it up (custos designations <state>)',
    )
    .requiredOption('--instrument <code>', 'UNCC, ETS-185, CETS-224, EU-2023/1543, bilateral or domestic')
    .requiredOption('--article <article>', 'e.g. 40 or 29(2)')
    .requiredOption('--reference <ref>', "the request's own reference")
    .requiredOption('--summary <text>')
    .option('--dated <time>', 'RFC 3339 (default: now)')
    .action(async (name: string, o: Record<string, string>) => {
      const s = await session();
      const id = s.ownId(name);
      const payload = {
        id,
        case: o.case,
        type: o.type,
        requestingState: o.requestingState,
        requestedState: o.requestedState,
        requestingAuthority: o.requestingAuthority,
        requestedAuthority: o.requestedAuthority,
        ...(await requestedDesignation(await s.client(), o)),
        legalBasis: { instrument: o.instrument, article: o.article },
        reference: o.reference,
        summary: o.summary,
        dated: o.dated ?? new Date().toISOString(),
      };
      reportSubmitted(
        flags().json,
        `request ${id} recorded`,
        await submit(await s.client(), 'request.recorded', payload),
      );
    });
  request
    .command('update <id>')
    .requiredOption(
      '--status <status>',
      'received, accepted, executed, partially-executed, refused or withdrawn',
    )
    .option('--reason <text>', 'required for refused and withdrawn')
    .option('--at <time>', 'RFC 3339 (default: now)')
    .action(async (id: string, o: { status: string; reason?: string; at?: string }) => {
      const client = await (await session()).client();
      const prev = (
        await client.get<{ request: { head: { leafHash: string } } }>(
          `/v1/requests/${encodeURIComponent(id)}`,
        )
      ).request.head.leafHash;
      const payload: Record<string, unknown> = {
        request: id,
        status: o.status,
        at: o.at ?? new Date().toISOString(),
        prev,
      };
      if (o.reason) payload.reason = o.reason;
      reportSubmitted(
        flags().json,
        `request ${id} is now ${o.status}`,
        await submit(client, 'request.status-changed', payload),
      );
    });
}

/**
 * The entry designating a request's addressee: given, or looked up in this log. A request to
 * another state names it (docs/rules.md, Designated authorities); when none is recorded the
 * request goes without, and the rules say which authorities that state designated, if any.
 */
async function requestedDesignation(
  client: Awaited<ReturnType<Session['client']>>,
  o: Record<string, string>,
): Promise<{ requestedDesignation?: number }> {
  if (o.requestedDesignation !== undefined) {
    const index = Number(o.requestedDesignation);
    if (!Number.isSafeInteger(index) || index < 0)
      throw new CliError('--requested-designation must be an entry index', EXIT.usage);
    return { requestedDesignation: index };
  }
  const entry = await recordedDesignation(client, o.requestedState!.toUpperCase(), o.requestedAuthority!);
  return entry === undefined ? {} : { requestedDesignation: entry };
}

async function actorHead(client: Awaited<ReturnType<Session['client']>>, id: string): Promise<string> {
  return (await client.get<{ actor: { head: { leafHash: string } } }>(`/v1/actors/${encodeURIComponent(id)}`))
    .actor.head.leafHash;
}

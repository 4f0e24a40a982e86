/**
 * `custos designate <state>` (administrators) records an authority a state designated for
 * convention roles; `custos designations <state>` lists them with the entries that say so
 * (docs/model.md, Designated authorities).
 * @module
 */
import type { Command } from 'commander';
import { ServiceError } from '../../client/custos-client.ts';
import { submit } from '../events.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { examplesHelp } from '../help-text.ts';
import { printJson, printLine, printTable } from '../output.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { collect } from './repeatable-option.ts';

interface Listed {
  state: string;
  authorities: {
    authority: string;
    roles: string[];
    instrument: string;
    reference: string;
    validFrom: string;
    validUntil?: string;
    entry: number;
  }[];
  head: { leafHash: string; index: number };
}

export function registerDesignationCommands(program: Command, flags: () => GlobalFlags): void {
  program
    .command('designate <state>')
    .description(
      'record an authority a state designated (its central authority, 24/7 point…); a later one for the same authority replaces it',
    )
    .requiredOption(
      '--authority <name>',
      "the authority's name, exactly as its officers' organisation is registered",
    )
    .option(
      '--role <role>',
      'central-authority-mla, contact-point-24-7, extradition or preservation (repeat; none ends the designation)',
      collect,
    )
    .requiredOption(
      '--instrument <id>',
      'the instrument it was designated under: UNCC, ETS-185, CETS-224, EU-2023/1543, bilateral, domestic',
    )
    .requiredOption('--reference <text>', 'the declaration or notification that made the designation')
    .option('--valid-from <time>', 'RFC 3339 with offset (default: now)')
    .option('--valid-until <time>', 'RFC 3339 with offset: when it ends')
    .addHelpText(
      'after',
      examplesHelp(
        'custos designate AZ --authority "State Security Service" --role central-authority-mla \\',
        '  --role contact-point-24-7 --instrument UNCC --reference "declaration on ratification"',
      ),
    )
    .action(async (state: string, o: DesignateOptions) => {
      const client = await (await Session.open(flags())).client();
      const head = await current(client, state);
      const payload = {
        state,
        authority: o.authority,
        roles: o.role ?? [],
        instrument: o.instrument,
        reference: o.reference,
        validFrom: o.validFrom ?? new Date().toISOString().replace('Z', '+00:00'),
        ...(o.validUntil ? { validUntil: o.validUntil } : {}),
        ...(head ? { prev: head.leafHash } : {}),
      };
      const done = await submit(client, 'authority.designated', payload);
      if (flags().json) return printJson(done);
      printLine(`designation of ${o.authority} by ${state} recorded as entry ${done.index}`);
    });

  program
    .command('designations <state>')
    .description('the authorities a state designated, as this log recorded them, with their entries')
    .addHelpText('after', examplesHelp('custos designations AZ', 'custos designations DE --json'))
    .action(async (state: string) => {
      const client = await (await Session.open(flags())).client();
      const found = await client.get<Listed>(`/v1/designations/${encodeURIComponent(state)}`).catch((e) => {
        if (e instanceof ServiceError && e.problem.status === 404)
          throw new CliError(`no designation of ${state} is recorded in this log`, EXIT.refused);
        throw e;
      });
      if (flags().json) return printJson(found.authorities.map((a) => ({ id: String(a.entry), ...a })));
      printTable(
        found.authorities.map((a) => [
          a.authority,
          a.roles.join(', ') || '(ended)',
          `${a.validFrom.slice(0, 10)}…${a.validUntil?.slice(0, 10) ?? ''}`,
          `${a.instrument}: ${a.reference}`,
          String(a.entry),
        ]),
        ['authority', 'roles', 'valid', 'designated under', 'entry'],
      );
    });
}

/**
 * The entry of this log that designates `authority` of `state` (its latest): what a disclosure
 * to that state's own log names as its addressee. The rules check it is in force for the request.
 */
export async function designationEntry(
  client: Awaited<ReturnType<Session['client']>>,
  state: string,
  authority: string,
): Promise<number> {
  const entry = await recordedDesignation(client, state, authority);
  if (entry === undefined)
    throw new CliError(
      `no designation of "${authority}" by ${state} is recorded in this log (custos designations ${state}); an administrator records it with custos designate`,
      EXIT.refused,
    );
  return entry;
}

/** The entry of this log designating `authority` of `state`, if any (the rules judge whether it is in force). */
export async function recordedDesignation(
  client: Awaited<ReturnType<Session['client']>>,
  state: string,
  authority: string,
): Promise<number | undefined> {
  const found = await client.get<Listed>(`/v1/designations/${encodeURIComponent(state)}`).catch((e) => {
    if (e instanceof ServiceError && e.problem.status === 404) return undefined;
    throw e;
  });
  return found?.authorities.find((a) => a.authority === authority)?.entry;
}

interface DesignateOptions {
  authority: string;
  role?: string[];
  instrument: string;
  reference: string;
  validFrom?: string;
  validUntil?: string;
}

async function current(
  client: Awaited<ReturnType<Session['client']>>,
  state: string,
): Promise<{ leafHash: string } | undefined> {
  try {
    return (await client.get<Listed>(`/v1/designations/${encodeURIComponent(state)}`)).head;
  } catch (e) {
    if (e instanceof ServiceError && e.problem.status === 404) return undefined;
    throw e;
  }
}

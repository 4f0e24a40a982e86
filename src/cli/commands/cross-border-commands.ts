/**
 * Evidence leaving the state: `disclose` (to a recipient of this log, or to another state's
 * designated authority, which imports it into its own log) and `consent` (the providing
 * state's consent to a use its conditions reserve).
 * @module
 */
import { CliError, EXIT } from '../exit-codes.ts';
import { designationEntry } from './designation-commands.ts';
import type { Client, DeclareEvent, EventFlags } from './event-command.ts';

export function registerCrossBorderCommands(event: DeclareEvent, client: () => Promise<Client>): void {
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
}

/**
 * Whom a disclosure goes to: an actor of this log (`--to`), or another state's authority by the
 * entry designating it here (`--to-authority`, `--to-state`), which its own log imports.
 */
async function recipientOf(o: EventFlags, client: () => Promise<Client>): Promise<Record<string, unknown>> {
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
async function consentOf(o: EventFlags, client: () => Promise<Client>): Promise<Record<string, unknown>> {
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

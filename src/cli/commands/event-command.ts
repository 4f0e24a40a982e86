/**
 * The shape every custody event command shares: `custos <name> <item>` with --occurred-at,
 * --location and (except for annotations) --note; it fetches the item's head for `prev`, signs
 * locally and submits. The groups of event commands declare themselves through it.
 * @module
 */
import type { Command } from 'commander';
import { type EventOptions, recordEvent } from '../events.ts';
import { type GlobalFlags, Session } from '../session.ts';
import { reportSubmitted } from './admin-commands.ts';

export type EventFlags = EventOptions & Record<string, string | undefined>;
export type Client = Awaited<ReturnType<Session['client']>>;

/** Declares `custos <name> <item>` recording an event of `type` with the fields `build` returns. */
export type DeclareEvent = (
  name: string,
  type: string,
  describe: string,
  configure: (c: Command) => Command,
  build: (o: EventFlags, item: string) => Promise<Record<string, unknown>> | Record<string, unknown>,
) => void;

/** Options every event has; an annotation is all note, so it takes its text once, as --text. */
const eventOptions = (cmd: Command, withNote = true) => {
  cmd
    .option('--occurred-at <time>', 'when it happened, RFC 3339 with offset (default: now)')
    .option('--location <text>');
  return withNote ? cmd.option('--note <text>') : cmd;
};

/** A client of the session the global flags name, opened when a command runs. */
export const sessionClient = (flags: () => GlobalFlags) => async (): Promise<Client> =>
  (await Session.open(flags())).client();

export function eventDeclarer(program: Command, flags: () => GlobalFlags): DeclareEvent {
  const client = sessionClient(flags);
  return (name, type, describe, configure, build) => {
    eventOptions(
      configure(program.command(`${name} <item>`).description(describe)),
      name !== 'annotate',
    ).action(async (item: string, o: EventFlags) => {
      const done = await recordEvent(await client(), item, type, await build(o, item), o);
      reportSubmitted(flags().json, `${type} recorded on ${item}`, done);
    });
  };
}

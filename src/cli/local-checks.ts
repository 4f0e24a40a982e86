/**
 * Command-line values checked here, with the server's own schemas (src/core/ledger), before
 * anything is signed or sent: a wrong value is the command line's fault (exit 2), and the
 * message names the option to fix rather than the field of the JSON the server would see.
 * @module
 */
import type { z } from 'zod';
import { ValidationError } from '../core/errors.ts';
import { parsePayload } from '../core/ledger/entry.ts';
import { ActorId } from '../core/ledger/fields.ts';
import type { Kind } from '../core/ledger/kinds.ts';
import { CliError, EXIT } from './exit-codes.ts';

/**
 * Where a payload field comes from when its option is not simply its kebab-cased path
 * (`occurredAt` → `--occurred-at`, `tool.version` → `--tool-version`).
 */
const OPTION_OF: Record<string, string> = {
  roles: '--role',
  exhibitNumber: '--exhibit',
  'origin.method': '--method',
  'origin.location': '--location',
  'origin.request': '--request',
  'origin.parent': '--parent',
  'origin.authorisation': '--authorisation',
  'derivative.id': '--id',
  'derivative.description': '--description',
  'derivative.mediaType': '--media-type',
  'offence.description': '--offence',
  'legalBasis.reference': '--legal-basis',
  id: '<id>',
  item: '<item>',
};

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The option (or argument) a person typed for the payload field at `path`. */
export function optionFor(path: readonly (string | number)[]): string {
  const names = path.filter((p): p is string => typeof p === 'string' && p !== 'payload');
  const dotted = names.join('.');
  return OPTION_OF[dotted] ?? OPTION_OF[names[0] ?? ''] ?? `--${names.map(kebab).join('-')}`;
}

function valueAt(payload: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = payload;
  for (const p of path.filter((x) => x !== 'payload')) v = (v as Record<string | number, unknown>)?.[p];
  return v;
}

/** Throws a usage error (exit 2) unless the payload passes its kind's schema, as the server's would. */
export function checkPayload(kind: Kind, payload: Record<string, unknown>): void {
  try {
    parsePayload(kind, payload);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const lines = e.issues.slice(0, 3).map((i) => {
      const value = valueAt(payload, i.path);
      const shown = value === undefined ? 'missing' : JSON.stringify(value);
      return `${optionFor(i.path)} ${shown}: ${i.message}`;
    });
    throw new CliError(`${lines.join('; ')} (nothing was sent)`, EXIT.usage);
  }
}

/** The actor id rule of registration, applied where an id is first chosen (keygen). */
export function checkActorId(id: string, option = '--id'): void {
  checkWith(ActorId, id, option);
}

function checkWith(schema: z.ZodType, value: string, option: string): void {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new CliError(`${option} ${JSON.stringify(value)}: ${r.error.issues[0]!.message}`, EXIT.usage);
}

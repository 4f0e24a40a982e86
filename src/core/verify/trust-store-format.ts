/**
 * Reads a trust store file (`custos-trust/v1`, docs/formats.md, The trust store) as the CLI keeps
 * it and the /verify page loads it: the one reader of the format, strict (an unknown member is an
 * error), so that a store means the same to both. What may change in a store is decided by
 * trust-store.ts; this only says whether the JSON is one.
 *
 * ```ts
 * const store = parseTrustStore(JSON.parse(text)); // ValidationError naming the member at fault
 * ```
 * @module
 */
import { ValidationError } from '../errors.ts';
import { checkWitnessPolicy, TRUST_STORE_FORMAT, type TrustedLog, type TrustStore } from './trust-store.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function refuse(path: string, problem: string): never {
  throw new ValidationError('bad_format', `${path}: ${problem}`, [
    { path: path.split('.'), message: problem },
  ]);
}

function onlyMembers(value: Json, path: string, allowed: readonly string[]): void {
  const extra = Object.keys(value).find((k) => !allowed.includes(k));
  if (extra !== undefined) refuse(path ? `${path}.${extra}` : extra, 'not a member of the format');
}

function text(value: unknown, path: string, required = true): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value.length === 0) refuse(path, 'must be a non-empty string');
  return value;
}

function witnessesOf(value: unknown, path: string): TrustedLog['witnesses'] {
  if (value === undefined) return undefined;
  if (!isObject(value)) refuse(path, 'must be {keys, threshold}');
  onlyMembers(value, path, ['keys', 'threshold']);
  const { keys, threshold } = value;
  if (!Array.isArray(keys) || keys.length === 0) refuse(`${path}.keys`, 'must be a non-empty list');
  for (const [i, k] of keys.entries()) text(k, `${path}.keys.${i}`);
  if (!Number.isInteger(threshold) || (threshold as number) < 1)
    refuse(`${path}.threshold`, 'must be a whole number from 1');
  const policy = { keys: keys as string[], threshold: threshold as number };
  try {
    checkWitnessPolicy(policy);
  } catch (e) {
    refuse(path, e instanceof Error ? e.message : 'is not a witness policy');
  }
  return policy;
}

function logOf(origin: string, value: unknown): TrustedLog {
  const path = `logs.${origin}`;
  if (!isObject(value)) refuse(path, 'must be an object');
  onlyMembers(value, path, ['verifierKey', 'witnesses', 'checkpoint', 'pinned', 'pinnedAt', 'url']);
  const verifierKey = text(value.verifierKey, `${path}.verifierKey`)!;
  if (verifierKey.slice(0, verifierKey.indexOf('+')) !== origin)
    refuse(`${path}.verifierKey`, `must be a key of the log ${origin}`);
  if (value.pinned !== 'explicit' && value.pinned !== 'first-use')
    refuse(`${path}.pinned`, 'must be "explicit" or "first-use"');
  if (typeof value.pinnedAt !== 'string') refuse(`${path}.pinnedAt`, 'must be a string');
  if (value.checkpoint !== undefined && typeof value.checkpoint !== 'string')
    refuse(`${path}.checkpoint`, 'must be a string');
  const witnesses = witnessesOf(value.witnesses, `${path}.witnesses`);
  const url = text(value.url, `${path}.url`, false);
  return {
    verifierKey,
    ...(witnesses ? { witnesses } : {}),
    ...(value.checkpoint !== undefined ? { checkpoint: value.checkpoint as string } : {}),
    pinned: value.pinned,
    pinnedAt: value.pinnedAt,
    ...(url !== undefined ? { url } : {}),
  };
}

/** The store `value` holds, or a ValidationError (`bad_format`) naming the member at fault. */
export function parseTrustStore(value: unknown): TrustStore {
  if (!isObject(value)) refuse('format', 'a trust store is a JSON object');
  onlyMembers(value, '', ['format', 'logs']);
  if (value.format !== TRUST_STORE_FORMAT) refuse('format', `must be ${TRUST_STORE_FORMAT}`);
  if (!isObject(value.logs)) refuse('logs', 'must be an object, one member per origin');
  // fromEntries defines each origin as an own member, even one named __proto__.
  const logs = Object.fromEntries(
    Object.entries(value.logs).map(([origin, log]) => {
      if (origin.length === 0) refuse('logs', 'an origin is empty');
      return [origin, logOf(origin, log)];
    }),
  );
  return { format: TRUST_STORE_FORMAT, logs };
}

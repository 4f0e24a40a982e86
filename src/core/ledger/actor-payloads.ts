/**
 * Payloads of the entries that register actors and manage their keys. An actor's key is
 * trusted only through these entries (docs/formats.md, Entries).
 * @module
 */
import { z } from 'zod';
import { ActorId, Country, LeafHash, PublicKey, Role, Text, Timestamp } from './fields.ts';

export const ActorRegistered = z
  .object({
    id: ActorId,
    name: Text(200),
    organisation: Text(200),
    state: Country,
    roles: z
      .array(Role)
      .min(1)
      .max(9)
      .refine((r) => new Set(r).size === r.length, 'must not repeat a role'),
    publicKey: PublicKey,
    contact: Text(200).optional(),
  })
  .strict();

/**
 * An administrator changes an actor's roles or deactivates it (docs/model.md, Actors change):
 * from this entry on, the rules apply the new roles, and a deactivated actor signs nothing and
 * receives nothing. Entries before it keep the roles they were checked with.
 */
export const ActorChanged = z
  .object({
    actor: ActorId,
    roles: z
      .array(Role)
      .min(1)
      .max(9)
      .refine((r) => new Set(r).size === r.length, 'must not repeat a role')
      .optional(),
    active: z.boolean().optional(),
    reason: Text(1000),
    prev: LeafHash,
  })
  .strict()
  .refine((p) => p.roles !== undefined || p.active !== undefined, {
    message: 'changes the roles, the active flag, or both',
    path: ['roles'],
  });

/** A new key for an actor, signed by the actor with its current key or by an administrator. */
export const KeyRotated = z
  .object({
    actor: ActorId,
    publicKey: PublicKey,
    reason: Text(500),
    prev: LeafHash,
  })
  .strict();

export const REVOCATION_REASONS = [
  'compromised',
  'lost',
  'superseded',
  'left-organisation',
  'other',
] as const;

/**
 * The log refuses the key from the moment this is logged. `effectiveAt` is from when the key
 * is held compromised (X.509's invalidity date): the present for an actor revoking its own key,
 * possibly earlier for an administrator, with `note` saying why. Entries logged before the
 * revocation stay valid; those logged since `effectiveAt` are flagged in every report.
 */
export const KeyRevoked = z
  .object({
    actor: ActorId,
    publicKey: PublicKey,
    reason: z.enum(REVOCATION_REASONS),
    effectiveAt: Timestamp,
    note: Text(1000).optional(),
    prev: LeafHash,
  })
  .strict();

export type ActorRegistered = z.infer<typeof ActorRegistered>;
export type KeyRotated = z.infer<typeof KeyRotated>;
export type KeyRevoked = z.infer<typeof KeyRevoked>;

export type ActorChanged = z.infer<typeof ActorChanged>;

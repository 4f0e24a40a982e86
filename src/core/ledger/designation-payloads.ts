/**
 * `authority.designated`: one state's designation of an authority for convention roles, as the
 * state notified it (a declaration at ratification, a later notification). Designations are
 * entries, so a change is a new entry and the history of who was designated when is proven:
 * the latest entry for an authority replaces its earlier ones (docs/model.md, Designated
 * authorities).
 * @module
 */
import { z } from 'zod';
import { Country, LeafHash, Text, Timestamp } from './fields.ts';
import { INSTRUMENTS, type Instrument, type RequestType } from './legal-bases.ts';

export const DESIGNATION_ROLES = [
  'central-authority-mla',
  'contact-point-24-7',
  'extradition',
  'preservation',
] as const;
export type DesignationRole = (typeof DESIGNATION_ROLES)[number];

/**
 * Which designation may receive each request type: MLA and production go through the central
 * authority, preservation through the 24/7 point or the authority competent for preservation.
 */
export const ROLES_FOR_REQUEST: Readonly<Record<RequestType, readonly DesignationRole[]>> = {
  'mutual-legal-assistance': ['central-authority-mla'],
  production: ['central-authority-mla'],
  'preservation-stored-data': ['contact-point-24-7', 'preservation'],
  'preservation-traffic-data': ['contact-point-24-7', 'preservation'],
  'network-24-7': ['contact-point-24-7'],
  'spontaneous-information': ['central-authority-mla', 'contact-point-24-7'],
};

export const AuthorityDesignated = z
  .object({
    state: Country,
    /** The authority's name, exactly as its officers' `organisation` is registered. */
    authority: Text(300),
    /** Empty when the designation ends (with `validUntil`). */
    roles: z.array(z.enum(DESIGNATION_ROLES)).max(DESIGNATION_ROLES.length),
    instrument: z.enum(Object.keys(INSTRUMENTS) as [Instrument, ...Instrument[]]),
    /** The declaration or notification that made the designation, as the state published it. */
    reference: Text(500),
    validFrom: Timestamp,
    validUntil: Timestamp.optional(),
    /** The state's latest designation entry; absent for its first. */
    prev: LeafHash.optional(),
  })
  .strict()
  .refine((d) => new Set(d.roles).size === d.roles.length, { message: 'roles repeat', path: ['roles'] })
  .refine((d) => d.validUntil === undefined || Date.parse(d.validUntil) > Date.parse(d.validFrom), {
    message: 'validUntil must be after validFrom',
    path: ['validUntil'],
  });

export type AuthorityDesignated = z.infer<typeof AuthorityDesignated>;

/**
 * An authority of another state, as a disclosure to that state's own log names it: by the
 * designation this log recorded for it (docs/model.md, Across a border). The receiving log
 * checks `state` and `authority` against its own designations; this log's rules check that
 * `designation` is the entry designating that authority, in force, for the request's type.
 */
export const Addressee = z
  .object({
    state: Country,
    /** The authority's name, exactly as the designation entry names it. */
    authority: Text(300),
    /** The index, in this log, of the `authority.designated` entry in force for it. */
    designation: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();
export type Addressee = z.infer<typeof Addressee>;

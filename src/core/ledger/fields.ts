/**
 * Field schemas shared by every entry payload. Strict on purpose: every value has one
 * spelling (lowercase hex, canonical base64, RFC 3339 time), so two records that mean the
 * same thing are the same bytes, and a signature covers exactly what a reader sees.
 * @module
 */
import { z } from 'zod';
import { checkPublicKey } from '../crypto/ed25519.ts';
import { fromBase64 } from '../encoding.ts';
import { COUNTRY_CODES } from './countries.ts';
import { ROLES } from './roles.ts';

/** An actor's id: URL-safe, case-sensitive, without "~". */
export const ActorId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'must be 1–64 ASCII characters: letters A–Z or a–z (no accents), digits 0–9, ".", "_" or "-", starting with a letter or digit',
  );

/**
 * The id of a case, request or item: the id of the actor who created it, "~", and a name of the
 * creator's choosing (e.g. `fr-ofac-martin~2026-042`). Nobody can create an id under another
 * actor's name, so whether an id is taken is never news to anyone who could try it (docs/rules.md).
 */
export const SubjectId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}(~[A-Za-z0-9][A-Za-z0-9._-]{0,63})?$/,
    'must be the creator\'s actor id, "~", then 1–64 letters, digits, ".", "_" or "-" (e.g. fr-ofac-martin~2026-042)',
  );

/** Any id: an actor's, or a case's, request's or item's. URL-safe, case-sensitive. */
export const Id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}(~[A-Za-z0-9][A-Za-z0-9._-]{0,63})?$/,
    'must be an actor id (1–64 letters, digits, ".", "_" or "-") or creator~name',
  );

/** The creator part of a case, request or item id. */
export const creatorOf = (id: string): string | undefined => {
  const tilde = id.indexOf('~');
  return tilde < 0 ? undefined : id.slice(0, tilde);
};

/** Free text a person wrote: no control characters but newline and tab. */
export const Text = (max = 2000) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is refused.
    .regex(/^[^\u0000-\u0008\u000b-\u001f\u007f]*$/, 'must not contain control characters');

export const Country = z
  .string()
  .refine((c) => COUNTRY_CODES.has(c), 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "FR"')
  .meta({ description: 'ISO 3166-1 alpha-2 country code', examples: ['FR'] });

/** RFC 3339 with an explicit offset: when something happened, in the local time it happened. */
export const Timestamp = z.iso.datetime({
  offset: true,
  message: 'must be an RFC 3339 date-time with offset, e.g. 2026-11-23T14:05:00+01:00',
});

export const Role = z.enum(ROLES);

function base64Of(length: number, what: string) {
  return z.string().refine(
    (s) => {
      try {
        return fromBase64(s).length === length;
      } catch {
        return false;
      }
    },
    // Later checks (key policy) make no sense on a value that is not even the right bytes.
    { message: `must be ${what}: ${length} bytes in padded standard base64`, abort: true },
  );
}

export const PublicKey = base64Of(32, 'an Ed25519 public key')
  .refine(
    (s) => checkPublicKey(fromBase64(s)) === null,
    'is not an acceptable Ed25519 public key (non-canonical, small or mixed order)',
  )
  .meta({ description: 'Ed25519 public key, 32 bytes, standard base64 with padding' });

export const Signature = base64Of(64, 'an Ed25519 signature').meta({
  description: 'Ed25519 signature, 64 bytes, standard base64 with padding',
});

/** A leaf hash: how an entry names the entry it follows (`prev`) or corrects. */
export const LeafHash = base64Of(32, 'a SHA-256 leaf hash').meta({
  description: "leaf hash (base64) of the subject's latest entry, as its `head.leafHash` gives it",
});

const hex = (chars: number) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${chars}}$`), `must be ${chars} lowercase hex digits`);

/** Content digests as sha256sum prints them; SHA-256 mandatory (docs/formats.md, Hashes and encodings). */
export const Digests = z
  .object({
    sha256: hex(64),
    sha512: hex(128).optional(),
    sha1: hex(40).optional(),
    md5: hex(32).optional(),
  })
  .strict();

export type Digests = z.infer<typeof Digests>;

export const MediaType = z
  .string()
  .max(255)
  .regex(
    /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/,
    'must be a media type such as application/octet-stream',
  );

export const ByteCount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const Tool = z.object({ name: Text(200), version: Text(100) }).strict();

/**
 * The entry envelope (docs/formats.md, Entries): `{"kind", "payload", "signer", "index", "loggedAt"}`,
 * serialised with JCS; its UTF-8 bytes are the leaf. The signer signs
 * `custos/v1/<kind>\n` ‖ JCS(payload): the domain prefix stops a signature for one kind from
 * being replayed as another.
 *
 * ```ts
 * const draft = signDraft('custody.event', payload, { actor: 'fr-lab-1', seed });
 * verifyDraftSignature(draft); // true
 * ```
 * @module
 */
import { z } from 'zod';
import { canonicalBytes, canonicalJson } from '../canonical.ts';
import { publicKeyFromSeed, type SignatureCheck, sign, verifySignature } from '../crypto/ed25519.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../encoding.ts';
import { ValidationError } from '../errors.ts';
import { MAX_ENTRY_SIZE } from '../log/tiles.ts';
import { ActorId, PublicKey, Signature } from './fields.ts';
import { KINDS, type Kind, PAYLOAD_SCHEMAS, type TypedPayload } from './kinds.ts';

export const SIGNING_DOMAIN = 'custos/v1/';

export const SignerSchema = z.object({ actor: ActorId, publicKey: PublicKey, signature: Signature }).strict();
export type EntrySigner = z.infer<typeof SignerSchema>;

/** What a client submits: the entry without the fields the log assigns. */
export const DraftSchema = z
  .object({
    kind: z.enum(KINDS as [Kind, ...Kind[]]),
    payload: z.record(z.string(), z.unknown()),
    signer: SignerSchema,
  })
  .strict();

export interface EntryDraft {
  readonly kind: Kind;
  readonly payload: Record<string, unknown>;
  readonly signer: EntrySigner;
}

export interface Entry extends EntryDraft {
  readonly index: number;
  /** The log's UTC time, RFC 3339 with milliseconds and Z. */
  readonly loggedAt: string;
}

/** An entry with its payload validated against its kind's schema. */
export type ParsedEntry = Entry & TypedPayload;

export function signedMessage(kind: string, payload: unknown): Uint8Array {
  return signedMessageOf(kind, canonicalJson(payload));
}

/** The same, from the payload's JCS text already computed (it is also what the entry carries). */
export function signedMessageOf(kind: string, payloadJcs: string): Uint8Array {
  return utf8(`${SIGNING_DOMAIN}${kind}\n${payloadJcs}`);
}

/** Signs a payload as an actor: the helper shared by tests, the CLI and the browser. */
export function signDraft(
  kind: Kind,
  payload: Record<string, unknown>,
  as: { actor: string; seed: Uint8Array },
): EntryDraft {
  const publicKey = publicKeyFromSeed(as.seed);
  return signDraftWith(kind, payload, { actor: as.actor, publicKey, sign: (m) => sign(m, as.seed) });
}

/** The same, with a key already derived and any RFC 8032 signer (load generators use OpenSSL). */
export function signDraftWith(
  kind: Kind,
  payload: Record<string, unknown>,
  as: { actor: string; publicKey: Uint8Array; sign: (message: Uint8Array) => Uint8Array },
): EntryDraft {
  const signature = as.sign(signedMessage(kind, payload));
  return {
    kind,
    payload,
    signer: { actor: as.actor, publicKey: toBase64(as.publicKey), signature: toBase64(signature) },
  };
}

/** Checks a draft's (or an entry's) signature from its own bytes; `verify` may be a faster equivalent. */
export function verifyDraftSignature(draft: EntryDraft, verify: SignatureCheck = verifySignature): boolean {
  return verify(
    fromBase64(draft.signer.signature),
    signedMessage(draft.kind, draft.payload),
    fromBase64(draft.signer.publicKey),
  );
}

let lastLoggedAt = { ms: Number.NaN, text: '' };

/** Every entry of a batch is logged at the same millisecond: format it once. */
export function formatLoggedAt(ms: number): string {
  if (ms !== lastLoggedAt.ms) lastLoggedAt = { ms, text: new Date(ms).toISOString() };
  return lastLoggedAt.text;
}

/**
 * The leaf bytes: JCS of the entry. Composed around the payload's JCS text, which the server
 * passes as it checked the signature over it, so the leaf carries exactly the signed bytes;
 * JCS orders the members index, kind, loggedAt, payload, signer (test/core/ledger checks
 * the result against a full canonicalisation).
 */
export function encodeEntry(entry: Entry, payloadJcs = canonicalJson(entry.payload)): Uint8Array {
  const { actor, publicKey, signature } = entry.signer;
  // An index is a safe integer, whose JCS form is its decimal digits; JSON.stringify quotes
  // strings exactly as JCS does (RFC 8785 §3.2.2.2).
  const signer = `{"actor":${JSON.stringify(actor)},"publicKey":${JSON.stringify(publicKey)},"signature":${JSON.stringify(signature)}}`;
  const bytes = utf8(
    `{"index":${String(entry.index)},"kind":${JSON.stringify(entry.kind)},"loggedAt":${JSON.stringify(entry.loggedAt)},"payload":${payloadJcs},"signer":${signer}}`,
  );
  if (bytes.length > MAX_ENTRY_SIZE) {
    throw new ValidationError(
      'too_large',
      `the entry would be ${bytes.length} bytes; at most ${MAX_ENTRY_SIZE} are allowed`,
    );
  }
  return bytes;
}

const EntrySchema = DraftSchema.extend({
  index: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  loggedAt: z.iso.datetime({ precision: 3 }),
}).strict();

/** Validates a payload against its kind's schema, with field paths rooted at `payload`. */
export function parsePayload(kind: Kind, payload: unknown): TypedPayload {
  const result = PAYLOAD_SCHEMAS[kind].safeParse(payload);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 20).map((i) => ({
      path: ['payload', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: i.message,
    }));
    const first = issues[0]!;
    throw new ValidationError(
      'schema',
      `invalid ${kind} payload at ${first.path.join('.')}: ${first.message}`,
      issues,
    );
  }
  return { kind, payload: result.data } as TypedPayload;
}

/**
 * An entry given as a JSON value, as a bundle carries it: the checks of {@link parseEntry} on
 * its JCS bytes, which it returns with the payload's JCS text (what the signature covers),
 * canonicalising only the payload, once. For a value the envelope schema accepts (exactly these
 * members, the index a safe integer), {@link encodeEntry} around the payload's JCS is the JCS of
 * the whole entry, so the bytes are those `parseEntry` would be given, and need no check.
 */
export function parseEntryValue(value: unknown): {
  entry: ParsedEntry;
  bytes: Uint8Array;
  payloadJcs: string;
} {
  const entry = checkEnvelope(value);
  const typed = parsePayload(entry.kind, entry.payload);
  const payloadJcs = canonicalJson(entry.payload);
  return { entry: { ...entry, ...typed } as ParsedEntry, bytes: encodeEntry(entry, payloadJcs), payloadJcs };
}

function checkEnvelope(value: unknown): Entry {
  const envelope = EntrySchema.safeParse(value);
  if (!envelope.success) {
    const i = envelope.error.issues[0]!;
    throw new ValidationError(
      'schema',
      `entry envelope invalid at ${i.path.join('.') || '(root)'}: ${i.message}`,
    );
  }
  return value as Entry;
}

/**
 * Parses leaf bytes strictly: valid UTF-8, JSON, exactly the JCS form (so the bytes are the
 * only spelling of the entry), the envelope, and the payload against its kind's schema.
 */
export function parseEntry(bytes: Uint8Array): ParsedEntry {
  let value: unknown;
  try {
    value = JSON.parse(fromUtf8(bytes, 'entry'));
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    throw new ValidationError('bad_format', 'entry is not JSON');
  }
  const entry = checkEnvelope(value);
  const canonical = canonicalBytes(entry);
  if (canonical.length !== bytes.length || !canonical.every((b, i) => b === bytes[i])) {
    throw new ValidationError('bad_format', 'entry bytes are not in canonical (JCS) form');
  }
  const typed = parsePayload(entry.kind, entry.payload);
  return { ...entry, ...typed } as ParsedEntry;
}

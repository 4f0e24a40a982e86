/**
 * The court bundle, `custos-bundle/v1` (docs/bundle.md; specified in docs/bundle.md): everything
 * a verifier needs to check one item's history offline — the entries it relies on, each with
 * its inclusion proof against one checkpoint, that checkpoint with all its signatures, and the
 * log's verifier key.
 * @module
 */
import { z } from 'zod';
import { MapProofSchema } from '../map/map-proof.ts';
import { ActorId, SubjectId } from './fields.ts';

/** What bundles are written as; v1 (no completeness proofs) is still read, and fails completeness. */
export const BUNDLE_FORMAT = 'custos-bundle/v2';
/**
 * A bundle that spans several logs (docs/bundle.md, Other logs' parts): v2 plus `parts`, the
 * transfer packages of the items it imported. Written only when it carries parts, so that a
 * verifier that predates it refuses it rather than dropping the other logs' history unseen.
 */
export const MULTI_LOG_BUNDLE_FORMAT = 'custos-bundle/v3';
export const BUNDLE_FORMATS = ['custos-bundle/v1', BUNDLE_FORMAT, MULTI_LOG_BUNDLE_FORMAT] as const;

const Base64Hash = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 SHA-256 hash');

export const BundleEntrySchema = z
  .object({
    /** The entry as a JSON object; its leaf bytes are its JCS (RFC 8785) serialisation. */
    entry: z.record(z.string(), z.unknown()),
    /** RFC 9162 inclusion path of the entry in the bundle's checkpoint, leaf to root. */
    proof: z.array(Base64Hash).max(64),
  })
  .strict();

/**
 * A checkpoint the bundle's events are dated by (docs/bundle.md, the `time` member): the note as
 * the log signed it, the witnesses' cosignature lines on it, its consistency with the bundle's
 * checkpoint, and RFC 3161 tokens over exactly the note's bytes.
 */
export const TimeAnchorSchema = z
  .object({
    checkpoint: z.string().min(1).max(16_384),
    cosignatures: z.array(z.string().min(1).max(8192)).max(64).default([]),
    /** RFC 9162 consistency proof between this checkpoint and the bundle's (smaller size first). */
    consistency: z.array(Base64Hash).max(64),
    /** Base64 DER TimeStampResp, each over the UTF-8 bytes of `checkpoint`. */
    timestamps: z.array(z.string().min(1).max(65_536)).max(16).default([]),
  })
  .strict();

/**
 * A subject whose history the bundle proves complete, with its history map proof; or a derivative
 * whose history the exporter could not include, or an item some of whose registered derivatives
 * it could not (`derivatives`), declared withheld without a proof, which the verifier then names
 * (docs/bundle.md §2).
 */
export const CompletenessProofSchema = z.union([
  z
    .object({
      kind: z.enum(['actor', 'case', 'request', 'item', 'designations', 'retention', 'derivatives']),
      id: z.string().min(1).max(255),
      /** docs/formats.md, History map: against the map root in the bundle's checkpoint. */
      proof: MapProofSchema,
    })
    .strict(),
  z
    .object({
      kind: z.enum(['item', 'derivatives']),
      id: z.string().min(1).max(255),
      withheld: z.literal(true),
    })
    .strict(),
]);

/**
 * Another log's part of a multi-log bundle: the transfer package (docs/formats.md,
 * custos-transfer/v1) of an item this log imported, exactly as the importer received it. Its
 * members are checked by the transfer verifier (verify-transfer.ts), its bundle by this schema.
 */
export const BundlePartSchema = z
  .object({
    format: z.literal('custos-transfer/v1'),
    bundle: z.record(z.string(), z.unknown()),
    disclosure: z
      .object({ index: z.number().int().min(0), tlogProof: z.string().min(1).max(65_536) })
      .strict(),
    consistency: z.array(Base64Hash).max(64),
  })
  .strict();

export const BundleSchema = z
  .object({
    format: z.enum(BUNDLE_FORMATS),
    createdAt: z.iso.datetime(),
    exportedBy: ActorId.optional(),
    subject: z.object({ item: SubjectId, derivatives: z.boolean() }).strict(),
    log: z.object({ origin: z.string().min(1).max(255), verifierKey: z.string().min(1).max(512) }).strict(),
    /** The checkpoint note, byte for byte, with every signature line (log and witnesses). */
    checkpoint: z.string().min(1).max(16_384),
    /** Witness verifier keys the exporting log knew of: information, never trust. */
    witnesses: z
      .array(z.object({ name: z.string().max(255), verifierKey: z.string().max(512) }).strict())
      .max(64)
      .default([]),
    entries: z.array(BundleEntrySchema).min(1).max(100_000),
    /** Optional: checkpoints that date the entries (TSA tokens, witness cosignature times). */
    time: z
      .object({ anchors: z.array(TimeAnchorSchema).max(10_000) })
      .strict()
      .optional(),
    /** custos-bundle/v2: history map proofs, one per subject whose history the bundle claims whole. */
    completeness: z
      .object({ subjects: z.array(CompletenessProofSchema).max(100_000) })
      .strict()
      .optional(),
    /** custos-bundle/v3: the other logs' parts, one transfer package per import it holds. */
    parts: z.array(BundlePartSchema).min(1).max(64).optional(),
  })
  .strict();

export type BundlePart = z.infer<typeof BundlePartSchema>;
export type CompletenessProof = z.infer<typeof CompletenessProofSchema>;
export type TimeAnchor = z.infer<typeof TimeAnchorSchema>;

export type Bundle = z.infer<typeof BundleSchema>;
export type BundleEntry = z.infer<typeof BundleEntrySchema>;

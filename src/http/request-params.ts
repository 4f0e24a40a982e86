/**
 * The query strings and path parameters of the read API, as zod schemas: the routes parse
 * requests with them and the OpenAPI document (openapi.ts) describes them from the same
 * objects, so the two cannot drift apart. Descriptions ride on the schemas as metadata.
 * @module
 */
import { z } from 'zod';
import { Country, Id, Timestamp } from '../core/ledger/fields.ts';
import { RetentionCategoryCode } from '../core/ledger/retention-payloads.ts';

/** Non-negative decimal integer within 2^53, no sign, no leading zeros, no exponent. */
const count = (description: string) =>
  z
    .string()
    .regex(/^(0|[1-9][0-9]{0,15})$/, 'must be a non-negative decimal integer')
    .meta({ description })
    .transform(Number)
    .refine(Number.isSafeInteger, 'is too large');

/** A page size from 1 to `max`, as a decimal without leading zeros; the route applies the default. */
const pageSize = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .max(String(max).length)
    .meta({ description: `page size, 1–${max}, default ${fallback}` })
    .transform(Number)
    .refine((n) => n <= max, `at most ${max}`)
    .optional();

export const IdParam = z.object({ id: Id });

export const IndexParam = z.object({ index: count('the entry index') });
export const CheckpointSizeParam = z.object({ treeSize: count('the checkpoint tree size') });

export const InclusionQuery = z.object({
  index: count('leaf index'),
  treeSize: count('tree size; default: the latest checkpoint').optional(),
});

/** A subject of the history map and, optionally, the checkpoint (docs/formats.md, History map). */
export const MapProofQuery = z.object({
  kind: z.enum(['actor', 'case', 'request', 'item', 'designations', 'retention', 'derivatives']).meta({
    description: 'the subject kind (`derivatives`: the items registered as derived from item `id`)',
  }),
  id: z.string().min(1).max(200).meta({ description: 'the subject id' }),
  treeSize: count('checkpoint tree size; default: the latest checkpoint').optional(),
});

export const ConsistencyQuery = z.object({
  from: count('old tree size'),
  to: count('new tree size'),
});

export const ItemListQuery = z
  .object({
    case: Id.meta({ description: 'case id' }).optional(),
    holder: Id.meta({ description: 'actor id: items it registered, held or was sent' }).optional(),
    status: z.enum(['active', 'returned', 'destroyed']).optional(),
    country: Country.meta({ description: "the custodian's country, ISO 3166-1 alpha-2" }).optional(),
    registeredFrom: Timestamp.meta({ description: 'registered at or after, RFC 3339' }).optional(),
    registeredTo: Timestamp.meta({ description: 'registered at or before, RFC 3339' }).optional(),
    limit: pageSize(500, 50),
    after: Id.meta({ description: 'item id to continue after: the previous page’s `next`' }).optional(),
  })
  .strict();

/** A category of the retention table (docs/model.md, Retention). */
export const CategoryParam = z.object({ category: RetentionCategoryCode });

export const ReviewDueQuery = z
  .object({
    asOf: Timestamp.meta({
      description: 'due as of this time, RFC 3339; default: the time of the answer',
    }).optional(),
    limit: pageSize(500, 50),
    after: Id.meta({ description: 'item id to continue after: the previous page’s `next`' }).optional(),
  })
  .strict();

export const EventQuery = z
  .object({
    case: Id.meta({ description: 'case id: its own entries and those of its items and requests' }).optional(),
    item: Id.meta({ description: 'item id: its entries' }).optional(),
    actor: Id.meta({
      description: 'actor id: entries it signed or is named in (recipient, collector, witness…)',
    }).optional(),
    type: z
      .string()
      .regex(/^[a-z][a-z0-9.-]{0,40}$/)
      .meta({ description: 'a custody event type (e.g. disclosed) or an entry kind (e.g. request.recorded)' })
      .optional(),
    loggedFrom: Timestamp.meta({ description: "logged at or after (the log's time), RFC 3339" }).optional(),
    loggedTo: Timestamp.meta({ description: "logged at or before (the log's time), RFC 3339" }).optional(),
    occurredFrom: Timestamp.meta({
      description: 'happened at or after (as the entry states), RFC 3339',
    }).optional(),
    occurredTo: Timestamp.meta({
      description: 'happened at or before (as the entry states), RFC 3339',
    }).optional(),
    limit: pageSize(500, 100),
    after: count(
      'the previous page’s `next`, an entry index: the last event shown, or where a page stopped short',
    ).optional(),
  })
  .strict();

export const BundleQuery = z
  .object({
    derivatives: z
      .enum(['true', 'false'])
      .meta({ description: 'true to include the derivative items' })
      .optional(),
  })
  .strict();

export const ReportQuery = z
  .object({
    lang: z
      .string()
      .max(20)
      .meta({
        description:
          'the report’s language, or two for a bilingual report: en, az, ru, ar, zh, fr, es (e.g. `az,en`); default en',
      })
      .optional(),
  })
  .strict();

/** A page of a directory list (actors, cases, requests), in the order they were created. */
const directoryPage = {
  limit: pageSize(1000, 500),
  after: Id.meta({ description: 'id to continue after: the previous page’s `next`' }).optional(),
};

export const DirectoryQuery = z.object(directoryPage).strict();

export const RequestListQuery = z
  .object({ case: Id.meta({ description: 'case id' }).optional(), ...directoryPage })
  .strict();

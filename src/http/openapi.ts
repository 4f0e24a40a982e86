/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, so
 * the description cannot drift from the behaviour. Served at `/openapi.json`; rendered into
 * docs/api.md by `npm run docs:api`.
 * @module
 */

import { Router } from 'express';
import { z } from 'zod';
import { SignerSchema } from '../core/ledger/entry.ts';
import { KINDS, type Kind, PAYLOAD_SCHEMAS } from '../core/ledger/kinds.ts';
import { ChallengeRequest, TokenRequest } from './auth-routes.ts';
import { StateParam } from './designation-routes.ts';
import {
  BundleQuery,
  CategoryParam,
  CheckpointSizeParam,
  ConsistencyQuery,
  DirectoryQuery,
  EventQuery,
  IdParam,
  InclusionQuery,
  IndexParam,
  ItemListQuery,
  MapProofQuery,
  ReportQuery,
  RequestListQuery,
  ReviewDueQuery,
} from './request-params.ts';

type Json = Record<string, unknown>;

const schemaOf = (schema: z.ZodType): Json => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json;
  return rest;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const payloadName = (kind: string) =>
  `${kind
    .split(/[.-]/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')}Payload`;

export interface Route {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly summary: string;
  readonly auth: 'none' | 'bearer' | 'signature';
  /** The schema the route parses its query string with (request-params.ts). */
  readonly query?: z.ZodObject;
  /** The schema of its path parameters, where they are more than an id. */
  readonly params?: z.ZodObject;
  readonly body?: Json;
  readonly ok: { status: number; type: string; description: string };
}

const json = 'application/json';

export const ROUTES: readonly Route[] = [
  {
    method: 'get',
    path: '/log/checkpoint',
    summary: 'Latest signed checkpoint (C2SP tlog-checkpoint)',
    auth: 'none',
    ok: { status: 200, type: 'text/plain', description: 'signed note' },
  },
  {
    method: 'get',
    path: '/log/key',
    summary: "The log's verifier key, to pin",
    auth: 'none',
    ok: { status: 200, type: 'text/plain', description: 'origin+keyid+key' },
  },
  {
    method: 'get',
    path: '/log/key/mldsa44',
    summary: "The log's ML-DSA-44 verifier key (type 0x06), when it has one",
    auth: 'none',
    ok: { status: 200, type: 'text/plain', description: 'origin+keyid+base64(0x06 ‖ key)' },
  },
  {
    method: 'get',
    path: '/log/tile/{L}/{N}',
    summary: 'Hash tile (C2SP tlog-tiles); N in x-prefixed 3-digit groups, optional .p/W',
    auth: 'none',
    ok: { status: 200, type: 'application/octet-stream', description: 'concatenated 32-byte hashes' },
  },
  {
    method: 'get',
    path: '/log/tile/entries/{N}',
    summary: 'Entry bundle (C2SP tlog-tiles); administrators and auditors only',
    auth: 'bearer',
    ok: { status: 200, type: 'application/octet-stream', description: 'uint16-length-prefixed entries' },
  },
  {
    method: 'get',
    path: '/v1/proofs/inclusion',
    summary: 'RFC 9162 inclusion proof',
    auth: 'none',
    query: InclusionQuery,
    ok: { status: 200, type: json, description: '{index, treeSize, leafHash, proof}' },
  },
  {
    method: 'get',
    path: '/v1/proofs/map',
    summary:
      'History map proof of a subject at a checkpoint: inclusion (head and length of its history) or absence',
    auth: 'bearer',
    query: MapProofQuery,
    ok: {
      status: 200,
      type: json,
      description: '{treeSize, checkpoint, kind, id, key, proof: {siblings, leaf}}',
    },
  },
  {
    method: 'get',
    path: '/v1/proofs/consistency',
    summary: 'RFC 9162 consistency proof',
    auth: 'none',
    query: ConsistencyQuery,
    ok: { status: 200, type: json, description: '{from, to, proof}' },
  },
  {
    method: 'get',
    path: '/v1/designations/{state}',
    summary:
      'The authorities a state designated (central authority, 24/7 point, extradition, preservation), each with its entry (docs/model.md)',
    auth: 'bearer',
    params: StateParam,
    ok: {
      status: 200,
      type: json,
      description:
        '{state, authorities: [{authority, roles, instrument, reference, validFrom, validUntil?, entry}], head}',
    },
  },
  {
    method: 'get',
    path: '/v1/retention/categories/{category}',
    summary: 'One category of the retention table, as its latest entry says (docs/model.md, Retention)',
    auth: 'bearer',
    params: CategoryParam,
    ok: {
      status: 200,
      type: json,
      description: '{category, description, retainDays, basis, overrideRoles, head}',
    },
  },
  {
    method: 'get',
    path: '/v1/retention/due',
    summary: 'Items the caller may read that are due for review as of a time (docs/model.md, Retention)',
    auth: 'bearer',
    query: ReviewDueQuery,
    ok: {
      status: 200,
      type: json,
      description:
        '{asOf, items: [{item, case, reviewAt, reason, category?, retentionEndsAt?, retainUntil?}], next}',
    },
  },
  {
    method: 'get',
    path: '/v1/entries/{index}/tlog-proof',
    summary:
      'C2SP tlog-proof@v1 of one entry against the latest checkpoint, with its witness cosignatures (docs/formats.md); hashes only, no entry content',
    auth: 'none',
    params: IndexParam,
    ok: { status: 200, type: 'text/plain', description: 'the proof (save it as <index>.tlog-proof)' },
  },
  {
    method: 'get',
    path: '/v1/checkpoints/{treeSize}/timestamps',
    summary: 'RFC 3161 tokens over the checkpoint of this size, with the exact note bytes they timestamp',
    auth: 'none',
    params: CheckpointSizeParam,
    ok: {
      status: 200,
      type: json,
      description: '{treeSize, note (base64), timestamps: [{tsaId, token (base64 TimeStampResp)}]}',
    },
  },
  {
    method: 'post',
    path: '/v1/entries',
    summary: 'Submit a signed entry of any kind (docs/formats.md, Entries); answers once durable',
    auth: 'signature',
    body: ref('EntryDraft'),
    ok: { status: 201, type: json, description: '{index, leafHash, treeSize, entry}' },
  },
  {
    method: 'post',
    path: '/v1/entries/batch',
    summary:
      'Submit up to 1,000 signed entries (`{entries: [draft…]}`, 4 MiB decoded), admitted in their order so a later one may build on an earlier one; one result per entry',
    auth: 'signature',
    body: ref('EntryBatch'),
    ok: {
      status: 200,
      type: json,
      description: '{results: [{index, leafHash, treeSize} or {problem}]}, in the order of the entries',
    },
  },
  {
    method: 'post',
    path: '/v1/transfers/imports',
    summary:
      "Import another log's disclosure (docs/api.md, Across a border): the transfer package (custos-transfer/v1, 8 MiB decoded) must verify against the key this service pinned for its sender, and the signed transfer.imported entry must name what it proves",
    auth: 'signature',
    body: ref('TransferImport'),
    ok: { status: 201, type: json, description: '{index, leafHash, treeSize, entry}' },
  },
  {
    method: 'post',
    path: '/v1/transfers/receipts',
    summary:
      "Close a disclosure with the receiving log's import: the signed transfer.receipt entry carries the import and its tlog-proof, verified against the key this service pinned for the receiving log",
    auth: 'signature',
    body: ref('TransferReceiptRequest'),
    ok: { status: 201, type: json, description: '{index, leafHash, treeSize, entry}' },
  },
  {
    method: 'get',
    path: '/v1/entries/{index}',
    summary: 'One entry with its inclusion proof against the latest checkpoint',
    auth: 'bearer',
    params: IndexParam,
    ok: { status: 200, type: json, description: '{index, leafHash, entry, inclusion, checkpoint}' },
  },
  {
    method: 'get',
    path: '/v1/items',
    summary: 'Items the caller may read',
    auth: 'bearer',
    query: ItemListQuery,
    ok: { status: 200, type: json, description: '{items, next}' },
  },
  {
    method: 'get',
    path: '/v1/events',
    summary:
      'Search of events the caller may read, by case, item, actor, type and time (docs/model.md, Search of events)',
    auth: 'bearer',
    query: EventQuery,
    ok: {
      status: 200,
      type: json,
      description:
        '{events, next}: up to `limit` events in log order; `next` (null at the end) is the `after` of the next page, which may hold fewer events than `limit`, or none (docs/model.md)',
    },
  },
  {
    method: 'get',
    path: '/v1/items/{id}',
    summary: 'An item: state, full history, derivatives',
    auth: 'bearer',
    ok: { status: 200, type: json, description: '{item, history, derivatives}' },
  },
  {
    method: 'get',
    path: '/v1/items/{id}/head',
    summary: "An item's latest entry (the `prev` of its next event), custodian and pending hand-over",
    auth: 'bearer',
    ok: { status: 200, type: json, description: '{item, head, custodian, digests, status, pending}' },
  },
  {
    method: 'get',
    path: '/v1/items/{id}/bundle',
    summary: 'Court bundle (custos-bundle/v2) for offline verification',
    auth: 'bearer',
    query: BundleQuery,
    ok: { status: 200, type: json, description: 'custos-bundle/v2' },
  },
  {
    method: 'get',
    path: '/v1/items/{id}/report.pdf',
    summary:
      'Court report (PDF/A-3b, bundle.json attached), as custos export writes it: verify the attached bundle against your pinned key',
    auth: 'bearer',
    query: ReportQuery,
    ok: { status: 200, type: 'application/pdf', description: 'the report' },
  },
  {
    method: 'get',
    path: '/v1/items/{id}/case.jsonld',
    summary:
      'The item’s provenance as CASE/UCO 1.4 JSON-LD (docs/case-uco.md), made from its bundle verified against the log’s own key',
    auth: 'bearer',
    query: BundleQuery,
    ok: { status: 200, type: 'application/ld+json', description: 'the JSON-LD document' },
  },
  {
    method: 'get',
    path: '/v1/actors',
    summary: 'The directory of actors and their keys, a page at a time',
    auth: 'bearer',
    query: DirectoryQuery,
    ok: { status: 200, type: json, description: '{actors, next}' },
  },
  {
    method: 'get',
    path: '/v1/actors/{id}',
    summary: 'An actor and its key history',
    auth: 'bearer',
    ok: { status: 200, type: json, description: '{actor, history}' },
  },
  {
    method: 'get',
    path: '/v1/cases',
    summary: 'Cases the caller may read, a page at a time',
    auth: 'bearer',
    query: DirectoryQuery,
    ok: { status: 200, type: json, description: '{cases, next}' },
  },
  {
    method: 'get',
    path: '/v1/cases/{id}',
    summary: 'A case, its readable items and its history',
    auth: 'bearer',
    ok: { status: 200, type: json, description: '{case, items, history}' },
  },
  {
    method: 'get',
    path: '/v1/requests',
    summary: 'Cooperation requests the caller may read, a page at a time',
    auth: 'bearer',
    query: RequestListQuery,
    ok: { status: 200, type: json, description: '{requests, next}' },
  },
  {
    method: 'get',
    path: '/v1/requests/{id}',
    summary: 'A cooperation request and its status history',
    auth: 'bearer',
    ok: { status: 200, type: json, description: '{request, history}' },
  },
  {
    method: 'post',
    path: '/v1/auth/challenge',
    summary: 'Ask for a one-time login challenge',
    auth: 'none',
    body: ref('ChallengeRequest'),
    ok: { status: 200, type: json, description: '{challenge, expiresAt}' },
  },
  {
    method: 'post',
    path: '/v1/auth/token',
    summary: 'Exchange a signed challenge for a bearer token',
    auth: 'none',
    body: ref('TokenRequest'),
    ok: { status: 200, type: json, description: '{token, expiresAt}' },
  },
  {
    method: 'get',
    path: '/v1/admin/backup',
    summary: 'A consistent online backup of the store (administrators)',
    auth: 'bearer',
    ok: { status: 200, type: 'application/octet-stream', description: 'the backup file' },
  },
  {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness and whether the log takes appends; 503 with the reason when it does not',
    auth: 'none',
    ok: {
      status: 200,
      type: json,
      description: '{status, treeSize, uptimeSeconds, integrity, witnesses}, and reason when failing',
    },
  },
  {
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    auth: 'none',
    ok: { status: 200, type: 'text/plain', description: 'Prometheus text exposition format' },
  },
  {
    method: 'get',
    path: '/verify',
    summary: 'The offline verifier page: checks a court bundle or report in the browser',
    auth: 'none',
    ok: { status: 200, type: 'text/html', description: 'a self-contained page' },
  },
  {
    method: 'get',
    path: '/verify/fonts/{file}',
    summary:
      "The report's fonts, for /verify to draw a report's pages again and compare them; the page accepts a font only if its SHA-256 is the one compiled into it",
    auth: 'none',
    ok: { status: 200, type: 'font/ttf', description: 'the font file' },
  },
  {
    method: 'get',
    path: '/console',
    summary: 'The investigator console: a browser client of this API; keys stay in the browser',
    auth: 'none',
    ok: { status: 200, type: 'text/html', description: 'the console page' },
  },
  {
    method: 'get',
    path: '/console/{file}',
    summary:
      "The console's files: app.js and the chunks it loads on demand, hash-worker.js (hashes evidence in the browser), app.css",
    auth: 'none',
    ok: { status: 200, type: 'text/javascript', description: 'the file' },
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    auth: 'none',
    ok: { status: 200, type: json, description: 'OpenAPI 3.1' },
  },
];

function components(): Json {
  const schemas: Json = {
    Signer: schemaOf(SignerSchema),
    ChallengeRequest: schemaOf(ChallengeRequest),
    TokenRequest: schemaOf(TokenRequest),
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details; see docs/errors.md for every code',
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        code: { type: 'string' },
        instance: { type: 'string' },
        requestId: { type: 'string' },
        errors: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'array' }, message: { type: 'string' } } },
        },
      },
      required: ['type', 'title', 'status', 'detail', 'code'],
    },
  };
  for (const kind of KINDS) schemas[payloadName(kind)] = schemaOf(PAYLOAD_SCHEMAS[kind]);
  schemas.EntryDraft = {
    description:
      'A signed entry as submitted: the signature covers "custos/v1/<kind>\\n" followed by the JCS of the payload',
    oneOf: KINDS.map((kind) => ({
      type: 'object',
      properties: { kind: { const: kind }, payload: ref(payloadName(kind)), signer: ref('Signer') },
      required: ['kind', 'payload', 'signer'],
      additionalProperties: false,
    })),
  };
  schemas.EntryBatch = {
    type: 'object',
    properties: { entries: { type: 'array', items: ref('EntryDraft'), minItems: 1, maxItems: 1000 } },
    required: ['entries'],
    additionalProperties: false,
  };
  const signedDraft = (kind: string) => ({
    type: 'object',
    properties: { kind: { const: kind }, payload: ref(payloadName(kind as Kind)), signer: ref('Signer') },
    required: ['kind', 'payload', 'signer'],
    additionalProperties: false,
  });
  schemas.TransferImport = {
    type: 'object',
    properties: {
      package: { type: 'object', description: 'a transfer package, custos-transfer/v1 (docs/formats.md)' },
      entry: signedDraft('transfer.imported'),
    },
    required: ['package', 'entry'],
    additionalProperties: false,
  };
  schemas.TransferReceiptRequest = {
    type: 'object',
    properties: { entry: signedDraft('transfer.receipt') },
    required: ['entry'],
    additionalProperties: false,
  };
  return {
    schemas,
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'token from POST /v1/auth/token' },
    },
  };
}

function operation(route: Route): Json {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) =>
    parameter(m[1]!, 'path', route.params ?? IdParam, true),
  );
  const queryParams = Object.keys(route.query?.shape ?? {}).map((name) =>
    parameter(name, 'query', route.query!, false),
  );
  const problem = {
    description: 'problem details',
    content: { 'application/problem+json': { schema: ref('Problem') } },
  };
  return {
    summary: route.summary,
    ...(route.auth === 'bearer' ? { security: [{ bearer: [] }] } : {}),
    ...(pathParams.length + queryParams.length > 0 ? { parameters: [...pathParams, ...queryParams] } : {}),
    ...(route.body ? { requestBody: { required: true, content: { [json]: { schema: route.body } } } } : {}),
    responses: {
      [route.ok.status]: { description: route.ok.description, content: { [route.ok.type]: {} } },
      '4XX': problem,
      '5XX': problem,
    },
  };
}

/** One parameter, described by the zod schema the route parses it with (as it arrives: a string). */
function parameter(name: string, where: 'path' | 'query', schema: z.ZodObject, inPath: boolean): Json {
  const object = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  const { description, ...property } = object.properties?.[name] ?? { type: 'string' };
  return {
    name,
    in: where,
    required: inPath || (object.required ?? []).includes(name),
    ...(description ? { description } : {}),
    schema: property,
  };
}

/** `GET /openapi.json`: the document for this running version. */
export function openApiRoutes(version: string): Router {
  return Router().get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(version));
  });
}

export function openApiDocument(version: string): Json {
  const paths: Record<string, Json> = {};
  for (const route of ROUTES)
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method]: operation(route) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Custos',
      version,
      description:
        'Chain-of-custody ledger for electronic evidence: signed custody events in a verifiable, append-only log.',
    },
    paths,
    components: components(),
  };
}

/**
 * Renders the OpenAPI document as Markdown for docs/api.md, so the prose reference is
 * generated from the same source as /openapi.json (a test keeps the committed page current).
 * @module
 */
import { openApiDocument, ROUTES } from './openapi.ts';

type Json = Record<string, unknown>;

function describeSchema(name: string, schema: Json): string[] {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const lines = [`### ${name}`, ''];
  if (schema.oneOf) {
    lines.push(`One of ${(schema.oneOf as Json[]).length} variants, selected by \`type\`:`, '');
    for (const variant of schema.oneOf as Json[]) {
      const vp = variant.properties as Record<string, Json>;
      const fields = Object.keys(vp).filter(
        (k) => !['type', 'item', 'prev', 'occurredAt', 'location', 'note'].includes(k),
      );
      lines.push(`- \`${(vp.type as Json).const}\`: ${fields.map((f) => `\`${f}\``).join(', ') || '—'}`);
    }
    lines.push(
      '',
      'Every variant also has `item`, `prev`, `occurredAt` and optional `location` and `note`.',
      '',
    );
    return lines;
  }
  lines.push('| field | type | required | notes |', '|---|---|---|---|');
  for (const [field, p] of Object.entries(props)) {
    const type = p.type ?? (p.enum ? 'enum' : p.anyOf ? 'one of' : 'object');
    const notes = [
      p.description,
      p.enum ? `one of ${(p.enum as string[]).map((e) => `\`${e}\``).join(', ')}` : undefined,
      p.pattern && String(p.pattern).startsWith('^[^') ? 'no control characters' : undefined,
      p.pattern && !String(p.pattern).startsWith('^[^') && String(p.pattern).length < 100
        ? `pattern \`${p.pattern}\``
        : undefined,
      p.format ? `format ${p.format}` : undefined,
      p.maxLength ? `≤ ${p.maxLength} chars` : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(
      `| \`${field}\` | ${type} | ${required.has(field) ? 'yes' : ''} | ${notes.replace(/\|/g, '\\|')} |`,
    );
  }
  lines.push('');
  return lines;
}

/** `name` (required; what it is; its values), from the parameter the OpenAPI document gives. */
function describeParameter(p: Json): string {
  const schema = p.schema as Json;
  const notes = [
    p.required ? 'required' : undefined,
    p.description,
    schema.enum ? (schema.enum as string[]).map((e) => `\`${e}\``).join(' \\| ') : undefined,
  ].filter(Boolean);
  return `\`${p.name}\`${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

export function renderApiMarkdown(version: string): string {
  const doc = openApiDocument(version);
  const schemas = (doc.components as Json).schemas as Record<string, Json>;
  const lines = [
    '# HTTP API',
    '',
    'Generated from the OpenAPI document (`GET /openapi.json`) by `npm run docs:api`; do not edit by hand.',
    'Errors are RFC 9457 problem documents: see [errors.md](errors.md). Formats: [formats.md](formats.md).',
    '',
    '## Endpoints',
    '',
    '| method | path | access | what |',
    '|---|---|---|---|',
    ...ROUTES.map((r) => {
      const access = { none: 'public', bearer: 'bearer token', signature: 'signed entry' }[r.auth];
      const operation = (doc.paths as Record<string, Record<string, Json>>)[r.path]![r.method]!;
      const query = ((operation.parameters ?? []) as Json[]).filter((p) => p.in === 'query');
      const list = query.length > 0 ? ` — query: ${query.map(describeParameter).join('; ')}` : '';
      return `| ${r.method.toUpperCase()} | \`${r.path}\` | ${access} | ${r.summary}${list} |`;
    }),
    '',
    '## Authentication',
    '',
    'No passwords. `POST /v1/auth/challenge {"actor"}` returns a one-time challenge (40 bytes, base64) valid',
    'for two minutes; sign `"custos/v1/auth\\n"` followed by the raw challenge bytes with the actor\'s current key',
    'and send it to `POST /v1/auth/token {"actor", "challenge", "signature"}` for a bearer token valid 15',
    "minutes. Each request re-reads the actor's state, so a revoked or rotated key ends its sessions at once.",
    '',
    'Both are opaque to clients, and any process of the log accepts them, so a load balancer may send',
    'each request anywhere ([operations.md](operations.md#several-processes-one-sequencer)). A challenge',
    'is 16 random bytes ‖ its expiry (u64 big-endian, ms since the epoch) ‖ the first 16 bytes of',
    'HMAC-SHA256(K, "challenge", actor, nonce, expiry); a token is base64url(expiry ‖ the 32-byte public',
    'key it was opened with ‖ the actor id) `.` base64url(the first 24 bytes of HMAC-SHA256(K, "token",',
    "that payload)). Each HMAC input is length-prefixed (u32 big-endian), and K = HMAC-SHA256(the log's",
    'Ed25519 seed, "custos/v1/session-mac-key"): whoever holds the log key can sequence and sign',
    'checkpoints anyway. A challenge is accepted once by each process that sees it (see',
    '[threat-model.md](threat-model.md)).',
    '',
    '## Submitting entries',
    '',
    '`POST /v1/entries` takes `{"kind", "payload", "signer": {"actor", "publicKey", "signature"}}`, where the',
    'signature is Ed25519 over the UTF-8 of `custos/v1/<kind>\\n` followed by the JCS (RFC 8785) of the payload.',
    'It answers 201 `{index, leafHash, treeSize, entry}` once the entry is durable and covered by a checkpoint.',
    "Events of a subject name its latest entry's leaf hash as `prev` (from `GET /v1/items/{id}/head`); a stale",
    '`prev` answers 409 with `currentPrev` and `currentIndex`.',
    '',
    '## Searching events',
    '',
    '`GET /v1/events` answers `{events, next}`. Events come in log order (by logged time, then index, when',
    'searching by occurred time alone, or by logged time in a log whose clock once went back), each with its',
    '`index`, `leafHash`, `loggedAt`, `kind`, `signer`, `payload`, `case` and `type`. `next` is null at the end;',
    'otherwise pass it as `after` for the next page. It is an entry index: the last event of a full page (a page is',
    'full, with a `next`, only when a further event the caller may read follows), or the end of the run of log',
    'positions where a page stopped short. In a search in time order `after` must be an event the search showed',
    '(`bad_request` otherwise). In log order a page looks at no more than 500',
    'candidates (the entries the most selective filter yields); when it reaches that before it is full, it goes on to',
    'the end of the current run of 1,024 positions (0–1,023, 1,024–2,047…) and stops there. So a page may hold',
    'fewer events than `limit`, or none, and still have a `next`: keep paging until `next` is null. Entries the',
    'caller may not read are skipped as if absent ([model.md](model.md#search-of-events) says what a stop reveals).',
    '',
    '## Across a border',
    '',
    'Two kinds carry an entry of another log and go through their own routes, never `POST /v1/entries`',
    "(`bad_request` there): the service first checks the other log's part against the key and witness policy",
    "it pinned for that log's origin, in its trust store (`CUSTOS_TRUST_STORE`, default `<keys dir>/trust.json`,",
    'the custos-trust/v1 file of [formats.md](formats.md#the-trust-store-custos-trustv1), read at each request;',
    'an origin not pinned explicitly is `untrusted_origin`). Both answer like `POST /v1/entries`.',
    '',
    '- `POST /v1/transfers/imports` `{"package", "entry"}` (8 MiB decoded): `package` is a custos-transfer/v1',
    '  package, verified in full as [formats.md](formats.md#the-transfer-package-custos-transferv1) says; `entry` a',
    "  signed `transfer.imported` draft, whose `disclosure` must be the package's (origin, index, leaf hash, the",
    "  same tlog-proof) and whose `size`, `mediaType` and `digests` the disclosed item's as the sender registered",
    '  them (`foreign_proof`). Then the ledger rules run ([rules.md](rules.md#across-a-border-import-and-receipt)).',
    '- `POST /v1/transfers/receipts` `{"entry"}`: a signed `transfer.receipt` draft; its `import` must be proven',
    '  by its tlog-proof in a checkpoint of the receiving log signed with the pinned key and cosigned as the',
    '  witness policy asks.',
    '',
    'They are served by the process that sequences; on a shared PostgreSQL store send them to it.',
    '',
    '## Payloads',
    '',
  ];
  for (const [name, schema] of Object.entries(schemas)) {
    if (name.endsWith('Payload')) lines.push(...describeSchema(name, schema));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Rules of the cross-border hand-off between two logs (docs/rules.md, Across a border).
 *
 * `transfer.imported` (in the receiving log B): an officer of B's designated authority for the
 * request type records, under B's own request to the sending state, a new item for what the
 * sending log A disclosed; the entry carries A's disclosure and its tlog-proof, which must agree
 * among themselves (`foreign_proof`); from version 4 of the rules the disclosure must be addressed,
 * by designation, to an authority the importing state designated in this log
 * (`not_designated`), and the importer must be an officer of that authority (`not_recipient`);
 * a disclosure is imported once (`already_imported`).
 *
 * `transfer.receipt` (in A): the custodian who disclosed records B's import of that disclosure,
 * which must name exactly this log's disclosure entry (index and leaf hash); it closes the
 * pending disclosure. That the other log signed the checkpoint the proof leads to is checked
 * against the key pinned for it (verify-foreign-entry.ts), outside these pure rules.
 * @module
 */
import { Addressee, ROLES_FOR_REQUEST } from './designation-payloads.ts';
import { designatedFor, refuseUndesignated } from './designation-rules.ts';
import { type ForeignEntryContent, openForeignEntry } from './foreign-entry.ts';
import type { RequestType } from './legal-bases.ts';
import {
  type RuleContext,
  readableCase,
  readableItem,
  readableRequest,
  refuse,
  requireNotFuture,
  requireOwnId,
  requirePrev,
  requireRole,
  requireUnused,
  ruleInForce,
} from './rule-context.ts';
import type { TransferImported, TransferReceipt } from './transfer-payloads.ts';

/** Who receives and sends across a border: as for a disclosure. */
const BORDER_ROLES = ['central-authority', 'liaison'] as const;

export function checkTransferImported(ctx: RuleContext, p: TransferImported): void {
  requireRole(ctx, BORDER_ROLES, 'importing a transfer from another log');
  requireOwnId(ctx, p.id, 'item');
  requireUnused(ctx.view.item(p.id), 'item', p.id);
  const kase = readableCase(ctx, p.case);
  const request = readableRequest(ctx, p.request);
  if (request.case !== kase.id)
    refuse('not_same_case', `request ${request.id} belongs to case ${request.case}`);
  if (request.requestingState !== ctx.signer.state)
    refuse('request_not_usable', `request ${request.id} was not made by ${ctx.signer.state}`);
  if (request.status === 'refused' || request.status === 'withdrawn')
    refuse('request_not_usable', `request ${request.id} was ${request.status}`);
  requireNotFuture(ctx, p.receivedAt, 'receivedAt');
  requireReceivingAuthority(ctx, request.type);
  const { entry } = openForeignEntry(p.disclosure, 'the disclosure');
  if (!isDisclosure(entry)) refuse('foreign_proof', 'the disclosure’s bytes are not a disclosure entry');
  if (ruleInForce(ctx, 'import-addressee')) requireAddressedToSigner(ctx, entry.payload!, request.type);
  const earlier = ctx.view.importedAs(p.disclosure.origin, p.disclosure.index);
  if (earlier !== undefined)
    refuse(
      'already_imported',
      `entry ${p.disclosure.index} of ${p.disclosure.origin} was already imported as ${earlier}`,
      { item: earlier },
    );
}

/**
 * The importing officer's organisation must be designated by its own state, in this log, for
 * the request type at the log's time: unlike a request's addressee, an importer is refused when
 * its state has no designation recorded, since the receiving log is that state's own.
 */
function requireReceivingAuthority(ctx: RuleContext, type: RequestType): void {
  const valid = designatedFor(ctx.view, ctx.signer.state, ROLES_FOR_REQUEST[type], ctx.loggedAtMs);
  if (!valid.some((d) => d.authority === ctx.signer.organisation))
    refuseUndesignated(ctx.signer.state, ctx.signer.organisation, type, valid, 'in this log');
}

/**
 * The disclosure names its addressee as the sending log's designation of it (`addressee`); the
 * receiving log judges that name by its own state's designations, never by the sending log's:
 * the addressee must be of this state and designated here for the request type at the log's
 * time, and the importer one of its officers. A disclosure to an actor of the sending log was
 * received there, and is not this state's to import.
 */
function requireAddressedToSigner(
  ctx: RuleContext,
  disclosure: Record<string, unknown>,
  type: RequestType,
): void {
  const parsed = Addressee.safeParse(disclosure.addressee);
  const { state, organisation } = ctx.signer;
  if (!parsed.success) {
    const to =
      typeof disclosure.to === 'string' ? `actor ${disclosure.to} of the sending log` : 'no authority';
    refuse(
      'not_designated',
      `the disclosure is addressed to ${to}, not by designation to an authority ${state} designated`,
      {
        designated: [],
      },
    );
    return;
  }
  const a = parsed.data;
  const valid = designatedFor(ctx.view, state, ROLES_FOR_REQUEST[type], ctx.loggedAtMs);
  if (a.state !== state)
    refuse('not_designated', `the disclosure is addressed to ${a.authority} of ${a.state}, not of ${state}`, {
      designated: valid.map((d) => ({ authority: d.authority, entry: d.index })),
    });
  if (!valid.some((d) => d.authority === a.authority))
    refuseUndesignated(state, a.authority, type, valid, 'in this log');
  if (a.authority !== organisation)
    refuse(
      'not_recipient',
      `the disclosure is addressed to ${a.authority}; ${ctx.signer.id} is an officer of ${organisation}`,
      { addressee: a.authority },
    );
}

export function checkTransferReceipt(ctx: RuleContext, p: TransferReceipt): void {
  requireRole(ctx, BORDER_ROLES, 'recording the receipt of a transfer');
  const item = readableItem(ctx, p.item);
  requirePrev(item.head, p.prev, `item ${item.id}`);
  if (item.custodian !== ctx.signer.id)
    refuse('not_custodian', `only the custodian of ${item.id} (${item.custodian}) may record its receipt`);
  const done = item.receipts?.find((r) => r.disclosure === p.disclosure);
  if (done)
    refuse(
      'already_receipted',
      `disclosure ${p.disclosure} was closed by entry ${done.index} of ${done.origin}`,
    );
  const pending = item.pending;
  if (pending?.request === undefined || pending.index !== p.disclosure || pending.leafHash === undefined)
    refuse('no_pending_transfer', `entry ${p.disclosure} is not a disclosure of ${item.id} awaiting receipt`);
  const { entry } = openForeignEntry(p.import, 'the import');
  const imported = entry.kind === 'transfer.imported' ? entry.payload?.disclosure : undefined;
  const named = imported as { index?: unknown; leafHash?: unknown } | undefined;
  if (named?.index !== p.disclosure || named.leafHash !== pending!.leafHash)
    refuse('foreign_proof', `the import’s bytes are not an import of this log’s entry ${p.disclosure}`);
}

function isDisclosure(entry: ForeignEntryContent): boolean {
  const p = entry.payload;
  return (
    entry.kind === 'custody.event' &&
    p?.type === 'disclosed' &&
    typeof p.item === 'string' &&
    (typeof p.to === 'string' || typeof p.addressee === 'object')
  );
}

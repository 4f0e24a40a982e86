/**
 * Rules of the cross-border hand-off between two logs (docs/rules.md, Across a border).
 *
 * `transfer.imported` (in the receiving log B): an officer of B's designated authority for the
 * request type records, under B's own request to the sending state, a new item for what the
 * sending log A disclosed; the entry carries A's disclosure and its tlog-proof, which must agree
 * among themselves (`foreign_proof`); a disclosure is imported once (`already_imported`).
 *
 * `transfer.receipt` (in A): the custodian who disclosed records B's import of that disclosure,
 * which must name exactly this log's disclosure entry (index and leaf hash); it closes the
 * pending disclosure. That the other log signed the checkpoint the proof leads to is checked
 * against the key pinned for it (verify-foreign-entry.ts), outside these pure rules.
 * @module
 */
import { ROLES_FOR_REQUEST } from './designation-payloads.ts';
import { designatedFor } from './designation-rules.ts';
import { type ForeignEntryContent, openForeignEntry } from './foreign-entry.ts';
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
function requireReceivingAuthority(ctx: RuleContext, type: keyof typeof ROLES_FOR_REQUEST): void {
  const roles = ROLES_FOR_REQUEST[type];
  const valid = designatedFor(ctx.view, ctx.signer.state, roles, ctx.loggedAtMs);
  if (!valid.some((d) => d.authority === ctx.signer.organisation))
    refuse(
      'not_designated',
      `${ctx.signer.organisation} is not designated by ${ctx.signer.state} as ${roles.join(' or ')} for a ${type} request; ${valid.length ? `designated: ${valid.map((d) => `${d.authority} (entry ${d.index})`).join(', ')}` : `${ctx.signer.state} has no valid designation for it in this log`}`,
      { designated: valid.map((d) => ({ authority: d.authority, entry: d.index })) },
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
    typeof p.to === 'string'
  );
}

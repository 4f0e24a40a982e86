/**
 * Who may end or change an order someone else recorded (a preservation, a legal hold): the
 * actor who recorded it, or a central authority or court of the same state; a court's order
 * only a court of its state. Never the item's current custodian unless they recorded it
 * themselves: the order exists to stop whoever holds the item from disposing of it
 * (docs/rules.md, `not_orderer`).
 * @module
 */
import { hasAnyRole } from './roles.ts';
import { applies, type RuleContext, refuse } from './rule-context.ts';

export function requireMayLift(
  ctx: RuleContext,
  order: { readonly by: string; readonly what: string },
  custodian?: string,
): void {
  const signer = ctx.signer;
  if (signer.id === order.by || !applies(ctx, 'not_orderer')) return;
  const placer = ctx.view.actor(order.by);
  const courtOrder = placer !== undefined && hasAnyRole(placer.roles, ['court']);
  const answers = hasAnyRole(signer.roles, courtOrder ? ['court'] : ['central-authority', 'court']);
  if (signer.id === custodian || !placer || placer.state !== signer.state || !answers)
    refuse(
      'not_orderer',
      `${order.what} was recorded by ${order.by}: only they, or ${courtOrder ? 'a court' : 'a central authority or court'} of state ${placer?.state ?? '?'} other than the item's custodian, may end or change it`,
      { orderedBy: order.by },
    );
}

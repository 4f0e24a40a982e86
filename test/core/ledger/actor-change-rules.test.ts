/**
 * Actors change (issue 16): an administrator replaces an actor's roles or deactivates it by an
 * entry; each entry is checked with the roles in force at its place in the log, so what the
 * actor did before stays valid and replays the same; a deactivated actor signs and receives
 * nothing; nobody but an administrator changes roles, and an administrator never its own.
 */
import { expect } from 'chai';
import { MemoryLedger } from '../../../src/core/ledger/memory-ledger.ts';
import { MemoryStory } from '../../support/ledger-story.ts';
import { refusedBy } from '../../support/rule-refusal.ts';

describe('actor change rules', () => {
  let s: MemoryStory;
  const change = (actor: string, fields: Record<string, unknown>, as = 'admin') =>
    s.submit(
      'actor.changed',
      { actor, reason: 'transferred to another unit', prev: s.ledger.actor(actor)!.head.leafHash, ...fields },
      as,
    );

  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('admin2', ['administrator']);
    s.register('fr-inv', ['investigator']);
    s.register('fr-store', ['custodian']);
    s.openCase('fr-inv~c1', 'fr-inv');
  });

  it('applies the roles in force at each entry: before the change the old, after it the new', () => {
    s.registerItem('fr-inv~phone', 'fr-inv~c1', 'fr-inv');
    change('fr-inv', { roles: ['auditor'] });
    refusedBy('role_not_allowed', () => s.openCase('fr-inv~c2', 'fr-inv'));
    refusedBy('role_not_allowed', () => s.event('fr-inv~phone', 'sealed', { seal: 'S-1' }, 'fr-inv'));
    expect(s.ledger.item('fr-inv~phone')!.registeredBy).to.equal('fr-inv');
    change('fr-inv', { roles: ['investigator'] });
    s.event('fr-inv~phone', 'sealed', { seal: 'S-1' }, 'fr-inv');
  });

  it('stops a deactivated actor from signing and from receiving, until reactivated', () => {
    s.registerItem('fr-inv~phone', 'fr-inv~c1', 'fr-inv');
    change('fr-store', { active: false });
    refusedBy('actor_deactivated', () =>
      s.event('fr-inv~phone', 'handed-over', { to: 'fr-store', purpose: 'storage' }, 'fr-inv'),
    );
    change('fr-inv', { active: false });
    refusedBy('actor_deactivated', () => s.event('fr-inv~phone', 'sealed', { seal: 'S-1' }, 'fr-inv'));
    refusedBy('already_inactive', () => change('fr-inv', { active: false }));
    change('fr-inv', { active: true });
    refusedBy('already_active', () => change('fr-inv', { active: true }));
    s.event('fr-inv~phone', 'sealed', { seal: 'S-1' }, 'fr-inv');
  });

  it('lets only an administrator change roles, and never its own', () => {
    refusedBy('role_not_allowed', () =>
      change('fr-store', { roles: ['investigator', 'custodian'] }, 'fr-inv'),
    );
    refusedBy('own_roles', () => change('admin', { roles: ['administrator', 'custodian'] }));
    refusedBy('own_roles', () => change('admin', { active: false }));
    change('admin2', { active: false });
    refusedBy('actor_deactivated', () => change('fr-store', { roles: ['examiner'] }, 'admin2'));
  });

  it('replays to the same verdicts from the entries alone, as the verifier does', () => {
    s.registerItem('fr-inv~phone', 'fr-inv~c1', 'fr-inv');
    change('fr-inv', { roles: ['auditor'] });
    // Replay every admitted entry, in order, into a fresh ledger: each is accepted again.
    const replay = new MemoryLedger();
    for (const { draft, index, at } of s.admitted) replay.admit(draft, index, at);
    expect(replay.actor('fr-inv')!.roles).to.deep.equal(['auditor']);
    expect(replay.item('fr-inv~phone')!.registeredBy).to.equal('fr-inv');
  });
});

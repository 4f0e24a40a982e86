import { expect } from 'chai';
import { statusOf } from '../../../src/core/error-codes.ts';
import { RuleViolation, ValidationError } from '../../../src/core/errors.ts';
import { digestOf, MemoryStory } from '../../support/ledger-story.ts';

function refusedBy(code: string, fn: () => unknown): RuleViolation {
  try {
    fn();
  } catch (e) {
    expect(e, `expected rule ${code}, got ${(e as Error).message}`).to.be.instanceOf(RuleViolation);
    expect((e as RuleViolation).code).to.equal(code);
    return e as RuleViolation;
  }
  throw new Error(`expected the rule ${code} to refuse this`);
}

describe('genesis', () => {
  it('accepts the genesis administrator registering itself as the first entry', () => {
    const s = new MemoryStory();
    s.genesis();
    expect(s.ledger.actor('admin')?.roles).to.deep.equal(['administrator']);
  });

  it('refuses any other first entry', () => {
    const s = new MemoryStory();
    s.cast.member('admin', ['administrator']);
    s.cast.member('x', ['investigator']);
    refusedBy('genesis', () => s.submit('actor.registered', s.cast.registration('x'), 'admin'));
  });

  it('refuses a genesis that is not the configured administrator', () => {
    const s = new MemoryStory();
    s.cast.member('admin', ['administrator']);
    const draft = s.cast.sign('actor.registered', s.cast.registration('admin'), 'admin');
    refusedBy('genesis_mismatch', () =>
      s.ledger.admit(draft, 0, s.clockMs, { genesis: { actor: 'admin', publicKey: 'AAAA' } }),
    );
  });

  it('refuses a later self-signed registration', () => {
    const s = new MemoryStory();
    s.genesis();
    s.cast.member('rogue', ['administrator']);
    refusedBy('unknown_signer', () => s.submit('actor.registered', s.cast.registration('rogue'), 'rogue'));
  });
});

describe('actors and keys', () => {
  let s: MemoryStory;
  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.openCase('fr-inv~case-1', 'fr-inv');
    s.registerItem('fr-inv~item-1', 'fr-inv~case-1', 'fr-inv');
  });
  const seal = (n: string) => s.event('fr-inv~item-1', 'sealed', { seal: n }, 'fr-inv');
  const actorPrev = (id: string) => s.ledger.actor(id)!.head.leafHash;

  it('lets only an administrator register an actor', () => {
    s.cast.member('x', ['investigator']);
    refusedBy('role_not_allowed', () => s.submit('actor.registered', s.cast.registration('x'), 'fr-inv'));
  });

  it('refuses a second actor with the same id', () => {
    refusedBy('duplicate_id', () =>
      s.submit('actor.registered', { ...s.cast.registration('fr-inv') }, 'admin'),
    );
  });

  it('refuses to register a key that another actor has', () => {
    s.cast.member('y', ['investigator']);
    refusedBy('key_in_use', () =>
      s.submit(
        'actor.registered',
        { ...s.cast.registration('y'), publicKey: s.cast.get('fr-inv').publicKey },
        'admin',
      ),
    );
  });

  it('refuses entries signed by an unregistered actor', () => {
    s.cast.member('ghost', ['investigator']);
    refusedBy('unknown_signer', () => s.openCase('fr-inv~case-9', 'ghost'));
  });

  it('refuses a signature with a key that is not the actor’s', () => {
    const real = s.cast.get('fr-inv');
    s.cast.rekey('fr-inv');
    refusedBy('unknown_signer', () => seal('S-1'));
    s.cast.members.set('fr-inv', real);
  });

  it('rotates a key: the old one signs nothing more, the new one does', () => {
    const old = s.cast.get('fr-inv');
    const fresh = s.cast.rekey('fr-inv');
    s.cast.members.set('fr-inv', old);
    s.submit(
      'key.rotated',
      { actor: 'fr-inv', publicKey: fresh.publicKey, reason: 'yearly rotation', prev: actorPrev('fr-inv') },
      'fr-inv',
    );
    refusedBy('key_superseded', () => seal('S-1'));
    s.cast.members.set('fr-inv', fresh);
    seal('S-1');
  });

  it('refuses an entry signed with a revoked key after its revocation', () => {
    s.submit(
      'key.revoked',
      {
        actor: 'fr-inv',
        publicKey: s.cast.get('fr-inv').publicKey,
        reason: 'compromised',
        effectiveAt: s.at(),
        prev: actorPrev('fr-inv'),
      },
      'admin',
    );
    refusedBy('key_revoked', () => seal('S-1'));
    expect(s.ledger.actor('fr-inv')!.keys.every((k) => k.until !== undefined)).to.equal(true);
  });

  it('retires a revoked key at once: the actor signs again after a rotation', () => {
    const old = s.cast.get('fr-inv');
    const fresh = s.cast.rekey('fr-inv');
    s.cast.members.set('fr-inv', old);
    s.submit(
      'key.revoked',
      {
        actor: 'fr-inv',
        publicKey: old.publicKey,
        reason: 'superseded',
        effectiveAt: s.at(),
        prev: actorPrev('fr-inv'),
      },
      'admin',
    );
    refusedBy('key_revoked', () => seal('S-1'));
    s.cast.members.set('fr-inv', fresh);
    s.submit(
      'key.rotated',
      { actor: 'fr-inv', publicKey: fresh.publicKey, reason: 'after revocation', prev: actorPrev('fr-inv') },
      'admin',
    );
    seal('S-1');
    expect(s.ledger.actor('fr-inv')!.keys.at(-1)).to.include({ issuedBy: 'admin' });
  });

  it('refuses a revocation dated in the future: the log refuses the key from the moment it records it', () => {
    refusedBy('time_in_future', () =>
      s.submit(
        'key.revoked',
        {
          actor: 'fr-inv',
          publicKey: s.cast.get('fr-inv').publicKey,
          reason: 'superseded',
          effectiveAt: s.at(120),
          prev: actorPrev('fr-inv'),
        },
        'admin',
      ),
    );
  });

  it('refuses a backdated self-revocation, whoever signs it: an actor revokes its own key from now on', () => {
    const v = refusedBy('backdated_revocation', () =>
      s.submit(
        'key.revoked',
        {
          actor: 'fr-inv',
          publicKey: s.cast.get('fr-inv').publicKey,
          reason: 'compromised',
          effectiveAt: s.at(-60 * 24 * 365 * 3),
          note: 'I say so',
          prev: actorPrev('fr-inv'),
        },
        'fr-inv',
      ),
    );
    expect(statusOf(v.code)).to.equal(403);
    // Within the clock skew, "now" is now.
    s.submit(
      'key.revoked',
      {
        actor: 'fr-inv',
        publicKey: s.cast.get('fr-inv').publicKey,
        reason: 'compromised',
        effectiveAt: s.at(-4),
        prev: actorPrev('fr-inv'),
      },
      'fr-inv',
    );
  });

  it('lets an administrator backdate a revocation only with a note saying why', () => {
    const payload = {
      actor: 'fr-inv',
      publicKey: s.cast.get('fr-inv').publicKey,
      reason: 'compromised',
      effectiveAt: s.at(-60),
      prev: actorPrev('fr-inv'),
    };
    refusedBy('note_required', () => s.submit('key.revoked', payload, 'admin'));
    s.submit('key.revoked', { ...payload, note: 'laptop stolen on the 3rd, reported today' }, 'admin');
    expect(s.ledger.actor('fr-inv')!.revocations[0]).to.include({
      by: 'admin',
      reason: 'compromised',
      note: 'laptop stolen on the 3rd, reported today',
    });
  });

  it('refuses to rotate to a key that another actor has', () => {
    refusedBy('key_in_use', () =>
      s.submit(
        'key.rotated',
        {
          actor: 'fr-inv',
          publicKey: s.cast.get('admin').publicKey,
          reason: 'x',
          prev: actorPrev('fr-inv'),
        },
        'fr-inv',
      ),
    );
  });

  it("refuses a key change that names a stale head of the actor's chain", () => {
    const stale = actorPrev('fr-inv');
    const fresh = s.cast.member('k1', []).publicKey;
    s.submit('key.rotated', { actor: 'fr-inv', publicKey: fresh, reason: 'x', prev: stale }, 'admin');
    refusedBy('prev_mismatch', () =>
      s.submit(
        'key.rotated',
        { actor: 'fr-inv', publicKey: s.cast.member('k2', []).publicKey, reason: 'y', prev: stale },
        'admin',
      ),
    );
  });

  it('refuses a revocation of a key the actor never had, and a second revocation', () => {
    refusedBy('unknown_key', () =>
      s.submit(
        'key.revoked',
        {
          actor: 'fr-inv',
          publicKey: s.cast.get('admin').publicKey,
          reason: 'lost',
          effectiveAt: s.at(),
          prev: actorPrev('fr-inv'),
        },
        'admin',
      ),
    );
    const key = s.cast.get('fr-inv').publicKey;
    s.submit(
      'key.revoked',
      { actor: 'fr-inv', publicKey: key, reason: 'lost', effectiveAt: s.at(), prev: actorPrev('fr-inv') },
      'admin',
    );
    refusedBy('already_revoked', () =>
      s.submit(
        'key.revoked',
        { actor: 'fr-inv', publicKey: key, reason: 'lost', effectiveAt: s.at(), prev: actorPrev('fr-inv') },
        'admin',
      ),
    );
  });

  it('lets only the actor itself or an administrator rotate its key', () => {
    s.register('fr-inv2', ['investigator']);
    refusedBy('role_not_allowed', () =>
      s.submit(
        'key.rotated',
        {
          actor: 'fr-inv',
          publicKey: s.cast.member('z', []).publicKey,
          reason: 'x',
          prev: actorPrev('fr-inv'),
        },
        'fr-inv2',
      ),
    );
  });
});

describe('cases and requests', () => {
  let s: MemoryStory;
  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-store', ['custodian']);
    s.register('fr-ca', ['central-authority'], 'FR', 'FR ministry of justice');
    s.register('de-ca', ['central-authority'], 'DE', 'DE federal office of justice');
    s.register('it-ca', ['central-authority'], 'IT', 'IT ministry of justice');
    s.register('fr-court', ['court'], 'FR', 'Tribunal judiciaire de Paris');
    s.openCase('fr-inv~case-1', 'fr-inv');
  });
  const request = (as: string, extra: Record<string, unknown> = {}) =>
    s.submit(
      'request.recorded',
      {
        id: `${as}~mla-1`,
        case: 'fr-inv~case-1',
        type: 'mutual-legal-assistance',
        requestingState: 'DE',
        requestedState: 'FR',
        requestingAuthority: 'BfJ',
        requestedAuthority: 'MJ',
        legalBasis: { instrument: 'ETS-185', article: '25' },
        reference: 'R-1',
        dated: s.at(),
        summary: 'phone data',
        ...extra,
      },
      as,
    );
  const grant = (actor: string, as = 'fr-inv') => s.grantCase('fr-inv~case-1', actor, as, 'trial');

  it('gives a case the state and organisation of the actor who opens it', () => {
    expect(s.ledger.case('fr-inv~case-1')).to.include({
      state: 'FR',
      organisation: 'FR police',
      openedBy: 'fr-inv',
    });
  });

  it('lets only investigators, central authorities and 24/7 points open cases', () => {
    refusedBy('role_not_allowed', () => s.openCase('fr-inv~case-2', 'fr-store'));
    refusedBy('role_not_allowed', () => s.openCase('fr-inv~case-2', 'admin'));
  });

  it('grants a court access to a case, once', () => {
    grant('fr-court');
    expect(s.ledger.case('fr-inv~case-1')!.granted).to.deep.equal(['fr-court']);
    refusedBy('already_granted', () => grant('fr-court'));
  });

  it('refuses a grant by someone outside the owning organisation', () => {
    refusedBy('no_access', () => grant('fr-court', 'fr-ca'));
  });

  it('records a request by a party state with access to the case', () => {
    grant('fr-ca');
    request('fr-ca');
    expect(s.ledger.request('fr-ca~mla-1')).to.include({ status: 'recorded', requestingState: 'DE' });
  });

  it('refuses a request recorded by a third state', () => {
    refusedBy('no_access', () => request('it-ca'));
  });

  it('refuses a request whose two states are the same', () => {
    grant('fr-ca');
    expect(() => request('fr-ca', { requestingState: 'FR' })).to.throw(ValidationError);
  });

  it('moves a request through its statuses (received, accepted, executed), with a reason for a refusal, and no further once closed', () => {
    grant('fr-ca');
    request('fr-ca');
    const prev = () => s.ledger.request('fr-ca~mla-1')!.head.leafHash;
    s.submit(
      'request.status-changed',
      { request: 'fr-ca~mla-1', status: 'received', at: s.at(), prev: prev() },
      'fr-ca',
    );
    expect(s.ledger.request('fr-ca~mla-1')!.status).to.equal('received');
    s.submit(
      'request.status-changed',
      { request: 'fr-ca~mla-1', status: 'accepted', at: s.at(), prev: prev() },
      'de-ca',
    );
    s.submit(
      'request.status-changed',
      { request: 'fr-ca~mla-1', status: 'executed', at: s.at(), prev: prev() },
      'fr-ca',
    );
    refusedBy('request_closed', () =>
      s.submit(
        'request.status-changed',
        { request: 'fr-ca~mla-1', status: 'withdrawn', reason: 'x', at: s.at(), prev: prev() },
        'fr-ca',
      ),
    );
    expect(() =>
      s.cast.sign(
        'request.status-changed',
        { request: 'fr-ca~mla-1', status: 'refused', at: s.at(), prev: prev() },
        'fr-ca',
      ),
    ).to.throw(ValidationError);
  });

  it('refuses a status change by a state that is not a party: without a word about the request to those who may not read it', () => {
    grant('fr-ca');
    request('fr-ca');
    const change = (id: string, as: string) =>
      s.submit(
        'request.status-changed',
        { request: id, status: 'accepted', at: s.at(), prev: s.ledger.case('fr-inv~case-1')!.head.leafHash },
        as,
      );
    refusedBy('no_access', () => change('fr-ca~mla-1', 'it-ca'));
    refusedBy('no_access', () => change('fr-ca~mla-9', 'it-ca'));
    // Nor can another state's officer be made a reader of the case to get a better answer.
    refusedBy('cross_border', () => grant('it-ca'));
    refusedBy('no_access', () => change('fr-ca~mla-1', 'it-ca'));
  });

  it('refuses a request recorded by a third state, which cannot be given access to the case', () => {
    refusedBy('cross_border', () => grant('it-ca'));
    refusedBy('no_access', () => request('it-ca'));
  });

  it('lets only central authorities, 24/7 points and investigators record requests, and only the first two change them', () => {
    grant('fr-court');
    refusedBy('role_not_allowed', () => request('fr-court'));
    request('fr-inv');
    refusedBy('role_not_allowed', () =>
      s.submit(
        'request.status-changed',
        {
          request: 'fr-inv~mla-1',
          status: 'accepted',
          at: s.at(),
          prev: s.ledger.request('fr-inv~mla-1')!.head.leafHash,
        },
        'fr-inv',
      ),
    );
  });

  it('refuses a status change of an unknown request (as one it may not read), or one naming a stale head', () => {
    const change = (request: string, status: string, prev: string, as = 'fr-ca') =>
      s.submit('request.status-changed', { request, status, at: s.at(), prev }, as);
    refusedBy('no_access', () =>
      change('fr-ca~mla-9', 'accepted', s.ledger.case('fr-inv~case-1')!.head.leafHash),
    );
    grant('fr-ca');
    request('fr-ca');
    const stale = s.ledger.request('fr-ca~mla-1')!.head.leafHash;
    change('fr-ca~mla-1', 'accepted', stale, 'de-ca');
    refusedBy('prev_mismatch', () => change('fr-ca~mla-1', 'executed', stale));
  });

  it('refuses a grant to an unregistered actor, and one naming a stale head of the case', () => {
    refusedBy('unknown_actor', () => grant('nobody'));
    const stale = s.ledger.case('fr-inv~case-1')!.head.leafHash;
    grant('fr-court');
    refusedBy('prev_mismatch', () =>
      s.submit(
        'case.access-granted',
        { case: 'fr-inv~case-1', actor: 'fr-ca', reason: 'x', prev: stale },
        'fr-inv',
      ),
    );
  });

  it('refuses a case opened, or a request dated, in the future', () => {
    refusedBy('time_in_future', () =>
      s.submit(
        'case.opened',
        {
          id: 'fr-inv~case-2',
          reference: 'R-2',
          title: 'x',
          offence: { description: 'x' },
          openedAt: s.at(60),
        },
        'fr-inv',
      ),
    );
    grant('fr-ca');
    refusedBy('time_in_future', () => request('fr-ca', { dated: s.at(60) }));
  });
});

describe('evidence registration', () => {
  let s: MemoryStory;
  beforeEach(() => {
    s = new MemoryStory();
    s.genesis();
    s.register('fr-inv', ['investigator']);
    s.register('fr-lab', ['examiner']);
    s.register('other', ['investigator'], 'FR', 'FR customs');
    s.openCase('fr-inv~case-1', 'fr-inv');
  });

  it('registers an item in a case of the registrant’s organisation', () => {
    s.registerItem('fr-inv~disk-1', 'fr-inv~case-1', 'fr-inv');
    expect(s.ledger.item('fr-inv~disk-1')).to.include({ custodian: 'fr-inv', case: 'fr-inv~case-1' });
  });

  it('refuses a registration in a case the registrant cannot access', () => {
    refusedBy('no_access', () => s.registerItem('other~disk-1', 'fr-inv~case-1', 'other'));
  });

  it('refuses a registration in an unknown case (as in one it cannot access) or by an unknown collector', () => {
    refusedBy('no_access', () => s.registerItem('fr-inv~disk-1', 'fr-inv~case-9', 'fr-inv'));
    refusedBy('unknown_actor', () =>
      s.registerItem('fr-inv~disk-1', 'fr-inv~case-1', 'fr-inv', { collectedBy: 'nobody' }),
    );
  });

  it('registers a derivative only by the parent’s custodian', () => {
    s.registerItem('fr-inv~disk-1', 'fr-inv~case-1', 'fr-inv');
    const derived = {
      origin: { method: 'derived', parent: 'fr-inv~disk-1' },
      digests: { sha256: digestOf('image') },
    };
    refusedBy('not_custodian', () =>
      s.registerItem('fr-lab~image-1', 'fr-inv~case-1', 'fr-lab', { ...derived, collectedBy: 'fr-lab' }),
    );
    s.registerItem('fr-inv~image-1', 'fr-inv~case-1', 'fr-inv', derived);
    expect(s.ledger.item('fr-inv~image-1')!.parent).to.equal('fr-inv~disk-1');
  });

  it('refuses a registration by a role that does not keep evidence', () => {
    s.register('fr-auditor', ['auditor']);
    refusedBy('role_not_allowed', () => s.registerItem('fr-inv~disk-1', 'fr-inv~case-1', 'fr-auditor'));
  });

  it('refuses a parent item or a request of another case, and a request it cannot read or that does not exist', () => {
    s.register('fr-ca', ['central-authority'], 'FR', 'FR police');
    s.openCase('fr-inv~case-2', 'fr-inv');
    s.registerItem('fr-inv~disk-2', 'fr-inv~case-2', 'fr-inv');
    refusedBy('not_same_case', () =>
      s.registerItem('fr-inv~image-1', 'fr-inv~case-1', 'fr-inv', {
        origin: { method: 'derived', parent: 'fr-inv~disk-2' },
      }),
    );
    const bfj = s.designate('DE', 'BfJ', ['central-authority-mla']);
    s.submit(
      'request.recorded',
      {
        id: 'fr-ca~mla-2',
        case: 'fr-inv~case-2',
        type: 'mutual-legal-assistance',
        requestingState: 'FR',
        requestedState: 'DE',
        requestingAuthority: 'MJ',
        requestedAuthority: 'BfJ',
        requestedDesignation: bfj,
        legalBasis: { instrument: 'ETS-185', article: '25' },
        reference: 'R-2',
        dated: s.at(),
        summary: 'bank records',
      },
      'fr-ca',
    );
    const fromAbroad = (request: string) => ({ origin: { method: 'foreign-authority', request } });
    refusedBy('not_same_case', () =>
      s.registerItem('fr-inv~records-1', 'fr-inv~case-1', 'fr-inv', fromAbroad('fr-ca~mla-2')),
    );
    refusedBy('no_access', () =>
      s.registerItem('fr-inv~records-1', 'fr-inv~case-1', 'fr-inv', fromAbroad('fr-ca~mla-9')),
    );
    s.registerItem('fr-inv~records-1', 'fr-inv~case-2', 'fr-inv', fromAbroad('fr-ca~mla-2'));
  });

  it('refuses malformed digests and unknown fields at the schema', () => {
    expect(() =>
      s.registerItem('fr-inv~x', 'fr-inv~case-1', 'fr-inv', { digests: { sha256: 'ABC' } }),
    ).to.throw(ValidationError);
    expect(() =>
      s.registerItem('fr-inv~x', 'fr-inv~case-1', 'fr-inv', {
        digests: { sha256: digestOf('a').toUpperCase() },
      }),
    ).to.throw(ValidationError);
    expect(() => s.registerItem('fr-inv~x', 'fr-inv~case-1', 'fr-inv', { colour: 'red' })).to.throw(
      ValidationError,
    );
    expect(() =>
      s.registerItem('fr-inv~x', 'fr-inv~case-1', 'fr-inv', { origin: { method: 'foreign-authority' } }),
    ).to.throw(ValidationError);
  });
});

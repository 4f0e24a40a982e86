import { expect } from 'chai';
import type { NoteVerifier } from '../../../src/core/log/note.ts';
import { witnessQuorum } from '../../../src/core/verify/witness-quorum.ts';

const witness = (name: string, keyId: number): NoteVerifier => ({ name, keyId, verify: () => true });

describe('the witness quorum', () => {
  const a = witness('witness.a.example', 1);
  const b = witness('witness.b.example', 2);
  const c = witness('witness.c.example', 3);
  const log = witness('custos.example/log', 9);

  it('lists the cosigners in the order their signatures verified, as reports printed them before', () => {
    const q = witnessQuorum({ keys: ['a', 'b', 'c'], threshold: 2 }, [a, b, c], [log, c, a]);
    expect(q).to.deep.equal({
      cosignedBy: ['witness.c.example', 'witness.a.example'],
      missing: ['witness.b.example'],
      threshold: 2,
      met: true,
    });
  });

  it('counts a witness once however often the policy names it, and never the log or a stranger', () => {
    const impostor = witness('witness.a.example', 7);
    const q = witnessQuorum({ keys: ['a', 'a'], threshold: 2 }, [a, a], [log, a, impostor]);
    expect(q).to.include({ met: false });
    expect(q.cosignedBy).to.deep.equal(['witness.a.example']);
  });
});

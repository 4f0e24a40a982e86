/** Asserts that the rules refuse what `fn` records, with exactly this code; returns the refusal. */
import { expect } from 'chai';
import { RuleViolation } from '../../src/core/errors.ts';

export function refusedBy(code: string, fn: () => unknown): RuleViolation {
  try {
    fn();
  } catch (e) {
    expect(e, `expected rule ${code}`).to.be.instanceOf(RuleViolation);
    expect((e as RuleViolation).code, (e as Error).message).to.equal(code);
    return e as RuleViolation;
  }
  throw new Error(`expected the rule ${code} to refuse this`);
}

/**
 * Review (multi-log bundle, i18n): a part of another log that fails is reported with the reason
 * its own bundle's verification gave, and that reason is built from the inner checks' English
 * `detail` sentences ("transfer package: its bundle does not verify: signatures: …"). The /verify
 * page and a translated report print the check's `message` in the reader's language, so an
 * Azerbaijani (or any other) reader gets English catalogue sentences in the one line that says
 * why the other state's part is refused. Found by the project's own leak rule (english-leaks.ts).
 */
import { expect } from 'chai';
import { translator } from '../../src/core/i18n/translator.ts';
import type { Bundle } from '../../src/core/ledger/bundle.ts';
import { verifyBundle } from '../../src/core/verify/verify-bundle.ts';
import { englishLeaks } from '../support/english-leaks.ts';
import { removeTempDirs } from '../support/temp-dir.ts';
import { A_ORIGIN, startTwoLogs, type TwoLogs } from '../support/two-logs.ts';

// biome-ignore lint/suspicious/noExplicitAny: bundles are edited as plain JSON to tamper with them.
type Json = any;

describe('a multi-log bundle read in another language', function () {
  this.timeout(300_000);
  let logs: TwoLogs;
  let spanning: Bundle;
  const pinA = (origin: string) => (origin === A_ORIGIN ? { logKey: logs.aKey } : undefined);

  before(async () => {
    logs = await startTwoLogs();
    spanning = logs.spanning;
  });
  after(async () => {
    await logs?.stop();
    await removeTempDirs();
  });

  it('says in Azerbaijani why the other log’s part fails, with no English sentence of the catalogue', () => {
    const altered: Json = structuredClone(spanning);
    // An entry of A's part other than the disclosure: the package's proofs hold, its bundle does not.
    const other = altered.parts[0].bundle.entries.find(
      (x: Json) => x.entry.index !== logs.story.disclosure && x.entry.kind === 'custody.event',
    );
    other.entry.payload.occurredAt = '2020-01-01T00:00:00.000Z';
    const r = verifyBundle(altered, { logKey: logs.bKey, otherLogs: pinA });
    const failed = r.checks.filter((c) => c.id === 'parts' && c.status === 'fail');
    expect(failed).to.have.length(1);
    const az = translator(['az']);
    const printed = failed.map((c) => az.t(c.message!.key, c.message!.values)).join('\n');
    expect(englishLeaks(printed, 'az'), printed).to.deep.equal([]);
  });
});

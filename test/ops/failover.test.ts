import { expect } from 'chai';
import { failoverSoak } from '../support/failover.ts';
import { freshDatabase } from '../support/postgres.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('failover: three processes on one PostgreSQL database, one sequencer', function () {
  this.timeout(600_000);
  after(removeTempDirs);

  it('takes over within 5 s of each of five SIGKILLs of the sequencer under 64 clients, losing and forking nothing', async () => {
    const result = await failoverSoak({
      dir: await tempDir('custos-failover'),
      store: await freshDatabase('custos_failover'),
      processes: 3,
      clients: 64,
      kills: 5,
      log: (line) => console.log(`      ${line}`),
    });
    console.log(
      `      ${result.acknowledged} acknowledged, ${result.lost} lost, ${result.checkpointsSeen} checkpoints seen, ` +
        `${result.inconsistent} inconsistent, ${result.forked} forked sizes, audit findings ${result.auditFindings}`,
    );
    for (const ms of result.takeoverMs) expect(ms).to.be.below(5_000);
    expect(result.takeoverMs).to.have.length(5);
    expect(result.lost).to.equal(0);
    expect(result.inconsistent).to.equal(0);
    expect(result.forked).to.equal(0);
    expect(result.auditFindings).to.equal(0);
    expect(result.acknowledged).to.be.greaterThan(500);
  });
});

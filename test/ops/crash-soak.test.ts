import { expect } from 'chai';
import { crashSoak } from '../support/soak.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('crash soak (short; `npm run soak` runs 20 kills under 64 clients)', function () {
  this.timeout(300_000);
  after(removeTempDirs);

  it('loses no acknowledged event across SIGKILLs under concurrent signed-event load', async () => {
    const result = await crashSoak({
      dir: await tempDir('custos-soak'),
      kills: 4,
      clients: 16,
      maxRunMs: 700,
    });
    console.log(
      `      ${result.kills} kills, ${result.acknowledged} acknowledged, ${result.lost} lost, ${result.checkpointsSeen} checkpoints seen, ${result.inconsistent} inconsistent, audit findings ${result.auditFindings}`,
    );
    expect(result.lost).to.equal(0);
    expect(result.inconsistent).to.equal(0);
    expect(result.auditFindings).to.equal(0);
    expect(result.acknowledged).to.be.greaterThan(100);
  });
});

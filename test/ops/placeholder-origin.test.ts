import { expect } from 'chai';
import { startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

describe('npm start and the log origin', function () {
  this.timeout(60_000);
  after(removeTempDirs);

  it('warns loudly on stderr while the placeholder origin custos.localhost/log is in use', async () => {
    const server = await startServerProcess(await tempDir('custos-origin'));
    await server.stop();
    expect(server.output()).to.include('serving custos.localhost/log');
    expect(server.errors()).to.match(/WARNING: this log uses the placeholder origin custos\.localhost\/log/);
    expect(server.errors()).to.include('CUSTOS_ORIGIN');
  });

  it('says nothing of the kind when the operator named the log', async () => {
    const server = await startServerProcess(await tempDir('custos-origin'), {
      CUSTOS_ORIGIN: 'custody.police.example/log',
    });
    await server.stop();
    expect(server.output()).to.include('serving custody.police.example/log');
    expect(server.errors()).to.not.include('placeholder origin');
  });
});

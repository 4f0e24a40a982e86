/**
 * Behind a load balancer, consecutive requests of one client reach different processes:
 * a challenge issued by one must be answerable at another, and a token issued by one must work
 * at every other (docs/operations.md, Several processes). Two real processes, one PostgreSQL
 * database.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import { authMessage } from '../../src/auth/challenges.ts';
import { sign } from '../../src/core/crypto/ed25519.ts';
import { fromBase64, toBase64 } from '../../src/core/encoding.ts';
import { readPrivateKeyFile } from '../../src/keyring/key-files.ts';
import { httpGet, httpRequest } from '../support/http-client.ts';
import { freshDatabase } from '../support/postgres.ts';
import { type ServerProcess, startServerProcess } from '../support/server-process.ts';
import { removeTempDirs, tempDir } from '../support/temp-dir.ts';

const post = (base: string, path: string, body: unknown) =>
  httpRequest(base, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('sessions across the processes of one log', function () {
  this.timeout(120_000);
  const servers: ServerProcess[] = [];
  after(async () => {
    for (const s of servers) await s.stop();
    await removeTempDirs();
  });

  it('logs in through one process, answers at another, and reads with the token at both', async () => {
    const dir = await tempDir('custos-sessions');
    const store = await freshDatabase('custos_sessions');
    const env = { CUSTOS_STORE: store, CUSTOS_STARTUP_AUDIT: 'off' };
    servers.push(await startServerProcess(dir, env));
    servers.push(await startServerProcess(dir, env));
    const [a, b] = servers.map((s) => s.url) as [string, string];
    const { seed } = await readPrivateKeyFile(join(dir, 'keys', 'admin.key'));

    const asked = await post(a, '/v1/auth/challenge', { actor: 'admin' });
    expect(asked.status).to.equal(200);
    const { challenge } = asked.json() as { challenge: string };
    const signature = toBase64(sign(authMessage(fromBase64(challenge)), seed));
    const answered = await post(b, '/v1/auth/token', { actor: 'admin', challenge, signature });
    expect(answered.status, answered.text).to.equal(200);
    const { token } = answered.json() as { token: string };
    expect((await post(b, '/v1/auth/token', { actor: 'admin', challenge, signature })).status).to.equal(401);

    for (const url of [a, b]) {
      const read = await httpGet(url, '/v1/actors/admin', { authorization: `Bearer ${token}` });
      expect(read.status, `${url}: ${read.text}`).to.equal(200);
    }
  });
});

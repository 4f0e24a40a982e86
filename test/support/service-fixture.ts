/** A full Custos service (keys, LevelDB, ledger, HTTP) in temp dirs on an ephemeral port. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Config, loadConfig } from '../../src/config/environment.ts';
import { toBase64 } from '../../src/core/encoding.ts';
import { parsePrivateKeyPem } from '../../src/keyring/key-files.ts';
import { openService, type Service, type ServiceOptions } from '../../src/service.ts';
import type { Member } from './ledger-story.ts';
import { tempDir } from './temp-dir.ts';

export interface RunningService {
  readonly service: Service;
  readonly base: string;
  readonly config: Config;
  /** The genesis administrator, as a cast member that can sign. */
  readonly admin: Member;
}

export async function startService(
  overrides: Partial<Config> = {},
  options: ServiceOptions = {},
): Promise<RunningService> {
  const dir = await tempDir('custos-svc');
  const config = loadConfig(
    {},
    { dataDir: join(dir, 'data'), keysDir: join(dir, 'keys'), port: 0, logLevel: 'silent', ...overrides },
  );
  const service = await openService(config, options);
  const base = await service.listen();
  const pair = parsePrivateKeyPem(await readFile(join(config.keysDir, 'admin.key'), 'utf8'));
  const admin: Member = {
    id: config.adminId,
    seed: pair.seed,
    publicKey: toBase64(pair.publicKey),
    roles: ['administrator'],
    state: config.adminState,
    organisation: config.adminOrganisation,
  };
  return { service, base, config, admin };
}

/**
 * Everything a command needs to talk to a service as an actor: the resolved settings, the
 * private key (read from a PKCS#8 file, never sent anywhere), a client, and cached login
 * tokens (0600, per service URL and actor).
 * @module
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CustosClient, type Signer } from '../client/custos-client.ts';
import { readPrivateKeyFile } from '../keyring/key-files.ts';
import { CliError, EXIT } from './exit-codes.ts';
import {
  type ConfigValues,
  configDir,
  envName,
  readConfig,
  resolveSetting,
  type SettingName,
} from './settings.ts';

export interface GlobalFlags {
  readonly url?: string;
  readonly key?: string;
  readonly actor?: string;
  readonly logKey?: string;
  readonly acceptNewLog?: boolean;
  readonly json?: boolean;
}

export class Session {
  private signerCache: Signer | undefined;

  private constructor(
    readonly flags: GlobalFlags,
    readonly config: ConfigValues,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  static async open(flags: GlobalFlags, env: NodeJS.ProcessEnv = process.env): Promise<Session> {
    return new Session(flags, await readConfig(env), env);
  }

  setting(name: SettingName): string | undefined {
    return resolveSetting(name, this.flags, this.env, this.config).value;
  }

  /** Where a setting's value came from, in words: which flag, variable or file to fix. */
  origin(name: SettingName): string {
    const source = resolveSetting(name, this.flags, this.env, this.config).source;
    if (source === 'flag') return `--${name === 'logKey' ? 'log-key' : name}`;
    if (source === 'env') return envName(name);
    if (source === 'config') return `the config file (custos config set ${name} …)`;
    return 'the default';
  }

  require(name: SettingName, hint: string): string {
    const value = this.setting(name);
    if (!value)
      throw new CliError(
        `no ${name}: ${hint} (--${name === 'logKey' ? 'log-key' : name}, ${envName(name)} or \`custos config set ${name} …\`)`,
        EXIT.usage,
      );
    return value;
  }

  get url(): string {
    const url = this.require('url', 'where is the service?');
    if (!/^https?:\/\/[^\s/]+/.test(url)) throw new CliError(`${url} is not an http(s) URL`, EXIT.usage);
    return url;
  }

  /**
   * The id of a case, request or item this actor creates: ids live under their creator's name
   * (`<actor>~<name>`), so a bare name gets the actor's id in front (docs/rules.md).
   */
  ownId(name: string): string {
    return name.includes('~') ? name : `${this.require('actor', 'which actor are you?')}~${name}`;
  }

  async signer(): Promise<Signer> {
    if (this.signerCache) return this.signerCache;
    const keyPath = this.require('key', 'which private key signs?');
    const actor = this.require('actor', 'which actor are you?');
    try {
      const { seed } = await readPrivateKeyFile(keyPath);
      this.signerCache = { actor, seed };
      return this.signerCache;
    } catch (e) {
      throw new CliError((e as Error).message, EXIT.local);
    }
  }

  /** A client that signs as the configured actor, reusing a cached token when it is fresh. */
  async client(): Promise<CustosClient> {
    const signer = await this.signer();
    const client = new CustosClient(this.url, signer);
    client.onToken = async (token, expiresAt) => {
      await this.saveToken(token, expiresAt);
    };
    client.explainLoginRefusal = (actor) =>
      new CliError(
        `login refused for actor "${actor}" at ${this.url}: check that this is exactly the id the administrator registered for you (case matters; it comes from ${this.origin('actor')}), and that ${this.setting('key')} (from ${this.origin('key')}) is the private key whose public key was registered for it, not revoked or rotated away [unauthenticated]`,
        EXIT.refused,
      );
    const cached = (await this.tokens())[`${this.url}|${signer.actor}`];
    if (cached && Date.parse(cached.expiresAt) - 60_000 > Date.now())
      client.useToken(cached.token, cached.expiresAt);
    return client;
  }

  /** A client for public reads only. */
  publicClient(): CustosClient {
    return new CustosClient(this.url);
  }

  /** Where login tokens are cached. */
  tokenCachePath(): string {
    return join(configDir(this.env), 'tokens.json');
  }

  private async saveToken(token: string, expiresAt: string): Promise<string> {
    const signer = await this.signer();
    const tokens = await this.tokens();
    tokens[`${this.url}|${signer.actor}`] = { token, expiresAt };
    return this.writePrivate('tokens.json', tokens);
  }

  private async tokens(): Promise<Record<string, { token: string; expiresAt: string }>> {
    return this.readJson('tokens.json', {});
  }

  async readJson<T>(name: string, fallback: T): Promise<T> {
    try {
      return JSON.parse(await readFile(join(configDir(this.env), name), 'utf8')) as T;
    } catch {
      return fallback;
    }
  }

  /** Writes a file under the config dir with mode 0600; returns its path. */
  async writePrivate(name: string, value: unknown): Promise<string> {
    const dir = configDir(this.env);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, name);
    await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
    await chmod(path, 0o600);
    return path;
  }
}

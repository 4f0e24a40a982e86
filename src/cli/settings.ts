/**
 * Where the CLI's settings come from, in order: command-line flag, environment variable
 * (CUSTOS_URL, CUSTOS_KEY, CUSTOS_ACTOR, CUSTOS_LOG_KEY), the per-user config file
 * (`$XDG_CONFIG_HOME/custos/config.json`, or CUSTOS_CONFIG), then the default.
 * @module
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { CliError, EXIT } from './exit-codes.ts';

export const SETTING_NAMES = ['url', 'key', 'actor', 'logKey'] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

const ENV: Record<SettingName, string> = {
  url: 'CUSTOS_URL',
  key: 'CUSTOS_KEY',
  actor: 'CUSTOS_ACTOR',
  logKey: 'CUSTOS_LOG_KEY',
};
const DEFAULTS: Partial<Record<SettingName, string>> = { url: 'http://127.0.0.1:8080' };

const ConfigFile = z
  .object({ url: z.string(), key: z.string(), actor: z.string(), logKey: z.string() })
  .partial()
  .strict();
export type ConfigValues = z.infer<typeof ConfigFile>;

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CUSTOS_CONFIG) return dirname(env.CUSTOS_CONFIG);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'custos');
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CUSTOS_CONFIG ?? join(configDir(env), 'config.json');
}

export async function readConfig(env: NodeJS.ProcessEnv = process.env): Promise<ConfigValues> {
  let text: string;
  try {
    text = await readFile(configPath(env), 'utf8');
  } catch {
    return {};
  }
  const parsed = ConfigFile.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new CliError(
      `${configPath(env)} is not a valid Custos config: ${parsed.error.issues[0]?.message}`,
      EXIT.local,
    );
  return parsed.data;
}

export async function writeConfig(values: ConfigValues, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const path = configPath(env);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(values, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
}

export interface Resolved {
  readonly value: string | undefined;
  readonly source: 'flag' | 'env' | 'config' | 'default' | 'unset';
}

export function resolveSetting(
  name: SettingName,
  flags: Partial<Record<SettingName, string>>,
  env: NodeJS.ProcessEnv,
  config: ConfigValues,
): Resolved {
  if (flags[name] !== undefined) return { value: flags[name], source: 'flag' };
  if (env[ENV[name]]) return { value: env[ENV[name]], source: 'env' };
  if (config[name] !== undefined) return { value: config[name], source: 'config' };
  if (DEFAULTS[name] !== undefined) return { value: DEFAULTS[name], source: 'default' };
  return { value: undefined, source: 'unset' };
}

export function envName(name: SettingName): string {
  return ENV[name];
}

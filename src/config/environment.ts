/**
 * Service configuration from the environment (docs/operations.md), validated once at start-up so a
 * typo fails loudly with the variable's name instead of surfacing later as odd behaviour.
 *
 * | variable          | default                | meaning                                  |
 * |-------------------|------------------------|------------------------------------------|
 * | CUSTOS_HOST       | 127.0.0.1              | address to listen on                     |
 * | CUSTOS_PORT       | 8080                   | port (0 = any free port)                 |
 * | CUSTOS_DATA_DIR   | ./data                 | LevelDB store                            |
 * | CUSTOS_STORE      | (CUSTOS_DATA_DIR)      | the store: a LevelDB directory or a postgres:// URL |
 * | CUSTOS_ADVERTISE_URL | (the listening URL) | where the other processes on a shared store reach this one |
 * | CUSTOS_KEYS_DIR   | ./keys                 | log key and genesis administrator key    |
 * | CUSTOS_ORIGIN     | custos.localhost/log   | checkpoint origin and log key name       |
 * | CUSTOS_LOG_LEVEL  | info                   | fatal, error, warn, info, debug, silent  |
 * | CUSTOS_ADMIN_ID   | admin                  | genesis administrator's id (first start) |
 * | CUSTOS_ADMIN_NAME | Genesis administrator  | its name                                 |
 * | CUSTOS_ADMIN_ORG  | Custos log operator    | its organisation                         |
 * | CUSTOS_ADMIN_STATE| FR                     | its country (ISO 3166-1 alpha-2)         |
 * | CUSTOS_WITNESSES  | (none)                 | witnesses: JSON [{"url","verifierKey"}] or a file holding it |
 * | CUSTOS_RATE_LIMIT | 60000                  | API requests per minute per client address (0: no limit) |
 * | CUSTOS_STARTUP_AUDIT | on                  | audit the whole store in the background after start |
 * | CUSTOS_LOG_MLDSA44 | off                   | on: checkpoints also carry an ML-DSA-44 signature (keys/log-mldsa44.key) |
 * | CUSTOS_TSA_URLS   | (none)                 | RFC 3161 timestamping authorities, comma separated |
 * | CUSTOS_TSA_INTERVAL_MS | 1000              | at most one timestamp request per TSA per interval |
 * | CUSTOS_TRUST_STORE | <keys dir>/trust.json | the other logs this log imports from or takes receipts from (custos-trust/v1; none if absent) |
 * @module
 */
import { z } from 'zod';
import { CustosError } from '../core/errors.ts';
import { Country, Id, Text } from '../core/ledger/fields.ts';

/**
 * The origin a log gets when the operator names none: fine for a trial, wrong for evidence,
 * since every checkpoint, log key and court report carries it. `npm start` warns about it.
 */
export const PLACEHOLDER_ORIGIN = 'custos.localhost/log';

const keyName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\s+]+$/u, 'must contain no spaces and no "+" (it is a signed-note key name)');

export const ConfigSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  dataDir: z.string().min(1).default('./data'),
  store: z.string().default(''),
  advertiseUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]).default(''),
  keysDir: z.string().min(1).default('./keys'),
  origin: keyName.default(PLACEHOLDER_ORIGIN),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  adminId: Id.default('admin'),
  adminName: Text(200).default('Genesis administrator'),
  adminOrganisation: Text(200).default('Custos log operator'),
  adminState: Country.default('FR'),
  witnesses: z.string().default(''),
  rateLimit: z.coerce.number().int().min(0).default(60_000),
  startupAudit: z.enum(['on', 'off']).default('on'),
  logMldsa44: z.enum(['on', 'off']).default('off'),
  tsaUrls: z
    .string()
    .default('')
    .refine(
      (v) => v.split(',').every((u) => u.trim() === '' || URL.canParse(u.trim())),
      'must be URLs, comma separated',
    ),
  tsaIntervalMs: z.coerce.number().int().min(50).max(3_600_000).default(1000),
  trustStore: z.string().default(''),
});

export type Config = z.infer<typeof ConfigSchema>;

const ENV_NAMES: Record<keyof Config, string> = {
  host: 'CUSTOS_HOST',
  port: 'CUSTOS_PORT',
  dataDir: 'CUSTOS_DATA_DIR',
  store: 'CUSTOS_STORE',
  advertiseUrl: 'CUSTOS_ADVERTISE_URL',
  keysDir: 'CUSTOS_KEYS_DIR',
  origin: 'CUSTOS_ORIGIN',
  logLevel: 'CUSTOS_LOG_LEVEL',
  adminId: 'CUSTOS_ADMIN_ID',
  adminName: 'CUSTOS_ADMIN_NAME',
  adminOrganisation: 'CUSTOS_ADMIN_ORG',
  adminState: 'CUSTOS_ADMIN_STATE',
  witnesses: 'CUSTOS_WITNESSES',
  rateLimit: 'CUSTOS_RATE_LIMIT',
  startupAudit: 'CUSTOS_STARTUP_AUDIT',
  logMldsa44: 'CUSTOS_LOG_MLDSA44',
  tsaUrls: 'CUSTOS_TSA_URLS',
  tsaIntervalMs: 'CUSTOS_TSA_INTERVAL_MS',
  trustStore: 'CUSTOS_TRUST_STORE',
};

export class ConfigError extends CustosError {
  readonly code = 'config';
}

/** Reads the configuration; empty variables count as unset. Throws ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined>, overrides: Partial<Config> = {}): Config {
  const raw: Record<string, unknown> = {};
  for (const [field, name] of Object.entries(ENV_NAMES)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[field] = value;
  }
  const parsed = ConfigSchema.safeParse({ ...raw, ...overrides });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const field = String(i.path[0]) as keyof Config;
      return `${ENV_NAMES[field] ?? field}: ${i.message}`;
    });
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

/** The service's trust store of other logs: CUSTOS_TRUST_STORE if set, else trust.json in the keys directory. */
export function trustStorePath(config: Pick<Config, 'trustStore' | 'keysDir'>): string {
  return config.trustStore || `${config.keysDir.replace(/\/+$/, '')}/trust.json`;
}

/** Where the store is: CUSTOS_STORE (a directory or a postgres:// URL) if set, else CUSTOS_DATA_DIR. */
export function storeLocation(config: Pick<Config, 'store' | 'dataDir'>): string {
  return config.store || config.dataDir;
}

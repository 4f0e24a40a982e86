/**
 * The /verify page's pins for other logs (the parts of a multi-log bundle, docs/bundle.md): the
 * keys typed or loaded from a trust store file (custos-trust/v1) serve the page until it closes;
 * only when the reader asks are they remembered, in the browser's localStorage, as a
 * custos-trust/v1 store kept through the same pure code as the CLI's (src/core/verify/trust-store.ts):
 * a different key for an origin already remembered is refused, as `custos trust add` refuses it.
 * @module
 */
import { CustosError } from '../../core/errors.ts';
import type { MessageKey } from '../../core/i18n/en.ts';
import {
  emptyTrustStore,
  originOfLogKey,
  pinLog,
  TRUST_STORE_FORMAT,
  type TrustStore,
} from '../../core/verify/trust-store.ts';
import { otherLogKeys } from './trust.ts';

const STORAGE_KEY = 'custos.verify.trust';

export interface Said {
  readonly key: MessageKey;
  readonly values?: Record<string, string | number>;
}

/** The store remembered in this browser; an empty one when none is, or storage is refused. */
export function rememberedStore(): TrustStore {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    const keys = text === null ? undefined : explicitKeys(text);
    return keys ? keys.reduce(pinExplicitly, emptyTrustStore()) : emptyTrustStore();
  } catch {
    return emptyTrustStore();
  }
}

export function rememberedKeys(): string[] {
  return Object.values(rememberedStore().logs).map((l) => l.verifierKey);
}

/** Remembers every key in `text`, refusing all of them if one is malformed or changes a pin. */
export function remember(text: string): Said {
  const read = otherLogKeys(text);
  if ('line' in read) return { key: 'page.badOtherLogs', values: { line: read.line } };
  if ('changed' in read) return { key: 'page.otherLogChanged', values: { origin: read.changed } };
  let store = rememberedStore();
  for (const key of read.keys.values()) {
    try {
      store = pinExplicitly(store, key);
    } catch (e) {
      if (e instanceof CustosError && e.code === 'log_key_changed')
        return { key: 'page.otherLogChanged', values: { origin: key.slice(0, key.indexOf('+')) } };
      throw e;
    }
  }
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(store));
  } catch {
    return { key: 'page.otherLogsForgotten' };
  }
  return { key: 'page.otherLogsRemembered', values: { n: Object.keys(store.logs).length } };
}

export function forget(): Said {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing could have been remembered.
  }
  return { key: 'page.otherLogsForgotten' };
}

/**
 * The explicitly pinned keys of a trust store file (custos-trust/v1), or undefined for anything
 * else: a key taken on first use is not one the reader confirmed.
 */
export function explicitKeys(text: string): string[] | undefined {
  let store: unknown;
  try {
    store = JSON.parse(text);
  } catch {
    return undefined;
  }
  const s = store as { format?: unknown; logs?: unknown } | null;
  if (typeof s !== 'object' || s === null || s.format !== TRUST_STORE_FORMAT) return undefined;
  if (typeof s.logs !== 'object' || s.logs === null) return undefined;
  const keys: string[] = [];
  for (const [origin, log] of Object.entries(s.logs as Record<string, unknown>)) {
    const l = log as { verifierKey?: unknown; pinned?: unknown } | null;
    if (l?.pinned !== 'explicit' || typeof l.verifierKey !== 'string') continue;
    try {
      if (originOfLogKey(l.verifierKey) !== origin) return undefined;
    } catch {
      return undefined;
    }
    keys.push(l.verifierKey);
  }
  return keys.length ? keys : undefined;
}

/** The lines of `text` and then `added`, each key once. */
export function mergeKeys(text: string, added: readonly string[]): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return [...new Set([...lines, ...added])].join('\n');
}

function pinExplicitly(store: TrustStore, key: string): TrustStore {
  return pinLog(store, key, { how: 'explicit', at: new Date().toISOString() });
}

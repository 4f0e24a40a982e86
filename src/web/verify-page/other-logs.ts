/**
 * The /verify page's pins for other logs (the parts of a multi-log bundle, docs/bundle.md): the
 * keys and witness policies typed, or loaded from a trust store file (custos-trust/v1), serve the
 * page until it closes; only when the reader asks are they remembered, in the browser's
 * localStorage, as a custos-trust/v1 store kept through the same pure code as the CLI's
 * (src/core/verify/trust-store.ts, read by trust-store-format.ts): a different key for an origin
 * already remembered is refused, as `custos trust add` refuses it.
 * @module
 */

import type { MessageKey } from '../../core/i18n/en.ts';
import type { WitnessPolicy } from '../../core/verify/trust-policy.ts';
import { emptyTrustStore, pinLog, setWitnessPolicy, type TrustStore } from '../../core/verify/trust-store.ts';
import { parseTrustStore } from '../../core/verify/trust-store-format.ts';
import { linesOf, otherLogPins, type PolicyFields } from './trust.ts';

const STORAGE_KEY = 'custos.verify.trust';

export interface Said {
  readonly key: MessageKey;
  readonly values?: Record<string, string | number>;
}

/** The explicit pins of a store: a key taken on first use is not one the reader confirmed. */
function explicitOnly(store: TrustStore): TrustStore {
  return {
    ...store,
    logs: Object.fromEntries(Object.entries(store.logs).filter(([, l]) => l.pinned === 'explicit')),
  };
}

/** The store remembered in this browser; an empty one when none is, or storage is refused. */
export function rememberedStore(): TrustStore {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    return text === null ? emptyTrustStore() : explicitOnly(parseTrustStore(JSON.parse(text)));
  } catch {
    return emptyTrustStore();
  }
}

/** What a store pins, as the page shows it: keys, one per line, and each origin's witness policy. */
export interface ShownPins {
  readonly keys: readonly string[];
  readonly policies: ReadonlyMap<string, WitnessPolicy>;
}

function shown(store: TrustStore): ShownPins {
  const logs = Object.entries(store.logs);
  return {
    keys: logs.map(([, l]) => l.verifierKey),
    policies: new Map(logs.flatMap(([origin, l]) => (l.witnesses ? [[origin, l.witnesses]] : []))),
  };
}

export function rememberedPins(): ShownPins {
  return shown(rememberedStore());
}

/**
 * Remembers every key in `text` with the witness policy shown for it, refusing all of them if
 * one is malformed, changes a pin or has a policy the core refuses.
 */
export function remember(text: string, policies: ReadonlyMap<string, PolicyFields>): Said {
  const read = otherLogPins(text, policies, rememberedStore());
  if ('ok' in read) return read.message;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(read.store));
  } catch {
    return { key: 'page.otherLogsForgotten' };
  }
  return { key: 'page.otherLogsRemembered', values: { n: Object.keys(read.store.logs).length } };
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
 * The explicit pins of a trust store file (custos-trust/v1), each with its witness policy, or
 * undefined for anything else: the file read by the core's reader, each pin and policy taken
 * through the core trust store's rules, so that the page accepts exactly what the CLI keeps.
 */
export function trustFilePins(text: string): ShownPins | undefined {
  let store: TrustStore;
  try {
    const read = explicitOnly(parseTrustStore(JSON.parse(text)));
    store = emptyTrustStore();
    const at = new Date().toISOString();
    for (const [origin, log] of Object.entries(read.logs)) {
      store = pinLog(store, log.verifierKey, { how: 'explicit', at });
      if (log.witnesses) store = setWitnessPolicy(store, origin, log.witnesses);
    }
  } catch {
    return undefined;
  }
  return Object.keys(store.logs).length ? shown(store) : undefined;
}

/** The lines of `text` and then `added`, each key once. */
export function mergeKeys(text: string, added: readonly string[]): string {
  return [...new Set([...linesOf(text), ...added])].join('\n');
}

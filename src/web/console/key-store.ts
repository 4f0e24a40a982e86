/**
 * The officer's signing key, kept in this browser's IndexedDB and never sent anywhere. Where
 * WebCrypto has Ed25519 the private key is a non-extractable CryptoKey: page script can ask it
 * to sign but cannot read it (IndexedDB stores the key object itself, not its bytes). Where it
 * lacks Ed25519 the key falls back to the portable signer (noble) and its seed is stored as
 * bytes; the console says so on screen.
 * @module
 */
import { publicKeyFromSeed, sign } from '../../core/crypto/ed25519.ts';
import { fromBase64, toBase64 } from '../../core/encoding.ts';

export type KeyEngine = 'WebCrypto' | 'noble';

export interface StoredKey {
  readonly actor: string;
  readonly publicKey: string;
  readonly engine: KeyEngine;
  /** WebCrypto: the non-extractable private key. */
  readonly privateKey?: CryptoKey;
  /** noble fallback only: the seed, base64. */
  readonly seed?: string;
  readonly createdAt: string;
}

const DB = 'custos-console';
const STORE = 'keys';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'actor' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = op(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export const listKeys = (): Promise<StoredKey[]> =>
  run('readonly', (s) => s.getAll() as IDBRequest<StoredKey[]>);
export const loadKey = (actor: string): Promise<StoredKey | undefined> =>
  run('readonly', (s) => s.get(actor) as IDBRequest<StoredKey | undefined>);
export const saveKey = (key: StoredKey): Promise<IDBValidKey> => run('readwrite', (s) => s.put(key));
export const forgetKey = (actor: string): Promise<undefined> => run('readwrite', (s) => s.delete(actor));

/** RFC 8032 §7.1 test 1: does this browser's WebCrypto sign Ed25519 correctly? */
export async function webCryptoSignsEd25519(
  subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle,
): Promise<boolean> {
  if (!subtle) return false;
  try {
    const pair = (await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    const message = new Uint8Array([0x72]);
    const signature = await subtle.sign({ name: 'Ed25519' }, pair.privateKey, message);
    return await subtle.verify({ name: 'Ed25519' }, pair.publicKey, signature, message);
  } catch {
    return false;
  }
}

/** A new key made in this browser: its private half never exists outside the key object. */
export async function generateKey(actor: string, engine: KeyEngine): Promise<StoredKey> {
  const createdAt = new Date().toISOString();
  if (engine === 'noble') {
    const seed = crypto.getRandomValues(new Uint8Array(32));
    return { actor, engine, seed: toBase64(seed), publicKey: toBase64(publicKeyFromSeed(seed)), createdAt };
  }
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { actor, engine, privateKey: pair.privateKey, publicKey: toBase64(raw), createdAt };
}

/** Ed25519 PKCS#8 v1 as OpenSSL and the CLI write it: this prefix, then the 32-byte seed. */
const PKCS8_PREFIX = '302e020100300506032b657004220420';

/**
 * A PKCS#8 PEM file the CLI made (`custos keygen`). WebCrypto parses it twice: once extractable,
 * only to learn its public key, and once non-extractable, which is what is kept.
 */
export async function importPkcs8(actor: string, pem: string, engine: KeyEngine): Promise<StoredKey> {
  const der = pemBody(pem);
  const createdAt = new Date().toISOString();
  if (engine === 'noble') {
    const hex = Array.from(der.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
    if (der.length !== 48 || hex !== PKCS8_PREFIX)
      throw new KeyImportError('not an Ed25519 PKCS#8 private key');
    const seed = der.slice(16);
    return { actor, engine, seed: toBase64(seed), publicKey: toBase64(publicKeyFromSeed(seed)), createdAt };
  }
  let publicKey: string;
  let privateKey: CryptoKey;
  try {
    const probe = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, true, ['sign']);
    const jwk = await crypto.subtle.exportKey('jwk', probe);
    publicKey = toBase64(fromBase64Url(jwk.x ?? ''));
    privateKey = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  } catch {
    throw new KeyImportError('not an Ed25519 PKCS#8 private key');
  } finally {
    der.fill(0);
  }
  return { actor, engine, privateKey, publicKey, createdAt };
}

export class KeyImportError extends Error {}

function pemBody(pem: string): Uint8Array<ArrayBuffer> {
  const m = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(pem);
  if (!m) throw new KeyImportError('the file is not a PEM private key (BEGIN PRIVATE KEY)');
  try {
    return new Uint8Array(fromBase64(m[1]!.replace(/\s+/g, '')));
  } catch {
    throw new KeyImportError('the PEM body is not base64');
  }
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

/** Signs with the stored key, whichever engine holds it. */
export async function signWith(key: StoredKey, message: Uint8Array): Promise<Uint8Array> {
  if (key.engine === 'noble') return sign(message, fromBase64(key.seed!));
  const data = new Uint8Array(message);
  return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey!, data));
}

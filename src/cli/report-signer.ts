/**
 * The exporting authority's signing key and certificate, for PAdES-signed reports
 * (`custos export --sign-key authority.key --sign-cert authority.pem`, docs/cli.md): the key
 * stays in this process (OpenSSL through node:crypto), the core builds the CMS around what it
 * signs (src/core/pades). With `--sign-tsa <url>` the signature gets an RFC 3161 time-stamp from
 * that TSA, through the log's own TSA client (PAdES B-T).
 * @module
 */
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CadesSigner } from '../core/pades/cades.ts';
import { readTimestampReply, timestampRequest } from '../core/timestamp/rfc3161.ts';
import { certificatesFromPem } from '../core/timestamp/verify-token.ts';
import { checkPrivateKeyMode } from '../keyring/key-files.ts';
import { postTimestampQuery } from '../log/timestamper.ts';
import { CliError, EXIT } from './exit-codes.ts';

export interface SignerFiles {
  /** PKCS #8 (or SEC 1 / PKCS #1) PEM private key, mode 0600: ECDSA, RSA or Ed25519. */
  readonly key: string;
  /** PEM: the authority's certificate first, then any intermediate certificates. */
  readonly certificate: string;
  readonly tsaUrl?: string;
}

export async function loadReportSigner(files: SignerFiles): Promise<CadesSigner> {
  const problem = (why: string) => new CliError(why, EXIT.local);
  await checkPrivateKeyMode(files.key).catch((e: Error) => {
    throw problem(`--sign-key: ${e.message}`);
  });
  const read = (path: string) =>
    readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw problem(`cannot read ${path}: ${e.code ?? e.message}`);
    });
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = createPrivateKey(await read(files.key));
  } catch (e) {
    throw problem(`--sign-key ${files.key} is not a PEM private key: ${(e as Error).message}`);
  }
  const certs = certificatesFromPem(await read(files.certificate));
  if (certs.length === 0) throw problem(`--sign-cert ${files.certificate} holds no PEM certificate`);
  if (!new X509Certificate(certs[0]!).checkPrivateKey(key))
    throw problem(`--sign-key is not the key of the first certificate in ${files.certificate}`);
  const type = key.asymmetricKeyType;
  if (type !== 'ec' && type !== 'rsa' && type !== 'ed25519')
    throw problem(`--sign-key is a ${type} key; an ECDSA, RSA or Ed25519 key is needed`);
  return {
    certificate: certs[0]!,
    chain: certs.slice(1),
    sign: async (data) => new Uint8Array(sign(type === 'ed25519' ? null : 'sha256', data, key)),
    ...(files.tsaUrl ? { timestamp: timestamper(files.tsaUrl) } : {}),
  };
}

function timestamper(url: string): (data: Uint8Array) => Promise<Uint8Array> {
  return async (data) => {
    const request = timestampRequest(data, new Uint8Array(randomBytes(8)));
    try {
      const reply = await postTimestampQuery(url, request.der, 10_000);
      readTimestampReply(reply, request);
      return reply;
    } catch (e) {
      throw new CliError(
        `the TSA at ${url} gave no time-stamp for the signature: ${(e as Error).message}`,
        EXIT.unreachable,
      );
    }
  };
}

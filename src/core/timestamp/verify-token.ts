/**
 * Verifying an RFC 3161 time-stamp token offline, with the TSA roots a reader pinned (trust
 * injected, never taken from the token): the reply is granted; its message imprint is the
 * SHA-256 of exactly the bytes we hold; the CMS signature over the signed attributes verifies
 * with the TSA certificate those attributes name (ESS signing-certificate, RFC 5816); that
 * certificate has the one critical extended key usage id-kp-timeStamping (RFC 3161 §2.3); and it
 * chains to a pinned root, every certificate valid at the token's genTime. Pure and async
 * (WebCrypto through pkijs), so the CLI and the browser run the same code.
 *
 * ```ts
 * const roots = [{ name: 'Test TSA root', der: certificatesFromPem(pem)[0] }];
 * const result = await verifyTimestampToken(replyDer, noteBytes, roots);
 * if (result.ok) result.upperBound; // the data existed no later than this
 * ```
 * @module
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { equalBytes, fromBase64 } from '../encoding.ts';
import { bytesOf, OID, parseTimestampReply } from './rfc3161.ts';

export interface TsaRoot {
  /** What the reader calls this TSA (the name it is pinned under). */
  readonly name: string;
  /** The root certificate, DER. */
  readonly der: Uint8Array;
}

export type TokenResult =
  | {
      readonly ok: true;
      /** The pinned root the TSA's certificate chains to. */
      readonly root: string;
      /** The TSA certificate's subject common name (or whole subject). */
      readonly tsa: string;
      readonly genTime: string;
      /** genTime plus the token's stated accuracy, plus a second when genTime has no fraction. */
      readonly upperBound: string;
      readonly serial: string;
    }
  | { readonly ok: false; readonly code: TokenFailure; readonly reason: string };

export type TokenFailure =
  | 'tsa_malformed'
  | 'tsa_imprint_mismatch'
  | 'tsa_bad_signature'
  | 'tsa_bad_certificate'
  | 'tsa_untrusted';

class TokenError extends Error {
  constructor(
    readonly code: TokenFailure,
    message: string,
  ) {
    super(message);
  }
}

const HASHES: Record<string, { name: string; fn: (b: Uint8Array) => Uint8Array }> = {
  [OID.sha1]: { name: 'SHA-1', fn: sha1 },
  [OID.sha256]: { name: 'SHA-256', fn: sha256 },
  [OID.sha384]: { name: 'SHA-384', fn: sha384 },
  [OID.sha512]: { name: 'SHA-512', fn: sha512 },
};

/** Every certificate in a PEM text, DER-decoded. */
export function certificatesFromPem(pem: string): Uint8Array[] {
  const blocks = [
    ...pem.matchAll(/-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/g),
  ];
  return blocks.map((m) => fromBase64(m[1]!.replace(/\s/g, ''), 'PEM certificate'));
}

/** A root's subject common name, to name it when the reader gave no name. */
export function certificateName(der: Uint8Array): string {
  return subjectName(pkijs.Certificate.fromBER(new Uint8Array(der)));
}

export async function verifyTimestampToken(
  reply: Uint8Array,
  data: Uint8Array,
  roots: readonly TsaRoot[],
): Promise<TokenResult> {
  try {
    return await verify(reply, data, roots);
  } catch (e) {
    if (e instanceof TokenError) return { ok: false, code: e.code, reason: e.message };
    return { ok: false, code: 'tsa_malformed', reason: (e as Error).message };
  }
}

async function verify(reply: Uint8Array, data: Uint8Array, roots: readonly TsaRoot[]): Promise<TokenResult> {
  const { signedData, tstInfo } = parseTimestampReply(reply);
  const imprint = tstInfo.messageImprint;
  const hash = HASHES[imprint.hashAlgorithm.algorithmId];
  if (!hash || hash.name === 'SHA-1') throw new TokenError('tsa_malformed', 'the imprint hash is not SHA-2');
  if (!equalBytes(bytesOf(imprint.hashedMessage), hash.fn(data))) {
    throw new TokenError(
      'tsa_imprint_mismatch',
      'the token is over other data: its message imprint is not the hash of the checkpoint',
    );
  }
  if (signedData.signerInfos.length !== 1)
    throw new TokenError('tsa_malformed', 'the token must have one signer');
  const signer = signedData.signerInfos[0]!;
  const certs = (signedData.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  const tsaCert = findSigner(signer, certs);
  const attrs = signer.signedAttrs?.attributes ?? [];
  checkAttributes(attrs, tsaCert);
  checkPurpose(tsaCert);
  await checkSignature(signedData, signer, tsaCert, attrs);
  const root = await checkChain(tsaCert, certs, roots, tstInfo.genTime);
  return {
    ok: true,
    root,
    tsa: subjectName(tsaCert),
    genTime: tstInfo.genTime.toISOString(),
    upperBound: new Date(tstInfo.genTime.getTime() + slackMs(tstInfo)).toISOString(),
    serial: bytesOf(tstInfo.serialNumber).reduce((s, b) => s + b.toString(16).padStart(2, '0'), ''),
  };
}

function slackMs(tst: pkijs.TSTInfo): number {
  const a = tst.accuracy;
  const accuracy = a ? (a.seconds ?? 0) * 1000 + (a.millis ?? 0) + Math.ceil((a.micros ?? 0) / 1000) : 0;
  return accuracy + (tst.genTime.getUTCMilliseconds() === 0 ? 1000 : 0);
}

function findSigner(signer: pkijs.SignerInfo, certs: pkijs.Certificate[]): pkijs.Certificate {
  const sid = signer.sid;
  const found =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber))
      : undefined;
  if (!found)
    throw new TokenError(
      'tsa_bad_certificate',
      'the token does not carry the TSA certificate that signed it',
    );
  return found;
}

const der = (c: pkijs.Certificate) => new Uint8Array(c.toSchema(true).toBER(false));

/** content-type must be id-ct-TSTInfo; an ESS signing-certificate attribute must name this certificate. */
function checkAttributes(attrs: pkijs.Attribute[], tsaCert: pkijs.Certificate): void {
  const ct = attrs.filter((a) => a.type === OID.contentType);
  if (
    ct.length !== 1 ||
    (ct[0]!.values[0] as asn1js.ObjectIdentifier).valueBlock.toString() !== OID.tstInfo
  ) {
    throw new TokenError('tsa_malformed', 'the signed content-type attribute is not id-ct-TSTInfo');
  }
  const ess = attrs.filter((a) => a.type === OID.signingCertificate || a.type === OID.signingCertificateV2);
  if (ess.length === 0)
    throw new TokenError('tsa_malformed', 'the token lacks the ESS signing-certificate attribute');
  if (!ess.every((attr) => essNamesCertificate(attr, der(tsaCert))))
    throw new TokenError(
      'tsa_bad_certificate',
      'the ESS signing-certificate attribute names another certificate',
    );
}

/**
 * Whether an ESS signing-certificate(-v2) attribute (RFC 2634, RFC 5035) names this certificate:
 * its first ESSCertID(v2) is the certificate's hash. Used for TSA tokens and report signatures.
 */
export function essNamesCertificate(attr: pkijs.Attribute, certDer: Uint8Array): boolean {
  try {
    const v2 = attr.type === OID.signingCertificateV2;
    // SigningCertificate(V2) ::= SEQUENCE { certs SEQUENCE OF ESSCertID(v2), … }; the first names the signer.
    const first = (attr.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const parts = (first.valueBlock.value[0] as asn1js.Sequence).valueBlock.value;
    let algorithm: string = v2 ? OID.sha256 : OID.sha1;
    let at = 0;
    if (v2 && parts[0] instanceof asn1js.Sequence) {
      algorithm = new pkijs.AlgorithmIdentifier({ schema: parts[0] }).algorithmId;
      at = 1;
    }
    const fn = HASHES[algorithm]?.fn;
    return Boolean(fn && equalBytes(bytesOf(parts[at] as asn1js.OctetString), fn(certDer)));
  } catch {
    return false;
  }
}

/** RFC 3161 §2.3: exactly one extended key usage, id-kp-timeStamping, and critical. */
function checkPurpose(cert: pkijs.Certificate): void {
  const eku = (cert.extensions ?? []).filter((x) => x.extnID === OID.extKeyUsage);
  const purposes = (eku[0]?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  if (eku.length !== 1 || !eku[0]!.critical || purposes.length !== 1 || purposes[0] !== OID.timeStamping) {
    throw new TokenError(
      'tsa_bad_certificate',
      `the signing certificate is not for timestamping (it needs one critical extended key usage, id-kp-timeStamping; it has ${purposes.join(', ') || 'none'}${eku[0] && !eku[0].critical ? ', not critical' : ''})`,
    );
  }
}

async function checkSignature(
  sd: pkijs.SignedData,
  signer: pkijs.SignerInfo,
  cert: pkijs.Certificate,
  attrs: pkijs.Attribute[],
): Promise<void> {
  const digest = HASHES[signer.digestAlgorithm.algorithmId];
  const md = attrs.filter((a) => a.type === OID.messageDigest);
  if (!digest || md.length !== 1 || !signer.signedAttrs) {
    throw new TokenError(
      'tsa_malformed',
      'the token lacks a message-digest attribute or uses an unknown digest',
    );
  }
  const content = new Uint8Array(sd.encapContentInfo.eContent!.getValue());
  if (!equalBytes(bytesOf(md[0]!.values[0] as asn1js.OctetString), digest.fn(content))) {
    throw new TokenError('tsa_bad_signature', 'the signed message digest is not that of the token’s content');
  }
  const ok = await pkijs
    .getCrypto(true)
    .verifyWithPublicKey(
      signer.signedAttrs.encodedValue,
      signer.signature,
      cert.subjectPublicKeyInfo,
      signer.signatureAlgorithm,
      digest.name,
    )
    .catch(() => false);
  if (!ok) throw new TokenError('tsa_bad_signature', 'the CMS signature of the token does not verify');
}

/** The chain to a pinned root, checked at genTime; returns the root's pinned name. */
async function checkChain(
  tsaCert: pkijs.Certificate,
  carried: pkijs.Certificate[],
  roots: readonly TsaRoot[],
  genTime: Date,
): Promise<string> {
  if (roots.length === 0) throw new TokenError('tsa_untrusted', 'no TSA root is pinned');
  const trusted = roots.map((r) => ({
    name: r.name,
    cert: pkijs.Certificate.fromBER(new Uint8Array(r.der)),
  }));
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: trusted.map((t) => t.cert),
    certs: [...carried.filter((c) => c !== tsaCert), tsaCert],
    checkDate: genTime,
  });
  const result = await engine.verify({}, pkijs.getCrypto(true));
  const path = result.certificatePath ?? [];
  const last = path[path.length - 1];
  const root = last && trusted.find((t) => equalBytes(der(t.cert), der(last)));
  if (!result.result || !root) {
    const expired = [tsaCert, ...carried].some(
      (c) => genTime < c.notBefore.value || genTime > c.notAfter.value,
    );
    throw expired
      ? new TokenError(
          'tsa_bad_certificate',
          `a certificate of the TSA was not valid at ${genTime.toISOString()}`,
        )
      : new TokenError(
          'tsa_untrusted',
          `the TSA "${subjectName(tsaCert)}" does not chain to a pinned TSA root`,
        );
  }
  return root.name;
}

function subjectName(cert: pkijs.Certificate): string {
  const cn = cert.subject.typesAndValues.find((t) => t.type === '2.5.4.3');
  return cn
    ? String(cn.value.valueBlock.value)
    : cert.subject.typesAndValues.map((t) => t.value.valueBlock.value).join(', ');
}

/**
 * The CMS signature inside a signed report (ETSI EN 319 122-1 CAdES, as PAdES baseline B-B and
 * B-T use it, ETSI EN 319 142-1 §6.3): a detached SignedData (RFC 5652) over the PDF's ByteRange,
 * one signer, signed attributes content-type (id-data), message-digest and ESS
 * signing-certificate-v2 naming the signer's certificate, no signing-time attribute (the time is
 * the signature dictionary's `/M`); for B-T, an RFC 3161 signature time-stamp over the signature
 * value as an unsigned attribute. Keys: ECDSA (P-256, P-384), RSA (PKCS #1 v1.5) and Ed25519
 * (RFC 8419, with SHA-512). The key itself stays at the edge: {@link cadesDetached} is given a
 * function that signs. Pure and async (WebCrypto through pkijs; noble for Ed25519), so the CLI
 * and /verify run the same verifier.
 *
 * ```ts
 * const cms = await cadesDetached(bytes, { certificate, chain: [], sign: (tbs) => signWithKey(tbs) });
 * const found = await verifyCades(cms, bytes, tsaRoots); // found.ok, found.signer.subject…
 * ```
 * @module
 */
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { verifySignature } from '../crypto/ed25519.ts';
import { equalBytes, toHex } from '../encoding.ts';
import { bytesOf, OID, parseTimestampReply } from '../timestamp/rfc3161.ts';
import { essNamesCertificate, type TsaRoot, verifyTimestampToken } from '../timestamp/verify-token.ts';

const CMS = {
  data: '1.2.840.113549.1.7.1',
  signingTime: '1.2.840.113549.1.9.5',
  signatureTimeStamp: '1.2.840.113549.1.9.16.2.14',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaSha256: '1.2.840.10045.4.3.2',
  rsa: '1.2.840.113549.1.1.1',
  rsaSha256: '1.2.840.113549.1.1.11',
  ed25519: '1.3.101.112',
} as const;

export interface CadesSigner {
  /** The signer's certificate, DER. */
  readonly certificate: Uint8Array;
  /** Certificates that lead from it to its root, DER (carried for readers; never trusted). */
  readonly chain: readonly Uint8Array[];
  /** Signs with the certificate's key: ECDSA (DER) or RSA over SHA-256, or pure Ed25519. */
  readonly sign: (toBeSigned: Uint8Array) => Promise<Uint8Array>;
  /** For B-T: an RFC 3161 TimeStampResp (DER) over these bytes, from a TSA. */
  readonly timestamp?: (signatureValue: Uint8Array) => Promise<Uint8Array>;
}

interface Algorithms {
  readonly digest: string;
  readonly hash: (b: Uint8Array) => Uint8Array;
  readonly signature: pkijs.AlgorithmIdentifier;
}

function algorithmsFor(cert: pkijs.Certificate): Algorithms {
  const key = cert.subjectPublicKeyInfo.algorithm.algorithmId;
  const sha2 = { digest: OID.sha256, hash: sha256 };
  if (key === CMS.ecPublicKey)
    return { ...sha2, signature: new pkijs.AlgorithmIdentifier({ algorithmId: CMS.ecdsaSha256 }) };
  if (key === CMS.rsa)
    return {
      ...sha2,
      signature: new pkijs.AlgorithmIdentifier({
        algorithmId: CMS.rsaSha256,
        algorithmParams: new asn1js.Null(),
      }),
    };
  // RFC 8419 §3: with signed attributes, Ed25519 goes with SHA-512.
  if (key === CMS.ed25519)
    return {
      digest: OID.sha512,
      hash: sha512,
      signature: new pkijs.AlgorithmIdentifier({ algorithmId: CMS.ed25519 }),
    };
  throw new Error(`the certificate's key (${key}) is not ECDSA, RSA or Ed25519`);
}

const attribute = (type: string, value: asn1js.BaseBlock) => new pkijs.Attribute({ type, values: [value] });

/** DER of a SET OF: elements sorted by their encodings (X.690 §11.6). */
function derSet(attrs: pkijs.Attribute[]): { sorted: pkijs.Attribute[]; der: Uint8Array } {
  const encoded = attrs.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  encoded.sort((x, y) => compareBytes(x.der, y.der));
  const der = new Uint8Array(new asn1js.Set({ value: encoded.map((e) => e.a.toSchema()) }).toBER(false));
  return { sorted: encoded.map((e) => e.a), der };
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** A detached CAdES signature (DER ContentInfo) over `data`. */
export async function cadesDetached(data: Uint8Array, signer: CadesSigner): Promise<Uint8Array> {
  const cert = pkijs.Certificate.fromBER(new Uint8Array(signer.certificate));
  const alg = algorithmsFor(cert);
  const essCertId = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: sha256(signer.certificate) })], // hashAlgorithm: sha256, the DEFAULT
  });
  const { sorted, der } = derSet([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: CMS.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: alg.hash(data) })),
    attribute(
      OID.signingCertificateV2,
      new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] }),
    ),
  ]);
  const signature = await signer.sign(der);
  const unsigned = signer.timestamp
    ? [attribute(CMS.signatureTimeStamp, tokenOf(await signer.timestamp(signature)))]
    : [];
  const info = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: alg.digest }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sorted }),
    signatureAlgorithm: alg.signature,
    signature: new asn1js.OctetString({ valueHex: signature }),
    ...(unsigned.length
      ? { unsignedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: unsigned }) }
      : {}),
  });
  const signed = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: alg.digest })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: CMS.data }),
    certificates: [cert, ...signer.chain.map((c) => pkijs.Certificate.fromBER(new Uint8Array(c)))],
    signerInfos: [info],
  });
  const content = new pkijs.ContentInfo({ contentType: OID.signedData, content: signed.toSchema(true) });
  return new Uint8Array(content.toSchema().toBER(false));
}

/** The TimeStampToken (a ContentInfo) of a granted TimeStampResp. */
function tokenOf(reply: Uint8Array): asn1js.BaseBlock {
  parseTimestampReply(reply); // granted, and a SignedData over a TSTInfo
  return pkijs.TimeStampResp.fromBER(new Uint8Array(reply)).timeStampToken!.toSchema();
}

export interface CadesSignerInfo {
  /** The certificate's subject, `CN=…, O=…, C=…`. */
  readonly subject: string;
  readonly issuer: string;
  readonly serial: string;
  /** SHA-256 of the certificate (DER), lowercase hex: what the authority publishes to pin. */
  readonly certificateSha256: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly key: 'ECDSA' | 'RSA' | 'Ed25519';
  /** Every certificate the signature carries, DER, the signer's first. */
  readonly certificates: readonly Uint8Array[];
}

export type SignatureTimestamp =
  | { readonly checked: true; readonly tsa: string; readonly genTime: string; readonly root: string }
  | { readonly checked: false; readonly tsa: string; readonly genTime: string; readonly why: string };

export type CadesResult =
  | { readonly ok: true; readonly signer: CadesSignerInfo; readonly timestamp?: SignatureTimestamp }
  | { readonly ok: false; readonly reason: string; readonly signer?: CadesSignerInfo };

class CadesError extends Error {}

/** How long before its time-stamp a B-T signature may say it was made (/M): docs/verifying.md §6. */
export const SIGNING_WINDOW_MS = 15 * 60_000;

/**
 * Checks a detached CAdES signature over `data`: one signer; its certificate carried; content-type
 * id-data, the message digest of `data`, an ESS signing-certificate-v2 naming that certificate,
 * no signing-time; the signature by the certificate's key. A signature time-stamp, if present, is
 * checked with `tsaRoots` (pinned by the reader) over the signature value. Certificate trust is
 * not decided here: the result says who the certificate names and its fingerprint.
 */
export async function verifyCades(
  cms: Uint8Array,
  data: Uint8Array,
  tsaRoots: readonly TsaRoot[],
  signingTime: string,
  reportMadeAt?: string,
): Promise<CadesResult> {
  let signer: CadesSignerInfo | undefined;
  try {
    const { sd, info, cert } = parse(cms);
    signer = describeSigner(cert, sd);
    const alg = algorithmsFor(cert);
    if (info.digestAlgorithm.algorithmId !== alg.digest)
      throw new CadesError('the signer’s digest algorithm is not the one its key requires');
    checkSignedAttributes(info, cert, alg.hash(data));
    if (!(await signatureVerifies(info, cert, alg)))
      throw new CadesError('the CMS signature does not verify with the key of the certificate it names');
    const timestamp = await checkTimestamp(info, tsaRoots, signingTime);
    checkValidity(cert, signingTime, timestamp);
    checkNotBeforeReport(signingTime, reportMadeAt);
    return { ok: true, signer, ...(timestamp ? { timestamp } : {}) };
  } catch (e) {
    const reason =
      e instanceof CadesError ? e.message : `the signature cannot be read: ${(e as Error).message}`;
    return { ok: false, reason, ...(signer ? { signer } : {}) };
  }
}

/**
 * The certificate must be valid when the signature was made: at the time a checked time-stamp
 * proves (the signer's own claim, /M, could be set back into the certificate's validity), else at /M.
 */
function checkValidity(cert: pkijs.Certificate, signingTime: string, ts: SignatureTimestamp | undefined) {
  const [at, what] = ts?.checked
    ? [ts.genTime, `the time of its signature time-stamp ${ts.genTime}`]
    : [signingTime, `the signing time ${signingTime}`];
  const ms = Date.parse(at);
  if (ms < cert.notBefore.value.getTime() || ms > cert.notAfter.value.getTime())
    throw new CadesError(`the signer’s certificate was not valid at ${what}`);
}

/**
 * A report cannot be signed before it was made: /M before the report's generation time is
 * refused (compared to the second, the precision of /M).
 */
function checkNotBeforeReport(signingTime: string, reportMadeAt: string | undefined) {
  const made = reportMadeAt ? Math.floor(Date.parse(reportMadeAt) / 1000) * 1000 : Number.NaN;
  if (Date.parse(signingTime) < made)
    throw new CadesError(
      `the signing time ${signingTime} is before the report was generated (${reportMadeAt}): a signing time set back in time`,
    );
}

function parse(cms: Uint8Array) {
  const content = pkijs.ContentInfo.fromBER(new Uint8Array(cms));
  if (content.contentType !== OID.signedData) throw new CadesError('the signature is not a CMS SignedData');
  const sd = new pkijs.SignedData({ schema: content.content });
  if (sd.encapContentInfo.eContentType !== CMS.data || sd.encapContentInfo.eContent)
    throw new CadesError('the signature is not detached over data (id-data, no content)');
  if (sd.signerInfos.length !== 1) throw new CadesError('the signature must have exactly one signer');
  const info = sd.signerInfos[0]!;
  const sid = info.sid;
  const certs = (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const cert =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber))
      : undefined;
  if (!cert) throw new CadesError('the signature does not carry the certificate of its signer');
  return { sd, info, cert };
}

function checkSignedAttributes(info: pkijs.SignerInfo, cert: pkijs.Certificate, digest: Uint8Array): void {
  const attrs = info.signedAttrs?.attributes ?? [];
  const of = (type: string) => attrs.filter((a) => a.type === type);
  const ct = of(OID.contentType);
  if (ct.length !== 1 || (ct[0]!.values[0] as asn1js.ObjectIdentifier).valueBlock.toString() !== CMS.data)
    throw new CadesError('the signed content-type attribute is not id-data');
  const md = of(OID.messageDigest);
  if (md.length !== 1 || !equalBytes(bytesOf(md[0]!.values[0] as asn1js.OctetString), digest))
    throw new CadesError(
      'the signed message digest is not that of the signed byte range: the file was changed after it was signed',
    );
  const ess = of(OID.signingCertificateV2);
  if (ess.length !== 1 || !essNamesCertificate(ess[0]!, der(cert)))
    throw new CadesError('the ESS signing-certificate-v2 attribute is missing or names another certificate');
  if (of(CMS.signingTime).length)
    throw new CadesError('the signature carries a signing-time attribute, which PAdES baseline forbids');
}

async function signatureVerifies(info: pkijs.SignerInfo, cert: pkijs.Certificate, alg: Algorithms) {
  const signed = new Uint8Array(info.signedAttrs!.encodedValue);
  const value = bytesOf(info.signature);
  const sigAlg = info.signatureAlgorithm.algorithmId;
  if (sigAlg !== alg.signature.algorithmId) return false;
  if (sigAlg === CMS.ed25519)
    return verifySignature(value, signed, bytesOf(cert.subjectPublicKeyInfo.subjectPublicKey));
  return pkijs
    .getCrypto(true)
    .verifyWithPublicKey(
      signed,
      info.signature,
      cert.subjectPublicKeyInfo,
      info.signatureAlgorithm,
      'SHA-256',
    )
    .catch(() => false);
}

async function checkTimestamp(
  info: pkijs.SignerInfo,
  roots: readonly TsaRoot[],
  signingTime: string,
): Promise<SignatureTimestamp | undefined> {
  const found = (info.unsignedAttrs?.attributes ?? []).filter((a) => a.type === CMS.signatureTimeStamp);
  if (found.length === 0) return undefined;
  if (found.length > 1) throw new CadesError('the signature carries more than one signature time-stamp');
  const reply = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
    timeStampToken: new pkijs.ContentInfo({ schema: found[0]!.values[0] }),
  });
  const replyDer = new Uint8Array(reply.toSchema().toBER(false));
  const { tstInfo, signedData } = parseTimestampReply(replyDer);
  const genTime = tstInfo.genTime.toISOString();
  const tsaCert = (signedData.certificates ?? []).find((c) => c instanceof pkijs.Certificate);
  const tsa = tsaCert instanceof pkijs.Certificate ? nameOf(tsaCert.subject) : 'an unnamed TSA';
  if (roots.length === 0) return { checked: false, tsa, genTime, why: 'no TSA root is pinned' };
  const r = await verifyTimestampToken(replyDer, bytesOf(info.signature), roots);
  if (!r.ok) throw new CadesError(`the signature time-stamp does not verify: ${r.reason}`);
  // The signer claims a time (/M); the TSA saw the signature at genTime: the claim cannot be later,
  // nor more than the signing window earlier (signing and stamping are one step: docs/formats.md).
  if (Date.parse(signingTime) > Date.parse(r.upperBound))
    throw new CadesError(
      `the signing time ${signingTime} is later than the signature's time-stamp (${r.genTime})`,
    );
  if (Date.parse(signingTime) < Date.parse(r.genTime) - SIGNING_WINDOW_MS)
    throw new CadesError(
      `the signing time ${signingTime} is more than ${SIGNING_WINDOW_MS / 60_000} minutes before the signature's time-stamp (${r.genTime})`,
    );
  return { checked: true, tsa: r.tsa, genTime: r.genTime, root: r.root };
}

const der = (c: pkijs.Certificate) => new Uint8Array(c.toSchema(true).toBER(false));

function describeSigner(cert: pkijs.Certificate, sd: pkijs.SignedData): CadesSignerInfo {
  const keyOid = cert.subjectPublicKeyInfo.algorithm.algorithmId;
  const others = (sd.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate && c !== cert,
  );
  return {
    subject: nameOf(cert.subject),
    issuer: nameOf(cert.issuer),
    serial: toHex(bytesOf(cert.serialNumber)),
    certificateSha256: toHex(sha256(der(cert))),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
    key: keyOid === CMS.rsa ? 'RSA' : keyOid === CMS.ed25519 ? 'Ed25519' : 'ECDSA',
    certificates: [der(cert), ...others.map(der)],
  };
}

const SHORT: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
};

/** Characters that move or hide text: controls (C0, DEL, C1), format characters (bidi controls among them), line and paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** The longest name value printed: X.520 bounds CN, O and OU to 64 characters; longer is cut with "…". */
const VALUE_CAP = 64;

/**
 * A certificate name value as printed: control and bidi characters as `U+XXXX`, cut at
 * {@link VALUE_CAP} characters, so that a name cannot imitate the verifier's own sentence.
 */
export function printableName(value: string): string {
  const chars = [...value];
  const cut = chars.length > VALUE_CAP ? `${chars.slice(0, VALUE_CAP - 1).join('')}…` : value;
  return cut.replace(
    UNPRINTABLE,
    (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/**
 * `CN=…, O=…, C=…`, the most specific first, as a person reads a name: only CN, O, OU, C and L
 * (docs/verifying.md §6); any other attribute, free text such as `description`, is not printed.
 */
function nameOf(name: pkijs.RelativeDistinguishedNames): string {
  const shown = name.typesAndValues
    .filter((t) => SHORT[t.type])
    .map((t) => `${SHORT[t.type]}=${printableName(String(t.value.valueBlock.value))}`)
    .reverse()
    .join(', ');
  return shown || '(no CN, O, OU, C or L)';
}

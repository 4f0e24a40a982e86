/**
 * RFC 3161 time-stamp requests and replies, as the log needs them to ask a timestamping
 * authority (TSA) about a checkpoint: build a TimeStampReq for SHA-256 of some bytes, and read a
 * TimeStampResp enough to keep it (granted, the imprint and nonce ours). Verifying a token's
 * signature and certificate is `verify-token.ts`'s. ASN.1 and CMS are pkijs and asn1js
 * (PeculiarVentures): maintained, pure ESM, browser-capable; no DER is parsed by hand here.
 *
 * ```ts
 * const request = timestampRequest(noteBytes, nonce);
 * const reply = await post(tsaUrl, request.der);   // application/timestamp-query
 * const { genTime } = readTimestampReply(reply, request);
 * ```
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { equalBytes } from '../encoding.ts';
import { ValidationError, VerificationError } from '../errors.ts';

export const OID = {
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  sha1: '1.3.14.3.2.26',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  extKeyUsage: '2.5.29.37',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

export interface TimestampRequest {
  /** DER TimeStampReq, to POST as application/timestamp-query. */
  readonly der: Uint8Array;
  readonly imprint: Uint8Array;
  readonly nonce: Uint8Array;
}

/**
 * The DER content octets of the non-negative INTEGER whose big-endian bytes are `bytes`: no
 * leading 0x00 unless the next byte has its high bit set (X.690 §8.3.2). Random nonce bytes
 * often start with zeros, and TSAs such as OpenSSL refuse a non-minimal INTEGER outright.
 */
function minimalPositiveInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.length === 0 ? Uint8Array.of(0) : bytes.subarray(start);
  return trimmed[0]! & 0x80 ? Uint8Array.of(0, ...trimmed) : Uint8Array.from(trimmed);
}

/** A SHA-256 request with a nonce, asking the TSA to include its certificate. */
export function timestampRequest(data: Uint8Array, nonce: Uint8Array): TimestampRequest {
  const imprint = sha256(data);
  const positive = minimalPositiveInteger(nonce);
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: OID.sha256,
        algorithmParams: new asn1js.Null(),
      }),
      hashedMessage: new asn1js.OctetString({ valueHex: imprint }),
    }),
    nonce: new asn1js.Integer({ valueHex: positive }),
    certReq: true,
  });
  return { der: new Uint8Array(req.toSchema().toBER(false)), imprint, nonce: positive };
}

export interface ParsedToken {
  readonly signedData: pkijs.SignedData;
  readonly tstInfo: pkijs.TSTInfo;
}

/** Parses a TimeStampResp whose status is granted down to its TSTInfo; throws otherwise. */
export function parseTimestampReply(reply: Uint8Array): ParsedToken {
  let resp: pkijs.TimeStampResp;
  try {
    resp = pkijs.TimeStampResp.fromBER(new Uint8Array(reply));
  } catch (e) {
    throw new ValidationError('bad_format', `not an RFC 3161 TimeStampResp: ${(e as Error).message}`);
  }
  const status = resp.status.status;
  if (status !== 0 && status !== 1) {
    throw new VerificationError('bad_signature', `the TSA refused the request (PKIStatus ${status})`);
  }
  const token = resp.timeStampToken;
  if (!token || token.contentType !== OID.signedData) {
    throw new ValidationError('bad_format', 'the reply holds no CMS SignedData token');
  }
  try {
    const signedData = new pkijs.SignedData({ schema: token.content });
    if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !signedData.encapContentInfo.eContent) {
      throw new Error('its content is not an id-ct-TSTInfo');
    }
    const tstInfo = pkijs.TSTInfo.fromBER(signedData.encapContentInfo.eContent.getValue());
    return { signedData, tstInfo };
  } catch (e) {
    throw new ValidationError('bad_format', `malformed time-stamp token: ${(e as Error).message}`);
  }
}

/** The bytes of a hash or nonce INTEGER / OCTET STRING, as a fresh Uint8Array. */
export const bytesOf = (v: { valueBlock: { valueHexView: Uint8Array } }): Uint8Array =>
  new Uint8Array(v.valueBlock.valueHexView);

/** The log's check before it keeps a reply: granted, over our imprint (SHA-256), with our nonce. */
export function readTimestampReply(reply: Uint8Array, request: TimestampRequest): { genTime: Date } {
  const { tstInfo } = parseTimestampReply(reply);
  const imprint = tstInfo.messageImprint;
  if (
    imprint.hashAlgorithm.algorithmId !== OID.sha256 ||
    !equalBytes(bytesOf(imprint.hashedMessage), request.imprint)
  ) {
    throw new VerificationError('bad_signature', 'the token is over other data than the checkpoint sent');
  }
  if (!tstInfo.nonce || !equalBytes(bytesOf(tstInfo.nonce), request.nonce)) {
    throw new VerificationError('bad_signature', 'the token does not carry the nonce sent');
  }
  return { genTime: tstInfo.genTime };
}

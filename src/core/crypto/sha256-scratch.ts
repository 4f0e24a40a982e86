/**
 * SHA-256 (FIPS 180-4 §6.2) of one whole message, allocating only its 32-byte output: the history
 * map hashes millions of 65- and 81-byte inputs, and a general streaming hasher's per-call
 * objects (state, buffer, view) cost more than the compression itself. Same digest as any
 * SHA-256 (test/core/crypto/sha256-scratch.test.ts compares it with @noble/hashes on every
 * length up to three blocks and on random inputs). Not re-entrant, which JavaScript's one thread
 * makes safe: nothing here awaits or calls out.
 *
 * ```ts
 * sha256Scratch(new Uint8Array(65)); // 32 bytes
 * ```
 * @module
 */

// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
// FIPS 180-4 §5.3.3: the initial hash value.
const IV = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const W = new Int32Array(64);
const H = new Int32Array(8);
/** The message's last block or two, padded (§5.1.1). */
const tail = new Uint8Array(128);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** One compression of the 64-byte block at `offset` of `bytes` into H (§6.2.2). */
function compress(bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + 4 * i;
    W[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!;
  }
  expand(W, 0);
  rounds(W, 0);
}

/** The message schedule (§6.2.2 step 1): `w[at + 16 … at + 63]` from `w[at … at + 15]`. */
function expand(w: Int32Array, at: number): void {
  for (let i = at + 16; i < at + 64; i++) {
    const a = w[i - 15]!;
    const b = w[i - 2]!;
    const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
    const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
}

/** The 64 rounds over the schedule at `w[at …]`, added into H (§6.2.2 steps 2–4). */
function rounds(w: Int32Array, at: number): void {
  let a = H[0]!;
  let b = H[1]!;
  let c = H[2]!;
  let d = H[3]!;
  let e = H[4]!;
  let f = H[5]!;
  let g = H[6]!;
  let h = H[7]!;
  for (let i = 0; i < 64; i++) {
    const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[at + i]!) | 0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  H[0] = (H[0]! + a) | 0;
  H[1] = (H[1]! + b) | 0;
  H[2] = (H[2]! + c) | 0;
  H[3] = (H[3]! + d) | 0;
  H[4] = (H[4]! + e) | 0;
  H[5] = (H[5]! + f) | 0;
  H[6] = (H[6]! + g) | 0;
  H[7] = (H[7]! + h) | 0;
}

/** H as the 32-byte digest (§6.2.2, big-endian words). */
function digest(): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = H[i]!;
    out[4 * i] = v >>> 24;
    out[4 * i + 1] = v >>> 16;
    out[4 * i + 2] = v >>> 8;
    out[4 * i + 3] = v;
  }
  return out;
}

/**
 * The second block of every 65-byte message, scheduled once per value of its one message byte:
 * that byte, the 0x80 padding byte, zeros and the bit length 520 (§5.1.1). A Merkle node hash is
 * a 65-byte message, so its second compression skips the schedule.
 */
const SECOND_OF_65 = (() => {
  const table = new Int32Array(256 * 64);
  for (let last = 0; last < 256; last++) {
    table[last * 64] = (last << 24) | (0x80 << 16);
    table[last * 64 + 15] = 65 * 8;
    expand(table, last * 64);
  }
  return table;
})();

const word = (x: Uint8Array, i: number) => (x[i]! << 24) | (x[i + 1]! << 16) | (x[i + 2]! << 8) | x[i + 3]!;

/**
 * SHA-256 of the 65 bytes `first ‖ a ‖ b` (a byte, then two 32-byte hashes): a Merkle node, read
 * from its two children in place, the second block's schedule precomputed. Same digest as
 * `sha256Scratch` of the concatenation, at about two thirds of its cost.
 */
export function sha256Of65(first: number, a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length !== 32 || b.length !== 32) throw new RangeError('sha256Of65 takes two 32-byte halves');
  H.set(IV);
  // Message bytes 4i … 4i + 3: `first`, then a[0 …], then b[0 …] from byte 33 on.
  W[0] = ((first & 255) << 24) | (a[0]! << 16) | (a[1]! << 8) | a[2]!;
  for (let i = 1; i < 8; i++) W[i] = word(a, 4 * i - 1);
  W[8] = (a[31]! << 24) | (b[0]! << 16) | (b[1]! << 8) | b[2]!;
  for (let i = 9; i < 16; i++) W[i] = word(b, 4 * i - 33);
  expand(W, 0);
  rounds(W, 0);
  rounds(SECOND_OF_65, b[31]! * 64);
  return digest();
}

/** SHA-256 of `message` (at most 2^29 − 1 bytes, so that its bit length fits 32 bits). */
export function sha256Scratch(message: Uint8Array): Uint8Array {
  const n = message.length;
  if (n >= 2 ** 29) throw new RangeError('sha256Scratch takes messages under 512 MiB');
  H.set(IV);
  const whole = n - (n % 64);
  for (let offset = 0; offset < whole; offset += 64) compress(message, offset);
  const rest = n - whole;
  const blocks = rest + 9 <= 64 ? 1 : 2;
  tail.fill(0, 0, blocks * 64);
  // A byte loop, not `set(subarray)`: the map hashes millions of short messages, and a subarray
  // is an object allocated per call.
  for (let i = 0; i < rest; i++) tail[i] = message[whole + i]!;
  tail[rest] = 0x80;
  const bits = n * 8;
  const end = blocks * 64;
  tail[end - 4] = bits >>> 24;
  tail[end - 3] = bits >>> 16;
  tail[end - 2] = bits >>> 8;
  tail[end - 1] = bits;
  compress(tail, 0);
  if (blocks === 2) compress(tail, 64);
  return digest();
}

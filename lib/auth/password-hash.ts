// Password hashing: scrypt from node:crypto, which runs in libuv's thread pool and so never
// blocks the event loop. No "server-only" and no "@/" imports: the seed script uses this too.
//
// Stored format (the PHC string format, as passlib and others write scrypt):
//   $scrypt$ln=15,r=8,p=3$<salt>$<key>     (salt and key in base64 without padding)
// ln is log2 of N. Hashes written by earlier versions of Dugnad are bcrypt ($2a$/$2b$/$2y$);
// they still verify (bcryptjs, asynchronous) and report `needsRehash`, so the caller can replace
// them with an scrypt hash after a successful sign-in.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { availableParallelism } from "node:os";
import bcrypt from "bcryptjs";
import pLimit from "p-limit";

/**
 * OWASP's Password Storage Cheat Sheet lists N=2^17, r=8, p=1 (128 MiB) and the equivalent
 * N=2^16/p=2, N=2^15/p=3, N=2^14/p=5 and N=2^13/p=10 as minimum settings for scrypt. We take
 * N=2^15, r=8, p=3: 32 MiB per check, so a handful of checks at once stays cheap in memory,
 * at about the CPU cost of the first setting (~0.1 s on a server core, ~0.5 s on this
 * project's shared 2-core build machine).
 */
export const SCRYPT_PARAMS = { ln: 15, r: 8, p: 3 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

// Bounds for parameters read from the database, so that a corrupt or hostile row cannot make
// one check take gigabytes or minutes.
const MAX_LN = 20;
const MAX_R = 16;
const MAX_P = 16;

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{11,88})\$([A-Za-z0-9+/]{22,88})$/;
const BCRYPT = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

/**
 * At most this many hash computations run at once in this process (the rest wait in a queue,
 * holding nothing but a promise). One less than the cores, at least 1 and at most 4: the event
 * loop keeps a core, and libuv's 4 pool threads are never all taken by hashing (file reads and
 * DNS look-ups use them too).
 */
export const HASH_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism() - 1));
const slots = pLimit(HASH_CONCURRENCY);

/** Hash computations running and waiting in this process (for back-pressure and the tests). */
export function hashQueue(): { running: number; waiting: number } {
  return { running: slots.activeCount, waiting: slots.pendingCount };
}

function scryptAsync(password: string, salt: Buffer, keyLength: number, params: { ln: number; r: number; p: number }): Promise<Buffer> {
  const N = 2 ** params.ln;
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 128 * N * params.r + 2 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** NIST SP 800-63B asks for Unicode normalisation, so "å" typed on any keyboard is the same password. */
function normalise(password: string): string {
  return password.normalize("NFKC");
}

function b64(bytes: Buffer): string {
  return bytes.toString("base64").replace(/=+$/, "");
}

/** A new scrypt hash of the password with a random salt, in the stored format. */
export function hashPassword(password: string): Promise<string> {
  return slots(async () => {
    const salt = randomBytes(SALT_BYTES);
    const key = await scryptAsync(normalise(password), salt, KEY_BYTES, SCRYPT_PARAMS);
    const { ln, r, p } = SCRYPT_PARAMS;
    return `$scrypt$ln=${ln},r=${r},p=${p}$${b64(salt)}$${b64(key)}`;
  });
}

export interface Verification {
  ok: boolean;
  /** The stored hash is bcrypt or scrypt with other parameters: store a new hash if `ok`. */
  needsRehash: boolean;
}

/**
 * Checks a password against a stored hash (scrypt in the format above, or legacy bcrypt).
 * A hash in neither format never matches. The comparison of scrypt keys is constant-time.
 */
export function verifyPassword(password: string, stored: string): Promise<Verification> {
  const scryptHash = PHC.exec(stored);
  if (scryptHash) {
    const params = { ln: Number(scryptHash[1]), r: Number(scryptHash[2]), p: Number(scryptHash[3]) };
    const salt = Buffer.from(scryptHash[4]!, "base64");
    const expected = Buffer.from(scryptHash[5]!, "base64");
    if (params.ln < 1 || params.ln > MAX_LN || params.r < 1 || params.r > MAX_R || params.p < 1 || params.p > MAX_P) {
      return Promise.resolve({ ok: false, needsRehash: false });
    }
    return slots(async () => {
      const actual = await scryptAsync(normalise(password), salt, expected.length, params);
      const current = params.ln === SCRYPT_PARAMS.ln && params.r === SCRYPT_PARAMS.r && params.p === SCRYPT_PARAMS.p;
      const ok = timingSafeEqual(actual, expected);
      return { ok, needsRehash: ok && !current };
    });
  }
  if (BCRYPT.test(stored)) {
    // bcrypt hashes were made from the password as typed, without normalisation.
    return slots(async () => {
      const ok = await bcrypt.compare(password, stored);
      return { ok, needsRehash: ok };
    });
  }
  return Promise.resolve({ ok: false, needsRehash: false });
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same time as checking a password against a current hash, and never matches: for
 * sign-ins to an unknown e-mail address, so that timing does not tell which addresses exist.
 */
export async function verifyAgainstDummy(password: string): Promise<{ ok: false; needsRehash: false }> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(password, await dummy);
  return { ok: false, needsRehash: false };
}

import { describe, expect, it } from "vitest";
import { HASH_CONCURRENCY, hashPassword, hashQueue, SCRYPT_PARAMS, verifyPassword } from "@/lib/auth/password-hash";

// Written by Python's hashlib.scrypt (OpenSSL), not by our code: the format is the common one.
const PYTHON_SCRYPT = "$scrypt$ln=10,r=8,p=1$ZHVnbmFkLXNhbHQtMDAwMQ$7cvGmZbLMplRdfq50xZSaZLrYf9AYN1mzzLwETQ2uHk";
// A bcrypt hash as earlier versions of Dugnad stored them (bcryptjs).
const LEGACY_BCRYPT = "$2b$04$PYJwagtiHA2/jroK.Y2smOGkVSgzKcgcahhxg9pZUMgdt/ZQpnbEC";

// A check takes ~0.1 s on a server core and up to a second on a busy build machine.
describe("password hashing", { timeout: 30_000 }, () => {
  it("writes scrypt with the current parameters and a fresh salt, and verifies it", async () => {
    const [a, b] = await Promise.all([hashPassword("riktig hest"), hashPassword("riktig hest")]);
    const { ln, r, p } = SCRYPT_PARAMS;
    expect(a).toMatch(new RegExp(`^\\$scrypt\\$ln=${ln},r=${r},p=${p}\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$`));
    expect(b).not.toBe(a);
    expect(await verifyPassword("riktig hest", a)).toEqual({ ok: true, needsRehash: false });
    expect(await verifyPassword("riktig hest ", a)).toEqual({ ok: false, needsRehash: false });
    expect(await verifyPassword("Riktig hest", b)).toEqual({ ok: false, needsRehash: false });
  });

  it("verifies scrypt hashes written elsewhere, and asks for a new hash when the parameters are older", async () => {
    expect(await verifyPassword("hemmelig-passord", PYTHON_SCRYPT)).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword("hemmelig-passorD", PYTHON_SCRYPT)).toEqual({ ok: false, needsRehash: false });
  });

  it("still verifies bcrypt hashes from earlier versions, and asks for a new hash", async () => {
    expect(await verifyPassword("hemmelig-passord", LEGACY_BCRYPT)).toEqual({ ok: true, needsRehash: true });
    expect(await verifyPassword("feil", LEGACY_BCRYPT)).toEqual({ ok: false, needsRehash: false });
  });

  it("treats a password typed with composed or decomposed letters as the same", async () => {
    const composed = "blåbær\u00e6"; // å, æ as single code points
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toMatchObject({ ok: true });
  });

  it("never matches a stored value in another format, nor parameters that would take too long", async () => {
    for (const stored of ["", "x", "riktig hest", "$scrypt$ln=15,r=8,p=3$$", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"]) {
      expect(await verifyPassword("riktig hest", stored)).toEqual({ ok: false, needsRehash: false });
    }
    const started = performance.now();
    const huge = PYTHON_SCRYPT.replace("ln=10", "ln=40");
    expect(await verifyPassword("hemmelig-passord", huge)).toEqual({ ok: false, needsRehash: false });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("runs at most a few checks at once and keeps the event loop free while they run", async () => {
    const stored = await hashPassword("riktig hest");
    // How late does a 10 ms timer fire while batches of checks run back to back?
    let last = performance.now();
    let worstGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 10);
    let shortestBatch = Infinity;
    let maxRunning = 0;
    let maxQueued = 0;
    for (let round = 0; round < 2; round++) {
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 3 * HASH_CONCURRENCY }, () =>
          verifyPassword("feil", stored).finally(() => {
            const { running, waiting } = hashQueue();
            maxRunning = Math.max(maxRunning, running);
            maxQueued = Math.max(maxQueued, running + waiting);
          }),
        ),
      );
      shortestBatch = Math.min(shortestBatch, performance.now() - started);
    }
    clearInterval(timer);
    worstGap = Math.max(worstGap, performance.now() - last);
    expect(maxRunning).toBeLessThanOrEqual(HASH_CONCURRENCY);
    expect(maxQueued).toBeGreaterThan(HASH_CONCURRENCY);
    // Checks on the event loop (bcryptjs, scryptSync) would hold the timer for a whole batch. The
    // bound is relative because this test also runs on a shared, busy machine.
    expect(worstGap).toBeLessThan(shortestBatch / 2);
  });
});

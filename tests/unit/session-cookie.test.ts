// The session cookie is decrypted once per token string (lib/auth/session-cookie.ts): what a
// request gets from the cache is what decrypting it gives, a forged or altered cookie is still
// refused, and a token is not accepted past its own expiry.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { cachedDecode, decodedTokenCache } from "@/lib/auth/session-cookie";

const secret = "a-test-secret-that-is-long-enough-0123456789";
const salt = "authjs.session-token";
const token = (sid: string, maxAge = 3600, s = secret) => encode({ token: { sid }, secret: s, salt, maxAge });

beforeEach(() => decodedTokenCache.clear());

describe("the decrypted session cookie cache", () => {
  it("gives the same session id as decrypting, the first time and from the cache", async () => {
    const t = await token("session-1");
    const first = await cachedDecode({ token: t, secret, salt });
    const second = await cachedDecode({ token: t, secret, salt });
    expect(first?.sid).toBe("session-1");
    expect(second?.sid).toBe("session-1");
    expect(decodedTokenCache.size()).toBe(1);
  });

  it("refuses a tampered token, also after the genuine one was cached", async () => {
    const t = await token("session-2");
    await cachedDecode({ token: t, secret, salt });
    const parts = t.split(".");
    const ciphertext = parts[3]!;
    parts[3] = (ciphertext[0] === "A" ? "B" : "A") + ciphertext.slice(1);
    await expect(cachedDecode({ token: parts.join("."), secret, salt })).rejects.toThrow();
    expect(decodedTokenCache.size()).toBe(1);
  });

  it("refuses a token encrypted with another secret, and one presented under another cookie name", async () => {
    const foreign = await token("session-3", 3600, "another-secret-that-is-long-enough-9876543210");
    await expect(cachedDecode({ token: foreign, secret, salt })).rejects.toThrow();
    const t = await token("session-3");
    await cachedDecode({ token: t, secret, salt });
    await expect(cachedDecode({ token: t, secret, salt: `__Secure-${salt}` })).rejects.toThrow();
  });

  it("does not accept a token past its expiry, even once cached", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const t = await token("session-4", 60);
      expect((await cachedDecode({ token: t, secret, salt }))?.sid).toBe("session-4");
      vi.setSystemTime(Date.now() + 2 * 60_000);
      await expect(cachedDecode({ token: t, secret, salt })).rejects.toThrow();
      expect(decodedTokenCache.size()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not keep a token that has expired already", async () => {
    const expired = await token("session-5", -60);
    await expect(cachedDecode({ token: expired, secret, salt })).rejects.toThrow();
    expect(decodedTokenCache.size()).toBe(0);
  });
});

import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { env } from "@/lib/env";

/** Whether the request came over HTTPS (directly, or through a proxy that says so). */
export function isHttps(headers: Headers, url?: URL): boolean {
  const forwarded = headers.get("x-forwarded-proto");
  if (forwarded) return forwarded.split(",")[0]!.trim() === "https";
  return url?.protocol === "https:";
}

/**
 * The session id in the request's session cookie (Auth.js's signed and encrypted JWT), or null.
 * Reading never writes the cookie: nothing here extends a session. Whether the session is still
 * live is decided against its row (lib/data/sessions.ts), never here.
 */
export async function sessionIdFrom(headers: Headers, url?: URL): Promise<string | null> {
  const token = await getToken({ req: { headers }, secret: env.AUTH_SECRET, secureCookie: isHttps(headers, url), decode: cachedDecode });
  return typeof token?.sid === "string" ? token.sid : null;
}

// Decrypting the cookie (HKDF key derivation, AES-CBC, HMAC) was the largest part of being signed
// in, done twice per page (the proxy, then the page). A cookie is the same string on every request
// of a session, and what it decrypts to never changes: so the result is kept, keyed by the exact
// token string and the salt (the cookie's name) it was decrypted with, until the token's own
// expiry. Only tokens that decrypted and verified are kept (a forged or altered string is a
// different key and is decrypted, and refused, as before). The session row is still checked on
// every request. Shared on globalThis: the proxy and the pages are separate bundles in one process.
// Decision record: docs/decisions/032-session-cookie-cache.md.

interface Decoded {
  token: JWT;
  /** When the token expires (its `exp`), in ms since the epoch. */
  expiresAt: number;
}

/** At most this many tokens are kept; the oldest goes first. */
export const DECODED_TOKEN_LIMIT = 10_000;
const KEY = Symbol.for("dugnad.decodedSessionTokens");
const store = globalThis as typeof globalThis & { [KEY]?: Map<string, Decoded> };
const decoded = (store[KEY] ??= new Map());

/** Auth.js's `decode`, remembered per token string (see above). */
export async function cachedDecode(params: JWTDecodeParams, now = Date.now()): Promise<JWT | null> {
  const { token, salt } = params;
  if (!token) return null;
  const key = `${salt}\0${token}`;
  const hit = decoded.get(key);
  if (hit) {
    if (now < hit.expiresAt) return hit.token;
    decoded.delete(key);
  }
  const result = await decode(params);
  // A token without an expiry is not remembered (Auth.js always sets one).
  if (result && typeof result.exp === "number") {
    const expiresAt = result.exp * 1000;
    if (now < expiresAt) {
      if (decoded.size >= DECODED_TOKEN_LIMIT) decoded.delete(decoded.keys().next().value!);
      decoded.set(key, { token: Object.freeze(result), expiresAt });
    }
  }
  return result;
}

/** For tests: how many decrypted tokens are kept, and forgetting them. */
export const decodedTokenCache = {
  size: () => decoded.size,
  clear: () => decoded.clear(),
};

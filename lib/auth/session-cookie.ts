import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";

/** Whether the request came over HTTPS (directly, or through a proxy that says so). */
export function isHttps(headers: Headers, url?: URL): boolean {
  const forwarded = headers.get("x-forwarded-proto");
  if (forwarded) return forwarded.split(",")[0]!.trim() === "https";
  return url?.protocol === "https:";
}

/**
 * The session id in the request's session cookie (Auth.js's signed and encrypted JWT), or null.
 * Reading never writes the cookie: nothing here extends a session.
 */
export async function sessionIdFrom(headers: Headers, url?: URL): Promise<string | null> {
  const token = await getToken({ req: { headers }, secret: env.AUTH_SECRET, secureCookie: isHttps(headers, url) });
  return typeof token?.sid === "string" ? token.sid : null;
}

// The client's network address, for the per-address sign-in throttle: derived here and nowhere
// else. Server actions and route handlers see no socket, only headers. `next start` fills in
// X-Forwarded-For with the socket's address only when the request has none (`??=` in Next's
// base-server), so without a proxy in front a client can write any address it likes there. We
// therefore believe X-Forwarded-For only as far as TRUST_PROXY says proxies append to it.
import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";

/**
 * The client's address from an X-Forwarded-For value, given how many proxies in front of the app
 * append to it (the client is that many entries from the right), or null when it cannot be known:
 * no trusted proxy, no header, or not an IP address. IPv4-mapped IPv6 addresses count as IPv4; an
 * IPv6 client counts as its /64 network, since one host is usually given a whole /64.
 */
export function clientAddressFrom(forwardedFor: string | null, trustedProxies: number): string | null {
  if (trustedProxies < 1 || !forwardedFor) return null;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  // Fewer entries than proxies: the outermost ones replaced the header or were bypassed; the
  // leftmost entry is then still written by one of them (or by Next from the socket).
  const entry = entries[Math.max(0, entries.length - trustedProxies)]!;
  const host = /^\[(.+)\](?::\d+)?$/.exec(entry)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry)?.[1] ?? entry;
  if (!ipaddr.isValid(host)) return null;
  const address = ipaddr.process(host);
  if (address.kind() === "ipv4") return address.toString();
  const network = new ipaddr.IPv6([...(address as ipaddr.IPv6).parts.slice(0, 4), 0, 0, 0, 0]);
  return `${network.toString()}/64`;
}

/** The client's address for a request (see clientAddressFrom), with this installation's TRUST_PROXY. */
export function clientAddress(headers: Headers): string | null {
  return clientAddressFrom(headers.get("x-forwarded-for"), env.TRUST_PROXY);
}

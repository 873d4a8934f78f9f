// The metrics scraper's token check: constant time, whatever the lengths (both sides hashed first).
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** True when `authorization` is "Bearer <expected>". */
export function metricsTokenMatches(authorization: string | null, expected: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  const given = match?.[1] ?? "";
  // Compared even when the header is missing, so the time taken tells nothing.
  return timingSafeEqual(digest(given), digest(expected)) && match !== null;
}

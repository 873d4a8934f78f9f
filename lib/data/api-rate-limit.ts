import "server-only";
import { prisma } from "@/lib/db";

export interface RateLimitState {
  /** Whether this call is within the limit. */
  allowed: boolean;
  limit: number;
  /** Calls left in the window after this one. */
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

/**
 * Counts one call against the key's limit per window, in one atomic statement on PostgreSQL, so the
 * count holds across every app instance on the database (docs/decisions/024-api-and-tokens.md): a
 * fixed window that starts at the first call after the previous one ended. The database's clock
 * decides, so instances with clocks apart agree.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds = 60): Promise<RateLimitState> {
  const rows = await prisma.$queryRaw<{ count: number; reset_ms: number }[]>`
    insert into "ApiRateLimit" (key, "windowStart", count) values (${key}, now(), 1)
    on conflict (key) do update set
      "windowStart" = case when "ApiRateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::float8) then now() else "ApiRateLimit"."windowStart" end,
      count = case when "ApiRateLimit"."windowStart" <= now() - make_interval(secs => ${windowSeconds}::float8) then 1 else "ApiRateLimit".count + 1 end
    returning count, (extract(epoch from ("windowStart" + make_interval(secs => ${windowSeconds}::float8) - now())) * 1000)::float8 as reset_ms`;
  const { count, reset_ms } = rows[0]!;
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds: Math.max(1, Math.ceil(reset_ms / 1000)),
  };
}

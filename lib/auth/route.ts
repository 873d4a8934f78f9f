import "server-only";
import { currentActor } from "@/lib/auth/session";
import { PUBLIC, type Actor } from "@/lib/access";
import { isExpectedError } from "@/lib/data/errors";
import { common } from "@/lib/i18n/common";
import { inLocale, inRequestLocale, localeFor } from "@/lib/i18n/server";
import { logError } from "@/lib/log";

/**
 * The one wrapper for route handlers: requires a session, and answers expected errors with
 * their status (a record the actor may not read is 404, as on the pages), anything else 500
 * without details.
 */
export async function withActorRoute(run: (actor: Actor) => Promise<Response>): Promise<Response> {
  // The session is read once (React's request cache does not hold in a route handler): the
  // language comes from the actor read here.
  const actor = await currentActor();
  return inLocale(await localeFor(actor), () => actorRoute(actor, run));
}

async function actorRoute(actor: Actor | null, run: (actor: Actor) => Promise<Response>): Promise<Response> {
  try {
    if (!actor) return Response.json({ error: common().errors.notAllowed }, { status: 401 });
    return await run(actor);
  } catch (error) {
    return errorResponse(error);
  }
}

/** An expected error with its status (a record the principal may not read is 404), anything else 500 without details. */
function errorResponse(error: unknown): Response {
  if (isExpectedError(error)) {
    const status = error.code === "not_found" || error.code === "forbidden" ? 404 : error.code === "conflict" ? 409 : 400;
    return Response.json({ error: status === 404 ? common().errors.notFound : error.message }, { status });
  }
  logError("unexpected error in route handler", error);
  return Response.json({ error: common().errors.unexpected }, { status: 500 });
}

/** A file download; the name is given both plainly and UTF-8 encoded (æøå). */
export function fileResponse(body: Uint8Array, fileName: string, contentType: string): Response {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/"/g, "");
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * Route handlers anyone may call, signed in or not (the public figures): they act as the public
 * principal, whoever calls; errors are answered as in `withActorRoute`.
 */
export async function withPublicRoute(run: (principal: typeof PUBLIC) => Promise<Response>): Promise<Response> {
  return inRequestLocale(async () => {
    try {
      return await run(PUBLIC);
    } catch (error) {
      return errorResponse(error);
    }
  });
}

// The database guard's pieces that need no database (issue 15, "Faults"): which errors mean the
// database is unreachable, and the 503 each kind of request gets while it is down.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseGuard, isDatabaseUnavailable, servedWhileDown, startDatabaseWatch, type DatabaseWatch } from "@/lib/ops/database-watch";

describe("isDatabaseUnavailable", () => {
  it("knows a server that is gone, however the error is wrapped", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P01", message: "terminating connection due to administrator command", severity: "FATAL" })).toBe(true);
    // Prisma's error around the driver adapter's.
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server at localhost:5432" })).toBe(true);
    expect(isDatabaseUnavailable({ name: "DriverAdapterError", message: "x", cause: { kind: "ConnectionClosed" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", message: "x", meta: { driverAdapterError: { cause: { originalCode: "08006" } } } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("outer", { cause: refused }))).toBe(true);
  });

  it("does not take a wrong query or a refused value for an outage", () => {
    expect(isDatabaseUnavailable({ code: "23505", message: "duplicate key value violates unique constraint", severity: "ERROR" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("Noe gikk galt"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("the guard while the database is down", () => {
  let watch: DatabaseWatch;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    // Nothing listens on port 1: the watch finds the database down at its first probe.
    watch = startDatabaseWatch({ connectionString: "postgresql://nobody:x@127.0.0.1:1/none", timeoutMs: 500 });
    await watch.ready;
    server = http.createServer((req, res) =>
      databaseGuard(req, res, () => {
        res.end("next");
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await watch.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers a page with a Norwegian 503 page, quickly, without a stack trace", async () => {
    expect(watch.isDown()).toBe(true);
    const response = await fetch(`${base}/dashbord`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain("<h1>Tjenesten er midlertidig utilgjengelig</h1>");
    expect(html).toContain("Ingenting du har lagret er tapt.");
  });

  it("in English when the person chose English, or the browser asks for it", async () => {
    const chosen = await (await fetch(`${base}/`, { headers: { cookie: "a=b; dugnad-sprak=en" } })).text();
    expect(chosen).toContain('<html lang="en">');
    expect(chosen).toContain("The service is temporarily unavailable");
    const asked = await (await fetch(`${base}/`, { headers: { "accept-language": "en-GB,en;q=0.8" } })).text();
    expect(asked).toContain('<html lang="en">');
    const norwegian = await (await fetch(`${base}/`, { headers: { "accept-language": "nn-NO,en;q=0.5" } })).text();
    expect(norwegian).toContain('<html lang="nb">');
  });

  it("answers a language cookie that is not valid percent-encoding as if none were set", async () => {
    const response = await fetch(`${base}/`, { headers: { cookie: "dugnad-sprak=%E0", "accept-language": "en" }, signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('<html lang="en">');
  });

  it("answers the API with problem details and a server action with text Next's client shows", async () => {
    const api = await fetch(`${base}/api/v1/plans`);
    expect(api.status).toBe(503);
    expect(api.headers.get("content-type")).toBe("application/problem+json");
    expect(await api.json()).toEqual({
      type: "https://dugnad.invalid/problems/unavailable",
      title: "Service Unavailable",
      status: 503,
      detail: "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.",
    });
    const action = await fetch(`${base}/planer/1`, { method: "POST", headers: { "next-action": "abc" } });
    expect(action.status).toBe(503);
    expect(action.headers.get("content-type")).toBe("text/plain");
    expect(await action.text()).toContain("Det du skrev står fortsatt i skjemaet");
  });

  it("lets liveness, readiness, metrics and static files through", async () => {
    for (const path of ["/api/health", "/api/ready", "/api/metrics", "/_next/static/chunks/a.js", "/favicon.ico"]) {
      expect(servedWhileDown(path)).toBe(true);
      expect(await (await fetch(`${base}${path}`)).text()).toBe("next");
    }
    expect(servedWhileDown("/api/healthz")).toBe(false);
  });

  it("a HEAD gets the status without a body", async () => {
    const response = await fetch(`${base}/`, { method: "HEAD" });
    expect(response.status).toBe(503);
    expect(await response.text()).toBe("");
  });
});

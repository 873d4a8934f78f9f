// The log (lib/log.ts) and what the custom server builds on (lib/ops): no personal data in a line,
// the request id or job id on every line, sane request ids only, route patterns instead of URLs,
// and the metrics token compared as a whole.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log";
import { metricsTokenMatches } from "@/lib/ops/metrics-token";
import { currentContext, requestIdFrom, runWithContext } from "@/lib/ops/request-context";
import { OTHER_ROUTE, routeMatcher } from "@/lib/ops/route-patterns";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("the log", () => {
  it("censors e-mail addresses, names, passwords and cookies, also one level down", () => {
    const { logger, lines } = capture();
    logger.info({ email: "kari.nordmann@husbanken.test", user: { name: "Kari Nordmann", email: "kari.nordmann@husbanken.test" }, password: "hemmelig-passord", headers: { cookie: "authjs.session-token=abc" } }, "something happened");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/kari|Nordmann|hemmelig|session-token/i);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "info", msg: "something happened", email: "[redacted]", user: { name: "[redacted]", email: "[redacted]" } });
  });

  it("censors them at any depth, in arrays, in any key's case, and e-mail addresses in every string and the message", () => {
    const { logger, lines, parsed } = capture();
    const circular: Record<string, unknown> = { id: "loop" };
    circular.self = circular;
    const nested = Object.assign(new Error("send to ola@dss.test failed"), { rejected: ["ola@dss.test"] });
    logger.info(
      {
        job: { data: { recipients: [{ Email: "kari.nordmann@husbanken.test", role: "HR" }], mail: { message: { Headers: { Cookie: "authjs.session-token=abc" } } } } },
        note: "svar sendt til per.hansen@valg.test",
        failures: [{ agency: "dss", failure: nested }],
        circular,
        deep: { a: { b: { c: { d: { e: { f: { g: { h: { i: "far down" } } } } } } } } },
        count: 3,
        at: new Date("2026-12-03T12:00:00Z"),
        link: new URL("https://dugnad.test/brev?til=kari.nordmann@husbanken.test"),
      },
      "reminder to %s sent",
      "anne@husbanken.test",
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/kari|Nordmann|session-token|per\.hansen|ola@|anne@/i);
    const [line] = parsed();
    expect(line).toMatchObject({
      msg: "reminder to [redacted] sent",
      job: { data: { recipients: [{ Email: "[redacted]", role: "HR" }], mail: { message: { Headers: "[redacted]" } } } },
      note: "svar sendt til [redacted]",
      failures: [{ agency: "dss", failure: { type: "Error", message: "send to [redacted] failed" } }],
      circular: { id: "loop", self: "[circular]" },
      count: 3,
      at: "2026-12-03T12:00:00.000Z",
      link: "https://dugnad.test/brev?til=[redacted]",
    });
    expect(Object.keys((line!.failures as { failure: object }[])[0]!.failure).sort()).toEqual(["message", "stack", "type"]);
    expect(JSON.stringify(line!.deep)).toContain("[too deep]");
    expect(JSON.stringify(line!.deep)).not.toContain("far down");
  });

  it("logs an error's type, code, message and stack and its causes', never its other fields", () => {
    const { logger, lines, parsed } = capture();
    // As Prisma's driver adapter reports a refused row: PostgreSQL's detail quotes the row's values.
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "User_email_key"'), {
      code: "23505",
      detail: "Key (email)=(kari.nordmann@husbanken.test) already exists.",
    });
    const prismaError = Object.assign(new Error("Unique constraint failed on the fields: (`email`)", { cause: pgError }), {
      code: "P2002",
      meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation", detail: "Failing row contains (Kari Nordmann, kari.nordmann@husbanken.test)." } } },
      clientVersion: "7",
    });
    logger.error({ err: prismaError }, "request failed");
    // An SMTP client's error as nodemailer makes it (the server's answer appended to the message,
    // the addresses in fields of their own); an HTTP client's with the request's headers.
    const smtpAnswer = "550 5.1.1 <kari.nordmann@husbanken.test>: Recipient address rejected";
    logger.error({ err: Object.assign(new Error(`Message failed: ${smtpAnswer}`), { code: "EENVELOPE", rejected: ["kari.nordmann@husbanken.test"], response: smtpAnswer }) }, "e-mail failed");
    logger.warn({ error: { message: "plain object", config: { headers: { authorization: "Bearer dgn_secret" } } } }, "odd");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toMatch(/kari|Nordmann|dgn_secret|Failing row/i);
    const [first, second, third] = parsed();
    expect(first!.err).toEqual({
      type: "Error",
      message: "Unique constraint failed on the fields: (`email`)",
      code: "P2002",
      stack: expect.stringContaining("ops-logging.test.ts"),
      cause: { type: "Error", message: 'duplicate key value violates unique constraint "User_email_key"', code: "23505", stack: expect.any(String) },
    });
    expect(second!.err).toMatchObject({ type: "Error", message: "Message failed: 550 5.1.1 <[redacted]>: Recipient address rejected", code: "EENVELOPE" });
    expect(Object.keys(second!.err as object).sort()).toEqual(["code", "message", "stack", "type"]);
    expect(third!.error).toEqual({ type: "Object", message: "plain object" });
  });

  it("puts the request id, or the job id, on every line written inside its context", () => {
    const { logger, parsed } = capture();
    logger.info("outside");
    runWithContext({ requestId: "req-12345678" }, () => logger.warn("in a request"));
    runWithContext({ jobId: "job-87654321" }, () => logger.error("in a job"));
    expect(parsed().map((l) => [l.msg, l.requestId, l.jobId])).toEqual([
      ["outside", undefined, undefined],
      ["in a request", "req-12345678", undefined],
      ["in a job", undefined, "job-87654321"],
    ]);
  });

  it("keeps the context across awaits", async () => {
    const seen = await runWithContext({ requestId: "req-abcdefgh" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return currentContext()?.requestId;
    });
    expect(seen).toBe("req-abcdefgh");
  });
});

describe("request ids", () => {
  it("keeps a caller's sane id and replaces anything else with a UUID", () => {
    expect(requestIdFrom("0f8fad5b-d9cb-469f-a165-70867728950e")).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(requestIdFrom("lb.1234:abcd_EF")).toBe("lb.1234:abcd_EF");
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const bad of [undefined, null, "", "short", "has space in it", "new\nline-injected", "x".repeat(129), '{"json":1}']) {
      expect(requestIdFrom(bad)).toMatch(uuid);
    }
  });
});

describe("route patterns", () => {
  const routeOf = routeMatcher({
    staticRoutes: [{ page: "/", regex: "^/(?:/)?$" }, { page: "/brev", regex: "^/brev(?:/)?$" }],
    dynamicRoutes: [{ page: "/planer/[id]", regex: "^/planer/([^/]+?)(?:/)?$" }, { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" }],
  });

  it("names the route, never the ids or the query string", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/brev?sok=kari@example.test")).toBe("/brev");
    expect(routeOf("/brev/")).toBe("/brev");
    expect(routeOf("/planer/cmf0a1b2c3d4e5f6")).toBe("/planer/[id]");
    expect(routeOf("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
    expect(routeOf("/_next/static/chunks/abc123.js")).toBe("/_next/static");
    expect(routeOf("/finnes/ikke/kari")).toBe(OTHER_ROUTE);
    expect(routeOf("/%E0%A4%A")).toBe(OTHER_ROUTE);
  });
});

describe("the metrics token", () => {
  it("is accepted only as the whole bearer token", () => {
    const token = "a-long-metrics-token-0123456789";
    expect(metricsTokenMatches(`Bearer ${token}`, token)).toBe(true);
    expect(metricsTokenMatches(`bearer ${token}`, token)).toBe(true);
    for (const wrong of [null, "", token, `Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, "Bearer ", `Basic ${token}`]) {
      expect(metricsTokenMatches(wrong, token)).toBe(false);
    }
  });
});

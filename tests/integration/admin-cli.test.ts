// `npm run admin`: what a fresh installation needs (a ministry, the audit office and its sector,
// the first administrator with the one-time link), run in-process through its main function and
// once as the real command in a child process, against the test database.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { hashSecret } from "@/lib/data/one-time-tokens";
import { hashPassword } from "@/lib/auth/password-hash";
import { DEMO_PASSWORD } from "@/lib/domain/demo";
import { runAdmin } from "../../scripts/admin";
import { validOrgNumber } from "../support/admin-fixtures";

afterAll(() => prisma.$disconnect());

async function admin(args: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(args, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const ministryNumber = validOrgNumber();
const officeNumber = validOrgNumber();
const tag = ministryNumber.slice(-5);

describe("setting up a fresh installation", () => {
  it("adds a ministry and the audit office, validated as in the app", async () => {
    const bad = await admin(["add-ministry", "--orgnr", "972417859", "--name", "KDD", "--short", `KDD${tag}`, "--address", "Postboks 8112 Dep"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("--orgnr: Organisasjonsnummeret er ikke gyldig");
    expect(bad.err).toContain("--address: Siste linje i adressen");

    const ok = await admin(["add-ministry", "--orgnr", ministryNumber, "--name", "Kommunal- og distriktsdepartementet", "--short", `KDD${tag}`, "--address", "Postboks 8112 Dep, 0032 OSLO"]);
    expect(ok).toMatchObject({ code: 0, err: "" });
    const ministry = await prisma.organisation.findUniqueOrThrow({ where: { orgNumber: ministryNumber } });
    expect(ministry).toMatchObject({ kind: "MINISTRY", parentId: null, postalAddress: "Postboks 8112 Dep\n0032 OSLO" });
    expect(await prisma.auditEvent.findFirst({ where: { entityId: ministry.id } })).toMatchObject({ action: "createMinistry", actorLabel: "admin-cli", actorId: null });

    const again = await admin(["add-ministry", "--orgnr", ministryNumber, "--name", "Igjen", "--short", `Igjen${tag}`, "--address", "Postboks 1, 0001 OSLO"]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^--orgnr: Organisasjonsnummeret er allerede registrert/);

    expect((await admin(["add-audit-office", "--orgnr", officeNumber, "--name", `Riksrevisjonen ${tag}`, "--short", `RR${tag}`, "--address", "Postboks 6835 St. Olavs plass, 0130 OSLO"])).code).toBe(0);
  });

  it("lets the audit office audit the sector, once", async () => {
    const r = await admin(["audit", "--orgnr", officeNumber, "--sector", ministryNumber]);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain("now audits");
    const office = await prisma.organisation.findUniqueOrThrow({ where: { orgNumber: officeNumber }, include: { audits: true } });
    expect(office.audits.map((a) => a.orgNumber)).toEqual([ministryNumber]);
    expect((await admin(["audit", "--orgnr", officeNumber, "--sector", ministryNumber])).out).toContain("nothing changed");
    // The wrong kind of organisation is named.
    expect((await admin(["audit", "--orgnr", ministryNumber, "--sector", ministryNumber])).err).toContain("is not the audit office");
  });

  it("invites the first administrator and prints the one-time link on the configured base URL", async () => {
    const r = await admin(["invite", "--email", `Forste.Admin.${tag}@KDD.no`, "--name", "Første Admin", "--role", "admin", "--org", ministryNumber], { AUTH_URL: "https://dugnad.kdd.no/" });
    expect(r.code).toBe(0);
    const link = /https:\/\/dugnad\.kdd\.no\/passord\/([A-Za-z0-9_-]+)/.exec(r.out);
    expect(link).not.toBeNull();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `forste.admin.${tag}@kdd.no` }, include: { oneTimeTokens: true } });
    expect(user).toMatchObject({ role: "ADMIN", passwordHash: null, invitedById: null });
    expect(user.oneTimeTokens.map((t) => t.tokenHash)).toEqual([hashSecret(link![1]!)]);

    // --base-url wins over the environment; a lost link is replaced.
    const again = await admin(["link", "--email", `forste.admin.${tag}@kdd.no`, "--base-url", "http://intern:8080"], { AUTH_URL: "https://dugnad.kdd.no" });
    expect(again.out).toMatch(/^http:\/\/intern:8080\/passord\/[A-Za-z0-9_-]+$/m);

    const listed = await admin(["list-users", "--org", ministryNumber]);
    expect(listed.out.split("\n")).toEqual(["1 users", expect.stringMatching(new RegExp(`^forste\\.admin\\.${tag}@kdd\\.no\\tFørste Admin\\tADMIN\\tKDD${tag}\\tInvitert`))]);
  });

  it("refuses what the app refuses, and explains its usage", async () => {
    const wrongRole = await admin(["invite", "--email", `hr.${tag}@kdd.no`, "--name", "HR", "--role", "AGENCY_HR", "--org", ministryNumber]);
    expect(wrongRole).toMatchObject({ code: 1 });
    expect(wrongRole.err).toMatch(/^--role: Rollen HR passer ikke/);
    const taken = await admin(["invite", "--email", `FORSTE.admin.${tag}@kdd.no`, "--name", "X", "--role", "LEADER", "--org", ministryNumber]);
    expect(taken.err).toBe("--email: Det finnes allerede en bruker med denne e-postadressen.");
    expect((await admin(["invite", "--email", "x@y.no"])).code).toBe(2);
    expect((await admin(["invite", "--email", "x@y.no", "--name", "X", "--role", "ADMIN", "--org", "999999999"])).err).toContain("no organisation has the number 999999999");
    expect((await admin(["explode"])).code).toBe(2);
    expect((await admin(["invite", "--nonsense"])).code).toBe(2);
  });
});

describe("accounts with the demo password", () => {
  it("are listed for the operator (the refusal to start names no one in the log)", async () => {
    const email = `demo.${tag}@kdd.no`;
    const ministry = await prisma.organisation.findUniqueOrThrow({ where: { orgNumber: ministryNumber } });
    await prisma.user.create({ data: { email, name: "Demo Dahl", role: "ADVISER", organisationId: ministry.id, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    const listed = await admin(["demo-passwords"]);
    expect(listed.code).toBe(0);
    const lines = listed.out.split("\n");
    expect(lines[0]).toMatch(/^\d+ account\(s\) have the demo password$/);
    expect(lines).toContain(email);
  }, 60_000);
});

describe("npm run admin", () => {
  it("runs as a command against DATABASE_URL", async () => {
    const root = path.resolve(import.meta.dirname, "..", "..");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "admin.ts"), "invite", "--email", `leder.${tag}@kdd.no`, "--name", "Leder Lund", "--role", "LEADER", "--org", ministryNumber],
      { cwd: root, env: { ...process.env, APP_URL: "http://localhost:3000" }, timeout: 60_000 },
    );
    const secret = /http:\/\/localhost:3000\/passord\/([A-Za-z0-9_-]+)/.exec(stdout)?.[1];
    expect(secret).toBeDefined();
    const token = await prisma.oneTimeToken.findUniqueOrThrow({ where: { tokenHash: hashSecret(secret!) }, include: { user: true } });
    expect(token.user).toMatchObject({ email: `leder.${tag}@kdd.no`, role: "LEADER" });
  }, 90_000);
});

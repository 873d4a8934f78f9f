// Sign-in throttling: failures are counted one by one even when guesses arrive in parallel.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { lockSecondsAfter, verifyCredentials } from "@/lib/data/credentials";
import { createTestSector } from "../support/fixtures";

let email: string;
beforeAll(async () => {
  const s = await createTestSector();
  email = `throttle-${randomUUID()}@test`;
  await prisma.user.create({
    data: { email, name: "T", passwordHash: await bcrypt.hash("riktig", 4), role: "AGENCY_HR", organisationId: s.agencyA },
  });
});
afterAll(() => prisma.$disconnect());

describe("sign-in throttling", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    expect(await verifyCredentials(email, "riktig")).toMatchObject({ kind: "ok" });
    expect(await verifyCredentials(email, "feil")).toEqual({ kind: "wrong" });
    expect(await verifyCredentials(email, "riktig")).toMatchObject({ kind: "ok" });
  });

  it("counts parallel guesses one by one and then pauses the account", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => verifyCredentials(email, `gjett-${i}`)));
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key: email } });
    expect(row.failures).toBe(5);
    expect(results.filter((r) => r.kind === "wrong")).toHaveLength(4);
    expect(results.filter((r) => r.kind === "locked")).toHaveLength(4);
    expect(await verifyCredentials(email, "riktig")).toEqual({ kind: "locked" });
  });

  it("doubles the pause after each further failure, up to 15 minutes", () => {
    expect([4, 5, 6, 7].map((n) => lockSecondsAfter(n, 60))).toEqual([0, 60, 120, 240]);
    expect(lockSecondsAfter(20, 60)).toBe(900);
  });
});

// Sign-in throttling against the real database (lib/data/credentials.ts, whose rules are in
// lib/domain/sign-in-throttle.ts). The integration setup caps the account delay at 2 seconds
// (tests/support/database-url.ts). Time passing is simulated by moving a row's `countedAt` back.
import { randomInt, randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hashPassword, hashQueue } from "@/lib/auth/password-hash";
import { prisma } from "@/lib/db";
import { verifyCredentials, type SignInResult } from "@/lib/data/credentials";
import { ACCOUNT_RULE, ADDRESS_RULE } from "@/lib/domain/sign-in-throttle";
import { env } from "@/lib/env";
import { countQueries } from "../support/query-count";
import { createTestSector } from "../support/fixtures";

const PASSWORD = "riktig hest batteri";
const CAP = env.LOGIN_MAX_DELAY_SECONDS;
let organisationId: string;
let scryptHash: string;

beforeAll(async () => {
  expect(CAP).toBe(2);
  organisationId = (await createTestSector()).agencyA;
  scryptHash = await hashPassword(PASSWORD);
  // The first attempt in a process also removes old rows and makes the dummy hash for unknown e-mails.
  await verifyCredentials(unknownEmail(), "feil", null);
});
afterAll(() => prisma.$disconnect());

async function newUser(passwordHash = scryptHash): Promise<string> {
  const email = `throttle-${randomUUID()}@test`;
  await prisma.user.create({ data: { email, name: "T", passwordHash, role: "AGENCY_HR", organisationId } });
  return email;
}
const unknownEmail = () => `ukjent-${randomUUID()}@test`;
const newAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(256)}`;

async function count(key: string): Promise<number | null> {
  const row = await prisma.loginThrottle.findUnique({ where: { key } });
  return row?.failures ?? null;
}
async function setCount(key: string, failures: number): Promise<void> {
  await prisma.$executeRaw`insert into "LoginThrottle" (key, failures, "countedAt") values (${key}, ${failures}, now())
    on conflict (key) do update set failures = excluded.failures, "countedAt" = now()`;
}
async function letTimePass(key: string, seconds: number): Promise<void> {
  await prisma.$executeRaw`update "LoginThrottle" set "countedAt" = "countedAt" - make_interval(secs => ${seconds}) where key = ${key}`;
}
async function timed(run: () => Promise<SignInResult>): Promise<{ result: SignInResult; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}
const wrong = (delayedSeconds: number, nextDelaySeconds: number) => ({ kind: "wrong", delayedSeconds, nextDelaySeconds });

describe("sign-in throttling", () => {
  it("lets the right password in and keeps a wrong one out, in three or four short statements", async () => {
    const email = await newUser();
    const address = newAddress();
    let result: SignInResult | undefined;
    // Count the address, count the account, read the user; a success also clears the counts.
    expect(await countQueries(async () => (result = await verifyCredentials(email, "feil", address)))).toBe(3);
    expect(result).toEqual(wrong(0, 0));
    expect(await countQueries(async () => (result = await verifyCredentials(email.toUpperCase(), PASSWORD, address)))).toBe(4);
    expect(result).toMatchObject({ kind: "ok", user: { email } });
    expect(await count(`account:${email}`)).toBeNull();
  });

  it("holds back the answers to an account after five failures, 1 s and doubling up to the cap, and the right password still gets in", async () => {
    const email = await newUser();
    for (let i = 1; i <= ACCOUNT_RULE.freeFailures; i++) {
      expect(await verifyCredentials(email, `gjett-${i}`, newAddress())).toEqual(wrong(0, i === ACCOUNT_RULE.freeFailures ? 1 : 0));
    }
    const sixth = await timed(() => verifyCredentials(email, "gjett-6", newAddress()));
    expect(sixth.result).toEqual(wrong(1, 2));
    expect(sixth.ms).toBeGreaterThanOrEqual(1000);
    expect((await timed(() => verifyCredentials(email, "gjett-7", newAddress()))).result).toEqual(wrong(2, CAP));
    await setCount(`account:${email}`, 40); // far beyond: still the cap, never more
    const right = await timed(() => verifyCredentials(email, PASSWORD, newAddress()));
    expect(right.result).toMatchObject({ kind: "ok", delayedSeconds: CAP });
    expect(right.ms).toBeGreaterThanOrEqual(CAP * 1000);
    // A success clears the account's count: the next mistake is answered at once.
    expect(await verifyCredentials(email, "feil", newAddress())).toEqual(wrong(0, 0));
  });

  it("lets the owner in within the cap while others keep guessing at the account in parallel", async () => {
    const email = await newUser();
    await setCount(`account:${email}`, 20);
    const guesses = Array.from({ length: 6 }, (_, i) => verifyCredentials(email, `gjett-${i}`, newAddress()));
    const owner = await verifyCredentials(email, PASSWORD, newAddress());
    expect(owner).toMatchObject({ kind: "ok", delayedSeconds: CAP });
    for (const guess of await Promise.all(guesses)) expect(guess).toMatchObject({ kind: "wrong", delayedSeconds: CAP });
  });

  it("forgets failures with time: an account's count halves every 10 minutes", async () => {
    const email = await newUser();
    const key = `account:${email}`;
    await setCount(key, 8);
    expect(await verifyCredentials(email, "feil", newAddress())).toEqual(wrong(CAP, CAP)); // 8 → 2^3 s, capped
    await letTimePass(key, ACCOUNT_RULE.halfLifeSeconds); // 9 → 4.5
    expect(await verifyCredentials(email, "feil", newAddress())).toEqual(wrong(0, 1));
    expect(await count(key)).toBeCloseTo(5.5, 1);
    await letTimePass(key, 2 * ACCOUNT_RULE.halfLifeSeconds); // 5.5 → 1.375
    expect(await verifyCredentials(email, "feil", newAddress())).toEqual(wrong(0, 0));
    expect(await count(key)).toBeCloseTo(2.375, 1);
  });

  it("counts parallel guesses one by one", async () => {
    const email = await newUser();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => verifyCredentials(email, `gjett-${i}`, newAddress())));
    expect(results.map((r) => (r.kind === "wrong" ? r.delayedSeconds : -1)).sort()).toEqual([0, 0, 0, 0, 0, 1, 2, 2]);
    expect(await count(`account:${email}`)).toBeGreaterThan(7.99);
  });

  it("checks one account's guesses one at a time, so they do not queue in front of another account's sign-in", async () => {
    const [guessed, other] = [await newUser(), await newUser()];
    let settled = 0;
    const guesses = Array.from({ length: 6 }, (_, i) =>
      verifyCredentials(guessed, `gjett-${i}`, newAddress()).finally(() => (settled += 1)),
    );
    while (hashQueue().running === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await verifyCredentials(other, PASSWORD, newAddress())).toMatchObject({ kind: "ok" });
    expect(settled).toBeLessThanOrEqual(2);
    for (const guess of await Promise.all(guesses)) expect(guess).toMatchObject({ kind: "wrong" });
  });

  it("treats an unknown e-mail as a known one: the same answers, delays and time", async () => {
    const known = await newUser();
    const unknown = unknownEmail();
    const knownRuns: { result: SignInResult; ms: number }[] = [];
    const unknownRuns: { result: SignInResult; ms: number }[] = [];
    for (let i = 0; i < 6; i++) {
      knownRuns.push(await timed(() => verifyCredentials(known, `gjett-${i}`, newAddress())));
      unknownRuns.push(await timed(() => verifyCredentials(unknown, `gjett-${i}`, newAddress())));
    }
    expect(unknownRuns.map((r) => r.result)).toEqual(knownRuns.map((r) => r.result));
    expect(await count(`account:${unknown}`)).toBeCloseTo(6, 1);
    // Without delay, both cost one password check: compare the medians of the first five.
    const median = (runs: { ms: number }[]) => runs.slice(0, 5).map((r) => r.ms).sort((a, b) => a - b)[2]!;
    const ratio = median(unknownRuns) / median(knownRuns);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("makes a client address with many failures wait, unchecked, while the account still works from elsewhere", async () => {
    const email = await newUser();
    const crowded = newAddress();
    const addressKey = `address:${crowded}`;
    await setCount(addressKey, ADDRESS_RULE.capacity - 1);
    expect(await verifyCredentials(unknownEmail(), "feil", crowded)).toMatchObject({ kind: "wrong" }); // the 30th
    const accountBefore = await count(`account:${email}`);
    for (let i = 0; i < 3; i++) {
      const refused = await verifyCredentials(email, PASSWORD, crowded);
      expect(refused).toMatchObject({ kind: "wait" });
      const seconds = refused.kind === "wait" ? refused.seconds : 0;
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(ADDRESS_RULE.leakSeconds);
    }
    // Refused attempts are neither checked nor counted, for the address or for the account.
    expect(await count(`account:${email}`)).toBe(accountBefore);
    expect(await count(addressKey)).toBeLessThanOrEqual(ADDRESS_RULE.capacity);
    // The same account from another address, or where the address is unknown, is not affected.
    expect(await verifyCredentials(email, PASSWORD, newAddress())).toMatchObject({ kind: "ok" });
    expect(await verifyCredentials(email, PASSWORD, null)).toMatchObject({ kind: "ok" });
    // One failure leaks away every 2 minutes: then the address may try again.
    await letTimePass(addressKey, 2 * ADDRESS_RULE.leakSeconds);
    expect(await verifyCredentials(email, PASSWORD, crowded)).toMatchObject({ kind: "ok" });
  });

  it("takes a successful sign-in's count back from its address, so an office's colleagues do not add up", async () => {
    const email = await newUser();
    const office = newAddress();
    for (let i = 0; i < 3; i++) expect(await verifyCredentials(email, PASSWORD, office)).toMatchObject({ kind: "ok" });
    expect(await count(`address:${office}`)).toBeCloseTo(0, 2);
    await verifyCredentials(email, "feil", office);
    expect(await count(`address:${office}`)).toBeCloseTo(1, 1);
  });

  it("holds no transaction or row lock while an attempt waits or its password is checked", async () => {
    const email = await newUser();
    const address = newAddress();
    await setCount(`account:${email}`, 20);
    const keys = [`account:${email}`, `address:${address}`];
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const holding = async () => {
        // Fails at once (instead of waiting) if any of the rows is locked.
        await client.query(`select key from "LoginThrottle" where key = any($1) for update nowait`, [keys]);
        const { rows } = await client.query<{ state: string }>(
          `select state from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`,
        );
        return rows.map((r) => r.state);
      };
      const attempts = Array.from({ length: 4 }, () => verifyCredentials(email, "feil", address));
      await new Promise((resolve) => setTimeout(resolve, 500)); // all are now in their 2 s delay
      expect(hashQueue().running).toBe(0);
      expect(await holding()).toEqual([]);
      while (hashQueue().running === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await holding()).toEqual([]); // a check is running now
      for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ kind: "wrong" });
    } finally {
      await client.end();
    }
  });

  it("replaces a bcrypt hash from an earlier version with scrypt at the next sign-in", async () => {
    const email = await newUser(await bcrypt.hash(PASSWORD, 4));
    expect(await verifyCredentials(email, "feil", newAddress())).toMatchObject({ kind: "wrong" });
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).passwordHash).toMatch(/^\$2b\$/);
    expect(await verifyCredentials(email, PASSWORD, newAddress())).toMatchObject({ kind: "ok" });
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).passwordHash).toMatch(/^\$scrypt\$ln=15,r=8,p=3\$/);
    expect(await verifyCredentials(email, PASSWORD, newAddress())).toMatchObject({ kind: "ok" });
  });
});

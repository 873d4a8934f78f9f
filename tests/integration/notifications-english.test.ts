// E-mail in the recipient's language (issue 14): a person who has chosen English gets their
// notifications and their daily digest in English, through the outbox, the worker and a real SMTP
// server; a colleague who has not chosen gets the same event in bokmål.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { jobPrincipal } from "@/lib/access";
import { prisma } from "@/lib/db";
import { savePreferences } from "@/lib/data/notifications";
import { createDigests } from "@/lib/data/outbox";
import { reviewPlan, savePlan } from "@/lib/data/plans";
import { createRound } from "@/lib/data/rounds";
import { sendRound } from "@/lib/data/letter-commands";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { smtpTransport } from "@/lib/mail/transport";
import { COMPLETE_CONTENT, createTestSector, roundInput, type TestSector } from "../support/fixtures";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

const notifier = jobPrincipal("notifier");
let smtp: TestSmtp;
let s: TestSector;
const workers: RunningWorker[] = [];

async function worker(): Promise<RunningWorker> {
  const w = await startWorker({ databaseUrl: process.env.DATABASE_URL!, transport: smtpTransport(smtp.url), from: "Dugnad <dugnad@test>", schedule: false, pollingIntervalSeconds: 0.5 });
  await w.boss.updateQueue(QUEUES.email, { name: QUEUES.email, retryLimit: 10, retryDelay: 1, retryBackoff: false });
  workers.push(w);
  return w;
}

const emailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const address = async (userId: string) => (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;

beforeAll(async () => {
  smtp = await startTestSmtp();
  s = await createTestSector();
  await worker();
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  // HR in agency A reads English; the leader has not chosen (null: bokmål).
  await prisma.user.update({ where: { id: s.actors.hrA.userId }, data: { locale: "en" } });
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

afterAll(async () => {
  await prisma.user.update({ where: { id: s.actors.hrA.userId }, data: { locale: null } });
  await smtp.close();
});

describe("an e-mail in the recipient's language", () => {
  it("reaches the person who chose English in English, and their colleague in bokmål", async () => {
    const { id: roundId } = await createRound(s.actors.adviser, roundInput(`41/${Date.now() % 100000}`, [s.agencyA]));
    await prisma.letter.updateMany({ where: { roundId }, data: { number: "Tillegg 14" } });
    await sendRound(s.actors.adviser, roundId);
    const letter = await prisma.letter.findFirstOrThrow({ where: { roundId, agencyId: s.agencyA }, select: { id: true, title: true } });
    await worker();
    const hrEmail = await address(s.actors.hrA.userId);
    const leaderEmail = await address(s.actors.leaderA.userId);
    const english = () => emailsTo(hrEmail).find((m) => m.text.includes(`/brev/${letter.id}`));
    const norwegian = () => emailsTo(leaderEmail).find((m) => m.text.includes(`/brev/${letter.id}`));
    await expect.poll(() => Boolean(english() && norwegian()), { timeout: 20_000 }).toBe(true);

    const en = english()!;
    expect(en.subject).toBe(`New letter from the ministry: ${letter.title}`);
    expect(en.text).toContain("The ministry has sent");
    expect(en.text).toContain("supplementary allocation letter");
    expect(en.text).toContain("1 January 2027");
    expect(en.text).toContain("You are receiving this e-mail because you are responsible for HR for");
    expect(en.text).toContain("This message cannot be switched off: the round requires it.");
    expect(en.text).toContain("/profil/varsler");
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain(`/brev/${letter.id}">Read the letter</a>`);
    expect(en.html).toContain(">Notification settings</a>");
    expect(en.text).not.toMatch(/[æøå]/);

    const nb = norwegian()!;
    expect(nb.subject).toBe(`Nytt brev fra departementet: ${letter.title}`);
    expect(nb.text).toContain("1. januar 2027");
    expect(nb.html).toContain('<html lang="nb">');
  });

  it("gathers an English reader's daily digest in English", async () => {
    await savePreferences(s.actors.hrA, { PLAN_REVIEWED: "DAILY" });
    const plan = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } });
    await savePlan(s.actors.hrA, { planId: plan.id, version: plan.version, content: COMPLETE_CONTENT }, "submit");
    await reviewPlan(s.actors.adviser, { planId: plan.id, versionNumber: 1, decision: "approve", message: "", comments: [] });
    expect(await createDigests(notifier, new Date("2031-06-02T07:00:00+02:00"))).toBeGreaterThanOrEqual(1);
    await worker();
    const hrEmail = await address(s.actors.hrA.userId);
    const digest = () => emailsTo(hrEmail).find((m) => m.subject === "Today's notification from Dugnad");
    await expect.poll(() => Boolean(digest()), { timeout: 20_000 }).toBe(true);
    expect(digest()!.text).toContain("Hello ");
    expect(digest()!.text).toContain("The ministry has approved the action plan");
    expect(digest()!.text).toContain("You are receiving this digest because you have chosen a daily digest");
    expect(digest()!.html).toContain('<html lang="en">');
  });
});

// E-mail and notifications (issue 12) against real parts: PostgreSQL, pg-boss workers and a real
// SMTP server the test starts. The outbox is all-or-nothing with its change; two workers never
// send a message twice; a failing SMTP server loses nothing and the message goes when it is back;
// reminders follow a given clock; digests gather a day's messages.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { jobPrincipal } from "@/lib/access";
import { prisma } from "@/lib/db";
import { notifyLettersSent } from "@/lib/data/notification-events";
import { listNotifications, markAllRead, openNotification, savePreferences, unreadCount } from "@/lib/data/notifications";
import { claimEmail, createDigests, listFailedJobs, listUndeliveredEmails, retryEmail } from "@/lib/data/outbox";
import { reviewPlan, savePlan } from "@/lib/data/plans";
import { runReminders } from "@/lib/data/reminders";
import { createRound } from "@/lib/data/rounds";
import { sendRound } from "@/lib/data/letter-commands";
import { loadMember } from "@/lib/data/users";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { smtpTransport } from "@/lib/mail/transport";
import { COMPLETE_CONTENT, createTestSector, roundInput, type TestSector } from "../support/fixtures";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

const notifier = jobPrincipal("notifier");
const FROM = "Dugnad <dugnad@test>";
let smtp: TestSmtp;
let s: TestSector;
const workers: RunningWorker[] = [];
let caseCounter = 0;

async function worker(): Promise<RunningWorker> {
  const w = await startWorker({ databaseUrl: process.env.DATABASE_URL!, transport: smtpTransport(smtp.url), from: FROM, schedule: false, pollingIntervalSeconds: 0.5 });
  // Retries after a second, not after backoff from 30 seconds.
  await w.boss.updateQueue(QUEUES.email, { name: QUEUES.email, retryLimit: 10, retryDelay: 1, retryBackoff: false });
  workers.push(w);
  return w;
}

async function stopWorkers() {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
}

/** A new round to the given agencies, with numbered letters, sent by the adviser. */
async function sendNewRound(agencyIds: string[]): Promise<string> {
  const { id } = await createRound(s.actors.adviser, roundInput(`31/${Date.now() % 100000}${++caseCounter}`, agencyIds));
  await prisma.letter.updateMany({ where: { roundId: id }, data: { number: "Tillegg 9" } });
  await sendRound(s.actors.adviser, id);
  return id;
}

const emailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const address = async (userId: string) => (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;

beforeAll(async () => {
  smtp = await startTestSmtp();
  s = await createTestSector();
  // The queue's retry settings are copied into each job as it is put on the queue: set them first.
  await worker();
  await stopWorkers();
});

afterEach(async () => {
  await stopWorkers();
  smtp.failing = false;
});

afterAll(async () => {
  await smtp.close();
});

describe("a round sent", () => {
  it("reaches each agency's HR and leader by e-mail, with the letter's title, the deadline and a link; no figures", async () => {
    const roundId = await sendNewRound([s.agencyA]);
    const letter = await prisma.letter.findFirstOrThrow({ where: { roundId, agencyId: s.agencyA }, select: { id: true, title: true } });
    await worker();
    const hrEmail = await address(s.actors.hrA.userId);
    const leaderEmail = await address(s.actors.leaderA.userId);
    await expect.poll(() => emailsTo(hrEmail).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => emailsTo(leaderEmail).length, { timeout: 20_000 }).toBe(1);
    const [mail] = emailsTo(hrEmail);
    expect(mail!.subject).toBe(`Nytt brev fra departementet: ${letter.title}`);
    expect(mail!.text).toContain("1. januar 2027");
    expect(mail!.text).toContain(`/brev/${letter.id}`);
    expect(mail!.text).toContain("Du får denne e-posten fordi du er HR-ansvarlig for");
    expect(mail!.text).toContain("/profil/varsler");
    expect(mail!.html).toContain('<html lang="nb">');
    expect(mail!.html).toContain(`/brev/${letter.id}">Les brevet</a>`);
    // No figures: the agency's hires (18 and 3 in the fixture) appear nowhere.
    expect(mail!.text).not.toMatch(/\b18\b|\bnytilsatte\b/i);
    // Agency B had no letter in this round: nothing for it.
    expect(emailsTo(await address(s.actors.hrB.userId))).toEqual([]);
    const stored = await prisma.emailMessage.findFirstOrThrow({ where: { to: hrEmail, subject: mail!.subject } });
    expect(stored.status).toBe("SENT");
    // The same event in the app: the bell and the list.
    expect(await unreadCount(s.actors.hrA)).toBeGreaterThanOrEqual(1);
    const [item] = await listNotifications(s.actors.hrA);
    expect(item).toMatchObject({ kind: "ROUND_SENT", link: `/brev/${letter.id}`, readAt: null });
    expect(await openNotification(s.actors.hrA, item!.id)).toBe(`/brev/${letter.id}`);
    await markAllRead(s.actors.hrA);
    expect(await unreadCount(s.actors.hrA)).toBe(0);
  });
});

describe("the outbox", () => {
  it("commits notifications, e-mails and their jobs with the change, and nothing when the change rolls back", async () => {
    const jobs = async () => Number((await prisma.$queryRaw<{ n: bigint }[]>`select count(*) as n from pgboss.job where name = ${QUEUES.email}`)[0]!.n);
    const before = { notifications: await prisma.notification.count(), emails: await prisma.emailMessage.count(), jobs: await jobs() };
    await expect(
      prisma.$transaction(async (tx) => {
        await notifyLettersSent(tx, [s.letterA]);
        throw new Error("the change failed after its notification was written");
      }),
    ).rejects.toThrow("the change failed");
    expect({ notifications: await prisma.notification.count(), emails: await prisma.emailMessage.count(), jobs: await jobs() }).toEqual(before);

    await prisma.$transaction((tx) => notifyLettersSent(tx, [s.letterA]));
    const after = { notifications: await prisma.notification.count(), emails: await prisma.emailMessage.count(), jobs: await jobs() };
    // Agency A's HR and leader: one notification, one e-mail and one job each.
    expect(after).toEqual({ notifications: before.notifications + 2, emails: before.emails + 2, jobs: before.jobs + 2 });
    // The same event again (a retried request): nobody gets it twice.
    await prisma.$transaction((tx) => notifyLettersSent(tx, [s.letterA]));
    expect(await prisma.notification.count()).toBe(after.notifications);
  });

  it("is delivered by two workers at once without any message twice", async () => {
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        prisma.user.create({ data: { email: `mange-${i}-${s.agencyB}@test`, name: `Person ${i}`, role: "AGENCY_HR", organisationId: s.agencyB } }),
      ),
    );
    await sendNewRound([s.agencyB]);
    await Promise.all([worker(), worker()]);
    const addresses = [await address(s.actors.hrB.userId), ...people.map((p) => p.email)];
    await expect.poll(() => addresses.every((a) => emailsTo(a).length >= 1), { timeout: 30_000 }).toBe(true);
    // Give a duplicate time to show up, if there were one.
    await new Promise((r) => setTimeout(r, 1500));
    for (const a of addresses) expect([a, emailsTo(a).length]).toEqual([a, 1]);
    const ids = addresses.map((a) => emailsTo(a)[0]!.messageId);
    expect(new Set(ids).size).toBe(addresses.length);
  });

  it("keeps a message while SMTP fails, shows the failure to the administrator, and sends it once SMTP is back", async () => {
    const admin = await prisma.user.create({ data: { email: `admin-${s.ministryId}@test`, name: "Admin", role: "ADMIN", organisationId: s.ministryId } });
    const adminActor = (await loadMember(admin.id))!;
    smtp.failing = true;
    const { id: roundId } = await createRound(s.actors.adviser, roundInput(`32/${Date.now() % 100000}`, [s.agencyA]));
    await prisma.letter.updateMany({ where: { roundId }, data: { number: "Tillegg 10" } });
    await sendRound(s.actors.adviser, roundId);
    const letter = await prisma.letter.findFirstOrThrow({ where: { roundId }, select: { title: true } });
    const subject = `Nytt brev fra departementet: ${letter.title}`;
    await worker();
    // Tried, refused by the server, back in the outbox with the reason.
    await expect.poll(async () => (await prisma.emailMessage.findFirst({ where: { subject, lastError: { not: null } } }))?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    const failed = await prisma.emailMessage.findFirstOrThrow({ where: { subject, lastError: { not: null } } });
    expect(failed.status).not.toBe("SENT");
    expect(failed.lastError).toMatch(/451/);
    expect((await listUndeliveredEmails(adminActor)).map((e) => e.subject)).toContain(subject);
    expect(smtp.received.filter((m) => m.subject === subject)).toEqual([]);

    smtp.failing = false;
    // The job's retries send it (HR and leader), and only once each.
    await expect.poll(() => smtp.received.filter((m) => m.subject === subject).length, { timeout: 30_000 }).toBe(2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter((m) => m.subject === subject).length).toBe(2);
    expect((await prisma.emailMessage.findMany({ where: { subject } })).map((e) => e.status)).toEqual(["SENT", "SENT"]);
    expect((await listUndeliveredEmails(adminActor)).map((e) => e.subject)).not.toContain(subject);
    // A daily job that failed after all its tries is listed too (here: one failed on purpose).
    const boss = workers[0]!.boss;
    const jobId = await boss.send(QUEUES.digest, {}, { retryLimit: 0, startAfter: 3600 }); // not picked up meanwhile
    await boss.fail(QUEUES.digest, jobId!, { message: "the digest could not run" });
    expect((await listFailedJobs(adminActor)).find((j) => j.id === jobId)).toMatchObject({ queue: QUEUES.digest, error: "the digest could not run" });
    // Sending again by hand a message already sent sends nothing more.
    await expect(retryEmail(adminActor, failed.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("a restart in the middle", () => {
  it("loses nothing and sends nothing twice: an e-mail a dead worker had claimed goes once its lease runs out", async () => {
    const { id: roundId } = await createRound(s.actors.adviser, roundInput(`35/${Date.now() % 100000}`, [s.agencyB]));
    await prisma.letter.updateMany({ where: { roundId }, data: { number: "Tillegg 13" } });
    await sendRound(s.actors.adviser, roundId);
    const letter = await prisma.letter.findFirstOrThrow({ where: { roundId }, select: { title: true } });
    const subject = `Nytt brev fra departementet: ${letter.title}`;
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { subject, userId: s.actors.hrB.userId } });
    const received = () => smtp.received.filter((m) => m.subject === subject && m.to.includes(email.to)).length;
    // A worker took it and died before sending: its lease has 2 seconds left.
    expect(await claimEmail(notifier, email.id)).toMatchObject({ id: email.id });
    await prisma.emailMessage.update({ where: { id: email.id }, data: { claimedUntil: new Date(Date.now() + 2000) } });
    await worker();
    // Behind whatever other e-mail the suite's earlier files left in the queue.
    await expect.poll(received, { timeout: 60_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(received()).toBe(1);
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("SENT");
    // A job for an e-mail already sent (a retry by hand, a duplicate) sends nothing.
    expect(await claimEmail(notifier, email.id)).toBe("sent");
  }, 90_000);
});

describe("reminders, for a given clock", () => {
  it("remind agencies 14 and 3 days before the deadline, the day after it and weekly, and the adviser once a day", async () => {
    const { id: roundId } = await createRound(s.actors.adviser, { ...roundInput(`33/${Date.now() % 100000}`, [s.agencyA, s.agencyB]), date: new Date("2031-01-02T00:00:00Z"), deadline: new Date("2031-03-01T00:00:00Z") });
    await prisma.letter.updateMany({ where: { roundId }, data: { number: "Tillegg 11" } });
    await sendRound(s.actors.adviser, roundId);
    const planA = await prisma.actionPlan.findFirstOrThrow({ where: { roundId, agencyId: s.agencyA } });
    const planB = await prisma.actionPlan.findFirstOrThrow({ where: { roundId, agencyId: s.agencyB } });
    // B submits in time: it is reminded of nothing after that.
    await savePlan(s.actors.hrB, { planId: planB.id, version: planB.version, content: COMPLETE_CONTENT }, "submit");

    const deadlineNotes = async (userId: string) =>
      (await prisma.notification.findMany({ where: { userId, kind: "PLAN_DEADLINE", link: `/planer/${planA.id}` }, orderBy: { createdAt: "asc" } })).map((n) => n.key.split(":")[2]);
    const at = (day: string) => runReminders(notifier, new Date(`${day}T06:00:00+01:00`));

    await at("2031-02-10"); // 19 days before: nothing yet
    expect(await deadlineNotes(s.actors.hrA.userId)).toEqual([]);
    await at("2031-02-15"); // 14 days before
    await at("2031-02-15"); // the same day again (a second run, another instance): nothing twice
    expect(await deadlineNotes(s.actors.hrA.userId)).toEqual(["before-14"]);
    // 3 days before, run on three instances at once: none fails, nobody gets it twice.
    await Promise.all([at("2031-02-26"), at("2031-02-26"), at("2031-02-26")]);
    await at("2031-03-01"); // the deadline itself: nothing new
    await at("2031-03-02"); // the day after
    await at("2031-03-05"); // still overdue, not a week yet
    await at("2031-03-09"); // a week after the first overdue reminder
    expect(await deadlineNotes(s.actors.hrA.userId)).toEqual(["before-14", "before-3", "overdue-1", "overdue-8"]);
    // The leader of the agency gets them too; the agency that submitted none.
    expect(await deadlineNotes(s.actors.leaderA.userId)).toHaveLength(4);
    expect(await prisma.notification.count({ where: { userId: s.actors.hrB.userId, kind: "PLAN_DEADLINE", link: `/planer/${planB.id}` } })).toBe(0);
    // The adviser: one overview per day while overdue, naming the agency, not one message per agency.
    const overviews = await prisma.notification.findMany({ where: { userId: s.actors.adviser.userId, kind: "OVERDUE_OVERVIEW" } });
    const overviewDays = overviews.map((n) => n.key.split(":")[2]).filter((d) => d! >= "2031-03-01").sort();
    expect(overviewDays).toEqual(["2031-03-02", "2031-03-05", "2031-03-09"]);
    const last = overviews.find((n) => n.key.includes("2031-03-09"))!;
    expect((last.params as { agencies: { name: string }[] }).agencies.map((a) => a.name)).toContain((await prisma.organisation.findUniqueOrThrow({ where: { id: s.agencyA } })).name);
  });

  it("remind agencies that have not reported a year's figures before the ministry's date and the day after it", async () => {
    await prisma.reportingDeadline.create({ data: { ministryId: s.ministryId, year: 2030, dueOn: new Date("2031-04-01"), setById: s.actors.adviser.userId } });
    await prisma.hiringReport.create({ data: { agencyId: s.agencyB, year: 2030, permanentTotal: 7, permanentTarget: 1, temporaryTotal: 0, temporaryTarget: 0 } });
    const run = (day: string) => runReminders(notifier, new Date(`${day}T06:00:00+02:00`));
    const notes = async (userId: string) => (await prisma.notification.findMany({ where: { userId, kind: "FIGURES_DUE" } })).map((n) => n.key.split(":")[3]).sort();
    await run("2031-03-10");
    expect(await notes(s.actors.hrA.userId)).toEqual([]);
    await run("2031-03-18");
    await run("2031-03-25");
    await run("2031-04-02");
    expect(await notes(s.actors.hrA.userId)).toEqual(["before", "overdue"]);
    // B has reported 2030.
    expect(await notes(s.actors.hrB.userId)).toEqual([]);
  });
});

describe("digests", () => {
  it("gather the day's messages of the kinds a person wants daily into one e-mail", async () => {
    await savePreferences(s.actors.hrA, { PLAN_REVIEWED: "DAILY", ROUND_SENT: "OFF" });
    const hrEmail = await address(s.actors.hrA.userId);
    // The plan A submitted and reviewed twice (changes asked, then approved after a resubmission).
    const plan = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } });
    await savePlan(s.actors.hrA, { planId: plan.id, version: plan.version, content: COMPLETE_CONTENT }, "submit");
    await reviewPlan(s.actors.adviser, { planId: plan.id, versionNumber: 1, decision: "requestChanges", message: "Mer om mål.", comments: [] });
    const again = await prisma.actionPlan.findUniqueOrThrow({ where: { id: s.planA } });
    await savePlan(s.actors.hrA, { planId: plan.id, version: again.version, content: COMPLETE_CONTENT }, "submit");
    await reviewPlan(s.actors.adviser, { planId: plan.id, versionNumber: 2, decision: "approve", message: "", comments: [] });
    // A required message stays at once whatever was chosen: the round's letter.
    const { id: roundId } = await createRound(s.actors.adviser, roundInput(`34/${Date.now() % 100000}`, [s.agencyA]));
    await prisma.letter.updateMany({ where: { roundId }, data: { number: "Tillegg 12" } });
    await sendRound(s.actors.adviser, roundId);

    const reviewed = await prisma.notification.findMany({ where: { userId: s.actors.hrA.userId, kind: "PLAN_REVIEWED" } });
    expect(reviewed.map((n) => [n.digestPending, n.emailId])).toEqual([[true, null], [true, null]]);
    const day = new Date("2031-05-05T07:00:00+02:00");
    // Run on two instances at once: neither fails, one digest per person.
    const made = await Promise.all([createDigests(notifier, day), createDigests(notifier, day)]);
    expect(made[0] + made[1]).toBeGreaterThanOrEqual(1);
    expect(await createDigests(notifier, day)).toBe(0); // once a day
    await worker();
    await expect.poll(() => emailsTo(hrEmail).filter((m) => m.subject === "Dagens 2 varsler fra Dugnad").length, { timeout: 20_000 }).toBe(1);
    const digest = emailsTo(hrEmail).find((m) => m.subject === "Dagens 2 varsler fra Dugnad")!;
    expect(digest.text).toContain("Departementet ber om endringer i handlingsplanen");
    expect(digest.text).toContain("Departementet har godkjent handlingsplanen");
    expect(digest.text).toContain(`/planer/${s.planA}`);
    // The letter came at once, though ROUND_SENT was asked to be off.
    await expect.poll(() => emailsTo(hrEmail).some((m) => m.subject.startsWith("Nytt brev fra departementet")), { timeout: 20_000 }).toBe(true);
  });
});

import "server-only";
import { prisma } from "@/lib/db";
import { agencyWhere, authorize, sectorsFor, type Actor } from "@/lib/access";
import { invalid, notFound } from "@/lib/data/errors";
import { letterFileName, letterSelect, SENT, withDocument, type LetterRow } from "@/lib/data/letters";
import { readContent } from "@/lib/data/plans";
import { uniqueFileName, type ArchiveCase, type ArchiveRecord } from "@/lib/documents/arkivmelding";
import type { ArchiveDocumentSource, ArchiveExport } from "@/lib/documents/arkivmelding-package";
import { inPeriod, type ArchivePeriod } from "@/lib/domain/archive-period";
import { todayInNorway } from "@/lib/domain/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { caseNumberOf } from "@/lib/domain/round-continuation";
import { archiveText as t } from "@/lib/i18n/archive-nb";

// The hand-off to the ministry's Noark 5 archive (issue 14): what goes into an arkivmelding
// package, for one round or for a period. The ministry journals its cases, so only the ministry's
// adviser may (archive.export, its own sector); drafts never go to the archive.

const DAY = 86_400_000;

const roundSelect = (agency: Prisma.OrganisationWhereInput) =>
  ({
    id: true,
    title: true,
    year: true,
    createdAt: true,
    createdById: true,
    ministry: { select: { name: true } },
    letters: { where: { status: SENT, agency }, select: letterSelect, orderBy: [{ sentAt: "asc" }, { ourRef: "asc" }] },
    plans: {
      where: { agency },
      orderBy: { agency: { name: "asc" } },
      select: {
        status: true,
        agency: { select: { id: true, name: true, shortName: true, postalAddress: true } },
        versions: { select: { id: true, number: true, submittedAt: true, submittedById: true, content: true }, orderBy: { number: "asc" } },
      },
    },
  }) satisfies Prisma.AddendumRoundSelect;

type RoundRow = Prisma.AddendumRoundGetPayload<{ select: ReturnType<typeof roundSelect> }>;

/** Every letter sent and every plan version received in a round of the adviser's sector. */
export async function getRoundArchive(actor: Actor, roundId: string): Promise<ArchiveExport & { roundTitle: string }> {
  authorize(actor, "archive.export");
  const rounds = await loadRounds(actor, { id: roundId });
  if (rounds.length === 0) throw notFound();
  return { ...(await toExport(rounds, null)), roundTitle: rounds[0]!.title };
}

/**
 * The letters sent and the plan versions received in a period (Norwegian calendar days, both
 * included), in every round of the adviser's sector; each round is one case folder. Refused as
 * invalid when there is nothing in the period.
 */
export async function getPeriodArchive(actor: Actor, period: ArchivePeriod): Promise<ArchiveExport> {
  authorize(actor, "archive.export");
  // Candidates a day either side in UTC; the Norwegian calendar day decides below.
  const window = { gte: new Date(period.from.getTime() - DAY), lt: new Date(period.to.getTime() + 2 * DAY) };
  const rounds = await loadRounds(actor, {
    OR: [
      { letters: { some: { status: SENT, OR: [{ sentAt: window }, { sentAt: null, date: window }] } } },
      { plans: { some: { versions: { some: { submittedAt: window } } } } },
    ],
  });
  const result = await toExport(rounds, period);
  if (result.cases.length === 0) throw invalid({}, t.errors.nothing);
  return result;
}

async function loadRounds(actor: Actor, where: Prisma.AddendumRoundWhereInput): Promise<RoundRow[]> {
  return prisma.addendumRound.findMany({
    where: { AND: [where, { ministryId: { in: sectorsFor(actor, "archive.export") } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: roundSelect(agencyWhere(actor, "archive.export")),
  });
}

const lines = (text: string) => text.split("\n").map((s) => s.trim()).filter(Boolean);
const safeFileName = (name: string) => name.replace(/[^\p{L}\p{N} ._-]/gu, "");
/** When a letter went out: sent in the app, or the letter's date when it was sent outside it. */
const sentWhen = (l: LetterRow) => l.sentAt ?? l.date;

async function toExport(rounds: RoundRow[], period: ArchivePeriod | null): Promise<ArchiveExport> {
  const userIds = new Set<string>();
  for (const r of rounds) {
    userIds.add(r.createdById);
    for (const p of r.plans) for (const v of p.versions) if (v.submittedById) userIds.add(v.submittedById);
  }
  const users = await prisma.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const within = (day: Date) => period === null || inPeriod(day, period);

  const cases: ArchiveCase[] = [];
  const documents: ArchiveDocumentSource[] = [];
  const taken = new Set<string>();
  for (const round of rounds) {
    const ministry = round.ministry.name;
    const records: ArchiveRecord[] = [];
    for (const l of round.letters) {
      if (!within(todayInNorway(sentWhen(l)))) continue;
      const letter = withDocument(l);
      const fileName = uniqueFileName(letterFileName(l, "pdf"), taken);
      documents.push({ fileName, kind: "letter", letter: letter.document });
      records.push({
        sourceId: l.id,
        direction: "outgoing",
        title: letter.effectiveTitle,
        createdAt: sentWhen(l),
        createdBy: l.caseworkerName || ministry,
        documentDate: l.date,
        journalDate: todayInNorway(sentWhen(l)),
        sender: { name: ministry, administrativeUnit: l.department || undefined, caseworker: l.caseworkerName || undefined },
        recipient: { name: l.agency.name, postalAddress: lines(l.agency.postalAddress) },
        ourRef: l.ourRef,
        yourRef: l.yourRef,
        documentType: t.documentType.letter,
        fileName,
      });
    }
    for (const plan of round.plans) {
      // The plan answers the latest letter the agency got in the round.
      const answers = round.letters.filter((l) => l.agency.id === plan.agency.id).at(-1);
      for (const v of plan.versions) {
        const received = todayInNorway(v.submittedAt);
        if (!within(received)) continue;
        const submitter = v.submittedById ? nameOf.get(v.submittedById) : undefined;
        const fileName = uniqueFileName(safeFileName(t.planFileName(plan.agency.shortName, round.year, v.number)), taken);
        documents.push({
          fileName,
          kind: "plan",
          plan: { agencyName: plan.agency.name, roundTitle: round.title, number: v.number, submittedAt: v.submittedAt, status: plan.status, content: readContent(v.content) },
        });
        records.push({
          sourceId: v.id,
          direction: "incoming",
          title: t.planRecordTitle(plan.agency.name, v.number),
          createdAt: v.submittedAt,
          createdBy: submitter ?? plan.agency.name,
          documentDate: received,
          journalDate: received,
          sender: { name: plan.agency.name, postalAddress: lines(plan.agency.postalAddress), contactPerson: submitter },
          recipient: { name: ministry, administrativeUnit: answers?.department || undefined, caseworker: answers?.caseworkerName || undefined },
          answersSourceId: answers?.id ?? null,
          answersRef: answers?.ourRef ?? null,
          documentType: t.documentType.plan,
          fileName,
        });
      }
    }
    if (period !== null && records.length === 0) continue;
    records.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const caseNumbers = new Set(round.letters.map((l) => caseNumberOf(l.ourRef)));
    const [caseNumber] = caseNumbers.size === 1 ? [...caseNumbers] : [null];
    const first = round.letters[0];
    const creator = nameOf.get(round.createdById);
    cases.push({
      sourceId: round.id,
      title: round.title,
      caseNumber: caseNumber ?? null,
      caseDate: todayInNorway(round.createdAt),
      createdAt: round.createdAt,
      createdBy: creator ?? ministry,
      administrativeUnit: first?.department || ministry,
      responsible: first?.caseworkerName || creator || ministry,
      closed: false,
      records,
    });
  }
  return { cases, documents };
}

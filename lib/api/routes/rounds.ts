// The ministry's addendum rounds and their letters (issue 14): the rounds for a ministry token
// (sector:read), the letters also for the agency the letter went to (plans:read), each letter as
// the app's PDF and DOCX. Only sent rounds and letters: a draft is the ministry's working document.
import { z } from "zod";
import { defineApiRoute } from "@/lib/api/route";
import { agencyRef, dateTime, DOCX, idParam, iso, isoOrNull, PDF } from "@/lib/api/routes/common";
import { getLetter, letterFileName, listLetters } from "@/lib/data/letters";
import { getRoundOverview, listRounds } from "@/lib/data/rounds";
import { renderLetterDocx } from "@/lib/documents/letter-docx";
import { renderLetterPdf } from "@/lib/documents/letter-pdf";
import { PLAN_STATUSES } from "@/lib/domain/plan";

const ROUND_TAGS = ["Rounds"];
const LETTER_TAGS = ["Letters"];
const LETTER_SCOPES: ("plans:read" | "sector:read")[] = ["plans:read", "sector:read"];

const roundSummary = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  /** The agencies' deadline for their plans. */
  deadline: dateTime,
  sentAt: dateTime.nullable(),
  letterCount: z.number().int(),
  /** Plans submitted or approved. */
  submittedCount: z.number().int(),
});

export const listRoundsRoute = defineApiRoute({
  operationId: "listRounds",
  method: "GET",
  path: "/rounds",
  summary: "The sector's addendum rounds",
  description: "The sent rounds of the token's sector, newest deadline first.",
  tags: ROUND_TAGS,
  scopes: ["sector:read"],
  permission: "round.read",
  response: z.object({ rounds: z.array(roundSummary) }),
  handler: async ({ actor }) => {
    const rounds = await listRounds(actor);
    return { rounds: rounds.filter((r) => r.sentAt).map((r) => ({ ...r, deadline: iso(r.deadline), sentAt: isoOrNull(r.sentAt) })) };
  },
});

const roundRow = z.object({
  agency: agencyRef,
  letterId: z.string(),
  letterNumber: z.string(),
  letterTitle: z.string(),
  ourRef: z.string(),
  letterStatus: z.enum(["DRAFT", "SENT", "READ"]),
  sentAt: dateTime.nullable(),
  readAt: dateTime.nullable(),
  /** A correction of an earlier letter to the same agency. */
  isCorrection: z.boolean(),
  planId: z.string().nullable(),
  planStatus: z.enum(PLAN_STATUSES),
  planSubmittedAt: dateTime.nullable(),
  /** Past the deadline without a submitted plan. */
  overdue: z.boolean(),
});

export const getRoundRoute = defineApiRoute({
  operationId: "getRound",
  method: "GET",
  path: "/rounds/{roundId}",
  summary: "One round: its letters and each agency's plan status",
  tags: ROUND_TAGS,
  scopes: ["sector:read"],
  permission: "round.read",
  params: z.object({ roundId: idParam }),
  response: roundSummary.omit({ letterCount: true, submittedCount: true }).extend({
    previousRoundId: z.string().nullable(),
    requiresLeaderApproval: z.boolean(),
    letters: z.array(roundRow),
  }),
  handler: async ({ actor, params }) => {
    const r = await getRoundOverview(actor, params.roundId, new Date());
    return {
      id: r.id,
      title: r.title,
      year: r.year,
      deadline: iso(r.deadline),
      sentAt: isoOrNull(r.sentAt),
      previousRoundId: r.previousRound?.id ?? null,
      requiresLeaderApproval: r.requiresLeaderApproval,
      letters: r.rows.map((x) => ({
        agency: { id: x.agencyId, name: x.agencyName, shortName: x.agencyShortName },
        letterId: x.letterId,
        letterNumber: x.letterNumber,
        letterTitle: x.letterTitle,
        ourRef: x.ourRef,
        letterStatus: x.letterStatus,
        sentAt: isoOrNull(x.sentAt),
        readAt: isoOrNull(x.readAt),
        isCorrection: x.isCorrection,
        planId: x.planId,
        planStatus: x.planStatus,
        planSubmittedAt: isoOrNull(x.planSubmittedAt),
        overdue: x.overdue,
      })),
    };
  },
});

const letterSummary = z.object({
  id: z.string(),
  roundId: z.string(),
  agency: agencyRef,
  /** "Tillegg nr. 1". */
  number: z.string(),
  title: z.string(),
  ourRef: z.string(),
  yourRef: z.string().nullable(),
  date: dateTime,
  deadline: dateTime,
  /** READ once the agency has opened it (in the app, or through the API). */
  status: z.enum(["SENT", "READ"]),
  sentAt: dateTime.nullable(),
  readAt: dateTime.nullable(),
  /** The letter this one corrects. */
  correctsId: z.string().nullable(),
});

const letterDetail = letterSummary.extend({
  body: z.string(),
  department: z.string(),
  caseworkerName: z.string(),
  caseworkerPhone: z.string(),
  signatories: z.array(z.object({ name: z.string(), title: z.string(), byAuthority: z.boolean() })),
  copyTo: z.array(z.string()),
});

type LetterData = Awaited<ReturnType<typeof getLetter>>;

const summary = (l: LetterData) => ({
  id: l.id,
  roundId: l.round.id,
  agency: { id: l.agency.id, name: l.agency.name, shortName: l.agency.shortName },
  number: l.number,
  title: l.effectiveTitle,
  ourRef: l.ourRef,
  yourRef: l.yourRef,
  date: iso(l.date),
  deadline: iso(l.deadline),
  status: l.status as "SENT" | "READ",
  sentAt: isoOrNull(l.sentAt),
  readAt: isoOrNull(l.readAt),
  correctsId: l.correctsId,
});

export const listLettersRoute = defineApiRoute({
  operationId: "listLetters",
  method: "GET",
  path: "/letters",
  summary: "The letters the token may read",
  description: "An agency token: the letters sent to its agency; a ministry token: the sector's sent letters. Optionally of one round.",
  tags: LETTER_TAGS,
  scopes: LETTER_SCOPES,
  permission: "letter.read",
  query: z.object({ roundId: idParam.optional() }),
  response: z.object({ letters: z.array(letterSummary) }),
  handler: async ({ actor, query }) => ({ letters: (await listLetters(actor, { roundId: query.roundId })).map(summary) }),
});

const letterParams = z.object({ letterId: idParam });

export const getLetterRoute = defineApiRoute({
  operationId: "getLetter",
  method: "GET",
  path: "/letters/{letterId}",
  summary: "One letter with its text",
  description: "Reading a letter sent to the token's own agency marks it read, as opening it in the app does.",
  tags: LETTER_TAGS,
  scopes: LETTER_SCOPES,
  permission: "letter.read",
  params: letterParams,
  response: letterDetail,
  handler: async ({ actor, params }) => {
    const l = await getLetter(actor, params.letterId);
    return {
      ...summary(l),
      body: l.body,
      department: l.department,
      caseworkerName: l.caseworkerName,
      caseworkerPhone: l.caseworkerPhone,
      signatories: l.document.signatories.map((s) => ({ name: s.name, title: s.title, byAuthority: s.byAuthority })),
      copyTo: l.copyTo,
    };
  },
});

/** A letter as a file, rendered as the app's download renders it. */
function letterFileRoute(kind: "pdf" | "docx") {
  return defineApiRoute({
    operationId: kind === "pdf" ? "getLetterPdf" : "getLetterDocx",
    method: "GET",
    path: `/letters/{letterId}/${kind}`,
    summary: kind === "pdf" ? "One letter as PDF" : "One letter as a Word document (DOCX)",
    description: `The same ${kind.toUpperCase()} as the app's download.`,
    tags: LETTER_TAGS,
    scopes: LETTER_SCOPES,
    permission: "letter.read",
    params: letterParams,
    response: kind === "pdf" ? PDF : DOCX,
    handler: async ({ actor, params }) => {
      const letter = await getLetter(actor, params.letterId);
      const bytes = kind === "pdf" ? await renderLetterPdf(letter.document) : await renderLetterDocx(letter.document);
      return { bytes, fileName: letterFileName(letter, kind) };
    },
  });
}

export const getLetterPdfRoute = letterFileRoute("pdf");
export const getLetterDocxRoute = letterFileRoute("docx");

export const ROUND_ROUTES = [listRoundsRoute, getRoundRoute];
export const LETTER_ROUTES = [listLettersRoute, getLetterRoute, getLetterPdfRoute, getLetterDocxRoute];

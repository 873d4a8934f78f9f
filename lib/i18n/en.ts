// The English of lib/i18n/nb.ts (issue 14): the same keys, in British/International English.
import { formatLongDate, formatShortDate } from "@/lib/domain/format";
import type { Due } from "@/lib/domain/home";
import type { Messages } from "@/lib/i18n/messages";
import type { nb } from "@/lib/i18n/nb";

/** "1 day", "12 days". */
const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/** "1 second", "20 seconds", "2 minutes" (whole minutes from 60 seconds, rounded up). */
function duration(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

const short = (d: Date) => formatShortDate(d, "en");
const long = (d: Date) => formatLongDate(d, "en");

/** How far a deadline is: "in 12 days", "today", "the deadline passed 3 days ago". */
const due = (d: Due) =>
  d.kind === "today" ? "the deadline is today" : d.kind === "inDays" ? `in ${days(d.days)}` : `the deadline passed ${days(d.days)} ago`;

export const en: Messages<typeof nb> = {
  errors: {
    required: "Fill in this field.",
    wholeNumber: "Enter a whole number, for example 12.",
    notNegative: "The number cannot be negative.",
    tooLarge: "The number is unreasonably large. Check the number.",
    targetExceedsTotal: "Cannot be more than the total number of new hires in the same type of position.",
    reasonRequired: "Write why the figures are being changed.",
    yearClosed: "The ministry has closed the year. Contact the ministry if the figures need to be changed.",
    notEstablished: (establishedOn: Date, year: number) =>
      `The agency was established on ${short(establishedOn)} and has no figures for ${year}.`,
    futureYear: "You cannot report for a year that has not yet begun.",
    yearTooEarly: "The inclusion drive started in 2018. Choose 2018 or later.",
    invalidDate: "Enter a valid date.",
    deadlineInPast: "The deadline must be after today's date.",
    deadlineBeforeDate: "The deadline must be after the letter's date.",
    phoneFormat: "Enter a phone number with 8 digits, for example 22 24 46 36.",
    signatoryRequired: "The letter must have at least one signatory.",
    ourRefFormat: "Enter Our ref as case number and document number, for example 20/56-69.",
    ourRefTaken: "Our ref is already used on another letter from the ministry.",
    letterFrozen: "The letter has been sent and cannot be changed. Make a correction instead.",
    lettersIncomplete: "Some letters lack information and cannot be sent yet:",
    missingNumber: (agency: string) => `The letter to ${agency} has no letter number.`,
    nothingToSend: "There are no letters to send in this round.",
    chooseAgency: "Choose at least one agency.",
    reminderDaysFormat: "Enter whole days separated by commas, for example 14, 3.",
    reminderDaysRange: "Each reminder must be between 1 and 60 days before the deadline.",
    reminderDaysTooMany: "Enter at most 5 reminders.",
    chooseDeliveryMode: "Choose Immediately, Daily summary or Off.",
    dueBeforeYearEnds: (year: number) =>
      `The figures for ${year} can only be reported once the year is over. Choose a date in ${year + 1} or later.`,
    caseNumberFormat: "Enter the case number as year/serial number, for example 21/1234.",
    caseNumberTaken: "The case number is already used on letters from the ministry.",
    tooLong: "The text is too long.",
    nulCharacter: "The text contains an invisible control character (NUL) that cannot be saved. Type or paste the text again.",
    nulInSearch: "The search contains an invisible control character (NUL) and cannot be used. Type the search again.",
    missingElement: (label: string) => `“${label}” must be filled in before the plan is submitted.`,
    notAllowed: "You do not have access to this.",
    signedOut: "You are no longer signed in. Sign in again in another tab, and nothing here will be lost.",
    notFound: "We could not find what you asked for.",
    hiringStale:
      "The figures for the year have been saved by someone else since you opened the form. Your figures have not been saved. See the new figures below and choose what to do.",
    letterStale:
      "The letter has been saved by someone else since you opened it. Your changes have not been saved. See what was saved below and choose what to do.",
    staleVersion:
      "The plan has been changed by someone else since you opened it. Reload the page to see the changes. Your text has not been saved.",
    planLocked: "The plan has been submitted and cannot be changed.",
    planIncomplete: "The plan is not complete. See what is missing under each element.",
    newerVersion: "The agency has submitted a newer version since you opened the plan. Reload the page and review it.",
    notReviewable: "The plan is not awaiting review (it has already been processed or withdrawn).",
    reviewMessageRequired: "Write what the agency should change.",
    notRevisable: "Only an approved plan can be revised, and the revision may already have been started. Reload the page.",
    signoffMissing:
      "The leader must approve exactly this draft before the plan can be submitted. Send the plan to the leader for approval.",
    signoffNotRequired: "The round does not require the leader to approve the plan. You can submit it directly.",
    signoffNotPending:
      "The draft is not awaiting your approval, or it has been changed since it was sent to you. Reload the page.",
    signoffCommentRequired: "Write what HR should change.",
    unexpected: "Something went wrong. Please try again shortly.",
    database: "The database is not responding right now. Please try again shortly.",
    invalidForm: "The form has errors. See the marked fields.",
    poolingOrder: "The last year must be after the first year.",
    poolingTooLong: "A period can be at most 5 years.",
    poolingOverlap:
      "One or more of the years are already part of a period that has been applied for or approved. A year can only be part of one period, even after it has been withdrawn.",
    poolingUnreported: (years: number[]) => `All the years in the period must be reported first. Missing: ${years.join(", ")}.`,
    poolingSmallOnly: "Only years with fewer than 5 new hires can be combined: years with more are already shown on their own.",
    poolingCannotApprove:
      "The period cannot be approved: all the years must be reported, have fewer than 5 new hires and not have been part of a published period. Reject the application, preferably with a reason.",
    poolingDecided: "The application has already been processed. Reload the page.",
    poolingNotApproved: "Only an approved period can be withdrawn.",
  },
  hiringImport: {
    yearClosed: (year: number) => `The ministry has closed ${year}. Open the year before importing figures for it.`,
    missingColumns: (headers: string[]) => `The file lacks the columns ${headers.map((h) => `“${h}”`).join(", ")}. Use the template.`,
    noRows: "The file has no rows with figures.",
    orgNumberMissing: "Org. no. is missing.",
    unknownAgency: (orgNumber: string) => `No agency in the sector has org. no. ${orgNumber}.`,
    duplicate: (line: number) => `The agency is also on line ${line}.`,
    unreadable:
      "The file could not be read. Upload a CSV file (semicolon or comma separated) or an Excel file (.xlsx) with at most 10,000 rows.",
    tooLarge: "The file is too large (at most 2 MB).",
    chooseFile: "Choose a file.",
    notOk: "The file has errors. Nothing has been imported. See the list below.",
  },
  attachments: {
    chooseFile: "Choose a file.",
    empty: "The file is empty.",
    tooLarge: (mb: number) => `The file is too large. Attachments can be at most ${mb} MB.`,
    notPdfOrDocx:
      "The file is neither a PDF nor a Word document (.docx), whatever its name. Upload a PDF or a Word document.",
    damagedPdf: "The file starts as a PDF but is incomplete or damaged. Save it as PDF again and try again.",
    notDocx: "The file is a ZIP file, but not a Word document (.docx). Upload a PDF or a Word document.",
    damagedDocx:
      "The Word document cannot be read: it is damaged, encrypted or unpacks to far too much. Save it again in Word and try again.",
    onlyDocx: "Only Word documents (.docx) can be imported as a plan. This file is a PDF.",
    oneOwner: "An attachment belongs either to a plan or to a letter.",
    planLocked: "The plan has been submitted. Attachments can only be added or deleted while the plan can be changed.",
    letterSent: "The letter has been sent. Attachments to a sent letter cannot be deleted.",
    notYours: "Only the person who uploaded the attachment (or someone from the same organisation) can delete it.",
    uploaded: (name: string) => `The attachment “${name}” has been added.`,
    deleted: (name: string) => `The attachment “${name}” has been deleted.`,
  },
  planImport: {
    missing: (element: string) =>
      `No heading found for “${element}”. The field is empty; type in the text or move it from “Text that was not placed”.`,
    empty: (element: string) => `Found the heading for “${element}”, but no text under it.`,
    duplicate: (element: string) => `The heading for “${element}” appears in several places in the document. The text has been combined.`,
    unknownHeading: (heading: string) =>
      `The heading “${heading}” does not belong to any element. The text under it is in “Text that was not placed”.`,
    noHeadings: "No headings belonging to the plan's elements were found. All the text is in “Text that was not placed”.",
    tooLong: "A paragraph or item is too long (at most 5,000 characters). Split it up.",
    tooMany: "Too many paragraphs or items for this element. Combine some of them.",
    invalid: "The text cannot be used as it stands.",
    applied: "The plan from Word is now the draft. The original has been saved as an attachment.",
  },
  figures: {
    none: "–",
    suppressed: "Hidden",
    few: "fewer than 5 – not for publication",
    pooled: (fromYear: number, toYear: number) => `(combined ${fromYear}–${toYear})`,
    stateShareUnknown: "Not known",
    byMigration: "Dugnad (recalculation)",
  },
  openData: {
    levels: { agency: "agency", sector: "sector" },
    empty: {
      suppressed: "hidden for privacy reasons",
      sectorSuppressed: "hidden for privacy reasons",
      notReported: "not reported",
    },
    pooled: (fromYear: number, toYear: number) => `combined for ${fromYear}–${toYear}`,
    headers: [
      "Level", "Sector org. no.", "Sector", "Org. no.", "Name", "Year", "New hires", "In the target group", "Share (%)",
      "Note", "Has reported", "Agencies", "Goal (%)", "Whole state (%)",
    ],
    badQuery: "The choice in the link does not exist or is invalid. The figures below are the default choice.",
    badDownloadQuery:
      "Invalid choice: “sektor” is the ministry's organisation number and “aar” a year, for example ?sektor=972417858&aar=2020.",
    unknownSector: "No sector has that organisation number.",
  },
  setPassword: {
    linkUnusable:
      "The link can no longer be used: it has been used, has expired or has been replaced by a new one. Ask the Dugnad administrator in your ministry for a new link.",
    tooShort: "The password must have at least 12 characters. A sentence of several words is easy to remember and hard to guess.",
    tooLong: "The password can have at most 256 characters.",
    containsEmail: "The password cannot contain your e-mail address.",
    demoPassword: "This password is known from the demo. Choose another one.",
    oneCharacter: "The password cannot consist of one and the same character.",
    repeatDiffers: "The passwords are not the same. Type the same password twice.",
    saved: "The password has been saved. Sign in with your e-mail address and the new password.",
  },
  login: {
    signedOutEverywhere: "You have been signed out everywhere: all your sign-ins have ended.",
    deactivated: "Your account has been deactivated. Contact the Dugnad administrator in your ministry.",
    wrongCredentials: "Wrong e-mail or password.",
    wrongCredentialsDelayed: (seconds: number) =>
      `Wrong e-mail or password. After several failed attempts it takes ${duration(seconds)} before you get an answer next time.`,
    tooManyFromAddress: (seconds: number) =>
      `Too many failed sign-ins from your network. Wait ${duration(seconds)} and try again.`,
    busy: "There are too many sign-ins right now. Wait a few seconds and try again.",
  },
  sso: {
    whomToAsk:
      "Contact the Dugnad administrator in your ministry. If you work in an agency, that is the ministry the agency comes under.",
    refusals: {
      notInvited: {
        title: "You do not have access to Dugnad",
        body: "You are signed in with the sign-in service, but you have no account in Dugnad. Accounts are created by the ministry; nobody gets access just by signing in.",
      },
      deactivated: {
        title: "Your account has been deactivated",
        body: "Your account in Dugnad has been switched off, so you cannot sign in.",
      },
      linkedElsewhere: {
        title: "The account is linked to another sign-in",
        body: "The Dugnad account with your e-mail address is already linked to another sign-in, so you have not been signed in.",
      },
      noEmail: {
        title: "Dugnad could not find your account",
        body: "The sign-in service does not give your e-mail address, so Dugnad cannot find your account the first time you sign in. Open the invitation link you received and sign in from there. Your sign-in will then be linked to your account.",
      },
      invitationInvalid: {
        title: "The invitation link no longer works",
        body: "The link has already been used, has expired or has been replaced by a newer one, so you have not been signed in.",
      },
    },
    errors: {
      AccessDenied: {
        title: "The sign-in was refused",
        body: "The answer from the sign-in service could not be accepted, so you are not signed in. Try signing in again.",
      },
      Verification: {
        title: "The link no longer works",
        body: "The link has been used or has expired, so you are not signed in.",
      },
      default: {
        title: "The sign-in could not be completed",
        body: "Something went wrong during sign-in, so you are not signed in. Please try again shortly. If it happens again, there may be an error in how sign-in is set up.",
      },
    },
    interrupted: "The sign-in was interrupted or failed. Please try again.",
    invited: (email: string) =>
      `You have been invited to Dugnad as ${email}. Sign in, and your sign-in will be linked to this account. If this is not you, do not sign in here.`,
    invitationInvalid:
      "The invitation link no longer works: it has been used, has expired or has been replaced by a newer one. Ask the Dugnad administrator in your ministry for a new one.",
  },
  planElements: {
    challenges: "Challenges and opportunities",
    measures: "Measures",
    goals: "Goals",
    goalLink: "Link to the agency's goals and services",
    responsibilities: "Division of responsibilities",
    traineeAssessment: "Assessment of the trainee programme",
  },
  planProblems: {
    noChallenge: "Describe at least one challenge.",
    challengeWithoutOpportunity: "Each challenge must have opportunities for resolving it.",
    noMeasure: "Add at least one measure.",
    measureWithoutOwnerOrDue: "Each measure must have an owner and a deadline.",
    noShortTermGoal: "Add at least one short-term goal.",
    noLongTermGoal: "Add at least one long-term goal.",
    noGoalLink: "Describe the link to the agency's goals and services.",
    noResponsibility: "Fill in at least one row: who is responsible for what.",
    noTraineeDecision: "Choose whether the agency will use the trainee programme.",
    noTraineeReasoning: "Explain why the agency will not use the programme now.",
    noTraineePositions: "Write which positions the programme is relevant for.",
  },
  planElementHelp: {
    challenges: "Challenges in recruiting from the target group, and the opportunities for resolving them.",
    measures: "Ways of working on the challenges: what, who owns the measure, and when.",
    goals: "Short-term and long-term goals for inclusion, measurable where possible.",
    goalLink: "How inclusion is linked to the agency's goals and services.",
    responsibilities: "Who is responsible for what: top management, recruiting managers, HR, union representatives …",
    traineeAssessment:
      "Will the agency use the state's trainee programme? For which positions, and why or why not?",
  },
  planStatus: {
    NOT_STARTED: "Not started",
    DRAFT: "Draft",
    SUBMITTED: "Submitted",
    CHANGES_REQUESTED: "Changes requested",
    APPROVED: "Approved",
  },
  planRevision: {
    none: "",
    draft: "Revision in progress",
    submitted: "Revision submitted",
    changesRequested: "Changes requested in the revision",
  },
  letterStatus: {
    DRAFT: "Draft",
    SENT: "Sent",
    READ: "Read",
  },
  home: {
    title: "Home",
    intro: "What you should do now, the most urgent first.",
    todo: "To do",
    nothing: "Nothing to do now",
    nothingHelp: "Everything is done. Here is where else you can go:",
    goTo: (label: string) => `Go to ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
    due,
    planDue: (deadline: Date, d: Due) =>
      d.kind === "overdue"
        ? `The action plan should have been submitted by ${long(deadline)} – ${due(d)}`
        : `The action plan is to be submitted by ${long(deadline)} – ${due(d)}`,
    changesRequested: "The ministry asks for changes to the action plan",
    signoffRequested: "The action plan awaits your approval before it is submitted",
    since: (date: Date) => `Since ${short(date)}`,
    figuresMissing: (year: number) => `The figures for ${year} have not been reported`,
    figuresMissingDetail: "The year is over. Report new hires and how many of them are in the target group.",
    followUpMissing: (count: number) =>
      `${count === 1 ? "1 measure" : `${count} measures`} in the sector action plan lack a status from you`,
    followUpDetail: (title: string, date: Date, dueDate: boolean) =>
      `${title} · ${dueDate ? "first deadline" : "published"} ${short(date)}`,
    awaitsReview: (agency: string) => `${agency}: the action plan awaits review`,
    submitted: (date: Date) => `Submitted ${short(date)}`,
    overdue: (agency: string) => `${agency} has not submitted the action plan`,
    overdueDetail: (deadline: Date, d: Due) => `The deadline was ${short(deadline)} – ${due(d)}`,
    agencyFiguresMissing: (agency: string, year: number) => `${agency} has not reported figures for ${year}`,
    invited: (name: string, email: string) => `${name} (${email}) has not signed in yet`,
    invitedOn: (date: Date) => `Invited ${short(date)}`,
    more: (n: number) => `… and ${n} more`,
    glance: "The sector at a glance",
    shareOfYear: (year: number) => `Share of new hires in the target group in the sector in ${year}`,
    goalLabel: "The goal",
    ownShare: (agency: string, year: number) => `Share for ${agency} in ${year}`,
    noPlan: "none in the latest round",
    noFigures: "No figures for a full year yet.",
    plansInRound: (round: string) => `Action plans in ${round}`,
    noRound: "No round has been sent yet.",
    ownPlan: "The action plan in the latest round:",
    toDashboard: "To the dashboard",
    changes: "Changes since your last visit",
    changesSince: (at: Date | null, when: (d: Date) => string) =>
      at
        ? `Events in the log since you last signed in, ${when(at)}.`
        : "You have not been signed in before: everything in the log, grouped by event.",
    noChanges: "No changes since your last visit.",
    changeGroup: (label: string, count: number) => `${label}: ${count === 1 ? "1 event" : `${count} events`}`,
    toLog: "The whole log",
    invitedHeading: "Invited, not signed in yet",
    toAdmin: "To administration",
  },
  roles: {
    ADVISER: "Adviser",
    AGENCY_HR: "HR",
    LEADER: "Leader",
    AUDITOR: "Auditor",
    ADMIN: "Administrator",
  },
};

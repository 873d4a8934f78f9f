// Notifications and their e-mails in both languages (issue 12, issue 14). The bokmål is
// lib/i18n/notifications-nb.ts; an e-mail goes out in its recipient's language (User.locale), a
// notification in the list is worded in the reader's. No figures, ever: links only.
import { formatLongDate } from "@/lib/domain/format";
import type { NotificationKind, NotificationParams, RecipientReason } from "@/lib/domain/notifications";
import { defineTexts } from "@/lib/i18n/messages";
import { kindLabels, linkLabel, mailTexts, modeLabels, notificationBody, notificationTitle } from "@/lib/i18n/notifications-nb";

const date = (iso: string) => formatLongDate(new Date(`${iso}T00:00:00Z`), "en");

function days(n: number): string {
  const d = Math.abs(n);
  return d === 1 ? "1 day" : `${d} days`;
}

const SIGNOFF_TITLE_EN = {
  REQUESTED: "The action plan is waiting for your approval",
  APPROVED: "The leader has approved the action plan for submission",
  RETURNED: "The leader has returned the action plan",
} as const;

function titleEn(p: NotificationParams): string {
  switch (p.kind) {
    case "ROUND_SENT":
      return `New letter from the ministry: ${p.letterTitle}`;
    case "PLAN_DEADLINE":
      return p.daysLeft > 0
        ? `The action plan is due by ${date(p.deadline)} – in ${days(p.daysLeft)}`
        : `The deadline for the action plan passed on ${date(p.deadline)} – it has not been submitted`;
    case "PLAN_SUBMITTED":
      if (p.revision) return `${p.agencyName} has submitted a revised action plan (version ${p.versionNumber})`;
      return p.versionNumber > 1
        ? `${p.agencyName} has submitted a new version (${p.versionNumber}) of the action plan`
        : `${p.agencyName} has submitted the action plan`;
    case "PLAN_REVIEWED":
      if (p.revision) return p.outcome === "APPROVED" ? "The ministry has approved the revised action plan" : "The ministry asks for changes to the revised action plan";
      return p.outcome === "APPROVED" ? "The ministry has approved the action plan" : "The ministry asks for changes to the action plan";
    case "PLAN_SIGNOFF":
      return SIGNOFF_TITLE_EN[p.outcome];
    case "FIGURES_DUE":
      return p.daysLeft >= 0
        ? `The figures for new hires in ${p.year} are due by ${date(p.dueOn)}`
        : `The figures for new hires in ${p.year} have not been reported – the deadline was ${date(p.dueOn)}`;
    case "SECTOR_PLAN_PUBLISHED":
      return p.versionNumber > 1 ? `New version (${p.versionNumber}) of the sector action plan: ${p.title}` : `The sector action plan has been published: ${p.title}`;
    case "OVERDUE_OVERVIEW":
      return p.agencies.length === 1
        ? "1 agency has not submitted its action plan by the deadline"
        : `${p.agencies.length} agencies have not submitted their action plan by the deadline`;
  }
}

function bodyEn(p: NotificationParams): string[] {
  switch (p.kind) {
    case "ROUND_SENT":
      return [`The ministry has sent ${p.agencyName} a supplementary allocation letter.`, `The action plan is to be submitted by ${date(p.deadline)}.`];
    case "PLAN_DEADLINE":
      return [
        `The round “${p.roundTitle}” asks ${p.agencyName} to submit the action plan by ${date(p.deadline)}.`,
        p.daysLeft > 0 ? `There are ${days(p.daysLeft)} left.` : `The deadline passed ${days(p.daysLeft)} ago.`,
      ];
    case "PLAN_SUBMITTED":
      return p.revision
        ? [
            `${p.agencyName} has revised the approved action plan in the round “${p.roundTitle}” and submitted the revision. It is waiting for review.`,
            "The approved version applies until the revision is approved.",
          ]
        : [`${p.agencyName} has submitted the action plan in the round “${p.roundTitle}”. It is waiting for review.`];
    case "PLAN_REVIEWED":
      return [
        p.outcome === "APPROVED"
          ? `The ministry has approved ${p.agencyName}'s ${p.revision ? "revised action plan" : "action plan"} in the round “${p.roundTitle}”.${p.revision ? " The revised version now applies." : ""}`
          : `The ministry asks ${p.agencyName} to change the ${p.revision ? "revised action plan" : "action plan"} in the round “${p.roundTitle}” and submit it again.${p.revision ? " The approved version still applies." : ""}`,
        ...(p.message ? [`Message from the ministry: ${p.message}`] : []),
      ];
    case "PLAN_SIGNOFF":
      return [
        p.outcome === "REQUESTED"
          ? `HR in ${p.agencyName} asks you to approve the action plan in the round “${p.roundTitle}” before it is submitted. The round requires the leader to approve the plan.`
          : p.outcome === "APPROVED"
            ? `The leader in ${p.agencyName} has approved the action plan in the round “${p.roundTitle}”. You can now submit it.`
            : `The leader in ${p.agencyName} has returned the action plan in the round “${p.roundTitle}”. Change the plan and send it to the leader for approval again.`,
        ...(p.message ? [`Message from the leader: ${p.message}`] : []),
      ];
    case "FIGURES_DUE":
      return [`${p.agencyName} has not reported new hires for ${p.year}. The ministry asks for the figures by ${date(p.dueOn)}.`];
    case "SECTOR_PLAN_PUBLISHED":
      return [`The ministry has published ${p.versionNumber > 1 ? `version ${p.versionNumber} of ` : ""}“${p.title}”. ${p.agencyName} follows up the measures in the plan.`];
    case "OVERDUE_OVERVIEW":
      return [
        `Overview ${date(p.date)}: these have not submitted the action plan by the deadline.`,
        ...p.agencies.map((a) => `${a.name} – “${a.roundTitle}”, deadline ${date(a.deadline)}`),
      ];
  }
}

const reasonsEn: Record<RecipientReason, (organisation: string) => string> = {
  agencyHr: (o) => `You are receiving this e-mail because you are responsible for HR for ${o} in Dugnad.`,
  agencyLeader: (o) => `You are receiving this e-mail because you are the leader of ${o} in Dugnad.`,
  adviser: (o) => `You are receiving this e-mail because you are an adviser in ${o} in Dugnad.`,
};

/** What a notification and its e-mail say: the title (the e-mail's subject), the body, the link's words, the e-mail's frame. */
export const notificationTexts = defineTexts(
  { title: notificationTitle, body: notificationBody, linkLabel, mail: mailTexts, kindLabels, modeLabels },
  {
    title: titleEn,
    body: bodyEn,
    linkLabel: {
      ROUND_SENT: "Read the letter",
      PLAN_DEADLINE: "Open the action plan",
      PLAN_SUBMITTED: "Read the plan",
      PLAN_REVIEWED: "Open the action plan",
      FIGURES_DUE: "Report the figures",
      SECTOR_PLAN_PUBLISHED: "Read the sector action plan",
      OVERDUE_OVERVIEW: "See the round",
      PLAN_SIGNOFF: "Open the action plan",
    } satisfies Record<NotificationKind, string>,
    mail: {
      reason: (reason: RecipientReason, organisation: string) => reasonsEn[reason](organisation),
      required: "This message cannot be switched off: the round requires it.",
      change: "You can choose which e-mails you get, and whether they come at once or together once a day:",
      settingsLabel: "Notification settings",
      greeting: (name: string) => `Hello ${name},`,
      digestSubject: (n: number) => (n === 1 ? "Today's notification from Dugnad" : `Today's ${n} notifications from Dugnad`),
      digestIntro: "This has happened in Dugnad since last time, gathered in one e-mail as you have chosen:",
      digestReason: "You are receiving this digest because you have chosen a daily digest for some notifications in Dugnad.",
      signature: "Dugnad – the inclusion drive",
      noFigures: "Figures are never sent by e-mail. Sign in to see them.",
    },
    kindLabels: {
      ROUND_SENT: "New letters from the ministry",
      PLAN_DEADLINE: "Reminders of the action plan's deadline",
      PLAN_SUBMITTED: "Action plans that have been submitted",
      PLAN_REVIEWED: "The ministry's response to the action plan",
      FIGURES_DUE: "Reminders to report figures",
      SECTOR_PLAN_PUBLISHED: "Sector action plan published",
      OVERDUE_OVERVIEW: "Daily overview of agencies that are behind",
      PLAN_SIGNOFF: "The leader's approval of the action plan before submission",
    } satisfies Record<NotificationKind, string>,
    modeLabels: { IMMEDIATE: "At once", DAILY: "Daily digest", OFF: "Off" },
  },
);

/** The notification pages' and the administrator's e-mail tables' texts. */
export const notificationUiTexts = defineTexts(
  {
    list: {
      title: "Varsler",
      unread: (n: number) => (n === 0 ? "Du har ingen uleste varsler." : n === 1 ? "Du har 1 ulest varsel." : `Du har ${n} uleste varsler.`),
      introBefore: " Velg et varsel for å åpne det; det merkes da som lest. Hvilke varsler du også får på e-post, velger du i ",
      introLink: "innstillingene for varsler",
      introAfter: ".",
      markAll: "Merk alle som lest",
      marking: "Merker …",
      none: "Du har ingen varsler ennå. Når noe skjer som gjelder deg, kommer det her.",
      label: "Varsler, nyeste først",
      unreadTag: "Ulest",
      noneUnread: "Du hadde ingen uleste varsler.",
      allMarked: "Alle varsler er merket som lest.",
    },
    settings: {
      title: "Innstillinger for varsler",
      back: "← Min profil",
      introBefore: "Varslene kommer alltid i ",
      introLink: "listen over varsler",
      introAfter:
        " i Dugnad. Her velger du om du også vil få dem på e-post: straks, samlet i ett daglig sammendrag, eller ikke. Tall sendes aldri på e-post.",
      noneForRole: "Rollen din får ingen varsler på e-post.",
      formLabel: "Innstillinger for e-post om varsler",
      required: "Sendes alltid straks: runden krever den.",
      save: "Lagre innstillingene",
      saved: "Innstillingene for varsler er lagret.",
    },
    demo: {
      title: "E-post i demoen",
      intro:
        "Dette er e-postene Dugnad har sendt, slik mottakerne ville fått dem. Demoen sender ingen e-post ut: den fanges her. I en ekte installasjon går e-posten til virksomhetens e-posttjener (SMTP_URL), og denne siden finnes ikke.",
      signIn: "Logg inn",
      accessibility: "Tilgjengelighetserklæring",
      none: "Ingen e-post er sendt ennå.",
      label: "Sendt e-post",
      to: (to: string, at: string) => `Til ${to} · ${at}`,
    },
  },
  {
    list: {
      title: "Notifications",
      unread: (n: number) => (n === 0 ? "You have no unread notifications." : n === 1 ? "You have 1 unread notification." : `You have ${n} unread notifications.`),
      introBefore: " Choose a notification to open it; it is then marked as read. You choose which notifications you also get by e-mail in the ",
      introLink: "notification settings",
      introAfter: ".",
      markAll: "Mark all as read",
      marking: "Marking …",
      none: "You have no notifications yet. When something happens that concerns you, it will appear here.",
      label: "Notifications, newest first",
      unreadTag: "Unread",
      noneUnread: "You had no unread notifications.",
      allMarked: "All notifications have been marked as read.",
    },
    settings: {
      title: "Notification settings",
      back: "← My profile",
      introBefore: "Notifications always appear in the ",
      introLink: "list of notifications",
      introAfter: " in Dugnad. Here you choose whether you also want them by e-mail: at once, gathered in one daily digest, or not at all. Figures are never sent by e-mail.",
      noneForRole: "Your role gets no notifications by e-mail.",
      formLabel: "E-mail settings for notifications",
      required: "Always sent at once: the round requires it.",
      save: "Save the settings",
      saved: "Your notification settings have been saved.",
    },
    demo: {
      title: "E-mail in the demo",
      intro:
        "These are the e-mails Dugnad has sent, as the recipients would have received them. The demo sends no e-mail out: it is caught here. In a real installation the e-mail goes to the organisation's mail server (SMTP_URL), and this page does not exist.",
      signIn: "Sign in",
      accessibility: "Accessibility statement",
      none: "No e-mail has been sent yet.",
      label: "Sent e-mail",
      to: (to: string, at: string) => `To ${to} · ${at}`,
    },
  },
);

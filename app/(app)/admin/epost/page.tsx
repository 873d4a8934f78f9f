import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@/components/ds/primitives";
import { FailedJobsTable } from "@/components/notifications/failed-jobs-table";
import { UndeliveredEmailTable } from "@/components/notifications/undelivered-email-table";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listFailedJobs, listUndeliveredEmails, mailConfigured } from "@/lib/data/outbox";
import { adminUiTexts } from "@/lib/i18n/admin";
import { getTexts } from "@/lib/i18n/server";
import { retryEmailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTexts(adminUiTexts)).mail.title };
}

export default async function UndeliveredEmailPage() {
  const actor = await requireActor();
  if (!can(actor, "mail.manage")) notFound();
  const [rows, failedJobs] = await Promise.all([listUndeliveredEmails(actor), listFailedJobs(actor)]);
  const t = (await getTexts(adminUiTexts)).mail;
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t.title}
      </Heading>
      <Paragraph>{t.intro(actor.organisationName)}</Paragraph>
      {!mailConfigured() && <Alert data-color="warning">{t.noSmtp}</Alert>}
      {rows.length === 0 ? <Paragraph>{t.noneWaiting}</Paragraph> : <UndeliveredEmailTable rows={rows} retry={retryEmailAction} />}
      <section aria-labelledby="jobber" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="jobber">
          {t.jobsHeading}
        </Heading>
        <Paragraph>{t.jobsIntro}</Paragraph>
        {failedJobs.length === 0 ? <Paragraph>{t.noFailedJobs}</Paragraph> : <FailedJobsTable rows={failedJobs} />}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { FailedJobsTable } from "@/components/notifications/failed-jobs-table";
import { UndeliveredEmailTable } from "@/components/notifications/undelivered-email-table";
import { can } from "@/lib/access";
import { requireActor } from "@/lib/auth/session";
import { listFailedJobs, listUndeliveredEmails, mailConfigured } from "@/lib/data/outbox";
import { retryEmailAction } from "./actions";

export const metadata: Metadata = { title: "E-post som ikke er sendt" };

export default async function UndeliveredEmailPage() {
  const actor = await requireActor();
  if (!can(actor, "mail.manage")) notFound();
  const [rows, failedJobs] = await Promise.all([listUndeliveredEmails(actor), listFailedJobs(actor)]);
  return (
    <div className="flex flex-col gap-6">
      <Heading level={1} data-size="lg">
        E-post som ikke er sendt
      </Heading>
      <Paragraph>
        E-poster til brukerne i {actor.organisationName} og virksomhetene under departementet som ikke kunne sendes. Dugnad
        prøver igjen av seg selv en stund. Når feilen er rettet (for eksempel e-posttjeneren eller en feil adresse), kan du
        sende dem på nytt. Varslene finnes uansett i mottakerens liste over varsler i Dugnad.
      </Paragraph>
      {!mailConfigured() && (
        <Alert data-color="warning">Det er ikke satt opp en e-posttjener (SMTP_URL). Ingen e-post kan sendes før det er gjort.</Alert>
      )}
      {rows.length === 0 ? <Paragraph>Ingen e-poster venter: alt er sendt.</Paragraph> : <UndeliveredEmailTable rows={rows} retry={retryEmailAction} />}
      <section aria-labelledby="jobber" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="jobber">
          Bakgrunnsjobber som feilet
        </Heading>
        <Paragraph>
          Påminnelsene og de daglige sammendragene kjøres hver morgen. En jobb som feiler, prøves på nytt noen ganger; her står
          de som ikke lyktes. Neste morgen kjøres de igjen, og ingen får samme påminnelse to ganger.
        </Paragraph>
        {failedJobs.length === 0 ? <Paragraph>Ingen bakgrunnsjobber har feilet.</Paragraph> : <FailedJobsTable rows={failedJobs} />}
      </section>
    </div>
  );
}

import Link from "next/link";
import { Heading, Paragraph } from "@/components/ds/primitives";

/** A plain page about a sign-in that did not let the person in: what happened, and whom to ask. */
export function SignInProblem({ title, body, whomToAsk, back }: { title: string; body: string; whomToAsk: string; back: string }) {
  return (
    <main id="hovedinnhold" className="mx-auto mt-16 flex max-w-xl flex-col gap-4 px-4">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{body}</Paragraph>
      <Paragraph>{whomToAsk}</Paragraph>
      <Paragraph>
        <Link href="/logg-inn" className="ds-link">
          {back}
        </Link>
      </Paragraph>
    </main>
  );
}

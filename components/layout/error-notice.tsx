"use client";

import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";

export function ErrorNotice({ reset }: { reset: () => void }) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Heading level={1} data-size="md">
        Siden kunne ikke vises
      </Heading>
      <Alert data-color="warning">
        <Paragraph>
          Dugnad får ikke kontakt med databasen eller en annen del av tjenesten akkurat nå. Ingen data er tapt. Prøv
          igjen om litt.
        </Paragraph>
      </Alert>
      <div>
        <Button onClick={reset}>Prøv igjen</Button>
      </div>
    </div>
  );
}

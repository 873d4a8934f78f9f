import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/auth/action";
import type { UndeliveredEmail } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/domain/format";

interface Props {
  rows: UndeliveredEmail[];
  retry: (id: string) => Promise<ActionResult>;
}

/** E-mails that could not be sent, with their last error; each can be sent again. */
export function UndeliveredEmailTable({ rows, retry }: Props) {
  return (
    <Table zebra>
      <caption className="sr-only">E-poster som ikke kunne sendes</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>Mottaker</TableHeaderCell>
          <TableHeaderCell>Emne</TableHeaderCell>
          <TableHeaderCell>Forsøk</TableHeaderCell>
          <TableHeaderCell>Siste feil</TableHeaderCell>
          <TableHeaderCell>Opprettet</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">Handling</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((m) => (
          <TableRow key={m.id}>
            <TableCell>{m.to}</TableCell>
            <TableCell>{m.subject}</TableCell>
            <TableCell>{m.attempts}</TableCell>
            <TableCell className="break-words">{m.lastError}</TableCell>
            <TableCell>{formatDateTime(m.createdAt)}</TableCell>
            <TableCell>
              <ActionButton action={retry} arg={m.id} label="Send på nytt" pendingLabel="Legger i køen …" variant="secondary" context={`til ${m.to}: ${m.subject}`} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

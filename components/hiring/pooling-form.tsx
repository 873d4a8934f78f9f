"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Textfield } from "@digdir/designsystemet-react";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { poolingSchema } from "@/lib/domain/schemas";

type Values = { agencyId: string; fromYear: string; toYear: string; reason: string };

/** The adviser gives a small agency consent to report several years as one period. */
export function PoolingForm({ agencyId, agencyName, grant }: { agencyId: string; agencyName: string; grant: (values: Values) => Promise<ActionResult> }) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof poolingSchema>>({
    resolver: zodResolver(poolingSchema) as never,
    defaultValues: { agencyId, fromYear: "", toYear: "", reason: "" },
  });
  const { status, pending, onSubmit } = useActionSubmit(form, grant, () => {
    form.reset({ agencyId, fromYear: "", toYear: "", reason: "" });
    router.refresh();
  });
  const e = form.formState.errors;
  const number = { type: "text" as const, inputMode: "numeric" as const, autoComplete: "off" };
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label={`Samtykke til å slå sammen år for ${agencyName}`}>
      <FormStatusAlert status={status} />
      <div className="flex flex-wrap gap-4">
        <Textfield label="Fra og med år" {...number} error={e.fromYear?.message} {...form.register("fromYear")} />
        <Textfield label="Til og med år" {...number} error={e.toYear?.message} {...form.register("toYear")} />
      </div>
      <Textfield label="Begrunnelse (valgfri)" multiline rows={2} error={e.reason?.message} {...form.register("reason")} />
      <div>
        <Button type="submit" disabled={pending}>
          Gi samtykke
        </Button>
      </div>
    </form>
  );
}

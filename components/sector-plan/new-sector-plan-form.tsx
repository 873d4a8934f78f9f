"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button, Textfield } from "@digdir/designsystemet-react";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { newSectorPlanSchema } from "@/lib/domain/sector-plan";

type Values = { year: string; title: string };

/** A new sector plan for a year: then straight to the editor. */
export function NewSectorPlanForm({ year, create }: { year: number; create: (values: Values) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof newSectorPlanSchema>>({
    resolver: zodResolver(newSectorPlanSchema) as never,
    defaultValues: { year: String(year), title: `Handlingsplan ${year} – Oppfølging av inkluderingsdugnaden` },
  });
  const { register, formState } = form;
  const { status, pending, onSubmit } = useActionSubmit(form, async (values) => {
    const result = await create(values);
    if (result.ok && result.data) router.push(`/sektorplan/${result.data.id}/rediger`);
    return result;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      <FormStatusAlert status={status} />
      <Textfield label="År" inputMode="numeric" className="max-w-32" error={formState.errors.year?.message} {...register("year")} />
      <Textfield label="Tittel" error={formState.errors.title?.message} {...register("title")} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Oppretter …" : "Opprett sektorplan"}
        </Button>
      </div>
    </form>
  );
}

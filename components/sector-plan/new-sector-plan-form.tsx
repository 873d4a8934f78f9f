"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import { useTexts } from "@/components/i18n/locale-provider";
import { FormStatusAlert, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/auth/action";
import { newSectorPlanSchema } from "@/lib/domain/sector-plan";
import { sectorPlanUiTexts } from "@/lib/i18n/sector-plan";

type Values = { year: string; title: string };

/** A new sector plan for a year: then straight to the editor. */
export function NewSectorPlanForm({ year, create }: { year: number; create: (values: Values) => Promise<ActionResult<{ id: string }>> }) {
  const router = useRouter();
  const t = useTexts(sectorPlanUiTexts).create;
  const form = useForm<Values, unknown, z.output<typeof newSectorPlanSchema>>({
    resolver: zodResolver(newSectorPlanSchema) as never,
    defaultValues: { year: String(year), title: t.defaultTitle(year) },
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
      <Textfield label={t.year} inputMode="numeric" className="max-w-32" error={formState.errors.year?.message} {...register("year")} />
      <Textfield label={t.title} error={formState.errors.title?.message} {...register("title")} />
      <div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t.creating : t.submit}
        </Button>
      </div>
    </form>
  );
}

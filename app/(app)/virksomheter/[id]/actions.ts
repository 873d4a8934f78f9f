"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { grantPooling, revokePooling } from "@/lib/data/pooling";
import { poolingSchema } from "@/lib/domain/schemas";
import { nb } from "@/lib/i18n/nb";

export async function grantPoolingAction(input: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    const parsed = poolingSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: nb.errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    await grantPooling(actor, parsed.data);
    revalidatePath(`/virksomheter/${parsed.data.agencyId}`);
    revalidatePath("/dashbord");
    return { ok: true, message: `Samtykke gitt for ${parsed.data.fromYear}–${parsed.data.toYear}.` };
  });
}

export async function revokePoolingAction(consentId: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    await revokePooling(actor, String(consentId));
    revalidatePath("/virksomheter/[id]", "page");
    revalidatePath("/dashbord");
    return { ok: true, message: "Samtykket er trukket tilbake." };
  });
}

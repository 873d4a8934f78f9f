"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { createRound } from "@/lib/data/rounds";
import { roundSchema } from "@/lib/domain/schemas";
import { common } from "@/lib/i18n/common";

export async function createRoundAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor) => {
    const parsed = roundSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: common().errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const round = await createRound(actor, parsed.data);
    revalidatePath("/runder");
    return { ok: true, data: round };
  });
}

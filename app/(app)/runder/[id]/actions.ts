"use server";

import { revalidatePath } from "next/cache";
import { fieldErrorsOf, withActor, type ActionResult } from "@/lib/auth/action";
import { createCorrection, sendLetter, sendRound, updateLetter } from "@/lib/data/letter-commands";
import { letterSchema } from "@/lib/domain/schemas";
import { localized } from "@/lib/i18n/current";
import { roundTexts } from "@/lib/i18n/letters";
import { common } from "@/lib/i18n/common";
import { z } from "zod";

const id = z.string().min(1).max(64);

export async function updateLetterAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return withActor(async (actor) => {
    const parsed = letterSchema.safeParse(input);
    if (!parsed.success) return { ok: false, message: common().errors.invalidForm, fieldErrors: fieldErrorsOf(parsed.error) };
    const saved = await updateLetter(actor, parsed.data);
    revalidatePath("/runder", "layout");
    return { ok: true, data: saved, message: localized(roundTexts).actions.letterSaved };
  });
}

export async function sendRoundAction(roundId: unknown): Promise<ActionResult<{ sent: number }>> {
  return withActor(async (actor) => {
    const sent = await sendRound(actor, id.parse(roundId));
    revalidatePath("/runder", "layout");
    return { ok: true, data: { sent }, message: localized(roundTexts).actions.lettersSent(sent) };
  });
}

export async function sendLetterAction(letterId: unknown): Promise<ActionResult> {
  return withActor(async (actor) => {
    await sendLetter(actor, id.parse(letterId));
    revalidatePath("/runder", "layout");
    return { ok: true, message: localized(roundTexts).actions.letterSent };
  });
}

export async function createCorrectionAction(letterId: unknown): Promise<ActionResult<{ id: string }>> {
  return withActor(async (actor) => {
    const created = await createCorrection(actor, id.parse(letterId));
    revalidatePath("/runder", "layout");
    return { ok: true, data: created };
  });
}

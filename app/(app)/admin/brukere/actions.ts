"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type ActionResult } from "@/lib/auth/action";
import { changeUserAccess, inviteUser, renewInvitation, setUserActive } from "@/lib/data/users";
import { inviteSchema, userAccessSchema, userIdSchema } from "@/lib/domain/admin-schemas";
import { formatDateTime } from "@/lib/domain/format";

export interface InvitationResult {
  name: string;
  email: string;
  /** The one-time link's path; the page shows it with its own origin. */
  path: string;
  expiresAt: string;
}

const sessionsText = (n: number) => (n === 0 ? "" : n === 1 ? " Brukeren ble logget ut av 1 innlogging." : ` Brukeren ble logget ut av ${n} innlogginger.`);

export const inviteUserAction = defineAction(
  inviteSchema,
  async (input, actor): Promise<ActionResult<InvitationResult>> => {
    const inv = await inviteUser(actor, input);
    revalidatePath("/admin/brukere");
    return {
      ok: true,
      message: `${inv.name} er invitert. Gi lenken under til ${inv.email}.`,
      data: { name: inv.name, email: inv.email, path: inv.path, expiresAt: formatDateTime(inv.expiresAt) },
    };
  },
  "user.manage",
);

export const renewInvitationAction = defineAction(
  userIdSchema,
  async ({ userId }, actor): Promise<ActionResult<InvitationResult>> => {
    const inv = await renewInvitation(actor, userId);
    revalidatePath(`/admin/brukere/${userId}`);
    return {
      ok: true,
      message: `Ny lenke laget for ${inv.name}. Lenker laget tidligere virker ikke lenger.`,
      data: { name: inv.name, email: inv.email, path: inv.path, expiresAt: formatDateTime(inv.expiresAt) },
    };
  },
  "user.manage",
);

export const changeUserAccessAction = defineAction(
  userAccessSchema,
  async (input, actor): Promise<ActionResult> => {
    const { sessionsEnded } = await changeUserAccess(actor, input);
    revalidatePath("/admin/brukere");
    revalidatePath(`/admin/brukere/${input.userId}`);
    return { ok: true, message: `Rolle og virksomhet er endret.${sessionsText(sessionsEnded)}` };
  },
  "user.manage",
);

export const deactivateUserAction = defineAction(
  userIdSchema,
  async ({ userId }, actor): Promise<ActionResult> => {
    const { sessionsEnded } = await setUserActive(actor, userId, false);
    revalidatePath("/admin/brukere");
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: `Brukeren er deaktivert.${sessionsText(sessionsEnded)}` };
  },
  "user.manage",
);

export const reactivateUserAction = defineAction(
  userIdSchema,
  async ({ userId }, actor): Promise<ActionResult> => {
    await setUserActive(actor, userId, true);
    revalidatePath("/admin/brukere");
    revalidatePath(`/admin/brukere/${userId}`);
    return { ok: true, message: "Brukeren er aktivert igjen og kan logge inn." };
  },
  "user.manage",
);

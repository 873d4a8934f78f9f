import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { orNotFound } from "@/lib/auth/page";
import { openNotification } from "@/lib/data/notifications";
import { safeLocalPath } from "@/lib/domain/paths";
import { recordIdSchema } from "@/lib/domain/schemas";

/**
 * Opening a notification from the list: marks it read and goes on to its page. Someone else's
 * notification, or one that does not exist, is not found.
 */
export default async function OpenNotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = recordIdSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const actor = await requireActor();
  const link = await orNotFound(openNotification(actor, parsed.data));
  // Links are the app's own paths; anything else (never written) goes to the start page.
  redirect(safeLocalPath(link));
}

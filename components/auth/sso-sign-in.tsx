import { Button } from "@/components/ds/primitives";

/**
 * The single sign-on button: a plain form posting to a server action (it works before the page's
 * scripts have loaded). The page passes the action, where to go afterwards and, when the person came
 * through an invitation link, its secret.
 */
export function SsoSignIn({
  action,
  label,
  next,
  invitation,
}: {
  action: (formData: FormData) => Promise<void>;
  label: string;
  next: string;
  invitation: string | null;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="next" value={next} />
      {invitation && <input type="hidden" name="invitasjon" value={invitation} />}
      <Button type="submit" className="w-full">
        {label}
      </Button>
    </form>
  );
}

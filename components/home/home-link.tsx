import Link from "next/link";
import { Link as DsLink } from "@/components/ds/primitives";

/** A link of the home page, styled as a link (underlined, in the link colour), navigating within the app. */
export function HomeLink({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    <DsLink asChild className={className}>
      <Link href={href}>{children}</Link>
    </DsLink>
  );
}

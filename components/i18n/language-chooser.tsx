import { Button } from "@/components/ds/primitives";
import { LANGUAGE_NAMES } from "@/lib/i18n/language";
import { LOCALES, type Locale } from "@/lib/i18n/locale";

/**
 * Two buttons, one per language, each named in its own language; a plain form, so it works before
 * any script has loaded. The action stores the choice (and re-renders in it).
 */
export function LanguageChooser({ current, label, action }: { current: Locale; label: string; action: (form: FormData) => Promise<void> }) {
  return (
    <form action={action} aria-label={label} className="flex flex-wrap gap-2">
      {LOCALES.map((locale) => (
        <Button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          data-variant={locale === current ? "primary" : "secondary"}
          aria-pressed={locale === current}
          data-size="sm"
        >
          {LANGUAGE_NAMES[locale]}
        </Button>
      ))}
    </form>
  );
}

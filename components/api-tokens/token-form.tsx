"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Checkbox } from "@/components/ds/checkbox";
import { Fieldset } from "@/components/ds/fieldset";
import { Alert, Button, Heading, Paragraph, ValidationMessage } from "@/components/ds/primitives";
import { Textfield } from "@/components/ds/textfield";
import type { ActionResult, FieldErrors } from "@/lib/auth/action";
import type { TokenScope } from "@/lib/access/grants";
import { apiTokenSchema } from "@/lib/domain/api-tokens";
import { useTexts } from "@/components/i18n/locale-provider";
import { apiTexts } from "@/lib/i18n/api";
import { useCallAction } from "@/components/ui/call-action";

/** The schema's errors by field, as the server action sends them. */
function errorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const i of issues) (out[i.path.map(String).join(".") || "_form"] ??= []).push(i.message);
  return out;
}

interface Props {
  /** The scopes the person's role may give. */
  scopes: readonly TokenScope[];
  /** Today in Norway (yyyy-mm-dd), the default last day and the latest. */
  today: string;
  defaultOn: string;
  latestOn: string;
  create: (input: unknown) => Promise<ActionResult<{ secret: string }>>;
}

/** Makes a token: name, scopes, last day; the secret is shown once, right here. */
export function TokenForm({ scopes, today, defaultOn, latestOn, create }: Props) {
  const t = useTexts(apiTexts);
  const router = useRouter();
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<TokenScope[]>(scopes.length === 1 ? [...scopes] : []);
  const [expiresOn, setExpiresOn] = useState(defaultOn);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const call = useCallAction();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setSecret(null);
    const values = { name, scopes: chosen, expiresOn };
    const parsed = apiTokenSchema(new Date(`${today}T00:00:00Z`)).safeParse(values);
    if (!parsed.success) {
      setErrors(errorsOf(parsed.error.issues));
      setMessage(t.create.invalid);
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await call(() => create(values));
      if (result.ok && result.data) {
        setSecret(result.data.secret);
        setName("");
        router.refresh();
      } else if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
      }
    });
  };

  const toggle = (scope: TokenScope, on: boolean) => setChosen((c) => (on ? [...c.filter((s) => s !== scope), scope] : c.filter((s) => s !== scope)));

  return (
    <div className="flex flex-col gap-4">
      {secret && (
        <Alert data-color="success" role="status">
          <Heading level={3} data-size="xs">
            {t.created.heading}
          </Heading>
          <Paragraph>{t.created.body}</Paragraph>
          <Textfield label={t.created.label} value={secret} readOnly className="mt-2 font-mono" onFocus={(e) => e.currentTarget.select()} data-testid="new-token" />
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-labelledby="nytt-token">
        <Heading level={2} data-size="md" id="nytt-token">
          {t.create.heading}
        </Heading>
        {message && (
          <Alert data-color="danger" role="alert">
            {message}
          </Alert>
        )}
        <Textfield label={t.create.name} description={t.create.nameHelp} value={name} onChange={(e) => setName(e.target.value)} error={errors.name?.[0]} maxLength={100} />
        <Fieldset aria-invalid={Boolean(errors.scopes)}>
          <Fieldset.Legend>{t.create.scopes}</Fieldset.Legend>
          {scopes.map((scope) => (
            <Checkbox
              key={scope}
              label={`${t.scopes[scope]} (${scope})`}
              value={scope}
              checked={chosen.includes(scope)}
              onChange={(e) => toggle(scope, e.target.checked)}
            />
          ))}
          {errors.scopes && <ValidationMessage>{errors.scopes[0]}</ValidationMessage>}
        </Fieldset>
        <Textfield
          label={t.create.expiresOn}
          description={t.create.expiresHelp(latestOn)}
          type="date"
          min={today}
          max={latestOn}
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={errors.expiresOn?.[0]}
        />
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t.create.pending : t.create.submit}
          </Button>
        </div>
      </form>
    </div>
  );
}

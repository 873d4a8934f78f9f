"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ds/field";
import { Label, ValidationMessage } from "@/components/ds/primitives";
import { Select } from "@/components/ds/select";

/** A labelled select of a react-hook-form form, with its error next to it. */
export function ChoiceSelect({
  label,
  error,
  placeholder,
  options,
  registration,
}: {
  label: string;
  error?: string;
  /** The first, empty choice ("Velg …"). */
  placeholder?: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      <Select aria-invalid={error ? true : undefined} {...registration}>
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/run-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Action = (prev: ActionResult<{ countryCode: string }> | null, form: FormData) => Promise<ActionResult<{ countryCode: string }>>;

export function CreateProfileForm({ action, countries }: { action: Action; countries: { code: string; name: string }[] }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);

  useEffect(() => {
    if (state?.ok) router.push(`/countries/${state.data.countryCode.toLowerCase()}`);
  }, [state, router]);

  return (
    <form action={formAction} className="flex flex-wrap items-start gap-3" aria-label="New profile">
      <Field
        label="Country code"
        name="countryCode"
        list="country-codes"
        placeholder="e.g. KE"
        maxLength={2}
        autoComplete="off"
        hint="ISO 3166-1 alpha-2; start typing a code to see suggestions."
        error={state && !state.ok ? state.error : undefined}
        className="w-64"
        required
      />
      <datalist id="country-codes">
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </datalist>
      <Button type="submit" disabled={pending} className="mt-6">
        {pending ? "Creating…" : "Create profile"}
      </Button>
    </form>
  );
}

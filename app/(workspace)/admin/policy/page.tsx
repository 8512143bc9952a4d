import type { Metadata } from "next";
import { PolicyForm } from "@/components/admin/policy-form";
import { requireAbility } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getCitationPolicy } from "@/lib/settings/citation-policy";
import { setCitationPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Citation policy" };

export default async function PolicyPage() {
  await requireAbility("policy.manage");
  const policy = await getCitationPolicy(getDb());
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Citation policy</h1>
      <p className="text-sm text-slate-600">The citation check in the editor flags sources whose access date is older than this; the freshness dashboard colours cells against it; publishing is blocked by the checked problems unless an admin overrides with a written reason.</p>
      <PolicyForm action={setCitationPolicyAction} policy={policy} />
    </div>
  );
}

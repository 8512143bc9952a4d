import { Badge } from "@/components/ui/badge";

const labels = {
  draft: ["Draft", "slate"],
  in_review: ["In review", "amber"],
  changes_requested: ["Changes requested", "red"],
  approved: ["Approved", "green"],
  approved_changed: ["Approved · changed since", "amber"],
  published: ["Published", "blue"],
} as const;

export function StatusBadge({ status }: { status: keyof typeof labels }) {
  const [label, tone] = labels[status];
  return <Badge tone={tone}>{label}</Badge>;
}

import { publishVersionAction } from "@/lib/actions/publish-actions";
import type { PublishPreview } from "@/lib/versions/publish-preview";
import { PublishDialog } from "./publish-dialog";

/** The public page link and, for those who may publish, the Publish dialog with the preview computed on the server (lib/versions/publish-preview). */
export function PublishPanel({ iso, preview, latestVersion }: { iso: string; preview: PublishPreview | null; latestVersion: number | null }) {
  const link = latestVersion ? (
    <a href={`/profiles/${iso.toLowerCase()}`} className="text-sm text-blue-800 underline">
      Public page (version {latestVersion})
    </a>
  ) : null;
  if (!preview) return link;
  return (
    <div className="flex items-center gap-3">
      <PublishDialog iso={preview.iso} nextNumber={preview.nextNumber} rows={preview.rows} hasNew={preview.hasNew} gate={preview.gate} publish={publishVersionAction} />
      {link}
    </div>
  );
}

"use client";

import { useEffect, useState } from "react";
import type { HocuspocusProvider } from "@hocuspocus/provider";

interface Collaborator {
  id: string;
  name: string;
  color: string;
  sectionId?: string;
}

/** Distinct users (by id) in a provider's awareness; names and colours are set by the server. */
function collaboratorsOf(provider: HocuspocusProvider): Collaborator[] {
  const byUser = new Map<string, Collaborator>();
  for (const state of provider.awareness?.getStates().values() ?? []) {
    const user = (state as { user?: { id?: unknown; name?: unknown; color?: unknown } }).user;
    if (!user || typeof user.id !== "string" || typeof user.name !== "string") continue;
    const sectionId = (state as { sectionId?: unknown }).sectionId;
    byUser.set(user.id, {
      id: user.id,
      name: user.name,
      color: typeof user.color === "string" ? user.color : "#475569",
      sectionId: typeof sectionId === "string" ? sectionId : undefined,
    });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const sameCollaborator = (a: Collaborator, b: Collaborator) => a.id === b.id && a.name === b.name && a.color === b.color && a.sectionId === b.sectionId;

function useCollaborators(provider: HocuspocusProvider): Collaborator[] {
  const [list, setList] = useState<Collaborator[]>(() => collaboratorsOf(provider));
  useEffect(() => {
    // Awareness changes with every caret move (each keystroke, everyone's): render only when who is here changed.
    const update = () => {
      const next = collaboratorsOf(provider);
      setList((before) => (before.length === next.length && before.every((c, i) => sameCollaborator(c, next[i]!)) ? before : next));
    };
    update();
    provider.on("awarenessChange", update);
    return () => {
      provider.off("awarenessChange", update);
    };
  }, [provider]);
  return list;
}

/** Who has this section open (section awareness) and who is elsewhere in the profile (presence room). */
export function WhoIsHere({ section, profile, selfId, sectionTitles }: { section: HocuspocusProvider; profile: HocuspocusProvider; selfId: string; sectionTitles?: Record<string, string> }) {
  const here = useCollaborators(section);
  const hereIds = new Set(here.map((c) => c.id));
  const elsewhere = useCollaborators(profile).filter((c) => !hereIds.has(c.id));
  return (
    <div className="flex flex-col gap-2 text-sm">
      <section aria-labelledby="who-here">
        <h2 id="who-here" className="font-medium text-slate-800">In this section</h2>
        <ul aria-label="People in this section" className="mt-1 flex flex-wrap gap-2">
          {here.map((c) => (
            <li key={c.id} className="flex items-center gap-1 rounded-full border border-slate-200 px-2 py-0.5">
              <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: c.color }} />
              {c.name}
              {c.id === selfId ? <span className="text-slate-500">(you)</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {elsewhere.length > 0 ? (
        <section aria-labelledby="who-profile">
          <h2 id="who-profile" className="font-medium text-slate-800">Elsewhere in this profile</h2>
          <ul aria-label="People elsewhere in this profile" className="mt-1 flex flex-col gap-1">
            {elsewhere.map((c) => (
              <li key={c.id} className="flex items-center gap-1">
                <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: c.color }} />
                {c.name}
                {c.sectionId && sectionTitles?.[c.sectionId] ? <span className="text-slate-500">— {sectionTitles[c.sectionId]}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

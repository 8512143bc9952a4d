"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A link that fetches its page ahead of a click when the pointer or keyboard focus reaches it, rather than as soon
 * as it is on screen. The workspace's menu is on every page: fetched on sight, its pages were rendered on the
 * server and decoded here while the page being opened was still loading (the section editor's first seconds).
 */
export function IntentLink({ href, ...props }: Omit<ComponentProps<typeof Link>, "href" | "prefetch" | "onMouseEnter" | "onFocus"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return <Link href={href} prefetch={false} onMouseEnter={prefetch} onFocus={prefetch} {...props} />;
}

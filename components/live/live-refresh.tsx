"use client";
import { useRouter } from "next/navigation";
import { useLive } from "./live-channel";

/**
 * Renders the page again (its server components, through their access-checked loaders)
 * when a live event concerns it: a notification for the person, or news of one request.
 * Nothing typed is lost: client state survives a refresh.
 */
export function LiveRefresh({ notification = false, requestId }: { notification?: boolean; requestId?: string }) {
  const router = useRouter();
  useLive((message) => {
    if ((notification && message.type === "notification") || (requestId && message.type === "request" && message.data.r === requestId) || (message.type === "ready" && message.data.resync)) router.refresh();
  });
  return null;
}

import "server-only";
import { sendNotificationDigests } from "@/lib/server/data/notification-email";

/** The daily digest of unread notifications, for each person who chose it (once per person and Paris day). */
export function runNotificationDigest(now: Date): Promise<{ sent: number }> {
  return sendNotificationDigests(now);
}

import { z } from "zod";
import { idSchema } from "./fields";

/** One notification marked read (its own button). */
export const markNotificationReadSchema = z.object({ id: idSchema() });
export type MarkNotificationReadInput = z.infer<typeof markNotificationReadSchema>;

/** Every unread notification of the person (no field). */
export const markAllNotificationsReadSchema = z.object({});
export type MarkAllNotificationsReadInput = z.infer<typeof markAllNotificationsReadSchema>;

import { z } from "zod";
import { MAX_ATTACHMENTS } from "@/lib/domain/attachments";
import { idSchema } from "./fields";

/** The documents a form sends: ids of the sender's own uploads (POST /api/attachments), at most 5. */
export const attachmentIds = z.array(idSchema("attachmentIds"), { error: "attachmentIds" }).max(MAX_ATTACHMENTS, "tooMany").optional();

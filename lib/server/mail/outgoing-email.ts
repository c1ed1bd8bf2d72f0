export type OutgoingEmail = {
  to: string;
  /** What caused it (e.g. "request.created"): shown in the dev mailbox. */
  template: string;
  subject: string;
  text: string;
  html: string;
  /** A calendar invite, attached as text/calendar. */
  icsContent?: string;
  /** The request's reply address for this recipient (lib/server/mail/reply-address.ts). */
  replyTo?: string;
  /** Stored documents (Attachment ids) it carries, in order: the sender loads their bytes. */
  attachmentIds?: string[];
};

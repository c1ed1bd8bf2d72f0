import "server-only";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { INBOUND_MAX_BYTES } from "@/lib/domain/attachments";
import { receiveInboundEmail } from "@/lib/server/data/inbound";
import { replyDomain } from "./reply-address";

// The worker's SMTP listener (INBOUND_SMTP_PORT): it takes mail for REPLY_DOMAIN from the
// school's MX or a relay (no authentication, no TLS of its own: keep it on a private
// network or behind the relay) and hands each message to the inbound pipeline
// (data/inbound.ts). A message is accepted once it is stored, unmatched or ignored:
// a database failure answers 451, so the relay tries again later.

type Log = (message: string) => void;

export type InboundSmtp = { port: number; stop(): Promise<void> };

function collect(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode });

export async function startInboundSmtp({ port, host = "127.0.0.1", log = console.log }: { port: number; host?: string; log?: Log }): Promise<InboundSmtp> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: INBOUND_MAX_BYTES,
    logger: false,
    banner: "learner portal inbound",
    maxClients: 20,
    socketTimeout: 60_000,
    onRcptTo(address, _session, callback) {
      const domain = replyDomain();
      if (!domain || !address.address.toLowerCase().endsWith(`@${domain}`)) return callback(smtpError("No such recipient here", 550));
      callback();
    },
    onData(stream, session, callback) {
      collect(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) return callback(smtpError("Message too large", 552));
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          const outcome = await receiveInboundEmail(raw, envelope);
          log(`[inbound] ${outcome.status}${outcome.reason ? ` (${outcome.reason})` : ""}`);
          callback();
        })
        .catch((error: unknown) => {
          log(`[inbound] failed: ${error instanceof Error ? error.message : String(error)}`);
          callback(smtpError("Temporary failure, try again later", 451));
        });
    },
  });
  server.on("error", (error) => log(`[inbound] server error: ${error.message}`));
  const bound = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
  return { port: bound, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// A real SMTP server inside the tests (smtp-server + mailparser), on 127.0.0.1
// and a random port, that can be stopped and brought back on the same port.
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export type TestSmtp = {
  url: string;
  port: number;
  messages: ParsedMail[];
  stop(): Promise<void>;
  restart(): Promise<void>;
};

/** delayMs: how long the server takes to accept each message (a slow SMTP relay). */
function createServer(messages: ParsedMail[], delayMs: number) {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          setTimeout(callback, delayMs);
        })
        .catch(callback);
    },
  });
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

export async function startTestSmtp({ delayMs = 0 }: { delayMs?: number } = {}): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let server = createServer(messages, delayMs);
  const port = await listen(server, 0);
  const handle: TestSmtp = {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async restart() {
      server = createServer(messages, delayMs);
      await listen(server, port);
    },
  };
  return handle;
}

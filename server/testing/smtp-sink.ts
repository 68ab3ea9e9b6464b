import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for tests, e2e specs and the mail drill: it accepts every message on
// 127.0.0.1:<port> (no TLS, no auth) and parses it with mailparser. stop() and start()
// simulate an outage; received messages survive restarts.
export type SmtpSink = {
  url: string;
  received: ParsedMail[];
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** Waits until a message matches (default 20 s). */
  waitFor: (match: (m: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>;
};

export async function startSmtpSink(port: number): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  let server: SMTPServer | null = null;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push(mail);
              callback();
            })
            .catch((err: Error) => callback(err));
        },
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.close(() => resolve());
    });

  const waitFor = async (match: (m: ParsedMail) => boolean, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = received.find(match);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no matching mail within ${timeoutMs} ms (received ${received.length})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  await start();
  return { url: `smtp://127.0.0.1:${port}`, received, start, stop, waitFor };
}

// A real SMTP server (smtp-server) on a free local port for tests: it keeps every message it
// receives, parsed (mailparser), so a test reads what actually arrived.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string; links: string[] };

export type MailServer = { url: string; port: number; messages: ReceivedMail[]; waitFor: (to: string, subject?: RegExp, timeoutMs?: number, fromIndex?: number) => Promise<ReceivedMail>; stop: () => Promise<void> };

const addresses = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase()));

export async function startMailServer(): Promise<MailServer> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const text = mail.text ?? "";
          messages.push({ to: addresses(mail), subject: mail.subject ?? "", text, html: typeof mail.html === "string" ? mail.html : "", links: text.match(/https?:\/\/\S+/g) ?? [] });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });

  /** The first message to `to` (matching `subject`) among those from `fromIndex` on (`messages.length` before the action). */
  async function waitFor(to: string, subject?: RegExp, timeoutMs = 15_000, fromIndex = 0): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.slice(fromIndex).find((m) => m.to.includes(to.toLowerCase()) && (!subject || subject.test(m.subject)));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail to ${to}${subject ? ` matching ${subject}` : ""} arrived; got: ${messages.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  return { url: `smtp://127.0.0.1:${port}`, port, messages, waitFor, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

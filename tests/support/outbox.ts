// Reads the mail an app instance wrote to its outbox (no SMTP_URL: lib/mail/send.ts writes each
// message to $FRAMEWISE_DATA_DIR/outbox/<ISO time with - for : and .>-<uuid>.eml), so tests follow
// the links a learner would get.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

/** FRAMEWISE_DATA_DIR of the app Playwright starts (playwright.config.ts). */
export const E2E_DATA_DIR = ".data/test";

export type OutboxMail = { file: string; to: string[]; subject: string; text: string; html: string; links: string[] };

/** The outbox file-name prefix for an instant: names sort by the time they were written. */
const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, "-");

async function parse(file: string, raw: string): Promise<OutboxMail> {
  const mail = await simpleParser(raw);
  const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase()));
  const text = mail.text ?? "";
  return { file, to, subject: mail.subject ?? "", text, html: typeof mail.html === "string" ? mail.html : "", links: text.match(/https?:\/\/\S+/g) ?? [] };
}

/**
 * The newest message to `to` (written at or after `since`, and matching `subject`), waiting for it
 * to appear: the app sends mail after it has answered.
 */
export async function newestMail(to: string, options: { dataDir?: string; since?: Date; subject?: RegExp; timeoutMs?: number } = {}): Promise<OutboxMail> {
  const dir = path.resolve(options.dataDir ?? E2E_DATA_DIR, "outbox");
  // A second of slack: the name is stamped by the app, the bound by this process.
  const floor = options.since ? stamp(new Date(options.since.getTime() - 1_000)) : "";
  const address = to.toLowerCase();
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".eml") && n >= floor).sort().reverse();
    for (const name of names) {
      const raw = await readFile(path.join(dir, name), "utf8").catch(() => "");
      if (!raw.toLowerCase().includes(address)) continue;
      const mail = await parse(name, raw).catch(() => null); // half-written: read again on the next pass
      if (mail?.to.includes(address) && (!options.subject || options.subject.test(mail.subject)) && mail.links.length > 0) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to}${options.subject ? ` matching ${options.subject}` : ""} in ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The link in the newest message to `to` whose path is `linkPath` (e.g. "/signup/verify"). */
export async function linkFromOutbox(to: string, linkPath: string, options: Parameters<typeof newestMail>[1] = {}): Promise<string> {
  const mail = await newestMail(to, options);
  const link = mail.links.find((l) => new URL(l).pathname === linkPath);
  if (!link) throw new Error(`the newest mail to ${to} (${mail.subject}) has no ${linkPath} link: ${mail.links.join(" ")}`);
  return link;
}

/** The `token` query parameter of a link. */
export const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

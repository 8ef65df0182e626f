import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import type { Message } from "./messages";

let transport: Transporter | undefined;

/** The directory `.eml` files go to when no SMTP_URL is set (Django's file backend). */
export const outboxDir = () => path.resolve(env.FRAMEWISE_DATA_DIR, "outbox");

/**
 * Sends one message: over SMTP when SMTP_URL is set, otherwise into the outbox as an `.eml` file
 * with its links logged (so a learner running `npm start` alone can still follow a reset link).
 */
export async function sendMail(message: Message): Promise<void> {
  const mail = { from: env.MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html };
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail(mail);
    return;
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(mail);
  const dir = outboxDir();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID()}.eml`);
  await writeFile(file, built.message, { mode: 0o600 });
  log.info({ file, subject: message.subject, links: message.links }, "mail written to the outbox (no SMTP_URL)");
}

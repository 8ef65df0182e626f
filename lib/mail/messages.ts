/** The emails Framewise sends, as plain text and HTML. Pure: links come in built. */

export type Message = { to: string; subject: string; text: string; html: string; links: string[] };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

type Action = { label: string; url: string };

function compose(to: string, subject: string, paragraphs: string[], action?: Action | Action[]): Message {
  const actions = action === undefined ? [] : [action].flat();
  const text = [...paragraphs, ...actions.map((a) => `${a.label}: ${a.url}`), "— Framewise"].join("\n\n") + "\n";
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  const buttons = actions.map((a) => `<p><a href="${escapeHtml(a.url)}">${escapeHtml(a.label)}</a></p>\n<p>${escapeHtml(a.url)}</p>`).join("\n");
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.6;max-width:36rem">\n${body}\n${buttons}\n<p>— Framewise</p></body></html>\n`;
  return { to, subject, text, html, links: actions.map((a) => a.url) };
}

export const passwordResetMessage = (to: string, url: string, minutes: number) =>
  compose(
    to,
    "Reset your Framewise password",
    [
      "Someone (hopefully you) asked to reset the password of the Framewise account for this address.",
      `The link below works once, for ${minutes} minutes. If you did not ask, ignore this email: your password stays as it is.`,
    ],
    { label: "Choose a new password", url },
  );

export const emailChangeMessage = (to: string, url: string, minutes: number) =>
  compose(
    to,
    "Confirm your new Framewise email address",
    [`Confirm that this is the new email address of your Framewise account. The link works once, for ${minutes} minutes.`, "If you did not ask for this, ignore this email."],
    { label: "Confirm this address", url },
  );

/** Sent to the new address when it already belongs to an account: the requester learns nothing. */
export const emailTakenMessage = (to: string, signInUrl: string) =>
  compose(
    to,
    "Someone tried to move a Framewise account to this address",
    ["Someone asked to change the email of a Framewise account to this address, but an account already uses it, so nothing changed.", "If that was you, sign in with this address instead."],
    { label: "Sign in", url: signInUrl },
  );

export const passwordChangedMessage = (to: string, resetUrl: string) =>
  compose(
    to,
    "Your Framewise password was changed",
    ["The password of your Framewise account was just changed, and every session was signed out.", "If this was not you, reset your password now."],
    { label: "Reset your password", url: resetUrl },
  );

export const signupVerifyMessage = (to: string, url: string, hours: number) =>
  compose(
    to,
    "Confirm your email to finish creating your Framewise account",
    [
      "Someone (hopefully you) started creating a Framewise account with this address. Follow the link to confirm it and finish.",
      `The link works once, for ${hours} hours. If you did not ask for an account, ignore this email: nothing is created.`,
    ],
    { label: "Confirm and create my account", url },
  );

/** Sent instead of a confirmation link when the address already has an account: the requester learns nothing. */
export const signupTakenMessage = (to: string, signInUrl: string, resetUrl: string) =>
  compose(
    to,
    "Someone tried to create a Framewise account with your address",
    [
      "Someone just tried to create a new Framewise account with this address, but you already have one, so nothing changed.",
      "If that was you, sign in instead, or reset your password if you forgot it. If it was not you, you can ignore this email.",
    ],
    [
      { label: "Sign in", url: signInUrl },
      { label: "Reset your password", url: resetUrl },
    ],
  );

import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended baseline.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spend the same time when the email is unknown, so timing does not reveal which emails exist. */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hash("not-a-real-password-0000");
  await verifyPassword(await dummyHash, password);
}

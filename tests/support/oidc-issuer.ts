// A real OpenID Connect issuer (oidc-provider 9) on a free local port for tests, with one
// confidential client and accounts whose claims the test chooses. Its development login form
// accepts any login name; the account with that id is who signs in.
import type { Server } from "node:http";
import Provider from "oidc-provider";

export type TestAccount = { email: string; email_verified: boolean; name: string };
export type Issuer = { url: string; clientId: string; clientSecret: string; accounts: Map<string, TestAccount>; stop: () => Promise<void> };

export async function startIssuer(port: number, redirectUri: string): Promise<Issuer> {
  const accounts = new Map<string, TestAccount>();
  const url = `http://localhost:${port}`;
  const clientId = "framewise-test";
  const clientSecret = "framewise-test-client-secret-0123456789";
  const provider = new Provider(url, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the scopes' claims in the ID token, which next-auth reads (as Keycloak and Google do).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["framewise-test-cookie-key"] },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, () => resolve(s)); // every interface: "localhost" may resolve to ::1
  });
  return {
    url,
    clientId,
    clientSecret,
    accounts,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

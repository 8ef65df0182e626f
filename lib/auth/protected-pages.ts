/** Which pages need a signed-in user, and where a signed-out visitor is sent. Pure. */
import { routes } from "@/lib/routes";

const PROTECTED = [/^\/dashboard(\/|$)/, /^\/admin(\/|$)/, /^\/settings(\/|$)/, /^\/review(\/|$)/, /^\/learn\/[^/]+\/[^/]+\/quiz(\/|$)/];

export const isProtectedPage = (pathname: string): boolean => PROTECTED.some((pattern) => pattern.test(pathname));

/** The sign-in page, coming back to `pathAndQuery` (a same-site path) afterwards. */
export const signInPath = (pathAndQuery: string): string => routes.signIn(pathAndQuery);

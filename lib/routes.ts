/**
 * The app's page paths, built in one place. Pure; safe on the server and in the browser.
 * Public paths are a contract: add builders, never change what an existing one returns.
 */
const withCallback = (path: string, callbackUrl?: string) => (callbackUrl ? `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}` : path);

export const routes = {
  home: () => "/",
  tracks: () => "/#tracks",
  track: (track: string) => `/learn/${track}` as const,
  lesson: (track: string, lesson: string) => `/learn/${track}/${lesson}` as const,
  quiz: (track: string, lesson: string) => `/learn/${track}/${lesson}/quiz` as const,
  quizReview: (track: string, lesson: string, attemptId: string) => `/learn/${track}/${lesson}/quiz/review/${attemptId}` as const,
  /** The compare index, optionally with two frameworks side by side. */
  compareIndex: (pair?: { from: string; to: string }) =>
    pair ? `/compare?from=${encodeURIComponent(pair.from)}&to=${encodeURIComponent(pair.to)}` : "/compare",
  compare: (concept: string, pair?: { from: string; to: string }) =>
    `/compare/${concept}${pair ? `?from=${encodeURIComponent(pair.from)}&to=${encodeURIComponent(pair.to)}` : ""}`,
  compareQuiz: (concept: string) => `/compare/${concept}/quiz` as const,
  compareQuizReview: (concept: string, attemptId: string) => `/compare/${concept}/quiz/review/${attemptId}` as const,
  /** The framework questionnaire; `query` is its answers as a query string (a shareable result). */
  choose: (query?: string) => (query ? `/choose?${query}` : "/choose"),
  dashboard: () => "/dashboard",
  review: () => "/review",
  reviewMissed: () => "/review/missed",
  settings: () => "/settings",
  /** The link in an email-change message. */
  confirmEmail: (token: string) => `/settings/email?token=${encodeURIComponent(token)}` as const,
  /** Where a new OIDC sign-in asks to link an existing account. */
  linkAccount: (token: string) => `/settings/link-account?token=${encodeURIComponent(token)}` as const,
  /** Sign-in, returning to `callbackUrl` (a path on this site) afterwards. */
  signIn: (callbackUrl?: string) => withCallback("/signin", callbackUrl),
  /** Sign-in showing one of the sign-in page's error messages (next-auth's `error` codes and ours). */
  signInError: (code: string) => `/signin?error=${encodeURIComponent(code)}` as const,
  /** Sign-in after a confirmed sign-up: says so, with the new account's email filled in. */
  signInRegistered: (email: string) => `/signin?registered=1&email=${encodeURIComponent(email)}` as const,
  signUp: (callbackUrl?: string) => withCallback("/signup", callbackUrl),
  forgotPassword: () => "/forgot-password",
} as const;

/**
 * The app's page paths, built in one place. Pure; safe on the server and in the browser.
 */
export const routes = {
  home: () => "/",
  tracks: () => "/#tracks",
  track: (track: string) => `/learn/${track}`,
  lesson: (track: string, lesson: string) => `/learn/${track}/${lesson}` as const,
  quiz: (track: string, lesson: string) => `/learn/${track}/${lesson}/quiz` as const,
  quizReview: (track: string, lesson: string, attemptId: string) => `/learn/${track}/${lesson}/quiz/review/${attemptId}` as const,
  dashboard: () => "/dashboard",
  signIn: () => "/signin",
  signUp: () => "/signup",
} as const;

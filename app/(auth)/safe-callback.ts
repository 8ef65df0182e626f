/** Only same-site paths are followed after sign-in, so a link cannot bounce a user to another site. */
export function safeCallbackUrl(value: string | null | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/dashboard";
}

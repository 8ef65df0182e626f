"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";

type Props = Omit<React.ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A link that prefetches its route when the reader shows intent (pointer over it, or keyboard focus)
 * instead of when it scrolls into view: long lists of links (the dashboard) would otherwise fire a
 * prefetch request per link on load.
 */
export function IntentLink({ href, onMouseEnter, onFocus, ...rest }: Props) {
  const router = useRouter();
  return (
    <Link
      {...rest}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        router.prefetch(href);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        router.prefetch(href);
        onFocus?.(event);
      }}
    />
  );
}

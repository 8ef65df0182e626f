import type { Flag } from "@/lib/items/report";

export function FlagList({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-rose-900 dark:text-rose-200" data-testid="item-flags">
      {flags.map((f, i) => (
        <li key={`${f.code}-${i}`} data-flag={f.code}>
          ⚑ {f.message}
        </li>
      ))}
    </ul>
  );
}

import type { Comparison, Kind } from "@/lib/types";

const SUMMARY_ITEMS: readonly { kind: Kind; href: string; label: string; hint: string; tone: string }[] = [
  {
    kind: "conflict",
    href: "#conflicts",
    label: "Conflicting details",
    hint: "Same fact, a detail differs",
    tone: "border-conflict-line bg-conflict-soft text-conflict-ink",
  },
  {
    kind: "shared",
    href: "#shared",
    label: "Shared facts",
    hint: "Stated alike by two or more sources",
    tone: "border-shared-line bg-shared-soft text-shared-ink",
  },
  {
    kind: "unique",
    href: "#unique",
    label: "Unique facts",
    hint: "Stated by one source only",
    tone: "border-unique-line bg-unique-soft text-unique-ink",
  },
];

export function SummaryCounts({ stats }: { stats: Comparison["stats"] }) {
  return (
    <section aria-labelledby="summary-heading" className="mt-10">
      <h2 id="summary-heading" className="sr-only">
        Summary
      </h2>
      <ul className="grid grid-cols-3 gap-2 sm:gap-3">
        {SUMMARY_ITEMS.map((item) => (
          <li key={item.kind}>
            <a
              href={item.href}
              className={`block h-full rounded-xl border px-3 py-3 transition-colors hover:brightness-[0.98] sm:px-5 sm:py-4 ${item.tone}`}
            >
              <span className="block text-2xl font-semibold tabular-nums sm:text-3xl">{stats[item.kind]}</span>
              <span className="mt-1 block text-sm leading-snug font-semibold sm:text-base">{item.label}</span>
              <span className="mt-0.5 hidden text-sm opacity-90 sm:block">{item.hint}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

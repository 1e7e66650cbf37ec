import type { Conflict, Variant } from "@/lib/types";
import { CONFLICT_NAMES, VARIANT_NAMES } from "../shared/labels";
import type { PageData } from "./page-model";

/** What differs, one chip per conflict: "quote: ‘a’ (MENAFN) vs ‘b’ (EconoTimes)". */
export function ConflictChips({ data, conflicts }: { data: PageData; conflicts: readonly Conflict[] }) {
  if (conflicts.length === 0) return null;
  return (
    <ul aria-label="What differs" className="mt-2.5 space-y-1.5">
      {conflicts.map((conflict, i) => (
        <li
          key={i}
          className="chip rounded-lg border border-conflict-line bg-conflict-soft px-2.5 py-1.5 text-[0.82rem] leading-snug text-ink"
        >
          <span className="font-semibold text-conflict-ink">{CONFLICT_NAMES[conflict.type]}:</span>{" "}
          {conflict.values.map((value, j) => (
            <span key={`${value.sourceId}-${j}`}>
              {j > 0 && <span className="font-semibold text-conflict-ink"> vs </span>}
              <q className="font-serif">{value.text}</q>{" "}
              <span className="text-xs whitespace-nowrap text-muted">({data.label(value.sourceId)})</span>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Spelling and transliteration variants, said quietly: they are not conflicts. */
export function VariantLine({ data, variants }: { data: PageData; variants: readonly Variant[] }) {
  if (variants.length === 0) return null;
  return (
    <ul aria-label="Variants, not conflicts" className="mt-2.5 space-y-1 text-xs leading-snug text-muted">
      {variants.map((variant, i) => (
        <li key={i}>
          {VARIANT_NAMES[variant.type]} variant, not a conflict:{" "}
          {variant.values.map((value, j) => (
            <span key={`${value.sourceId}-${j}`}>
              {j > 0 && " / "}
              <span className="variant-mark text-ink">{value.text}</span> ({data.label(value.sourceId)})
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

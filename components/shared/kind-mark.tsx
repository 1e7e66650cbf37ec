import type { Kind } from "@/lib/types";
import { KIND_GLYPHS, KIND_NAMES, KIND_TONES } from "./labels";

/** A kind as a small pill: glyph and word, the tint only repeating what the word says. */
export function KindPill({ kind, className = "" }: { kind: Kind; className?: string }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-px text-xs font-semibold tracking-wide ${KIND_TONES[kind]} ${className}`}
    >
      <span aria-hidden="true" className="font-mono text-[0.8rem] leading-none">
        {KIND_GLYPHS[kind]}
      </span>
      <span>{KIND_NAMES[kind]}</span>
    </span>
  );
}

/** The glyph alone, for places where a legend names it; hidden from screen readers, which get words. */
export function KindGlyph({ kind, className = "" }: { kind: Kind; className?: string }) {
  return (
    <span aria-hidden="true" className={`font-mono leading-none ${className}`}>
      {KIND_GLYPHS[kind]}
    </span>
  );
}

/** What the glyphs mean, said once per view. */
export function KindLegend() {
  const kinds: Kind[] = ["conflict", "shared", "unique"];
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
      {kinds.map((kind) => (
        <li key={kind} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`inline-flex size-4 items-center justify-center rounded-sm border font-mono text-[0.7rem] ${KIND_TONES[kind]}`}
          >
            {KIND_GLYPHS[kind]}
          </span>
          {KIND_NAMES[kind]}
        </li>
      ))}
    </ul>
  );
}

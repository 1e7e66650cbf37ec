// The small pieces every group list is built from.
import type { ReactNode } from "react";
import type { GroupMember, Kind, Variant } from "@/lib/types";
import { labelSourceId, readMemberText, type ComparisonIndex } from "./comparison-index";

// Each kind always carries its name in text; the tint only repeats what the word says.
export const KIND_LABELS: Readonly<Record<Kind, string>> = {
  conflict: "Conflict",
  shared: "Shared",
  unique: "Unique",
};

const KIND_STYLES: Readonly<Record<Kind, string>> = {
  conflict: "bg-conflict-soft text-conflict-ink ring-conflict-line",
  shared: "bg-shared-soft text-shared-ink ring-shared-line",
  unique: "bg-unique-soft text-unique-ink ring-unique-line",
};

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide ring-1 ring-inset ${KIND_STYLES[kind]}`}
    >
      {KIND_LABELS[kind]}
    </span>
  );
}

const VARIANT_LABELS: Readonly<Record<Variant["type"], string>> = {
  spelling: "Spelling",
  transliteration: "Transliteration",
  wording: "Wording",
};

/** Differences that are not conflicts (Zelensky / Zelenskiy), said so plainly. */
export function VariantNote({ index, variants }: { index: ComparisonIndex; variants: readonly Variant[] }) {
  if (variants.length === 0) return null;
  return (
    <ul className="mt-4 space-y-1 text-sm text-muted">
      {variants.map((variant, i) => (
        <li key={i}>
          <span className="font-medium text-ink">{VARIANT_LABELS[variant.type]} variant, not a conflict:</span>{" "}
          {variant.values.map((value, j) => (
            <span key={`${value.sourceId}-${j}`}>
              {j > 0 && " / "}
              <q className="italic">{value.text}</q> ({labelSourceId(index, value.sourceId)})
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

interface SourceStatementsProps {
  index: ComparisonIndex;
  members: readonly GroupMember[];
  /** Renders a member's text; plain text by default. */
  renderText?: (text: string, member: GroupMember) => ReactNode;
  label?: string;
}

/** What each source says, side by side on wide screens: the source is the term, its words the definition. */
export function SourceStatements({ index, members, renderText, label }: SourceStatementsProps) {
  const columns = members.length >= 3 ? "md:grid-cols-3" : members.length === 2 ? "md:grid-cols-2" : "";
  return (
    <dl aria-label={label} className={`grid gap-x-6 gap-y-4 ${columns}`}>
      {members.map((member) => {
        const text = readMemberText(index, member);
        return (
          <div key={member.sourceId} className="min-w-0">
            <dt className="text-xs font-semibold tracking-wider text-muted uppercase">
              {labelSourceId(index, member.sourceId)}
            </dt>
            <dd className="mt-1 leading-relaxed">{renderText ? renderText(text, member) : text}</dd>
          </div>
        );
      })}
    </dl>
  );
}

interface GroupSectionProps {
  id: string;
  title: string;
  count: number;
  description: string;
  emptyText: string;
  children: ReactNode;
}

/** One kind of finding: a labelled region with its heading, a one-line reading guide and its groups. */
export function GroupSection({ id, title, count, description, emptyText, children }: GroupSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mt-14 scroll-mt-6">
      <div className="flex items-baseline justify-between gap-4 border-b border-line pb-3">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        <p className="text-sm text-muted tabular-nums">{count === 1 ? "1 group" : `${count} groups`}</p>
      </div>
      <p className="mt-3 max-w-prose text-sm text-muted">{description}</p>
      {count === 0 ? <p className="mt-6 text-muted italic">{emptyText}</p> : children}
    </section>
  );
}

/** Wraps each occurrence of the given values in <mark>, so a differing detail stands out in context. */
export function highlightValues(text: string, values: readonly string[]): ReactNode[] {
  const needles = [...new Set(values.map((value) => value.trim()).filter((value) => value.length > 1))];
  if (needles.length === 0) return [text];
  // Longest first, so a value that contains another is marked whole.
  needles.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${needles.map(escapeRegExp).join("|")})`, "gi");
  return text.split(pattern).map((part, i) =>
    i % 2 === 1 ? (
      <mark key={i} className="rounded-sm bg-conflict-mark px-0.5 text-ink">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

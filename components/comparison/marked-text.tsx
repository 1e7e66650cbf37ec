import type { Group } from "@/lib/types";
import { isReworded, markMember, segmentText, type JoinedSentences } from "./text-marks";

/**
 * A member's text with its marks: the conflicting value highlighted, words that differ from the
 * other sources underlined, and spelling variants dotted. Styles live in globals.css.
 */
export function MarkedText({ group, sourceId, text, sentences }: { group: Group; sourceId: string; text: string; sentences?: JoinedSentences }) {
  if (group.kind === "unique") return <>{text}</>;
  const all = markMember(group, sourceId, text, sentences);
  const reworded = isReworded(text, all);
  const marks = reworded ? all.filter((mark) => mark.type !== "diff") : all;
  return (
    <>
      {segmentText(text, marks).map((segment, i) => {
        if (segment.types.size === 0) return segment.text;
        const className = [
          segment.types.has("diff") ? "diff-mark" : "",
          segment.types.has("variant") ? "variant-mark" : "",
          segment.types.has("value") ? "value-mark" : "",
        ]
          .filter(Boolean)
          .join(" ");
        return segment.types.has("value") ? (
          <mark key={i} className={className}>
            {segment.text}
          </mark>
        ) : (
          <span key={i} className={className}>
            {segment.text}
          </span>
        );
      })}
      {reworded && <span className="mt-1 block font-sans text-xs text-muted">Worded differently throughout</span>}
    </>
  );
}

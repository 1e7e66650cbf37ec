import type { Group, Sentence } from "@/lib/types";
import { KIND_NAMES } from "../shared/labels";
import { dataProps } from "./dom";
import type { PageData } from "./page-model";
import { clipMarks, cutSentenceParts, markSentenceValues } from "./sentence-parts";
import { segmentText, type TextMark } from "./text-marks";

interface SentenceTextProps {
  data: PageData;
  groups: readonly Group[];
  sourceId: string;
  sentence: Sentence;
}

/**
 * A sentence in its column, its conflicting values marked. A sentence that states several facts
 * (contract version 2) shows each fact's part as a link to the fact: pointing at or focusing it
 * lights up that fact's counterparts (client/linking.ts). A sentence in one fact reads as before.
 */
export function SentenceText({ data, groups, sourceId, sentence }: SentenceTextProps) {
  const { text } = sentence;
  const marks = groups.flatMap((group) => markSentenceValues(group, sourceId, sentence.id, text));
  if (groups.length < 2) return <ValueText text={text} marks={marks} />;
  const kindOf = new Map(groups.map((group) => [group.id, group.kind] as const));
  return (
    <>
      {cutSentenceParts(sentence.id, text, sourceId, groups).map((part) => {
        const words = <ValueText text={text.slice(part.start, part.end)} marks={clipMarks(marks, part.start, part.end)} />;
        if (!part.target) return <span key={part.start}>{words}</span>;
        const kind = kindOf.get(part.target) ?? "unique";
        return (
          <a
            key={part.start}
            href={`#${part.target}`}
            {...dataProps({ partOf: part.groupIds.join(" "), kind })}
            aria-label={`${text.slice(part.start, part.end).trim()} (fact ${data.factNumber(part.target)}, ${KIND_NAMES[kind].toLowerCase()})`}
            className="fact-part"
          >
            {words}
          </a>
        );
      })}
    </>
  );
}

/** Text with its conflicting values tinted and underlined, so colour is not needed to see them. */
function ValueText({ text, marks }: { text: string; marks: readonly TextMark[] }) {
  if (marks.length === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text, marks).map((segment, i) =>
        segment.types.size === 0 ? (
          segment.text
        ) : (
          <mark key={i} className="value-mark conflict-value">
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}

/** The sentence's marked values in words, for screen readers, after it (inside, they would break its text for search and copying). */
export function DiffersNote({ groups, sourceId, sentence }: { groups: readonly Group[]; sourceId: string; sentence: Sentence }) {
  const { text } = sentence;
  const marks = groups.flatMap((group) => markSentenceValues(group, sourceId, sentence.id, text));
  const values = [...new Set(marks.map((mark) => text.slice(mark.start, mark.end)))];
  if (values.length === 0) return null;
  return <p className="sr-only">Differs from the other sources: {values.map((value) => `“${value}”`).join(", ")}.</p>;
}

/** A few words of a fact's part, to say which part of a sentence a line about it means. */
export function quotePart(group: Group, sourceId: string, sentence: Sentence, words = 5): string {
  const parts = cutSentenceParts(sentence.id, sentence.text, sourceId, [group]);
  const own = parts.find((part) => part.groupIds.length > 0);
  const all = (own ? sentence.text.slice(own.start, own.end) : sentence.text).trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(" ")} …` : all.join(" ");
}

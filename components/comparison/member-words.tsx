import { Fragment } from "react";
import type { Group, GroupMember } from "@/lib/types";
import { hasSpans, listMemberSentences, markMemberSentence, type MemberSentence } from "./fact-members";
import { MarkedText } from "./marked-text";
import { readMember, type PageData } from "./page-model";
import { clipMarks } from "./sentence-parts";
import { segmentText, type TextMark } from "./text-marks";

/**
 * What one source printed for a fact, in the facts view. A member that names no part of its
 * sentences (every version-1 member) reads as before. One that states the fact in part of a
 * sentence shows the sentence whole, its own words in bold and the rest in grey, so a reader
 * sees exactly which words are credited to the fact and what surrounds them.
 */
export function MemberWords({ data, group, member }: { data: PageData; group: Group; member: GroupMember }) {
  // A member of whole sentences reads as one text; its values are marked at their spans there
  // (with its diff and variants), so value spans alone do not cut it into sentences.
  if (!hasSpans(member)) {
    const sentences = member.sentenceIds.flatMap((id) => {
      const text = data.sentenceText.get(id);
      return text ? [{ id, text }] : [];
    });
    return <MarkedText group={group} sourceId={member.sourceId} text={readMember(data, member.sentenceIds)} sentences={sentences} />;
  }
  return (
    <>
      {listMemberSentences(data.sentenceText, member).map((sentence, i) => (
        <Fragment key={sentence.sentenceId}>
          {i > 0 && " "}
          <SentenceWithFact group={group} sourceId={member.sourceId} sentence={sentence} />
        </Fragment>
      ))}
    </>
  );
}

/** One sentence: the member's stretches in bold (one element each), the words around them in grey. */
function SentenceWithFact({ group, sourceId, sentence }: { group: Group; sourceId: string; sentence: MemberSentence }) {
  const { text, stretches } = sentence;
  const marks = markMemberSentence(group, sourceId, sentence).filter((mark) => mark.type !== "fact");
  if (!stretches) return <Marks text={text} marks={marks} />;
  const pieces: { start: number; end: number; own: boolean }[] = [];
  let at = 0;
  for (const { start, end } of stretches) {
    if (start > at) pieces.push({ start: at, end: start, own: false });
    pieces.push({ start: Math.max(start, at), end, own: true });
    at = Math.max(at, end);
  }
  if (at < text.length) pieces.push({ start: at, end: text.length, own: false });
  return (
    <>
      {pieces
        .filter((piece) => piece.end > piece.start)
        .map((piece) => {
          const words = <Marks text={text.slice(piece.start, piece.end)} marks={clipMarks(marks, piece.start, piece.end)} />;
          return piece.own ? (
            <strong key={piece.start} className="fact-span">
              {words}
            </strong>
          ) : (
            <span key={piece.start} className="fact-context">
              {words}
            </span>
          );
        })}
    </>
  );
}

/** Conflicting values highlighted, differing words underlined. */
function Marks({ text, marks }: { text: string; marks: readonly TextMark[] }) {
  return (
    <>
      {segmentText(text, marks).map((segment, i) => {
        const diff = segment.types.has("diff");
        if (segment.types.has("value")) {
          return (
            <mark key={i} className={diff ? "value-mark conflict-value diff-mark" : "value-mark conflict-value"}>
              {segment.text}
            </mark>
          );
        }
        return diff ? (
          <span key={i} className="diff-mark">
            {segment.text}
          </span>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        );
      })}
    </>
  );
}

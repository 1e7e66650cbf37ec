import { Fragment } from "react";
import type { Group, GroupMember } from "@/lib/types";
import { hasSpans, listMemberSentences, markMemberSentence, type MemberSentence } from "./fact-members";
import { MarkedText } from "./marked-text";
import { readMember, type PageData } from "./page-model";
import { segmentText } from "./text-marks";

/**
 * What one source printed for a fact, in the facts view. A member that names no part of its
 * sentences (every version-1 member) reads as before. One that states the fact in part of a
 * sentence shows the sentence whole, its own words in bold and the rest in grey, so a reader
 * sees exactly which words are credited to the fact and what surrounds them.
 */
export function MemberWords({ data, group, member }: { data: PageData; group: Group; member: GroupMember }) {
  const ownValueSpans = group.conflicts.some((c) => c.values.some((v) => v.sourceId === member.sourceId && v.span));
  if (!hasSpans(member) && !ownValueSpans) return <MarkedText group={group} sourceId={member.sourceId} text={readMember(data, member.sentenceIds)} />;
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

function SentenceWithFact({ group, sourceId, sentence }: { group: Group; sourceId: string; sentence: MemberSentence }) {
  const marks = markMemberSentence(group, sourceId, sentence);
  return (
    <>
      {segmentText(sentence.text, marks).map((segment, i) => {
        const inner = segment.types.has("value") ? (
          <mark className={segment.types.has("diff") ? "value-mark conflict-value diff-mark" : "value-mark conflict-value"}>{segment.text}</mark>
        ) : segment.types.has("diff") ? (
          <span className="diff-mark">{segment.text}</span>
        ) : (
          segment.text
        );
        if (!sentence.stretches) return <Fragment key={i}>{inner}</Fragment>;
        return segment.types.has("fact") ? (
          <strong key={i} className="fact-span">
            {inner}
          </strong>
        ) : (
          <span key={i} className="fact-context">
            {inner}
          </span>
        );
      })}
    </>
  );
}

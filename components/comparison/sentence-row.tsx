import type { Group, Sentence, Source } from "@/lib/types";
import { CONFLICT_SENTENCES, KIND_GLYPHS, KIND_NAMES } from "../shared/labels";
import { dataProps } from "./dom";
import { formatNumbers, type PageData } from "./page-model";
import { DiffersNote, quotePart, SentenceText } from "./sentence-facts";
import { isSentenceShown, rankSentenceKind } from "./sentence-parts";
import { ReviewedLabel, ReviewNote } from "../review/review-mark";
import type { ViewState } from "./view-state";

const ROW_TONES = {
  conflict: "bg-conflict-soft/70 border-conflict-line",
  shared: "bg-shared-soft/70 border-shared-line",
  unique: "border-transparent",
} as const;

const GLYPH_TONES = {
  conflict: "text-conflict-ink",
  shared: "text-shared-ink",
  unique: "text-muted",
} as const;

interface SentenceRowProps {
  data: PageData;
  source: Source;
  sentence: Sentence;
  state: ViewState;
  first: boolean;
  paragraphStart: boolean;
}

/**
 * One sentence in its column: its number and kind glyph in the gutter, the text, and for
 * shared or conflicting sentences a line naming the counterparts, each a link to it. Screen
 * readers hear the kind and the counterparts in words.
 */
export function SentenceRow({ data, source, sentence, state, first, paragraphStart }: SentenceRowProps) {
  // Version 2: a sentence may state several facts; the row is tinted by the strongest.
  const groups = data.factsOf.get(sentence.id) ?? [];
  const group = groups[0];
  const kind = rankSentenceKind(groups);
  const several = groups.length > 1;
  const number = data.numberOf.get(sentence.id) ?? 0;
  return (
    <li
      {...dataProps({ item: "", group: group?.id, kind, sources: source.id, sentence: sentence.id })}
      {...(several ? dataProps({ groups: groups.map((g) => g.id).join(" "), kinds: groups.map((g) => g.kind).join(" ") }) : {})}
      tabIndex={first ? 0 : -1}
      hidden={!isSentenceShown(state, groups, source.id)}
      className={`sentence-row group/row relative grid scroll-my-16 grid-cols-[2.25rem_minmax(0,1fr)] rounded-md border-l-[3px] py-2 pr-3 ${ROW_TONES[kind]} ${paragraphStart ? "mt-4" : ""}`}
    >
      <span aria-hidden="true" className="flex flex-col items-center pt-0.5 text-xs leading-5 text-muted tabular-nums">
        {number}
        <span className={`font-mono text-sm ${GLYPH_TONES[kind]}`}>{KIND_GLYPHS[kind]}</span>
      </span>
      <div className="min-w-0">
        <p {...dataProps({ text: "" })} className="font-serif text-[1.02rem] leading-relaxed text-pretty">
          {group ? <SentenceText data={data} groups={groups} sourceId={source.id} sentence={sentence} /> : sentence.text}
        </p>
        <DiffersNote groups={groups} sourceId={source.id} sentence={sentence} />
        {kind === "unique" ? (
          <p className="sr-only">Unique: only {data.label(source.id)} says this.</p>
        ) : (
          groups.map((fact) =>
            fact.kind === "unique" ? (
              <p key={fact.id} className="sr-only">“{quotePart(fact, source.id, sentence)}”: only {data.label(source.id)} says this.</p>
            ) : (
              <Counterparts key={fact.id} data={data} group={fact} sourceId={source.id} state={state} about={several ? quotePart(fact, source.id, sentence) : undefined} />
            ),
          )
        )}
        {groups.map(
          (fact) =>
            fact.review && (
              <div key={fact.id} className="mt-1">
                <ReviewedLabel review={fact.review} />
                <ReviewNote review={fact.review} />
              </div>
            ),
        )}
      </div>
    </li>
  );
}

/**
 * The members that say the note out loud: the first shown source of the fact shows it; the
 * others keep it for screen readers (and phones, which show one column), so a linked set of rows says "matches" once. The
 * controller moves it when sources are hidden (client/apply-state.ts).
 */
function Counterparts({ data, group, sourceId, state, about }: { data: PageData; group: Group; sourceId: string; state: ViewState; about?: string }) {
  const others = group.members.filter((member) => member.sourceId !== sourceId);
  const order = data.comparison.sources.map((source) => source.id).filter((id) => group.members.some((member) => member.sourceId === id));
  const owner = order.find((id) => !state.hide.includes(id)) ?? order[0];
  const differs = [...new Set(group.conflicts.map((conflict) => CONFLICT_SENTENCES[conflict.type]))];
  const kindInk = group.kind === "conflict" ? "text-conflict-ink" : "text-shared-ink";
  return (
    <p
      {...dataProps({ noteOf: order.join(" "), noteSource: sourceId })}
      className={`mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-[0.8rem] leading-snug text-muted ${owner === sourceId ? "" : "md:sr-only"}`}
    >
      {about && <q className="font-serif italic">{about}</q>}
      <span className={`font-semibold ${kindInk}`}>
        {KIND_NAMES[group.kind]}
        {differs.length > 0 && <span className="font-normal">: {differs.join(", ")}</span>}
      </span>
      <span>
        {group.kind === "conflict" ? "against" : "with"}{" "}
        {others.map((member, i) => {
          const numbers = member.sentenceIds.map((id) => data.numberOf.get(id) ?? 0);
          const target = member.sentenceIds[0];
          return (
            <span key={member.sourceId}>
              {i > 0 && ", "}
              <a
                href={`#${group.id}`}
                {...dataProps({ goto: target })}
                className="font-medium text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
              >
                {data.label(member.sourceId)}, sentence{numbers.length > 1 ? "s" : ""} {formatNumbers(numbers)}
              </a>
            </span>
          );
        })}
      </span>
    </p>
  );
}

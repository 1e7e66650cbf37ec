"use client";
// One fact in the in-place editor: its review controls, then each source's sentences, which
// an editor points at (click, or Enter/Space once focused) to link or unlink them.
import type { ConflictType, Kind, ReviewEdit } from "@/lib/types";
import type { EditorActions, EditorModel, FactPreview } from "../../review/fact-edit-model";
import { KindPill } from "../../shared/kind-mark";
import { ConflictFields, NoteField, openConflict } from "./fact-editor-fields";
import { SentenceChoice } from "./sentence-choice";
import { SourceCells } from "./source-cells";
import { SplitFields, SplitRow } from "./split-fields";

const SMALL = "rounded-md border border-line bg-canvas px-2 py-1 text-sm font-medium hover:border-muted aria-pressed:border-accent aria-pressed:bg-accent-soft";

interface Props {
  model: EditorModel;
  /** The source columns shown (the page may hide some). */
  sources: EditorModel["sources"];
  fact: FactPreview;
  target: FactPreview | null;
  actions: EditorActions;
}

export function FactEditorRow({ model, sources, fact, target, actions }: Props) {
  if (fact.split) return <SplitRow model={model} sources={sources} fact={fact} actions={actions} />;
  const name = `Fact ${fact.number}`;
  const original = model.facts.find((f) => f.id === fact.id)!;
  const linked = original.members.size > 1;
  const decide = (op: "confirm" | "reject") =>
    fact.decision === op ? actions.drop((e) => e.op === op && e.groupId === fact.id) : actions.add({ op, groupId: fact.id });
  const retype = (kind: Kind) => {
    if (kind === "conflict") return openConflict(fact.id); // set by its values, below
    if (kind === original.kind) actions.drop((e) => (e.op === "retype" || e.op === "set-conflict") && e.groupId === fact.id);
    else actions.add({ op: "retype", groupId: fact.id, kind });
  };
  const empty = fact.members.size === 0;
  const merging = target !== null && target.id !== fact.id && !empty;
  const merged = (e: ReviewEdit) => e.op === "merge" && e.otherGroupId === fact.id;
  const merge = () => {
    if (!target) return;
    actions.drop(merged);
    actions.add({ op: "merge", groupId: target.id, otherGroupId: fact.id });
  };
  return (
    <tr id={`edit-${fact.id}`} className="border-b border-line align-top last:border-b-0 max-md:mb-4 max-md:block max-md:rounded-xl max-md:border max-md:bg-surface">
      <th scope="row" className="px-4 py-3.5 text-left font-normal max-md:block">
        <span className="flex flex-wrap items-center gap-2">
          <KindPill kind={fact.kind} />
          <span className="text-sm font-semibold tabular-nums">{name}</span>
          {fact.changed && <span className="rounded bg-accent-soft px-1.5 text-xs font-medium">Pending</span>}
          {fact.decision === "confirm" && <span className="text-xs font-medium text-shared-ink">Confirmed</span>}
          {fact.decision === "reject" && <span className="text-xs font-medium text-conflict-ink">Link rejected</span>}
        </span>
        {empty && <p className="mt-1 text-sm text-muted italic">Its sentences move to other facts; it will be gone once saved.</p>}
        <div role="group" aria-label={`Review ${name}`} className="mt-2 flex flex-wrap items-center gap-1.5">
          <button type="button" className={SMALL} aria-pressed={fact.decision === "confirm"} onClick={() => decide("confirm")} aria-label={`Confirm ${name}`}>
            Confirm
          </button>
          {linked && (
            <button type="button" className={SMALL} aria-pressed={fact.decision === "reject"} onClick={() => decide("reject")} aria-label={`Reject the link in ${name}`}>
              Reject
            </button>
          )}
          <label className="text-sm" htmlFor={`kind-${fact.id}`}>
            <span className="sr-only">Kind of {name}</span>
            <select id={`kind-${fact.id}`} value={fact.kind} onChange={(e) => retype(e.target.value as Kind)} className="rounded-md border border-line bg-canvas px-1.5 py-1 text-sm">
              <option value="shared" disabled={fact.members.size < 2}>Shared</option>
              <option value="conflict" disabled={fact.members.size < 2}>Conflict</option>
              <option value="unique" disabled={fact.members.size !== 1}>Unique</option>
            </select>
          </label>
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
          <button type="button" className={SMALL} aria-pressed={target?.id === fact.id} onClick={() => actions.setTarget(target?.id === fact.id ? null : fact.id)} aria-label={`Link sentences to ${name}`}>
            Link sentences here
          </button>
          {/* The machine told one fact as two: all of this fact's sentences join the target. */}
          {merging && (
            <button type="button" className={SMALL} onClick={merge} aria-label={`Merge ${name} into Fact ${target.number}`}>
              Merge into Fact {target.number}
            </button>
          )}
        {fact.members.size > 1 && <ConflictFields model={model} fact={fact} name={name} onApply={(type: ConflictType, values) => actions.add({ op: "set-conflict", groupId: fact.id, ...(original.conflict ? { index: 0 } : {}), conflict: { type, values } })} />}
        <NoteField fact={fact} original={original.note} name={name} actions={actions} />
        <SplitFields model={model} fact={fact} name={name} actions={actions} />
        </div>
      </th>
      <SourceCells sources={sources} fact={fact} render={(id) => <SentenceChoice model={model} sentenceId={id} fact={fact} target={target} actions={actions} />} />
    </tr>
  );
}

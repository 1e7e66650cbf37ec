"use client";
// A fact's conflict values and note in the in-place editor: each opens in place, and adds one
// pending edit when applied, so "Undo last" takes back a whole correction, not a keystroke.
import { useState } from "react";
import type { ConflictType, SourceValue } from "@/lib/types";
import type { EditorActions, EditorModel, FactPreview } from "../../review/fact-edit-model";
import { CONFLICT_NAMES } from "../../shared/labels";

const FIELD = "mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1 text-sm font-normal";
const APPLY = "mt-2 rounded-md border border-line bg-canvas px-2 py-1 text-sm font-medium hover:border-muted";
const SUMMARY = "cursor-pointer text-sm font-medium text-accent";

/** Opens a fact's conflict fields and puts the cursor in the first value (after "Conflict" is chosen as its kind). */
export function openConflict(groupId: string): void {
  const details = document.getElementById(`conflict-${groupId}`) as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  details.querySelector<HTMLInputElement>("input")?.focus();
}

export function ConflictFields({ model, fact, name, onApply }: { model: EditorModel; fact: FactPreview; name: string; onApply: (type: ConflictType, values: SourceValue[]) => void }) {
  const sourceIds = model.sources.map((s) => s.id).filter((id) => fact.members.has(id));
  const [type, setType] = useState<ConflictType>(fact.conflict?.type ?? "number");
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(sourceIds.map((id) => [id, fact.conflict?.values.find((v) => v.sourceId === id)?.text ?? ""])));
  const [problem, setProblem] = useState<string | null>(null);
  const labelOf = (id: string) => model.sources.find((s) => s.id === id)?.label ?? id;
  function apply() {
    const given = sourceIds.map((sourceId) => ({ sourceId, text: (values[sourceId] ?? "").trim() })).filter((v) => v.text);
    if (given.length < 2) return setProblem("Give the values of at least two sources.");
    setProblem(null);
    onApply(type, given);
  }
  return (
    <details id={`conflict-${fact.id}`} className="text-sm open:basis-full">
      <summary className={SUMMARY}>
        Conflict values<span className="sr-only"> of {name}</span>
        {fact.conflict && <span className="font-normal text-muted"> ({fact.conflict.values.map((v) => v.text).join(" / ")})</span>}
      </summary>
      <label className="mt-1 block" htmlFor={`conflict-type-${fact.id}`}>
        What differs<span className="sr-only"> in {name}</span>
        <select id={`conflict-type-${fact.id}`} className={FIELD} value={type} onChange={(e) => setType(e.target.value as ConflictType)}>
          {(Object.keys(CONFLICT_NAMES) as ConflictType[]).map((t) => (
            <option key={t} value={t}>{CONFLICT_NAMES[t]}</option>
          ))}
        </select>
      </label>
      {sourceIds.map((id) => (
        <label key={id} className="mt-1 block" htmlFor={`conflict-${fact.id}-${id}`}>
          Value in {labelOf(id)}<span className="sr-only"> ({name})</span>
          <input id={`conflict-${fact.id}-${id}`} className={FIELD} value={values[id] ?? ""} onChange={(e) => setValues({ ...values, [id]: e.target.value })} />
        </label>
      ))}
      <button type="button" className={APPLY} onClick={apply}>
        Apply values<span className="sr-only"> to {name}</span>
      </button>
      {problem && <p role="alert" className="mt-1 text-conflict-ink">{problem}</p>}
    </details>
  );
}

export function NoteField({ fact, original, name, actions }: { fact: FactPreview; original: string; name: string; actions: EditorActions }) {
  const [text, setText] = useState(fact.note);
  function apply() {
    if (text.trim() === original.trim()) actions.drop((e) => e.op === "note" && e.groupId === fact.id);
    else actions.add({ op: "note", groupId: fact.id, text: text.trim() });
  }
  return (
    <details className="text-sm open:basis-full">
      <summary className={SUMMARY}>
        Note<span className="sr-only"> on {name}</span>
        {fact.note && <span className="font-normal text-muted">: {fact.note.length > 60 ? `${fact.note.slice(0, 59)}…` : fact.note}</span>}
      </summary>
      <label className="mt-1 block" htmlFor={`note-${fact.id}`}>
        Note on {name}
        <textarea id={`note-${fact.id}`} rows={2} className={FIELD} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" className={APPLY} onClick={apply}>
        Add note<span className="sr-only"> to {name}</span>
      </button>
    </details>
  );
}

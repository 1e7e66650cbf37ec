"use client";
// Splitting a fact in place: the machine told two facts as one, so the editor picks the
// sentences that state the other one and they leave as a new fact (the edit `split`). The new
// fact is previewed right after this one; its number comes when the server saves it.
import { useState } from "react";
import type { EditorActions, EditorModel, FactPreview } from "../../review/fact-edit-model";
import { SourceCells } from "./source-cells";

const SMALL = "rounded-md border border-line bg-canvas px-2 py-1 text-sm font-medium hover:border-muted disabled:opacity-60";
const SHORT = 90;

export function SplitFields({ model, fact, name, actions }: { model: EditorModel; fact: FactPreview; name: string; actions: EditorActions }) {
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const ids = [...fact.members.values()].flat().filter((id) => !fact.unlinked.has(id));
  if (ids.length < 2) return null;
  if (chosen === null) {
    return (
      <button type="button" className={SMALL} onClick={() => setChosen(new Set())} aria-label={`Split ${name}`}>
        Split…
      </button>
    );
  }
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const count = chosen.size;
  const split = () => {
    actions.add({ op: "split", groupId: fact.id, sentenceIds: ids.filter((id) => chosen.has(id)) });
    setChosen(null);
  };
  return (
    <fieldset className="mt-2 basis-full rounded-md border border-line bg-canvas p-2">
      <legend className="px-1 text-sm font-medium">Sentences that state another fact, to split off {name}</legend>
      <ul className="space-y-1">
        {ids.map((id) => {
          const sentence = model.sentences.get(id);
          const source = model.sources.find((s) => s.id === sentence?.sourceId)?.label ?? "";
          const text = sentence?.text ?? id;
          return (
            <li key={id}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" checked={chosen.has(id)} onChange={() => toggle(id)} />
                <span>
                  <span className="font-semibold">{source}:</span> {text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <button type="button" className={SMALL} disabled={count === 0 || count === ids.length} onClick={split}>
          Split off {count === 1 ? "1 sentence" : `${count} sentences`}
        </button>
        <button type="button" className={SMALL} onClick={() => setChosen(null)}>
          Cancel
        </button>
        {count === ids.length && <span className="text-xs text-muted">Leave at least one sentence in {name}.</span>}
      </div>
    </fieldset>
  );
}

/** The row of a fact a pending split makes: its sentences, and the way back. */
export function SplitRow({ model, sources, fact, actions }: { model: EditorModel; sources: EditorModel["sources"]; fact: FactPreview; actions: EditorActions }) {
  const split = fact.split!;
  return (
    <tr className="border-b border-line bg-accent-soft/40 align-top last:border-b-0 max-md:mb-4 max-md:block max-md:rounded-xl max-md:border">
      <th scope="row" className="px-4 py-3.5 text-left font-normal max-md:block">
        <span className="text-sm font-semibold">New fact, split from Fact {split.from.number}</span>
        <span className="ml-2 rounded bg-accent-soft px-1.5 text-xs font-medium">Pending</span>
        <p className="mt-1 text-xs text-muted">Numbered, and its kind settled, when saved.</p>
        <button type="button" className={`${SMALL} mt-2`} onClick={() => actions.drop((e) => e === split.edit)} aria-label={`Undo the split of Fact ${split.from.number}`}>
          Undo split
        </button>
      </th>
      <SourceCells sources={sources} fact={fact} render={(id) => <p className="font-serif leading-relaxed">{model.sentences.get(id)?.text}</p>} />
    </tr>
  );
}

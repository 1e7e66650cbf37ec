import { useState } from "react";
import type { ReviewForm, ReviewModel } from "./review-model";

// Merging: two facts the machine kept apart are one. One pair of pickers for the whole form
// (not one per fact), so a long story does not render a list of every fact for every fact.

const FIELD = "mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1.5 text-sm";
const BUTTON = "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent";

interface Props {
  model: ReviewModel;
  merges: ReviewForm["merges"];
  onChange: (merges: ReviewForm["merges"]) => void;
}

export function ReviewMerges({ model, merges, onChange }: Props) {
  const [groupId, setGroupId] = useState(model.groups[0]?.id ?? "");
  const [otherGroupId, setOtherGroupId] = useState(model.groups[1]?.id ?? "");
  const name = (id: string) => {
    const g = model.groups.find((x) => x.id === id);
    return g ? `fact ${g.position} (${g.id})` : id;
  };
  const options = model.groups.map((g) => (
    <option key={g.id} value={g.id}>
      Fact {g.position} ({g.id}): {g.text.slice(0, 60)}
    </option>
  ));
  return (
    <section aria-labelledby="review-merges-heading" className="rounded-lg border border-line bg-surface px-4 py-3">
      <h3 id="review-merges-heading" className="font-semibold">Merge two facts</h3>
      <div className="mt-2 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <label className="text-sm" htmlFor="review-merge-into">
          Keep this fact
          <select id="review-merge-into" className={FIELD} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            {options}
          </select>
        </label>
        <label className="text-sm" htmlFor="review-merge-other">
          and merge into it
          <select id="review-merge-other" className={FIELD} value={otherGroupId} onChange={(e) => setOtherGroupId(e.target.value)}>
            {options}
          </select>
        </label>
        <button
          type="button"
          className={BUTTON}
          onClick={() => groupId && otherGroupId && groupId !== otherGroupId && onChange([...merges, { groupId, otherGroupId }])}
        >
          Add merge
        </button>
      </div>
      {merges.length > 0 && (
        <ol aria-label="Merges to save" className="mt-3 space-y-1 text-sm">
          {merges.map((merge, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2">
              <span>
                {name(merge.otherGroupId)} into {name(merge.groupId)}
              </span>
              <button type="button" className={BUTTON} onClick={() => onChange(merges.filter((_, k) => k !== i))}>
                Remove merge {i + 1}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

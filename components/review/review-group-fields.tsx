import type { ConflictType } from "@/lib/types";
import { CONFLICT_NAMES, KIND_NAMES } from "../shared/labels";
import type { GroupChoice, ReviewGroupItem } from "./review-model";

// One fact's controls in the review form: decision, kind, the conflict's type and values, a
// note. Native controls with visible labels, so every action is reachable with Tab and keys.

const CONFLICT_TYPES = Object.keys(CONFLICT_NAMES) as ConflictType[];
const FIELD = "mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1.5 text-sm";

interface Props {
  group: ReviewGroupItem;
  choice: GroupChoice;
  labelOf: (sourceId: string) => string;
  onChange: (choice: GroupChoice) => void;
}

export function ReviewGroupFields({ group, choice, labelOf, onChange }: Props) {
  const name = `Fact ${group.position}`;
  const key = `review-${group.id}`;
  const set = (patch: Partial<GroupChoice>) => onChange({ ...choice, ...patch });
  const linked = group.sourceIds.length > 1;
  return (
    <fieldset data-review-group={group.id} className="rounded-lg border border-line bg-surface px-4 py-3">
      <legend className="px-1 text-sm font-semibold">
        {name} ({group.id}): {KIND_NAMES[group.kind]}
        {group.review ? " · Reviewed" : ""}
      </legend>
      <p className="font-serif text-sm text-pretty">{group.text}</p>
      <p className="mt-1 text-xs text-muted">In {group.sourceIds.map(labelOf).join(", ")}</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <label className="text-sm" htmlFor={`${key}-decision`}>
          Decision on {name.toLowerCase()}
          <select id={`${key}-decision`} className={FIELD} value={choice.decision} onChange={(e) => set({ decision: e.target.value as GroupChoice["decision"] })}>
            <option value="none">Leave as it is</option>
            <option value="confirm">Confirm</option>
            {linked && <option value="reject">Reject the link (each source alone)</option>}
          </select>
        </label>
        {linked && choice.decision !== "reject" && (
          <label className="text-sm" htmlFor={`${key}-kind`}>
            Kind of {name.toLowerCase()}
            <select id={`${key}-kind`} className={FIELD} value={choice.kind} onChange={(e) => set({ kind: e.target.value as GroupChoice["kind"] })}>
              <option value="shared">Shared: no detail differs</option>
              <option value="conflict">Conflict: a detail differs</option>
            </select>
          </label>
        )}
      </div>
      {linked && choice.decision !== "reject" && choice.kind === "conflict" && (
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <label className="text-sm" htmlFor={`${key}-type`}>
            Conflict type of {name.toLowerCase()}
            <select id={`${key}-type`} className={FIELD} value={choice.conflictType} onChange={(e) => set({ conflictType: e.target.value as ConflictType })}>
              {CONFLICT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {CONFLICT_NAMES[type]}
                </option>
              ))}
            </select>
          </label>
          {group.sourceIds.map((sourceId) => (
            <label key={sourceId} className="text-sm" htmlFor={`${key}-value-${sourceId}`}>
              Value in {labelOf(sourceId)} ({name.toLowerCase()})
              <input
                id={`${key}-value-${sourceId}`}
                className={FIELD}
                value={choice.values[sourceId] ?? ""}
                onChange={(e) => set({ values: { ...choice.values, [sourceId]: e.target.value } })}
              />
            </label>
          ))}
        </div>
      )}
      <label className="mt-3 block text-sm" htmlFor={`${key}-note`}>
        Note on {name.toLowerCase()}
        <textarea id={`${key}-note`} rows={2} className={FIELD} value={choice.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
    </fieldset>
  );
}

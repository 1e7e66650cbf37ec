import { useState } from "react";
import type { ReviewForm, ReviewModel } from "./review-model";

// Relinking: pick a sentence and the fact it belongs to (or none: a statement of its own),
// add the move, repeat. Moves are applied after the per-fact decisions, in the order added.

const FIELD = "mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1.5 text-sm";
const BUTTON = "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:border-accent";

interface Props {
  model: ReviewModel;
  moves: ReviewForm["moves"];
  onChange: (moves: ReviewForm["moves"]) => void;
}

export function ReviewMoves({ model, moves, onChange }: Props) {
  const [sentenceId, setSentenceId] = useState(model.sentences[0]?.id ?? "");
  const [to, setTo] = useState("");
  const sentenceLabel = (id: string) => model.sentences.find((s) => s.id === id)?.label ?? id;
  const groupLabel = (id: string) => {
    const g = model.groups.find((x) => x.id === id);
    return g ? `fact ${g.position} (${g.id})` : id;
  };
  return (
    <section aria-labelledby="review-moves-heading" className="rounded-lg border border-line bg-surface px-4 py-3">
      <h3 id="review-moves-heading" className="font-semibold">Move a sentence to another fact</h3>
      <div className="mt-2 grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <label className="text-sm" htmlFor="review-move-sentence">
          Sentence to move
          <select id="review-move-sentence" className={FIELD} value={sentenceId} onChange={(e) => setSentenceId(e.target.value)}>
            {model.sentences.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm" htmlFor="review-move-target">
          Move it to
          <select id="review-move-target" className={FIELD} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">A statement of its own (unlink)</option>
            {model.groups.map((g) => (
              <option key={g.id} value={g.id}>
                Fact {g.position} ({g.id}): {g.text.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={BUTTON} onClick={() => sentenceId && onChange([...moves, { sentenceId, to }])}>
          Add move
        </button>
      </div>
      {moves.length > 0 && (
        <ol aria-label="Moves to save" className="mt-3 space-y-1 text-sm">
          {moves.map((move, i) => (
            <li key={i} data-review-move="" className="flex flex-wrap items-center gap-2">
              <span>
                {sentenceLabel(move.sentenceId)} → {move.to ? groupLabel(move.to) : "a statement of its own"}
              </span>
              <button type="button" className={BUTTON} onClick={() => onChange(moves.filter((_, k) => k !== i))}>
                Remove move {i + 1}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

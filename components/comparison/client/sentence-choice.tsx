"use client";
// A sentence in the in-place editor. Pointing at it (a click, or Enter or Space once focused)
// opens its choices in place: "Link to Fact N" when another fact is the link target (and, for
// a sentence that states several facts, one "Link part" button per marked part, so a part is
// linked with the keyboard alone), "Unlink" when it shares its fact with other sentences; the
// unlink names the fact, since a version-2 sentence may be in several. Escape closes the choices.
import { useRef, useState, type KeyboardEvent } from "react";
import type { Span } from "@/lib/types";
import type { EditorActions, EditorModel, FactPreview } from "../../review/fact-edit-model";

const CHOICE = "rounded-md border border-line bg-surface px-2 py-1 text-sm font-medium hover:border-muted";

interface Props {
  model: EditorModel;
  sentenceId: string;
  fact: FactPreview;
  target: FactPreview | null;
  actions: EditorActions;
}

export function SentenceChoice({ model, sentenceId, fact, target, actions }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const sentence = model.sentences.get(sentenceId);
  if (!sentence) return null;
  const source = model.sources.find((s) => s.id === sentence.sourceId)?.label ?? sentence.sourceId;
  const unlinked = fact.unlinked.has(sentenceId);
  const linked = fact.linked.has(sentenceId);
  const sentenceCount = [...fact.members.values()].reduce((n, ids) => n + ids.length, 0);
  const canLink = target !== null && target.id !== fact.id && !unlinked;
  const canUnlink = !unlinked && sentenceCount > 1;
  const menuId = `choices-${fact.id}-${sentenceId}`;
  const parts = canLink ? (model.parts.get(sentenceId) ?? []) : [];
  const link = (span?: Span) => choose(() => actions.add({ op: "link", sentenceId, groupId: target!.id, ...(span ? { span } : {}) }), target!.id);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // The sentence may move to another fact's row: keep the keyboard where the sentence went.
  const choose = (act: () => void, factId = fact.id) => {
    act();
    setOpen(false);
    requestAnimationFrame(() => document.getElementById(`sentence-${factId}-${sentenceId}`)?.focus());
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.nativeEvent.preventDefault();
    close();
  };
  return (
    <div>
      <button
        ref={button}
        id={`sentence-${fact.id}-${sentenceId}`}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        data-candidate={canLink ? "" : undefined}
        className={`block w-full rounded-md px-1.5 py-1 text-left font-serif leading-relaxed text-pretty hover:bg-accent-soft data-candidate:outline-1 data-candidate:outline-accent data-candidate:outline-dashed ${unlinked ? "text-muted line-through" : ""} ${linked ? "bg-accent-soft" : ""}`}
      >
        <span className="sr-only">Sentence {sentence.number} of {source}: </span>
        {sentence.text}
        {linked && <span className="ml-1 font-sans text-xs font-semibold no-underline">(linked, pending)</span>}
        {unlinked && <span className="ml-1 inline-block font-sans text-xs font-semibold">(unlinked, pending)</span>}
      </button>
      {open && (
        <div id={menuId} role="group" aria-label={`Sentence ${sentence.number} of ${source}`} onKeyDown={onMenuKey} className="mt-1 flex flex-wrap items-center gap-1.5 rounded-md border border-line bg-canvas p-1.5">
          {canLink && (
            <button type="button" autoFocus className={CHOICE} onClick={() => link()}>
              Link {parts.length > 0 ? "whole sentence " : ""}to Fact {target.number}
            </button>
          )}
          {parts.map((span) => (
            <button key={`${span.start}-${span.end}`} type="button" className={`${CHOICE} font-serif`} onClick={() => link(span)}>
              <span className="font-sans">Link part</span> &ldquo;{sentence.text.slice(span.start, span.end)}&rdquo; <span className="font-sans">to Fact {target!.number}</span>
            </button>
          ))}
          {canUnlink && (
            <button type="button" autoFocus={!canLink} className={CHOICE} onClick={() => choose(() => actions.add({ op: "unlink", groupId: fact.id, sentenceId }))}>
              Unlink from Fact {fact.number}
            </button>
          )}
          {unlinked && (
            <button type="button" autoFocus className={CHOICE} onClick={() => choose(() => actions.drop((e) => e.op === "unlink" && e.sentenceId === sentenceId && (e.groupId ?? fact.id) === fact.id))}>
              Keep in Fact {fact.number}
            </button>
          )}
          {!canLink && !unlinked && (
            <span className="px-1 text-xs text-muted">To link it to another fact, press &ldquo;Link sentences here&rdquo; on that fact first.</span>
          )}
          <button type="button" autoFocus={!canLink && !canUnlink && !unlinked} className={CHOICE} onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}

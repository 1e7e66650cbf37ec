"use client";
// One cell per shown source in an editor row: the outlet's name on a phone (where the table
// becomes cards and the column heads are gone), then what the fact holds of that source.
import type { ReactNode } from "react";
import type { EditorModel, FactPreview } from "../../review/fact-edit-model";

export function SourceCells({ sources, fact, render }: { sources: EditorModel["sources"]; fact: FactPreview; render: (id: string) => ReactNode }) {
  return sources.map((source) => {
    const ids = fact.members.get(source.id) ?? [];
    return (
      <td key={source.id} className="px-4 py-3.5 max-md:block max-md:pt-1">
        <span className="mb-1 block text-xs font-semibold tracking-wide text-muted uppercase md:hidden">{source.label}</span>
        {ids.length === 0 ? (
          <p className="text-sm text-muted italic">Not reported</p>
        ) : (
          <ul className="space-y-1.5">
            {ids.map((id) => (
              <li key={id}>{render(id)}</li>
            ))}
          </ul>
        )}
      </td>
    );
  });
}

"use client";
// The edit key on the review page. It arrives in the edit link's fragment (#key=…), which
// browsers never send to the server; it is taken out of the address bar at once, so it does not
// linger in history or on screen, and kept for this tab only, so a second review needs no paste.
import { useEffect, useState } from "react";

const FIELD = "mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1.5 font-mono text-sm";
const storageKey = (comparisonId: string) => `parallax-edit-key:${comparisonId}`;

/** A key, or a whole edit link pasted in its place: either way, the key. */
export function readEditKey(value: string): string {
  const inLink = /[#&]key=([A-Za-z0-9_-]+)/.exec(value);
  return (inLink ? inLink[1]! : value).trim();
}

export function useEditKey(comparisonId: string): [string, (key: string) => void] {
  const [key, setKey] = useState("");
  useEffect(() => {
    const fromLink = new URLSearchParams(window.location.hash.slice(1)).get("key");
    if (fromLink) {
      history.replaceState(history.state, "", window.location.pathname + window.location.search);
      sessionStorage.setItem(storageKey(comparisonId), fromLink);
    }
    const known = fromLink ?? sessionStorage.getItem(storageKey(comparisonId));
    // Filled in after hydration on purpose: the server never sees the fragment.
    if (known) setKey(known);
  }, [comparisonId]);
  return [
    key,
    (next) => {
      setKey(next);
      sessionStorage.setItem(storageKey(comparisonId), readEditKey(next));
    },
  ];
}

export function ReviewKeyField({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  return (
    <label className="block text-sm sm:col-span-2" htmlFor="review-edit-key">
      Edit key (the edit link you kept when the comparison was made, or its key)
      <input
        id="review-edit-key"
        type="password"
        aria-required="true"
        autoComplete="off"
        spellCheck={false}
        className={FIELD}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="review-edit-key-help"
      />
      <span id="review-edit-key-help" className="mt-1 block text-muted">
        Only its holder can publish a revision. Lost it? The site&rsquo;s operator can issue a new one.
      </span>
    </label>
  );
}

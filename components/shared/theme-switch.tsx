"use client";

import { useState } from "react";
import { formatThemeCookie, THEME_CHOICES, themeAttribute, type ThemeChoice } from "./theme-choice";

/**
 * Light, dark or the system's theme, remembered in a cookie the server reads (app/layout.tsx).
 * It needs JavaScript, so it is laid out only when scripts run; without them the page follows
 * the system, as before.
 */
export function ThemeSwitch({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState<ThemeChoice>(initial);

  function choose(next: ThemeChoice) {
    setChoice(next);
    document.cookie = formatThemeCookie(next);
    const attribute = themeAttribute(next);
    if (attribute) document.documentElement.dataset.theme = attribute;
    else delete document.documentElement.dataset.theme;
  }

  return (
    <label className="hidden items-center text-sm js:flex">
      <span className="sr-only">Theme</span>
      <select
        value={choice}
        onChange={(event) => choose(event.target.value as ThemeChoice)}
        className="rounded-md border border-line bg-surface py-1 pr-1 pl-1.5 text-sm text-ink hover:border-muted"
      >
        {THEME_CHOICES.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

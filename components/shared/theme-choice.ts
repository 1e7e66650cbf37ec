// The reader's theme: light, dark, or whatever the system says. Kept in a cookie so the server
// renders the page in the chosen theme from the first byte (no flash of the other one, and no
// inline script to read storage before paint, which the strict CSP would need a nonce for).

export type ThemeChoice = "light" | "dark" | "system";

export const THEME_COOKIE = "parallax-theme";

export const THEME_CHOICES: readonly [ThemeChoice, string][] = [
  ["system", "System"],
  ["light", "Light"],
  ["dark", "Dark"],
];

/** Anything but a known choice (no cookie, a stale or forged value) follows the system. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === "light" || value === "dark" ? value : "system";
}

/** The `data-theme` attribute of <html>: absent for "system", so the system colour scheme decides (light-dark() in globals.css). */
export function themeAttribute(choice: ThemeChoice): "light" | "dark" | undefined {
  return choice === "system" ? undefined : choice;
}

/** The cookie that remembers a choice for a year; "system" clears it. */
export function formatThemeCookie(choice: ThemeChoice): string {
  const age = choice === "system" ? 0 : 365 * 24 * 60 * 60;
  return `${THEME_COOKIE}=${choice}; Path=/; Max-Age=${age}; SameSite=Lax`;
}

// The share image of a comparison (Open Graph and, through twitter-image.tsx, Twitter cards):
// the event, its outlets and the counts of conflicting, shared and unique facts. Drawn with the
// machine's own fonts; characters they lack are left out, so nothing is ever downloaded.
import { readFile } from "node:fs/promises";
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { getComparison } from "@/app/_server/get-comparison";
import { describeShareCard, type Glyphs } from "@/lib/export/share-card";

export const alt = "A Parallax comparison: the event, its sources and the counts of conflicting, shared and unique facts";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Debian's fonts-dejavu-core and fonts-liberation (Chromium pulls them in); Next's bundled
// Latin font is the fallback when neither is installed.
const FONT_FILES = [
  { regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" },
  { regular: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", bold: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf" },
];

type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
let fonts: Promise<Font[] | null> | null = null;

function loadSystemFonts(): Promise<Font[] | null> {
  fonts ??= (async () => {
    for (const files of FONT_FILES) {
      try {
        const [regular, bold] = await Promise.all([readFile(/*turbopackIgnore: true*/ files.regular), readFile(/*turbopackIgnore: true*/ files.bold)]);
        return [
          { name: "Card", data: regular, weight: 400, style: "normal" },
          { name: "Card", data: bold, weight: 700, style: "normal" },
        ];
      } catch {
        // try the next family
      }
    }
    return null;
  })();
  return fonts;
}

const COLORS = { canvas: "#f7f6f3", ink: "#1d2024", muted: "#585e66", line: "#e2dfd8", accent: "#2f5d8a" };
const KINDS = [
  { key: "conflict", label: "conflicting", soft: "#fcf1de", ink: "#844600", line: "#ebc98e" },
  { key: "shared", label: "shared", soft: "#e4f2ee", ink: "#0e5a4e", line: "#a9d5ca" },
  { key: "unique", label: "unique", soft: "#eceaf8", ink: "#463a9c", line: "#c7c1ec" },
] as const;

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [loaded, systemFonts] = await Promise.all([getComparison(id), loadSystemFonts()]);
  const glyphs: Glyphs = systemFonts ? "european" : "latin";
  // An unknown id has no picture: a 404, as its page and the API answer, not a 200 placeholder.
  if (!loaded) notFound();
  const card = describeShareCard(loaded.comparison, loaded.title, glyphs);
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: COLORS.canvas, padding: "56px 72px", fontFamily: systemFonts ? "Card" : undefined, color: COLORS.ink }}>
        <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
          <div style={{ display: "flex", position: "relative", width: 56, height: 40 }}>
            <div style={{ position: "absolute", left: 0, top: 0, width: 40, height: 40, borderRadius: 20, border: `4px solid ${COLORS.ink}` }} />
            <div style={{ position: "absolute", left: 16, top: 0, width: 40, height: 40, borderRadius: 20, border: `4px solid ${COLORS.accent}` }} />
          </div>
          <div style={{ fontSize: 34, fontWeight: 700 }}>Parallax</div>
          <div style={{ fontSize: 26, color: COLORS.muted, marginLeft: 12 }}>one event, several outlets</div>
        </div>
        <div style={{ display: "flex", flex: 1, flexDirection: "column", justifyContent: "center" }}>
          <div style={{ fontSize: card.title.length > 70 ? 50 : 60, fontWeight: 700, lineHeight: 1.15, letterSpacing: -1 }}>{card.title}</div>
          {card.outlets && <div style={{ marginTop: 22, fontSize: 28, color: COLORS.muted }}>{card.outlets}</div>}
        </div>
        <div style={{ display: "flex", gap: 20 }}>
          {KINDS.map((kind) => (
            <div key={kind.key} style={{ display: "flex", flex: 1, alignItems: "baseline", gap: 14, padding: "18px 26px", borderRadius: 18, background: kind.soft, border: `2px solid ${kind.line}`, color: kind.ink }}>
              <div style={{ fontSize: 64, fontWeight: 700 }}>{String(card.stats[kind.key])}</div>
              <div style={{ fontSize: 30, fontWeight: 700 }}>{kind.label}</div>
            </div>
          ))}
        </div>
      </div>
    ),
    { ...size, fonts: systemFonts ?? undefined },
  );
}

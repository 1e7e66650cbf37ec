"use client";
// The comparison page's only client component. It renders nothing: it finds the server-rendered
// page by its data attributes and adds linking, filters, search, keys and URL state to it, so
// the route ships a few kilobytes of script rather than the page's markup twice.
import { useEffect } from "react";
import { startController } from "./client/start-controller";
import { has } from "./dom";

export function ComparisonController() {
  useEffect(() => {
    const root = document.querySelector<HTMLElement>(has("comparison"));
    return root ? startController(root) : undefined;
  }, []);
  return null;
}

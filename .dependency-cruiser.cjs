// The layers, checked on every `npm test` (`npm run lint:layers`): routes and pages (app/) →
// server use cases (app/_server/, app/_lib/: the edge drivers) → engine, store and export (lib/) → the comparison
// types (lib/types.ts, lib/comparison/). An arrow back up the layers fails the run. Tests may
// reach across (they read fixtures from disk), so they are left out of the `from` side.
const NOT_TEST = "\\.(test|spec|fuzz\\.test|property\\.test)\\.tsx?$";
const ENGINE = "^lib/(align|classify|clean|segment|normalize|diff|engine|pipeline|review|claims|compare\\.ts)";

module.exports = {
  forbidden: [
    {
      name: "lib-is-below-the-app",
      comment: "lib/ is pure: it never imports routes, components, server code, scripts or tools.",
      severity: "error",
      from: { path: "^lib/", pathNot: NOT_TEST },
      to: { path: "^(app|components|scripts|tools|test-support)/" },
    },
    {
      name: "lib-has-no-framework",
      comment: "lib/ is plain TypeScript: no Next.js or React.",
      severity: "error",
      from: { path: "^lib/", pathNot: NOT_TEST },
      to: { path: "node_modules/(next|react|react-dom)/" },
    },
    {
      name: "lib-does-no-io",
      comment: "lib/ takes data in and gives data out: files, processes, sockets and threads are the edge's (node:net's address helpers are allowed: isIP and BlockList compute, they open nothing).",
      severity: "error",
      from: { path: "^lib/", pathNot: NOT_TEST },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|fs/promises|child_process|http|https|http2|worker_threads|dgram|dns|tls|cluster)$" },
    },
    {
      name: "components-take-data-in",
      comment: "Components render what a page hands them; they never reach up into server code or routes.",
      severity: "error",
      from: { path: "^components/", pathNot: NOT_TEST },
      to: { path: "^app/" },
    },
    {
      name: "server-is-below-the-routes",
      comment: "Use cases (app/_server, app/_lib) serve the routes and pages; they never import them or components.",
      severity: "error",
      from: { path: "^app/_(server|lib)/", pathNot: NOT_TEST },
      to: { path: "^(app/(api|c|new|comparisons)/|app/(page|layout|not-found)\\.tsx|components/)" },
    },
    {
      name: "store-is-persistence-only",
      comment: "lib/store stores and reads; it never runs the engine, review or export.",
      severity: "error",
      from: { path: "^lib/store/", pathNot: NOT_TEST },
      to: { path: `${ENGINE}|^lib/export/` },
    },
    {
      name: "engine-and-export-do-not-store",
      comment: "The engine and the exports are below the store's callers, beside the store.",
      severity: "error",
      from: { path: `${ENGINE}|^lib/export/`, pathNot: NOT_TEST },
      to: { path: "^lib/store/" },
    },
    {
      name: "no-circular",
      comment: "A cycle makes layers meaningless.",
      severity: "error",
      from: { pathNot: NOT_TEST },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};

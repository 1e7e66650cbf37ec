// Who may publish a revision: a small port, so that a newsroom's single sign-on can replace the
// edit key later by supplying another `RevisionAuthorizer` in ApiServices. The handler calls
// `authorizeRevision` first, before reading the body, and stores nothing when it refuses.
import { findMatchingKey } from "@/app/_lib/edit-keys";
import { isEditKeyShaped, listEditKeys } from "@/lib/store/edit-key-store";
import type { SqlDriver } from "@/lib/store/store-types";
import { AppError } from "@/app/_server/app-error";

/** The identity a revision is recorded under (a key's holder now, a signed-in user later). */
export interface RevisionAuthority {
  holder: string;
}

/** Resolves to the authority, or throws an AppError: 401 with no credentials, 403 with wrong ones. */
export type RevisionAuthorizer = (request: Request, comparisonId: string) => Promise<RevisionAuthority>;

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

function missingKey(): AppError {
  return new AppError("edit-key-required", "Publishing a revision needs the comparison's edit key: send it as Authorization: Bearer <key>.", {
    headers: { "www-authenticate": 'Bearer realm="parallax"' },
  });
}

function wrongKey(): AppError {
  // One answer for an unknown comparison, a comparison without keys and a wrong key alike.
  return new AppError("edit-key-wrong", "That edit key does not open this comparison. Check the edit link you were given when it was made.");
}

/** The bearer key read from the Authorization header, or null when there is none. */
export function readBearerKey(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header?.trim()) return null;
  return BEARER.exec(header)?.[1] ?? "";
}

/** Edit keys: the bearer token must hash to one of the comparison's stored key hashes. */
export function createEditKeyAuthorizer(openStore: () => Promise<SqlDriver>): RevisionAuthorizer {
  return async (request, comparisonId) => {
    const key = readBearerKey(request);
    if (key === null) throw missingKey();
    if (!isEditKeyShaped(key)) throw wrongKey();
    const match = findMatchingKey(key, await listEditKeys(await openStore(), comparisonId));
    if (!match) throw wrongKey();
    return { holder: match.holder };
  };
}

export function authorizeRevision(
  request: Request,
  comparisonId: string,
  services: { openStore: () => Promise<SqlDriver>; authorizeRevision?: RevisionAuthorizer },
): Promise<RevisionAuthority> {
  return (services.authorizeRevision ?? createEditKeyAuthorizer(services.openStore))(request, comparisonId);
}

// Saves the open draft a moment after the family stops typing, one save at a time, and says so
// quietly at the top of the screen. Nothing is kept in the webview's storage.
import * as api from "./api.js";
import { t } from "./l10n.js";

/** How long after the last change a save starts: short enough that a crash loses under a second. */
const DELAY_MS = 700;

let timer = null;
let saving = Promise.resolve();
let dirty = false;

const status = () => document.getElementById("save-status");

function show(text, isError = false) {
  status().textContent = text;
  status().classList.toggle("error", isError);
}

/** Notes a change and saves soon. */
export function changed(app) {
  if (!app.draft) return;
  dirty = true;
  show(t("save-saving"));
  clearTimeout(timer);
  timer = setTimeout(() => flush(app), DELAY_MS);
}

/** Saves now if anything changed; resolves when every save so far is done. */
export function flush(app) {
  clearTimeout(timer);
  timer = null;
  if (dirty && app.draft) {
    dirty = false;
    const child = app.child !== null;
    const snapshot = structuredClone(child ? app.child : app.contribution);
    saving = saving.then(async () => {
      try {
        await (child ? api.draftSaveChild(snapshot) : api.draftSave(snapshot));
        if (!dirty) show(t("save-saved"));
      } catch (problem) {
        // Keep the change pending, so the next change or screen tries again.
        dirty = true;
        show(problem.message ?? t("error-unexpected"), true);
      }
    });
  }
  return saving;
}

/** Forgets any pending change (the draft was locked or closed) and clears the status. */
export function reset() {
  clearTimeout(timer);
  timer = null;
  dirty = false;
  show("");
}

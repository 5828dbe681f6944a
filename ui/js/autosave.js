// Saves the open draft a moment after the family stops typing, or while they type on, a little
// after the first change not yet saved; one save at a time, never holding up a key, and says so
// quietly at the top of the screen. Nothing is kept in the webview's storage. A save that fails
// (a full disk, say) keeps the change pending and tries again by itself.
import * as api from "./api.js";
import { t } from "./l10n.js";

/** How long after the last change a save starts: the core's pause in the typing, set by reset. */
let delayMs;
/** The longest a change waits for its save while the typing goes on: the core's, set by reset. */
let maxWaitMs;
/** How long after a failed save it is tried again, so freeing space is enough to save. */
const RETRY_MS = 5000;

let timer = null;
let saving = Promise.resolve();
let dirty = false;
/** When the first change not yet on its way to the disk was made (performance.now()), or null. */
let pendingSince = null;
/** Why the last save failed, in the family's words; null once a save has worked. */
let failure = null;
/** The id of what the app did about it (kept a draft or the window open), shown after it. */
let outcome = null;

const status = () => document.getElementById("save-status");

function show(text, isError = false) {
  status().textContent = text;
  status().classList.toggle("error", isError);
}

function showFailure() {
  show(outcome ? `${failure} ${t(outcome)}` : failure, true);
}

function later(app, ms) {
  clearTimeout(timer);
  timer = setTimeout(() => flush(app), ms);
}

/** Notes a change and saves after a pause in the typing, or once the first unsaved change has
 * waited the longest it may, whichever comes first. While saves are failing, the reason stays on
 * show. */
export function changed(app) {
  if (!app.draft) return;
  dirty = true;
  pendingSince ??= performance.now();
  if (failure === null) show(t("save-saving"));
  later(app, Math.min(delayMs, pendingSince + maxWaitMs - performance.now()));
}

/** Saves now if anything changed. Resolves to true when everything so far is saved, or false
 * when a save failed: the change is still pending, and the draft must stay open. */
export function flush(app) {
  clearTimeout(timer);
  timer = null;
  if (dirty && app.draft) {
    dirty = false;
    pendingSince = null;
    const child = app.child !== null;
    const snapshot = structuredClone(child ? app.child : app.contribution);
    saving = saving.then(async () => {
      try {
        await (child ? api.draftSaveChild(snapshot) : api.draftSave(snapshot));
        failure = null;
        outcome = null;
        if (!dirty) show(t("save-saved"));
      } catch (problem) {
        dirty = true;
        // Typing on tries again within the longest wait, as if the change had just been made.
        pendingSince ??= performance.now();
        failure = problem.message ?? t("error-unexpected");
        showFailure();
        later(app, RETRY_MS);
      }
    });
  }
  return saving.then(() => failure === null);
}

/** Says why the latest changes are not saved, followed by what the app did about it (the
 * message `id`: the draft stayed open, or the window did), until a save works. */
export function explainUnsaved(id) {
  outcome = id;
  showFailure();
}

/** Forgets any pending change (the draft was locked or closed) and clears the status; takes
 * the core's pause before a change saves itself, and its longest wait while the typing goes on. */
export function reset(delay, maxWait) {
  delayMs = delay;
  maxWaitMs = maxWait;
  clearTimeout(timer);
  timer = null;
  dirty = false;
  pendingSince = null;
  failure = null;
  outcome = null;
  show("");
}

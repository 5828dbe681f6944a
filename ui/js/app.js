// Starts the app and moves between screens. Screens render what the core sends.
import * as api from "./api.js";
import * as autosave from "./autosave.js";
import { cover, watchForHide } from "./cover.js";
import { stopIdle, watchIdle } from "./idle.js";
import { announceDisclosures, forgetTextAroundCursor, revealWholeFields } from "./dom.js";
import { watchPrintable } from "./printable.js";
import { currentLanguage, t, useScreenText } from "./l10n.js";
import { showWelcome } from "./screens/welcome.js";
import {
  showAsking,
  showChoosePassphrase,
  showFailed,
  showFirstStart,
  showLocked,
  showLost,
  showRecoveryCode,
} from "./screens/ways-in.js";
import { showAbout } from "./screens/about.js";
import { showPart } from "./screens/part.js";
import { showCheck } from "./screens/check.js";
import { showDone } from "./screens/done.js";
import { showNotes } from "./screens/notes.js";
import { showTimeline } from "./screens/timeline.js";
import { showGuide } from "./screens/guide.js";
import { showChild } from "./screens/child.js";
import { showInterpreter, showInterpreterStart } from "./screens/interpreter.js";

const screens = {
  welcome: showWelcome,
  "first-start": showFirstStart,
  locked: showLocked,
  "choose-passphrase": showChoosePassphrase,
  "recovery-code": showRecoveryCode,
  lost: showLost,
  failed: showFailed,
  asking: showAsking,
  about: showAbout,
  part: showPart,
  check: showCheck,
  done: showDone,
  notes: showNotes,
  timeline: showTimeline,
  guide: showGuide,
  child: showChild,
  "interpreter-start": showInterpreterStart,
  interpreter: showInterpreter,
};

/** The screen for each state of the drafts (the core's `Shelf`). */
const startScreens = {
  open: "welcome",
  "first-start": "first-start",
  locked: "locked",
  "choose-passphrase": "choose-passphrase",
  "recovery-code": "recovery-code",
  lost: "lost",
  failed: "failed",
  "asking-keychain": "asking",
};

/** How long the keychain may take before the screen says the computer is asking for its
 * password: long enough that an ordinary unlock never flashes it. */
const ASKING_AFTER_MS = 400;
/** Counts unlock attempts, so a slow keychain's late answer never replaces a screen the family
 * has moved on from (they unlocked with the passphrase meanwhile). */
let unlockAttempt = 0;

const sideScreens = new Set(["timeline", "guide"]);
/** The screen a draft was on when the drafts locked: a draft held because it could not be
 * saved comes back there. */
let heldAt = null;

const app = {
  /** The open draft's contribution; null on the start screens. */
  contribution: null,
  /** The open child's draft's views; null otherwise. */
  child: null,
  /** The screens of the child's journey for their band. */
  childJourney: null,
  /** The open draft's id and name; null on the start screens. */
  draft: null,
  /** What the core last said about the drafts. */
  shelf: null,
  parts: [],
  guide: null,
  /** Where the journey was before a side screen (timeline, guide) opened. */
  returnTo: ["welcome"],
  current: ["welcome"],
  /** Shows a screen: "welcome", "about", "part" (with its index), "check", "done", "timeline".
   * Settles once the screen is drawn (some screens ask the core first). */
  go(screen, arg) {
    autosave.flush(app);
    app.current = [screen, arg];
    showNav();
    return screens[screen](app, arg);
  },
  /** Opens a side screen (timeline, guide), remembering where to come back to. */
  visit(screen, arg) {
    if (!sideScreens.has(app.current[0])) app.returnTo = app.current;
    app.go(screen, arg);
  },
  /** Notes a change the screen made to the contribution without a form event; saves soon. */
  changed() {
    autosave.changed(app);
  },
  /** The start screen the review was opened from, to go back to. */
  reviewFrom: ["welcome"],
  /** The language an interpreter is reviewing, to come back to. */
  reviewing: null,
  /** Asks for the screens' words again, e.g. after a sign-off ended the "not yet checked" note. */
  async refreshWords() {
    await loadWords(await api.screenText());
  },
  /** Goes back from a side screen. */
  back() {
    app.go(...app.returnTo);
  },
  /** Shows the start screen the core describes, closing any open draft; or, after an unlock,
   * the draft held at the lock because it could not be saved, which then tries again. */
  showStart({ shelf, reopen, idleLockSeconds, autosaveDelayMs, autosaveMaxWaitMs }) {
    autosave.reset(autosaveDelayMs, autosaveMaxWaitMs);
    app.draft = null;
    app.contribution = null;
    app.child = null;
    app.shelf = shelf;
    if (shelf.state === "open") watchIdle(idleLockSeconds, () => app.lock());
    else stopIdle();
    if (reopen) {
      // Back where the family was when it locked, where this page still knows it.
      const at = heldAt;
      heldAt = null;
      return app.openDraft(reopen).then(() => {
        if (at && at[0] !== "about") app.go(...at);
        app.changed();
      });
    }
    return app.go(startScreens[shelf.state]);
  },
  /** Opens a draft the core sent ({ id, label, kind, body }) at its first page, in the
   * language it was written in: a parent's contribution, or a child's own views. */
  async openDraft({ id, label, kind, body }) {
    app.draft = { id, label, kind };
    app.contribution = kind === "parent" ? body : null;
    app.child = kind === "child" ? body : null;
    if (body.language !== currentLanguage()) await useLanguage(body.language);
    if (kind === "child") {
      app.childJourney = await api.childSteps(app.child);
      app.go("child", 0);
    } else {
      app.go("about");
    }
  },
  /** Opens the drafts as the core says (the keychain, or the screen that asks for more). The
   * keychain may put up the computer's own password prompt: after a moment the screen says so,
   * and offers the passphrase where there is one. */
  async unlock() {
    const attempt = ++unlockAttempt;
    let answered = false;
    const waiting = setTimeout(async () => {
      const asking = await api.draftsAsking();
      if (!answered && attempt === unlockAttempt) app.showStart(asking);
    }, ASKING_AFTER_MS);
    const start = await api.draftsStart();
    answered = true;
    clearTimeout(waiting);
    if (attempt === unlockAttempt) await app.showStart(start);
  },
  /** Another way in was taken: a late answer from `unlock` is dropped. */
  cancelUnlock() {
    unlockAttempt += 1;
  },
  /** Saves what is pending, then goes back to the list of drafts; stays while it cannot save. */
  async toStart() {
    if (!(await autosave.flush(app))) return autosave.explainUnsaved("save-kept-open");
    await app.showStart(await api.draftsStart());
  },
  /** Saves what is pending, then locks: the key leaves memory, and the open draft with it. A
   * change that cannot be saved (a full disk) goes to the core, which holds it until the next
   * unlock; nothing stays in the page. Where only the passphrase opens the drafts the page is
   * then loaded afresh, so nothing the family typed is left in it; `covered` keeps the blank
   * cover up across that. */
  async lock(covered = false) {
    if (app.draft) heldAt = app.current;
    await autosave.flush(app);
    const start = await api.draftsLock();
    if (start.shelf.state === "locked" && !start.shelf.keychain) {
      await forgetTextAroundCursor(covered ? document.getElementById("cover") : document.body);
      window.location.replace(covered ? "index.html?covered" : "index.html");
      return;
    }
    await app.showStart(start);
  },
};

/** Closing the window first saves what is pending. If that fails the window stays open once and
 * says why; closing it again closes it. An unexpected error never keeps it open. */
function saveBeforeClosing() {
  let warned = false;
  window.__TAURI__.window.getCurrentWindow().onCloseRequested(async (event) => {
    try {
      if ((await autosave.flush(app)) || warned) return;
    } catch {
      return;
    }
    event.preventDefault();
    warned = true;
    autosave.explainUnsaved("save-close-again");
  });
}

function showNav() {
  const open = app.shelf?.state === "open";
  document.getElementById("nav-drafts").hidden = !app.draft;
  document.getElementById("nav-timeline").hidden = !app.contribution;
  const lock = document.getElementById("nav-lock");
  lock.hidden = !open;
  // Where the drafts open without asking, the button only closes them: it says so.
  const label = app.shelf?.opensWithoutAsking ? "nav-lock-keychain" : "nav-lock";
  lock.dataset.l10nId = label;
  lock.textContent = t(label);
}

/** Loads the words and questions of the screens' language. */
async function loadWords(text) {
  useScreenText(text);
  app.parts = await api.journey();
  app.guide = await api.guide();
}

/** Switches every screen to another language; nothing typed is lost, and the open draft's
 * questions (and PDF) follow. */
async function useLanguage(tag) {
  await loadWords(await api.setLanguage(tag));
  const body = app.contribution ?? app.child;
  if (body && body.language !== tag) {
    body.language = tag;
    app.changed();
  }
  if (app.child) app.childJourney = await api.childSteps(app.child);
}

async function start() {
  await loadWords(await api.screenText());
  const chooser = document.getElementById("language");
  const screen = document.getElementById("screen");
  chooser.addEventListener("change", async () => {
    // Tells assistive technology (and the end-to-end tests) the screen is being redrawn.
    screen.setAttribute("aria-busy", "true");
    try {
      await useLanguage(chooser.value);
      // The list of drafts is asked for again so its dates are in the new language too.
      if (app.shelf?.state === "open" && !app.draft) await app.toStart();
      else await app.go(...app.current);
    } finally {
      screen.removeAttribute("aria-busy");
    }
  });
  document.getElementById("nav-timeline").addEventListener("click", () => app.visit("timeline"));
  document.getElementById("nav-guide").addEventListener("click", () => app.visit("guide"));
  document.getElementById("nav-drafts").addEventListener("click", () => app.toStart());
  document.getElementById("nav-lock").addEventListener("click", () => app.lock());
  watchForHide(() => app.lock(true), await api.quickHideKeys());
  // Loaded afresh after a quick exit: the cover stays up until "Continue".
  if (new URLSearchParams(window.location.search).has("covered")) cover();
  saveBeforeClosing();
  for (const event of ["input", "change"]) screen.addEventListener(event, () => app.changed());
  watchPrintable(screen);
  revealWholeFields();
  announceDisclosures();
  await app.unlock();
}

start();

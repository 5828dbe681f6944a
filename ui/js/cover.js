// Quick hide: Escape twice, Shift three times, or the Hide button blanks the window at once and
// locks the drafts. "Continue" on the cover shows the locked screen, never the draft: a change
// that could not be saved (a full disk) waits in the core until the drafts are unlocked.
//
// Only presses of the key on its own count, so typing never hides the screen: any other key in
// between (the "O" of "OK", the Tab of Shift+Tab), a key held with Ctrl, Alt or the system key,
// and a key's own repeat while held down all start the count again.

/** How many presses of each key alone hide the screen, and how close together (ms) they count
 * as one gesture: the core's rule for this system (`system::quick_hide`). */
let presses = {};
let gestureMs = 0;

let recent = [];

/** Whether a key press counts towards the gesture, and the count so far. */
function counts(event) {
  const key = event.key;
  if (!Object.hasOwn(presses, key) || event.repeat || event.ctrlKey || event.altKey || event.metaKey) {
    recent = [];
    return false;
  }
  const now = performance.now();
  recent = recent.filter((press) => press.key === key && now - press.at < gestureMs);
  recent.push({ key, at: now });
  return recent.length >= presses[key];
}

/** While the cover is up nothing behind it can be reached, by Tab or by a screen reader. */
function behind(inert) {
  for (const node of document.querySelectorAll("header.masthead, #translation-note, #screen")) node.inert = inert;
}

/** Blanks the window at once: a plain page on top, and the screen emptied beneath it. */
export function cover() {
  document.getElementById("cover").hidden = false;
  document.getElementById("screen").replaceChildren();
  behind(true);
  document.getElementById("uncover").focus();
}

/** Watches for the gesture `rule` (the core's `quick_hide_keys`); `lock` is called after the
 * window is already blank. */
export function watchForHide(lock, rule) {
  presses = Object.fromEntries(rule.keys.map(({ key, presses: count }) => [key, count]));
  gestureMs = rule.gestureMs;
  const hide = () => {
    // Blank first, in this same event: nothing of the screen stays visible for a frame.
    cover();
    lock();
  };
  window.addEventListener(
    "keydown",
    (event) => {
      if (counts(event)) {
        recent = [];
        hide();
      }
    },
    { capture: true },
  );
  document.getElementById("nav-hide").addEventListener("click", hide);
  document.getElementById("uncover").addEventListener("click", () => {
    behind(false);
    document.getElementById("cover").hidden = true;
    document.querySelector("#screen h1")?.focus();
  });
}

// Quick hide: Escape twice, Shift three times, or the Hide button blanks the window at once and
// locks the drafts. Coming back shows the locked screen, so the drafts must be unlocked again
// (unless the latest changes could not be saved: then the draft waits behind the cover).

/** Presses closer together than this count as one gesture. */
const GESTURE_MS = 800;

let recent = [];

/** Blanks the window at once: a plain page on top, and the screen emptied beneath it. */
export function cover() {
  document.getElementById("cover").hidden = false;
  document.getElementById("screen").replaceChildren();
  document.getElementById("uncover").focus();
}

/** Watches for the gesture; `lock` is called after the window is already blank. */
export function watchForHide(lock) {
  const hide = () => {
    // Blank first, in this same event: nothing of the screen stays visible for a frame.
    cover();
    lock();
  };
  window.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" && event.key !== "Shift") return;
      const now = performance.now();
      recent = recent.filter((press) => press.key === event.key && now - press.at < GESTURE_MS);
      recent.push({ key: event.key, at: now });
      if ((event.key === "Escape" && recent.length >= 2) || (event.key === "Shift" && recent.length >= 3)) {
        recent = [];
        hide();
      }
    },
    { capture: true },
  );
  document.getElementById("nav-hide").addEventListener("click", hide);
  document.getElementById("uncover").addEventListener("click", () => {
    document.getElementById("cover").hidden = true;
  });
}

// Locks the drafts when nobody has pressed a key or moved the pointer for a while.
let timer = null;
let limitMs = 0;
let onIdle = null;

function restart() {
  clearTimeout(timer);
  if (onIdle && limitMs > 0) timer = setTimeout(onIdle, limitMs);
}

/** Calls `callback` after `seconds` without activity; counting starts again on every activity. */
export function watchIdle(seconds, callback) {
  limitMs = seconds * 1000;
  onIdle = callback;
  restart();
}

/** Stops watching (the drafts are already locked). */
export function stopIdle() {
  clearTimeout(timer);
  onIdle = null;
}

for (const event of ["keydown", "pointerdown", "pointermove", "wheel", "input"]) {
  window.addEventListener(event, restart, { passive: true, capture: true });
}

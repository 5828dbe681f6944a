// Starts the app and moves between screens. Screens render what the core sends.
import * as api from "./api.js";
import { useScreenText } from "./l10n.js";
import { newContribution } from "./model.js";
import { showWelcome } from "./screens/welcome.js";
import { showAbout } from "./screens/about.js";
import { showPart } from "./screens/part.js";
import { showReview } from "./screens/review.js";
import { showDone } from "./screens/done.js";
import { showTimeline } from "./screens/timeline.js";
import { showGuide } from "./screens/guide.js";

const screens = {
  welcome: showWelcome,
  about: showAbout,
  part: showPart,
  review: showReview,
  done: showDone,
  timeline: showTimeline,
  guide: showGuide,
};

const sideScreens = new Set(["timeline", "guide"]);

const app = {
  contribution: null,
  parts: [],
  guide: null,
  /** Where the journey was before a side screen (timeline, guide) opened. */
  returnTo: ["welcome"],
  current: ["welcome"],
  /** Shows a screen: "welcome", "about", "part" (with its index), "review", "done", "timeline". */
  go(screen, arg) {
    app.current = [screen, arg];
    screens[screen](app, arg);
  },
  /** Opens a side screen (timeline, guide), remembering where to come back to. */
  visit(screen, arg) {
    if (!sideScreens.has(app.current[0])) app.returnTo = app.current;
    app.go(screen, arg);
  },
  /** Goes back from a side screen. */
  back() {
    app.go(...app.returnTo);
  },
};

async function start() {
  const text = await api.screenText();
  useScreenText(text);
  app.parts = await api.journey();
  app.guide = await api.guide();
  app.contribution = newContribution(text.lang);
  document.getElementById("nav-timeline").addEventListener("click", () => app.visit("timeline"));
  document.getElementById("nav-guide").addEventListener("click", () => app.visit("guide"));
  app.go("welcome");
}

start();

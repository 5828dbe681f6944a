// Starts the app and moves between screens. Screens render what the core sends.
import * as api from "./api.js";
import { useScreenText } from "./l10n.js";
import { newContribution } from "./model.js";
import { showWelcome } from "./screens/welcome.js";
import { showAbout } from "./screens/about.js";
import { showPart } from "./screens/part.js";
import { showReview } from "./screens/review.js";
import { showDone } from "./screens/done.js";

const app = {
  contribution: null,
  parts: [],
  /** Shows a screen: "welcome", "about", "part" (with its index), "review" or "done". */
  go(screen, arg) {
    const screens = { welcome: showWelcome, about: showAbout, part: showPart, review: showReview, done: showDone };
    screens[screen](app, arg);
  },
};

async function start() {
  const text = await api.screenText();
  useScreenText(text);
  app.parts = await api.journey();
  app.contribution = newContribution(text.lang);
  app.go("welcome");
}

start();

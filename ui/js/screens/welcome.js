import { focusHeading, showTemplate } from "../dom.js";
import { termList } from "./guide.js";

export function showWelcome(app) {
  const root = showTemplate("welcome");
  root.querySelector(".first-words-title").textContent = app.guide.glossaryTitle;
  root.querySelector(".first-words").replaceChildren(...termList(app.guide.firstWords));
  root.querySelector("#more-words").addEventListener("click", () => app.visit("guide"));
  root.querySelector("#start").addEventListener("click", () => app.go("about"));
  focusHeading(root);
}

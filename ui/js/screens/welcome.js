import { focusHeading, showTemplate } from "../dom.js";

export function showWelcome(app) {
  const root = showTemplate("welcome");
  root.querySelector("#start").addEventListener("click", () => app.go("about"));
  focusHeading(root);
}

// "Check your answers": everything the family wrote, in the words the PDF will use, with a way
// back to each part. (The interpreters' review is screens/interpreter.js.)
import * as api from "../api.js";
import { el, focusHeading, makesPdf, showTemplate } from "../dom.js";
import { t } from "../l10n.js";

export async function showCheck(app) {
  const summary = await api.summary(app.contribution);
  const root = showTemplate("check");
  const area = root.querySelector(".summary");

  area.append(section("about", summary.aboutHeading, () => app.go("about"), factList(summary.about)));
  if (summary.next.length > 0) {
    const more = () => app.visit("timeline");
    area.append(section("next", summary.nextHeading, more, factList(summary.next), t("nav-timeline")));
  }
  summary.parts.forEach((part, index) => {
    const items = el("dl", { className: "answers" });
    for (const item of part.items) {
      items.append(
        el("dt", { text: item.question }),
        item.answer === null
          ? el("dd", { className: "not-answered", text: t("check-not-answered") })
          : el("dd", { className: "answer", text: item.answer }),
      );
    }
    area.append(section(part.id, part.title, () => app.go("part", index), items));
  });

  const status = root.querySelector(".status");
  const make = root.querySelector("#make-pdf");
  root.querySelector("#back").addEventListener("click", () => app.go("part", app.parts.length - 1));
  makesPdf(app, make, status, () => api.makePdf(app.contribution));
  focusHeading(root);
}

function section(id, title, action, body, actionLabel = t("check-change")) {
  const headingId = `check-${id}`;
  const button = el("button", { type: "button", className: "link", "aria-describedby": headingId, text: actionLabel });
  button.addEventListener("click", action);
  return el(
    "section",
    { className: "check-part" },
    el("div", { className: "check-head" }, el("h2", { id: headingId, text: title }), button),
    body,
  );
}

function factList(facts) {
  const list = el("dl", { className: "facts" });
  for (const fact of facts) list.append(el("dt", { text: fact.label }), el("dd", { text: fact.value }));
  return list;
}

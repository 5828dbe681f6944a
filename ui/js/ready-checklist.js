// The checklist for a video or phone meeting. Which items show, and their words, come from the
// core (meeting_checklist); this only draws them and keeps the family's ticks in the draft.
//
// It is drawn in two places, both asking the core, so the ticks are the same wherever they are
// made: on the practical page just under "How will it happen?", the moment the family says video,
// phone or a mix (that is when they learn they will join from home); and on the guide page under
// the section about video and phone meetings, where a family reading about the day will look.
import * as api from "./api.js";
import { el } from "./dom.js";

/** Draws the checklist into `box`, or hides the box when there is none (in person, not sure, or
 *  no draft open). `idPrefix` keeps the checkboxes' ids unique on the page. */
export async function renderChecklist(box, app, idPrefix = "ready") {
  const contribution = app.contribution;
  const list = contribution ? await api.meetingChecklist(contribution) : null;
  box.hidden = list === null;
  if (list === null) {
    box.replaceChildren();
    return;
  }
  const items = list.items.map((item) => {
    const id = `${idPrefix}-${item.id}`;
    const box = el("input", { type: "checkbox", id, "data-ready": item.id, checked: item.ticked });
    box.addEventListener("change", () => {
      const ticks = new Set(contribution.readyTicks ?? []);
      if (box.checked) ticks.add(item.id);
      else ticks.delete(item.id);
      contribution.readyTicks = [...ticks].sort();
      app.changed();
    });
    return el("li", {}, box, " ", el("label", { for: id, text: item.text }));
  });
  const headingId = `${idPrefix}-title`;
  box.setAttribute("aria-labelledby", headingId);
  box.replaceChildren(
    el("h2", { id: headingId, text: list.title }),
    el("p", { className: "hint", text: list.intro }),
    el("ul", { className: "ready-items" }, ...items),
  );
}

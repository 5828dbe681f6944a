// A drawing canvas for children: mouse, touch or pen; a few colours, a rubber, undo and start
// again. What is drawn is handed back as a PNG data URL after every stroke.

const COLOURS = [
  ["black", "#1c1d1f"],
  ["red", "#d2372b"],
  ["blue", "#1f5fbf"],
  ["green", "#2e8b3a"],
  ["yellow", "#f2b705"],
];

/**
 * Makes `canvas` drawable. `start` is a saved PNG data URL (or null); `onChange(dataUrl)` is
 * called after each stroke, undo or clear (null when the drawing is empty again).
 */
export function drawingCanvas(root, { start, onChange, label }) {
  const canvas = root.querySelector("canvas");
  const ctx = canvas.getContext("2d");
  const palette = root.querySelector(".palette");
  let colour = COLOURS[0][1];
  let base = null;
  const strokes = [];
  let current = null;

  const paint = () => {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    if (base) ctx.drawImage(base, 0, 0, canvas.width, canvas.height);
    for (const stroke of strokes) drawStroke(stroke);
  };
  const drawStroke = ({ colour: c, width, points }) => {
    ctx.strokeStyle = c;
    ctx.lineWidth = width;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.beginPath();
    points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    if (points.length === 1) ctx.lineTo(points[0][0] + 0.1, points[0][1]);
    ctx.stroke();
  };
  const changed = () => onChange(base || strokes.length > 0 ? canvas.toDataURL("image/png") : null);

  for (const [name, value] of [...COLOURS, ["eraser", "#ffffff"]]) {
    const id = name === "eraser" ? "child-draw-eraser" : `child-colour-${name}`;
    const button = document.createElement("button");
    button.type = "button";
    button.className = `swatch swatch-${name}`;
    button.dataset.colour = value;
    button.setAttribute("aria-label", label(id));
    button.setAttribute("aria-pressed", String(value === colour));
    if (name === "eraser") button.textContent = label(id);
    else button.style.background = value;
    button.addEventListener("click", () => {
      colour = value;
      for (const b of palette.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b === button));
    });
    palette.append(button);
  }

  const at = (event) => {
    const box = canvas.getBoundingClientRect();
    return [((event.clientX - box.left) * canvas.width) / box.width, ((event.clientY - box.top) * canvas.height) / box.height];
  };
  canvas.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    current = { colour, width: colour === "#ffffff" ? 54 : 14, points: [at(event)] };
    strokes.push(current);
    paint();
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!current) return;
    current.points.push(at(event));
    paint();
  });
  const end = () => {
    if (!current) return;
    current = null;
    changed();
  };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
  root.querySelector(".tool-undo").addEventListener("click", () => {
    strokes.pop();
    paint();
    changed();
  });
  root.querySelector(".tool-clear").addEventListener("click", () => {
    strokes.length = 0;
    base = null;
    paint();
    changed();
  });

  paint();
  if (start) {
    const image = new Image();
    image.onload = () => {
      base = image;
      paint();
    };
    image.src = start;
  }
}

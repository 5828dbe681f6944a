// A drawing canvas for children: mouse, touch or pen; a few colours, a rubber, undo and start
// again. Pictures (a sun, a heart, a house, a person) go where the child clicks or taps, or, with
// the keyboard alone, where they move a cursor with the arrow keys and press Enter or Space: no
// dragging needed (WCAG 2.5.7). What is drawn is handed back as a PNG data URL after every change.

const COLOURS = [
  ["black", "#1c1d1f"],
  ["red", "#d2372b"],
  ["blue", "#1f5fbf"],
  ["green", "#2e8b3a"],
  ["yellow", "#f2b705"],
];

const STAMPS = ["sun", "heart", "house", "person"];
/** How big a picture is on the 1200 × 840 canvas, and how far one arrow key moves the cursor. */
const STAMP_SIZE = 170;
const STEP = 40;

/** Draws picture `name`, centred on (x, y), `size` across. Used for the drawing and its buttons. */
export function drawStamp(ctx, name, x, y, size) {
  const u = size / 100;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(u, u);
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  if (name === "sun") {
    ctx.strokeStyle = "#e08a00";
    ctx.lineWidth = 7;
    for (let i = 0; i < 8; i += 1) {
      const a = (i * Math.PI) / 4;
      ctx.beginPath();
      ctx.moveTo(Math.cos(a) * 34, Math.sin(a) * 34);
      ctx.lineTo(Math.cos(a) * 48, Math.sin(a) * 48);
      ctx.stroke();
    }
    ctx.fillStyle = "#f2b705";
    ctx.beginPath();
    ctx.arc(0, 0, 27, 0, Math.PI * 2);
    ctx.fill();
  } else if (name === "heart") {
    ctx.fillStyle = "#d2372b";
    ctx.beginPath();
    ctx.moveTo(0, 40);
    ctx.bezierCurveTo(-30, 18, -48, 2, -48, -16);
    ctx.bezierCurveTo(-48, -34, -34, -44, -22, -44);
    ctx.bezierCurveTo(-10, -44, -3, -36, 0, -28);
    ctx.bezierCurveTo(3, -36, 10, -44, 22, -44);
    ctx.bezierCurveTo(34, -44, 48, -34, 48, -16);
    ctx.bezierCurveTo(48, 2, 30, 18, 0, 40);
    ctx.fill();
  } else if (name === "house") {
    ctx.fillStyle = "#fdf3e3";
    ctx.strokeStyle = "#1c1d1f";
    ctx.lineWidth = 5;
    ctx.fillRect(-34, -8, 68, 52);
    ctx.strokeRect(-34, -8, 68, 52);
    ctx.fillStyle = "#b8492f";
    ctx.beginPath();
    ctx.moveTo(-46, -6);
    ctx.lineTo(0, -46);
    ctx.lineTo(46, -6);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = "#1f5fbf";
    ctx.fillRect(-9, 14, 18, 30);
  } else if (name === "person") {
    ctx.strokeStyle = "#1f5fbf";
    ctx.lineWidth = 9;
    ctx.beginPath();
    ctx.moveTo(0, -14);
    ctx.lineTo(0, 18);
    ctx.moveTo(-28, -2);
    ctx.lineTo(28, -2);
    ctx.moveTo(0, 18);
    ctx.lineTo(-20, 46);
    ctx.moveTo(0, 18);
    ctx.lineTo(20, 46);
    ctx.stroke();
    ctx.fillStyle = "#f0c39a";
    ctx.strokeStyle = "#1c1d1f";
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.arc(0, -30, 15, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Makes `canvas` drawable. `start` is a saved PNG data URL (or null); `onChange(dataUrl)` is
 * called after each stroke, undo or clear (null when the drawing is empty again).
 */
export function drawingCanvas(root, { start, onChange, label }) {
  const canvas = root.querySelector("canvas.canvas");
  canvas.setAttribute("aria-label", label("child-draw-canvas"));
  const ctx = canvas.getContext("2d");
  const palette = root.querySelector(".palette");
  const stamps = root.querySelector(".stamps");
  let colour = COLOURS[0][1];
  // The picture chosen, or null while drawing with a colour or the rubber.
  let stamp = null;
  let base = null;
  // Strokes and pictures, oldest first: undo takes the newest away.
  const strokes = [];
  let current = null;
  // Where the keyboard puts a picture; shown only while the canvas has the focus.
  const cursor = [canvas.width / 2, canvas.height / 2];
  let showCursor = false;

  const paint = () => {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    if (base) ctx.drawImage(base, 0, 0, canvas.width, canvas.height);
    for (const mark of strokes) {
      if (mark.stamp) drawStamp(ctx, mark.stamp, mark.x, mark.y, STAMP_SIZE);
      else drawStroke(mark);
    }
    if (showCursor) drawCursor();
  };
  const drawCursor = () => {
    const [x, y] = cursor;
    if (stamp) {
      ctx.globalAlpha = 0.4;
      drawStamp(ctx, stamp, x, y, STAMP_SIZE);
      ctx.globalAlpha = 1;
    }
    // A ring in black and white, seen on any colour beneath.
    for (const [c, w] of [["#ffffff", 12], ["#1c1d1f", 5]]) {
      ctx.strokeStyle = c;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.arc(x, y, 22, 0, Math.PI * 2);
      ctx.moveTo(x - 36, y);
      ctx.lineTo(x + 36, y);
      ctx.moveTo(x, y - 36);
      ctx.lineTo(x, y + 36);
      ctx.stroke();
    }
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
  // The saved picture never holds the keyboard's cursor.
  const changed = () => {
    const shown = showCursor;
    showCursor = false;
    paint();
    const png = base || strokes.length > 0 ? canvas.toDataURL("image/png") : null;
    showCursor = shown;
    if (shown) paint();
    onChange(png);
  };
  const choose = (button) => {
    for (const b of root.querySelectorAll(".palette button, .stamps button")) b.setAttribute("aria-pressed", String(b === button));
  };

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
      stamp = null;
      choose(button);
      paint();
    });
    palette.append(button);
  }
  for (const name of STAMPS) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `stamp stamp-${name}`;
    button.dataset.stamp = name;
    button.setAttribute("aria-pressed", "false");
    const icon = document.createElement("canvas");
    icon.width = 96;
    icon.height = 96;
    icon.setAttribute("aria-hidden", "true");
    drawStamp(icon.getContext("2d"), name, 48, 48, 86);
    const words = document.createElement("span");
    words.textContent = label(`child-stamp-${name}`);
    button.append(icon, words);
    button.addEventListener("click", () => {
      stamp = name;
      choose(button);
      paint();
    });
    stamps.append(button);
  }
  const place = (x, y) => {
    strokes.push({ stamp, x, y });
    paint();
    changed();
  };

  const at = (event) => {
    const box = canvas.getBoundingClientRect();
    return [((event.clientX - box.left) * canvas.width) / box.width, ((event.clientY - box.top) * canvas.height) / box.height];
  };
  canvas.addEventListener("pointerdown", (event) => {
    // A picture goes in on the click, so a press can still be taken back by moving away first.
    if (stamp) return;
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
  canvas.addEventListener("click", (event) => {
    if (!stamp) return;
    const [x, y] = at(event);
    cursor[0] = x;
    cursor[1] = y;
    place(x, y);
  });
  canvas.addEventListener("keydown", (event) => {
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (moves[event.key]) {
      const [dx, dy] = moves[event.key];
      cursor[0] = Math.min(canvas.width, Math.max(0, cursor[0] + dx * STEP));
      cursor[1] = Math.min(canvas.height, Math.max(0, cursor[1] + dy * STEP));
    } else if (event.key === "Enter" || event.key === " ") {
      // With a colour chosen, the keys put a dot of it there.
      if (stamp) place(cursor[0], cursor[1]);
      else {
        strokes.push({ colour, width: colour === "#ffffff" ? 54 : 14, points: [[...cursor]] });
        paint();
        changed();
      }
    } else return;
    event.preventDefault();
    paint();
  });
  canvas.addEventListener("focus", () => {
    showCursor = true;
    paint();
  });
  canvas.addEventListener("blur", () => {
    showCursor = false;
    paint();
  });
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

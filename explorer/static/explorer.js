// The pages read without this script. It adds three things: copy buttons,
// ages and countdowns that tick, and, on pages whose data is still moving,
// a refresh of the page's content every few seconds (kept while the user
// selects text). It never builds HTML from data: refreshed content is the
// server's own escaped page, parsed and moved in as nodes.
"use strict";
document.documentElement.classList.add("js");

document.addEventListener("click", (ev) => {
  const b = ev.target.closest("button.copy");
  if (!b || !navigator.clipboard) return;
  navigator.clipboard.writeText(b.dataset.copy).then(() => {
    b.classList.add("copied");
    b.textContent = "copied";
    setTimeout(() => { b.classList.remove("copied"); b.textContent = "copy"; }, 1200);
  });
});

function span(s) {
  s = Math.floor(s);
  if (s < 60) return s + " s";
  if (s < 3600) return Math.floor(s / 60) + " min" + (s % 60 ? " " + (s % 60) + " s" : "");
  if (s < 86400) return Math.floor(s / 3600) + " h" + (Math.floor(s % 3600 / 60) ? " " + Math.floor(s % 3600 / 60) + " min" : "");
  return Math.floor(s / 86400) + " d" + (Math.floor(s % 86400 / 3600) ? " " + Math.floor(s % 86400 / 3600) + " h" : "");
}

function tick() {
  const now = Date.now() / 1000;
  for (const el of document.querySelectorAll("[data-since]")) {
    const d = now - Number(el.dataset.since);
    el.textContent = d < 1 ? "just now" : span(d) + " ago";
  }
  for (const el of document.querySelectorAll("[data-until]")) {
    const d = Number(el.dataset.until) - now;
    el.textContent = d > 0 ? span(d) + " left" : "over";
  }
}
setInterval(tick, 1000);

const every = Number(document.body.dataset.refresh || 0);
if (every > 0) {
  setInterval(async () => {
    if (document.hidden || String(window.getSelection())) return;
    try {
      const res = await fetch(location.href, { credentials: "same-origin" });
      if (!res.ok) return;
      const doc = new DOMParser().parseFromString(await res.text(), "text/html");
      for (const id of ["main", "heads"]) {
        const fresh = doc.getElementById(id), old = document.getElementById(id);
        if (fresh && old) old.replaceChildren(...fresh.childNodes);
      }
      if (!doc.body.dataset.refresh) delete document.body.dataset.refresh;
      tick();
    } catch (e) { /* the next round tries again */ }
  }, every * 1000);
}

// The sources page: test a source, disable or enable it, add one, each through the
// JSON API; then the server draws the page again (its HTML, escaped there) in place.
// What only the browser shows — a test's result, the config's refusal of a new
// source — is put in as text, never as HTML.

import { ApiError, api, busy, t, toast } from "./desk.js";

const page = () => document.getElementById("sources");
const sourcePath = (id) => `/api/v1/sources/${encodeURIComponent(id)}`;

/** The page as the server draws it now, put in place of the old one. */
async function redraw() {
  const response = await fetch(location.href, { credentials: "same-origin" });
  const fresh = new DOMParser()
    .parseFromString(await response.text(), "text/html")
    .getElementById("sources");
  if (fresh) page().replaceWith(document.adoptNode(fresh));
  showAddress();
}

/** A time the API gives (ISO, UTC) as the page shows its others: "2026-05-14 11:00"
 * in the desk's zone, not the browser's. */
function inZone(iso) {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: page().dataset.zone, year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });
  const part = Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** What one fetch of a source gave, in words. */
function reportText(report) {
  if (report.outcome === "failed") return t("sources.test_failed", { error: report.error_said || report.error || "" });
  if (report.outcome === "not_modified") return t("sources.test_unchanged");
  let text = t("sources.test_ok", { count: report.entries });
  if (report.newest) text += " " + t("sources.test_newest", { when: inZone(report.newest) });
  for (const warning of report.warnings || []) text += " " + warning;
  return text;
}

async function test(button) {
  const source = button.closest("li.source");
  const out = source.querySelector(".test-result");
  out.hidden = false;
  out.classList.remove("error-text", "ok-text");
  out.textContent = t("sources.testing");
  await busy(button, async () => {
    try {
      const report = await api("POST", `${sourcePath(source.dataset.source)}/test`);
      out.textContent = reportText(report);
      out.classList.add(report.outcome === "failed" ? "error-text" : "ok-text");
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      out.textContent = t("sources.test_failed", { error: err.message });
      out.classList.add("error-text");
    }
  });
}

async function toggle(button) {
  const source = button.closest("li.source");
  const enabled = source.dataset.enabled !== "true";
  const name = source.dataset.name;
  await busy(button, async () => {
    await api("PATCH", sourcePath(source.dataset.source), { enabled });
    await redraw();
    toast(t(enabled ? "sources.enabled_done" : "sources.disabled_done", { name }));
  });
}

/** The add form's address field, named for the chosen kind (`url`, `route`...). */
function showAddress() {
  const form = document.getElementById("add-source");
  if (!form) return;
  const key = form.elements.kind.selectedOptions[0]?.dataset.address || "";
  const field = form.querySelector(".field.address");
  field.hidden = !key;
  field.querySelector(".address-key").textContent = key;
  form.elements.address.placeholder = key === "url" ? "https://" : "";
}

/** Lines put in a box of the form (as text) and shown. */
function showLines(box, lines) {
  box.querySelector("ul").replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }),
  );
  box.hidden = false;
}

async function add(form) {
  const value = (name) => String(form.elements[name].value || "").trim();
  const key = form.elements.kind.selectedOptions[0]?.dataset.address || "";
  const body = { kind: value("kind"), id: value("id"), name: value("name") };
  if (key && value("address")) body[key] = value("address");
  if (form.elements.allow_private_addresses.checked) body.allow_private_addresses = true;
  form.querySelector(".refused").hidden = true;
  form.querySelector(".added-notes").hidden = true;
  const button = form.querySelector('button[type="submit"]');
  await busy(button, async () => {
    let added;
    try {
      added = await api("POST", "/api/v1/sources", body);
    } catch (err) {
      // 400: the config refused it; 409: the id is a source's already.
      if (!(err instanceof ApiError) || (err.status !== 400 && err.status !== 409)) throw err;
      const problems = err.body && err.body.problems;
      showLines(form.querySelector(".refused"), problems && problems.length ? problems : [err.message]);
      return;
    }
    await redraw();
    const name = body.name || body.id;
    const notes = added.notes_said;
    if (!notes.length) {
      toast(t("sources.added", { name }));
      return;
    }
    // What its fetches will meet stays on the page (a toast goes before it is read).
    const box = document.querySelector("#add-source .added-notes");
    box.querySelector("p").textContent = t("sources.added_notes", { name });
    showLines(box, notes);
  });
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("li.source button");
  if (!button) return;
  if (button.classList.contains("test")) test(button);
  else if (button.classList.contains("toggle")) toggle(button);
});

document.addEventListener("change", (event) => {
  if (event.target.matches("#add-source select[name=kind]")) showAddress();
});

document.addEventListener("submit", (event) => {
  // Not `event.target.id`: the form's field named "id" stands in that property's place.
  if (!event.target.matches("form#add-source")) return;
  event.preventDefault();
  add(event.target);
});

showAddress();

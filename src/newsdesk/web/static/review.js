// The review desk: each editor's action goes to the JSON API, then the page is drawn
// again by the server (its HTML, escaped there) in place, keeping the story in hand.
// What only the browser draws — the verifier's answer, the run's progress, a diff — is
// built from the API's JSON as text nodes.

import { api, busy, el, label, shortcut, t, toast } from "./desk.js";

const desk = () => document.getElementById("desk");
const digest = () => desk().dataset.digest;
// the digest as its editors know it: "AI 日报 (ai-ribao)", its key alone when it has no other title
const titled = () => {
  const title = desk().dataset.title;
  return title && title !== digest() ? `${title} (${digest()})` : digest();
};
const day = () => desk().dataset.day;
const edition = () =>
  `/api/v1/digests/${encodeURIComponent(digest())}/editions/${encodeURIComponent(day())}`;
const entry = (story) => `${edition()}/entries/${encodeURIComponent(story.dataset.story)}`;

// -- drawing the page again ------------------------------------------------------------

let currentId = null;

/** The page as the server draws it now, put in place of the old one. */
async function redraw() {
  const response = await fetch(location.href, { credentials: "same-origin" });
  if (response.redirected && new URL(response.url).pathname === "/login") {
    location.assign(response.url); // the session ended: sign in, then come back
    return;
  }
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const fresh = page.getElementById("desk");
  if (!fresh) return;
  desk().replaceWith(document.adoptNode(fresh));
  if (currentId) select(document.getElementById(`story-${currentId}`), false);
  loadProgress();
}

/** Run an action on the edition, then draw the page again; returns the API's answer. */
async function act(button, method, path, body, done) {
  return busy(button, async () => {
    const answer = await api(method, path, body);
    await redraw();
    if (done) toast(typeof done === "function" ? done(answer) : done);
    return answer;
  });
}

// -- the story in hand: j/k, and the actions on it ------------------------------------

function stories() {
  return [...document.querySelectorAll("li.story")];
}

function select(story, scroll = true) {
  for (const other of document.querySelectorAll("li.story.current")) other.classList.remove("current");
  if (!story) {
    currentId = null;
    return;
  }
  story.classList.add("current");
  currentId = story.dataset.story;
  if (scroll) {
    story.scrollIntoView({ block: "nearest", behavior: "smooth" });
    story.focus({ preventScroll: true });
  }
}

function current() {
  return currentId ? document.getElementById(`story-${currentId}`) : null;
}

function step(by) {
  const all = stories();
  if (!all.length) return;
  const at = all.indexOf(current());
  const next = at < 0 ? (by > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + by));
  select(all[next]);
}

function move(story, position, button) {
  return act(button, "POST", `${edition()}/move`, { story: story.dataset.story, to: position }, t("done.move"));
}

const actions = {
  pin: (story, button) => act(button, "POST", `${edition()}/pin`, { story: story.dataset.story }, t("done.pin")),
  drop: (story, button) => act(button, "POST", `${edition()}/drop`, { story: story.dataset.story }, t("done.drop")),
  up: (story, button) => move(story, Number(story.dataset.position) - 1, button),
  down: (story, button) => move(story, Number(story.dataset.position) + 1, button),
  "to-lead": (story, button) => move(story, Number(desk().dataset.leadSize), button),
  "to-more": (story, button) => act(button, "POST", `${edition()}/demote`, { story: story.dataset.story }, t("done.move")),
  restore: (story, button) =>
    act(button, "POST", `${edition()}/restore`, { story: story.dataset.story }, (answer) =>
      answer.restored ? t("done.restore") : t("done.not_restored", { why: whyNot(answer) })),
  edit: (story) => openEditor(story),
  cancel: (story) => closeEditor(story),
  keep: (story, button) => save(story, button, true),
  regenerate: (story, button) => regenerate(story, button),
};

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-action]");
  const story = button && button.closest("li.story");
  if (!story || !actions[button.dataset.action]) return;
  select(story, false);
  actions[button.dataset.action](story, button);
});

document.addEventListener("focusin", (event) => {
  const story = event.target.closest && event.target.closest("li.story");
  if (story && story.dataset.story !== currentId) select(story, false);
});

// -- editing an entry, and the verifier's answer ----------------------------------------

function openEditor(story) {
  const form = story.querySelector("form.edit");
  if (!form) return;
  form.hidden = false;
  story.querySelector('button[data-action="edit"]').setAttribute("aria-expanded", "true");
  form.querySelector("input, textarea").focus();
}

function closeEditor(story) {
  const form = story.querySelector("form.edit");
  form.hidden = true;
  form.reset();
  showVerdict(story, null);
  story.querySelector('button[data-action="edit"]').setAttribute("aria-expanded", "false");
  story.focus();
}

/** The form's text as the API takes it: parts by name, insights one per line. */
function parts(form) {
  const data = {};
  for (const field of form.querySelectorAll("input[name], textarea[name]")) {
    data[field.name] =
      field.name === "insights"
        ? field.value.split("\n").map((line) => line.trim()).filter(Boolean)
        : field.value;
  }
  return data;
}

/** `text` with each claim marked, as nodes: the claims' own words, never HTML. */
function marked(text, claims) {
  const nodes = [];
  let rest = text;
  while (rest) {
    let first = null;
    for (const claim of claims) {
      const at = rest.indexOf(claim.text);
      if (at >= 0 && (!first || at < first.at)) first = { at, claim };
    }
    if (!first) {
      nodes.push(rest);
      break;
    }
    const words = first.claim.text;
    nodes.push(rest.slice(0, first.at));
    const kind = t(`verify.kind.${first.claim.kind}`);
    nodes.push(el("mark", { class: "unsupported", "data-kind": kind, title: kind }, words));
    rest = rest.slice(first.at + words.length);
  }
  return nodes;
}

/** Which field of the form a claim's place ("summary", "insight 2"...) is in. */
function fieldOf(where) {
  return where.startsWith("insight") ? "insights" : where.split(" ")[0];
}

/** A part of an entry or of the day ("summary", "insight 2", "bullet 3") or a place
 * ("lead 1", "more 4"), as the API names it, in the page's words ("第 2 条要点",
 * "要闻第 1 条"); a name the page has no words for, as it is. */
function named(prefix, name) {
  const [kind, n] = name.split(" ");
  const key = `${prefix}.${kind}`;
  return t(key, { n }) === key ? name : t(key, { n });
}

function showVerdict(story, answer) {
  const form = story.querySelector("form.edit");
  const box = form.querySelector(".verdict");
  const keep = form.querySelector('button[data-action="keep"]');
  for (const field of form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
  if (!answer || !answer.unsupported.length) {
    box.hidden = true;
    keep.hidden = true;
    box.replaceChildren();
    return;
  }
  const claims = answer.unsupported;
  const byField = new Map();
  for (const claim of claims) {
    const name = fieldOf(claim.where);
    if (!byField.has(name)) byField.set(name, []);
    byField.get(name).push(claim);
    const field = form.querySelector(`[name="${name}"]`);
    if (field) field.setAttribute("aria-invalid", "true");
  }
  const previews = [...byField].map(([name, found]) => {
    const field = form.querySelector(`[name="${name}"]`);
    const label = field ? field.closest("label").querySelector("span").textContent : name;
    return el("div", { class: "preview", "data-field": name }, el("strong", {}, t("verify.field", { field: label })), marked(field ? field.value : "", found));
  });
  box.replaceChildren(
    el("p", {}, el("strong", {}, t("verify.title"))),
    el(
      "ul",
      { class: "claims" },
      claims.map((c) =>
        el("li", { "data-kind": c.kind }, el("mark", { class: "unsupported", "data-kind": t(`verify.kind.${c.kind}`) }, c.text), " ", t("verify.where", { where: named("part", c.where) })),
      ),
    ),
    ...previews,
    el("p", { class: "small muted" }, t("verify.hint")),
  );
  box.hidden = false;
  keep.hidden = false;
}

/** Why an edit or a restore changed nothing, in the page's words (its key), or the
 * API's when the page has none for it. */
function whyNot(answer) {
  const key = `why_not.${answer.why_not_key}`;
  const values = { count: (answer.unsupported || []).length, story: answer.story, digest: digest(), day: day() };
  return answer.why_not_key && t(key, values) !== key ? t(key, values) : answer.why_not;
}

async function save(story, button, keep = false) {
  const form = story.querySelector("form.edit");
  const answer = await busy(button, () =>
    api("PUT", entry(story), { ...parts(form), keep_unsupported: keep }),
  );
  if (!answer) return;
  if (answer.saved) {
    await redraw();
    toast(answer.unsupported.length ? t("done.saved_kept", { count: answer.unsupported.length }) : t("done.saved"));
  } else if (answer.unsupported.length) {
    showVerdict(story, answer);
  } else {
    toast(t("done.unchanged", { why: whyNot(answer) }));
  }
}

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (form.matches("form.edit")) {
    event.preventDefault();
    save(form.closest("li.story"), form.querySelector('button[type="submit"]'));
  } else if (form.id === "diff-form") {
    event.preventDefault();
    showDiff(form);
  }
});

document.addEventListener("keydown", (event) => {
  const form = event.key === "Escape" && event.target.closest && event.target.closest("form.edit");
  if (form) closeEditor(form.closest("li.story"));
});

document.addEventListener("input", (event) => {
  // A changed text is checked afresh: the old verdict no longer holds.
  const form = event.target.closest && event.target.closest("form.edit");
  if (form && !form.querySelector(".verdict").hidden) {
    form.querySelector('button[data-action="keep"]').hidden = true;
  }
});

async function regenerate(story, button) {
  const answer = await busy(button, () => api("POST", `${entry(story)}/regenerate`));
  if (!answer) return;
  if (answer.saved) {
    await redraw();
    toast(t("done.regenerated"));
    return;
  }
  // The LLM's text has claims its sources do not support: the editor fixes it.
  openEditor(story);
  const form = story.querySelector("form.edit");
  if (answer.text) {
    const lead = story.dataset.place === "lead";
    const given = lead
      ? { headline: answer.text.headline, summary: answer.text.summary, insights: answer.text.insights.join("\n"), impact: answer.text.impact }
      : { line: answer.text.headline, detail: answer.text.summary };
    for (const [name, value] of Object.entries(given)) {
      const field = form.querySelector(`[name="${name}"]`);
      if (field) field.value = value;
    }
  }
  showVerdict(story, answer);
}

// -- drag and drop in the lead --------------------------------------------------------

let dragged = null;

function clearDrop() {
  for (const node of document.querySelectorAll(".drop-before, .drop-after")) {
    node.classList.remove("drop-before", "drop-after");
  }
}

document.addEventListener("dragstart", (event) => {
  const story = event.target.closest && event.target.closest('li.story[data-place="lead"]');
  if (!story) return;
  dragged = story;
  story.classList.add("dragging");
  event.dataTransfer.effectAllowed = "move";
  event.dataTransfer.setData("text/plain", story.dataset.story);
});

document.addEventListener("dragover", (event) => {
  const target = dragged && event.target.closest && event.target.closest('li.story[data-place="lead"]');
  if (!target || target === dragged) return;
  event.preventDefault();
  clearDrop();
  const box = target.getBoundingClientRect();
  target.classList.add(event.clientY < box.top + box.height / 2 ? "drop-before" : "drop-after");
});

document.addEventListener("dragend", () => {
  if (dragged) dragged.classList.remove("dragging");
  dragged = null;
  clearDrop();
});

document.addEventListener("drop", (event) => {
  const target = dragged && event.target.closest && event.target.closest('li.story[data-place="lead"]');
  if (!target || target === dragged) return;
  event.preventDefault();
  const from = Number(dragged.dataset.position);
  let to = Number(target.dataset.position) + (target.classList.contains("drop-after") ? 1 : 0);
  if (to > from) to -= 1;
  const story = dragged;
  clearDrop();
  if (to !== from) {
    select(story, false);
    move(story, to, null);
  }
});

// -- the edition: approve, publish, run the day --------------------------------------

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[id]");
  if (!button) return;
  if (button.id === "approve") approve(button);
  else if (button.id === "publish") publish(button);
  else if (button.id === "run-day") runDay(button);
});

function approve(button) {
  const revision = desk().dataset.revision;
  if (!button || button.disabled) return;
  act(button, "POST", `${edition()}/approve`, undefined, t("done.approve", { revision }));
}

async function publish(button) {
  const revision = button.dataset.revision; // the approved one when a newer draft waits
  if (!confirm(t("confirm.publish", { revision, digest: titled() }))) return;
  const answer = await act(button, "POST", `${edition()}/publish`, {});
  if (!answer) return;
  const results = answer;
  const said = results.map((p) => `${p.channel}: ${t(`channels.status.${p.status}`)}${p.error ? ` (${p.error_said || p.error})` : ""}`);
  const held = [...new Set(
    results.filter((p) => p.newer_revision).map((p) => t("channels.newer_draft", { revision: p.revision, draft: p.newer_revision })),
  )];
  toast([said.join(" · ") || t("done.publish"), ...held].join(" · "), results.some((p) => p.status === "failed") ? "error" : "info");
}

async function runDay(button) {
  const started = await busy(button, () => api("POST", `/api/v1/digests/${encodeURIComponent(digest())}/runs`, { date: day() || null, publish: false }));
  if (!started) return;
  desk().dataset.day = started.day; // a digest with no edition yet: the day it writes
  toast(t("progress.started", { id: started.run_id }));
  watching = true;
  loadProgress();
}

// -- the day's run, as the store records it -------------------------------------------

let watching = false;
let pollTimer = 0;

function counts(stage) {
  return Object.entries(stage.counts || {})
    .filter(([, n]) => n)
    .map(([name, n]) => `${label("count.", name)} ${n}`)
    .join(" · ");
}

function drawProgress(run) {
  const line = document.getElementById("progress-line");
  const list = document.getElementById("progress-stages");
  if (!line || !list) return;
  if (!run) {
    line.textContent = t("progress.none");
    list.replaceChildren();
    return;
  }
  line.textContent = t("progress.run", { id: run.id, status: t(`progress.status.${run.status}`) });
  if (run.error) line.append(el("span", { class: "error-text" }, ` ${run.error_said || run.error}`));
  const done = new Map(run.stages.map((s) => [s.stage, s]));
  const names = run.plan && run.plan.length ? run.plan : run.stages.map((s) => s.stage);
  list.replaceChildren(
    ...names.map((name) => {
      const stage = done.get(name);
      const state = stage ? (stage.errors && stage.errors.some((e) => e.error) ? "failed" : "done") : "pending";
      return el(
        "li",
        { class: state, "data-stage": name },
        el("span", { class: "stage" }, label("stage.", name)),
        el("span", { class: "counts" }, stage ? `${counts(stage)} · ${t("progress.seconds", { seconds: stage.seconds.toFixed(1) })}` : t("progress.pending")),
      );
    }),
  );
}

async function loadProgress() {
  clearTimeout(pollTimer);
  if (!desk() || !digest() || !day()) return;
  // The runs of the day, newest first: the newest one writing this digest.
  let runs;
  try {
    runs = await api("GET", `/api/v1/runs?${new URLSearchParams({ date: day(), limit: "20" })}`);
  } catch (err) {
    toast(t("error.generic", { error: err.message }), "error");
    return;
  }
  const run = runs.find((r) => r.day && (!r.digests.length || r.digests.includes(digest()))) || null;
  drawProgress(run);
  if (run && run.status === "running") {
    watching = true;
    pollTimer = setTimeout(loadProgress, 1500);
  } else if (watching) {
    watching = false;
    if (run && run.day) {
      const target = new URL(location.href);
      target.searchParams.set("digest", digest());
      target.searchParams.set("date", run.day);
      history.replaceState(null, "", target);
    }
    await redraw();
  }
}

// -- a diff between revisions --------------------------------------------------------

async function showDiff(form) {
  const result = document.getElementById("diff-result");
  const query = new URLSearchParams({ from: form.elements.old.value, to: form.elements.new.value });
  const diff = await busy(form.querySelector("button"), () => api("GET", `${edition()}/diff?${query}`));
  if (!diff) return;
  const change = (part, before, after) =>
    el("div", {}, el("span", { class: "muted" }, t("verify.field", { field: named("part", part) })), before ? el("del", {}, before) : null, before && after ? " → " : null, after ? el("ins", {}, after) : null);
  const items = [];
  if (diff.day.length) {
    items.push(el("li", {}, el("strong", {}, t("diff.day")), diff.day.map((c) => change(c.part, c.before, c.after))));
  }
  for (const story of diff.stories) {
    // an edit in place is told at its place, not as a move from it to itself
    const shown = story.change === "edited" ? [story.after] : [story.before, story.after];
    const places = shown.filter(Boolean).map((place) => named("place", place)).join(" → ");
    items.push(
      el(
        "li",
        { "data-change": story.change },
        el("span", { class: "badge" }, t(`diff.${story.change}`)),
        " ",
        el("strong", {}, story.headline),
        places ? el("span", { class: "muted small" }, t("diff.place", { places })) : null,
        story.texts.map((c) => change(c.part, c.before, c.after)),
      ),
    );
  }
  result.replaceChildren(items.length ? el("ul", { class: "diff-list" }, items) : el("p", { class: "muted small" }, t("diff.same")));
}

// -- choosing a digest and a day --------------------------------------------------------

document.addEventListener("change", (event) => {
  const picker = event.target.closest && event.target.closest("#picker");
  if (!picker) return;
  if (event.target.id === "pick-digest") {
    const day = picker.querySelector("#pick-day");
    if (day) day.disabled = true; // another digest has other days: open its latest
  }
  picker.requestSubmit();
});

// -- the keyboard -----------------------------------------------------------------------

function onCurrent(name) {
  return () => {
    const story = current();
    const button = story && story.querySelector(`button[data-action="${name}"]`);
    if (button && !button.disabled) button.click();
  };
}

shortcut("j", t("keys.next"), () => step(1));
shortcut("k", t("keys.previous"), () => step(-1));
shortcut("p", t("keys.pin"), onCurrent("pin"));
shortcut("d", t("keys.drop"), onCurrent("drop"));
shortcut("e", t("keys.edit"), onCurrent("edit"));
shortcut("K", t("keys.up"), onCurrent("up"));
shortcut("J", t("keys.down"), onCurrent("down"));
shortcut("a", t("keys.approve"), () => approve(document.getElementById("approve")));

loadProgress();
